// The list of models: filters, search with or without diacritics, sorting, pages; all in the URL.
#include <ctemplate/template.h>

#include "cgi-bin/models/pages.h"
#include "core/render.h"

namespace {

constexpr int kPerPage = 50;

void fill_options(ctemplate::TemplateDictionary& dict, const char* section, const std::string& current,
                  const std::vector<std::pair<std::string, std::string>>& options)
{
    for (const auto& [value, label] : options) {
        auto* o = dict.AddSectionDictionary(section);
        o->SetValue("VALUE", value);
        o->SetValue("LABEL", label);
        if (value == current) o->ShowSection("SELECTED");
    }
}

void fill_model_list(ctemplate::TemplateDictionary& dict, const store::ModelFilter& f, const store::ModelPage& page,
                     int page_no, core::Context& ctx)
{
    store::ModelStore models(ctx.db());
    using namespace models_ui;

    // The filter form, showing what the URL asked for.
    dict.SetValue("YEAR", f.year ? std::to_string(*f.year) : "");
    dict.SetValue("Q", f.q);
    std::vector<std::pair<std::string, std::string>> units;
    for (const auto& u : models.units_in_scope(scope_of(ctx)))
        units.emplace_back(std::to_string(u.id), std::string(static_cast<size_t>(u.depth) * 2, '.') + u.name);
    fill_options(dict, "UNIT_OPTION", f.unit_id ? std::to_string(*f.unit_id) : "", units);
    fill_options(dict, "LEVEL_OPTION", f.level,
                 {{"province", level_label(ctx, "province")},
                  {"district", level_label(ctx, "district")},
                  {"grassroots", level_label(ctx, "grassroots")}});
    std::vector<std::pair<std::string, std::string>> fields;
    for (const auto& fl : models.all_fields()) fields.emplace_back(fl.code, field_name(ctx, fl.name_vi, fl.name_en));
    fill_options(dict, "FIELD_OPTION", f.field, fields);
    std::vector<std::pair<std::string, std::string>> kinds, statuses;
    for (const auto& k : domain::model_kinds()) kinds.emplace_back(k, kind_label(ctx, k));
    for (const auto& s : domain::model_statuses()) statuses.emplace_back(s, status_label(ctx, s));
    fill_options(dict, "KIND_OPTION", f.kind, kinds);
    fill_options(dict, "STATUS_OPTION", f.status, statuses);
    dict.SetValue("SORT", f.sort);
    dict.SetValue("DIR", f.dir);

    // Column headings sort by their column; the current one flips its direction.
    for (const char* col : {"title", "unit", "year", "field", "kind", "status"}) {
        store::ModelFilter s = f;
        s.sort = col;
        s.dir = f.sort == col && f.dir == "asc" ? "desc" : "asc";
        std::string upper;
        for (const char* c = col; *c; ++c) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
        dict.SetValue("SORT_" + upper + "_HREF", "/models?" + filter_query(s));
        if (f.sort == col) dict.SetValue("SORT_" + upper + "_MARK", f.dir == "asc" ? "▲" : "▼");
    }

    dict.SetValue("TOTAL", core::format_number(page.total, ctx.lang()));
    std::string export_query = filter_query(f);
    dict.SetValue("CSV_HREF", "/models.csv" + (export_query.empty() ? "" : "?" + export_query));
    dict.SetValue("XLSX_HREF", "/models.xlsx" + (export_query.empty() ? "" : "?" + export_query));
    if (page.rows.empty()) dict.ShowSection("EMPTY");
    for (const auto& m : page.rows) {
        auto* row = dict.AddSectionDictionary("ROW");
        row->SetValue("ID", std::to_string(m.id));
        row->SetValue("YEAR", std::to_string(m.year));
        row->SetValue("UNIT_NAME", m.unit_name);
        row->SetValue("TITLE", m.title);
        row->SetValue("PERSON_NAME", m.person_name);
        row->SetValue("KIND", kind_label(ctx, m.kind));
        row->SetValue("FIELD", field_name(ctx, m.field_name_vi, m.field_name_en));
        row->SetValue("STATUS", status_label(ctx, m.status));
        if (m.kind == domain::kIndividual && !m.person_name.empty()) row->ShowSection("HAS_PERSON");
    }

    int pages = static_cast<int>((page.total + kPerPage - 1) / kPerPage);
    if (pages > 1) {
        auto* nav = dict.AddSectionDictionary("PAGES");
        nav->SetValue("PAGE", std::to_string(page_no));
        nav->SetValue("PAGE_COUNT", std::to_string(pages));
        if (page_no > 1) nav->SetValueAndShowSection("PREV_HREF", "/models?" + filter_query(f, page_no - 1), "PREV");
        if (page_no < pages) nav->SetValueAndShowSection("NEXT_HREF", "/models?" + filter_query(f, page_no + 1), "NEXT");
    }
}

}  // namespace

// Lists the models the user may see. Query: year, unit (with its subtree), level, field, kind,
// status, q (words, with or without diacritics), sort (title|unit|year|field|kind|status),
// dir (asc|desc), page (50 a page).
void model_list_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto filter = models_ui::filter_from(req, ctx);
    int page_no = static_cast<int>(std::clamp(req.query_int("page").value_or(1), 1LL, 100000LL));
    auto page = store::ModelStore(ctx.db()).list(models_ui::scope_of(ctx), filter, page_no, kPerPage);
    ctemplate::TemplateDictionary dict("models/list");
    fill_model_list(dict, filter, page, page_no, ctx);
    res.render("models/list.tpl", dict, "T_M_MODELS");
}
