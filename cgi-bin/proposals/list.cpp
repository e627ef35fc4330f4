// GET /proposals: a unit's outbox to its parent (with the deadline and the form for a new draft)
// and, for a unit with children, its inbox by child unit. POST /proposals: a new draft.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/proposals/pages.h"
#include "domain/proposals.h"
#include "domain/recognition.h"
#include "store/form_submission_store.h"

namespace {

void fill_proposal_list(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::UnitInfo& unit, int year,
                        const ListForm& form)
{
    store::ProposalStore ps(ctx.db());
    auto scope = cycle_ui::scope_of(ctx);
    auto role = cycle_ui::role_of(ctx);
    dict.SetValue("UNIT_NAME", unit.name);
    dict.SetValue("UNIT_CODE", unit.code);
    dict.SetIntValue("UNIT_ID", unit.id);
    dict.SetIntValue("YEAR", year);
    if (!form.error.empty()) dict.SetValueAndShowSection("ERROR", form.error, "HAS_ERROR");

    if (unit.parent_id) {
        auto* out = dict.AddSectionDictionary("OUTBOX");
        out->SetValue("PARENT_NAME", unit.parent_name);
        out->SetIntValue("PARENT_ID", *unit.parent_id);
        auto deadline = ps.proposal_deadline(unit.id, year);
        if (deadline) {
            out->SetValueAndShowSection("DEADLINE", cycle_ui::date(*deadline), "HAS_DEADLINE");
            if (domain::proposal_deadline_passed(deadline, cycle_ui::today(ctx))) out->ShowSection("DEADLINE_PASSED");
        } else {
            out->ShowSection("NO_DEADLINE");
        }
        if (domain::may_act_for_unit(role, ctx.user().unit_id, unit.id)) {
            auto models = ps.proposable(scope, unit.id, year);
            if (models.empty()) out->ShowSection("NOTHING_TO_PROPOSE");
            else {
                auto* f = out->AddSectionDictionary("CAN_PROPOSE");
                f->SetValue("JUSTIFICATION", form.justification);
                for (const auto& m : models) {
                    auto* o = f->AddSectionDictionary("MODEL");
                    o->SetIntValue("ID", m.id);
                    o->SetValue("TITLE", m.title + (m.person_name.empty() ? "" : " — " + m.person_name));
                    if (std::to_string(m.id) == form.model_id) o->ShowSection("SELECTED");
                }
            }
        }
        auto rows = ps.outbox(scope, unit.id, year);
        if (rows.empty()) out->ShowSection("OUT_EMPTY");
        for (const auto& p : rows) {
            auto* r = out->AddSectionDictionary("OUT");
            r->SetIntValue("ID", p.id);
            r->SetValue("TITLE", p.model_title);
            r->SetValue("KIND", cycle_ui::kind_label(ctx, p.model_kind));
            r->SetValue("STATE", domain::proposal_state_code(p.state));
            r->SetValue("STATE_LABEL", cycle_ui::state_label(ctx, domain::proposal_state_code(p.state)));
            r->SetValue("SUBMITTED_AT", cycle_ui::datetime(p.submitted_at));
            r->SetValue("NOTE", p.return_reason && p.state == domain::ProposalState::Returned ? *p.return_reason
                                                                                              : p.outcome_reason.value_or(""));
        }
    }

    auto children = ps.inbox_by_unit(unit.id, year);
    if (!children.empty()) {
        auto* in = dict.AddSectionDictionary("INBOX");
        int heard = 0;
        for (const auto& c : children) {
            auto* r = in->AddSectionDictionary("CHILD");
            r->SetValue("CODE", c.code);
            r->SetValue("NAME", c.name);
            r->SetIntValue("SUBMITTED", c.submitted);
            r->SetIntValue("RETURNED", c.returned);
            r->SetIntValue("RECOGNISED", c.recognised);
            r->SetIntValue("NOT_RECOGNISED", c.not_recognised);
            r->SetIntValue("TOTAL", c.total());
            r->SetValue("DEADLINE", c.deadline ? cycle_ui::date(*c.deadline) : "");
            if (c.total() == 0) r->ShowSection("SILENT");
            else ++heard;
        }
        in->SetIntValue("HEARD", heard);
        in->SetIntValue("CHILDREN", static_cast<long>(children.size()));
        auto rows = ps.inbox(scope, unit.id, year);
        if (rows.empty()) in->ShowSection("IN_EMPTY");
        for (const auto& p : rows) {
            auto* r = in->AddSectionDictionary("IN");
            r->SetIntValue("ID", p.id);
            r->SetValue("FROM_NAME", p.from_name);
            r->SetValue("TITLE", p.model_title);
            r->SetValue("KIND", cycle_ui::kind_label(ctx, p.model_kind));
            r->SetValue("STATE", domain::proposal_state_code(p.state));
            r->SetValue("STATE_LABEL", cycle_ui::state_label(ctx, domain::proposal_state_code(p.state)));
            r->SetValue("SUBMITTED_AT", cycle_ui::datetime(p.submitted_at));
            if (p.meeting_id) r->AddSectionDictionary("ON_AGENDA")->SetIntValue("MEETING_ID", *p.meeting_id);
        }
    }
}

}  // namespace

void render_proposal_list(const core::Request& req, core::Response& res, core::Context& ctx, const ListForm& form, int status)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    int year = cycle_ui::year_of(req, ctx);
    ctemplate::TemplateDictionary dict("proposals/list");
    fill_proposal_list(dict, ctx, unit, year, form);
    res.set_status(status);
    res.render("proposals/list.tpl", dict, "T_CY_PROPOSALS");
}

// The unit's outbox and inbox for a year. Query: year (default: the cycle year), unit (id or code,
// within the user's scope; default: the user's unit).
void proposal_list_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render_proposal_list(req, res, ctx, {}, 200);
}

// A new draft from one of the unit's own recognised models to its parent unit.
// Form: unit, year, model_id, to_unit (the parent), justification, form_nonce (sent twice: one draft).
void proposal_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    ListForm form{req.form("model_id").value_or(""), req.form("justification").value_or(""), ""};
    auto fail = [&](const std::string& key, int status) {
        form.error = ctx.t(key);
        render_proposal_list(req, res, ctx, form, status);
    };
    if (!domain::may_act_for_unit(cycle_ui::role_of(ctx), ctx.user().unit_id, unit.id))
        return fail("E_PROP_NOT_YOUR_UNIT", 403);
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    store::RecognitionStore rs(ctx.db());
    auto model_id = cycle_ui::to_int(form.model_id);
    auto facts = model_id ? rs.facts(*model_id) : std::nullopt;
    if (!facts || !store::unit_in_scope(ctx.db(), cycle_ui::scope_of(ctx), facts->unit_id))
        return fail("E_PROP_MODEL_REQUIRED", 422);
    auto to_unit = cycle_ui::to_int(req.form("to_unit")).value_or(unit.parent_id.value_or(0));
    if (auto refusal = domain::propose_refusal(*facts, unit.id, to_unit, unit.parent_id); !refusal.empty())
        return fail(refusal, 422);
    if (auto problem = domain::check_justification(form.justification); !problem.empty()) return fail(problem, 422);
    auto saved = once.save("F_CY_PROPOSAL_CREATED", [&]() -> std::optional<std::string> {
        try {
            return "/proposals/" + std::to_string(store::ProposalStore(ctx.db()).create(
                                       *model_id, unit.id, to_unit, facts->year, domain::trim_text(form.justification),
                                       cycle_ui::actor_of(req, ctx)));
        } catch (const core::DbConflict& e) {
            if (!e.duplicate_key()) throw;
            fail("E_PROP_DUPLICATE", 422);
            return std::nullopt;
        }
    });
    if (!saved) return;  // the form was re-rendered with its error
    res.flash(saved->flash);
    res.redirect(saved->location);
}
