// The registration form, shared by "register" (new/create) and "edit" (edit/update).
#pragma once
#include <string>
#include <vector>

#include "core/context.h"
#include "core/request.h"
#include "core/response.h"
#include "domain/models.h"
#include "store/model_store.h"

namespace models_ui {

struct ModelFormView {
    std::string action;       // where the form posts
    std::string unit;         // the chosen unit id, as typed
    domain::ModelInput input;
    std::vector<domain::FieldError> errors;
    std::string version;      // edit only
    int64_t model_id = 0;     // edit only
    std::string notice_key;   // e.g. the conflict notice
    bool admin_override = false;  // an admin editing a decided model
};

// The form's values from a POST (indicator rows: indicator_name_N, indicator_unit_N, indicator_target_N).
ModelFormView read_model_form(const core::Request& req);
// The form's values from a stored model (for editing).
ModelFormView form_from_model(const store::Model& m, const core::Context& ctx);
// The fields a model may use, code -> id.
std::map<std::string, int64_t> field_ids(store::ModelStore& models);
// Renders templates/models/form.tpl with status; extra_rows adds empty indicator rows.
void render_model_form(core::Response& res, core::Context& ctx, const ModelFormView& form, int status,
                       int extra_rows = 0);

}  // namespace models_ui
