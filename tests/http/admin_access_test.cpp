// Administration access: every /admin page and POST refuses non-admins with 403 (a unit head may
// reach only the staff pages); admins reach every page; the menu and the current campaign line.
#include <boost/test/unit_test.hpp>

#include "tests/http/http_client.h"

namespace {

const std::vector<std::string> kAdminOnlyGets{"/admin", "/admin/units", "/admin/units/new", "/admin/units/1",
                                              "/admin/campaigns", "/admin/campaigns/new", "/admin/campaigns/1",
                                              "/admin/fields"};
const std::vector<std::string> kStaffGets{"/admin/users", "/admin/users/new", "/admin/users/1"};
const std::vector<std::string> kAdminOnlyPosts{
    "/admin/units",         "/admin/units/1/rename",   "/admin/units/1/move",
    "/admin/units/1/close", "/admin/units/1/merge",    "/admin/campaigns",
    "/admin/campaigns/1",   "/admin/campaigns/1/years", "/admin/campaigns/1/extensions",
    "/admin/fields",        "/admin/fields/1",         "/admin/fields/1/retire",
    "/admin/fields/1/delete"};
const std::vector<std::string> kStaffPosts{"/admin/users", "/admin/users/1", "/admin/users/1/active",
                                           "/admin/users/1/password"};

// Posts a harmful-looking form with a valid CSRF token, so only the access rule can stop it.
test::HttpResponse post_with_token(test::HttpClient& c, const std::string& path)
{
    std::string token = test::csrf_token_in(c.get("/").body);
    BOOST_TEST_REQUIRE(!token.empty());
    return c.post(path, {{"csrf_token", token}, {"version", "1"}, {"name", "Đổi tên trái phép"}, {"code", "HACK"},
                         {"active", "0"}, {"password", "mat-khau-moi-123"}, {"into_id", "2"}, {"parent_id", "2"}});
}

void check_refused(const std::string& login, bool staff_pages_too)
{
    test::HttpClient c;
    BOOST_TEST_REQUIRE(c.sign_in(login, test::demo_password()).status == 303);
    for (const auto& p : kAdminOnlyGets) BOOST_TEST(c.get(p).status == 403, login << " GET " << p);
    for (const auto& p : kAdminOnlyPosts) BOOST_TEST(post_with_token(c, p).status == 403, login << " POST " << p);
    if (!staff_pages_too) return;
    for (const auto& p : kStaffGets) BOOST_TEST(c.get(p).status == 403, login << " GET " << p);
    for (const auto& p : kStaffPosts) BOOST_TEST(post_with_token(c, p).status == 403, login << " POST " << p);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(admin_access)

BOOST_AUTO_TEST_CASE(unit_staff_are_refused_everywhere)
{
    check_refused("pt.canbo", true);
    check_refused("phuthuy.canbo", true);
}

BOOST_AUTO_TEST_CASE(commission_staff_are_refused_everywhere)
{
    check_refused("bdv.nguyen", true);
}

BOOST_AUTO_TEST_CASE(unit_heads_are_refused_except_their_staff_pages)
{
    check_refused("pt.lanhdao", false);
    test::HttpClient c;
    BOOST_TEST_REQUIRE(c.sign_in("pt.lanhdao", test::demo_password()).status == 303);
    BOOST_TEST(c.get("/admin/users").status == 200);
    BOOST_TEST(c.get("/admin/users/new").status == 200);
    // The demo province unit (BT) was not renamed by any refused POST.
    test::HttpClient admin;
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    BOOST_TEST(admin.get("/admin/units").body.find("Ban Dân vận Tỉnh ủy Bình Thuận") != std::string::npos);
    BOOST_TEST(admin.get("/admin/units").body.find("Đổi tên trái phép") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(signed_out_visitors_are_sent_to_sign_in)
{
    test::HttpClient c;
    auto r = c.get("/admin/units");
    BOOST_TEST(r.status == 303);
    BOOST_TEST(r.header("location").find("/login") == 0u);
    BOOST_TEST(c.post("/admin/units", {{"code", "X"}}).status == 403);
}

BOOST_AUTO_TEST_CASE(admins_reach_every_page_and_see_the_current_campaign)
{
    test::HttpClient c;
    BOOST_TEST_REQUIRE(c.sign_in("admin", test::demo_password()).status == 303);
    for (const auto& p : kAdminOnlyGets) {
        auto r = c.get(p);
        BOOST_TEST(r.status == 200, "GET " << p);
        BOOST_TEST(r.body.find("08-CT/BDVTU") != std::string::npos, p << " shows the current campaign");
    }
    for (const auto& p : kStaffGets) BOOST_TEST(c.get(p).status == 200, "GET " << p);
    BOOST_TEST(c.get("/admin/units/999999").status == 404);
    auto home = c.get("/");
    BOOST_TEST(home.body.find("href=\"/admin\"") != std::string::npos);
    BOOST_TEST(home.body.find("08-CT/BDVTU") != std::string::npos);
    BOOST_TEST(home.body.find("2024") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_menu_offers_what_each_role_may_reach)
{
    test::HttpClient head;
    BOOST_TEST_REQUIRE(head.sign_in("pt.lanhdao", test::demo_password()).status == 303);
    auto h = head.get("/").body;
    BOOST_TEST(h.find("href=\"/admin/users\"") != std::string::npos);
    BOOST_TEST(h.find("href=\"/admin\"") == std::string::npos);
    test::HttpClient staff;
    BOOST_TEST_REQUIRE(staff.sign_in("pt.canbo", test::demo_password()).status == 303);
    auto s = staff.get("/").body;
    BOOST_TEST(s.find("href=\"/admin") == std::string::npos);
    BOOST_TEST(s.find("08-CT/BDVTU") != std::string::npos);  // everyone sees the current campaign
}

BOOST_AUTO_TEST_SUITE_END()
