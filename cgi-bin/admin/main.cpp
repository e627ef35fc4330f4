// The administration program: the unit hierarchy, user accounts, campaigns and their schedules, fields.
// Admins only, except that a unit head manages the unit staff of their own unit (/admin/users...).
#include "cgi-bin/admin/pages.h"
#include "core/serve.h"
#include "store/session_store.h"

int main()
{
    const auto admin = core::roles({"admin"});
    const auto managers = core::roles({"admin", "unit_head"});  // the store narrows a head to own staff
    static const core::Router routes{
        {"GET", "/admin", admin_index_page, admin},
        {"GET", "/admin/units", unit_list_page, admin},
        {"GET", "/admin/units/new", unit_new_page, admin},
        {"POST", "/admin/units", unit_create, admin},
        {"GET", "/admin/units/{id}", unit_page, admin},
        {"POST", "/admin/units/{id}/rename", unit_rename, admin},
        {"POST", "/admin/units/{id}/move", unit_move, admin},
        {"POST", "/admin/units/{id}/close", unit_close, admin},
        {"POST", "/admin/units/{id}/merge", unit_merge, admin},
        {"GET", "/admin/users", user_list_page, managers},
        {"GET", "/admin/users/new", user_new_page, managers},
        {"POST", "/admin/users", user_create, managers},
        {"GET", "/admin/users/{id}", user_page, managers},
        {"POST", "/admin/users/{id}", user_update, managers},
        {"POST", "/admin/users/{id}/active", user_set_active, managers},
        {"POST", "/admin/users/{id}/password", user_reset_password, managers},
        {"GET", "/admin/campaigns", campaign_list_page, admin},
        {"GET", "/admin/campaigns/new", campaign_new_page, admin},
        {"POST", "/admin/campaigns", campaign_create, admin},
        {"GET", "/admin/campaigns/{id}", campaign_page, admin},
        {"POST", "/admin/campaigns/{id}", campaign_update, admin},
        {"POST", "/admin/campaigns/{id}/years", campaign_save_year, admin},
        {"POST", "/admin/campaigns/{id}/extensions", campaign_add_extension, admin},
        {"GET", "/admin/fields", field_list_page, admin},
        {"POST", "/admin/fields", field_create, admin},
        {"POST", "/admin/fields/{id}", field_update, admin},
        {"POST", "/admin/fields/{id}/retire", field_retire, admin},
        {"POST", "/admin/fields/{id}/delete", field_delete, admin},
    };
    return core::serve("admin", routes, store::SessionStore::make);
}
