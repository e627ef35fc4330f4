// The account program: sign-in and out, password, language, the home page and /healthz.
#include "cgi-bin/account/pages.h"
#include "core/serve.h"
#include "store/session_store.h"

int main()
{
    using core::public_page;
    using core::signed_in;
    static const core::Router routes{
        {"GET", "/", home_page, signed_in()},
        {"GET", "/login", login_form_page, public_page()},
        {"POST", "/login", login_submit, public_page()},
        {"POST", "/logout", logout_submit, public_page()},
        {"GET", "/account/password", password_form_page, signed_in()},
        {"POST", "/account/password", password_submit, signed_in()},
        {"POST", "/account/language", language_submit, signed_in()},
        {"GET", "/healthz", healthz_page, public_page()},
    };
    return core::serve("account", routes, store::SessionStore::make);
}
