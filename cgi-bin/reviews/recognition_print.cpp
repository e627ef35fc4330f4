// GET /recognitions/print: the list of recognised models on paper, in the Vietnamese administrative
// layout (A4 portrait): one document per recognition decision (its annex), each with the issuing body
// top left, the party heading top right, place and date, the title, "Kèm theo Quyết định số ...",
// the models grouped into collective and individual and numbered, and the signature.
#include <ctemplate/template.h>

#include <map>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"
#include "domain/document_heading.h"
#include "store/recognition_list_store.h"

namespace {

// "2023-12-28" -> "Bình Thuận, ngày 28 tháng 12 năm 2023" (the words from the catalog).
std::string place_and_date(const core::Context& ctx, const std::string& place, const std::string& iso)
{
    if (iso.size() < 10) return place;
    return ctx.t("T_RP_DOC_PLACE_DATE", {place, iso.substr(8, 2), iso.substr(5, 2), iso.substr(0, 4)});
}

// The place of a document: the issuing body's locality, else the province's.
std::string place_of(const std::string& issuer, const std::string& province)
{
    std::string p = domain::document_place(issuer);
    return p != issuer ? p : domain::document_place(province);
}

void fill_document(ctemplate::TemplateDictionary& doc, const std::vector<const store::ListedRecognition*>& rows,
                   const std::string& province, core::Context& ctx)
{
    const auto& d = *rows.front();
    auto issuer = domain::issuer_lines(d.issuing_unit_name, d.issuing_parent_name);
    doc.SetValue("ISSUER_UPPER", issuer.upper);
    doc.SetValue("ISSUER_BODY", issuer.body);
    doc.SetValue("PLACE_DATE", place_and_date(ctx, place_of(d.issuing_unit_name, province), d.decision_date));
    std::string level = domain::upper_vi(cycle_ui::label(ctx, "T_RP_LEVEL_", d.level));
    doc.SetValue("TITLE", ctx.t("T_RP_DOC_LIST_TITLE", {level, std::to_string(d.year)}));
    doc.SetValue("ANNEX_OF", ctx.t("T_RP_DOC_ANNEX_OF", {d.decision_number, core::format_date(d.decision_date)}));
    doc.SetValue("SIGNER_TITLE", domain::upper_vi(d.signer_title));
    doc.SetValue("SIGNER_NAME", d.signer_name);
    static const char* const kinds[] = {"collective", "individual"};
    static const char* const roman[] = {"I", "II"};
    int group_no = 0;
    for (const char* kind : kinds) {
        std::vector<const store::ListedRecognition*> of_kind;
        for (const auto* r : rows)
            if (r->kind == kind) of_kind.push_back(r);
        if (of_kind.empty()) continue;
        auto* g = doc.AddSectionDictionary("GROUP");
        g->SetValue("ROMAN", roman[group_no++]);
        g->SetValue("LABEL", ctx.t(std::string("T_RP_DOC_GROUP_") + kind));
        int n = 0;
        for (const auto* r : of_kind) {
            auto* row = g->AddSectionDictionary("ROW");
            row->SetIntValue("NO", ++n);
            row->SetValue("TITLE", r->title);
            row->SetValue("UNIT_NAME", r->unit_name);
            if (!r->person_name.empty()) {
                auto* p = row->AddSectionDictionary("PERSON");
                p->SetValue("PERSON_NAME", r->person_name);
                if (!r->person_position.empty()) p->SetValueAndShowSection("POSITION", r->person_position, "HAS_POSITION");
            }
            row->SetValue("FIELD", ctx.lang() == "en" ? r->field_name_en : r->field_name_vi);
        }
    }
}

}  // namespace

// Query: year (default: the cycle year), level (default: the unit's level), unit (id or code, the
// models' unit with its subtree; default: the user's unit, the province for commission staff and
// admins), kind, decision (one decision only). Each decision prints as its own document.
void recognition_print_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto scope = cycle_ui::scope_of(ctx);
    store::RecognitionStore rs(ctx.db());
    std::optional<store::UnitInfo> unit;
    if (req.query("unit").value_or("").empty() && scope.everything) {
        // The top of the tree: the province's list is what commission staff print.
        for (auto u = rs.unit(ctx.user().unit_id); u; u = u->parent_id ? rs.unit(*u->parent_id) : std::nullopt)
            unit = u;
    } else {
        unit = cycle_ui::unit_of(req, ctx);
    }
    if (!unit) throw core::HttpError(404);
    store::RecognitionListFilter f;
    f.year = cycle_ui::year_of(req, ctx);
    std::string level = req.query("level").value_or(unit->level_code);
    f.level = level == "province" || level == "district" || level == "grassroots" ? level : unit->level_code;
    f.unit_id = unit->id;
    std::string kind = req.query("kind").value_or("");
    if (kind == "collective" || kind == "individual") f.kind = kind;
    if (auto d = cycle_ui::to_int(req.query("decision"))) f.decision_id = *d;

    store::RecognitionListStore ls(ctx.db());
    auto rows = ls.list(scope, f, 5000);
    // The province's name for the place line of bodies without a locality of their own.
    std::string province = unit->name;
    for (auto u = rs.unit(unit->id); u; u = u->parent_id ? rs.unit(*u->parent_id) : std::nullopt) province = u->name;

    ctemplate::TemplateDictionary dict("print/recognition_list");
    std::vector<int64_t> order;
    std::map<int64_t, std::vector<const store::ListedRecognition*>> by_decision;
    for (const auto& r : rows) {
        if (!by_decision.count(r.decision_id)) order.push_back(r.decision_id);
        by_decision[r.decision_id].push_back(&r);
    }
    for (size_t i = 0; i < order.size(); ++i) {
        auto* doc = dict.AddSectionDictionary("DOCUMENT");
        if (i + 1 < order.size()) doc->ShowSection("PAGE_BREAK");
        fill_document(*doc, by_decision[order[i]], province, ctx);
    }
    if (rows.empty()) {
        dict.SetValue("TITLE", ctx.t("T_RP_DOC_LIST_TITLE", {domain::upper_vi(cycle_ui::label(ctx, "T_RP_LEVEL_", f.level)),
                                                              std::to_string(*f.year)}));
        dict.ShowSection("NOTHING");
    }
    res.render_print("print/recognition_list.tpl", dict, "T_RP_RECOGNITIONS");
}
