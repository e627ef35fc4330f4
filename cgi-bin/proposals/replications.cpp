// GET /proposals/replications: where recognised models have been replicated (by units within the
// user's scope), with the form to record one; POST /proposals/replications records it.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/proposals/pages.h"
#include "domain/proposals.h"
#include "store/form_submission_store.h"
#include "store/replication_store.h"

namespace {

struct ReplicationForm {
    std::string model_id, unit, year, note, error;
};

void fill_replication_list(ctemplate::TemplateDictionary& dict, const std::vector<store::Replication>& rows,
                           const ReplicationForm& form, std::optional<int64_t> model_id)
{
    dict.SetValue("MODEL_ID", form.model_id);
    dict.SetValue("UNIT", form.unit);
    dict.SetValue("YEAR", form.year);
    dict.SetValue("NOTE", form.note);
    if (!form.error.empty()) dict.SetValueAndShowSection("ERROR", form.error, "HAS_ERROR");
    if (model_id) dict.AddSectionDictionary("FOR_MODEL")->SetIntValue("MODEL_ID", *model_id);
    if (rows.empty()) dict.ShowSection("EMPTY");
    int n = 0;
    for (const auto& x : rows) {
        auto* r = dict.AddSectionDictionary("ROW");
        r->SetIntValue("NO", ++n);
        r->SetIntValue("MODEL_ID", x.model_id);
        r->SetValue("TITLE", x.model_title);
        r->SetValue("MODEL_UNIT", x.model_unit_code);
        r->SetValue("UNIT_NAME", x.unit_name);
        r->SetIntValue("YEAR", x.year);
        r->SetValue("NOTE", x.note);
    }
}

void render(const core::Request& req, core::Response& res, core::Context& ctx, ReplicationForm form, int status)
{
    store::ReplicationStore rs(ctx.db());
    auto model_id = cycle_ui::to_int(req.query("model"));
    std::vector<store::Replication> rows;
    if (model_id) {
        // Replications of one recognised model (a recognised model is public by its decision); any
        // other model has none to show.
        if (rs.recognised_model_title(*model_id)) rows = rs.for_model(*model_id);
        if (form.model_id.empty()) form.model_id = std::to_string(*model_id);
    } else {
        rows = rs.list(cycle_ui::scope_of(ctx), std::nullopt);
    }
    if (form.unit.empty()) form.unit = ctx.user().unit_code;
    if (form.year.empty()) form.year = std::to_string(std::stoi(cycle_ui::today(ctx).substr(0, 4)));
    ctemplate::TemplateDictionary dict("proposals/replications");
    fill_replication_list(dict, rows, form, model_id);
    res.set_status(status);
    res.render("proposals/replications.tpl", dict, "T_CY_REPLICATIONS");
}

}  // namespace

// Replications within the user's scope, or of one model. Query: model (a recognised model's id).
void replication_list_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render(req, res, ctx, {}, 200);
}

// Records that a unit within the user's scope replicated a recognised model.
// Form: model_id, unit (code), year, note, form_nonce (sent twice: recorded once, led to the list).
void replication_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    ReplicationForm form{req.form("model_id").value_or(""), req.form("unit").value_or(""), req.form("year").value_or(""),
                         domain::trim_text(req.form("note").value_or("")), ""};
    auto fail = [&](const std::string& key) {
        form.error = ctx.t(key);
        render(req, res, ctx, form, 422);
    };
    store::ReplicationStore rs(ctx.db());
    auto model_id = cycle_ui::to_int(form.model_id);
    if (!model_id || !rs.recognised_model_title(*model_id)) return fail("E_REPL_MODEL_NOT_RECOGNISED");
    auto unit = store::RecognitionStore(ctx.db()).unit_by_code(form.unit);
    if (!unit || !store::unit_in_scope(ctx.db(), cycle_ui::scope_of(ctx), unit->id)) return fail("E_REPL_UNIT_OUT_OF_SCOPE");
    auto year = cycle_ui::to_int(form.year);
    if (!year || *year < 2000 || *year > 2100) return fail("E_CYCLE_YEAR_INVALID");
    if (form.note.size() > 1000) return fail("E_CYCLE_TEXT_TOO_LONG");
    auto saved = once.save("F_CY_REPLICATION_ADDED", [&]() -> std::optional<std::string> {
        try {
            rs.add(*model_id, unit->id, static_cast<int>(*year), form.note, cycle_ui::actor_of(req, ctx));
        } catch (const core::DbConflict& e) {
            if (!e.duplicate_key()) throw;
            fail("E_REPL_DUPLICATE");
            return std::nullopt;
        }
        return "/proposals/replications?model=" + std::to_string(*model_id);
    });
    if (!saved) return;  // the form was re-rendered with its error
    res.flash(saved->flash);
    res.redirect(saved->location);
}
