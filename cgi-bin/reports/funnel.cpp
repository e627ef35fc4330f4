// The recognition funnel of a unit's children for a year, with its trend over the campaign's years
// (tables and server-drawn SVG charts), and the same numbers as CSV and XLSX.
#include <ctemplate/template.h>

#include "cgi-bin/reports/pages.h"
#include "core/render.h"
#include "core/xlsx.h"
#include "domain/chart.h"

using domain::FunnelStage;
using reports_ui::FunnelReport;

namespace {

const std::vector<std::string> kKinds{"collective", "individual"};

// The list behind one number: the models list where its filters say exactly the same thing
// (registered: a unit's subtree at the unit's level), else this area's own list of a cell.
struct CellRef {
    const FunnelReport* r;
    const store::ReportUnit* child;  // null: the total
    std::string kind, field;

    std::string href(FunnelStage s) const
    {
        std::string extra = (kind.empty() ? "" : "&kind=" + core::url_encode(kind)) +
                            (field.empty() ? "" : "&field=" + core::url_encode(field));
        std::string year = std::to_string(r->year);
        if (s == FunnelStage::Registered) {
            if (child)
                return "/models?year=" + year + "&unit=" + std::to_string(child->id) + "&level=" +
                       core::url_encode(child->level) + extra;
            if (const std::string* level = common_level())
                return "/models?year=" + year + "&unit=" + std::to_string(r->parent.id) + "&level=" +
                       core::url_encode(*level) + extra;
        }
        std::string unit = child ? std::to_string(child->id) : std::to_string(r->parent.id) + "&total=1";
        return "/reports/funnel/models?year=" + year + "&unit=" + unit + "&stage=" + domain::funnel_stage_code(s) +
               extra;
    }
    // The level every child sits at, when they share one.
    const std::string* common_level() const
    {
        if (r->children.empty()) return nullptr;
        for (const auto& c : r->children)
            if (c.level != r->children.front().level) return nullptr;
        return &r->children.front().level;
    }
};

// One line of the main table: four stage cells (each with its kind split) and three ratios.
void fill_stage_cells(ctemplate::TemplateDictionary& row, const domain::FunnelLine& line, const CellRef& ref,
                      const core::Context& ctx, const domain::Funnel* units)
{
    auto ratios = domain::funnel_ratios(line.all);
    for (FunnelStage s : domain::funnel_stages()) {
        auto* cell = row.AddSectionDictionary("CELL");
        cell->SetValue("STAGE", domain::funnel_stage_code(s));
        cell->SetValue("VALUE", reports_ui::number(ctx, line.all.at(s)));
        cell->SetValue("HREF", ref.href(s));
        for (const auto& k : kKinds) {
            auto* kd = cell->AddSectionDictionary("KIND");
            CellRef kref = ref;
            kref.kind = k;
            kd->SetValue("SHORT", ctx.t("T_RP_KIND_SHORT_" + k));
            kd->SetValue("LABEL", reports_ui::kind_label(ctx, k));
            kd->SetValue("VALUE", reports_ui::number(ctx, line.kind(k).at(s)));
            kd->SetValue("HREF", kref.href(s));
        }
        if (units && s == FunnelStage::Recognised) {
            cell->SetValueAndShowSection("UNITS_TEXT",
                                         ctx.t("T_RP_UNITS_OF", {std::to_string(units->units_recognised),
                                                                 std::to_string(units->units)}),
                                         "UNITS");
        }
        if (units && s == FunnelStage::Proposed) {
            cell->SetValueAndShowSection("UNITS_TEXT",
                                         ctx.t("T_RP_UNITS_OF", {std::to_string(units->units_proposed),
                                                                 std::to_string(units->units)}),
                                         "UNITS");
        }
        std::optional<std::optional<long long>> ratio;
        if (s == FunnelStage::Recognised) ratio = ratios.recognised_of_registered;
        if (s == FunnelStage::Proposed) ratio = ratios.proposed_of_recognised;
        if (s == FunnelStage::RecognisedAbove) ratio = ratios.above_of_proposed;
        if (ratio) cell->SetValueAndShowSection("PCT", reports_ui::percent(ctx, *ratio), "RATIO");
    }
}

// A split table (by kind or by field): one row per value, the four stages linked, and the overall ratio.
void fill_split_row(ctemplate::TemplateDictionary& dict, const char* section, const std::string& label,
                    const domain::FunnelFigures& f, const CellRef& ref, const core::Context& ctx)
{
    auto* row = dict.AddSectionDictionary(section);
    row->SetValue("LABEL", label);
    for (FunnelStage s : domain::funnel_stages()) {
        auto* cell = row->AddSectionDictionary("CELL");
        cell->SetValue("VALUE", reports_ui::number(ctx, f.at(s)));
        cell->SetValue("HREF", ref.href(s));
    }
    row->SetValue("PCT", reports_ui::percent(ctx, domain::funnel_ratios(f).above_of_registered));
}

void fill_chart(ctemplate::TemplateDictionary& dict, const char* include, const domain::ChartInput& in,
                const std::string& caption, const std::vector<std::string>& legend, const core::Context& ctx)
{
    auto chart = domain::layout_bar_chart(in);
    auto* c = dict.AddIncludeDictionary(include);
    c->SetFilename("reports/chart.tpl");
    c->SetValue("W", domain::svg_number(chart.width));
    c->SetValue("H", domain::svg_number(chart.height));
    c->SetValue("CAPTION", caption);
    for (const auto& t : chart.ticks) {
        auto* d = c->AddSectionDictionary("TICK");
        d->SetValue("X1", domain::svg_number(chart.left));
        d->SetValue("X2", domain::svg_number(chart.right));
        d->SetValue("Y", domain::svg_number(t.y));
        d->SetValue("TX", domain::svg_number(chart.left - 4));
        d->SetValue("TY", domain::svg_number(t.y + 4));
        d->SetValue("LABEL", reports_ui::number(ctx, t.value));
    }
    for (const auto& b : chart.bars) {
        auto* d = c->AddSectionDictionary("BAR");
        d->SetIntValue("SERIES", static_cast<long>(b.series));
        d->SetValue("X", domain::svg_number(b.x));
        d->SetValue("Y", domain::svg_number(b.y));
        d->SetValue("BW", domain::svg_number(b.w));
        d->SetValue("BH", domain::svg_number(b.h));
        d->SetValue("LX", domain::svg_number(b.label_x));
        d->SetValue("LY", domain::svg_number(b.label_y));
        d->SetValue("LABEL", reports_ui::number(ctx, b.value));
    }
    for (const auto& g : chart.group_labels) {
        auto* d = c->AddSectionDictionary("GROUP");
        d->SetValue("X", domain::svg_number(g.x));
        d->SetValue("Y", domain::svg_number(g.y));
        d->SetValue("LABEL", g.text);
    }
    for (size_t i = 0; i < legend.size(); ++i) {
        auto* d = c->AddSectionDictionary("LEGEND");
        d->SetIntValue("SERIES", static_cast<long>(i));
        d->SetValue("LABEL", legend[i]);
    }
}

std::string stage_heading(const core::Context& ctx, FunnelStage s, const FunnelReport& r)
{
    // "Recognised at district level" / "Recognised at province level": the levels are data.
    std::string child_level = r.children.empty() ? "" : r.children.front().level;
    if (s == FunnelStage::Recognised && !child_level.empty())
        return ctx.t("T_RP_RECOGNISED_AT", {reports_ui::level_label(ctx, child_level)});
    if (s == FunnelStage::RecognisedAbove) return ctx.t("T_RP_RECOGNISED_AT", {reports_ui::level_label(ctx, r.parent.level)});
    return reports_ui::stage_label(ctx, s);
}

void fill_funnel(ctemplate::TemplateDictionary& dict, const FunnelReport& r, core::Context& ctx)
{
    const auto& f = r.funnel;
    std::string year = std::to_string(r.year);
    dict.SetValue("YEAR", year);
    dict.SetValue("PARENT_NAME", r.parent.name);
    dict.SetValue("PARENT_ID", std::to_string(r.parent.id));
    std::string q = "year=" + year + "&unit=" + std::to_string(r.parent.id);
    dict.SetValue("CSV_HREF", "/reports/funnel.csv?" + q);
    dict.SetValue("XLSX_HREF", "/reports/funnel.xlsx?" + q);
    dict.SetValue("COMPLIANCE_HREF", "/reports/compliance?" + q);
    dict.SetValue("REPLICATIONS_HREF", "/reports/replications?year=" + year);
    dict.SetValue("PRINT_HREF", "/recognitions/print?year=" + year + "&level=" + core::url_encode(r.parent.level));
    if (r.parent.parent_id) {
        dict.SetValueAndShowSection("UP_HREF", "/reports/funnel?year=" + year + "&unit=" + std::to_string(*r.parent.parent_id),
                                    "UP");
    }
    for (FunnelStage s : domain::funnel_stages()) dict.SetValue("H_" + domain::funnel_stage_code(s), stage_heading(ctx, s, r));

    // The unit choice: units of the user's scope that have children.
    store::ReportStore rs(ctx.db());
    for (const auto& u : rs.parents_in_scope(reports_ui::scope_of(ctx))) {
        auto* o = dict.AddSectionDictionary("UNIT_OPTION");
        o->SetValue("VALUE", std::to_string(u.id));
        o->SetValue("LABEL", u.name);
        if (u.id == r.parent.id) o->ShowSection("SELECTED");
    }

    // The headline figures, as the article reports them.
    CellRef total{&r, nullptr, "", ""};
    dict.SetValue("SUM_REGISTERED", reports_ui::number(ctx, f.total.all.registered));
    dict.SetValue("SUM_REGISTERED_HREF", total.href(FunnelStage::Registered));
    dict.SetValue("SUM_RECOGNISED", reports_ui::number(ctx, f.total.all.recognised));
    dict.SetValue("SUM_RECOGNISED_HREF", total.href(FunnelStage::Recognised));
    dict.SetValue("SUM_PROPOSED", reports_ui::number(ctx, f.total.all.proposed));
    dict.SetValue("SUM_PROPOSED_HREF", total.href(FunnelStage::Proposed));
    dict.SetValue("SUM_ABOVE", reports_ui::number(ctx, f.total.all.recognised_above));
    dict.SetValue("SUM_ABOVE_HREF", total.href(FunnelStage::RecognisedAbove));
    dict.SetIntValue("UNITS", f.units);
    dict.SetIntValue("UNITS_RECOGNISED", f.units_recognised);
    dict.SetIntValue("UNITS_PROPOSED", f.units_proposed);

    for (size_t i = 0; i < f.lines.size(); ++i) {
        const auto& line = f.lines[i];
        const auto& unit = r.children[i];
        auto* row = dict.AddSectionDictionary("ROW");
        row->SetIntValue("NO", static_cast<long>(i + 1));
        row->SetValue("UNIT_ID", std::to_string(unit.id));
        row->SetValue("UNIT_CODE", unit.code);
        row->SetValue("NAME", unit.name);
        row->SetValue("DRILL_HREF", "/reports/funnel?year=" + year + "&unit=" + std::to_string(unit.id));
        if (!line.has_recognised()) row->ShowSection("NOT_RECOGNISED");
        if (!line.has_proposed()) row->ShowSection("NOT_PROPOSED");
        if (!line.has_recognised() || !line.has_proposed()) row->ShowSection("MARKED");
        fill_stage_cells(*row, line, CellRef{&r, &unit, "", ""}, ctx, nullptr);
    }
    if (f.lines.empty()) dict.ShowSection("NO_CHILDREN");
    fill_stage_cells(*dict.AddSectionDictionary("TOTAL"), f.total, total, ctx, &f);

    for (const auto& k : kKinds)
        fill_split_row(dict, "KIND_ROW", reports_ui::kind_label(ctx, k), f.total.kind(k), CellRef{&r, nullptr, k, ""},
                       ctx);
    for (const auto& fl : r.fields) {
        auto figures = f.total.field(fl.code);
        if (figures.registered == 0) continue;  // retired or unused fields stay out of the table
        fill_split_row(dict, "FIELD_ROW", reports_ui::field_label(ctx, fl.name_vi, fl.name_en), figures,
                       CellRef{&r, nullptr, "", fl.code}, ctx);
    }

    // The chosen year as four bars, and the trend over the campaign: tables and charts.
    std::vector<std::string> stages;
    for (FunnelStage s : domain::funnel_stages()) stages.push_back(stage_heading(ctx, s, r));
    domain::ChartInput year_chart;
    year_chart.groups = stages;
    year_chart.series.push_back({year, {}});
    for (FunnelStage s : domain::funnel_stages()) year_chart.series[0].values.push_back(f.total.all.at(s));
    year_chart.width = 560;
    fill_chart(dict, "YEAR_CHART", year_chart, ctx.t("T_RP_CHART_YEAR", {year}), {}, ctx);

    domain::ChartInput trend_chart;
    for (FunnelStage s : domain::funnel_stages()) trend_chart.series.push_back({stage_heading(ctx, s, r), {}});
    for (const auto& [y, fy] : r.trend) {
        trend_chart.groups.push_back(std::to_string(y));
        for (size_t s = 0; s < domain::funnel_stages().size(); ++s)
            trend_chart.series[s].values.push_back(fy.total.all.at(domain::funnel_stages()[s]));
        auto* row = dict.AddSectionDictionary("TREND_ROW");
        row->SetIntValue("YEAR", y);
        row->SetValue("HREF", "/reports/funnel?year=" + std::to_string(y) + "&unit=" + std::to_string(r.parent.id));
        if (y == r.year) row->ShowSection("CURRENT");
        for (FunnelStage s : domain::funnel_stages())
            row->SetValue("V_" + domain::funnel_stage_code(s), reports_ui::number(ctx, fy.total.all.at(s)));
        row->SetValue("UNITS_RECOGNISED", ctx.t("T_RP_UNITS_OF", {std::to_string(fy.units_recognised), std::to_string(fy.units)}));
        row->SetValue("UNITS_PROPOSED", ctx.t("T_RP_UNITS_OF", {std::to_string(fy.units_proposed), std::to_string(fy.units)}));
    }
    trend_chart.width = 640;
    fill_chart(dict, "TREND_CHART", trend_chart,
               ctx.t("T_RP_CHART_TREND", {std::to_string(r.first_year), std::to_string(r.last_year)}), stages, ctx);
}

// The export's rows: one per child and the total; the four stages, the ratios, then the splits.
std::vector<std::vector<std::string>> export_rows(const FunnelReport& r, bool labels, core::Context& ctx)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> head{"year", "unit_code", "unit_name", "registered", "recognised", "proposed",
                                  "recognised_above", "recognised_pct", "proposed_pct", "recognised_above_pct",
                                  "has_recognised", "has_proposed"};
    if (labels) {
        head = {ctx.t("T_RP_YEAR"), ctx.t("T_RP_UNIT_CODE"), ctx.t("T_RP_UNIT")};
        for (FunnelStage s : domain::funnel_stages()) head.push_back(stage_heading(ctx, s, r));
        head.insert(head.end(), {ctx.t("T_RP_PCT_RECOGNISED"), ctx.t("T_RP_PCT_PROPOSED"), ctx.t("T_RP_PCT_ABOVE"),
                                 ctx.t("T_RP_HAS_RECOGNISED"), ctx.t("T_RP_HAS_PROPOSED")});
    }
    for (const auto& k : kKinds)
        for (FunnelStage s : domain::funnel_stages())
            head.push_back(labels ? reports_ui::kind_label(ctx, k) + " - " + stage_heading(ctx, s, r)
                                  : k + "_" + domain::funnel_stage_code(s));
    for (const auto& fl : r.fields)
        for (FunnelStage s : domain::funnel_stages())
            head.push_back(labels ? reports_ui::field_label(ctx, fl.name_vi, fl.name_en) + " - " + stage_heading(ctx, s, r)
                                  : fl.code + "_" + domain::funnel_stage_code(s));
    rows.push_back(head);

    // Percentages in the CSV use '.', whatever the language: a file is read by programs too.
    auto pct = [&](std::optional<long long> t) {
        if (!t) return std::string();
        return domain::format_tenths(*t, labels && ctx.lang() == "vi" ? ',' : '.');
    };
    auto line_row = [&](const domain::FunnelLine& line, const std::string& code, const std::string& name,
                        const std::string& has_rec, const std::string& has_prop) {
        auto ratios = domain::funnel_ratios(line.all);
        std::vector<std::string> row{std::to_string(r.year), code, name};
        for (FunnelStage s : domain::funnel_stages()) row.push_back(std::to_string(line.all.at(s)));
        row.insert(row.end(), {pct(ratios.recognised_of_registered), pct(ratios.proposed_of_recognised),
                               pct(ratios.above_of_proposed), has_rec, has_prop});
        for (const auto& k : kKinds)
            for (FunnelStage s : domain::funnel_stages()) row.push_back(std::to_string(line.kind(k).at(s)));
        for (const auto& fl : r.fields)
            for (FunnelStage s : domain::funnel_stages()) row.push_back(std::to_string(line.field(fl.code).at(s)));
        rows.push_back(row);
    };
    for (size_t i = 0; i < r.funnel.lines.size(); ++i) {
        const auto& line = r.funnel.lines[i];
        line_row(line, r.children[i].code, r.children[i].name, line.has_recognised() ? "1" : "0",
                 line.has_proposed() ? "1" : "0");
    }
    // The total row carries "units that recognised / proposed" in the two has_ columns.
    line_row(r.funnel.total, "TOTAL", ctx.t("T_RP_TOTAL"), std::to_string(r.funnel.units_recognised),
             std::to_string(r.funnel.units_proposed));
    return rows;
}

std::string file_name(const FunnelReport& r, const char* ext)
{
    return "funnel-" + std::to_string(r.year) + "-" + r.parent.code + ext;
}

}  // namespace

// The funnel of one unit's children. Query: year (default: the campaign's current year), unit (id or
// code; default: the province for commission staff and admins, the user's own unit otherwise).
void funnel_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = reports_ui::load_funnel(req, ctx);
    ctemplate::TemplateDictionary dict("reports/funnel");
    fill_funnel(dict, report, ctx);
    res.render("reports/funnel.tpl", dict, "T_RP_FUNNEL");
}

// The funnel as CSV (UTF-8 BOM, CRLF): stable column codes, one row per child unit, then TOTAL.
void funnel_csv(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = reports_ui::load_funnel(req, ctx);
    reports_ui::send_csv(res, file_name(report, ".csv"), export_rows(report, false, ctx));
}

// The funnel as an Excel workbook: the same rows as the CSV, numbers as numbers, headers in words.
void funnel_xlsx(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = reports_ui::load_funnel(req, ctx);
    auto rows = export_rows(report, true, ctx);
    core::XlsxSheet sheet;
    sheet.name = ctx.t("T_RP_FUNNEL") + " " + std::to_string(report.year);
    for (size_t c = 0; c < rows[0].size(); ++c) sheet.columns.push_back({rows[0][c], c == 2 ? 40.0 : c < 2 ? 8.0 : 14.0});
    for (size_t i = 1; i < rows.size(); ++i) {
        std::vector<core::XlsxCell> cells;
        for (size_t c = 0; c < rows[i].size(); ++c) {
            const std::string& v = rows[i][c];
            bool numeric = c != 1 && c != 2 && !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
            bool pct = c >= 7 && c <= 9 && !v.empty();
            core::XlsxCell cell = core::XlsxCell::of(v);
            if (numeric) cell = core::XlsxCell::of(std::stod(v));
            if (pct) {
                std::string dot = v;
                for (auto& ch : dot)
                    if (ch == ',') ch = '.';
                cell = core::XlsxCell::of(std::stod(dot));
            }
            cell.bold = i + 1 == rows.size();
            cells.push_back(cell);
        }
        sheet.rows.push_back(std::move(cells));
    }
    res.attachment(core::kXlsxContentType, file_name(report, ".xlsx"), core::xlsx_workbook({sheet}));
}
