// The home page after sign-in, and the health check for load balancers.
#include <ctemplate/template.h>

#include "cgi-bin/account/pages.h"

namespace {

void fill_home(ctemplate::TemplateDictionary& dict, const core::SessionUser& user, const core::Context& ctx)
{
    dict.SetValue("USER_NAME", user.display_name);
    dict.SetValue("UNIT_NAME", user.unit_name);
    dict.SetValue("UNIT_CODE", user.unit_code);
    dict.SetValue("ROLE_LABEL", ctx.t("ROLE_" + user.role));
    // What needs the user's attention is filled in by the areas that own it; none yet.
    dict.ShowSection("NOTHING_PENDING");
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
