// Safe headers on every GET route (read from the route tables' source text), on the programs' error
// pages and on nginx's own 502 and 504; sessions dying server-side on expiry; argon2id parameters.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include <signal.h>
#include <unistd.h>

#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::vector<std::string> get_routes()
{
    std::vector<std::string> out;
    for (const auto& r : test::routes_in_source())
        if (r.method == "GET") out.push_back(r.pattern);
    return out;
}

// Checks the headers every answer must carry; `signed_in`: a page with a user's data.
void check_headers(const test::HttpResponse& res, const std::string& what, bool signed_in)
{
    BOOST_TEST(res.headers.count("x-content-type-options") == 1u, what);
    BOOST_TEST(res.header("X-Content-Type-Options") == "nosniff", what);
    BOOST_TEST(res.headers.count("content-security-policy") == 1u, what);
    BOOST_TEST(contains(res.header("Content-Security-Policy"), "frame-ancestors 'none'"), what);
    BOOST_TEST(res.header("Referrer-Policy") == "same-origin", what);
    BOOST_TEST(res.header("Server") == "nginx", what << " Server: " << res.header("Server"));  // no version
    BOOST_TEST(res.headers.count("x-powered-by") == 0u, what);
    std::string type = res.header("Content-Type");
    BOOST_TEST(!type.empty(), what);
    if (type.rfind("text/", 0) == 0) BOOST_TEST(contains(type, "charset=utf-8"), what << " Content-Type: " << type);
    if (signed_in) BOOST_TEST(res.header("Cache-Control") == "no-store", what << " Cache-Control: " << res.header("Cache-Control"));
}

// Runs a statement in the test stack's database as root (the http tests have no SQL client).
std::string sql(const std::string& statement)
{
    const char* var = std::getenv("DVK_VAR");
    BOOST_TEST_REQUIRE(var != nullptr);
    std::string cmd = std::string("mariadb --defaults-file=") + var + "/db/my.cnf -uroot -N -B dvk -e \"" +
                      statement + "\" 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    BOOST_TEST_REQUIRE(p != nullptr);
    std::string out;
    char buf[4096];
    while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

// Stops one FastCGI program for the life of the guard.
struct ProgramStopped {
    std::string conf, name;
    ProgramStopped(std::string program) : name(std::move(program))
    {
        conf = std::string(std::getenv("DVK_VAR")) + "/supervisord.conf";
        std::system(("supervisorctl -c " + conf + " stop " + name + " >/dev/null 2>&1").c_str());
    }
    ~ProgramStopped() { std::system(("supervisorctl -c " + conf + " start " + name + " >/dev/null 2>&1").c_str()); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(headers)

BOOST_AUTO_TEST_CASE(every_get_route_as_admin_carries_the_safe_headers)
{
    HttpClient admin;
    BOOST_TEST_REQUIRE(admin.sign_in("admin", test::demo_password()).status == 303);
    // Real ids where a list shows one (the first link of its kind), else a missing one (a 404 page).
    std::string pages;
    for (const char* p : {"/models?year=2023", "/reviews", "/admin/units", "/admin/users", "/admin/campaigns"})
        pages += admin.get(p).body;
    std::smatch m;
    if (std::regex_search(pages, m, std::regex(R"re(href="/reviews/([0-9]+)")re")))
        pages += admin.get("/reviews/" + m[1].str()).body;
    int checked = 0;
    for (auto path : get_routes()) {
        auto pos = path.find("{id}");
        if (pos != std::string::npos) {
            std::string prefix = path.substr(0, pos);
            std::string id = "999999999";
            if (std::regex_search(pages, m, std::regex("href=\"" + prefix + "([0-9]+)\""))) id = m[1];
            path.replace(pos, 4, id);
        }
        for (auto p = path.find("{attachment_id}"); p != std::string::npos; p = path.find("{attachment_id}"))
            path.replace(p, 15, "999999999");
        if (contains(path, "year") || contains(path, "reports") || contains(path, "recognitions")) path += "?year=2023";
        auto res = admin.get(path);
        BOOST_TEST(res.status < 500, path << " answered " << res.status);
        check_headers(res, "GET " + path + " (" + std::to_string(res.status) + ")", true);
        ++checked;
    }
    BOOST_TEST(checked > 40);
}

BOOST_AUTO_TEST_CASE(error_pages_carry_the_safe_headers)
{
    HttpClient anon;
    auto bad = anon.get("/login?next=%zz");
    BOOST_TEST(bad.status == 400);
    check_headers(bad, "400", true);
    auto missing = anon.get("/khong-co-trang-nay");
    BOOST_TEST(missing.status == 404);
    check_headers(missing, "404", true);
    auto method = anon.post_raw("/healthz", "", "application/x-www-form-urlencoded");
    BOOST_TEST(method.status == 405);
    check_headers(method, "405", true);
    anon.get("/login");
    auto big = anon.post_raw("/login", "login=x&password=" + std::string(2 * 1024 * 1024, 'a'),
                             "application/x-www-form-urlencoded");
    BOOST_TEST(big.status == 413);
    check_headers(big, "413", true);
    auto wrong = anon.sign_in("pt.canbo", "sai-mat-khau-nhe");
    BOOST_TEST(wrong.status == 422);
    check_headers(wrong, "422", true);
    HttpClient staff;
    BOOST_TEST_REQUIRE(staff.sign_in("pt.canbo", test::demo_password()).status == 303);
    auto forbidden = staff.get("/admin/units");
    BOOST_TEST(forbidden.status == 403);
    check_headers(forbidden, "403", true);
}

BOOST_AUTO_TEST_CASE(nginx_own_502_carries_the_safe_headers_and_the_styled_page)
{
    {
        ProgramStopped stopped("reports");
        HttpClient c;
        auto res = c.get("/reports/funnel?year=2023");
        BOOST_TEST(res.status == 502);
        BOOST_TEST(contains(res.body, "Hệ thống tạm thời không phản hồi"));
        check_headers(res, "nginx 502", false);
        BOOST_TEST(!contains(res.body, "nginx/"));  // no version on the page either
    }
    // Back after the guard: the program answers again.
    HttpClient c;
    BOOST_TEST_REQUIRE(c.sign_in("admin", test::demo_password()).status == 303);
    int status = 0;
    for (int i = 0; i < 50 && status != 200; ++i) {
        status = static_cast<int>(c.get("/reports/funnel?year=2023").status);
        if (status != 200) ::usleep(100000);
    }
    BOOST_TEST(status == 200);
}

// A program that hangs (SIGSTOP) makes nginx answer its own 504 after fastcgi_read_timeout
// (DVK_FASTCGI_READ_TIMEOUT: 10 s in the test stack).
BOOST_AUTO_TEST_CASE(nginx_own_504_carries_the_safe_headers_and_the_styled_page)
{
    std::string conf = std::string(std::getenv("DVK_VAR")) + "/supervisord.conf";
    std::string pid;
    if (FILE* p = popen(("supervisorctl -c " + conf + " pid reports").c_str(), "r")) {
        char buf[32] = {};
        if (fgets(buf, sizeof buf, p)) pid = buf;
        pclose(p);
    }
    BOOST_TEST_REQUIRE(std::atoi(pid.c_str()) > 0);
    struct Frozen {
        int pid;
        ~Frozen() { ::kill(pid, SIGCONT); }
    } frozen{std::atoi(pid.c_str())};
    BOOST_TEST_REQUIRE(::kill(frozen.pid, SIGSTOP) == 0);
    HttpClient c;
    auto res = c.get("/reports/funnel?year=2023");
    BOOST_TEST(res.status == 504);
    BOOST_TEST(contains(res.body, "Hệ thống tạm thời không phản hồi"));
    check_headers(res, "nginx 504", false);
    BOOST_TEST(!contains(res.body, "nginx/"));
}

BOOST_AUTO_TEST_CASE(idle_and_absolute_expiry_kill_the_session_on_the_server)
{
    for (const char* column : {"last_seen_at", "created_at"}) {
        HttpClient c;
        BOOST_TEST_REQUIRE(c.sign_in("pt.canbo", test::demo_password()).status == 303);
        BOOST_TEST_REQUIRE(c.get("/").status == 200);
        std::string token = c.cookie("dvk_session");
        BOOST_TEST_REQUIRE(token.size() == 64u);
        // The token is the 64 hex digits our own server issued (checked above).
        std::string where = " WHERE token_hash = SHA2('" + token + "', 256)";
        BOOST_TEST_REQUIRE(sql("SELECT COUNT(*) FROM sessions" + where) == "1");
        sql(std::string("UPDATE sessions SET ") + column + " = NOW() - INTERVAL 13 HOUR" + where);
        auto res = c.get("/");
        BOOST_TEST(res.status == 303, column);
        BOOST_TEST(contains(res.header("Location"), "/login"), column);
        BOOST_TEST(sql("SELECT COUNT(*) FROM sessions" + where) == "0", column);  // gone, not only refused
    }
}

BOOST_AUTO_TEST_CASE(password_hashes_are_argon2id_with_at_least_owasp_parameters)
{
    std::string hash = sql("SELECT password_hash FROM users WHERE login = 'pt.canbo'");
    std::smatch m;
    BOOST_TEST_REQUIRE(std::regex_search(hash, m, std::regex(R"(^\$argon2id\$v=19\$m=([0-9]+),t=([0-9]+),p=([0-9]+)\$)")),
                       hash);
    BOOST_TEST(std::stol(m[1]) >= 19 * 1024);  // KiB: 19 MiB
    BOOST_TEST(std::stol(m[2]) >= 2);
}

BOOST_AUTO_TEST_SUITE_END()
