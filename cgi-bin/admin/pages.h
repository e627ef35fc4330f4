// The administration area's pages (units, users, campaigns, fields) and the helpers they share.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "core/context.h"
#include "core/request.h"
#include "core/response.h"
#include "domain/campaigns.h"
#include "domain/scope.h"
#include "store/campaign_store.h"
#include "store/field_store.h"
#include "store/unit_store.h"
#include "store/user_store.h"

namespace ctemplate {
class TemplateDictionary;
}

// index.cpp
void admin_index_page(const core::Request& req, core::Response& res, core::Context& ctx);
// units.cpp
void unit_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void unit_new_page(const core::Request& req, core::Response& res, core::Context& ctx);
void unit_create(const core::Request& req, core::Response& res, core::Context& ctx);
// unit.cpp
void unit_page(const core::Request& req, core::Response& res, core::Context& ctx);
void unit_rename(const core::Request& req, core::Response& res, core::Context& ctx);
void unit_move(const core::Request& req, core::Response& res, core::Context& ctx);
void unit_close(const core::Request& req, core::Response& res, core::Context& ctx);
void unit_merge(const core::Request& req, core::Response& res, core::Context& ctx);
// users.cpp
void user_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void user_new_page(const core::Request& req, core::Response& res, core::Context& ctx);
void user_create(const core::Request& req, core::Response& res, core::Context& ctx);
// user.cpp
void user_page(const core::Request& req, core::Response& res, core::Context& ctx);
void user_update(const core::Request& req, core::Response& res, core::Context& ctx);
void user_set_active(const core::Request& req, core::Response& res, core::Context& ctx);
void user_reset_password(const core::Request& req, core::Response& res, core::Context& ctx);
// campaigns.cpp
void campaign_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void campaign_new_page(const core::Request& req, core::Response& res, core::Context& ctx);
void campaign_create(const core::Request& req, core::Response& res, core::Context& ctx);
// campaign.cpp
void campaign_page(const core::Request& req, core::Response& res, core::Context& ctx);
void campaign_update(const core::Request& req, core::Response& res, core::Context& ctx);
void campaign_save_year(const core::Request& req, core::Response& res, core::Context& ctx);
void campaign_add_extension(const core::Request& req, core::Response& res, core::Context& ctx);
// fields.cpp
void field_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void field_create(const core::Request& req, core::Response& res, core::Context& ctx);
void field_update(const core::Request& req, core::Response& res, core::Context& ctx);
void field_retire(const core::Request& req, core::Response& res, core::Context& ctx);
void field_delete(const core::Request& req, core::Response& res, core::Context& ctx);

namespace admin {

// Field name -> catalog key of what is wrong with it.
using Errors = std::map<std::string, std::string>;

// The signed-in user's scope (who they may manage).
domain::Scope scope(const core::Context& ctx);
// Today in the server's local time, "YYYY-MM-DD".
std::string today(const core::Context& ctx);
// A form field with surrounding blanks removed ("" when absent).
std::string form_text(const core::Request& req, const std::string& name);
std::optional<long long> form_int(const core::Request& req, const std::string& name);
// The version a form posted back; a form without one is malformed (400).
int form_version(const core::Request& req);
// Shows every message next to its field: FIELD_ERROR and the FIELD_HAS_ERROR section (upper case).
void fill_errors(ctemplate::TemplateDictionary& dict, const Errors& errors, const core::Context& ctx);
// The administration menu (admins only) and the current campaign line every admin page shows.
void fill_admin_header(ctemplate::TemplateDictionary& dict, core::Context& ctx);
// Appends the audit row of a change (call inside the change's transaction).
void audit(core::Context& ctx, const core::Request& req, const std::string& action, const std::string& entity,
           int64_t id, const std::optional<std::string>& before, const std::optional<std::string>& after);
// A form changed meanwhile by someone else: a clear conflict page.
[[noreturn]] void stale_form();

// Units in tree order (parents first, siblings in Vietnamese order), each with its depth.
std::vector<std::pair<const store::Unit*, int>> in_tree_order(const std::vector<store::Unit>& units);
// <option>s of a unit <select>: section `section` with UNIT_ID, UNIT_LABEL (indented by depth) and
// SELECTED; only active units, except the one selected.
void fill_unit_options(ctemplate::TemplateDictionary& dict, const std::string& section,
                       const std::vector<store::Unit>& units, std::optional<int64_t> selected);

// Audit snapshots.
std::string unit_json(const store::Unit& u);
std::string user_json(const store::User& u);
std::string campaign_json(const store::Campaign& c);
std::string field_json(const store::Field& f);

}  // namespace admin

namespace admin {
// users.cpp: checks an account's editable fields against what the manager may give.
// Fields: display_name, role, unit, lang.
Errors check_user_fields(core::Context& ctx, const std::string& display_name, const std::string& role,
                         std::optional<int64_t> unit_id, const std::string& lang);
}  // namespace admin

namespace admin {
// campaigns.cpp: the directive fields of a campaign form.
domain::CampaignDraft campaign_draft(const core::Request& req);
}  // namespace admin
