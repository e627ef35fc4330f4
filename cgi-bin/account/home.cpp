// The home page after sign-in, and the health check for load balancers.
#include <ctemplate/template.h>

#include "cgi-bin/account/pages.h"
#include "domain/scope.h"
#include "store/attention_store.h"
#include "store/recognition_store.h"
#include "store/campaign_store.h"

namespace {

// The recognition cycle's pending work for the user's role and unit (store::AttentionStore), as
// links in the ATTENTION list. Returns whether anything was listed.
bool fill_attention(ctemplate::TemplateDictionary& dict, const core::SessionUser& user, core::Context& ctx)
{
    auto scope = domain::scope_for(user.role, user.unit_id);
    std::string today = store::make_actor(user.id, "", ctx.now()).today();
    bool head = user.role == "unit_head", commission = user.role == "commission_staff" || user.role == "admin";
    auto a = store::AttentionStore(ctx.db()).for_user(scope, user.unit_id, today, {head, head || commission});
    std::string year = std::to_string(a.year);
    std::vector<std::pair<std::string, std::string>> items;  // text, link
    auto add = [&](int n, const char* key, const std::string& href) {
        if (n > 0) items.push_back({ctx.t(key, {std::to_string(n)}), href});
    };
    if (user.role == "unit_staff" || head) add(a.models_to_evaluate, "T_CY_ATT_TO_EVALUATE", "/models?status=registered");
    if (head) {
        add(a.models_awaiting_recognition, "T_CY_ATT_AWAITING_RECOGNITION", "/recognitions/new?year=" + year);
        add(a.proposable_models, "T_CY_ATT_PROPOSABLE", "/proposals?year=" + year);
        add(a.proposals_draft, "T_CY_ATT_DRAFTS", "/proposals?year=" + year);
        add(a.proposals_returned, "T_CY_ATT_RETURNED", "/proposals?year=" + year);
    }
    if (head || commission) {
        add(a.proposals_waiting_meeting, "T_CY_ATT_WAITING_MEETING", "/reviews");
        add(a.open_meetings, "T_CY_ATT_OPEN_MEETINGS", "/reviews");
        if (a.children_silent > 0)
            items.push_back({ctx.t("T_CY_ATT_SILENT_UNITS", {std::to_string(a.children_silent), std::to_string(a.children), year}),
                             "/proposals?year=" + year});
    }
    add(a.open_follow_ups, "T_CY_ATT_FOLLOW_UPS", "/proposals/follow-ups");
    for (size_t i = 0; i < a.deadlines.size() && i < 3; ++i) {
        const auto& d = a.deadlines[i];
        items.push_back({ctx.t("T_CY_ATT_DEADLINE_" + d.kind, {core::format_date(d.date), std::to_string(d.year)}),
                         d.kind == "proposal" ? "/proposals?year=" + std::to_string(d.year) : "/models"});
    }
    if (items.empty()) return false;
    auto* list = dict.AddSectionDictionary("ATTENTION");
    for (const auto& [text, href] : items) {
        auto* item = list->AddSectionDictionary("ITEM");
        item->SetValue("TEXT", text);
        item->SetValue("HREF", href);
    }
    return true;
}

void fill_home(ctemplate::TemplateDictionary& dict, const core::SessionUser& user, core::Context& ctx)
{
    dict.SetValue("USER_NAME", user.display_name);
    dict.SetValue("UNIT_NAME", user.unit_name);
    dict.SetValue("UNIT_CODE", user.unit_code);
    dict.SetValue("ROLE_LABEL", ctx.t("ROLE_" + user.role));
    if (auto c = store::CampaignStore(ctx.db()).current()) {
        auto* line = dict.AddSectionDictionary("CAMPAIGN");
        line->SetValue("CAMPAIGN_NUMBER", c->campaign.directive_number);
        line->SetIntValue("CAMPAIGN_YEAR", c->year_now(ctx.now()));
    }
    // What needs the user's attention: the recognition cycle's pending work (fill_attention).
    if (!fill_attention(dict, user, ctx)) dict.ShowSection("NOTHING_PENDING");
}

}  // namespace

// The signed-in user's unit, role and what needs their attention.
void home_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    ctemplate::TemplateDictionary dict("account/home");
    fill_home(dict, ctx.user(), ctx);
    res.render("account/home.tpl", dict, "T_HOME");
}

// 200 "ok" when this program and its database answer, 503 otherwise. Plain text, no session.
void healthz_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    bool db_ok = ctx.db().ping();
    if (!db_ok) ctx.db().disconnect();
    res.set_status(db_ok ? 200 : 503);
    res.set_content_type("text/plain; charset=utf-8");
    res.set_body(db_ok ? "ok\n" : "database unavailable\n");
}
