// Sign-in, sessions, CSRF, error statuses and the database going away, through nginx and the programs.
#include <boost/test/unit_test.hpp>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "tests/http/http_client.h"

using test::HttpClient;

namespace {
bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

const char* kUserPassword = "mật-khẩu-thử-2026";
}  // namespace

BOOST_AUTO_TEST_SUITE(sign_in)

BOOST_AUTO_TEST_CASE(login_page_has_a_csrf_token_and_a_safe_cookie)
{
    HttpClient c;
    auto res = c.get("/login");
    BOOST_TEST(res.status == 200);
    BOOST_TEST(contains(res.body, "name=\"login\""));
    BOOST_TEST(test::csrf_token_in(res.body).size() == 64u);
    std::string cookie = res.header("Set-Cookie");
    BOOST_TEST(contains(cookie, "dvk_session="));
    BOOST_TEST(contains(cookie, "HttpOnly"));
    BOOST_TEST(contains(cookie, "SameSite=Lax"));
    BOOST_TEST(res.header("Content-Type") == "text/html; charset=utf-8");
}

BOOST_AUTO_TEST_CASE(demo_user_signs_in_and_sees_home_with_unit_and_role)
{
    HttpClient c;
    auto res = c.sign_in("pt.canbo", test::demo_password());
    BOOST_TEST(res.status == 303);
    BOOST_TEST(res.header("Location") == "/");
    auto home = c.get("/");
    BOOST_TEST(home.status == 200);
    BOOST_TEST(contains(home.body, "Lê Thị Mai"));
    BOOST_TEST(contains(home.body, "Thành ủy Phan Thiết"));
    BOOST_TEST(contains(home.body, "Cán bộ đơn vị"));
}

BOOST_AUTO_TEST_CASE(cookie_from_before_sign_in_is_dead_after_it)
{
    HttpClient c;
    c.get("/login");
    std::string before = c.cookie("dvk_session");
    BOOST_REQUIRE(!before.empty());
    BOOST_REQUIRE(c.sign_in("pt.canbo", test::demo_password()).status == 303);
    BOOST_TEST(c.cookie("dvk_session") != before);

    HttpClient attacker;
    attacker.set_cookie("dvk_session", before);
    auto res = attacker.get("/");
    BOOST_TEST(res.status == 303);
    BOOST_TEST(contains(res.header("Location"), "/login"));
}

BOOST_AUTO_TEST_CASE(wrong_password_is_refused_with_a_message)
{
    HttpClient c;
    auto res = c.sign_in("pt.canbo", "sai-mat-khau");
    BOOST_TEST(res.status == 422);
    BOOST_TEST(contains(res.body, "Tên đăng nhập hoặc mật khẩu không đúng"));
    BOOST_TEST(contains(res.body, "value=\"pt.canbo\""));  // the login is kept
    BOOST_TEST(c.get("/").status == 303);
}

BOOST_AUTO_TEST_CASE(sign_in_without_csrf_token_is_403)
{
    HttpClient c;
    c.get("/login");
    auto res = c.post("/login", {{"login", "pt.canbo"}, {"password", test::demo_password()}});
    BOOST_TEST(res.status == 403);
    BOOST_TEST(c.get("/").status == 303);  // not signed in
}

BOOST_AUTO_TEST_CASE(post_from_another_origin_is_403)
{
    HttpClient c;
    auto page = c.get("/login");
    auto res = c.post("/login",
                      {{"login", "pt.canbo"}, {"password", test::demo_password()},
                       {"csrf_token", test::csrf_token_in(page.body)}},
                      {"Origin: http://evil.example"});
    BOOST_TEST(res.status == 403);
}

BOOST_AUTO_TEST_CASE(anonymous_home_goes_to_sign_in_and_back)
{
    HttpClient c;
    auto res = c.get("/");
    BOOST_TEST(res.status == 303);
    BOOST_TEST(res.header("Location") == "/login?next=%2F");
}

BOOST_AUTO_TEST_CASE(logout_kills_the_session_on_the_server)
{
    HttpClient c;
    BOOST_REQUIRE(c.sign_in("pt.canbo", test::demo_password()).status == 303);
    std::string token = c.cookie("dvk_session");
    auto home = c.get("/");
    auto res = c.post("/logout", {{"csrf_token", test::csrf_token_in(home.body)}});
    BOOST_TEST(res.status == 303);
    HttpClient replay;
    replay.set_cookie("dvk_session", token);
    BOOST_TEST(replay.get("/").status == 303);
}

BOOST_AUTO_TEST_CASE(account_is_locked_after_repeated_failures_even_for_the_right_password)
{
    // The runner sets DVK_LOGIN_LOCK_ACCOUNT_AFTER=5 so this takes seconds, not minutes.
    std::string login = test::make_user("unit_staff", "PT", kUserPassword);
    HttpClient c;
    for (int i = 0; i < 5; ++i) BOOST_TEST(c.sign_in(login, "wrong-password-123").status == 422);
    auto locked = c.sign_in(login, kUserPassword);
    BOOST_TEST(locked.status == 429);
    BOOST_TEST(contains(locked.body, "tạm thời bị khóa"));
    BOOST_TEST(c.get("/").status == 303);
}

BOOST_AUTO_TEST_CASE(password_change_checks_then_replaces_the_password)
{
    std::string login = test::make_user("unit_staff", "PT", kUserPassword);
    HttpClient c;
    BOOST_REQUIRE(c.sign_in(login, kUserPassword).status == 303);
    auto wrong = c.submit("/account/password", "/account/password",
                          {{"current_password", "not-it-at-all"}, {"new_password", "mật khẩu mới 2027"},
                           {"confirm_password", "mật khẩu mới 2027"}});
    BOOST_TEST(wrong.status == 422);
    BOOST_TEST(contains(wrong.body, "Mật khẩu hiện tại không đúng"));
    auto mismatch = c.submit("/account/password", "/account/password",
                             {{"current_password", kUserPassword}, {"new_password", "mật khẩu mới 2027"},
                              {"confirm_password", "mật khẩu khác 2027"}});
    BOOST_TEST(mismatch.status == 422);
    BOOST_TEST(contains(mismatch.body, "không khớp"));
    auto ok = c.submit("/account/password", "/account/password",
                       {{"current_password", kUserPassword}, {"new_password", "mật khẩu mới 2027"},
                        {"confirm_password", "mật khẩu mới 2027"}});
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(contains(c.get("/").body, "Đã đổi mật khẩu"));  // the flash message

    HttpClient again;
    BOOST_TEST(again.sign_in(login, kUserPassword).status == 422);
    BOOST_TEST(again.sign_in(login, "mật khẩu mới 2027").status == 303);
}

BOOST_AUTO_TEST_CASE(english_is_selectable_per_user)
{
    std::string login = test::make_user("unit_head", "DL", kUserPassword);
    HttpClient c;
    BOOST_REQUIRE(c.sign_in(login, kUserPassword).status == 303);
    BOOST_TEST(c.submit("/", "/account/language", {{"lang", "en"}}).status == 303);
    auto home = c.get("/");
    BOOST_TEST(contains(home.body, "Welcome"));
    BOOST_TEST(contains(home.body, "Unit head"));
    HttpClient later;  // kept on the account, not only in this browser
    BOOST_REQUIRE(later.sign_in(login, kUserPassword).status == 303);
    BOOST_TEST(contains(later.get("/").body, "<html lang=\"en\">"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(frozen_database)

BOOST_AUTO_TEST_CASE(a_stopped_database_gets_a_503_within_10_seconds)
{
    const char* var = std::getenv("DVK_VAR");
    BOOST_REQUIRE(var);
    std::ifstream pid_file(std::string(var) + "/run/mysqld.pid");
    long pid = 0;
    pid_file >> pid;
    BOOST_REQUIRE(pid > 1);
    HttpClient c;
    BOOST_REQUIRE(c.sign_in("pt.canbo", test::demo_password()).status == 303);
    // SIGSTOP freezes the server without closing its sockets: the hardest case for a client.
    struct Thaw {
        long pid;
        ~Thaw() { kill(static_cast<pid_t>(pid), SIGCONT); }
    } thaw{pid};
    BOOST_REQUIRE(kill(static_cast<pid_t>(pid), SIGSTOP) == 0);
    for (const char* path : {"/", "/healthz"}) {
        auto t0 = std::chrono::steady_clock::now();
        auto res = c.get(path);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        BOOST_TEST(res.status == 503, path);
        BOOST_TEST(seconds < 10.0, path << " took " << seconds << " s");
    }
    kill(static_cast<pid_t>(pid), SIGCONT);
    long status = 0;
    for (int i = 0; i < 50 && status != 200; ++i) {
        status = c.get("/").status;
        if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    BOOST_TEST(status == 200);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(error_statuses)

BOOST_AUTO_TEST_CASE(unknown_path_is_a_404_page)
{
    HttpClient c;
    auto res = c.get("/khong-co-trang-nay");
    BOOST_TEST(res.status == 404);
    BOOST_TEST(contains(res.body, "Không tìm thấy"));
}

BOOST_AUTO_TEST_CASE(wrong_method_is_405_with_allow)
{
    HttpClient c;
    auto res = c.post_raw("/healthz", "", "application/x-www-form-urlencoded");
    BOOST_TEST(res.status == 405);
    BOOST_TEST(res.header("Allow") == "GET");
}

BOOST_AUTO_TEST_CASE(oversized_form_body_is_413)
{
    HttpClient c;
    c.get("/login");
    std::string big = "login=x&password=" + std::string(2 * 1024 * 1024, 'a');
    auto res = c.post_raw("/login", big, "application/x-www-form-urlencoded");
    BOOST_TEST(res.status == 413);
    BOOST_TEST(contains(res.body, "vượt quá giới hạn"));
}

BOOST_AUTO_TEST_CASE(malformed_percent_encoding_is_400)
{
    HttpClient c;
    auto res = c.get("/login?next=%zz");
    BOOST_TEST(res.status == 400);
    BOOST_TEST(contains(res.body, "<html"));
    c.get("/login");
    auto post = c.post_raw("/login", "login=%E0%A4&password=x", "application/x-www-form-urlencoded");
    BOOST_TEST(post.status == 400);
}

BOOST_AUTO_TEST_CASE(malformed_multipart_body_is_400_and_the_program_lives_on)
{
    // A part without the blank line after its headers made cgicc throw past the request loop,
    // ending the program (nginx answered 502 until supervisor restarted it).
    HttpClient c;
    c.get("/login");
    std::string body = "--XX\r\nContent-Disposition: form-data; name=\"login\"\r\nadmin\r\n--XX--\r\n";
    for (int i = 0; i < 3; ++i) {
        auto res = c.post_raw("/login", body, "multipart/form-data; boundary=XX");
        BOOST_TEST(res.status == 400);
        BOOST_TEST(contains(res.body, "<html"));
    }
    BOOST_TEST(c.get("/login").status == 200);
}

BOOST_AUTO_TEST_CASE(safe_headers_on_pages_errors_and_static_files)
{
    HttpClient c;
    for (const char* path : {"/login", "/khong-co", "/static/css/app.css", "/static/khong-co.css"}) {
        auto res = c.get(path);
        BOOST_TEST(res.header("X-Content-Type-Options") == "nosniff", path);
        BOOST_TEST(res.header("X-Frame-Options") == "DENY", path);
        BOOST_TEST(contains(res.header("Content-Security-Policy"), "frame-ancestors 'none'"), path);
        BOOST_TEST(res.header("Referrer-Policy") == "same-origin", path);
        BOOST_TEST(res.header("Server") == "nginx", path);  // no version banner
        BOOST_TEST(res.headers.count("x-content-type-options") == 1u, path);
    }
    BOOST_TEST(c.get("/login").header("Cache-Control") == "no-store");
}

BOOST_AUTO_TEST_CASE(healthz_answers_when_the_database_does)
{
    HttpClient c;
    auto res = c.get("/healthz");
    BOOST_TEST(res.status == 200);
    BOOST_TEST(res.body == "ok\n");
}

BOOST_AUTO_TEST_CASE(database_stopped_gives_503_then_pages_work_again_without_restart)
{
    HttpClient c;
    BOOST_REQUIRE(c.sign_in("pt.canbo", test::demo_password()).status == 303);
    BOOST_REQUIRE(c.get("/").status == 200);

    // Whatever happens below, the database comes back for the tests after this one.
    struct Restart {
        ~Restart() { test::run_stack("start-db"); }
    } restart;
    BOOST_REQUIRE(test::run_stack("stop-db") == 0);

    auto t0 = std::chrono::steady_clock::now();
    auto down = c.get("/");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    BOOST_TEST(down.status == 503);
    BOOST_TEST(contains(down.body, "Cơ sở dữ liệu tạm thời không phản hồi"));
    BOOST_TEST(!contains(down.body, "SQL"));
    BOOST_TEST(seconds < 5.0);
    BOOST_TEST(c.get("/healthz").status == 503);

    BOOST_REQUIRE(test::run_stack("start-db") == 0);
    long status = 0;
    for (int i = 0; i < 50 && status != 200; ++i) {
        status = c.get("/").status;
        if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    BOOST_TEST(status == 200);  // same session, same programs: they reconnected
    BOOST_TEST(c.get("/healthz").status == 200);
}

// A starting MariaDB deletes the #sql* files in its tmpdir. Stacks run side by side (make verify),
// so a start must not reach into /tmp, where another server keeps its temporary tables.
BOOST_AUTO_TEST_CASE(database_start_leaves_other_servers_temporary_tables_alone)
{
    const std::string other = "/tmp/#sql-temptable-dvk-canary-" + std::to_string(getpid()) + ".MAI";
    { std::ofstream(other) << "another server's temporary table"; }
    struct Cleanup {
        std::string path;
        ~Cleanup() { std::remove(path.c_str()); test::run_stack("start-db"); }
    } cleanup{other};

    BOOST_REQUIRE(test::run_stack("restart-db") == 0);
    BOOST_TEST(std::ifstream(other).good());
    HttpClient c;
    long status = 0;
    for (int i = 0; i < 50 && status != 200; ++i) {
        status = c.get("/healthz").status;
        if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    BOOST_TEST(status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
