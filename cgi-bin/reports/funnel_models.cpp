// The models behind one number of the funnel: a child unit's (or every child's) models of a year at
// one stage, optionally of one kind or field.
#include <ctemplate/template.h>

#include "cgi-bin/reports/pages.h"
#include "core/http_error.h"
#include "core/render.h"

namespace {

constexpr int kPerPage = 100;

void fill_funnel_models(ctemplate::TemplateDictionary& dict, const store::ReportUnit& unit, bool total,
                        const store::FunnelCellQuery& q, const store::FunnelModelPage& page, int page_no,
                        core::Context& ctx)
{
    std::string year = std::to_string(q.year);
    dict.SetValue("YEAR", year);
    dict.SetValue("UNIT_NAME", unit.name);
    dict.SetValue("STAGE", reports_ui::stage_label(ctx, q.stage));
    dict.SetValue("TOTAL", reports_ui::number(ctx, page.total));
    if (!q.kind.empty()) dict.SetValueAndShowSection("KIND", reports_ui::kind_label(ctx, q.kind), "HAS_KIND");
    if (!q.field.empty()) dict.SetValueAndShowSection("FIELD", q.field, "HAS_FIELD");
    if (total) dict.ShowSection("ALL_CHILDREN");
    dict.SetValue("BACK_HREF", "/reports/funnel?year=" + year + "&unit=" + std::to_string(q.parent_id));
    int first = (page_no - 1) * kPerPage;
    for (size_t i = 0; i < page.rows.size(); ++i) {
        const auto& m = page.rows[i];
        auto* row = dict.AddSectionDictionary("ROW");
        row->SetIntValue("NO", first + static_cast<long>(i) + 1);
        row->SetValue("ID", std::to_string(m.id));
        row->SetValue("TITLE", m.title);
        if (!m.person_name.empty()) row->SetValueAndShowSection("PERSON", m.person_name, "HAS_PERSON");
        row->SetValue("UNIT_NAME", m.unit_name);
        row->SetValue("CHILD_NAME", m.child_name);
        row->SetValue("KIND", reports_ui::kind_label(ctx, m.kind));
        row->SetValue("FIELD", reports_ui::field_label(ctx, m.field_name_vi, m.field_name_en));
    }
    if (page.rows.empty()) dict.ShowSection("EMPTY");
    long long pages = (page.total + kPerPage - 1) / kPerPage;
    if (pages > 1) {
        auto* p = dict.AddSectionDictionary("PAGES");
        p->SetIntValue("PAGE", page_no);
        p->SetIntValue("PAGE_COUNT", static_cast<long>(pages));
        std::string base = "/reports/funnel/models?year=" + year + "&unit=" + std::to_string(unit.id) +
                           (total ? "&total=1" : "") + "&stage=" + domain::funnel_stage_code(q.stage) +
                           (q.kind.empty() ? "" : "&kind=" + core::url_encode(q.kind)) +
                           (q.field.empty() ? "" : "&field=" + core::url_encode(q.field));
        if (page_no > 1) p->SetValueAndShowSection("PREV_HREF", base + "&page=" + std::to_string(page_no - 1), "PREV");
        if (page_no < pages) p->SetValueAndShowSection("NEXT_HREF", base + "&page=" + std::to_string(page_no + 1), "NEXT");
    }
}

}  // namespace

// The models behind a cell. Query: year, unit (the child unit; with total=1 the chosen unit, meaning
// all of its children), stage (registered, recognised, proposed, recognised_above), kind, field, page.
void funnel_models_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto scope = reports_ui::scope_of(ctx);
    auto unit = reports_ui::unit_of(req, ctx);
    bool total = req.query("total").value_or("") == "1";
    auto stage = domain::parse_funnel_stage(req.query("stage").value_or("registered"));
    if (!stage) throw core::HttpError(404);

    store::FunnelCellQuery q;
    q.year = reports_ui::year_of(req, ctx);
    q.stage = *stage;
    std::string kind = req.query("kind").value_or("");
    q.kind = kind == "collective" || kind == "individual" ? kind : "";
    std::string field = req.query("field").value_or("");
    q.field = field.size() <= 32 ? field : "";

    store::ReportStore rs(ctx.db());
    store::ReportUnit parent = unit;
    if (total) {
        q.parent_id = unit.id;
    } else {
        // A child's cell: its parent is the unit the funnel was about (the child itself is in scope).
        if (!unit.parent_id) throw core::HttpError(404);
        domain::Scope everything{true, 0, scope.role};
        auto p = rs.unit(everything, *unit.parent_id);
        if (!p) throw core::HttpError(404);
        parent = *p;
        q.parent_id = parent.id;
        q.child_id = unit.id;
    }
    int page_no = static_cast<int>(std::min<long long>(std::max<long long>(1, req.query_int("page").value_or(1)), 100000));
    auto page = rs.funnel_models(scope, parent, q, page_no, kPerPage);
    ctemplate::TemplateDictionary dict("reports/funnel_models");
    fill_funnel_models(dict, unit, total, q, page, page_no, ctx);
    res.render("reports/funnel_models.tpl", dict, "T_RP_FUNNEL_MODELS");
}
