// Registering a model: the empty form (GET /models/new) and its submission (POST /models).
#include "cgi-bin/models/form.h"
#include "cgi-bin/models/pages.h"
#include "core/render.h"
#include "store/form_submission_store.h"

namespace {

// Whether the form was posted to add indicator rows rather than to save.
bool wants_more_rows(const core::Request& req) { return req.form("more_indicators").has_value(); }

}  // namespace

// The registration form for the current year and the user's unit. Query: none.
void model_new_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    models_ui::ModelFormView form;
    form.action = "/models";
    form.unit = std::to_string(ctx.user().unit_id);
    std::tm tm{};
    std::time_t now = ctx.now();
    localtime_r(&now, &tm);
    form.input.year = std::to_string(tm.tm_year + 1900);
    form.input.kind = domain::kCollective;
    models_ui::render_model_form(res, ctx, form, 200);
}

// Registers a model. Form: year, unit, title, kind, person_name, person_position, field, summary,
// content, start_date, indicator_{name,unit,target}_N (unit absent: the user's own unit);
// more_indicators re-renders with more rows.
void model_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    // The same form sent again (its answer was lost, or a double click) leads to what it made.
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    auto form = models_ui::read_model_form(req);
    form.action = "/models";
    if (!req.form("unit")) form.unit = std::to_string(ctx.user().unit_id);  // a form without the choice: own unit
    if (wants_more_rows(req)) return models_ui::render_model_form(res, ctx, form, 200, domain::kFormIndicatorRows);

    store::ModelStore models(ctx.db());
    auto v = domain::validate_model(form.input, models_ui::field_ids(models), core::parse_date);
    long long unit_id = 0;
    try {
        unit_id = std::stoll(form.unit);
    } catch (...) {
    }
    if (unit_id <= 0 || !models_ui::may_write_unit(ctx, unit_id)) v.errors.push_back({"unit", "E_MODEL_UNIT", {}});
    if (!v.ok()) {
        form.errors = v.errors;
        return models_ui::render_model_form(res, ctx, form, 422);
    }
    v.draft.unit_id = unit_id;
    auto saved = once.save("F_MODEL_CREATED", [&]() -> std::optional<std::string> {
        return "/models/" + std::to_string(models.create(v.draft, models_ui::actor_of(req, ctx)));
    });
    res.flash(saved->flash);
    res.redirect(saved->location);
}
