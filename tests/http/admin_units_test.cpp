// The unit pages through the real stack: create, rename, merge (the merged unit keeps its old name
// and history), and bad input answered with 422, a message next to the field, and nothing changed.
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include "tests/http/http_client.h"

namespace {

std::string fresh_code(const std::string& prefix)
{
    static int n = 0;
    return prefix + "-" + std::to_string(getpid() % 100000) + "-" + std::to_string(++n);
}

// The id in the href="/admin/units/N" link whose text is `text`, or 0.
using test::linked_id;

std::string version_in(const std::string& body) { return test::input_value(body, "version"); }

struct Admin {
    test::HttpClient c;
    Admin() { BOOST_TEST_REQUIRE(c.sign_in("admin", test::demo_password()).status == 303); }
    long long unit_id(const std::string& code) { return linked_id(c.get("/admin/units").body, "/admin/units/", code); }
    // Creates a unit through the form; returns its id.
    long long create(const std::string& code, const std::string& name, const std::string& kind, const std::string& level,
                     long long parent)
    {
        auto r = c.submit("/admin/units/new", "/admin/units",
                          {{"code", code}, {"name", name}, {"kind", kind}, {"level_id", level},
                           {"parent_id", std::to_string(parent)}});
        BOOST_TEST(r.status == 303, "create " << code << ": " << r.status);
        return unit_id(code);
    }
    test::HttpResponse on_unit(long long id, const std::string& action, std::vector<std::pair<std::string, std::string>> f)
    {
        std::string page = "/admin/units/" + std::to_string(id);
        f.emplace_back("version", version_in(c.get(page).body));
        return c.submit(page, page + "/" + action, f);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(admin_units)

BOOST_AUTO_TEST_CASE(create_rename_and_merge_keep_the_old_name_and_history)
{
    Admin a;
    long long bt = a.unit_id("BT");
    BOOST_TEST_REQUIRE(bt > 0);
    std::string code_a = fresh_code("HA"), code_b = fresh_code("HB"), code_x = fresh_code("XA");
    long long ua = a.create(code_a, "Huyện ủy Thử Nghiệm Cũ", "district", "2", bt);
    long long ub = a.create(code_b, "Huyện ủy Đích Đến", "district", "2", bt);
    long long ux = a.create(code_x, "Đảng ủy xã Con", "commune", "3", ua);
    BOOST_TEST_REQUIRE((ua > 0 && ub > 0 && ux > 0));
    // A user of A, to follow the merge.
    auto made = a.c.submit("/admin/users/new", "/admin/users",
                           {{"login", "hu." + code_a.substr(3)}, {"display_name", "Cán bộ huyện thử"}, {"role", "unit_staff"},
                            {"unit_id", std::to_string(ua)}, {"lang", "vi"}, {"password", "tam-thoi-2026!"}});
    BOOST_TEST_REQUIRE(made.status == 303);
    std::string user_page = made.header("location");

    BOOST_TEST(a.on_unit(ua, "rename", {{"name", "Thị ủy Thử Nghiệm"}}).status == 303);
    auto renamed = a.c.get("/admin/units/" + std::to_string(ua)).body;
    BOOST_TEST(renamed.find("Huyện ủy Thử Nghiệm Cũ") != std::string::npos);  // in the name history
    BOOST_TEST(renamed.find("Thị ủy Thử Nghiệm") != std::string::npos);

    BOOST_TEST(a.on_unit(ua, "merge", {{"into_id", std::to_string(ub)}}).status == 303);
    auto merged = a.c.get("/admin/units/" + std::to_string(ua)).body;
    BOOST_TEST(merged.find("Đã sáp nhập") != std::string::npos);
    BOOST_TEST(merged.find("href=\"/admin/units/" + std::to_string(ub) + "\"") != std::string::npos);
    BOOST_TEST(merged.find("Huyện ủy Thử Nghiệm Cũ") != std::string::npos);
    BOOST_TEST(merged.find("Thị ủy Thử Nghiệm") != std::string::npos);
    BOOST_TEST(merged.find("action=\"/admin/units/" + std::to_string(ua) + "/merge\"") == std::string::npos);
    auto target = a.c.get("/admin/units/" + std::to_string(ub)).body;
    BOOST_TEST(target.find(code_x) != std::string::npos);   // the child moved over
    BOOST_TEST(target.find(code_a) != std::string::npos);   // the merged unit sits below it
    BOOST_TEST(a.c.get(user_page).body.find(code_b) != std::string::npos);  // the user moved over

    // Merging anything into the merged unit is refused, and so is merging it again.
    auto again = a.on_unit(ub, "merge", {{"into_id", std::to_string(ua)}});
    BOOST_TEST(again.status == 422);
    BOOST_TEST(again.body.find("Đơn vị nhận đã giải thể hoặc đã sáp nhập") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_bad_new_unit_is_refused_with_its_input_kept)
{
    Admin a;
    long long bt = a.unit_id("BT");
    auto r = a.c.submit("/admin/units/new", "/admin/units",
                        {{"code", "ab c"}, {"name", "Đơn vị Mã Sai"}, {"kind", "district"}, {"level_id", "2"},
                         {"parent_id", std::to_string(bt)}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(r.body.find("class=\"field-error\">Mã đơn vị gồm 2 đến 32 ký tự") != std::string::npos);
    BOOST_TEST(r.body.find("value=\"Đơn vị Mã Sai\"") != std::string::npos);
    BOOST_TEST(a.c.get("/admin/units").body.find("Đơn vị Mã Sai") == std::string::npos);

    auto dup = a.c.submit("/admin/units/new", "/admin/units",
                          {{"code", "PT"}, {"name", "Trùng mã"}, {"kind", "city"}, {"level_id", "2"},
                           {"parent_id", std::to_string(bt)}});
    BOOST_TEST(dup.status == 422);
    BOOST_TEST(dup.body.find("Mã này đã được dùng") != std::string::npos);

    auto level = a.c.submit("/admin/units/new", "/admin/units",
                            {{"code", fresh_code("LV")}, {"name", "Cấp sai"}, {"kind", "district"}, {"level_id", "1"},
                             {"parent_id", std::to_string(bt)}});
    BOOST_TEST(level.status == 422);
    BOOST_TEST(level.body.find("Cấp của đơn vị phải thấp hơn") != std::string::npos);
    auto empty = a.c.submit("/admin/units/new", "/admin/units", {{"code", ""}, {"name", ""}, {"kind", ""}, {"level_id", ""}});
    BOOST_TEST(empty.status == 422);
    BOOST_TEST(empty.body.find("Vui lòng nhập tên đơn vị") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_moves_merges_renames_and_closes_change_nothing)
{
    Admin a;
    long long bt = a.unit_id("BT");
    std::string code_d = fresh_code("HD");
    long long d = a.create(code_d, "Huyện ủy Chuyển Thử", "district", "2", bt);
    long long c = a.create(fresh_code("XD"), "Đảng ủy xã Chuyển Thử", "commune", "3", d);
    BOOST_TEST_REQUIRE((d > 0 && c > 0));

    auto under_child = a.on_unit(d, "move", {{"parent_id", std::to_string(c)}});
    BOOST_TEST(under_child.status == 422);
    BOOST_TEST(under_child.body.find("Không thể chuyển một đơn vị vào đơn vị trực thuộc của chính nó") != std::string::npos);
    auto under_self = a.on_unit(d, "move", {{"parent_id", std::to_string(d)}});
    BOOST_TEST(under_self.status == 422);
    BOOST_TEST(under_self.body.find("Không thể chuyển một đơn vị vào chính nó") != std::string::npos);
    auto into_self = a.on_unit(d, "merge", {{"into_id", std::to_string(d)}});
    BOOST_TEST(into_self.status == 422);
    BOOST_TEST(into_self.body.find("Không thể sáp nhập một đơn vị vào chính nó") != std::string::npos);
    auto empty_name = a.on_unit(d, "rename", {{"name", "  "}});
    BOOST_TEST(empty_name.status == 422);
    BOOST_TEST(empty_name.body.find("Vui lòng nhập tên đơn vị") != std::string::npos);
    auto close_parent = a.on_unit(d, "close", {});
    BOOST_TEST(close_parent.status == 422);
    BOOST_TEST(close_parent.body.find("còn đơn vị trực thuộc đang hoạt động") != std::string::npos);

    auto page = a.c.get("/admin/units/" + std::to_string(d)).body;
    BOOST_TEST(page.find("Huyện ủy Chuyển Thử") != std::string::npos);
    BOOST_TEST(page.find("Đang hoạt động") != std::string::npos);
    BOOST_TEST(page.find("href=\"/admin/units/" + std::to_string(bt) + "\"") != std::string::npos);  // parent unchanged

    // Closing the child is fine; merging into the closed unit is refused.
    BOOST_TEST(a.on_unit(c, "close", {}).status == 303);
    long long other = a.create(fresh_code("HO"), "Huyện ủy Khác Thử", "district", "2", bt);
    auto into_closed = a.on_unit(other, "merge", {{"into_id", std::to_string(c)}});
    BOOST_TEST(into_closed.status == 422);

    // A stale form: the version changed meanwhile.
    std::string page_path = "/admin/units/" + std::to_string(d);
    auto stale = a.c.submit(page_path, page_path + "/rename", {{"name", "Tên cũ quá"}, {"version", "0"}});
    BOOST_TEST(stale.status == 409);
    BOOST_TEST(stale.body.find("vừa được người khác thay đổi") != std::string::npos);
}

// Found by the XSS campaign's CSP pass (tests/xss): the tree's indentation was an inline style
// attribute, which the CSP (style-src 'self') refuses, so it never applied. It is a class per depth.
BOOST_AUTO_TEST_CASE(the_unit_tree_is_indented_without_inline_styles)
{
    Admin a;
    auto page = a.c.get("/admin/units");
    BOOST_TEST(page.status == 200);
    BOOST_TEST(page.body.find(" style=") == std::string::npos);
    BOOST_TEST(page.body.find("<tr class=\"depth-1") != std::string::npos);
    BOOST_TEST(page.body.find("<td class=\"unit-name\">") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
