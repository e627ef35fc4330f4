// The reviews program, serving /reviews (review meetings: create, agenda, decide, minutes) and
// /recognitions (lists; recognition at a unit's own level). Meetings are run by the receiving unit's
// head, its commission staff, or an admin (domain::may_run_meetings); records outside the user's
// scope are 404.
#include "cgi-bin/reviews/pages.h"
#include "core/serve.h"
#include "store/session_store.h"

int main()
{
    using core::roles;
    using core::signed_in;
    static const auto runners = roles({"unit_head", "commission_staff", "admin"});
    static const core::Router routes{
        {"GET", "/reviews", review_list_page, runners},
        {"POST", "/reviews", review_create, runners},
        {"GET", "/reviews/{id}", review_view_page, runners},
        {"POST", "/reviews/{id}/agenda", review_agenda_add, runners},
        {"POST", "/reviews/{id}/decisions", review_decide, runners},
        {"GET", "/reviews/{id}/minutes", review_minutes_page, runners},
        {"GET", "/recognitions", recognition_list_page, signed_in()},
        {"GET", "/recognitions.csv", recognition_export_csv, signed_in()},
        {"GET", "/recognitions.xlsx", recognition_export_xlsx, signed_in()},
        {"GET", "/recognitions/print", recognition_print_page, signed_in()},
        {"GET", "/recognitions/certificates", certificates_page, signed_in()},
        {"GET", "/recognitions/{id}/certificate", certificate_page, signed_in()},
        {"GET", "/recognitions/new", recognition_new_page, roles({"unit_head", "admin"})},
        {"POST", "/recognitions", recognition_create, roles({"unit_head", "admin"})},
        {"POST", "/recognitions/considered", recognition_considered, roles({"unit_head", "admin"})},
    };
    return core::serve("reviews", routes, store::SessionStore::make);
}
