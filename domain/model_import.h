// Bulk registration from a CSV file: the header, and every row checked like the form, all or none.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/csv.h"
#include "domain/models.h"

namespace domain {

// Columns a file must have, and those it may have; any other column is ignored.
const std::vector<std::string>& import_required_columns();  // year,unit_code,title,kind,field,person_name,summary
const std::vector<std::string>& import_optional_columns();  // person_position,content,start_date
inline constexpr size_t kMaxImportRows = 5000;

// What the rows are checked against: the units the user may register for (code -> id) and the
// fields a model may use (code -> id). A unit outside the user's reach is "unknown" to them.
struct ImportLookups {
    std::map<std::string, int64_t> units;
    std::map<std::string, int64_t> fields;
};

struct ImportProblem {
    int line = 0;        // the file's line (1 = the header)
    std::string column;  // a column name, or empty for the whole row
    std::string key;     // catalog key
    std::vector<std::string> args;
};

struct ImportRow {
    int line = 0;
    std::string unit_code;
    ModelDraft draft;  // unit_id filled
};

struct ImportCheck {
    std::vector<ImportRow> rows;
    std::vector<ImportProblem> problems;  // any: nothing may be written
    bool ok() const { return problems.empty() && !rows.empty(); }
};

// Checks a parsed file: header first, then each record. Every bad row is reported, each by line and
// column, so that one round trip fixes the whole file.
ImportCheck check_import(const CsvParse& csv, const ImportLookups& lookups, DateParser parse_date);

}  // namespace domain
