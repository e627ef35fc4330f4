// The reports program: the funnel and its trend, the models behind a number, compliance with the
// schedule, replications; each as a page, CSV and XLSX. Everyone signed in may read them: every query
// is limited to the user's scope (their unit's subtree; everything for commission staff and admins).
#include "cgi-bin/reports/pages.h"
#include "core/serve.h"
#include "store/session_store.h"

int main()
{
    using core::signed_in;
    static const core::Router routes{
        {"GET", "/reports", reports_index, signed_in()},
        {"GET", "/reports/funnel", funnel_page, signed_in()},
        {"GET", "/reports/funnel.csv", funnel_csv, signed_in()},
        {"GET", "/reports/funnel.xlsx", funnel_xlsx, signed_in()},
        {"GET", "/reports/funnel/models", funnel_models_page, signed_in()},
        {"GET", "/reports/compliance", compliance_page, signed_in()},
        {"GET", "/reports/compliance.csv", compliance_csv, signed_in()},
        {"GET", "/reports/compliance.xlsx", compliance_xlsx, signed_in()},
        {"GET", "/reports/replications", replications_page, signed_in()},
        {"GET", "/reports/replications.csv", replications_csv, signed_in()},
        {"GET", "/reports/replications.xlsx", replications_xlsx, signed_in()},
    };
    return core::serve("reports", routes, store::SessionStore::make);
}
