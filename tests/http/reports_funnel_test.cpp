// The reports through nginx and the programs, on the demo data: the 2023 funnel reads the article's
// figures (746, 155 by 13 of 14 units, 39 by 13 of 14 units, 22), a unit head sees only their
// subtree, the numbers link to their models, compliance and replications answer.
#include <boost/test/unit_test.hpp>

#include <regex>

#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// The text of the element with id="...": <a id="total-registered" href="...">746</a> -> "746".
std::string by_id(const std::string& html, const std::string& id)
{
    std::smatch m;
    std::regex re("id=\"" + id + "\"[^>]*>([^<]*)<");
    return std::regex_search(html, m, re) ? m[1].str() : std::string("(no #" + id + ")");
}

std::string href_of(const std::string& html, const std::string& id)
{
    std::smatch m;
    std::regex re("id=\"" + id + "\" href=\"([^\"]*)\"");
    std::string h = std::regex_search(html, m, re) ? m[1].str() : "";
    // Attribute values are HTML-escaped: &amp; back to &.
    for (size_t p = h.find("&amp;"); p != std::string::npos; p = h.find("&amp;", p + 1)) h.replace(p, 5, "&");
    return h;
}

HttpClient& commission()
{
    static HttpClient c;
    static bool signed_in = false;
    if (!signed_in) {
        BOOST_REQUIRE(c.sign_in("bdv.nguyen", test::demo_password()).status == 303);
        signed_in = true;
    }
    return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reports_funnel)

BOOST_AUTO_TEST_CASE(the_2023_funnel_reads_the_article_figures)
{
    auto res = commission().get("/reports/funnel?year=2023");
    BOOST_REQUIRE(res.status == 200);
    BOOST_TEST(by_id(res.body, "total-registered") == "746");
    BOOST_TEST(by_id(res.body, "total-recognised") == "155");
    BOOST_TEST(by_id(res.body, "units-recognised") == "(13/14 đơn vị)");
    BOOST_TEST(by_id(res.body, "total-proposed") == "39");
    BOOST_TEST(by_id(res.body, "units-proposed") == "(13/14 đơn vị)");
    BOOST_TEST(by_id(res.body, "total-recognised-above") == "22");
    // Đức Linh, the unit that has not considered or proposed, is marked.
    BOOST_TEST(contains(res.body, "<tr data-unit=\"DL\" class=\"marked\">"));
    BOOST_TEST(!contains(res.body, "<tr data-unit=\"PT\" class=\"marked\">"));
    BOOST_TEST(contains(res.body, "20,8\u00a0%"));  // 155 of 746
    // The charts are drawn on the server: inline SVG, no script.
    BOOST_TEST(contains(res.body, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\""));
    BOOST_TEST(!contains(res.body, "<script"));
    // The trend table shows the campaign's years, 2023 among them.
    BOOST_TEST(contains(res.body, "id=\"trend\""));
    BOOST_TEST(contains(res.body, ">2021</a>"));
    BOOST_TEST(contains(res.body, ">2025</a>"));
}

BOOST_AUTO_TEST_CASE(every_headline_number_links_to_its_models)
{
    auto& c = commission();
    auto page = c.get("/reports/funnel?year=2023").body;
    // Registered: the models list, filtered to the district level below the province.
    std::string reg = href_of(page, "total-registered");
    BOOST_TEST(contains(reg, "/models?year=2023&unit="));
    BOOST_TEST(contains(reg, "&level=district"));
    auto models = c.get(reg);
    BOOST_TEST(models.status == 200);
    BOOST_TEST(by_id(models.body, "total") == "746");
    // The other stages: this area's own list behind a cell.
    for (auto [id, n] : std::vector<std::pair<std::string, std::string>>{
             {"total-recognised", "155"}, {"total-proposed", "39"}, {"total-recognised-above", "22"}}) {
        std::string href = href_of(page, id);
        BOOST_TEST(contains(href, "/reports/funnel/models?year=2023"));
        auto list = c.get(href);
        BOOST_TEST(list.status == 200);
        BOOST_TEST(by_id(list.body, "total") == n);
    }
}

BOOST_AUTO_TEST_CASE(a_unit_head_sees_only_their_subtree)
{
    HttpClient pt;
    BOOST_REQUIRE(pt.sign_in("pt.lanhdao", test::demo_password()).status == 303);
    auto res = pt.get("/reports/funnel?year=2023");
    BOOST_REQUIRE(res.status == 200);
    BOOST_TEST(contains(res.body, "<p class=\"subtitle\">Thành ủy Phan Thiết ·"));  // PT's units below it
    BOOST_TEST(!contains(res.body, "data-unit=\"DL\""));
    BOOST_TEST(!contains(res.body, "Huyện ủy Đức Linh"));
    BOOST_TEST(pt.get("/reports/funnel?year=2023&unit=BT").status == 404);
    BOOST_TEST(pt.get("/reports/funnel?year=2023&unit=DL").status == 404);
    BOOST_TEST(pt.get("/reports/funnel.csv?year=2023&unit=BT").status == 404);
    BOOST_TEST(pt.get("/reports/compliance?year=2023&unit=DL").status == 404);
    BOOST_TEST(pt.get("/reports/funnel/models?year=2023&unit=DL&stage=registered").status == 404);

    HttpClient dl;
    BOOST_REQUIRE(dl.sign_in("dl.lanhdao", test::demo_password()).status == 303);
    BOOST_TEST(dl.get("/reports/funnel?year=2023&unit=PT").status == 404);
    auto own = dl.get("/reports/funnel?year=2023&unit=DL");
    BOOST_TEST(own.status == 200);
    BOOST_TEST(!contains(own.body, "Thành ủy Phan Thiết"));
}

BOOST_AUTO_TEST_CASE(a_signed_out_visitor_is_sent_to_sign_in)
{
    HttpClient anon;
    auto res = anon.get("/reports/funnel?year=2023");
    BOOST_TEST(res.status == 303);
    BOOST_TEST(contains(res.header("Location"), "/login"));
}

BOOST_AUTO_TEST_CASE(bad_parameters_are_refused_or_ignored_safely)
{
    auto& c = commission();
    BOOST_TEST(c.get("/reports/funnel/models?year=2023&unit=BT&total=1&stage=drop%20table").status == 404);
    BOOST_TEST(c.get("/reports/funnel?year=2023&unit=NO-SUCH-UNIT").status == 404);
    auto odd = c.get("/reports/funnel/models?year=2023&unit=BT&total=1&stage=registered&field=%27%20OR%201%3D1");
    BOOST_TEST(odd.status == 200);
    BOOST_TEST(by_id(odd.body, "total") == "0");
    BOOST_TEST(c.get("/reports/funnel?year=abc").status == 200);  // falls back to the campaign's year
}

BOOST_AUTO_TEST_CASE(compliance_shows_the_share_against_the_target)
{
    auto res = commission().get("/reports/compliance?year=2023");
    BOOST_REQUIRE(res.status == 200);
    BOOST_TEST(by_id(res.body, "share-recognised") == "13/14");
    BOOST_TEST(by_id(res.body, "share-proposed") == "13/14");
    BOOST_TEST(contains(res.body, "Chưa đạt chỉ tiêu"));
    BOOST_TEST(contains(res.body, "Thời hạn: 15/12/2023"));  // the proposal deadline of the demo schedule
}

BOOST_AUTO_TEST_CASE(replications_list_the_recognised_models)
{
    auto res = commission().get("/reports/replications?year=2023");
    BOOST_REQUIRE(res.status == 200);
    BOOST_TEST(contains(res.body, "id=\"replications\""));
    BOOST_TEST(contains(res.body, "Dân vận khéo trong vùng đồng bào dân tộc thiểu số"));
}

BOOST_AUTO_TEST_SUITE_END()
