// The heading of a printed document: issuing body lines and place.
#include "domain/document_heading.h"

#include <utility>
#include <vector>

namespace domain {

namespace {

const std::vector<std::pair<std::string, std::string>>& vi_letters()
{
    static const std::vector<std::pair<std::string, std::string>> t{{"à", "À"}, {"á", "Á"}, {"ả", "Ả"}, {"ã", "Ã"}, {"ạ", "Ạ"}, {"ă", "Ă"}, {"ằ", "Ằ"}, {"ắ", "Ắ"}, {"ẳ", "Ẳ"}, {"ẵ", "Ẵ"}, {"ặ", "Ặ"}, {"â", "Â"}, {"ầ", "Ầ"}, {"ấ", "Ấ"}, {"ẩ", "Ẩ"}, {"ẫ", "Ẫ"}, {"ậ", "Ậ"}, {"è", "È"}, {"é", "É"}, {"ẻ", "Ẻ"}, {"ẽ", "Ẽ"}, {"ẹ", "Ẹ"}, {"ê", "Ê"}, {"ề", "Ề"}, {"ế", "Ế"}, {"ể", "Ể"}, {"ễ", "Ễ"}, {"ệ", "Ệ"}, {"ì", "Ì"}, {"í", "Í"}, {"ỉ", "Ỉ"}, {"ĩ", "Ĩ"}, {"ị", "Ị"}, {"ò", "Ò"}, {"ó", "Ó"}, {"ỏ", "Ỏ"}, {"õ", "Õ"}, {"ọ", "Ọ"}, {"ô", "Ô"}, {"ồ", "Ồ"}, {"ố", "Ố"}, {"ổ", "Ổ"}, {"ỗ", "Ỗ"}, {"ộ", "Ộ"}, {"ơ", "Ơ"}, {"ờ", "Ờ"}, {"ớ", "Ớ"}, {"ở", "Ở"}, {"ỡ", "Ỡ"}, {"ợ", "Ợ"}, {"ù", "Ù"}, {"ú", "Ú"}, {"ủ", "Ủ"}, {"ũ", "Ũ"}, {"ụ", "Ụ"}, {"ư", "Ư"}, {"ừ", "Ừ"}, {"ứ", "Ứ"}, {"ử", "Ử"}, {"ữ", "Ữ"}, {"ự", "Ự"}, {"ỳ", "Ỳ"}, {"ý", "Ý"}, {"ỷ", "Ỷ"}, {"ỹ", "Ỹ"}, {"ỵ", "Ỵ"}, {"đ", "Đ"}};
    return t;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The level-words of a party committee's name, as they start a unit's name.
const std::vector<std::pair<std::string, std::string>>& committee_prefixes()
{
    // name prefix -> the party organisation it heads ("Huyện ủy X" belongs to "Đảng bộ huyện X").
    static const std::vector<std::pair<std::string, std::string>> p{
        {"Tỉnh ủy ", "Đảng bộ tỉnh "}, {"Thành ủy ", "Đảng bộ thành phố "}, {"Thị ủy ", "Đảng bộ thị xã "},
        {"Huyện ủy ", "Đảng bộ huyện "}, {"Quận ủy ", "Đảng bộ quận "}};
    return p;
}

}  // namespace

std::string upper_vi(const std::string& text)
{
    std::string out;
    for (size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : static_cast<char>(c);
            ++i;
            continue;
        }
        size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        std::string ch = text.substr(i, len);
        for (const auto& [lo, up] : vi_letters())
            if (ch == lo) {
                ch = up;
                break;
            }
        out += ch;
        i += len;
    }
    return out;
}

std::string party_organisation(const std::string& name)
{
    const std::string commission = "Ban Dân vận ";
    std::string rest = starts_with(name, commission) ? name.substr(commission.size()) : name;
    for (const auto& [prefix, organisation] : committee_prefixes())
        if (starts_with(rest, prefix)) return organisation + rest.substr(prefix.size());
    return name;
}

IssuerLines issuer_lines(const std::string& unit_name, const std::string& parent_name)
{
    // A commission of a committee ("Ban Dân vận Tỉnh ủy Bình Thuận"): the committee above, the commission below.
    const std::string commission = "Ban Dân vận ";
    if (starts_with(unit_name, commission) && unit_name.size() > commission.size())
        return {upper_vi(unit_name.substr(commission.size())), upper_vi("Ban Dân vận")};
    return {upper_vi(party_organisation(parent_name)), upper_vi(unit_name)};
}

std::string document_place(const std::string& name)
{
    std::string rest = name;
    const std::string commission = "Ban Dân vận ";
    if (starts_with(rest, commission)) rest = rest.substr(commission.size());
    for (const auto& [prefix, organisation] : committee_prefixes()) {
        if (starts_with(rest, prefix)) return rest.substr(prefix.size());
        if (starts_with(rest, organisation)) return rest.substr(organisation.size());
    }
    return name;
}

}  // namespace domain
