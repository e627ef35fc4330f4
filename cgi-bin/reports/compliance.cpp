// Compliance with the year's schedule: for each child unit, whether it registered, evaluated,
// recognised at its own level and proposed upward, against its deadlines (extensions counted), with
// days left or days late; and the share of units that recognised against the campaign's 100% target.
#include <ctemplate/template.h>

#include <map>

#include "cgi-bin/reports/pages.h"
#include "core/render.h"
#include "core/xlsx.h"
#include "domain/campaigns.h"
#include "domain/compliance.h"
#include "domain/funnel.h"
#include "store/campaign_store.h"

using domain::ComplianceStep;

namespace {

struct UnitCompliance {
    store::ReportUnit unit;
    long long counts[4] = {0, 0, 0, 0};
    domain::StepStatus steps[4];
};

struct ComplianceReport {
    int year = 0;
    std::string today;
    store::ReportUnit parent;
    bool scheduled = false;
    std::vector<UnitCompliance> units;
    long long totals[4] = {0, 0, 0, 0};
    int done[4] = {0, 0, 0, 0};  // units that did each step
    domain::TargetShare recognised, proposed;
};

ComplianceReport load(const core::Request& req, core::Context& ctx)
{
    ComplianceReport r;
    r.year = reports_ui::year_of(req, ctx);
    r.parent = reports_ui::unit_of(req, ctx);
    r.today = reports_ui::iso_today(ctx);
    store::ReportStore rs(ctx.db());
    auto children = rs.children(r.parent.id, r.year);
    std::map<int64_t, store::ComplianceFacts> facts;
    for (auto& f : rs.compliance_facts(reports_ui::scope_of(ctx), r.parent, r.year)) facts[f.unit_id] = f;
    auto schedule = store::CampaignStore(ctx.db()).schedule_for(r.year);
    r.scheduled = schedule.has_value();

    for (const auto& child : children) {
        auto fact = facts.find(child.id);
        if (!domain::reported_in_year(r.year, child.since, child.closed_on, fact != facts.end() && fact->second.registered > 0))
            continue;
        UnitCompliance u;
        u.unit = child;
        store::ComplianceFacts f;
        if (auto it = facts.find(child.id); it != facts.end()) f = it->second;
        u.counts[0] = f.registered;
        u.counts[1] = f.evaluated;
        u.counts[2] = f.recognised;
        u.counts[3] = f.proposed;
        const std::optional<std::string>* first[4] = {&f.first_registered, &f.first_evaluated, &f.first_recognised,
                                                      &f.first_proposed};
        // Evaluation has no deadline of its own in the schedule: it must be done before recognising.
        const domain::DeadlineKind kinds[4] = {domain::DeadlineKind::Registration, domain::DeadlineKind::Recognition,
                                               domain::DeadlineKind::Recognition, domain::DeadlineKind::Proposal};
        for (int s = 0; s < 4; ++s) {
            std::optional<std::string> deadline;
            if (schedule) deadline = domain::effective_deadline(schedule->first, schedule->second, kinds[s], child.id, child.level);
            std::optional<std::string> done_on = u.counts[s] > 0 ? *first[s] : std::nullopt;
            if (u.counts[s] > 0 && !done_on) done_on = r.today;  // done, date unknown: count it as today
            u.steps[s] = domain::step_status(done_on, deadline, r.today);
            r.totals[s] += u.counts[s];
            r.done[s] += u.counts[s] > 0;
        }
        r.units.push_back(u);
    }
    int n = static_cast<int>(r.units.size());
    r.recognised = domain::target_share(r.done[2], n);
    r.proposed = domain::target_share(r.done[3], n);
    return r;
}

std::string state_text(const core::Context& ctx, const domain::StepStatus& s)
{
    return ctx.t("T_RP_STATE_" + domain::step_state_code(s.state), {std::to_string(s.days)});
}

void fill_compliance(ctemplate::TemplateDictionary& dict, const ComplianceReport& r, core::Context& ctx)
{
    std::string year = std::to_string(r.year);
    dict.SetValue("YEAR", year);
    dict.SetValue("PARENT_NAME", r.parent.name);
    dict.SetValue("TODAY", core::format_date(r.today));
    std::string q = "year=" + year + "&unit=" + std::to_string(r.parent.id);
    dict.SetValue("FUNNEL_HREF", "/reports/funnel?" + q);
    dict.SetValue("REPLICATIONS_HREF", "/reports/replications?year=" + year);
    dict.SetValue("CSV_HREF", "/reports/compliance.csv?" + q);
    dict.SetValue("XLSX_HREF", "/reports/compliance.xlsx?" + q);
    if (!r.scheduled) dict.ShowSection("NO_SCHEDULE");
    store::ReportStore rs(ctx.db());
    for (const auto& u : rs.parents_in_scope(reports_ui::scope_of(ctx))) {
        auto* o = dict.AddSectionDictionary("UNIT_OPTION");
        o->SetValue("VALUE", std::to_string(u.id));
        o->SetValue("LABEL", u.name);
        if (u.id == r.parent.id) o->ShowSection("SELECTED");
    }
    auto share = [&](const char* prefix, const domain::TargetShare& t) {
        dict.SetIntValue(std::string(prefix) + "_DONE", t.done);
        dict.SetIntValue(std::string(prefix) + "_UNITS", t.units);
        dict.SetValue(std::string(prefix) + "_PCT", reports_ui::percent(ctx, t.percent_tenths));
        dict.ShowSection(std::string(prefix) + (t.met ? "_MET" : "_NOT_MET"));
    };
    share("RECOGNISED", r.recognised);
    share("PROPOSED", r.proposed);
    for (size_t i = 0; i < r.units.size(); ++i) {
        const auto& u = r.units[i];
        auto* row = dict.AddSectionDictionary("ROW");
        row->SetIntValue("NO", static_cast<long>(i + 1));
        row->SetValue("UNIT_CODE", u.unit.code);
        row->SetValue("NAME", u.unit.name);
        for (int s = 0; s < 4; ++s) {
            auto* cell = row->AddSectionDictionary("STEP");
            const auto& st = u.steps[s];
            cell->SetValue("COUNT", reports_ui::number(ctx, u.counts[s]));
            cell->SetValue("STATE", domain::step_state_code(st.state));
            cell->SetValue("STATE_TEXT", state_text(ctx, st));
            if (st.deadline) cell->SetValueAndShowSection("DEADLINE", core::format_date(*st.deadline), "HAS_DEADLINE");
        }
    }
    auto* total = dict.AddSectionDictionary("TOTAL");
    for (int s = 0; s < 4; ++s) {
        auto* cell = total->AddSectionDictionary("STEP");
        cell->SetValue("COUNT", reports_ui::number(ctx, r.totals[s]));
        cell->SetValue("UNITS_TEXT", ctx.t("T_RP_UNITS_OF", {std::to_string(r.done[s]), std::to_string(r.units.size())}));
    }
}

std::vector<std::vector<std::string>> export_rows(const ComplianceReport& r, bool labels, core::Context& ctx)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> head{labels ? ctx.t("T_RP_YEAR") : "year", labels ? ctx.t("T_RP_UNIT_CODE") : "unit_code",
                                  labels ? ctx.t("T_RP_UNIT") : "unit_name"};
    for (auto s : domain::compliance_steps()) {
        std::string code = domain::compliance_step_code(s);
        if (labels) {
            std::string step = ctx.t("T_RP_STEP_" + code);
            head.insert(head.end(), {step, step + " - " + ctx.t("T_RP_DEADLINE"), step + " - " + ctx.t("T_RP_STATUS"),
                                     step + " - " + ctx.t("T_RP_DAYS")});
        } else {
            head.insert(head.end(), {code + "_count", code + "_deadline", code + "_state", code + "_days"});
        }
    }
    rows.push_back(head);
    for (const auto& u : r.units) {
        std::vector<std::string> row{std::to_string(r.year), u.unit.code, u.unit.name};
        for (int s = 0; s < 4; ++s) {
            const auto& st = u.steps[s];
            bool has_days = st.state == domain::StepState::DoneLate || st.state == domain::StepState::Pending ||
                            st.state == domain::StepState::Overdue;
            row.insert(row.end(), {std::to_string(u.counts[s]), st.deadline ? *st.deadline : "",
                                   labels ? state_text(ctx, st) : domain::step_state_code(st.state),
                                   has_days ? std::to_string(st.days) : ""});
        }
        rows.push_back(row);
    }
    // The total: counts summed; "units that did it / units" in the state column.
    std::vector<std::string> total{std::to_string(r.year), "TOTAL", ctx.t("T_RP_TOTAL")};
    for (int s = 0; s < 4; ++s)
        total.insert(total.end(), {std::to_string(r.totals[s]), "",
                                   std::to_string(r.done[s]) + "/" + std::to_string(r.units.size()), ""});
    rows.push_back(total);
    return rows;
}

std::string file_name(const ComplianceReport& r, const char* ext)
{
    return "compliance-" + std::to_string(r.year) + "-" + r.parent.code + ext;
}

}  // namespace

// Compliance of a unit's children with the year's schedule. Query: year, unit (as the funnel).
void compliance_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = load(req, ctx);
    ctemplate::TemplateDictionary dict("reports/compliance");
    fill_compliance(dict, report, ctx);
    res.render("reports/compliance.tpl", dict, "T_RP_COMPLIANCE");
}

// The same as CSV: per unit and step the count, the deadline (ISO), the state code and the days.
void compliance_csv(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = load(req, ctx);
    reports_ui::send_csv(res, file_name(report, ".csv"), export_rows(report, false, ctx));
}

// The same as an Excel workbook, with headers and states in words.
void compliance_xlsx(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = load(req, ctx);
    auto rows = export_rows(report, true, ctx);
    core::XlsxSheet sheet;
    sheet.name = ctx.t("T_RP_COMPLIANCE") + " " + std::to_string(report.year);
    for (size_t c = 0; c < rows[0].size(); ++c) sheet.columns.push_back({rows[0][c], c == 2 ? 40.0 : c < 2 ? 8.0 : 14.0});
    for (size_t i = 1; i < rows.size(); ++i) {
        std::vector<core::XlsxCell> cells;
        for (size_t c = 0; c < rows[i].size(); ++c) {
            const std::string& v = rows[i][c];
            // Counts (every 4th column from 3) and days are numbers; the rest text.
            bool numeric_col = c == 0 || (c >= 3 && ((c - 3) % 4 == 0 || (c - 3) % 4 == 3));
            core::XlsxCell cell = numeric_col && !v.empty() && v.find_first_not_of("0123456789") == std::string::npos
                                      ? core::XlsxCell::of(std::stod(v))
                                      : core::XlsxCell::of(v);
            cell.bold = i + 1 == rows.size();
            cells.push_back(cell);
        }
        sheet.rows.push_back(std::move(cells));
    }
    res.attachment(core::kXlsxContentType, file_name(report, ".xlsx"), core::xlsx_workbook({sheet}));
}
