// User accounts: the list (/admin/users) and a new account (/admin/users/new). An admin sees and
// creates every account; a unit head only the unit staff of their own unit.
#include <ctemplate/template.h>

#include <algorithm>

#include "cgi-bin/admin/pages.h"
#include "core/crypto.h"
#include "domain/sign_in.h"
#include "domain/units.h"
#include "store/form_submission_store.h"

namespace {

struct NewUserForm {
    std::string login, display_name, role = "unit_staff", lang = "vi";
    std::optional<int64_t> unit_id;
};

void fill_user_list(ctemplate::TemplateDictionary& dict, const std::vector<store::User>& users, core::Context& ctx)
{
    for (const auto& u : users) {
        auto* row = dict.AddSectionDictionary("USER");
        row->SetIntValue("ID", u.id);
        row->SetValue("LOGIN", u.login);
        row->SetValue("DISPLAY_NAME", u.display_name);
        row->SetValue("ROLE", ctx.t("ROLE_" + u.role));
        row->SetIntValue("UNIT_ID", u.unit_id);
        row->SetValue("UNIT_NAME", u.unit_name);
        row->SetValue("UNIT_CODE", u.unit_code);
        row->SetValue("STATE", ctx.t(u.active ? "T_ADM_ACTIVE" : "T_ADM_INACTIVE"));
        if (!u.active) row->ShowSection("INACTIVE");
        if (ctx.user().role == "admin") row->ShowSection("UNIT_LINK");
        else row->ShowSection("UNIT_TEXT");
    }
    if (users.empty()) dict.ShowSection("NO_USERS");
}

void fill_role_options(ctemplate::TemplateDictionary& dict, const domain::Scope& s, const std::string& selected,
                       core::Context& ctx)
{
    for (const auto& r : domain::assignable_roles(s)) {
        auto* o = dict.AddSectionDictionary("ROLE_OPTION");
        o->SetValue("VALUE", r);
        o->SetValue("LABEL", ctx.t("ROLE_" + r));
        if (r == selected) o->ShowSection("SELECTED");
    }
}

void fill_lang_options(ctemplate::TemplateDictionary& dict, const std::string& selected)
{
    for (const char* l : {"vi", "en"}) {
        auto* o = dict.AddSectionDictionary("LANG_OPTION");
        o->SetValue("VALUE", l);
        o->SetValue("LABEL", std::string(l) == "vi" ? "Tiếng Việt" : "English");
        if (selected == l) o->ShowSection("SELECTED");
    }
}

// Admins choose any active unit; a unit head's accounts belong to their own unit.
std::vector<store::Unit> assignable_units(core::Context& ctx)
{
    store::UnitStore units(ctx.db());
    if (ctx.user().role == "admin") return units.list();
    std::vector<store::Unit> own;
    if (auto u = units.find(ctx.user().unit_id)) own.push_back(*u);
    return own;
}

void render_new_user(core::Response& res, core::Context& ctx, const NewUserForm& form, const admin::Errors& errors)
{
    ctemplate::TemplateDictionary dict("admin/user_new");
    admin::fill_admin_header(dict, ctx);
    dict.SetValue("LOGIN_VALUE", form.login);
    dict.SetValue("DISPLAY_NAME", form.display_name);
    fill_role_options(dict, admin::scope(ctx), form.role, ctx);
    fill_lang_options(dict, form.lang);
    admin::fill_unit_options(dict, "UNIT_OPTION", assignable_units(ctx), form.unit_id);
    admin::fill_errors(dict, errors, ctx);
    res.set_status(errors.empty() ? 200 : 422);
    res.render("admin/user_new.tpl", dict, "T_ADM_USER_NEW");
}

}  // namespace

namespace admin {

// Checks an account's editable fields against what the manager may give. Fields: display_name, role,
// unit, lang.
Errors check_user_fields(core::Context& ctx, const std::string& display_name, const std::string& role,
                         std::optional<int64_t> unit_id, const std::string& lang)
{
    Errors e;
    if (display_name.empty()) e["display_name"] = "E_ADM_DISPLAY_NAME_REQUIRED";
    else if (display_name.size() > 255) e["display_name"] = "E_ADM_TEXT_TOO_LONG";
    auto roles = domain::assignable_roles(scope(ctx));
    if (std::find(roles.begin(), roles.end(), role) == roles.end()) e["role"] = "E_ADM_ROLE_INVALID";
    std::optional<store::Unit> unit;
    if (unit_id) unit = store::UnitStore(ctx.db()).find(*unit_id);
    if (!unit || unit->status != "active") e["unit"] = "E_ADM_USER_UNIT_INVALID";
    else if (!e.count("role") && !domain::may_manage_user(scope(ctx), role, unit->id)) e["unit"] = "E_ADM_USER_UNIT_INVALID";
    if (lang != "vi" && lang != "en") e["lang"] = "E_ADM_LANG_INVALID";
    return e;
}

}  // namespace admin

// The accounts the signed-in manager may manage, by unit in Vietnamese order; printable.
void user_list_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    auto users = store::UserStore(ctx.db()).list_managed(admin::scope(ctx));
    ctemplate::TemplateDictionary dict("admin/users");
    admin::fill_admin_header(dict, ctx);
    fill_user_list(dict, users, ctx);
    res.render("admin/users.tpl", dict, "T_ADM_USERS");
}

// The form for a new account. Query: unit (a unit id to preselect).
void user_new_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    NewUserForm form;
    if (auto u = req.query_int("unit")) form.unit_id = *u;
    if (ctx.user().role != "admin") form.unit_id = ctx.user().unit_id;
    render_new_user(res, ctx, form, {});
}

// Creates an account with a temporary password to change at first sign-in.
// Form: login, display_name, role, unit_id, lang, password, form_nonce (sent twice: led to the account
// it made, not told the login is taken).
void user_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    NewUserForm form;
    form.login = admin::form_text(req, "login");
    for (char& c : form.login) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    form.display_name = admin::form_text(req, "display_name");
    form.role = admin::form_text(req, "role");
    form.lang = admin::form_text(req, "lang");
    if (auto u = admin::form_int(req, "unit_id")) form.unit_id = *u;
    std::string password = req.form("password").value_or("");

    store::UserStore users(ctx.db());
    auto errors = admin::check_user_fields(ctx, form.display_name, form.role, form.unit_id, form.lang);
    if (!domain::valid_login(form.login)) errors["login"] = "E_ADM_LOGIN_FORMAT";
    else if (users.find_by_login(form.login)) errors["login"] = "E_ADM_LOGIN_TAKEN";
    if (auto p = domain::check_new_password(form.login, password, password); !p.empty()) errors["password"] = p;
    if (!errors.empty()) return render_new_user(res, ctx, form, errors);

    store::NewUser u;
    u.login = form.login;
    u.display_name = form.display_name;
    u.role = form.role;
    u.lang = form.lang;
    u.unit_id = *form.unit_id;
    u.password_hash = core::hash_password(password);
    u.must_change_password = true;
    auto saved = once.save("F_ADM_USER_CREATED", [&]() -> std::optional<std::string> {
        std::optional<int64_t> id;
        try {
            id = users.create_managed(admin::scope(ctx), u);
        } catch (const core::DbConflict& e) {
            if (!e.duplicate_key()) throw;
            render_new_user(res, ctx, form, {{"login", "E_ADM_LOGIN_TAKEN"}});
            return std::nullopt;
        }
        if (!id) throw core::HttpError(403, "E_FORBIDDEN");
        admin::audit(ctx, req, "user.create", "user", *id, std::nullopt, admin::user_json(*users.find(*id)));
        return "/admin/users/" + std::to_string(*id);
    });
    if (!saved) return;  // the form was re-rendered with its error
    res.flash(saved->flash);
    res.redirect(saved->location);
}
