// GET /proposals/print: the list of models a unit proposes to the level above in a year, on paper
// (A4 portrait, the administrative layout), as it accompanies the unit's proposal.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/proposals/pages.h"
#include "domain/document_heading.h"
#include "store/recognition_list_store.h"

namespace {

void fill_proposal_print(ctemplate::TemplateDictionary& dict, const store::SentProposals& list, int year,
                         const std::string& today, core::Context& ctx)
{
    auto issuer = domain::issuer_lines(list.from_unit_name, list.from_parent_name);
    dict.SetValue("ISSUER_UPPER", issuer.upper);
    dict.SetValue("ISSUER_BODY", issuer.body);
    std::string place = domain::document_place(list.from_unit_name);
    if (place == list.from_unit_name) place = domain::document_place(list.to_unit_name);
    // The date of the document: the latest submission, else today.
    std::string date = today;
    if (!list.rows.empty()) {
        date.clear();
        for (const auto& r : list.rows)
            if (r.submitted_at && *r.submitted_at > date) date = *r.submitted_at;
        if (date.empty()) date = today;
    }
    dict.SetValue("PLACE_DATE", ctx.t("T_RP_DOC_PLACE_DATE", {place, date.substr(8, 2), date.substr(5, 2), date.substr(0, 4)}));
    std::string level = domain::upper_vi(cycle_ui::label(ctx, "T_RP_LEVEL_", list.to_level));
    dict.SetValue("TITLE", ctx.t("T_RP_DOC_PROPOSAL_TITLE", {level, std::to_string(year)}));
    dict.SetValue("SUBTITLE", ctx.t("T_RP_DOC_PROPOSAL_SUBTITLE", {list.from_unit_name, list.to_unit_name}));
    static const char* const kinds[] = {"collective", "individual"};
    static const char* const roman[] = {"I", "II"};
    int group_no = 0;
    for (const char* kind : kinds) {
        ctemplate::TemplateDictionary* g = nullptr;
        int n = 0;
        for (const auto& r : list.rows) {
            if (r.kind != kind) continue;
            if (!g) {
                g = dict.AddSectionDictionary("GROUP");
                g->SetValue("ROMAN", roman[group_no++]);
                g->SetValue("LABEL", ctx.t(std::string("T_RP_DOC_GROUP_") + kind));
            }
            auto* row = g->AddSectionDictionary("ROW");
            row->SetIntValue("NO", ++n);
            row->SetValue("TITLE", r.title);
            row->SetValue("UNIT_NAME", r.unit_name);
            if (!r.person_name.empty()) {
                auto* p = row->AddSectionDictionary("PERSON");
                p->SetValue("PERSON_NAME", r.person_name);
                if (!r.person_position.empty()) p->SetValueAndShowSection("POSITION", r.person_position, "HAS_POSITION");
            }
            row->SetValue("FIELD", ctx.lang() == "en" ? r.field_name_en : r.field_name_vi);
            if (!r.own_decision_number.empty())
                row->SetValue("OWN_DECISION", r.own_decision_number + ", " + core::format_date(r.own_decision_date));
        }
    }
    if (list.rows.empty()) dict.ShowSection("NOTHING");
}

}  // namespace

// Query: year (default: the cycle year), unit (id or code within the user's scope; default: the
// user's own unit). Lists the proposals sent (submitted, returned, decided), not drafts or withdrawn.
void proposal_print_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    int year = cycle_ui::year_of(req, ctx);
    auto list = store::RecognitionListStore(ctx.db()).proposals_sent(cycle_ui::scope_of(ctx), unit.id, year);
    ctemplate::TemplateDictionary dict("print/proposal_list");
    fill_proposal_print(dict, list, year, cycle_ui::today(ctx), ctx);
    res.render_print("print/proposal_list.tpl", dict, "T_RP_DOC_PROPOSAL_PAGE");
}
