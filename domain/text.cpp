// Text rules the search and the validation share: Vietnamese folding and UTF-8 lengths.
#include "domain/text.h"

#include <cstdint>
#include <unordered_map>

namespace domain {

namespace {

// Every precomposed Vietnamese letter with a diacritic, grouped by the base letter it folds to.
const char* const kVietnameseLetters[][2] = {
    {"a", "àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ"},
    {"e", "èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄ"},
    {"i", "ìíịỉĩÌÍỊỈĨ"},
    {"o", "òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ"},
    {"u", "ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮ"},
    {"y", "ỳýỵỷỹỲÝỴỶỸ"},
    {"d", "đĐ"},
};

// Decodes one UTF-8 sequence at s[i]; returns its length (0 when malformed) and the code point.
size_t decode(const std::string& s, size_t i, uint32_t& cp)
{
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    return len;
}

const std::unordered_map<uint32_t, char>& fold_table()
{
    static const std::unordered_map<uint32_t, char> table = [] {
        std::unordered_map<uint32_t, char> t;
        for (const auto& group : kVietnameseLetters) {
            std::string letters = group[1];
            for (size_t i = 0; i < letters.size();) {
                uint32_t cp = 0;
                size_t len = decode(letters, i, cp);
                t[cp] = group[0][0];
                i += len;
            }
        }
        return t;
    }();
    return table;
}

bool combining_mark(uint32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

}  // namespace

std::string fold_vietnamese(const std::string& s)
{
    const auto& table = fold_table();
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = 0;
        size_t len = decode(s, i, cp);
        if (len == 0) {
            out += s[i++];
            continue;
        }
        if (len == 1) {
            char c = s[i];
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (auto it = table.find(cp); it != table.end()) {
            out += it->second;
        } else if (!combining_mark(cp)) {
            out.append(s, i, len);
        }
        i += len;
    }
    return out;
}

size_t utf8_length(const std::string& s)
{
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string trim(const std::string& s)
{
    const char* ws = " \t\r\n\f\v";
    size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return "";
    size_t b = s.find_last_not_of(ws);
    return s.substr(a, b - a + 1);
}

}  // namespace domain
