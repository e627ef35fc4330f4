// Sign-in and sign-out: /login (form and submit) and /logout.
#include <ctemplate/template.h>
#include <unistd.h>

#include "cgi-bin/account/pages.h"
#include "core/crypto.h"
#include "core/json.h"
#include "domain/sign_in.h"
#include "store/audit_store.h"
#include "store/user_store.h"

namespace {

domain::ThrottlePolicy throttle_policy(const core::Config& c)
{
    domain::ThrottlePolicy p;
    p.max_delay_ms = static_cast<int>(c.get_int("DVK_LOGIN_MAX_DELAY_MS", p.max_delay_ms));
    p.lock_account_after = static_cast<int>(c.get_int("DVK_LOGIN_LOCK_ACCOUNT_AFTER", p.lock_account_after));
    p.lock_address_after = static_cast<int>(c.get_int("DVK_LOGIN_LOCK_ADDRESS_AFTER", p.lock_address_after));
    return p;
}

std::string next_target(const core::Request& req)
{
    auto next = req.form("next");
    if (!next) next = req.query("next");
    return next && core::is_safe_local_path(*next) ? *next : "/";
}

void fill_login_form(ctemplate::TemplateDictionary& dict, const std::string& login, const std::string& next,
                     const std::string& error)
{
    dict.SetValue("LOGIN", login);
    dict.SetValue("NEXT", next);
    if (!error.empty()) dict.SetValueAndShowSection("ERROR", error, "HAS_ERROR");
}

void render_login(core::Response& res, core::Context& ctx, const std::string& login, const std::string& next,
                  const std::string& error_key, int status)
{
    ctemplate::TemplateDictionary dict("account/login");
    fill_login_form(dict, login, next, error_key.empty() ? "" : ctx.t(error_key));
    res.set_status(status);
    res.render("account/login.tpl", dict, "T_SIGN_IN");
}

}  // namespace

// The sign-in form. Query: next (where to go afterwards), lang (vi|en, remembered in a cookie).
void login_form_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    if (ctx.signed_in()) return res.redirect(next_target(req));
    if (auto lang = req.query("lang")) {
        ctx.set_lang(core::Catalog::normalise_lang(*lang));
        res.set_cookie("dvk_lang", ctx.lang(), {true, 365L * 24 * 3600});
    }
    // The form's CSRF token needs a session; it is replaced by a fresh one on success.
    ctx.sessions().ensure(ctx.session(), res, req.remote_addr(), ctx.now());
    render_login(res, ctx, "", next_target(req), "", 200);
}

// Checks login and password. Form: login, password, next. Failures are slowed, then locked.
void login_submit(const core::Request& req, core::Response& res, core::Context& ctx)
{
    std::string login = req.form("login").value_or("");
    std::string password = req.form("password").value_or("");
    std::string next = next_target(req);
    for (char& c : login) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (login.empty() || password.empty()) return render_login(res, ctx, login, next, "E_LOGIN_REQUIRED", 422);

    auto policy = throttle_policy(ctx.config());
    std::time_t since = ctx.now() - policy.window_minutes * 60;
    store::LoginAttemptStore attempts(ctx.db());
    auto decision = domain::throttle(attempts.failures_for_login(login, since),
                                     attempts.failures_from_address(req.remote_addr(), since), policy);

    store::UserStore users(ctx.db());
    auto cred = users.credentials(login);
    bool ok = !decision.locked && cred && cred->active && core::verify_password(cred->password_hash, password);

    core::Transaction tx(ctx.db());
    attempts.record(login, req.remote_addr(), ok, ctx.now());
    store::AuditEntry audit;
    audit.user_id = cred ? std::optional<int64_t>(cred->id) : std::nullopt;
    audit.remote_addr = req.remote_addr();
    audit.entity = "user";
    audit.entity_id = audit.user_id;
    audit.action = ok ? "user.sign_in" : decision.locked ? "user.sign_in_locked" : "user.sign_in_failed";
    audit.after_json = core::JsonObject().add("login", login).str();
    store::AuditStore(ctx.db()).append(audit);
    if (ok) ctx.sessions().sign_in(ctx.session(), res, cred->id, req.remote_addr(), ctx.now());
    tx.commit();

    if (!ok) {
        // Slowing every failure makes guessing expensive without telling the guesser anything.
        if (decision.delay_ms > 0) usleep(static_cast<useconds_t>(decision.delay_ms) * 1000);
        return render_login(res, ctx, login, next, decision.locked ? "E_LOGIN_LOCKED" : "E_LOGIN_FAILED",
                            decision.locked ? 429 : 422);
    }
    res.redirect(next);
}

// Ends the session on the server and clears the cookie.
void logout_submit(const core::Request& req, core::Response& res, core::Context& ctx)
{
    if (ctx.signed_in()) {
        core::Transaction tx(ctx.db());
        store::AuditStore(ctx.db()).append({ctx.user().id, req.remote_addr(), "user.sign_out", "user", ctx.user().id, {}, {}});
        ctx.sessions().sign_out(ctx.session(), res);
        tx.commit();
    }
    res.flash("F_SIGNED_OUT");
    res.redirect("/login");
}
