// GET /proposals/follow-ups: models rated low and what is being done about them (open first);
// POST /proposals/follow-ups/{id}/close: closes one with a note.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/proposals/pages.h"
#include "store/evaluation_store.h"

namespace {

void fill_follow_up_list(ctemplate::TemplateDictionary& dict, core::Context& ctx, const std::vector<store::FollowUp>& rows,
                         bool all, int64_t error_id, const std::string& error)
{
    if (all) dict.ShowSection("SHOWING_ALL");
    else dict.ShowSection("SHOWING_OPEN");
    if (rows.empty()) dict.ShowSection("EMPTY");
    int n = 0;
    for (const auto& f : rows) {
        auto* r = dict.AddSectionDictionary("ROW");
        r->SetIntValue("NO", ++n);
        r->SetIntValue("ID", f.id);
        r->SetIntValue("MODEL_ID", f.model_id);
        r->SetIntValue("YEAR", f.model_year);
        r->SetValue("TITLE", f.model_title);
        r->SetValue("UNIT_NAME", f.unit_name);
        r->SetValue("ACTION", f.action);
        r->SetValue("DUE", cycle_ui::date(f.due_date));
        if (f.open()) {
            auto* c = r->AddSectionDictionary("OPEN");
            c->SetIntValue("ID", f.id);
            c->SetIntValue("VERSION", f.version);
            if (f.id == error_id) c->SetValueAndShowSection("ERROR", error, "HAS_ERROR");
            if (f.due_date < cycle_ui::today(ctx)) r->ShowSection("OVERDUE");
        } else {
            auto* c = r->AddSectionDictionary("CLOSED");
            c->SetValue("CLOSED_AT", cycle_ui::datetime(f.closed_at));
            c->SetValue("CLOSED_BY", f.closed_by_name);
            c->SetValue("NOTE", f.closing_note.value_or(""));
        }
    }
}

void render(const core::Request& req, core::Response& res, core::Context& ctx, int64_t error_id, const std::string& error,
            int status)
{
    bool all = req.query("all").value_or("") == "1";
    std::optional<int> year;
    if (auto y = cycle_ui::to_int(req.query("year")); y && *y >= 2000 && *y <= 2100) year = static_cast<int>(*y);
    auto rows = store::EvaluationStore(ctx.db()).follow_ups(cycle_ui::scope_of(ctx), !all, year);
    ctemplate::TemplateDictionary dict("proposals/follow_ups");
    fill_follow_up_list(dict, ctx, rows, all, error_id, error);
    res.set_status(status);
    res.render("proposals/follow_ups.tpl", dict, "T_CY_FOLLOW_UPS");
}

}  // namespace

// The follow-up list within the user's scope. Query: all=1 (closed ones too), year (the models').
void follow_up_list_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render(req, res, ctx, 0, "", 200);
}

// Closes an open follow-up. Form: version, note (required).
void follow_up_close(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::EvaluationStore es(ctx.db());
    auto f = es.follow_up(cycle_ui::scope_of(ctx), req.path_id("id"));
    if (!f) throw core::HttpError(404);
    std::string note = domain::trim_text(req.form("note").value_or(""));
    if (auto problem = domain::check_closing_note(note); !problem.empty())
        return render(req, res, ctx, f->id, ctx.t(problem), 422);
    auto version = cycle_ui::to_int(req.form("version"));
    core::Transaction tx(ctx.db());
    if (!f->open() || !version || !es.close_follow_up(*f, static_cast<int>(*version), note, cycle_ui::actor_of(req, ctx)))
        return render(req, res, ctx, f->id, ctx.t("E_CY_CONFLICT"), 409);
    tx.commit();
    res.flash("F_CY_FOLLOW_UP_CLOSED");
    res.redirect("/proposals/follow-ups");
}
