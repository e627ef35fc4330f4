// The models program: register, view, edit, carry, list and search, import, export, attachments.
// Every route needs a signed-in user; what each user may see and change is decided per record by
// the unit scope (404 outside it) and domain::may_write_unit / may_edit_model (403).
#include "cgi-bin/models/pages.h"
#include "core/serve.h"
#include "store/session_store.h"

int main()
{
    using core::signed_in;
    static const core::Router routes{
        {"GET", "/models", model_list_page, signed_in()},
        {"GET", "/models.csv", export_csv, signed_in()},
        {"GET", "/models.xlsx", export_xlsx, signed_in()},
        {"GET", "/models/new", model_new_page, signed_in()},
        {"POST", "/models", model_create, signed_in()},
        {"GET", "/models/import", import_form_page, signed_in()},
        {"GET", "/models/import/template.csv", import_template_csv, signed_in()},
        {"POST", "/models/import", import_submit, signed_in()},
        {"GET", "/models/{id}", model_view_page, signed_in()},
        {"GET", "/models/{id}/edit", model_edit_page, signed_in()},
        {"POST", "/models/{id}", model_update, signed_in()},
        {"POST", "/models/{id}/carry", model_carry, signed_in()},
        {"GET", "/models/{id}/evaluation", model_evaluation_page, signed_in()},   // recognition cycle
        {"POST", "/models/{id}/evaluation", model_evaluation_save, signed_in()},  // (evaluation.cpp)
        {"POST", "/models/{id}/attachments", attachment_upload, signed_in()},
        {"GET", "/models/{id}/attachments/{attachment_id}", attachment_download, signed_in()},
    };
    return core::serve("models", routes, store::SessionStore::make);
}
