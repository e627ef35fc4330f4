// Campaigns (directives): the list (/admin/campaigns) and a new campaign (/admin/campaigns/new).
#include <ctemplate/template.h>

#include "cgi-bin/admin/pages.h"
#include "domain/campaigns.h"
#include "store/form_submission_store.h"

namespace {

struct CampaignForm {
    std::string directive_number, title, issuing_body, start_year, end_year;
    bool is_current = false;
};

void render_new_campaign(core::Response& res, core::Context& ctx, const CampaignForm& f, const admin::Errors& errors)
{
    ctemplate::TemplateDictionary dict("admin/campaign_new");
    admin::fill_admin_header(dict, ctx);
    dict.SetValue("DIRECTIVE_NUMBER", f.directive_number);
    dict.SetValue("TITLE_VALUE", f.title);
    dict.SetValue("ISSUING_BODY", f.issuing_body);
    dict.SetValue("START_YEAR", f.start_year);
    dict.SetValue("END_YEAR", f.end_year);
    if (f.is_current) dict.ShowSection("IS_CURRENT");
    admin::fill_errors(dict, errors, ctx);
    res.set_status(errors.empty() ? 200 : 422);
    res.render("admin/campaign_new.tpl", dict, "T_ADM_CAMPAIGN_NEW");
}

}  // namespace

namespace admin {

domain::CampaignDraft campaign_draft(const core::Request& req)
{
    domain::CampaignDraft d;
    d.directive_number = form_text(req, "directive_number");
    d.title = form_text(req, "title");
    d.issuing_body = form_text(req, "issuing_body");
    if (auto y = form_int(req, "start_year")) d.start_year = static_cast<int>(*y);
    if (auto y = form_int(req, "end_year")) d.end_year = static_cast<int>(*y);
    return d;
}

}  // namespace admin

// Every campaign, newest first, the current one marked.
void campaign_list_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    ctemplate::TemplateDictionary dict("admin/campaigns");
    admin::fill_admin_header(dict, ctx);
    auto campaigns = store::CampaignStore(ctx.db()).list();
    for (const auto& c : campaigns) {
        auto* row = dict.AddSectionDictionary("CAMPAIGN");
        row->SetIntValue("ID", c.id);
        row->SetValue("DIRECTIVE_NUMBER", c.directive_number);
        row->SetValue("TITLE_VALUE", c.title);
        row->SetValue("ISSUING_BODY", c.issuing_body);
        row->SetIntValue("START_YEAR", c.start_year);
        row->SetIntValue("END_YEAR", c.end_year);
        if (c.is_current) row->ShowSection("CURRENT");
    }
    if (campaigns.empty()) dict.ShowSection("NO_CAMPAIGNS");
    res.render("admin/campaigns.tpl", dict, "T_ADM_CAMPAIGNS");
}

// The form for a new campaign.
void campaign_new_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    render_new_campaign(res, ctx, {}, {});
}

// Creates a campaign. Form: directive_number, title, issuing_body, start_year, end_year, is_current,
// form_nonce (sent twice: one campaign).
void campaign_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    CampaignForm f{admin::form_text(req, "directive_number"), admin::form_text(req, "title"),
                   admin::form_text(req, "issuing_body"),     admin::form_text(req, "start_year"),
                   admin::form_text(req, "end_year"),         admin::form_text(req, "is_current") == "1"};
    auto draft = admin::campaign_draft(req);
    auto errors = domain::check_campaign(draft);
    if (!errors.empty()) return render_new_campaign(res, ctx, f, errors);

    store::CampaignStore campaigns(ctx.db());
    store::Campaign c;
    c.directive_number = draft.directive_number;
    c.title = draft.title;
    c.issuing_body = draft.issuing_body;
    c.start_year = *draft.start_year;
    c.end_year = *draft.end_year;
    auto saved = once.save("F_ADM_CAMPAIGN_CREATED", [&]() -> std::optional<std::string> {
        c.id = campaigns.create(c);
        if (f.is_current) campaigns.make_current(c.id);
        admin::audit(ctx, req, "campaign.create", "campaign", c.id, std::nullopt,
                     admin::campaign_json(*campaigns.find(c.id)));
        return "/admin/campaigns/" + std::to_string(c.id);
    });
    res.flash(saved->flash);
    res.redirect(saved->location);
}
