// Recognition at a unit's own level: GET /recognitions/new (the unit's models of a year, with what
// each needs), POST /recognitions/considered (mark models considered), POST /recognitions (the
// decision — number, date, signer — and the models it recognises, in one step).
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"
#include "domain/recognition.h"
#include "store/form_submission_store.h"

namespace {

struct RecognitionForm {
    std::string number, date, signer_name, signer_title;
    std::vector<int64_t> selected;
    std::map<std::string, std::string> errors;
    std::string message;
};

void fill_recognition_new(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::UnitInfo& unit, int year,
                          const std::vector<store::CandidateModel>& models, const RecognitionForm& form)
{
    dict.SetIntValue("UNIT_ID", unit.id);
    dict.SetValue("UNIT_NAME", unit.name);
    dict.SetValue("UNIT_CODE", unit.code);
    dict.SetValue("LEVEL", cycle_ui::level_label(ctx, unit.level_code));
    dict.SetIntValue("YEAR", year);
    dict.SetValue("NUMBER", form.number);
    dict.SetValue("DATE", form.date);
    dict.SetValue("SIGNER_NAME", form.signer_name);
    dict.SetValue("SIGNER_TITLE", form.signer_title);
    if (!form.message.empty()) dict.SetValueAndShowSection("MESSAGE", form.message, "HAS_MESSAGE");
    for (const auto& [field, msg] : form.errors) dict.SetValueAndShowSection(field + "_ERROR", msg, field + "_HAS_ERROR");
    int considered = 0, recognised = 0;
    if (models.empty()) dict.ShowSection("EMPTY");
    for (const auto& m : models) {
        auto* r = dict.AddSectionDictionary("MODEL");
        r->SetIntValue("ID", m.id);
        r->SetValue("TITLE", m.title);
        r->SetValue("PERSON_NAME", m.person_name);
        r->SetValue("KIND", cycle_ui::kind_label(ctx, m.kind));
        r->SetValue("STATUS", cycle_ui::model_status_label(ctx, m.status));
        r->SetValue("RATING", m.rating ? cycle_ui::rating_label(ctx, *m.rating) : ctx.t("T_CY_NOT_EVALUATED"));
        if (m.considered) {
            r->ShowSection("CONSIDERED");
            ++considered;
        }
        if (m.recognised) {
            r->SetValueAndShowSection("DECISION", m.decision_number, "RECOGNISED");
            ++recognised;
            continue;
        }
        domain::ModelFacts f{m.unit_id, m.year, m.status, m.rating, m.recognised};
        std::string refusal = domain::recognise_refusal(f, unit.id);
        if (refusal.empty()) {
            auto* c = r->AddSectionDictionary("ELIGIBLE");
            c->SetIntValue("ID", m.id);
            if (std::find(form.selected.begin(), form.selected.end(), m.id) != form.selected.end()) c->ShowSection("CHECKED");
        } else {
            r->SetValueAndShowSection("WHY_NOT", ctx.t(refusal), "NOT_ELIGIBLE");
        }
        if (!m.considered) r->AddSectionDictionary("CAN_CONSIDER")->SetIntValue("ID", m.id);
    }
    dict.SetIntValue("TOTAL", static_cast<long>(models.size()));
    dict.SetIntValue("CONSIDERED_COUNT", considered);
    dict.SetIntValue("RECOGNISED_COUNT", recognised);
}

void render(const core::Request& req, core::Response& res, core::Context& ctx, const RecognitionForm& form, int status)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    if (!domain::may_act_for_unit(cycle_ui::role_of(ctx), ctx.user().unit_id, unit.id))
        throw core::HttpError(403, "E_REC_NOT_HEAD");
    int year = cycle_ui::year_of(req, ctx);
    auto models = store::RecognitionStore(ctx.db()).candidates(cycle_ui::scope_of(ctx), unit.id, year);
    ctemplate::TemplateDictionary dict("recognitions/new");
    fill_recognition_new(dict, ctx, unit, year, models, form);
    res.set_status(status);
    res.render("recognitions/new.tpl", dict, "T_CY_RECOGNISE");
}

}  // namespace

// The unit's own models of a year with rating, considered and recognised; the decision form.
// Query: year (default: the cycle year), unit (admins; default: the user's unit).
void recognition_new_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render(req, res, ctx, {}, 200);
}

// Marks models of the unit as considered for recognition. Form: unit, year, considered_id (repeated).
void recognition_considered(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    if (!domain::may_act_for_unit(cycle_ui::role_of(ctx), ctx.user().unit_id, unit.id))
        throw core::HttpError(403, "E_REC_NOT_HEAD");
    int year = cycle_ui::year_of(req, ctx);
    auto ids = cycle_ui::ids_of(req, "considered_id");
    store::RecognitionStore rs(ctx.db());
    RecognitionForm form;
    if (ids.empty()) {
        form.message = ctx.t("E_REC_NO_MODELS");
        return render(req, res, ctx, form, 422);
    }
    for (int64_t id : ids) {
        auto f = rs.facts(id);
        if (!f || f->unit_id != unit.id || f->year != year) {
            form.message = ctx.t("E_REC_NOT_OWN_MODEL");
            return render(req, res, ctx, form, 422);
        }
    }
    core::Transaction tx(ctx.db());
    rs.mark_considered(unit.id, ids, cycle_ui::actor_of(req, ctx));
    tx.commit();
    res.flash("F_CY_CONSIDERED");
    res.redirect("/recognitions/new?year=" + std::to_string(year) + "&unit=" + unit.code);
}

// Records the unit's recognition decision and the models it recognises, at the unit's own level.
// Form: unit, year, number, date, signer_name, signer_title, model_id (repeated), form_nonce (sent
// twice: one decision, and the second send is led to the page instead of "number taken").
void recognition_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    if (!domain::may_act_for_unit(cycle_ui::role_of(ctx), ctx.user().unit_id, unit.id))
        throw core::HttpError(403, "E_REC_NOT_HEAD");
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    int year = cycle_ui::year_of(req, ctx);
    RecognitionForm form{req.form("number").value_or(""), req.form("date").value_or(""),
                         req.form("signer_name").value_or(""), req.form("signer_title").value_or(""),
                         cycle_ui::ids_of(req, "model_id"), {}, ""};
    domain::DecisionInput d{domain::trim_text(form.number), core::parse_date(domain::trim_text(form.date)).value_or(""),
                            domain::trim_text(form.signer_name), domain::trim_text(form.signer_title)};
    for (const auto& [field, key] : domain::check_decision(d)) {
        std::string up = field;
        for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        form.errors[up] = ctx.t(key);
    }
    store::RecognitionStore rs(ctx.db());
    if (form.errors.empty() && rs.decision_number_taken(unit.id, d.number)) form.errors["NUMBER"] = ctx.t("E_REC_NUMBER_TAKEN");
    if (form.selected.empty()) form.message = ctx.t("E_REC_NO_MODELS");
    if (!form.errors.empty() || !form.message.empty()) return render(req, res, ctx, form, 422);

    auto saved = once.save("F_CY_RECOGNISED", [&]() -> std::optional<std::string> {
        for (int64_t id : form.selected) {
            auto f = rs.facts(id, true);
            std::string refusal = !f ? "E_REC_NOT_OWN_MODEL" : f->year != year ? "E_REC_WRONG_YEAR" : domain::recognise_refusal(*f, unit.id);
            if (!refusal.empty()) {
                form.message = ctx.t(refusal) + " (#" + std::to_string(id) + ")";
                render(req, res, ctx, form, 422);
                return std::nullopt;
            }
        }
        try {
            rs.record_decision({unit.id, year, d.number, d.date, d.signer_name, d.signer_title, std::nullopt},
                               form.selected, cycle_ui::actor_of(req, ctx));
        } catch (const core::DbConflict& e) {
            if (!e.duplicate_key()) throw;
            form.message = ctx.t("E_REC_ALREADY");
            render(req, res, ctx, form, 409);
            return std::nullopt;
        }
        return "/recognitions/new?year=" + std::to_string(year) + "&unit=" + unit.code;
    });
    if (!saved) return;  // the form was re-rendered with its error
    res.flash(saved->flash);
    res.redirect(saved->location);
}
