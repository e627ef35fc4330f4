// Exports of what the list shows, every page of it: GET /models.csv and GET /models.xlsx.
#include "cgi-bin/models/pages.h"
#include "core/log.h"
#include "core/render.h"
#include "core/xlsx.h"
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

// Excel workbook of the same rows: bold header, set column widths, dates as dates. Query: as GET /models.
void export_xlsx(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = models_ui::filter_from(req, ctx);
    auto rows = store::ModelStore(ctx.db()).export_rows(models_ui::scope_of(ctx), f, kExportCap);
    using namespace models_ui;
    core::XlsxSheet sheet;
    sheet.name = ctx.t("T_M_MODELS");
    sheet.autofilter = true;
    const std::vector<std::pair<const char*, double>> columns{
        {"T_M_NUMBER", 8},       {"T_M_YEAR", 7},             {"T_M_UNIT_CODE", 10},   {"T_M_UNIT", 32},
        {"T_M_TITLE", 60},       {"T_M_KIND", 11},            {"T_M_FIELD", 24},       {"T_M_STATUS", 14},
        {"T_M_PERSON_NAME", 22}, {"T_M_PERSON_POSITION", 22}, {"T_M_START_DATE", 12}, {"T_M_LEVEL", 12},
        {"T_M_SUMMARY", 60},     {"T_M_CREATED_AT", 16},
    };
    for (const auto& [key, width] : columns) sheet.columns.push_back({ctx.t(key), width});
    using Cell = core::XlsxCell;
    for (const auto& m : rows) {
        sheet.rows.push_back({Cell::of(static_cast<long long>(m.id)), Cell::of(static_cast<long long>(m.year)),
                              Cell::of(m.unit_code), Cell::of(m.unit_name), Cell::of(m.title),
                              Cell::of(kind_label(ctx, m.kind)), Cell::of(field_name(ctx, m.field_name_vi, m.field_name_en)),
                              Cell::of(status_label(ctx, m.status)), Cell::of(m.person_name), Cell::of(m.person_position),
                              m.start_date ? Cell::date(*m.start_date) : Cell::none(),
                              Cell::of(level_label(ctx, m.unit_level)), Cell::of(m.summary), Cell::datetime(m.created_at)});
    }
    res.attachment(core::kXlsxContentType, file_name(f, ".xlsx"), core::xlsx_workbook({sheet}));
}
