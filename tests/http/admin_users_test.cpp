// Accounts through the real stack: a unit head manages only their own unit's staff; a reset ends the
// user's sessions and forces a change; bad input is refused; the last admin cannot be locked out.
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include "tests/http/http_client.h"

namespace {

const char* const kTempPassword = "tam-thoi-2026!";

std::string fresh_login(const std::string& prefix)
{
    static int n = 0;
    return prefix + "." + std::to_string(getpid() % 100000) + "." + std::to_string(++n);
}

using test::linked_id;

std::string version_in(const std::string& body) { return test::input_value(body, "version"); }

test::HttpResponse on_user(test::HttpClient& c, long long id, const std::string& action,
                           std::vector<std::pair<std::string, std::string>> f)
{
    std::string page = "/admin/users/" + std::to_string(id);
    f.emplace_back("version", version_in(c.get(page).body));
    return c.submit(page, action.empty() ? page : page + "/" + action, f);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(admin_users)

BOOST_AUTO_TEST_CASE(a_unit_head_manages_only_the_staff_of_their_own_unit)
{
    test::HttpClient admin;
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    auto all = admin.get("/admin/users").body;
    long long admin_id = linked_id(all, "/admin/users/", "admin");
    long long dl_head = linked_id(all, "/admin/users/", "dl.lanhdao");
    long long ward_staff = linked_id(all, "/admin/users/", "phuthuy.canbo");
    long long pt_staff = linked_id(all, "/admin/users/", "pt.canbo");
    long long pt_unit = linked_id(admin.get("/admin/units").body, "/admin/units/", "PT");
    long long dl_unit = linked_id(admin.get("/admin/units").body, "/admin/units/", "DL");
    BOOST_TEST_REQUIRE((admin_id && dl_head && ward_staff && pt_staff && pt_unit && dl_unit));

    test::HttpClient head;
    BOOST_TEST_REQUIRE(head.sign_in("pt.lanhdao", test::demo_password()).status == 303);
    auto list = head.get("/admin/users");
    BOOST_TEST(list.status == 200);
    BOOST_TEST(list.body.find(">pt.canbo<") != std::string::npos);
    BOOST_TEST(list.body.find(">pt.lanhdao<") == std::string::npos);
    BOOST_TEST(list.body.find(">phuthuy.canbo<") == std::string::npos);  // a unit below is not their own
    BOOST_TEST(list.body.find(">dl.lanhdao<") == std::string::npos);
    BOOST_TEST(list.body.find(">admin<") == std::string::npos);
    for (long long other : {admin_id, dl_head, ward_staff}) {
        BOOST_TEST(head.get("/admin/users/" + std::to_string(other)).status == 404);
        auto token = test::csrf_token_in(head.get("/").body);
        auto r = head.post("/admin/users/" + std::to_string(other) + "/active",
                           {{"csrf_token", token}, {"version", "1"}, {"active", "0"}});
        BOOST_TEST(r.status == 404);
    }
    BOOST_TEST(head.get("/admin/users/" + std::to_string(pt_staff)).status == 200);

    // Creating: only unit staff, only in their own unit.
    std::string login = fresh_login("pt.moi");
    auto as_head = head.submit("/admin/users/new", "/admin/users",
                               {{"login", login}, {"display_name", "Cán bộ mới"}, {"role", "unit_head"},
                                {"unit_id", std::to_string(pt_unit)}, {"lang", "vi"}, {"password", kTempPassword}});
    BOOST_TEST(as_head.status == 422);
    BOOST_TEST(as_head.body.find("Vui lòng chọn một vai trò mà đồng chí được phép cấp") != std::string::npos);
    auto elsewhere = head.submit("/admin/users/new", "/admin/users",
                                 {{"login", login}, {"display_name", "Cán bộ mới"}, {"role", "unit_staff"},
                                  {"unit_id", std::to_string(dl_unit)}, {"lang", "vi"}, {"password", kTempPassword}});
    BOOST_TEST(elsewhere.status == 422);
    BOOST_TEST(admin.get("/admin/users").body.find(">" + login + "<") == std::string::npos);
    auto ok = head.submit("/admin/users/new", "/admin/users",
                          {{"login", login}, {"display_name", "Cán bộ mới"}, {"role", "unit_staff"},
                           {"unit_id", std::to_string(pt_unit)}, {"lang", "vi"}, {"password", kTempPassword}});
    BOOST_TEST_REQUIRE(ok.status == 303);
    long long made = linked_id(head.get("/admin/users").body, "/admin/users/", login);
    BOOST_TEST_REQUIRE(made > 0);
    BOOST_TEST(on_user(head, made, "password", {{"password", "dat-lai-2026!"}}).status == 303);
    BOOST_TEST(on_user(head, made, "active", {{"active", "0"}}).status == 303);
    BOOST_TEST(head.get("/admin/users/" + std::to_string(made)).body.find("Đã khóa") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_reset_ends_the_sessions_and_forces_a_new_password)
{
    test::HttpClient admin;
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    std::string login = test::make_user("unit_staff", "LG", "mat-khau-dau-2026");
    long long id = linked_id(admin.get("/admin/users").body, "/admin/users/", login);
    BOOST_TEST_REQUIRE(id > 0);
    test::HttpClient user;
    BOOST_TEST_REQUIRE(user.sign_in(login, "mat-khau-dau-2026").status == 303);
    BOOST_TEST(user.get("/").status == 200);

    auto weak = on_user(admin, id, "password", {{"password", "short"}});
    BOOST_TEST(weak.status == 422);
    BOOST_TEST(weak.body.find("ít nhất 10 ký tự") != std::string::npos);
    BOOST_TEST(user.get("/").status == 200);  // nothing changed: still signed in

    BOOST_TEST(on_user(admin, id, "password", {{"password", kTempPassword}}).status == 303);
    auto after = user.get("/");
    BOOST_TEST(after.status == 303);
    BOOST_TEST(after.header("location").find("/login") == 0u);
    test::HttpClient again;
    BOOST_TEST_REQUIRE(again.sign_in(login, kTempPassword).status == 303);
    auto forced = again.get("/");
    BOOST_TEST(forced.status == 303);
    BOOST_TEST(forced.header("location") == "/account/password");
}

BOOST_AUTO_TEST_CASE(bad_account_input_is_refused_and_kept)
{
    test::HttpClient admin;
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    auto r = admin.submit("/admin/users/new", "/admin/users",
                          {{"login", "pt.canbo"}, {"display_name", "Tên Giữ Lại"}, {"role", "unit_staff"},
                           {"unit_id", "1"}, {"lang", "vi"}, {"password", kTempPassword}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(r.body.find("Tên đăng nhập này đã có người dùng") != std::string::npos);
    BOOST_TEST(r.body.find("value=\"Tên Giữ Lại\"") != std::string::npos);
    auto empty = admin.submit("/admin/users/new", "/admin/users",
                              {{"login", "A B"}, {"display_name", ""}, {"role", "root"}, {"unit_id", ""}, {"lang", "vi"},
                               {"password", kTempPassword}});
    BOOST_TEST(empty.status == 422);
    BOOST_TEST(empty.body.find("Vui lòng nhập họ và tên") != std::string::npos);
    BOOST_TEST(empty.body.find("Tên đăng nhập gồm 3 đến 64 ký tự") != std::string::npos);

    std::string login = test::make_user("unit_staff", "LG", "mat-khau-dau-2026");
    long long id = linked_id(admin.get("/admin/users").body, "/admin/users/", login);
    auto edit = on_user(admin, id, "", {{"display_name", ""}, {"role", "unit_staff"}, {"unit_id", "1"}, {"lang", "en"}});
    BOOST_TEST(edit.status == 422);
    BOOST_TEST(edit.body.find("Vui lòng nhập họ và tên") != std::string::npos);
    BOOST_TEST(admin.get("/admin/users/" + std::to_string(id)).body.find("Người dùng thử") != std::string::npos);
    auto stale = admin.submit("/admin/users/" + std::to_string(id), "/admin/users/" + std::to_string(id),
                              {{"display_name", "X"}, {"role", "unit_staff"}, {"unit_id", "1"}, {"lang", "vi"}, {"version", "0"}});
    BOOST_TEST(stale.status == 409);
}

BOOST_AUTO_TEST_CASE(the_last_active_admin_cannot_be_locked_out)
{
    test::HttpClient admin;
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    // Other tests may have made admins of their own: deactivate those so "admin" is the last one.
    auto list = admin.get("/admin/users").body;
    const std::string role_cell = "<td>Quản trị hệ thống</td>";
    for (size_t at = list.find(role_cell); at != std::string::npos; at = list.find(role_cell, at + 1)) {
        auto row = list.rfind("<tr", at);
        auto href = list.find("href=\"/admin/users/", row);
        long long id = std::atoll(list.c_str() + href + 19);
        auto login_end = list.find("</a>", href);
        std::string login = list.substr(list.find('>', href) + 1, login_end - list.find('>', href) - 1);
        if (login == "admin") continue;
        auto row_end = list.find("</tr>", at);
        if (list.substr(at, row_end - at).find("Đang hoạt động") == std::string::npos) continue;
        BOOST_TEST(on_user(admin, id, "active", {{"active", "0"}}).status == 303);
    }
    long long self = linked_id(admin.get("/admin/users").body, "/admin/users/", "admin");
    BOOST_TEST_REQUIRE(self > 0);
    auto off = on_user(admin, self, "active", {{"active", "0"}});
    BOOST_TEST(off.status == 422);
    BOOST_TEST(off.body.find("tài khoản quản trị cuối cùng") != std::string::npos);
    auto demote = on_user(admin, self, "", {{"display_name", "Quản trị hệ thống"}, {"role", "commission_staff"},
                                            {"unit_id", "1"}, {"lang", "vi"}});
    BOOST_TEST(demote.status == 422);
    BOOST_TEST(demote.body.find("tài khoản quản trị cuối cùng") != std::string::npos);
    BOOST_TEST(admin.get("/admin/units").status == 200);  // still an admin, still signed in
}

BOOST_AUTO_TEST_SUITE_END()
