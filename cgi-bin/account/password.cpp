// Changing one's own password (also forced after an administrator's reset) and language.
#include <ctemplate/template.h>

#include "cgi-bin/account/pages.h"
#include "core/crypto.h"
#include "core/json.h"
#include "domain/sign_in.h"
#include "store/audit_store.h"
#include "store/session_store.h"
#include "store/user_store.h"

namespace {

void render_password_form(core::Response& res, core::Context& ctx, const std::string& field, const std::string& error_key,
                          int status)
{
    ctemplate::TemplateDictionary dict("account/password");
    if (!error_key.empty()) dict.SetValueAndShowSection(field + "_ERROR", ctx.t(error_key), field + "_HAS_ERROR");
    if (ctx.user().must_change_password) dict.ShowSection("MUST_CHANGE");
    res.set_status(status);
    res.render("account/password.tpl", dict, "T_CHANGE_PASSWORD");
}

}  // namespace

// The change-password form.
void password_form_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    render_password_form(res, ctx, "", "", 200);
}

// Form: current_password, new_password, confirm_password. Other sessions of the user end.
void password_submit(const core::Request& req, core::Response& res, core::Context& ctx)
{
    const auto& user = ctx.user();
    std::string current = req.form("current_password").value_or("");
    std::string fresh = req.form("new_password").value_or("");
    std::string confirm = req.form("confirm_password").value_or("");

    store::UserStore users(ctx.db());
    auto cred = users.credentials(user.login);
    if (!cred || !core::verify_password(cred->password_hash, current))
        return render_password_form(res, ctx, "CURRENT", "E_PASSWORD_WRONG", 422);
    if (auto problem = domain::check_new_password(user.login, fresh, confirm); !problem.empty())
        return render_password_form(res, ctx, "NEW", problem, 422);
    if (fresh == current) return render_password_form(res, ctx, "NEW", "E_PASSWORD_SAME", 422);

    std::string hash = core::hash_password(fresh);
    core::Transaction tx(ctx.db());
    users.set_password(user.id, hash, false);
    store::SessionStore(ctx.db()).destroy_for_user(user.id, ctx.session().token_hash);
    store::AuditStore(ctx.db()).append({user.id, req.remote_addr(), "user.password_change", "user", user.id, {}, {}});
    tx.commit();
    res.flash("F_PASSWORD_CHANGED");
    res.redirect("/");
}

// Form: lang (vi|en). The choice is kept on the user's account.
void language_submit(const core::Request& req, core::Response& res, core::Context& ctx)
{
    const auto& user = ctx.user();
    std::string lang = core::Catalog::normalise_lang(req.form("lang").value_or("vi"));
    core::Transaction tx(ctx.db());
    store::UserStore(ctx.db()).set_lang(user.id, lang);
    store::AuditStore(ctx.db()).append({user.id, req.remote_addr(), "user.language", "user", user.id,
                                        core::JsonObject().add("lang", user.lang).str(),
                                        core::JsonObject().add("lang", lang).str()});
    tx.commit();
    res.set_cookie("dvk_lang", lang, {true, 365L * 24 * 3600});
    std::string back = req.form("back").value_or("/");
    res.redirect(core::is_safe_local_path(back) ? back : "/");
}
