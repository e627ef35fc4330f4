// Exports of what the list shows, every page of it: GET /models.csv and GET /models.xlsx.
#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "cgi-bin/models/pages.h"
#include "core/log.h"
#include "core/render.h"
#include "domain/csv.h"

namespace {

constexpr int kExportCap = 100000;

std::string file_name(const store::ModelFilter& f, const char* ext)
{
    return "models" + (f.year ? "-" + std::to_string(*f.year) : std::string()) + ext;
}

// A spreadsheet would run a cell starting with = + - @ as a formula: such text gets a leading quote.
std::string spreadsheet_safe(const std::string& v)
{
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        return "'" + v;
    return v;
}

}  // namespace

// CSV (UTF-8 with BOM, CRLF, RFC 4180). Columns: id,year,unit_code,unit_name,title,kind,field,status,
// then person_name,person_position,start_date,level,summary,created_at. Query: as GET /models.
void export_csv(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = models_ui::filter_from(req, ctx);
    auto rows = store::ModelStore(ctx.db()).export_rows(models_ui::scope_of(ctx), f, kExportCap);
    std::string out = domain::kUtf8Bom;
    out += domain::csv_line({"id", "year", "unit_code", "unit_name", "title", "kind", "field", "status", "person_name",
                             "person_position", "start_date", "level", "summary", "created_at"});
    for (const auto& m : rows) {
        out += domain::csv_line({std::to_string(m.id), std::to_string(m.year), m.unit_code,
                                 spreadsheet_safe(m.unit_name), spreadsheet_safe(m.title), m.kind, m.field_code,
                                 m.status, spreadsheet_safe(m.person_name), spreadsheet_safe(m.person_position),
                                 m.start_date ? core::format_date(*m.start_date) : "", m.unit_level,
                                 spreadsheet_safe(m.summary), core::format_datetime(m.created_at)});
    }
    res.attachment("text/csv; charset=utf-8", file_name(f, ".csv"), std::move(out));
}

namespace {

lxw_datetime to_datetime(const std::string& iso)
{
    lxw_datetime d{};
    int sec = 0;
    std::sscanf(iso.c_str(), "%d-%d-%d %d:%d:%d", &d.year, &d.month, &d.day, &d.hour, &d.min, &sec);
    d.sec = sec;
    return d;
}

// Writes the workbook to path; false when libxlsxwriter failed.
bool write_workbook(const std::string& path, const std::vector<store::Model>& rows, core::Context& ctx)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go to disk as written: 100,000 rows stay small in memory
    options.tmpdir = const_cast<char*>("/tmp");
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) return false;
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xEEF0F2);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* datetime = workbook_add_format(wb);
    format_set_num_format(datetime, "dd/mm/yyyy hh:mm");

    using namespace models_ui;
    const std::vector<std::pair<const char*, double>> columns{
        {"T_M_NUMBER", 8},   {"T_M_YEAR", 7},          {"T_M_UNIT_CODE", 10},     {"T_M_UNIT", 32},
        {"T_M_TITLE", 60},       {"T_M_KIND", 11},         {"T_M_FIELD", 24},       {"T_M_STATUS", 14},
        {"T_M_PERSON_NAME", 22}, {"T_M_PERSON_POSITION", 22}, {"T_M_START_DATE", 12}, {"T_M_LEVEL", 12},
        {"T_M_SUMMARY", 60},     {"T_M_CREATED_AT", 16},
    };
    for (size_t c = 0; c < columns.size(); ++c) {
        auto col = static_cast<lxw_col_t>(c);
        worksheet_set_column(ws, col, col, columns[c].second, nullptr);
        worksheet_write_string(ws, 0, col, ctx.t(columns[c].first).c_str(), bold);
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t r = 1;
    for (const auto& m : rows) {
        worksheet_write_number(ws, r, 0, static_cast<double>(m.id), nullptr);
        worksheet_write_number(ws, r, 1, m.year, nullptr);
        worksheet_write_string(ws, r, 2, m.unit_code.c_str(), nullptr);
        worksheet_write_string(ws, r, 3, m.unit_name.c_str(), nullptr);
        worksheet_write_string(ws, r, 4, m.title.c_str(), nullptr);
        worksheet_write_string(ws, r, 5, kind_label(ctx, m.kind).c_str(), nullptr);
        worksheet_write_string(ws, r, 6, field_name(ctx, m.field_name_vi, m.field_name_en).c_str(), nullptr);
        worksheet_write_string(ws, r, 7, status_label(ctx, m.status).c_str(), nullptr);
        worksheet_write_string(ws, r, 8, m.person_name.c_str(), nullptr);
        worksheet_write_string(ws, r, 9, m.person_position.c_str(), nullptr);
        if (m.start_date) {
            lxw_datetime d = to_datetime(*m.start_date);
            worksheet_write_datetime(ws, r, 10, &d, date);
        }
        worksheet_write_string(ws, r, 11, level_label(ctx, m.unit_level).c_str(), nullptr);
        worksheet_write_string(ws, r, 12, m.summary.c_str(), nullptr);
        lxw_datetime created = to_datetime(m.created_at);
        worksheet_write_datetime(ws, r, 13, &created, datetime);
        ++r;
    }
    if (r > 1) worksheet_autofilter(ws, 0, 0, r - 1, static_cast<lxw_col_t>(columns.size() - 1));
    return workbook_close(wb) == LXW_NO_ERROR;
}

}  // namespace

// Excel workbook of the same rows: bold header, set column widths, dates as dates. Query: as GET /models.
void export_xlsx(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = models_ui::filter_from(req, ctx);
    auto rows = store::ModelStore(ctx.db()).export_rows(models_ui::scope_of(ctx), f, kExportCap);

    // libxlsxwriter writes to a file: a private temporary one, read back and removed at once.
    char path[] = "/tmp/dvk-export-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("mkstemp failed for the xlsx export");
    close(fd);
    struct Remove {
        const char* p;
        ~Remove() { unlink(p); }
    } remove_file{path};
    if (!write_workbook(path, rows, ctx)) throw std::runtime_error("libxlsxwriter failed to write the export");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream data;
    data << in.rdbuf();
    res.attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file_name(f, ".xlsx"),
                   data.str());
}
