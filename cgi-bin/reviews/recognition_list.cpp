// GET /recognitions.csv and /recognitions.xlsx: what GET /recognitions shows (same filters, same
// scope), every row of it, for spreadsheets.
#include <algorithm>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"
#include "core/xlsx.h"
#include "domain/csv.h"
#include "store/recognition_list_store.h"

namespace {

constexpr int kExportCap = 100000;

// The list page's filter: year, level, unit (code or id: the models' unit with its subtree), kind.
store::RecognitionListFilter export_filter(const core::Request& req, core::Context& ctx)
{
    store::RecognitionListFilter f;
    if (auto y = cycle_ui::to_int(req.query("year")); y && *y >= 2000 && *y <= 2100) f.year = static_cast<int>(*y);
    std::string level = req.query("level").value_or("");
    if (level == "province" || level == "district" || level == "grassroots") f.level = level;
    std::string kind = req.query("kind").value_or("");
    if (kind == "collective" || kind == "individual") f.kind = kind;
    std::string unit = req.query("unit").value_or("");
    if (!unit.empty()) {
        store::RecognitionStore rs(ctx.db());
        auto u = cycle_ui::to_int(unit) ? rs.unit(*cycle_ui::to_int(unit)) : rs.unit_by_code(unit);
        f.unit_id = u ? u->id : -1;  // an unknown unit matches nothing
    }
    return f;
}

std::string file_name(const store::RecognitionListFilter& f, const char* ext)
{
    return "recognitions" + (f.year ? "-" + std::to_string(*f.year) : std::string()) +
           (f.level.empty() ? "" : "-" + f.level) + ext;
}

std::string safe(const std::string& v)
{
    // A spreadsheet would run a cell starting with = + - @ as a formula.
    if (!v.empty() && std::string("=+-@\t\r").find(v[0]) != std::string::npos) return "'" + v;
    return v;
}

}  // namespace

// CSV (UTF-8 BOM, CRLF, RFC 4180). Columns: id (the model's), year, unit_code, unit_name (at
// registration), title, kind, field, status, then level, decision_number, decision_date,
// issuing_unit, signer_name, signer_title, person_name, person_position, recognition_id, decision_id.
void recognition_export_csv(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = export_filter(req, ctx);
    auto rows = store::RecognitionListStore(ctx.db()).list(cycle_ui::scope_of(ctx), f, kExportCap);
    std::string out = domain::kUtf8Bom;
    out += domain::csv_line({"id", "year", "unit_code", "unit_name", "title", "kind", "field", "status", "level",
                             "decision_number", "decision_date", "issuing_unit", "signer_name", "signer_title",
                             "person_name", "person_position", "recognition_id", "decision_id"});
    for (const auto& r : rows)
        out += domain::csv_line({std::to_string(r.model_id), std::to_string(r.year), r.unit_code, safe(r.unit_name),
                                 safe(r.title), r.kind, r.field_code, r.status, r.level, safe(r.decision_number),
                                 r.decision_date, safe(r.issuing_unit_name), safe(r.signer_name), safe(r.signer_title),
                                 safe(r.person_name), safe(r.person_position), std::to_string(r.id),
                                 std::to_string(r.decision_id)});
    res.attachment("text/csv; charset=utf-8", file_name(f, ".csv"), std::move(out));
}

// The same rows as an Excel workbook: headers in words, labels in the user's language.
void recognition_export_xlsx(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = export_filter(req, ctx);
    auto rows = store::RecognitionListStore(ctx.db()).list(cycle_ui::scope_of(ctx), f, kExportCap);
    core::XlsxSheet sheet;
    sheet.name = ctx.t("T_RP_RECOGNITIONS");
    sheet.columns = {{ctx.t("T_RP_MODEL_ID"), 8},       {ctx.t("T_RP_YEAR"), 7},        {ctx.t("T_RP_UNIT_CODE"), 10},
                     {ctx.t("T_RP_UNIT"), 32},          {ctx.t("T_RP_TITLE"), 60},      {ctx.t("T_RP_KIND"), 11},
                     {ctx.t("T_RP_FIELD"), 24},         {ctx.t("T_RP_LEVEL"), 12},      {ctx.t("T_RP_DECISION"), 16},
                     {ctx.t("T_RP_DECISION_DATE"), 12}, {ctx.t("T_RP_ISSUING_UNIT"), 32}, {ctx.t("T_RP_SIGNER"), 24},
                     {ctx.t("T_RP_PERSON"), 24}};
    for (const auto& r : rows) {
        using C = core::XlsxCell;
        sheet.rows.push_back({C::of(static_cast<long long>(r.model_id)), C::of(static_cast<long long>(r.year)),
                              C::of(r.unit_code), C::of(r.unit_name), C::of(r.title),
                              C::of(cycle_ui::label(ctx, "T_RP_KIND_", r.kind)),
                              C::of(ctx.lang() == "en" ? r.field_name_en : r.field_name_vi),
                              C::of(cycle_ui::label(ctx, "T_RP_LEVEL_", r.level)), C::of(r.decision_number),
                              C::of(core::format_date(r.decision_date)), C::of(r.issuing_unit_name),
                              C::of(r.signer_title + " " + r.signer_name),
                              C::of(r.person_name + (r.person_position.empty() ? "" : ", " + r.person_position))});
    }
    res.attachment(core::kXlsxContentType, file_name(f, ".xlsx"), core::xlsx_workbook({sheet}));
}
