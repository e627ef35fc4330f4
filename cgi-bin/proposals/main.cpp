// The proposals program: /proposals (outbox and inbox), one proposal and its moves, follow-ups of
// models rated low, replications. What each user may do to a proposal is decided per record by the
// domain rules (domain/proposals.h, domain/recognition.h); records outside the user's scope are 404.
#include "cgi-bin/proposals/pages.h"
#include "core/serve.h"
#include "store/session_store.h"

int main()
{
    using core::roles;
    using core::signed_in;
    static const core::Router routes{
        {"GET", "/proposals", proposal_list_page, signed_in()},
        {"POST", "/proposals", proposal_create, roles({"unit_head", "admin"})},
        {"GET", "/proposals/print", proposal_print_page, signed_in()},
        {"GET", "/proposals/follow-ups", follow_up_list_page, signed_in()},
        {"POST", "/proposals/follow-ups/{id}/close", follow_up_close, signed_in()},
        {"GET", "/proposals/replications", replication_list_page, signed_in()},
        {"POST", "/proposals/replications", replication_create, signed_in()},
        {"GET", "/proposals/{id}", proposal_view_page, signed_in()},
        {"POST", "/proposals/{id}/submit", proposal_submit, roles({"unit_head", "admin"})},
        {"POST", "/proposals/{id}/withdraw", proposal_withdraw, roles({"unit_head", "admin"})},
        {"POST", "/proposals/{id}/return", proposal_return, roles({"unit_head", "commission_staff", "admin"})},
    };
    return core::serve("proposals", routes, store::SessionStore::make);
}
