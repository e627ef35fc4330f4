// One campaign (/admin/campaigns/{id}): the directive, each year's schedule, and the deadline
// extensions on the record, with the forms that change them.
#include <ctemplate/template.h>

#include "cgi-bin/admin/pages.h"
#include "core/json.h"
#include "core/render.h"
#include "domain/campaigns.h"
#include "store/form_submission_store.h"

namespace {

// What the user typed into one of the page's forms, kept when it is refused.
struct CampaignInput {
    std::map<std::string, std::string> values;  // form field -> raw text
    bool has(const std::string& k) const { return values.count(k) > 0; }
    std::string get(const std::string& k, const std::string& fallback = "") const
    {
        auto it = values.find(k);
        return it == values.end() ? fallback : it->second;
    }
};

store::Campaign load_campaign(core::Context& ctx, const core::Request& req)
{
    auto c = store::CampaignStore(ctx.db()).find(req.path_id());
    if (!c) throw core::HttpError(404);
    return *c;
}

void fill_campaign(ctemplate::TemplateDictionary& dict, const store::Campaign& c, const CampaignInput& in,
                   core::Context& ctx)
{
    store::CampaignStore campaigns(ctx.db());
    auto levels = store::UnitStore(ctx.db()).levels();
    dict.SetIntValue("ID", c.id);
    dict.SetIntValue("VERSION", c.version);
    dict.SetValue("NUMBER", c.directive_number);
    dict.SetValue("TITLE_TEXT", c.title);
    dict.SetValue("BODY_TEXT", c.issuing_body);
    dict.SetIntValue("FROM_YEAR", c.start_year);
    dict.SetIntValue("TO_YEAR", c.end_year);
    if (c.is_current) dict.ShowSection("CURRENT");
    // The edit form, with what was typed when it was refused.
    dict.SetValue("DIRECTIVE_NUMBER", in.get("directive_number", c.directive_number));
    dict.SetValue("TITLE_VALUE", in.get("title", c.title));
    dict.SetValue("ISSUING_BODY", in.get("issuing_body", c.issuing_body));
    dict.SetValue("START_YEAR", in.get("start_year", std::to_string(c.start_year)));
    dict.SetValue("END_YEAR", in.get("end_year", std::to_string(c.end_year)));
    if (in.has("edit") ? in.get("is_current") == "1" : c.is_current) dict.ShowSection("IS_CURRENT");

    for (const auto& l : levels) {
        auto* head = dict.AddSectionDictionary("LEVEL_COL");
        head->SetValue("LEVEL_LABEL", ctx.t("ADM_LEVEL_" + l.code));
        auto* field = dict.AddSectionDictionary("RECOGNITION_FIELD");
        field->SetValue("LEVEL_CODE", l.code);
        field->SetValue("LEVEL_LABEL", ctx.t("ADM_LEVEL_" + l.code));
        field->SetValue("VALUE", in.get("recognition_" + l.code));
        auto* opt = dict.AddSectionDictionary("LEVEL_OPTION");
        opt->SetIntValue("VALUE", l.id);
        opt->SetValue("LABEL", ctx.t("ADM_LEVEL_" + l.code));
        if (in.get("level_id") == std::to_string(l.id)) opt->ShowSection("SELECTED");
    }
    auto years = campaigns.years(c.id);
    for (const auto& y : years) {
        auto* row = dict.AddSectionDictionary("YEAR");
        row->SetIntValue("YEAR_VALUE", y.schedule.year);
        row->SetValue("REGISTRATION", core::format_date(y.schedule.registration_deadline));
        row->SetValue("PROPOSAL", core::format_date(y.schedule.proposal_deadline));
        for (const auto& l : levels) {
            auto it = y.schedule.recognition_deadlines.find(l.code);
            auto* cell = row->AddSectionDictionary("RECOGNITION_CELL");
            cell->SetValue("DATE", it == y.schedule.recognition_deadlines.end() ? "—" : core::format_date(it->second));
        }
        auto* opt = dict.AddSectionDictionary("YEAR_OPTION");
        opt->SetIntValue("VALUE", y.schedule.year);
        if (in.get("ext_year") == std::to_string(y.schedule.year)) opt->ShowSection("SELECTED");
    }
    if (years.empty()) dict.ShowSection("NO_YEARS");
    else dict.ShowSection("HAS_YEARS");
    dict.SetValue("YEAR_INPUT", in.get("year"));
    dict.SetValue("REGISTRATION_INPUT", in.get("registration_deadline"));
    dict.SetValue("PROPOSAL_INPUT", in.get("proposal_deadline"));

    auto exts = campaigns.extensions(c.id);
    for (const auto& e : exts) {
        auto* row = dict.AddSectionDictionary("EXTENSION");
        row->SetIntValue("EXT_YEAR", e.year);
        row->SetValue("EXT_KIND", ctx.t("ADM_DEADLINE_" + e.kind));
        row->SetValue("EXT_LEVEL", e.level ? ctx.t("ADM_LEVEL_" + *e.level) : ctx.t("T_ADM_ALL_LEVELS"));
        if (e.unit_id) {
            auto* u = row->AddSectionDictionary("EXT_UNIT");
            u->SetIntValue("EXT_UNIT_ID", *e.unit_id);
            u->SetValue("EXT_UNIT_NAME", e.unit_name);
        } else {
            row->ShowSection("EXT_ALL_UNITS");
        }
        row->SetValue("EXT_DEADLINE", core::format_date(e.new_deadline));
        row->SetValue("EXT_REASON", e.reason);
        row->SetValue("EXT_BY", e.granted_by_name);
        row->SetValue("EXT_AT", core::format_datetime(e.granted_at));
    }
    if (exts.empty()) dict.ShowSection("NO_EXTENSIONS");
    for (const char* k : {"registration", "recognition", "proposal"}) {
        auto* opt = dict.AddSectionDictionary("KIND_OPTION");
        opt->SetValue("VALUE", k);
        opt->SetValue("LABEL", ctx.t(std::string("ADM_DEADLINE_") + k));
        if (in.get("kind") == k) opt->ShowSection("SELECTED");
    }
    std::optional<int64_t> unit;
    if (!in.get("unit_id").empty()) unit = std::stoll(in.get("unit_id"));
    admin::fill_unit_options(dict, "UNIT_OPTION", store::UnitStore(ctx.db()).list(), unit);
    dict.SetValue("NEW_DEADLINE", in.get("new_deadline"));
    dict.SetValue("REASON", in.get("reason"));
}

void render_campaign(core::Response& res, core::Context& ctx, const store::Campaign& c, const CampaignInput& in,
                     const admin::Errors& errors)
{
    ctemplate::TemplateDictionary dict("admin/campaign");
    admin::fill_admin_header(dict, ctx);
    fill_campaign(dict, c, in, ctx);
    admin::fill_errors(dict, errors, ctx);
    res.set_status(errors.empty() ? 200 : 422);
    res.render("admin/campaign.tpl", dict, "T_ADM_CAMPAIGN");
}

CampaignInput input_of(const core::Request& req, std::initializer_list<const char*> names)
{
    CampaignInput in;
    for (const char* n : names) in.values[n] = admin::form_text(req, n);
    return in;
}

void done(core::Response& res, int64_t id, const char* flash)
{
    res.flash(flash);
    res.redirect("/admin/campaigns/" + std::to_string(id));
}

}  // namespace

// The campaign, its yearly schedules and extensions.
void campaign_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render_campaign(res, ctx, load_campaign(ctx, req), {}, {});
}

// Edits the directive. Form: directive_number, title, issuing_body, start_year, end_year, is_current, version.
void campaign_update(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto c = load_campaign(ctx, req);
    int version = admin::form_version(req);
    auto in = input_of(req, {"directive_number", "title", "issuing_body", "start_year", "end_year", "is_current"});
    in.values["edit"] = "1";
    auto draft = admin::campaign_draft(req);
    auto errors = domain::check_campaign(draft);
    store::CampaignStore campaigns(ctx.db());
    if (errors.empty()) {
        // Years already scheduled must stay inside the campaign.
        for (const auto& y : campaigns.years(c.id)) {
            if (y.schedule.year < *draft.start_year) errors["start_year"] = "E_ADM_CAMPAIGN_YEARS_CUT";
            if (y.schedule.year > *draft.end_year) errors["end_year"] = "E_ADM_CAMPAIGN_YEARS_CUT";
        }
    }
    if (!errors.empty()) return render_campaign(res, ctx, c, in, errors);

    store::Campaign after = c;
    after.directive_number = draft.directive_number;
    after.title = draft.title;
    after.issuing_body = draft.issuing_body;
    after.start_year = *draft.start_year;
    after.end_year = *draft.end_year;
    after.version = version;
    core::Transaction tx(ctx.db());
    if (!campaigns.update(after)) admin::stale_form();
    if (in.get("is_current") == "1" && !c.is_current) campaigns.make_current(c.id);
    admin::audit(ctx, req, "campaign.update", "campaign", c.id, admin::campaign_json(c),
                 admin::campaign_json(*campaigns.find(c.id)));
    tx.commit();
    done(res, c.id, "F_ADM_CAMPAIGN_SAVED");
}

// Sets (or replaces) one year's schedule. Form: year, registration_deadline, proposal_deadline,
// recognition_<level code> for each level (empty: that level has no deadline).
void campaign_save_year(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto c = load_campaign(ctx, req);
    auto levels = store::UnitStore(ctx.db()).levels();
    CampaignInput in = input_of(req, {"year", "registration_deadline", "proposal_deadline"});
    domain::ScheduleDraft draft;
    if (auto y = admin::form_int(req, "year")) draft.year = static_cast<int>(*y);
    draft.registration_deadline = core::parse_date(in.get("registration_deadline"));
    draft.proposal_deadline = core::parse_date(in.get("proposal_deadline"));
    for (const auto& l : levels) {
        std::string text = admin::form_text(req, "recognition_" + l.code);
        in.values["recognition_" + l.code] = text;
        if (!text.empty()) draft.recognition_deadlines[l.code] = core::parse_date(text);
    }
    auto errors = domain::check_schedule(draft, c.start_year, c.end_year);
    if (draft.recognition_deadlines.empty()) errors["recognition"] = "E_ADM_RECOGNITION_REQUIRED";
    if (!errors.empty()) return render_campaign(res, ctx, c, in, errors);

    domain::YearSchedule s;
    s.year = *draft.year;
    s.registration_deadline = *draft.registration_deadline;
    s.proposal_deadline = *draft.proposal_deadline;
    std::vector<std::pair<int, std::string>> recognition;
    core::JsonObject after;
    after.add("year", s.year).add("registration_deadline", s.registration_deadline).add("proposal_deadline", s.proposal_deadline);
    for (const auto& l : levels) {
        auto it = draft.recognition_deadlines.find(l.code);
        if (it == draft.recognition_deadlines.end()) continue;
        recognition.emplace_back(l.id, *it->second);
        after.add("recognition_" + l.code, *it->second);
    }
    store::CampaignStore campaigns(ctx.db());
    auto before = campaigns.year(c.id, s.year);
    std::optional<std::string> before_json;
    if (before) {
        core::JsonObject b;
        b.add("year", before->schedule.year)
            .add("registration_deadline", before->schedule.registration_deadline)
            .add("proposal_deadline", before->schedule.proposal_deadline);
        for (const auto& [level, date] : before->schedule.recognition_deadlines) b.add("recognition_" + level, date);
        before_json = b.str();
    }
    core::Transaction tx(ctx.db());
    int64_t year_id;
    try {
        year_id = campaigns.save_year(c.id, s, recognition);
    } catch (const core::DbConflict& e) {
        if (!e.duplicate_key()) throw;
        return render_campaign(res, ctx, c, in, {{"year", "E_ADM_YEAR_IN_OTHER_CAMPAIGN"}});
    }
    admin::audit(ctx, req, before ? "campaign.year_update" : "campaign.year_create", "campaign_year", year_id,
                 before_json, after.str());
    tx.commit();
    done(res, c.id, "F_ADM_YEAR_SAVED");
}

// Extends a deadline, on the record. Form: ext_year, kind, level_id (recognition; empty: every level),
// unit_id (empty: every unit), new_deadline, reason, form_nonce (sent twice: one extension).
void campaign_add_extension(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto c = load_campaign(ctx, req);
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    CampaignInput in = input_of(req, {"ext_year", "kind", "level_id", "unit_id", "new_deadline", "reason"});
    store::CampaignStore campaigns(ctx.db());
    store::UnitStore units(ctx.db());
    admin::Errors errors;

    std::optional<store::CampaignYear> year;
    if (auto y = admin::form_int(req, "ext_year")) year = campaigns.year(c.id, static_cast<int>(*y));
    if (!year) errors["ext_year"] = "E_ADM_YEAR_NOT_SCHEDULED";
    std::optional<store::Unit> unit;
    if (!in.get("unit_id").empty()) {
        if (auto id = admin::form_int(req, "unit_id")) unit = units.find(*id);
        if (!unit) {
            errors["unit"] = "E_ADM_USER_UNIT_INVALID";
            in.values["unit_id"] = "";
        }
    }
    std::optional<store::Level> level;
    auto kind = domain::parse_deadline_kind(in.get("kind"));
    if (kind == domain::DeadlineKind::Recognition && !in.get("level_id").empty()) {
        if (auto id = admin::form_int(req, "level_id")) level = units.level(static_cast<int>(*id));
        if (!level) errors["level"] = "E_ADM_UNIT_LEVEL_REQUIRED";
    }
    // The deadline it replaces: for one unit, what holds for it now; for every unit, the schedule's.
    std::optional<std::string> current;
    if (year && kind && (*kind != domain::DeadlineKind::Recognition || level || unit)) {
        auto sched = campaigns.schedule_for(year->schedule.year);
        std::string lvl = level ? level->code : unit ? unit->level : "";
        if (sched) current = domain::effective_deadline(sched->first, sched->second, *kind, unit ? unit->id : -1, lvl);
    }
    domain::ExtensionDraft draft{kind, core::parse_date(in.get("new_deadline")), in.get("reason")};
    for (auto& [k, v] : domain::check_extension(draft, c.start_year, c.end_year, current)) errors.emplace(k, v);
    if (!errors.empty()) return render_campaign(res, ctx, c, in, errors);

    store::NewExtension e;
    e.campaign_year_id = year->id;
    e.kind = domain::deadline_kind_code(*kind);
    if (level) e.level_id = level->id;
    if (unit) e.unit_id = unit->id;
    e.new_deadline = *draft.new_deadline;
    e.reason = draft.reason;
    e.granted_by = ctx.user().id;
    auto saved = once.save("F_ADM_EXTENSION_ADDED", [&]() -> std::optional<std::string> {
        int64_t id = campaigns.add_extension(e);
        core::JsonObject after;
        after.add("year", year->schedule.year).add("kind", e.kind).add("new_deadline", e.new_deadline).add("reason", e.reason);
        after.add("previous_deadline", current);
        if (unit) after.add("unit", unit->code); else after.add_null("unit");
        if (level) after.add("level", level->code); else after.add_null("level");
        admin::audit(ctx, req, "campaign.extend_deadline", "deadline_extension", id, std::nullopt, after.str());
        return "/admin/campaigns/" + std::to_string(c.id);
    });
    res.flash(saved->flash);
    res.redirect(saved->location);
}
