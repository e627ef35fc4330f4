// Editing a model (GET /models/{id}/edit, POST /models/{id}): while it is not decided by its unit's
// staff, afterwards by an admin only; a save over someone else's newer save is refused.
#include "cgi-bin/models/form.h"
#include "cgi-bin/models/pages.h"
#include "core/render.h"

namespace {

store::Model editable_model_or_error(const core::Request& req, core::Context& ctx)
{
    store::Model m = models_ui::model_or_404(req, ctx);
    if (!models_ui::may_edit(ctx, m)) throw core::HttpError(403, "E_MODEL_NOT_EDITABLE");
    return m;
}

}  // namespace

// The edit form with the stored values and the version they were read at.
void model_edit_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::Model m = editable_model_or_error(req, ctx);
    auto form = models_ui::form_from_model(m, ctx);
    form.admin_override = domain::model_is_decided(m.status);
    models_ui::render_model_form(res, ctx, form, 200);
}

// Saves an edit. Form: as for registering, plus version (the one the form was read at).
void model_update(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::Model m = editable_model_or_error(req, ctx);
    auto form = models_ui::read_model_form(req);
    form.model_id = m.id;
    form.action = "/models/" + std::to_string(m.id);
    if (!req.form("unit")) form.unit = std::to_string(m.unit_id);  // a form without the choice: unchanged
    form.admin_override = domain::model_is_decided(m.status);
    if (req.form("more_indicators")) return models_ui::render_model_form(res, ctx, form, 200, domain::kFormIndicatorRows);

    store::ModelStore models(ctx.db());
    auto v = domain::validate_model(form.input, models_ui::field_ids(models), core::parse_date);
    long long unit_id = 0;
    try {
        unit_id = std::stoll(form.unit);
    } catch (...) {
    }
    if (unit_id <= 0 || (unit_id != m.unit_id && !models_ui::may_write_unit(ctx, unit_id)))
        v.errors.push_back({"unit", "E_MODEL_UNIT", {}});
    int version = 0;
    try {
        version = std::stoi(form.version);
    } catch (...) {
    }
    if (!v.ok()) {
        form.errors = v.errors;
        return models_ui::render_model_form(res, ctx, form, 422);
    }
    v.draft.unit_id = unit_id;

    core::Transaction tx(ctx.db());
    if (!models.update(m, version, v.draft, models_ui::actor_of(req, ctx))) {
        // Someone saved first: keep this user's input, say so, and offer the newer version to
        // compare; saving again (with the newer version) is then a deliberate choice.
        form.notice_key = "E_MODEL_CONFLICT";
        form.version = std::to_string(m.version);
        return models_ui::render_model_form(res, ctx, form, 409);
    }
    tx.commit();
    res.flash("F_MODEL_SAVED");
    res.redirect("/models/" + std::to_string(m.id));
}
