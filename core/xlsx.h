// Spreadsheet exports (.xlsx) through libxlsxwriter: sheets of text, number and date cells under a bold,
// frozen header row with set column widths. libxlsxwriter writes to a file, so the workbook goes to
// a private mkstemp file that is read back and removed at once.
#pragma once
#include <string>
#include <vector>

namespace core {

struct XlsxCell {
    enum Kind { Empty, Text, Number, Date, DateTime } kind = Empty;
    std::string text;  // Text; for Date "YYYY-MM-DD", for DateTime "YYYY-MM-DD HH:MM:SS"
    double number = 0;
    bool bold = false;  // e.g. a total row
    static XlsxCell of(const std::string& t) { return {Text, t, 0, false}; }
    static XlsxCell of(double n) { return {Number, "", n, false}; }
    static XlsxCell of(long long n) { return {Number, "", static_cast<double>(n), false}; }
    static XlsxCell date(const std::string& iso) { return {Date, iso, 0, false}; }
    static XlsxCell datetime(const std::string& iso) { return {DateTime, iso, 0, false}; }
    static XlsxCell none() { return {}; }
};

struct XlsxColumn {
    std::string header;
    double width = 12;  // in characters
};

struct XlsxSheet {
    std::string name;  // up to 31 characters; []:*?/\ are replaced
    std::vector<XlsxColumn> columns;
    std::vector<std::vector<XlsxCell>> rows;
    bool autofilter = false;  // filter buttons on the header row
};

// The workbook's bytes; throws std::runtime_error when it cannot be written.
std::string xlsx_workbook(const std::vector<XlsxSheet>& sheets);
// The content type of an .xlsx download.
inline const char* const kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace core
