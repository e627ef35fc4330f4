// GET /reviews/{id}: one meeting — its agenda and, while open, the proposals that may go on it and
// the decision form; POST /reviews/{id}/agenda and POST /reviews/{id}/decisions (all outcomes, the
// tallies and the recognising decision in one transaction; a decided meeting is locked).
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"
#include "domain/recognition.h"
#include "store/review_store.h"

namespace {

struct DecideForm {
    std::map<std::string, std::string> values;        // as posted
    std::map<int64_t, std::string> item_errors;       // proposal id -> message
    std::map<std::string, std::string> field_errors;  // decision field -> message
};

std::string value(const DecideForm& f, const std::string& k)
{
    auto it = f.values.find(k);
    return it == f.values.end() ? "" : it->second;
}

bool may_run(core::Context& ctx, const store::Meeting& m)
{
    return domain::may_run_meetings(cycle_ui::role_of(ctx), ctx.user().unit_id, m.unit_id);
}

void fill_review_view(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::Meeting& m,
                      const std::vector<store::AgendaItem>& agenda, const std::string& message, const DecideForm& form)
{
    store::ReviewStore rs(ctx.db());
    dict.SetIntValue("ID", m.id);
    dict.SetIntValue("VERSION", m.version);
    dict.SetValue("UNIT_NAME", m.unit_name);
    dict.SetValue("LEVEL", cycle_ui::level_label(ctx, m.level_code));
    dict.SetIntValue("YEAR", m.year);
    dict.SetValue("DATE", cycle_ui::date(m.date));
    dict.SetValue("PLACE", m.place);
    dict.SetValue("MEMBERS", m.members_present);
    dict.SetIntValue("MEMBER_COUNT", domain::count_members(m.members_present));
    dict.SetValue("STATE", m.state);
    dict.SetValue("STATE_LABEL", cycle_ui::label(ctx, "T_CY_MEETING_", m.state));
    if (!message.empty()) dict.SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
    bool open = !m.decided() && may_run(ctx, m);
    if (m.decided()) {
        auto* d = dict.AddSectionDictionary("DECIDED");
        d->SetValue("DECISION_NUMBER", m.decision_number);
        d->SetValue("DECISION_DATE", cycle_ui::date(m.decision_date));
        d->SetValue("SIGNER", m.signer_name);
        d->SetValue("SIGNER_TITLE", m.signer_title);
    }
    if (agenda.empty()) dict.ShowSection("AGENDA_EMPTY");
    int n = 0;
    for (const auto& a : agenda) {
        auto* r = dict.AddSectionDictionary("ITEM");
        std::string pid = std::to_string(a.proposal_id);
        r->SetIntValue("NO", ++n);
        r->SetIntValue("PROPOSAL_ID", a.proposal_id);
        r->SetIntValue("MODEL_ID", a.model_id);
        r->SetValue("TITLE", a.title);
        r->SetValue("KIND", cycle_ui::kind_label(ctx, a.kind));
        r->SetValue("PERSON_NAME", a.person_name);
        r->SetValue("FROM_NAME", a.from_name);
        r->SetValue("JUSTIFICATION", a.justification);
        if (a.outcome) {
            auto* o = r->AddSectionDictionary("HAS_OUTCOME");
            o->SetValue("OUTCOME", *a.outcome);
            o->SetValue("OUTCOME_LABEL", cycle_ui::state_label(ctx, *a.outcome));
            o->SetValue("REASON", a.reason.value_or(""));
            o->SetIntValue("FOR", a.votes_for.value_or(0));
            o->SetIntValue("AGAINST", a.votes_against.value_or(0));
            o->SetIntValue("ABSTAIN", a.votes_abstain.value_or(0));
        }
        if (open) {
            auto* f = r->AddSectionDictionary("DECIDE_ITEM");
            f->SetValue("PID", pid);
            std::string outcome = value(form, "outcome_" + pid);
            if (outcome == "recognised") f->ShowSection("RECOGNISED_CHECKED");
            if (outcome == "not_recognised") f->ShowSection("NOT_RECOGNISED_CHECKED");
            f->SetValue("FOR", value(form, "for_" + pid));
            f->SetValue("AGAINST", value(form, "against_" + pid));
            f->SetValue("ABSTAIN", value(form, "abstain_" + pid));
            f->SetValue("REASON", value(form, "reason_" + pid));
            if (auto it = form.item_errors.find(a.proposal_id); it != form.item_errors.end())
                f->SetValueAndShowSection("ERROR", it->second, "HAS_ERROR");
        }
    }
    if (open && !agenda.empty()) {
        auto* d = dict.AddSectionDictionary("DECISION_FORM");
        d->SetIntValue("ID", m.id);
        d->SetIntValue("VERSION", m.version);
        for (const char* k : {"number", "date", "signer_name", "signer_title"}) {
            std::string up = k;
            for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            d->SetValue(up, value(form, k));
            if (auto it = form.field_errors.find(k); it != form.field_errors.end())
                d->SetValueAndShowSection(up + "_ERROR", it->second, up + "_HAS_ERROR");
        }
    }
    if (open) {
        auto candidates = rs.candidates(m);
        if (!candidates.empty()) {
            auto* c = dict.AddSectionDictionary("CAN_ADD");
            c->SetIntValue("ID", m.id);
            c->SetIntValue("VERSION", m.version);
            for (const auto& p : candidates) {
                auto* r = c->AddSectionDictionary("CANDIDATE");
                r->SetIntValue("PROPOSAL_ID", p.id);
                r->SetValue("TITLE", p.model_title);
                r->SetValue("FROM_NAME", p.from_name);
                r->SetValue("KIND", cycle_ui::kind_label(ctx, p.model_kind));
            }
        } else {
            dict.ShowSection("NO_CANDIDATES");
        }
    }
}

store::Meeting meeting_or_404(const core::Request& req, core::Context& ctx)
{
    auto m = store::ReviewStore(ctx.db()).find(cycle_ui::scope_of(ctx), req.path_id("id"));
    if (!m) throw core::HttpError(404);
    return *m;
}

void render(const core::Request& req, core::Response& res, core::Context& ctx, const std::string& message,
            const DecideForm& form, int status)
{
    auto m = meeting_or_404(req, ctx);
    auto agenda = store::ReviewStore(ctx.db()).agenda(m.id);
    ctemplate::TemplateDictionary dict("reviews/view");
    fill_review_view(dict, ctx, m, agenda, message, form);
    res.set_status(status);
    res.render("reviews/view.tpl", dict, "T_CY_MEETING");
}

}  // namespace

// One meeting: details, agenda (with outcomes once decided), the agenda and decision forms while open.
void review_view_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render(req, res, ctx, "", {}, 200);
}

// Puts submitted proposals on an open meeting's agenda. Form: version, proposal_id (repeated).
void review_agenda_add(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto m = meeting_or_404(req, ctx);
    if (!may_run(ctx, m)) throw core::HttpError(403, "E_REV_NOT_RUNNER");
    if (m.decided()) return render(req, res, ctx, ctx.t("E_REV_LOCKED"), {}, 422);
    auto ids = cycle_ui::ids_of(req, "proposal_id");
    if (ids.empty()) return render(req, res, ctx, ctx.t("E_REV_NOTHING_SELECTED"), {}, 422);
    auto version = cycle_ui::to_int(req.form("version"));
    core::Transaction tx(ctx.db());
    int added = version ? store::ReviewStore(ctx.db()).add_to_agenda(m, static_cast<int>(*version), ids,
                                                                     cycle_ui::actor_of(req, ctx))
                        : -1;
    if (added < 0) return render(req, res, ctx, ctx.t("E_CY_CONFLICT"), {}, 409);
    if (added == 0) return render(req, res, ctx, ctx.t("E_REV_NOT_ADDABLE"), {}, 422);
    tx.commit();
    res.flash("F_CY_AGENDA_UPDATED");
    res.redirect("/reviews/" + std::to_string(m.id));
}

// Decides an open meeting: for every agenda item outcome_<id> (recognised | not_recognised),
// for_<id>, against_<id>, abstain_<id>, reason_<id>; and number, date, signer_name, signer_title of
// the decision recognising the accepted ones; version. Everything in one transaction.
void review_decide(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto m = meeting_or_404(req, ctx);
    if (!may_run(ctx, m)) throw core::HttpError(403, "E_REV_NOT_RUNNER");
    if (m.decided()) return render(req, res, ctx, ctx.t("E_REV_LOCKED"), {}, 422);
    DecideForm form;
    for (const auto& [k, v] : req.form_fields()) form.values[k] = v;
    store::ReviewStore rs(ctx.db());
    auto agenda = rs.agenda(m.id);
    if (agenda.empty()) return render(req, res, ctx, ctx.t("E_REV_AGENDA_EMPTY"), form, 422);
    int members = domain::count_members(m.members_present);
    std::vector<store::ItemOutcome> outcomes;
    bool any_recognised = false;
    for (const auto& a : agenda) {
        std::string pid = std::to_string(a.proposal_id);
        domain::OutcomeInput in{value(form, "outcome_" + pid), value(form, "reason_" + pid), value(form, "for_" + pid),
                                value(form, "against_" + pid), value(form, "abstain_" + pid)};
        auto c = domain::check_outcome(in, members);
        if (!c.error.empty()) form.item_errors[a.proposal_id] = ctx.t(c.error);
        any_recognised = any_recognised || c.outcome.recognised;
        outcomes.push_back({a.proposal_id, c.outcome});
    }
    std::optional<store::NewDecision> decision;
    if (any_recognised) {
        domain::DecisionInput d{domain::trim_text(value(form, "number")),
                                core::parse_date(domain::trim_text(value(form, "date"))).value_or(""),
                                domain::trim_text(value(form, "signer_name")), domain::trim_text(value(form, "signer_title"))};
        for (const auto& [field, key] : domain::check_decision(d)) form.field_errors[field] = ctx.t(key);
        if (form.field_errors.empty() && store::RecognitionStore(ctx.db()).decision_number_taken(m.unit_id, d.number))
            form.field_errors["number"] = ctx.t("E_REC_NUMBER_TAKEN");
        decision = store::NewDecision{m.unit_id, m.year, d.number, d.date, d.signer_name, d.signer_title, m.id};
    }
    if (!form.item_errors.empty() || !form.field_errors.empty())
        return render(req, res, ctx, ctx.t("E_REV_FORM_ERRORS"), form, 422);
    auto version = cycle_ui::to_int(req.form("version"));
    if (!version) return render(req, res, ctx, ctx.t("E_CY_CONFLICT"), form, 409);
    store::ReviewStore::DecideResult result;
    {
        core::Transaction tx(ctx.db());
        try {
            result = rs.decide(m, static_cast<int>(*version), outcomes, decision, cycle_ui::actor_of(req, ctx));
        } catch (const core::DbConflict& e) {
            if (!e.duplicate_key()) throw;
            result = store::ReviewStore::DecideResult::ItemsChanged;
        }
        if (result == store::ReviewStore::DecideResult::Decided) tx.commit();
    }
    if (result == store::ReviewStore::DecideResult::Conflict) {
        auto now = meeting_or_404(req, ctx);
        return render(req, res, ctx, ctx.t(now.decided() ? "E_REV_DECIDED_BY_OTHER" : "E_CY_CONFLICT"), form, 409);
    }
    if (result == store::ReviewStore::DecideResult::ItemsChanged)
        return render(req, res, ctx, ctx.t("E_REV_ITEMS_CHANGED"), form, 409);
    res.flash("F_CY_MEETING_DECIDED");
    res.redirect("/reviews/" + std::to_string(m.id));
}
