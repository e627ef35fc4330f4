// GET /proposals/{id}: one proposal, what the user may do with it now, and its history; and the moves
// POST /proposals/{id}/submit (also resubmit after fixing), /withdraw, /return.
#include <ctemplate/template.h>

#include <functional>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/proposals/pages.h"
#include "domain/recognition.h"
#include "store/audit_store.h"

namespace {

using domain::ProposalAction;

domain::ProposalTransition allowed(core::Context& ctx, const store::Proposal& p, ProposalAction a)
{
    bool receiver = a == ProposalAction::Return || a == ProposalAction::Recognise || a == ProposalAction::NotRecognise;
    auto rel = domain::proposal_relation(cycle_ui::role_of(ctx), ctx.user().unit_id, p.from_unit_id, p.to_unit_id, receiver);
    return domain::proposal_transition(p.state, a, rel);
}

void fill_proposal_view(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::Proposal& p,
                        const std::string& message)
{
    dict.SetIntValue("ID", p.id);
    dict.SetIntValue("VERSION", p.version);
    dict.SetIntValue("MODEL_ID", p.model_id);
    dict.SetValue("TITLE", p.model_title);
    dict.SetValue("KIND", cycle_ui::kind_label(ctx, p.model_kind));
    if (!p.person_name.empty()) dict.SetValueAndShowSection("PERSON_NAME", p.person_name, "HAS_PERSON");
    dict.SetValue("FROM_NAME", p.from_name);
    dict.SetValue("TO_NAME", p.to_name);
    dict.SetIntValue("YEAR", p.year);
    dict.SetValue("STATE", domain::proposal_state_code(p.state));
    dict.SetValue("STATE_LABEL", cycle_ui::state_label(ctx, domain::proposal_state_code(p.state)));
    dict.SetValue("JUSTIFICATION", p.justification);
    dict.SetValue("CREATED_AT", core::format_datetime(p.created_at));
    if (p.submitted_at) dict.SetValueAndShowSection("SUBMITTED_AT", cycle_ui::datetime(p.submitted_at), "HAS_SUBMITTED");
    if (p.decided_at) dict.SetValueAndShowSection("DECIDED_AT", cycle_ui::datetime(p.decided_at), "HAS_DECIDED");
    if (p.return_reason && p.state == domain::ProposalState::Returned)
        dict.SetValueAndShowSection("RETURN_REASON", *p.return_reason, "HAS_RETURN_REASON");
    if (p.outcome_reason) dict.SetValueAndShowSection("OUTCOME_REASON", *p.outcome_reason, "HAS_OUTCOME_REASON");
    if (p.meeting_id) dict.AddSectionDictionary("ON_AGENDA")->SetIntValue("MEETING_ID", *p.meeting_id);
    if (!message.empty()) dict.SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");

    if (allowed(ctx, p, ProposalAction::Submit).allowed()) {
        auto* s = dict.AddSectionDictionary("CAN_SUBMIT");
        s->SetIntValue("ID", p.id);
        s->SetIntValue("VERSION", p.version);
        s->SetValue("JUSTIFICATION", p.justification);
        auto deadline = store::ProposalStore(ctx.db()).proposal_deadline(p.from_unit_id, p.year);
        if (deadline) s->SetValueAndShowSection("DEADLINE", cycle_ui::date(*deadline), "HAS_DEADLINE");
    }
    if (allowed(ctx, p, ProposalAction::Withdraw).allowed()) {
        auto* s = dict.AddSectionDictionary("CAN_WITHDRAW");
        s->SetIntValue("ID", p.id);
        s->SetIntValue("VERSION", p.version);
    }
    if (allowed(ctx, p, ProposalAction::Return).allowed()) {
        auto* s = dict.AddSectionDictionary("CAN_RETURN");
        s->SetIntValue("ID", p.id);
        s->SetIntValue("VERSION", p.version);
    }
    for (const auto& e : store::AuditStore(ctx.db()).for_entity("proposal", p.id)) {
        auto* r = dict.AddSectionDictionary("EVENT");
        r->SetValue("AT", core::format_datetime(e.at));
        r->SetValue("WHO", e.user_name);
        r->SetValue("WHAT", cycle_ui::label(ctx, "T_CY_AUDIT_", e.action));
    }
}

store::Proposal proposal_or_404(const core::Request& req, core::Context& ctx)
{
    auto p = store::ProposalStore(ctx.db()).find(cycle_ui::scope_of(ctx), req.path_id("id"));
    if (!p) throw core::HttpError(404);
    return *p;
}

int refusal_status(const std::string& key)
{
    return key == "E_PROP_NOT_YOURS" || key == "E_PROP_SENDER_ONLY" || key == "E_PROP_RECEIVER_ONLY" ? 403 : 422;
}

// The common part of every move: the rule, the version the form saw, then the write.
void move(const core::Request& req, core::Response& res, core::Context& ctx, ProposalAction action,
          const std::function<bool(const store::Proposal&, std::string& message, int& status)>& extra,
          const std::optional<std::string>& reason, const std::optional<std::string>& justification,
          const std::string& flash)
{
    auto p = proposal_or_404(req, ctx);
    auto t = allowed(ctx, p, action);
    if (!t.allowed()) return render_proposal_view(res, ctx, p, ctx.t(t.refusal), refusal_status(t.refusal));
    if (cycle_ui::to_int(req.form("version")) != static_cast<long long>(p.version))
        return render_proposal_view(res, ctx, p, ctx.t("E_CY_CONFLICT"), 409);
    std::string message;
    int status = 422;
    if (!extra(p, message, status)) return render_proposal_view(res, ctx, p, message, status);
    core::Transaction tx(ctx.db());
    if (!store::ProposalStore(ctx.db()).move(p, *t.to, reason, justification, cycle_ui::actor_of(req, ctx),
                                             "proposal." + domain::proposal_action_code(action))) {
        auto now = proposal_or_404(req, ctx);
        return render_proposal_view(res, ctx, now, ctx.t("E_CY_CONFLICT"), 409);
    }
    tx.commit();
    res.flash(flash);
    res.redirect("/proposals/" + std::to_string(p.id));
}

}  // namespace

void render_proposal_view(core::Response& res, core::Context& ctx, const store::Proposal& p, const std::string& message,
                          int status)
{
    ctemplate::TemplateDictionary dict("proposals/view");
    fill_proposal_view(dict, ctx, p, message);
    res.set_status(status);
    res.render("proposals/view.tpl", dict, "T_CY_PROPOSAL");
}

// One proposal: its model, units, state, reasons, the moves the user may make, its history.
void proposal_view_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render_proposal_view(res, ctx, proposal_or_404(req, ctx), "", 200);
}

// Submits a draft, or resubmits a returned proposal, before the proposal deadline (extensions
// counted). Form: version, justification (optional: the fixed text).
void proposal_submit(const core::Request& req, core::Response& res, core::Context& ctx)
{
    std::optional<std::string> justification;
    if (auto j = req.form("justification"); j && !domain::trim_text(*j).empty()) justification = domain::trim_text(*j);
    auto check = [&](const store::Proposal& p, std::string& message, int&) {
        if (justification) {
            if (auto problem = domain::check_justification(*justification); !problem.empty()) {
                message = ctx.t(problem);
                return false;
            }
        }
        store::RecognitionStore rs(ctx.db());
        auto facts = rs.facts(p.model_id);
        auto from = rs.unit(p.from_unit_id);
        if (!facts || !from) throw core::HttpError(404);
        if (auto refusal = domain::propose_refusal(*facts, p.from_unit_id, p.to_unit_id, from->parent_id); !refusal.empty()) {
            message = ctx.t(refusal);
            return false;
        }
        auto deadline = store::ProposalStore(ctx.db()).proposal_deadline(p.from_unit_id, p.year);
        if (domain::proposal_deadline_passed(deadline, cycle_ui::today(ctx))) {
            message = ctx.t("E_PROP_DEADLINE_PASSED", {cycle_ui::date(*deadline)});
            return false;
        }
        return true;
    };
    move(req, res, ctx, ProposalAction::Submit, check, std::nullopt, justification, "F_CY_PROPOSAL_SUBMITTED");
}

// Withdraws a proposal not yet decided. Form: version.
void proposal_withdraw(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto ok = [](const store::Proposal&, std::string&, int&) { return true; };
    move(req, res, ctx, ProposalAction::Withdraw, ok, std::nullopt, std::nullopt, "F_CY_PROPOSAL_WITHDRAWN");
}

// The receiving unit returns a submitted proposal for fixing. Form: version, reason (required).
void proposal_return(const core::Request& req, core::Response& res, core::Context& ctx)
{
    std::string reason = domain::trim_text(req.form("reason").value_or(""));
    auto check = [&](const store::Proposal& p, std::string& message, int&) {
        if (auto problem = domain::check_reason(reason); !problem.empty()) {
            message = ctx.t(problem);
            return false;
        }
        (void)p;  // on an open meeting's agenda: the move takes it off
        return true;
    };
    move(req, res, ctx, ProposalAction::Return, check, reason, std::nullopt, "F_CY_PROPOSAL_RETURNED");
}
