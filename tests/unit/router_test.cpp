// The router: exact paths, {id} and {name} segments, 404 versus 405.
#include <boost/test/unit_test.hpp>

#include "core/router.h"
#include "core/session.h"

namespace {
void nothing(const core::Request&, core::Response&, core::Context&) {}
}  // namespace

BOOST_AUTO_TEST_SUITE(router)

BOOST_AUTO_TEST_CASE(matches_method_and_pattern)
{
    core::Router r{
        {"GET", "/models", nothing, core::signed_in()},
        {"GET", "/models/{id}", nothing, core::signed_in()},
        {"POST", "/models/{id}", nothing, core::signed_in()},
        {"POST", "/proposals/{id}/{action}", nothing, core::signed_in()},
    };
    auto m = r.match("GET", "/models/42");
    BOOST_REQUIRE(m.route);
    BOOST_TEST(m.route->pattern == "/models/{id}");
    BOOST_TEST(m.params.at("id") == "42");

    auto p = r.match("POST", "/proposals/7/submit");
    BOOST_REQUIRE(p.route);
    BOOST_TEST(p.params.at("action") == "submit");
}

BOOST_AUTO_TEST_CASE(id_segments_take_digits_only)
{
    core::Router r{{"GET", "/models/{id}", nothing, core::signed_in()}};
    BOOST_TEST(!r.match("GET", "/models/abc").route);
    BOOST_TEST(!r.match("GET", "/models/").route);
    BOOST_TEST(!r.match("GET", "/models/1/2").route);
    BOOST_TEST(!r.match("GET", "/models/99999999999999999999").route);
}

BOOST_AUTO_TEST_CASE(unknown_path_versus_wrong_method)
{
    core::Router r{{"GET", "/login", nothing, core::public_page()}, {"POST", "/login", nothing, core::public_page()}};
    auto unknown = r.match("GET", "/nowhere");
    BOOST_TEST(!unknown.route);
    BOOST_TEST(!unknown.path_known);
    auto wrong = r.match("DELETE", "/login");
    BOOST_TEST(!wrong.route);
    BOOST_TEST(wrong.path_known);
    BOOST_TEST(wrong.allowed_methods == "GET, POST");
}

BOOST_AUTO_TEST_CASE(access_rules)
{
    core::Session anonymous;
    core::Session staff;
    staff.user = core::SessionUser{};
    staff.user->role = "unit_staff";
    BOOST_TEST(core::public_page().allowed(anonymous));
    BOOST_TEST(!core::signed_in().allowed(anonymous));
    BOOST_TEST(core::signed_in().allowed(staff));
    BOOST_TEST(!core::roles({"admin"}).allowed(staff));
    BOOST_TEST(core::roles({"admin", "unit_staff"}).allowed(staff));
}

BOOST_AUTO_TEST_SUITE_END()
