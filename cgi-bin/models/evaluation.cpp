// The year-end evaluation of a model (recognition cycle, issue 5): GET /models/{id}/evaluation shows
// the form — achieved value per indicator, rating, comment, and the follow-up for a low rating —
// and POST /models/{id}/evaluation saves it (model registered -> evaluated) in one transaction.
#include <ctemplate/template.h>

#include "cgi-bin/models/pages.h"
#include "cgi-bin/proposals/cycle_ui.h"
#include "domain/evaluation.h"
#include "store/evaluation_store.h"

namespace {

struct EvaluationForm {
    std::map<std::string, std::string> values;  // as typed
    std::map<std::string, std::string> errors;  // field -> message
    std::string message;
};

std::string value(const EvaluationForm& f, const std::string& k, const std::string& fallback = "")
{
    auto it = f.values.find(k);
    return it == f.values.end() ? fallback : it->second;
}

void fill_model_evaluation(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::EvalModel& m,
                           const std::optional<store::Evaluation>& e, const EvaluationForm& form, bool may)
{
    dict.SetIntValue("ID", m.id);
    dict.SetValue("TITLE", m.title);
    dict.SetIntValue("YEAR", m.year);
    dict.SetValue("UNIT_NAME", m.unit_name);
    dict.SetValue("STATUS", cycle_ui::model_status_label(ctx, m.status));
    dict.SetValue("VERSION", e ? std::to_string(e->version) : "");
    if (!form.message.empty()) dict.SetValueAndShowSection("MESSAGE", form.message, "HAS_MESSAGE");
    if (e) {
        auto* s = dict.AddSectionDictionary("EVALUATED");
        s->SetValue("BY", e->evaluated_by_name);
        s->SetValue("AT", core::format_datetime(e->evaluated_at));
        s->SetValue("RATING_LABEL", cycle_ui::rating_label(ctx, e->rating));
    }
    std::string rating = value(form, "rating", e ? e->rating : "");
    for (const auto& r : domain::evaluation_ratings()) {
        auto* o = dict.AddSectionDictionary("RATING");
        o->SetValue("CODE", r);
        o->SetValue("LABEL", cycle_ui::rating_label(ctx, r));
        if (r == rating) o->ShowSection("SELECTED");
    }
    dict.SetValue("COMMENT", value(form, "comment", e ? e->comment : ""));
    for (const auto& i : m.indicators) {
        auto* r = dict.AddSectionDictionary("INDICATOR");
        std::string pos = std::to_string(i.position);
        r->SetValue("POS", pos);
        r->SetValue("NAME", i.name);
        r->SetValue("UNIT", i.unit_of_measure);
        r->SetValue("TARGET", domain::trim_decimal(i.target));
        r->SetValue("ACHIEVED", value(form, "achieved_" + pos, i.achieved ? domain::trim_decimal(*i.achieved) : ""));
        if (auto it = form.errors.find("achieved." + pos); it != form.errors.end())
            r->SetValueAndShowSection("ERROR", it->second, "HAS_ERROR");
    }
    if (m.indicators.empty()) dict.ShowSection("NO_INDICATORS");
    dict.SetValue("FOLLOW_UP_UNIT", value(form, "follow_up_unit", m.unit_code));
    dict.SetValue("FOLLOW_UP_ACTION", value(form, "follow_up_action"));
    dict.SetValue("FOLLOW_UP_DUE", value(form, "follow_up_due"));
    for (const auto& [field, msg] : form.errors) {
        std::string up = field;
        for (auto& c : up) c = c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        dict.SetValueAndShowSection(up + "_ERROR", msg, up + "_HAS_ERROR");
    }
    if (may) dict.ShowSection("CAN_EVALUATE");
    else dict.ShowSection("READ_ONLY");
}

bool may_evaluate(core::Context& ctx, const store::EvalModel& m)
{
    bool in_subtree = store::unit_in_scope(ctx.db(), cycle_ui::scope_of(ctx), m.unit_id);
    return domain::may_evaluate(cycle_ui::role_of(ctx), in_subtree, m.status);
}

store::EvalModel model_or_404(const core::Request& req, core::Context& ctx)
{
    auto m = store::EvaluationStore(ctx.db()).model(cycle_ui::scope_of(ctx), req.path_id("id"));
    if (!m) throw core::HttpError(404);
    return *m;
}

void render(const core::Request& req, core::Response& res, core::Context& ctx, const EvaluationForm& form, int status)
{
    auto m = model_or_404(req, ctx);
    auto e = store::EvaluationStore(ctx.db()).find(m.id);
    ctemplate::TemplateDictionary dict("models/evaluation");
    fill_model_evaluation(dict, ctx, m, e, form, may_evaluate(ctx, m));
    res.set_status(status);
    res.render("models/evaluation.tpl", dict, "T_CY_EVALUATION");
}

}  // namespace

// The evaluation of one model within the user's scope (read-only once the model is decided).
void model_evaluation_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render(req, res, ctx, {}, 200);
}

// Saves the evaluation. Form: version (of the evaluation, empty for the first), rating, comment,
// achieved_<position> per indicator, and for a low rating follow_up_unit (code), follow_up_action,
// follow_up_due (dd/mm/yyyy).
void model_evaluation_save(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto m = model_or_404(req, ctx);
    if (!may_evaluate(ctx, m)) throw core::HttpError(403, "E_EVAL_NOT_ALLOWED");
    EvaluationForm form;
    for (const auto& [k, v] : req.form_fields()) form.values[k] = v;
    domain::EvaluationInput in;
    in.rating = value(form, "rating");
    in.comment = value(form, "comment");
    for (const auto& i : m.indicators) in.achieved[i.position] = value(form, "achieved_" + std::to_string(i.position));
    std::string unit_code = domain::trim_text(value(form, "follow_up_unit"));
    std::optional<store::UnitInfo> unit;
    if (!unit_code.empty()) unit = store::RecognitionStore(ctx.db()).unit_by_code(unit_code);
    bool unit_ok = unit && (unit->id == m.unit_id || store::unit_in_scope(ctx.db(), cycle_ui::scope_of(ctx), unit->id));
    in.follow_up_unit = unit_ok ? std::to_string(unit->id) : "";
    in.follow_up_action = value(form, "follow_up_action");
    in.follow_up_due = core::parse_date(domain::trim_text(value(form, "follow_up_due"))).value_or("");
    auto check = domain::check_evaluation(in);
    for (const auto& [field, key] : check.errors) form.errors[field] = ctx.t(key);
    if (!check.ok()) {
        form.message = ctx.t("E_CY_FORM_ERRORS");
        return render(req, res, ctx, form, 422);
    }
    std::optional<int> version;
    if (auto v = cycle_ui::to_int(req.form("version"))) version = static_cast<int>(*v);
    core::Transaction tx(ctx.db());
    if (!store::EvaluationStore(ctx.db()).save(m, check.draft, version, cycle_ui::actor_of(req, ctx))) {
        form.message = ctx.t("E_CY_CONFLICT");
        return render(req, res, ctx, form, 409);
    }
    tx.commit();
    res.flash(check.draft.follow_up ? "F_CY_EVALUATED_FOLLOW_UP" : "F_CY_EVALUATED");
    res.redirect("/models/" + std::to_string(m.id) + "/evaluation");
}
