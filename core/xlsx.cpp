// Spreadsheet exports through libxlsxwriter, written to a private temporary file and read back.
#include "core/xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace core {

namespace {

std::string sheet_name(const std::string& name, size_t index)
{
    std::string out;
    for (char c : name) out += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '_';
    // 31 characters at most, cut on a UTF-8 character boundary (counting bytes is stricter, and safe).
    if (out.size() > 31) {
        size_t cut = 31;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
    }
    if (out.empty()) out = "Sheet" + std::to_string(index + 1);
    return out;
}

lxw_datetime to_datetime(const std::string& iso)
{
    lxw_datetime d{};
    int sec = 0;
    std::sscanf(iso.c_str(), "%d-%d-%d %d:%d:%d", &d.year, &d.month, &d.day, &d.hour, &d.min, &sec);
    d.sec = sec;
    return d;
}

bool write(const std::string& path, const std::vector<XlsxSheet>& sheets)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go to disk as they are written
    options.tmpdir = const_cast<char*>("/tmp");
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) return false;
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xEEF0F2);
    format_set_text_wrap(header);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* datetime = workbook_add_format(wb);
    format_set_num_format(datetime, "dd/mm/yyyy hh:mm");
    for (size_t s = 0; s < sheets.size(); ++s) {
        const XlsxSheet& sh = sheets[s];
        lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(sh.name, s).c_str());
        if (!ws) {
            workbook_close(wb);
            return false;
        }
        for (size_t c = 0; c < sh.columns.size(); ++c) {
            auto col = static_cast<lxw_col_t>(c);
            worksheet_set_column(ws, col, col, sh.columns[c].width, nullptr);
            worksheet_write_string(ws, 0, col, sh.columns[c].header.c_str(), header);
        }
        worksheet_freeze_panes(ws, 1, 0);
        lxw_row_t r = 1;
        for (const auto& row : sh.rows) {
            for (size_t c = 0; c < row.size(); ++c) {
                const XlsxCell& cell = row[c];
                auto col = static_cast<lxw_col_t>(c);
                lxw_format* f = cell.bold ? bold : nullptr;
                // Text is always written as a string, never as a formula, whatever it starts with.
                if (cell.kind == XlsxCell::Text)
                    worksheet_write_string(ws, r, col, cell.text.c_str(), f);
                else if (cell.kind == XlsxCell::Number)
                    worksheet_write_number(ws, r, col, cell.number, f);
                else if (cell.kind == XlsxCell::Date || cell.kind == XlsxCell::DateTime) {
                    lxw_datetime d = to_datetime(cell.text);
                    worksheet_write_datetime(ws, r, col, &d, cell.kind == XlsxCell::Date ? date : datetime);
                }
            }
            ++r;
        }
        if (sh.autofilter && r > 1)
            worksheet_autofilter(ws, 0, 0, r - 1, static_cast<lxw_col_t>(sh.columns.size() - 1));
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

}  // namespace

std::string xlsx_workbook(const std::vector<XlsxSheet>& sheets)
{
    char path[] = "/tmp/dvk-xlsx-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("mkstemp failed for an xlsx export");
    close(fd);
    struct Remove {
        const char* p;
        ~Remove() { unlink(p); }
    } remove_file{path};
    if (!write(path, sheets)) throw std::runtime_error("libxlsxwriter failed to write an xlsx export");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream data;
    data << in.rdbuf();
    return data.str();
}

}  // namespace core
