// Sign-in rules: throttling thresholds, password policy, login format, roles.
#include <boost/test/unit_test.hpp>

#include "domain/roles.h"
#include "domain/sign_in.h"

BOOST_AUTO_TEST_SUITE(sign_in_rules)

BOOST_AUTO_TEST_CASE(few_failures_are_neither_slowed_nor_locked)
{
    domain::ThrottlePolicy p;
    auto d = domain::throttle(2, 2, p);
    BOOST_TEST(!d.locked);
    BOOST_TEST(d.delay_ms == 0);
}

BOOST_AUTO_TEST_CASE(failures_slow_down_then_lock_the_account)
{
    domain::ThrottlePolicy p;
    int previous = 0;
    for (int n = p.delay_after; n < p.lock_account_after; ++n) {
        auto d = domain::throttle(n, 0, p);
        BOOST_TEST(!d.locked);
        BOOST_TEST(d.delay_ms >= previous);
        BOOST_TEST(d.delay_ms <= p.max_delay_ms);
        previous = d.delay_ms;
    }
    BOOST_TEST(previous > 0);
    BOOST_TEST(domain::throttle(p.lock_account_after, 0, p).locked);
}

BOOST_AUTO_TEST_CASE(many_failures_from_one_address_lock_it_across_accounts)
{
    domain::ThrottlePolicy p;
    BOOST_TEST(!domain::throttle(0, p.lock_address_after - 1, p).locked);
    BOOST_TEST(domain::throttle(0, p.lock_address_after, p).locked);
}

BOOST_AUTO_TEST_CASE(password_policy)
{
    BOOST_TEST(domain::check_new_password("canbo", "dài đủ mười ký tự", "dài đủ mười ký tự") == "");
    BOOST_TEST(domain::check_new_password("canbo", "short", "short") == "E_PASSWORD_TOO_SHORT");
    BOOST_TEST(domain::check_new_password("canbo", "abcdefghijk", "abcdefghijX") == "E_PASSWORD_MISMATCH");
    BOOST_TEST(domain::check_new_password("canbo", "xxCANBOxx2026", "xxCANBOxx2026") == "E_PASSWORD_HAS_LOGIN");
    // Counted in characters, not bytes: nine Vietnamese letters are too short.
    BOOST_TEST(domain::check_new_password("x1", "đđđđđđđđđ", "đđđđđđđđđ") == "E_PASSWORD_TOO_SHORT");
}

BOOST_AUTO_TEST_CASE(login_format)
{
    BOOST_TEST(domain::valid_login("pt.canbo"));
    BOOST_TEST(domain::valid_login("admin_2"));
    BOOST_TEST(!domain::valid_login("ab"));
    BOOST_TEST(!domain::valid_login("Admin"));
    BOOST_TEST(!domain::valid_login("cán.bộ"));
    BOOST_TEST(!domain::valid_login("a b c"));
}

BOOST_AUTO_TEST_CASE(roles_round_trip)
{
    for (auto r : domain::all_roles()) BOOST_TEST((*domain::parse_role(domain::role_code(r)) == r));
    BOOST_TEST(!domain::parse_role("root"));
    BOOST_TEST(domain::sees_everything(domain::Role::CommissionStaff));
    BOOST_TEST(!domain::sees_everything(domain::Role::UnitHead));
}

BOOST_AUTO_TEST_SUITE_END()
