// The sign-in page as Debian's headless Chromium renders it: a screenshot under var/ and its DOM.
#include <boost/test/unit_test.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    if (!v) throw std::runtime_error(std::string(name) + " is not set (run the tests through make test)");
    return v;
}

// Runs chromium headless with the flags this machine needs; returns its standard output.
std::string chromium(const std::string& args)
{
    std::string profile = "/tmp/dvk-chromium-" + std::to_string(getpid());
    std::string cmd = "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                      "--disable-background-networking --disable-component-update --disable-sync "
                      "--user-data-dir=" + profile + " " + args + " 2>/dev/null";
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        pclose(p);
    }
    std::system(("rm -rf " + profile).c_str());
    return out;
}

// Width and height from a PNG's IHDR chunk; 0x0 when the file is not a PNG.
std::pair<unsigned, unsigned> png_size(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char h[24] = {};
    in.read(reinterpret_cast<char*>(h), sizeof h);
    if (!in || h[1] != 'P' || h[2] != 'N' || h[3] != 'G') return {0, 0};
    auto be = [&](int i) { return unsigned(h[i]) << 24 | unsigned(h[i + 1]) << 16 | unsigned(h[i + 2]) << 8 | h[i + 3]; };
    return {be(16), be(20)};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(browser)

BOOST_AUTO_TEST_CASE(sign_in_page_renders_in_chromium)
{
    std::string url = env("DVK_TEST_URL") + "/login";
    std::string png = env("DVK_ARTIFACTS") + "/login.png";
    std::remove(png.c_str());
    chromium("--window-size=1280,900 --screenshot=" + png + " " + url);
    auto [w, h] = png_size(png);
    BOOST_TEST(w == 1280u);
    BOOST_TEST(h == 900u);
    struct stat st {};
    BOOST_REQUIRE(stat(png.c_str(), &st) == 0);
    BOOST_TEST(st.st_size > 10000);  // a blank page compresses to far less

    std::string dom = chromium("--dump-dom " + url);
    BOOST_TEST(dom.find("<form method=\"post\" action=\"/login\"") != std::string::npos);
    BOOST_TEST(dom.find("Đăng nhập") != std::string::npos);
    BOOST_TEST(dom.find("name=\"csrf_token\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
