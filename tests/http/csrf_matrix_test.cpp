// CSRF on every POST route of every cgi-bin/*/main.cpp (read from the route tables' source text):
// no token, empty, wrong, another session's, sent twice, as csrf_token[], Origin evil and null all
// answer 403 with one log line each and change nothing; GET on a POST-only path answers 405.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <unistd.h>

#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

struct PostRoute {
    std::string pattern;
    bool get_too = false;  // the same path also answers GET
};

std::vector<PostRoute> post_routes()
{
    std::vector<std::pair<std::string, std::string>> all;
    for (const auto& r : test::routes_in_source()) all.emplace_back(r.method, r.pattern);
    std::vector<PostRoute> out;
    for (const auto& [m, p] : all) {
        if (m != "POST") continue;
        PostRoute r{p, false};
        for (const auto& [m2, p2] : all) r.get_too |= m2 == "GET" && p2 == p;
        out.push_back(r);
    }
    return out;
}

std::string fill(std::string pattern)
{
    for (const char* marker : {"{id}", "{attachment_id}"})
        for (auto pos = pattern.find(marker); pos != std::string::npos; pos = pattern.find(marker))
            pattern.replace(pos, std::string(marker).size(), "999999999");
    return pattern;
}

// "csrf:" lines the programs logged so far (all programs' logs).
int csrf_log_lines()
{
    const char* var = std::getenv("DVK_VAR");
    if (!var) return -1;
    std::string cmd = std::string("cat ") + var + "/log/*.log 2>/dev/null | grep -c ' WARN csrf: '";
    FILE* p = popen(cmd.c_str(), "r");
    int n = -1;
    if (p) {
        if (fscanf(p, "%d", &n) != 1) n = -1;
        pclose(p);
    }
    return n;
}

// Waits for the log to reach `want` lines (supervisor copies the programs' output a moment later).
int wait_log_lines(int want)
{
    int n = csrf_log_lines();
    for (int i = 0; i < 40 && n < want; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        n = csrf_log_lines();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    return csrf_log_lines();
}

struct Attack {
    const char* name;
    std::string body;                  // url-encoded, without the form's own fields
    std::vector<std::string> headers;  // extra request headers
};

std::vector<Attack> attacks(const std::string& token, const std::string& other_session_token)
{
    std::string t = "csrf_token=" + token;
    return {
        {"no token", "", {}},
        {"empty token", "csrf_token=", {}},
        {"wrong token", "csrf_token=" + std::string(64, 'a'), {}},
        {"another session's token", "csrf_token=" + other_session_token, {}},
        {"token twice", t + "&" + t, {}},
        {"token as csrf_token[]", "csrf_token%5B%5D=" + token, {}},
        {"Origin evil", t, {"Origin: http://evil.example"}},
        {"Origin null", t, {"Origin: null"}},
    };
}

std::string with_fields(const std::string& attack_body, const std::string& fields)
{
    if (attack_body.empty()) return fields;
    return fields.empty() ? attack_body : fields + "&" + attack_body;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csrf_matrix)

BOOST_AUTO_TEST_CASE(every_post_route_refuses_every_forged_form)
{
    auto routes = post_routes();
    BOOST_TEST_REQUIRE(routes.size() > 30u);
    // A forged /logout that got through would sign the admin out and hide the routes after it: last.
    std::stable_partition(routes.begin(), routes.end(), [](const PostRoute& r) { return r.pattern != "/logout"; });
    HttpClient admin;  // an admin passes every route's access rule: only CSRF can refuse
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    std::string token = test::csrf_token_in(admin.get("/").body);
    HttpClient other;
    BOOST_TEST_REQUIRE(other.sign_in("bdv.nguyen", test::demo_password()).status == 303);
    std::string other_token = test::csrf_token_in(other.get("/").body);
    BOOST_TEST_REQUIRE(token.size() == 64u);
    BOOST_TEST_REQUIRE(other_token.size() == 64u);
    BOOST_TEST_REQUIRE(token != other_token);

    int before = csrf_log_lines();
    BOOST_TEST_REQUIRE(before >= 0);
    int cases = 0;
    for (const auto& r : routes) {
        std::string path = fill(r.pattern);
        for (const auto& a : attacks(token, other_token)) {
            auto res = admin.post_raw(path, a.body, "application/x-www-form-urlencoded", a.headers);
            BOOST_TEST(res.status == 403, "POST " << path << " with " << a.name << " answered " << res.status);
            ++cases;
        }
        if (!r.get_too) {
            auto res = admin.get(path + "?csrf_token=" + token);
            BOOST_TEST(res.status == 405, "GET " << path << " answered " << res.status);
            BOOST_TEST(res.header("Allow") == "POST", path);
        }
    }
    int after = wait_log_lines(before + cases);
    BOOST_TEST(after - before == cases, "log lines: " << after - before << " for " << cases << " refused posts");
    BOOST_TEST(admin.get("/").status == 200);  // the admin's own session is untouched
    BOOST_TEST_MESSAGE("csrf matrix: " << routes.size() << " POST routes, " << cases << " forged posts");
    std::ofstream("var/test-artifacts/csrf_matrix_cases.txt")
        << routes.size() << " POST routes, " << cases << " forged posts\n";
}

// Forms that would change something, each forged every way: afterwards nothing has changed.
BOOST_AUTO_TEST_CASE(forged_forms_change_nothing)
{
    HttpClient admin;
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    std::string token = test::csrf_token_in(admin.get("/").body);
    HttpClient staff;
    BOOST_TEST_REQUIRE(staff.sign_in("pt.canbo", test::demo_password()).status == 303);
    std::string staff_token = test::csrf_token_in(staff.get("/").body);
    HttpClient other;
    BOOST_TEST_REQUIRE(other.sign_in("bdv.nguyen", test::demo_password()).status == 303);
    std::string other_token = test::csrf_token_in(other.get("/").body);

    const std::string title = "Mô hình giả mạo CSRF " + std::to_string(::getpid());
    std::smatch unit;
    std::string form = staff.get("/models/new").body;
    BOOST_TEST_REQUIRE(std::regex_search(form, unit, std::regex(R"re(name="unit"[^>]*>\s*<option value="([0-9]+)")re")));
    std::string model = "year=2023&unit=" + unit[1].str() + "&title=" + test::url_encode(title) +
                        "&kind=collective&field=economy&summary=x&start_date=01%2F02%2F2023"
                        "&indicator_name_0=a&indicator_unit_0=b&indicator_target_0=1";
    std::string field_code = "CSRF" + std::to_string(::getpid() % 100000);
    std::string field = "code=" + field_code + "&name_vi=Gi%E1%BA%A3&name_en=Fake";
    for (const auto& a : attacks(staff_token, other_token)) {
        BOOST_TEST(staff.post_raw("/models", with_fields(a.body, model), "application/x-www-form-urlencoded",
                                  a.headers).status == 403, a.name);
        BOOST_TEST(staff.post_raw("/account/language", with_fields(a.body, "lang=en"),
                                  "application/x-www-form-urlencoded", a.headers).status == 403, a.name);
        BOOST_TEST(staff.post_raw("/logout", a.body, "application/x-www-form-urlencoded", a.headers).status == 403,
                   a.name);
    }
    for (const auto& a : attacks(token, other_token))
        BOOST_TEST(admin.post_raw("/admin/fields", with_fields(a.body, field), "application/x-www-form-urlencoded",
                                  a.headers).status == 403, a.name);

    auto home = staff.get("/");
    BOOST_TEST(home.status == 200);                                       // still signed in
    BOOST_TEST(home.body.find("<html lang=\"vi\">") != std::string::npos);  // language unchanged
    BOOST_TEST(admin.get("/models?year=2023&q=" + test::url_encode(title)).body.find("<strong id=\"total\">0</strong>") !=
               std::string::npos);
    BOOST_TEST(admin.get("/admin/fields").body.find(field_code) == std::string::npos);

    // The same forms with the right token do go through: the checks above can fail.
    BOOST_TEST(staff.post_raw("/account/language", "lang=vi&csrf_token=" + staff_token,
                              "application/x-www-form-urlencoded").status == 303);
}

BOOST_AUTO_TEST_SUITE_END()
