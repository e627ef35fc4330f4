// CSV as staff's spreadsheets write it (RFC 4180): parsing for the import, writing for the export.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace domain {

struct CsvRecord {
    int line = 0;  // the line of the file on which the record starts (1-based)
    std::vector<std::string> fields;
};

struct CsvError {
    int line = 0;
    std::string key;  // catalog key: E_CSV_UNTERMINATED_QUOTE, E_CSV_BAD_QUOTE
};

struct CsvParse {
    std::vector<CsvRecord> records;
    std::optional<CsvError> error;  // set: the file is malformed and records are incomplete
};

// Parses UTF-8 CSV: a leading BOM is skipped; records end with CRLF, LF or CR; fields may be quoted
// with '"' (commas, line breaks and doubled quotes inside). A quote inside an unquoted field, text
// after a closing quote, or a quote left open at the end is an error naming the line. Blank lines
// are skipped.
CsvParse parse_csv(const std::string& text);

// One field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces.
std::string csv_field(const std::string& value);
// One record: the fields joined by commas, ended by CRLF.
std::string csv_line(const std::vector<std::string>& fields);
// The UTF-8 byte order mark Excel needs to open a CSV file as UTF-8.
inline const char* const kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace domain
