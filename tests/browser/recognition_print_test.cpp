// The printed recognition list as Debian's headless Chromium prints it to PDF: the page is fetched
// with a signed-in session (curl: sign-in form, CSRF token, cookie jar), saved under
// var/test-artifacts/ with a <base href> so its stylesheets load, printed to PDF, and read back with
// poppler (pdfinfo, pdftotext, pdftoppm): the heading, the title, the annex line, the first model,
// the page count and a non-blank first page kept as a PNG.
#include <boost/test/unit_test.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace {

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    if (!v) throw std::runtime_error(std::string(name) + " is not set (run the tests through make test)");
    return v;
}

// Runs a shell command (every argument built here, quoted); returns its standard output.
std::string run(const std::string& cmd)
{
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        pclose(p);
    }
    return out;
}

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The demo logins' password (README.md), as tests/http's test::demo_password() gives it.
std::string demo_password()
{
    const char* v = std::getenv("DVK_DEMO_PASSWORD");
    return v ? v : "dvk-demo-2026";
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// Signs in with curl and fetches `path`; the session lives in a cookie jar of this run only.
std::string fetch_signed_in(const std::string& base, const std::string& path, const std::string& jar)
{
    std::string login = run("curl -s -c '" + jar + "' -b '" + jar + "' '" + base + "/login'");
    std::smatch m;
    if (!std::regex_search(login, m, std::regex("name=\"csrf_token\" value=\"([0-9a-f]+)\""))) return "";
    std::string status = run("curl -s -o /dev/null -w '%{http_code}' -c '" + jar + "' -b '" + jar +
                             "' --data-urlencode login=bdv.nguyen --data-urlencode 'password=" + demo_password() +
                             "' --data-urlencode csrf_token=" + m[1].str() + " '" + base + "/login'");
    if (status != "303") return "";
    return run("curl -s -b '" + jar + "' '" + base + path + "'");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(recognition_print)

BOOST_AUTO_TEST_CASE(the_provincial_list_prints_on_a4_with_its_heading)
{
    const std::string base = env("DVK_TEST_URL");
    const std::string dir = env("DVK_ARTIFACTS");
    const std::string tag = std::to_string(getpid());
    const std::string jar = "/tmp/dvk-print-cookies-" + tag;
    const std::string html_path = dir + "/recognition-print.html";
    const std::string pdf = dir + "/recognition-print.pdf";
    const std::string png_prefix = dir + "/recognition-print-page";
    const std::string png = png_prefix + "-1.png";
    for (const auto& f : {pdf, png}) std::remove(f.c_str());

    std::string html = fetch_signed_in(base, "/recognitions/print?year=2023", jar);
    std::remove(jar.c_str());
    BOOST_REQUIRE_MESSAGE(contains(html, "ĐẢNG CỘNG SẢN VIỆT NAM"), "the print page did not load signed in");
    // The first model of the list, as the page has it (collective models first).
    std::smatch m;
    BOOST_REQUIRE(std::regex_search(html, m, std::regex("<td class=\"no\">1</td><td>([^<]+)</td>")));
    std::string first_model = m[1].str();
    // The saved page loads its stylesheets from the stack.
    html.replace(html.find("<head>"), 6, "<head><base href=\"" + base + "/\">");
    {
        std::ofstream out(html_path, std::ios::binary);
        out << html;
    }

    std::string profile = "/tmp/dvk-chromium-print-" + tag;
    run("chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync --user-data-dir=" + profile +
        " --no-pdf-header-footer --print-to-pdf='" + pdf + "' 'file://" + html_path + "' 2>/dev/null");
    run("rm -rf '" + profile + "'");
    struct stat st {};
    BOOST_REQUIRE_MESSAGE(stat(pdf.c_str(), &st) == 0 && st.st_size > 1000, "Chromium wrote no PDF");

    std::string info = run("pdfinfo '" + pdf + "'");
    BOOST_REQUIRE(std::regex_search(info, m, std::regex("Pages:\\s+([0-9]+)")));
    int pages = std::stoi(m[1].str());
    BOOST_TEST(pages >= 1);
    BOOST_TEST(pages <= 6);  // 22 models on A4: a few pages, not one per row
    BOOST_TEST(contains(info, "(A4)"));

    // pdftotext without -layout keeps each line's words together.
    std::string text = run("pdftotext '" + pdf + "' -");
    BOOST_TEST(contains(text, "ĐẢNG CỘNG SẢN VIỆT NAM"));
    BOOST_TEST(contains(text, "BAN DÂN VẬN"));
    BOOST_TEST(contains(text, "DANH SÁCH MÔ HÌNH"));
    BOOST_TEST(contains(text, "CẤP TỈNH NĂM 2023"));
    BOOST_TEST(contains(text, "Kèm theo Quyết định số"));
    BOOST_TEST(contains(text, "ngày 28 tháng 12 năm"));
    std::string first_words = first_model.substr(0, first_model.find(' ', 12));
    BOOST_TEST(contains(text, first_words), "first model: " << first_words);
    BOOST_TEST(!contains(text, "Về trang chủ"));  // the screen-only link does not print
    BOOST_TEST(contains(text, "1/" + std::to_string(pages)));  // the page numbers (@page margin box)

    run("pdftoppm -png -r 80 -f 1 -l 1 '" + pdf + "' '" + png_prefix + "'");
    std::string image = read_file(png);
    BOOST_REQUIRE_MESSAGE(image.size() > 8 && image.compare(1, 3, "PNG") == 0, "no PNG of page 1");
    BOOST_TEST(image.size() > 20000u);  // a blank A4 page at 80 dpi compresses to a few kB
}

BOOST_AUTO_TEST_SUITE_END()
