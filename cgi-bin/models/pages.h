// The models area's pages (register, view, edit, carry, list and search, import, export, attachments)
// and the few helpers they share.
#pragma once
#include <string>

#include "core/context.h"
#include "core/request.h"
#include "core/response.h"
#include "domain/models.h"
#include "domain/scope.h"
#include "store/model_store.h"

void model_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void model_new_page(const core::Request& req, core::Response& res, core::Context& ctx);
void model_create(const core::Request& req, core::Response& res, core::Context& ctx);
void model_view_page(const core::Request& req, core::Response& res, core::Context& ctx);
void model_edit_page(const core::Request& req, core::Response& res, core::Context& ctx);
void model_update(const core::Request& req, core::Response& res, core::Context& ctx);
void model_carry(const core::Request& req, core::Response& res, core::Context& ctx);
void import_form_page(const core::Request& req, core::Response& res, core::Context& ctx);
void import_template_csv(const core::Request& req, core::Response& res, core::Context& ctx);
void import_submit(const core::Request& req, core::Response& res, core::Context& ctx);
void export_csv(const core::Request& req, core::Response& res, core::Context& ctx);
void export_xlsx(const core::Request& req, core::Response& res, core::Context& ctx);
void attachment_upload(const core::Request& req, core::Response& res, core::Context& ctx);
void attachment_download(const core::Request& req, core::Response& res, core::Context& ctx);
// The year-end evaluation (recognition cycle, evaluation.cpp).
void model_evaluation_page(const core::Request& req, core::Response& res, core::Context& ctx);
void model_evaluation_save(const core::Request& req, core::Response& res, core::Context& ctx);

// ---- shared by the pages (common.cpp) ---------------------------------------------------------
namespace models_ui {

domain::Role role_of(const core::Context& ctx);
// What the user may read: their unit's subtree, or everything for commission staff and admins.
domain::Scope scope_of(const core::Context& ctx);
store::ModelActor actor_of(const core::Request& req, const core::Context& ctx);
// The model, or 404 when it does not exist or lies outside the user's scope (ids never leak).
store::Model model_or_404(const core::Request& req, core::Context& ctx);
// May the user register models for unit_id / edit this model (role, subtree, status)?
bool may_write_unit(core::Context& ctx, int64_t unit_id);
bool may_edit(core::Context& ctx, const store::Model& m);

std::string field_name(const core::Context& ctx, const std::string& name_vi, const std::string& name_en);
std::string kind_label(const core::Context& ctx, const std::string& kind);
std::string status_label(const core::Context& ctx, const std::string& status);
std::string level_label(const core::Context& ctx, const std::string& level);
// "273.00" -> "273" and, in Vietnamese, "12.50" -> "12,5".
std::string show_decimal(const core::Context& ctx, const std::string& stored);

// The model's page; attach_error_key shows a message next to the upload field.
void render_model_view(core::Response& res, core::Context& ctx, const store::Model& m,
                       const std::string& attach_error_key, int status);

// The list's filter from the query string (GET /models, /models.csv, /models.xlsx).
store::ModelFilter filter_from(const core::Request& req, core::Context& ctx);
// The filter as a query string (without '?'), for links that keep it; page 0 leaves the page out.
std::string filter_query(const store::ModelFilter& f, int page = 0);

}  // namespace models_ui
