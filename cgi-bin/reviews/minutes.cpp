// GET /reviews/{id}/minutes: the minutes (biên bản) of a meeting as an A4 document — issuing body top
// left, "ĐẢNG CỘNG SẢN VIỆT NAM" top right, place and date, centred bold title, numbered rows. A page of
// its own (templates/reviews/minutes.tpl, no site header or navigation) for printing.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"
#include "domain/recognition.h"
#include "store/review_store.h"

namespace {

void fill_review_minutes(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::Meeting& m,
                         const std::optional<store::UnitInfo>& unit, const std::vector<store::AgendaItem>& agenda)
{
    dict.SetValue("LANG", ctx.lang());
    dict.SetIntValue("ID", m.id);
    if (unit && !unit->parent_name.empty()) dict.SetValueAndShowSection("PARENT_NAME", unit->parent_name, "HAS_PARENT");
    dict.SetValue("UNIT_NAME", m.unit_name);
    dict.SetIntValue("YEAR", m.year);
    std::string d = m.date;  // yyyy-mm-dd
    dict.SetValue("PLACE_DATE", ctx.t("T_CY_PLACE_DATE", {m.place, d.substr(8, 2), d.substr(5, 2), d.substr(0, 4)}));
    dict.SetValue("DATE", cycle_ui::date(m.date));
    dict.SetValue("PLACE", m.place);
    int n = 0;
    std::string members = m.members_present;
    std::string cur;
    auto flush = [&] {
        std::string t = domain::trim_text(cur);
        if (!t.empty()) dict.AddSectionDictionary("MEMBER")->SetValue("NAME", t);
        cur.clear();
    };
    for (char c : members) {
        if (c == '\n' || c == ';') flush();
        else cur += c;
    }
    flush();
    dict.SetIntValue("MEMBER_COUNT", domain::count_members(m.members_present));
    int recognised = 0, not_recognised = 0;
    for (const auto& a : agenda) {
        auto* r = dict.AddSectionDictionary("ROW");
        r->SetIntValue("NO", ++n);
        r->SetValue("TITLE", a.title);
        r->SetValue("PERSON_NAME", a.person_name.empty() ? "" : ": " + a.person_name);
        r->SetValue("KIND", cycle_ui::kind_label(ctx, a.kind));
        r->SetValue("FROM_NAME", a.from_name);
        r->SetIntValue("FOR", a.votes_for.value_or(0));
        r->SetIntValue("AGAINST", a.votes_against.value_or(0));
        r->SetIntValue("ABSTAIN", a.votes_abstain.value_or(0));
        r->SetValue("OUTCOME", a.outcome ? cycle_ui::state_label(ctx, *a.outcome) : ctx.t("T_CY_NOT_DECIDED"));
        if (a.reason && !a.reason->empty()) r->SetValueAndShowSection("REASON", *a.reason, "HAS_REASON");
        if (a.outcome && *a.outcome == "recognised") ++recognised;
        else if (a.outcome) ++not_recognised;
    }
    dict.SetIntValue("TOTAL", static_cast<long>(agenda.size()));
    dict.SetIntValue("RECOGNISED", recognised);
    dict.SetIntValue("NOT_RECOGNISED", not_recognised);
    if (m.decided() && !m.decision_number.empty()) {
        auto* d2 = dict.AddSectionDictionary("HAS_DECISION");
        d2->SetValue("DECISION_NUMBER", m.decision_number);
        d2->SetValue("DECISION_DATE", cycle_ui::date(m.decision_date));
        d2->SetValue("SIGNER", m.signer_name);
        d2->SetValue("SIGNER_TITLE", m.signer_title);
    }
    if (!m.decided()) dict.ShowSection("DRAFT");
}

}  // namespace

// The minutes of one meeting, for paper (also readable before the decision, marked as a draft).
void review_minutes_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto m = store::ReviewStore(ctx.db()).find(cycle_ui::scope_of(ctx), req.path_id("id"));
    if (!m) throw core::HttpError(404);
    auto unit = store::RecognitionStore(ctx.db()).unit(m->unit_id);
    auto agenda = store::ReviewStore(ctx.db()).agenda(m->id);
    ctemplate::TemplateDictionary dict("reviews/minutes");
    fill_review_minutes(dict, ctx, *m, unit, agenda);
    res.set_content_type("text/html; charset=utf-8");
    res.set_body(core::expand_template(ctx.lang(), "reviews/minutes.tpl", dict));
}
