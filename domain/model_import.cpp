// Bulk registration from a CSV file: the header, and every row checked like the form, all or none.
#include "domain/model_import.h"

#include <algorithm>

#include "domain/text.h"

namespace domain {

const std::vector<std::string>& import_required_columns()
{
    static const std::vector<std::string> c{"year", "unit_code", "title", "kind", "field", "person_name", "summary"};
    return c;
}

const std::vector<std::string>& import_optional_columns()
{
    static const std::vector<std::string> c{"person_position", "content", "start_date"};
    return c;
}

namespace {

std::string lower(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The form's field names, as the file's columns call them.
std::string column_for(const std::string& form_field)
{
    if (form_field == "year" || form_field == "title" || form_field == "kind" || form_field == "field" ||
        form_field == "person_name" || form_field == "person_position" || form_field == "summary" ||
        form_field == "content" || form_field == "start_date")
        return form_field;
    return "";
}

}  // namespace

ImportCheck check_import(const CsvParse& csv, const ImportLookups& lookups, DateParser parse_date)
{
    ImportCheck out;
    if (csv.error) {
        out.problems.push_back({csv.error->line, "", csv.error->key, {}});
        return out;
    }
    if (csv.records.empty()) {
        out.problems.push_back({1, "", "E_MODEL_IMPORT_EMPTY", {}});
        return out;
    }

    // The header: column name -> position.
    const CsvRecord& header = csv.records.front();
    std::map<std::string, size_t> at;
    for (size_t k = 0; k < header.fields.size(); ++k) {
        std::string name = lower(trim(header.fields[k]));
        if (name.empty()) continue;
        if (at.count(name)) {
            out.problems.push_back({header.line, name, "E_MODEL_IMPORT_DUPLICATE_COLUMN", {}});
            continue;
        }
        at[name] = k;
    }
    for (const auto& c : import_required_columns())
        if (!at.count(c)) out.problems.push_back({header.line, c, "E_MODEL_IMPORT_MISSING_COLUMN", {}});
    if (!out.problems.empty()) return out;
    if (csv.records.size() == 1) {
        out.problems.push_back({header.line, "", "E_MODEL_IMPORT_EMPTY", {}});
        return out;
    }
    if (csv.records.size() - 1 > kMaxImportRows) {
        out.problems.push_back({header.line, "", "E_MODEL_IMPORT_TOO_MANY_ROWS", {std::to_string(kMaxImportRows)}});
        return out;
    }

    for (size_t r = 1; r < csv.records.size(); ++r) {
        const CsvRecord& rec = csv.records[r];
        if (rec.fields.size() != header.fields.size()) {
            out.problems.push_back({rec.line, "", "E_MODEL_IMPORT_FIELD_COUNT",
                                    {std::to_string(header.fields.size()), std::to_string(rec.fields.size())}});
            continue;
        }
        auto value = [&](const std::string& column) {
            auto it = at.find(column);
            return it == at.end() ? std::string() : rec.fields[it->second];
        };
        ModelInput in;
        in.year = value("year");
        in.title = value("title");
        in.kind = lower(trim(value("kind")));
        in.field = trim(value("field"));
        in.person_name = value("person_name");
        in.person_position = value("person_position");
        in.summary = value("summary");
        in.content = value("content");
        in.start_date = value("start_date");
        ModelValidation v = validate_model(in, lookups.fields, parse_date, false);

        std::string unit_code = trim(value("unit_code"));
        auto unit = lookups.units.find(unit_code);
        if (unit_code.empty()) {
            out.problems.push_back({rec.line, "unit_code", "E_MODEL_IMPORT_UNIT_REQUIRED", {}});
        } else if (unit == lookups.units.end()) {
            out.problems.push_back({rec.line, "unit_code", "E_MODEL_IMPORT_UNIT_UNKNOWN", {unit_code}});
        }
        for (const auto& e : v.errors) out.problems.push_back({rec.line, column_for(e.field), e.key, e.args});
        if (v.ok() && unit != lookups.units.end()) {
            v.draft.unit_id = unit->second;
            out.rows.push_back({rec.line, unit_code, std::move(v.draft)});
        }
    }
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return out;
}

}  // namespace domain
