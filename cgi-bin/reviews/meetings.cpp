// GET /reviews: the review meetings within the user's scope, with the form for a new one;
// POST /reviews creates one for a receiving unit.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"
#include "domain/recognition.h"
#include "store/form_submission_store.h"
#include "store/review_store.h"

namespace {

struct MeetingForm {
    std::string year, date, place, members;
    std::map<std::string, std::string> errors;  // field -> message
};

void fill_review_list(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::UnitInfo& unit,
                      const std::vector<store::Meeting>& meetings, const MeetingForm& form)
{
    dict.SetValue("UNIT_NAME", unit.name);
    dict.SetValue("UNIT_CODE", unit.code);
    if (meetings.empty()) dict.ShowSection("EMPTY");
    for (const auto& m : meetings) {
        auto* r = dict.AddSectionDictionary("MEETING");
        r->SetIntValue("ID", m.id);
        r->SetValue("DATE", cycle_ui::date(m.date));
        r->SetIntValue("YEAR", m.year);
        r->SetValue("UNIT_NAME", m.unit_name);
        r->SetValue("PLACE", m.place);
        r->SetIntValue("ITEMS", m.items);
        r->SetValue("STATE", m.state);
        r->SetValue("STATE_LABEL", cycle_ui::label(ctx, "T_CY_MEETING_", m.state));
        r->SetValue("DECISION", m.decision_number);
    }
    if (domain::may_run_meetings(cycle_ui::role_of(ctx), ctx.user().unit_id, unit.id)) {
        auto* f = dict.AddSectionDictionary("CAN_CREATE");
        f->SetIntValue("UNIT_ID", unit.id);
        f->SetValue("YEAR", form.year);
        f->SetValue("DATE", form.date);
        f->SetValue("PLACE", form.place);
        f->SetValue("MEMBERS", form.members);
        for (const auto& [field, msg] : form.errors) f->SetValueAndShowSection(field + "_ERROR", msg, field + "_HAS_ERROR");
    }
}

void render(const core::Request& req, core::Response& res, core::Context& ctx, MeetingForm form, int status)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    auto meetings = store::ReviewStore(ctx.db()).list(cycle_ui::scope_of(ctx), std::nullopt);
    if (form.year.empty()) form.year = std::to_string(cycle_ui::year_of(req, ctx));
    ctemplate::TemplateDictionary dict("reviews/list");
    fill_review_list(dict, ctx, unit, meetings, form);
    res.set_status(status);
    res.render("reviews/list.tpl", dict, "T_CY_REVIEWS");
}

}  // namespace

// Review meetings within scope, newest first. Query: unit (whose meeting the form creates).
void review_list_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render(req, res, ctx, {}, 200);
}

// A new meeting of a receiving unit. Form: unit, year, date, place, members_present, form_nonce
// (sent twice: one meeting).
void review_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto unit = cycle_ui::unit_of(req, ctx);
    if (!domain::may_run_meetings(cycle_ui::role_of(ctx), ctx.user().unit_id, unit.id))
        throw core::HttpError(403, "E_REV_NOT_RUNNER");
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    MeetingForm form{req.form("year").value_or(""), req.form("date").value_or(""), req.form("place").value_or(""),
                     req.form("members_present").value_or(""), {}};
    auto year = cycle_ui::to_int(form.year);
    if (!year || *year < 2000 || *year > 2100) form.errors["YEAR"] = ctx.t("E_CYCLE_YEAR_INVALID");
    auto date = core::parse_date(domain::trim_text(form.date));
    if (!date) form.errors["DATE"] = ctx.t("E_CYCLE_DATE_INVALID");
    std::string place = domain::trim_text(form.place), members = domain::trim_text(form.members);
    if (place.empty()) form.errors["PLACE"] = ctx.t("E_CYCLE_FIELD_REQUIRED");
    else if (place.size() > 255) form.errors["PLACE"] = ctx.t("E_CYCLE_TEXT_TOO_LONG");
    if (domain::count_members(members) == 0) form.errors["MEMBERS"] = ctx.t("E_REV_MEMBERS_REQUIRED");
    else if (members.size() > 4000) form.errors["MEMBERS"] = ctx.t("E_CYCLE_TEXT_TOO_LONG");
    if (!form.errors.empty()) return render(req, res, ctx, form, 422);
    auto saved = once.save("F_CY_MEETING_CREATED", [&]() -> std::optional<std::string> {
        return "/reviews/" + std::to_string(store::ReviewStore(ctx.db()).create(
                                 {unit.id, static_cast<int>(*year), *date, place, members}, cycle_ui::actor_of(req, ctx)));
    });
    res.flash(saved->flash);
    res.redirect(saved->location);
}
