// Where the models recognised in a year have been replicated (spread to other agencies and units).
#include <ctemplate/template.h>

#include "cgi-bin/reports/pages.h"
#include "core/render.h"
#include "core/xlsx.h"

namespace {

struct ReplicationReport {
    int year = 0;
    std::vector<store::ReplicatedModel> models;
    long long replications = 0;
    int replicated_models = 0;
};

ReplicationReport load(const core::Request& req, core::Context& ctx)
{
    ReplicationReport r;
    r.year = reports_ui::year_of(req, ctx);
    r.models = store::ReportStore(ctx.db()).replications(reports_ui::scope_of(ctx), r.year);
    for (const auto& m : r.models) {
        r.replications += static_cast<long long>(m.replications.size());
        r.replicated_models += !m.replications.empty();
    }
    return r;
}

std::string places(const store::ReplicatedModel& m)
{
    std::string out;
    for (const auto& p : m.replications) {
        if (!out.empty()) out += "; ";
        out += p.unit_name + " (" + std::to_string(p.year) + ")";
        if (!p.note.empty()) out += ": " + p.note;
    }
    return out;
}

void fill_replications(ctemplate::TemplateDictionary& dict, const ReplicationReport& r, core::Context& ctx)
{
    std::string year = std::to_string(r.year);
    dict.SetValue("YEAR", year);
    dict.SetValue("FUNNEL_HREF", "/reports/funnel?year=" + year);
    dict.SetValue("COMPLIANCE_HREF", "/reports/compliance?year=" + year);
    dict.SetValue("CSV_HREF", "/reports/replications.csv?year=" + year);
    dict.SetValue("XLSX_HREF", "/reports/replications.xlsx?year=" + year);
    dict.SetValue("MODELS", reports_ui::number(ctx, static_cast<long long>(r.models.size())));
    dict.SetValue("REPLICATED", reports_ui::number(ctx, r.replicated_models));
    dict.SetValue("REPLICATIONS", reports_ui::number(ctx, r.replications));
    for (size_t i = 0; i < r.models.size(); ++i) {
        const auto& m = r.models[i];
        auto* row = dict.AddSectionDictionary("ROW");
        row->SetIntValue("NO", static_cast<long>(i + 1));
        row->SetValue("ID", std::to_string(m.model_id));
        row->SetValue("TITLE", m.title);
        if (!m.person_name.empty()) row->SetValueAndShowSection("PERSON", m.person_name, "HAS_PERSON");
        row->SetValue("UNIT_NAME", m.unit_name);
        row->SetValue("LEVEL", reports_ui::level_label(ctx, m.level));
        row->SetValue("COUNT", reports_ui::number(ctx, static_cast<long long>(m.replications.size())));
        if (m.replications.empty()) row->ShowSection("NONE");
        for (const auto& p : m.replications) {
            auto* place = row->AddSectionDictionary("PLACE");
            place->SetValue("UNIT_NAME", p.unit_name);
            place->SetIntValue("YEAR", p.year);
            if (!p.note.empty()) place->SetValueAndShowSection("NOTE", p.note, "HAS_NOTE");
        }
    }
    if (r.models.empty()) dict.ShowSection("EMPTY");
}

std::vector<std::vector<std::string>> export_rows(const ReplicationReport& r, bool labels, core::Context& ctx)
{
    std::vector<std::vector<std::string>> rows;
    if (labels)
        rows.push_back({ctx.t("T_RP_MODEL_ID"), ctx.t("T_RP_YEAR"), ctx.t("T_RP_TITLE"), ctx.t("T_RP_KIND"),
                        ctx.t("T_RP_PERSON"), ctx.t("T_RP_UNIT"), ctx.t("T_RP_LEVEL"), ctx.t("T_RP_REPLICATION_COUNT"),
                        ctx.t("T_RP_REPLICATED_IN")});
    else
        rows.push_back({"model_id", "year", "title", "kind", "person_name", "unit_name", "level", "replications", "places"});
    for (const auto& m : r.models)
        rows.push_back({std::to_string(m.model_id), std::to_string(m.year), m.title,
                        labels ? reports_ui::kind_label(ctx, m.kind) : m.kind, m.person_name, m.unit_name,
                        labels ? reports_ui::level_label(ctx, m.level) : m.level, std::to_string(m.replications.size()),
                        places(m)});
    return rows;
}

}  // namespace

// The models recognised in a year (any level, within the scope) and where each was replicated. Query: year.
void replications_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = load(req, ctx);
    ctemplate::TemplateDictionary dict("reports/replications");
    fill_replications(dict, report, ctx);
    res.render("reports/replications.tpl", dict, "T_RP_REPLICATIONS");
}

// The same as CSV: one row per recognised model, its places joined by "; ".
void replications_csv(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = load(req, ctx);
    reports_ui::send_csv(res, "replications-" + std::to_string(report.year) + ".csv", export_rows(report, false, ctx));
}

// The same as an Excel workbook.
void replications_xlsx(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto report = load(req, ctx);
    auto rows = export_rows(report, true, ctx);
    core::XlsxSheet sheet;
    sheet.name = ctx.t("T_RP_REPLICATIONS") + " " + std::to_string(report.year);
    const double widths[] = {8, 7, 60, 12, 22, 36, 12, 10, 60};
    for (size_t c = 0; c < rows[0].size(); ++c) sheet.columns.push_back({rows[0][c], widths[c]});
    for (size_t i = 1; i < rows.size(); ++i) {
        std::vector<core::XlsxCell> cells;
        for (size_t c = 0; c < rows[i].size(); ++c)
            cells.push_back(c == 0 || c == 1 || c == 7 ? core::XlsxCell::of(std::stod(rows[i][c]))
                                                       : core::XlsxCell::of(rows[i][c]));
        sheet.rows.push_back(std::move(cells));
    }
    res.attachment(core::kXlsxContentType, "replications-" + std::to_string(report.year) + ".xlsx",
                   core::xlsx_workbook({sheet}));
}
