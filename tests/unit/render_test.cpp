// Rendering: catalogs complete in both languages, templates auto-escaped, display formats.
#include <boost/test/unit_test.hpp>
#include <ctemplate/template.h>
#include <dirent.h>

#include <fstream>
#include <set>
#include <sstream>

#include "core/render.h"

namespace {
void ensure_loaded()
{
    static bool loaded = false;
    if (!loaded) core::load_templates("templates");
    loaded = true;
}

void collect(const std::string& dir, std::vector<std::string>& out)
{
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        std::string n = e->d_name;
        if (n == "." || n == "..") continue;
        std::string p = dir + "/" + n;
        if (e->d_type == DT_DIR) {
            collect(p, out);
        } else if (n.size() > 4 && n.substr(n.size() - 4) == ".tpl") {
            out.push_back(p);
        }
    }
    closedir(d);
}

std::string slurp(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(rendering)

BOOST_AUTO_TEST_CASE(both_catalogs_have_the_same_keys)
{
    ensure_loaded();
    const auto& vi = core::catalog().entries("vi");
    const auto& en = core::catalog().entries("en");
    BOOST_TEST(vi.size() > 50u);
    for (const auto& [k, v] : vi) BOOST_TEST(en.count(k) == 1u, "English lacks " << k);
    for (const auto& [k, v] : en) BOOST_TEST(vi.count(k) == 1u, "Vietnamese lacks " << k);
}

BOOST_AUTO_TEST_CASE(every_template_is_auto_escaped_and_its_messages_exist)
{
    ensure_loaded();
    std::vector<std::string> files;
    collect("templates", files);
    BOOST_TEST(files.size() >= 5u);
    for (const auto& f : files) {
        std::string text = slurp(f);
        BOOST_TEST(text.rfind("{{%AUTOESCAPE context=\"HTML\"}}", 0) == 0u, f << " does not start with AUTOESCAPE");
        for (size_t pos = text.find("{{T_"); pos != std::string::npos; pos = text.find("{{T_", pos + 2)) {
            std::string key = text.substr(pos + 2, text.find("}}", pos) - pos - 2);
            BOOST_TEST(core::catalog().has("vi", key), f << " uses unknown message " << key);
        }
    }
}

BOOST_AUTO_TEST_CASE(values_are_escaped_in_pages)
{
    ensure_loaded();
    ctemplate::TemplateDictionary dict("login");
    dict.SetValue("LOGIN", "<script>alert(1)</script>\"");
    dict.SetValue("NEXT", "/");
    core::PageContext ctx;
    core::PageRenderer renderer(ctx);
    std::string html = renderer.page("account/login.tpl", dict, "T_SIGN_IN");
    BOOST_TEST(html.find("<script>alert(1)") == std::string::npos);
    BOOST_TEST(html.find("&lt;script&gt;alert(1)&lt;/script&gt;&quot;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(templates_are_localized_once_with_escaped_messages)
{
    core::Catalog c;
    c.load_text("vi", "T_A = Đăng nhập <ngay> & \"lưu\"\nT_B = chỉ tiếng Việt\n");
    c.load_text("en", "T_A = Sign in\n");
    std::string tpl = "<p title=\"{{T_A}}\">{{T_A}} {{T_B}} {{T_UNKNOWN}} {{T_A:none}} {{VALUE}}</p>";
    BOOST_TEST(core::localize_template(tpl, "vi", c) ==
               "<p title=\"Đăng nhập &lt;ngay&gt; &amp; &quot;lưu&quot;\">Đăng nhập &lt;ngay&gt; &amp; &quot;lưu&quot; "
               "chỉ tiếng Việt {{T_UNKNOWN}} {{T_A:none}} {{VALUE}}</p>");
    BOOST_TEST(core::localize_template(tpl, "en", c) ==
               "<p title=\"Sign in\">Sign in chỉ tiếng Việt {{T_UNKNOWN}} {{T_A:none}} {{VALUE}}</p>");
    BOOST_TEST(core::localize_template("no markers {{X}} {{T_", "en", c) == "no markers {{X}} {{T_");
}

BOOST_AUTO_TEST_CASE(the_same_page_in_both_languages)
{
    ensure_loaded();
    for (const char* lang : {"vi", "en"}) {
        ctemplate::TemplateDictionary dict("login");
        dict.SetValue("NEXT", "/");
        core::PageContext ctx;
        ctx.lang = lang;
        core::PageRenderer renderer(ctx);
        std::string html = renderer.page("account/login.tpl", dict, "T_SIGN_IN");
        BOOST_TEST(html.find(core::catalog().get(lang, "T_PASSWORD")) != std::string::npos, lang);
        BOOST_TEST(html.find("{{") == std::string::npos, lang);
    }
}

BOOST_AUTO_TEST_CASE(catalog_format_and_fallbacks)
{
    core::Catalog c;
    c.load_text("vi", "A = Hạn chót là {0}, còn {1} ngày\nONLY_VI = chỉ tiếng Việt\n");
    c.load_text("en", "A = Deadline {0}, {1} days left\n");
    BOOST_TEST(c.format("vi", "A", {"31/12/2024", "5"}) == "Hạn chót là 31/12/2024, còn 5 ngày");
    BOOST_TEST(c.format("en", "A", {"31/12/2024", "5"}) == "Deadline 31/12/2024, 5 days left");
    BOOST_TEST(c.get("en", "ONLY_VI") == "chỉ tiếng Việt");
    BOOST_TEST(c.get("en", "NOWHERE") == "NOWHERE");
}

BOOST_AUTO_TEST_CASE(dates_and_numbers)
{
    BOOST_TEST(core::format_date("2023-12-31") == "31/12/2023");
    BOOST_TEST(core::format_datetime("2023-12-31 08:05:09") == "31/12/2023 08:05");
    BOOST_TEST(core::format_number(746, "vi") == "746");
    BOOST_TEST(core::format_number(1234567, "vi") == "1.234.567");
    BOOST_TEST(core::format_number(1234567, "en") == "1,234,567");
    BOOST_TEST(*core::parse_date("31/12/2024") == "2024-12-31");
    BOOST_TEST(*core::parse_date("2024-02-29") == "2024-02-29");
    BOOST_TEST(!core::parse_date("2023-02-29"));
    BOOST_TEST(!core::parse_date("32/01/2024"));
    BOOST_TEST(!core::parse_date("31/12/2024x"));
}

BOOST_AUTO_TEST_SUITE_END()
