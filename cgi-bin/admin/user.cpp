// One account (/admin/users/{id}): edit, deactivate or reactivate, reset the password. Outside the
// manager's reach an account does not exist (404). The last active admin can never be locked out.
#include <ctemplate/template.h>

#include "cgi-bin/admin/pages.h"
#include "core/crypto.h"
#include "domain/sign_in.h"
#include "domain/units.h"
#include "store/session_store.h"

namespace {

struct UserInput {
    std::string display_name, role, lang;
    std::optional<int64_t> unit_id;
};

store::User load_user(core::Context& ctx, const core::Request& req)
{
    auto u = store::UserStore(ctx.db()).find_managed(admin::scope(ctx), req.path_id());
    if (!u) throw core::HttpError(404);
    return *u;
}

void render_user(core::Response& res, core::Context& ctx, const store::User& u, const UserInput& input,
                 const admin::Errors& errors)
{
    ctemplate::TemplateDictionary dict("admin/user");
    admin::fill_admin_header(dict, ctx);
    dict.SetIntValue("ID", u.id);
    dict.SetIntValue("VERSION", u.version);
    dict.SetValue("LOGIN_VALUE", u.login);
    dict.SetValue("NAME", u.display_name);
    dict.SetValue("ROLE_NAME", ctx.t("ROLE_" + u.role));
    dict.SetIntValue("UNIT_ID", u.unit_id);
    dict.SetValue("UNIT_NAME", u.unit_name);
    dict.SetValue("UNIT_CODE", u.unit_code);
    dict.SetValue("STATE", ctx.t(u.active ? "T_ADM_ACTIVE" : "T_ADM_INACTIVE"));
    if (u.must_change_password) dict.ShowSection("MUST_CHANGE");
    if (ctx.user().role == "admin") dict.ShowSection("UNIT_LINK");
    else dict.ShowSection("UNIT_TEXT");
    dict.ShowSection(u.active ? "CAN_DEACTIVATE" : "CAN_REACTIVATE");
    dict.SetValue("DISPLAY_NAME", input.display_name.empty() ? u.display_name : input.display_name);
    std::string role = input.role.empty() ? u.role : input.role;
    for (const auto& r : domain::assignable_roles(admin::scope(ctx))) {
        auto* o = dict.AddSectionDictionary("ROLE_OPTION");
        o->SetValue("VALUE", r);
        o->SetValue("LABEL", ctx.t("ROLE_" + r));
        if (r == role) o->ShowSection("SELECTED");
    }
    std::string lang = input.lang.empty() ? u.lang : input.lang;
    for (const char* l : {"vi", "en"}) {
        auto* o = dict.AddSectionDictionary("LANG_OPTION");
        o->SetValue("VALUE", l);
        o->SetValue("LABEL", std::string(l) == "vi" ? "Tiếng Việt" : "English");
        if (lang == l) o->ShowSection("SELECTED");
    }
    store::UnitStore units(ctx.db());
    std::vector<store::Unit> choices;
    if (ctx.user().role == "admin") choices = units.list();
    else if (auto own = units.find(ctx.user().unit_id)) choices.push_back(*own);
    admin::fill_unit_options(dict, "UNIT_OPTION", choices, input.unit_id ? input.unit_id : u.unit_id);
    admin::fill_errors(dict, errors, ctx);
    res.set_status(errors.empty() ? 200 : 422);
    res.render("admin/user.tpl", dict, "T_ADM_USER");
}

// The last-admin rule, checked with the admins' rows locked inside the caller's transaction.
std::string admin_kept(core::Context& ctx, const store::User& before, const std::string& role_after, bool active_after)
{
    int admins = store::UserStore(ctx.db()).count_active_admins_for_update();
    return domain::check_admin_kept(admins, before.role, before.active, role_after, active_after);
}

void done(core::Response& res, int64_t id, const char* flash)
{
    res.flash(flash);
    res.redirect("/admin/users/" + std::to_string(id));
}

}  // namespace

// The account, with its edit, activation and password-reset forms.
void user_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render_user(res, ctx, load_user(ctx, req), {}, {});
}

// Edits an account. Form: display_name, role, unit_id, lang, version.
void user_update(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto u = load_user(ctx, req);
    int version = admin::form_version(req);
    UserInput in;
    in.display_name = admin::form_text(req, "display_name");
    in.role = admin::form_text(req, "role");
    in.lang = admin::form_text(req, "lang");
    if (auto id = admin::form_int(req, "unit_id")) in.unit_id = *id;
    auto errors = admin::check_user_fields(ctx, in.display_name, in.role, in.unit_id, in.lang);
    if (!errors.empty()) return render_user(res, ctx, u, in, errors);

    store::UserStore users(ctx.db());
    core::Transaction tx(ctx.db());
    if (auto e = admin_kept(ctx, u, in.role, u.active); !e.empty()) return render_user(res, ctx, u, in, {{"role", e}});
    if (!users.update_managed(admin::scope(ctx), u.id, version, {in.display_name, in.role, in.lang, *in.unit_id}))
        admin::stale_form();
    admin::audit(ctx, req, "user.update", "user", u.id, admin::user_json(u), admin::user_json(*users.find(u.id)));
    tx.commit();
    done(res, u.id, "F_ADM_USER_SAVED");
}

// Deactivates (active=0: every session ends) or reactivates (active=1) an account. Form: active, version.
void user_set_active(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto u = load_user(ctx, req);
    int version = admin::form_version(req);
    bool active = admin::form_text(req, "active") == "1";
    store::UserStore users(ctx.db());
    core::Transaction tx(ctx.db());
    if (auto e = admin_kept(ctx, u, u.role, active); !e.empty()) return render_user(res, ctx, u, {}, {{"active", e}});
    if (!users.set_active_managed(admin::scope(ctx), u.id, version, active)) admin::stale_form();
    if (!active) store::SessionStore(ctx.db()).destroy_for_user(u.id);
    admin::audit(ctx, req, active ? "user.reactivate" : "user.deactivate", "user", u.id, admin::user_json(u),
                 admin::user_json(*users.find(u.id)));
    tx.commit();
    done(res, u.id, active ? "F_ADM_USER_REACTIVATED" : "F_ADM_USER_DEACTIVATED");
}

// Sets a temporary password the user must change at next sign-in; every session of the user ends.
// Form: password, version.
void user_reset_password(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto u = load_user(ctx, req);
    int version = admin::form_version(req);
    std::string password = req.form("password").value_or("");
    if (auto p = domain::check_new_password(u.login, password, password); !p.empty())
        return render_user(res, ctx, u, {}, {{"password", p}});

    std::string hash = core::hash_password(password);
    store::UserStore users(ctx.db());
    core::Transaction tx(ctx.db());
    if (!users.reset_password_managed(admin::scope(ctx), u.id, version, hash)) admin::stale_form();
    store::SessionStore(ctx.db()).destroy_for_user(u.id);
    admin::audit(ctx, req, "user.password_reset", "user", u.id, admin::user_json(u), admin::user_json(*users.find(u.id)));
    tx.commit();
    if (u.id == ctx.user().id) {
        // The admin reset their own password: their session has just ended too.
        res.redirect("/login");
        return;
    }
    done(res, u.id, "F_ADM_PASSWORD_RESET");
}
