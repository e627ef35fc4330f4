// CSV as staff's spreadsheets write it (RFC 4180): parsing for the import, writing for the export.
#include "domain/csv.h"

namespace domain {

CsvParse parse_csv(const std::string& input)
{
    CsvParse out;
    size_t i = input.compare(0, 3, kUtf8Bom) == 0 ? 3 : 0;
    const size_t n = input.size();
    int line = 1;
    while (i < n) {
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool record_done = false;
        while (!record_done) {
            field.clear();
            if (i < n && input[i] == '"') {
                // A quoted field: runs to the next lone quote, doubled quotes stand for one.
                int opened_on = line;
                ++i;
                for (;;) {
                    if (i >= n) {
                        out.error = CsvError{opened_on, "E_CSV_UNTERMINATED_QUOTE"};
                        return out;
                    }
                    char c = input[i++];
                    if (c == '"') {
                        if (i < n && input[i] == '"') {
                            field += '"';
                            ++i;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i >= n || input[i] != '\n'))) ++line;
                    field += c;
                }
                if (i < n && input[i] != ',' && input[i] != '\r' && input[i] != '\n') {
                    out.error = CsvError{line, "E_CSV_BAD_QUOTE"};
                    return out;
                }
            } else {
                while (i < n && input[i] != ',' && input[i] != '\r' && input[i] != '\n') {
                    if (input[i] == '"') {
                        out.error = CsvError{line, "E_CSV_BAD_QUOTE"};
                        return out;
                    }
                    field += input[i++];
                }
            }
            rec.fields.push_back(field);
            if (i < n && input[i] == ',') {
                ++i;
                continue;
            }
            // End of the record: CRLF, LF, CR or the end of the text.
            if (i < n && input[i] == '\r') {
                ++i;
                if (i < n && input[i] == '\n') ++i;
            } else if (i < n && input[i] == '\n') {
                ++i;
            }
            ++line;
            record_done = true;
        }
        bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
        if (!blank) out.records.push_back(std::move(rec));
    }
    return out;
}

std::string csv_field(const std::string& v)
{
    bool quote = v.find_first_of(",\"\r\n") != std::string::npos ||
                 (!v.empty() && (v.front() == ' ' || v.back() == ' ' || v.front() == '\t'));
    if (!quote) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields)
{
    std::string out;
    for (size_t k = 0; k < fields.size(); ++k) {
        if (k) out += ',';
        out += csv_field(fields[k]);
    }
    return out + "\r\n";
}

}  // namespace domain
