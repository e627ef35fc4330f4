// Models: kinds, statuses, who may register and edit, the registration form's rules and the
// attachment types accepted as evidence.
#include "domain/models.h"

#include <algorithm>
#include <cctype>

#include "domain/text.h"

namespace domain {

const std::vector<std::string>& model_kinds()
{
    static const std::vector<std::string> kinds{kCollective, kIndividual};
    return kinds;
}

bool valid_model_kind(const std::string& kind)
{
    const auto& k = model_kinds();
    return std::find(k.begin(), k.end(), kind) != k.end();
}

const std::vector<std::string>& model_statuses()
{
    static const std::vector<std::string> statuses{kStatusRegistered, kStatusEvaluated, kStatusRecognised,
                                                   kStatusProposed, kStatusRecognisedAbove};
    return statuses;
}

bool valid_model_status(const std::string& status)
{
    const auto& s = model_statuses();
    return std::find(s.begin(), s.end(), status) != s.end();
}

bool model_is_decided(const std::string& status)
{
    return status == kStatusRecognised || status == kStatusProposed || status == kStatusRecognisedAbove;
}

bool may_write_unit(Role role, int64_t user_unit, int64_t target_unit, bool target_in_subtree)
{
    switch (role) {
    case Role::Admin: return true;
    case Role::CommissionStaff: return target_unit == user_unit;
    case Role::UnitStaff:
    case Role::UnitHead: return target_in_subtree;
    }
    return false;
}

bool may_edit_model(Role role, int64_t user_unit, int64_t model_unit, bool model_in_subtree, const std::string& status)
{
    if (model_is_decided(status)) return role == Role::Admin;
    return may_write_unit(role, user_unit, model_unit, model_in_subtree);
}

const FieldError* ModelValidation::error_for(const std::string& field) const
{
    for (const auto& e : errors)
        if (e.field == field) return &e;
    return nullptr;
}

std::optional<std::string> parse_decimal(const std::string& text)
{
    std::string t = trim(text);
    if (t.empty()) return std::nullopt;
    size_t sep = t.find_first_of(".,");
    std::string whole = t.substr(0, sep), frac = sep == std::string::npos ? "" : t.substr(sep + 1);
    auto digits = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
    };
    if (whole.empty() || !digits(whole) || !digits(frac) || frac.size() > 2) return std::nullopt;
    if (sep != std::string::npos && frac.empty()) return std::nullopt;
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
    if (whole.size() > 12) return std::nullopt;
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    return frac.empty() ? whole : whole + "." + frac;
}

std::string trim_decimal(const std::string& stored)
{
    auto dot = stored.find('.');
    if (dot == std::string::npos) return stored;
    std::string s = stored;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

namespace {

void check_length(std::vector<FieldError>& errors, const std::string& field, const std::string& value, size_t max)
{
    if (utf8_length(value) > max) errors.push_back({field, "E_MODEL_TOO_LONG", {std::to_string(max)}});
}

}  // namespace

ModelValidation validate_model(const ModelInput& in, const std::map<std::string, int64_t>& field_ids,
                               DateParser parse_date, bool require_position)
{
    ModelValidation v;
    ModelDraft& d = v.draft;
    auto& errors = v.errors;

    std::string year = trim(in.year);
    bool four_digits = year.size() == 4 && std::all_of(year.begin(), year.end(), [](unsigned char c) {
        return std::isdigit(c);
    });
    if (four_digits && std::stoi(year) >= kMinYear &&
        std::stoi(year) <= kMaxYear) {
        d.year = std::stoi(year);
    } else {
        errors.push_back({"year", "E_MODEL_YEAR", {std::to_string(kMinYear), std::to_string(kMaxYear)}});
    }

    d.title = trim(in.title);
    if (d.title.empty()) errors.push_back({"title", "E_MODEL_TITLE_REQUIRED", {}});
    check_length(errors, "title", d.title, kMaxTitle);

    d.kind = trim(in.kind);
    if (!valid_model_kind(d.kind)) errors.push_back({"kind", "E_MODEL_KIND", {}});

    d.person_name = trim(in.person_name);
    d.person_position = trim(in.person_position);
    if (d.kind == kIndividual) {
        if (d.person_name.empty()) errors.push_back({"person_name", "E_MODEL_PERSON_REQUIRED", {}});
        if (require_position && d.person_position.empty()) errors.push_back({"person_position", "E_MODEL_POSITION_REQUIRED", {}});
    }
    check_length(errors, "person_name", d.person_name, kMaxPerson);
    check_length(errors, "person_position", d.person_position, kMaxPerson);

    d.field_code = trim(in.field);
    if (auto it = field_ids.find(d.field_code); it != field_ids.end()) {
        d.field_id = it->second;
    } else {
        errors.push_back({"field", "E_MODEL_FIELD", {}});
    }

    d.summary = trim(in.summary);
    d.content = trim(in.content);
    check_length(errors, "summary", d.summary, kMaxSummary);
    check_length(errors, "content", d.content, kMaxContent);

    std::string start = trim(in.start_date);
    if (!start.empty()) {
        d.start_date = parse_date ? parse_date(start) : std::nullopt;
        if (!d.start_date) errors.push_back({"start_date", "E_MODEL_DATE", {}});
    }

    int row = 0;
    for (const auto& ind : in.indicators) {
        std::string field = "indicator." + std::to_string(row++);
        IndicatorDraft id{trim(ind.name), trim(ind.unit_of_measure), ""};
        std::string target = trim(ind.target);
        if (id.name.empty() && id.unit_of_measure.empty() && target.empty()) continue;
        if (id.name.empty()) {
            errors.push_back({field, "E_MODEL_INDICATOR_NAME", {}});
        } else if (utf8_length(id.name) > kMaxIndicatorName) {
            errors.push_back({field, "E_MODEL_TOO_LONG", {std::to_string(kMaxIndicatorName)}});
        } else if (utf8_length(id.unit_of_measure) > kMaxMeasureUnit) {
            errors.push_back({field, "E_MODEL_TOO_LONG", {std::to_string(kMaxMeasureUnit)}});
        } else if (auto number = parse_decimal(target)) {
            id.target = *number;
        } else {
            errors.push_back({field, "E_MODEL_INDICATOR_TARGET", {}});
        }
        d.indicators.push_back(std::move(id));
    }
    if (d.indicators.size() > static_cast<size_t>(kMaxIndicators))
        errors.push_back({"indicators", "E_MODEL_INDICATORS_TOO_MANY", {std::to_string(kMaxIndicators)}});
    return v;
}

// ---- attachments ------------------------------------------------------------------------------

namespace {

struct AttachmentType {
    const char* extension;
    const char* content_type;
    bool (*matches)(const std::string& data);
};

bool starts_with(const std::string& data, const std::string& magic) { return data.compare(0, magic.size(), magic) == 0; }
bool is_zip(const std::string& d) { return starts_with(d, std::string("PK\x03\x04", 4)); }
bool is_ole(const std::string& d) { return starts_with(d, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }
// Office Open XML and OpenDocument are zip files; their member names tell which one it is.
bool zip_has(const std::string& d, const std::string& name) { return is_zip(d) && d.find(name) != std::string::npos; }

const AttachmentType kAttachmentTypes[] = {
    {"pdf", "application/pdf", [](const std::string& d) { return starts_with(d, "%PDF-"); }},
    {"jpg", "image/jpeg", [](const std::string& d) { return starts_with(d, "\xFF\xD8\xFF"); }},
    {"jpeg", "image/jpeg", [](const std::string& d) { return starts_with(d, "\xFF\xD8\xFF"); }},
    {"png", "image/png", [](const std::string& d) { return starts_with(d, "\x89PNG\r\n\x1A\n"); }},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     [](const std::string& d) { return zip_has(d, "word/"); }},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     [](const std::string& d) { return zip_has(d, "xl/"); }},
    {"odt", "application/vnd.oasis.opendocument.text",
     [](const std::string& d) { return zip_has(d, "application/vnd.oasis.opendocument.text"); }},
    {"doc", "application/msword", is_ole},
    {"xls", "application/vnd.ms-excel", is_ole},
};

}  // namespace

std::optional<std::string> attachment_content_type(const std::string& filename, const std::string& data)
{
    if (data.empty() || data.size() > kMaxAttachmentBytes) return std::nullopt;
    auto dot = filename.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    std::string ext = filename.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& t : kAttachmentTypes)
        if (ext == t.extension) return t.matches(data) ? std::optional<std::string>(t.content_type) : std::nullopt;
    return std::nullopt;
}

std::string allowed_attachment_extensions()
{
    std::string out;
    for (const auto& t : kAttachmentTypes) out += (out.empty() ? "." : ", .") + std::string(t.extension);
    return out;
}

}  // namespace domain
