// The request pipeline with an in-memory session store: CSRF, access, error pages, retries, headers.
#include <boost/test/unit_test.hpp>

#include "core/context.h"
#include "core/crypto.h"
#include "core/pipeline.h"
#include "core/render.h"

namespace {

// Sessions kept in memory, so the pipeline runs without a database.
class MemorySessions : public core::SessionRepository {
public:
    std::map<std::string, core::SessionRecord> rows;
    std::optional<core::SessionRecord> find(const std::string& h) override
    {
        auto it = rows.find(h);
        if (it == rows.end()) return std::nullopt;
        return it->second;
    }
    void create(const core::SessionRecord& s, const std::string&) override { rows[s.token_hash] = s; }
    void touch(const std::string& h, std::time_t now) override { rows[h].last_seen_at = now; }
    void destroy(const std::string& h) override { rows.erase(h); }
    void destroy_expired(std::time_t, std::time_t) override {}
};

MemorySessions g_sessions;

class Forwarding : public core::SessionRepository {
public:
    std::optional<core::SessionRecord> find(const std::string& h) override { return g_sessions.find(h); }
    void create(const core::SessionRecord& s, const std::string& a) override { g_sessions.create(s, a); }
    void touch(const std::string& h, std::time_t n) override { g_sessions.touch(h, n); }
    void destroy(const std::string& h) override { g_sessions.destroy(h); }
    void destroy_expired(std::time_t a, std::time_t b) override { g_sessions.destroy_expired(a, b); }
};

int handled = 0;
int flaky_failures = 0;

void ok_page(const core::Request&, core::Response& res, core::Context&)
{
    ++handled;
    res.set_body("handled");
}
void flaky_page(const core::Request&, core::Response& res, core::Context&)
{
    if (flaky_failures-- > 0) throw core::DbUnavailable("lost connection (test)");
    ++handled;
    res.set_body("handled after retry");
}
void broken_page(const core::Request&, core::Response&, core::Context&)
{
    throw std::runtime_error("SELECT secret FROM internals");
}

struct PipelineFixture {
    core::Config config = core::Config::from_map({});
    core::Router router{
        {"GET", "/page", ok_page, core::signed_in()},
        {"POST", "/page", ok_page, core::signed_in()},
        {"POST", "/public", ok_page, core::public_page()},
        {"GET", "/admin", ok_page, core::roles({"admin"})},
        {"GET", "/flaky", flaky_page, core::signed_in()},
        {"GET", "/broken", broken_page, core::signed_in()},
        {"GET", "/account/password", ok_page, core::signed_in()},
    };
    core::Pipeline pipeline{router, [](core::Db&) { return std::make_unique<Forwarding>(); }, config};
    core::Db db{core::DbConfig{}};  // never connects: the sessions are in memory
    std::string cookie, csrf;

    PipelineFixture()
    {
        static bool loaded = false;
        if (!loaded) core::load_templates("templates");
        loaded = true;
        g_sessions.rows.clear();
        handled = 0;
    }

    // A signed-in session with the given role; returns its cookie token.
    void sign_in(const std::string& role, bool must_change = false, std::time_t seen = std::time(nullptr))
    {
        cookie = std::string(64, 'a');
        core::SessionRecord rec;
        rec.token_hash = core::sha256_hex(cookie);
        rec.csrf_token = csrf = std::string(64, 'c');
        rec.created_at = rec.last_seen_at = seen;
        rec.user = core::SessionUser{};
        rec.user->id = 1;
        rec.user->role = role;
        rec.user->lang = "vi";
        rec.user->must_change_password = must_change;
        g_sessions.rows[rec.token_hash] = rec;
    }

    core::Response request(const std::string& method, const std::string& uri, const std::string& body = "",
                           std::map<std::string, std::string> extra = {})
    {
        std::map<std::string, std::string> p{{"REQUEST_METHOD", method}, {"REQUEST_URI", uri},
                                             {"REMOTE_ADDR", "127.0.0.1"}, {"HTTP_HOST", "127.0.0.1:8080"}};
        p["DOCUMENT_URI"] = uri.substr(0, uri.find('?'));
        p["QUERY_STRING"] = uri.find('?') == std::string::npos ? "" : uri.substr(uri.find('?') + 1);
        if (method == "POST") p["CONTENT_TYPE"] = "application/x-www-form-urlencoded";
        if (!cookie.empty()) p["HTTP_COOKIE"] = "dvk_session=" + cookie;
        for (auto& [k, v] : extra) p[k] = v;
        return pipeline.handle(p, body, db);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(pipeline, PipelineFixture)

BOOST_AUTO_TEST_CASE(post_with_the_right_token_runs_the_handler)
{
    sign_in("unit_staff");
    auto res = request("POST", "/page", "csrf_token=" + csrf + "&x=1");
    BOOST_TEST(res.status() == 200);
    BOOST_TEST(handled == 1);
}

BOOST_AUTO_TEST_CASE(post_without_or_with_a_bad_token_is_403_and_runs_nothing)
{
    sign_in("unit_staff");
    for (const std::string& body :
         {std::string("x=1"), std::string("csrf_token="), std::string("csrf_token=") + std::string(64, 'd'),
          "csrf_token=" + csrf + "&csrf_token=" + csrf, "csrf_token[]=" + csrf}) {
        auto res = request("POST", "/page", body);
        BOOST_TEST(res.status() == 403, "body " << body);
    }
    BOOST_TEST(handled == 0);
}

BOOST_AUTO_TEST_CASE(foreign_origin_is_403_even_with_the_token)
{
    sign_in("unit_staff");
    for (const char* origin : {"http://evil.example", "null"}) {
        auto res = request("POST", "/page", "csrf_token=" + csrf, {{"HTTP_ORIGIN", origin}});
        BOOST_TEST(res.status() == 403);
    }
    auto same = request("POST", "/page", "csrf_token=" + csrf, {{"HTTP_ORIGIN", "http://127.0.0.1:8080"}});
    BOOST_TEST(same.status() == 200);
    BOOST_TEST(handled == 1);
}

BOOST_AUTO_TEST_CASE(anonymous_post_to_a_public_route_still_needs_a_session_token)
{
    auto res = request("POST", "/public", "x=1");
    BOOST_TEST(res.status() == 403);
    BOOST_TEST(handled == 0);
}

BOOST_AUTO_TEST_CASE(anonymous_get_is_sent_to_sign_in_with_the_way_back)
{
    auto res = request("GET", "/page?year=2023");
    BOOST_TEST(res.status() == 303);
    BOOST_TEST(res.header("Location") == "/login?next=%2Fpage%3Fyear%3D2023");
    BOOST_TEST(handled == 0);
}

BOOST_AUTO_TEST_CASE(wrong_role_is_403)
{
    sign_in("unit_head");
    BOOST_TEST(request("GET", "/admin").status() == 403);
    sign_in("admin");
    BOOST_TEST(request("GET", "/admin").status() == 200);
}

BOOST_AUTO_TEST_CASE(idle_session_has_expired)
{
    sign_in("admin", false, std::time(nullptr) - 3 * 3600);
    auto res = request("GET", "/admin");
    BOOST_TEST(res.status() == 303);
    BOOST_TEST(g_sessions.rows.empty());  // destroyed on the server, not just ignored
}

BOOST_AUTO_TEST_CASE(must_change_password_redirects_everything_else)
{
    sign_in("unit_staff", true);
    auto res = request("GET", "/page");
    BOOST_TEST(res.status() == 303);
    BOOST_TEST(res.header("Location") == "/account/password");
    BOOST_TEST(request("GET", "/account/password").status() == 200);
}

BOOST_AUTO_TEST_CASE(unknown_path_404_and_wrong_method_405_are_rendered_pages)
{
    auto res = request("GET", "/nowhere");
    BOOST_TEST(res.status() == 404);
    BOOST_TEST(res.body().find("Không tìm thấy") != std::string::npos);
    auto m = request("DELETE", "/page");
    BOOST_TEST(m.status() == 405);
    BOOST_TEST(m.header("Allow") == "GET, POST");
}

BOOST_AUTO_TEST_CASE(malformed_encoding_is_a_400_page)
{
    auto res = request("GET", "/page?q=%zz");
    BOOST_TEST(res.status() == 400);
    BOOST_TEST(res.body().find("<html") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(lost_database_is_retried_once_then_503)
{
    sign_in("unit_staff");
    flaky_failures = 1;
    auto retried = request("GET", "/flaky");
    BOOST_TEST(retried.status() == 200);
    BOOST_TEST(retried.body() == "handled after retry");
    flaky_failures = 2;
    auto down = request("GET", "/flaky");
    BOOST_TEST(down.status() == 503);
    BOOST_TEST(down.body().find("Cơ sở dữ liệu tạm thời không phản hồi") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unexpected_error_is_500_without_details)
{
    sign_in("unit_staff");
    auto res = request("GET", "/broken");
    BOOST_TEST(res.status() == 500);
    BOOST_TEST(res.body().find("SELECT") == std::string::npos);
    BOOST_TEST(res.body().find("internals") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_answer_carries_the_safe_headers)
{
    sign_in("unit_staff");
    for (const auto& res : {request("GET", "/page"), request("GET", "/nowhere"), request("GET", "/broken")}) {
        std::string raw = res.serialize();
        BOOST_TEST(raw.find("X-Content-Type-Options: nosniff") != std::string::npos);
        BOOST_TEST(raw.find("X-Frame-Options: DENY") != std::string::npos);
        BOOST_TEST(raw.find("frame-ancestors 'none'") != std::string::npos);
        BOOST_TEST(raw.find("Referrer-Policy: same-origin") != std::string::npos);
        BOOST_TEST(raw.find("Cache-Control: no-store") != std::string::npos);
        BOOST_TEST(raw.find("charset=utf-8") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(english_user_gets_english_pages)
{
    sign_in("unit_staff");
    g_sessions.rows.begin()->second.user->lang = "en";
    auto res = request("GET", "/nowhere");
    BOOST_TEST(res.body().find("Not found") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
