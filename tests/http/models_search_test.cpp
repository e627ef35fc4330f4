// The list through nginx: search with and without diacritics, filters in the URL, the demo figures,
// and the exports (CSV parses back to the list's rows; XLSX opens in openpyxl with the same count).
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <regex>

#include "domain/csv.h"
#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::unique_ptr<HttpClient> as(const std::string& login) { return test::signed_in(login); }

long long total(HttpClient& c, const std::string& query)
{
    auto res = c.get("/models?" + query);
    BOOST_REQUIRE_EQUAL(res.status, 200);
    std::smatch m;
    BOOST_REQUIRE(std::regex_search(res.body, m, std::regex("<strong id=\"total\">([0-9.,]+)</strong>")));
    std::string digits;
    for (char ch : std::string(m[1])) if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
    return std::stoll(digits);
}

// Every model id the list shows for a query, over all its pages.
std::vector<std::string> listed_ids(HttpClient& c, const std::string& query)
{
    std::vector<std::string> ids;
    for (int page = 1; page < 100; ++page) {
        auto res = c.get("/models?" + query + "&page=" + std::to_string(page));
        std::regex row("data-id=\"([0-9]+)\"");
        size_t before = ids.size();
        for (std::sregex_iterator it(res.body.begin(), res.body.end(), row), end; it != end; ++it) ids.push_back((*it)[1]);
        if (ids.size() == before || !contains(res.body, "rel=\"next\"")) break;
    }
    return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(models_search)

BOOST_AUTO_TEST_CASE(search_finds_with_or_without_diacritics)
{
    auto c = as("pt.canbo");
    std::string tag = "tk" + std::to_string(getpid());
    auto res = c->submit("/models/new", "/models",
                         {{"year", "2026"}, {"title", "Dân vận khéo ở Đắk Song " + tag}, {"kind", "collective"},
                          {"field", "culture_society"}, {"summary", "x"}});
    BOOST_REQUIRE_EQUAL(res.status, 303);
    BOOST_TEST(total(*c, "q=" + test::url_encode("dan van kheo " + tag)) == 1);
    BOOST_TEST(total(*c, "q=" + test::url_encode("Dân vận khéo " + tag)) == 1);
    BOOST_TEST(total(*c, "q=" + test::url_encode("DAK SONG " + tag)) == 1);
    BOOST_TEST(total(*c, "q=" + test::url_encode(tag + " đắk")) == 1);
    BOOST_TEST(total(*c, "q=" + test::url_encode(tag + " kheo dan")) == 1);  // any order
    BOOST_TEST(total(*c, "q=" + test::url_encode(tag + " khong")) == 0);
    BOOST_TEST(total(*c, "q=" + test::url_encode(tag + " %")) == 0);
    // And the page shows the title as typed.
    BOOST_TEST(contains(c->get("/models?q=" + tag).body, "Dân vận khéo ở Đắk Song " + tag));
}

BOOST_AUTO_TEST_CASE(the_demo_shows_746_models_registered_at_district_level_in_2023)
{
    auto c = as("bdv.nguyen");
    BOOST_TEST(total(*c, "year=2023&level=district") == 746);
    BOOST_TEST(total(*c, "level=grassroots") > 0);
    BOOST_TEST(total(*c, "year=2023&level=district&unit=DL") == 49);
    // A unit's staff see their own subtree only, whatever the URL asks for.
    auto pt = as("pt.canbo");
    BOOST_TEST(total(*pt, "year=2023&unit=DL") == 0);
    BOOST_TEST(total(*pt, "year=2023") == 78);
}

BOOST_AUTO_TEST_CASE(the_filter_lives_in_the_url_and_pages_keep_it)
{
    auto c = as("bdv.nguyen");
    auto res = c->get("/models?year=2023&field=economy&kind=individual&sort=unit&dir=desc");
    BOOST_TEST(res.status == 200);
    BOOST_TEST(contains(res.body, "<option value=\"economy\" selected>"));
    BOOST_TEST(contains(res.body, "<option value=\"individual\" selected>"));
    auto page1 = c->get("/models?year=2023");
    BOOST_TEST(contains(page1.body, "href=\"/models?year=2023&amp;page=2\""));
    BOOST_TEST(contains(page1.body, "href=\"/models.csv?year=2023\""));
    // Sorting by any shown column works, and a made-up sort is ignored.
    for (const char* s : {"title", "unit", "year", "field", "kind", "status", "id;drop"})
        BOOST_TEST(total(*c, std::string("year=2023&sort=") + s) == 746, s);
}

BOOST_AUTO_TEST_CASE(csv_export_parses_back_to_the_rows_the_list_shows)
{
    auto c = as("bdv.nguyen");
    const std::string query = "year=2023&unit=PT&sort=title";
    auto ids = listed_ids(*c, query);
    BOOST_REQUIRE_EQUAL(ids.size(), 78u);  // two pages of the list
    auto res = c->get("/models.csv?" + query);
    BOOST_TEST(res.status == 200);
    BOOST_TEST(contains(res.header("Content-Type"), "text/csv"));
    BOOST_TEST(contains(res.header("Content-Disposition"), "attachment"));
    BOOST_TEST(res.body.compare(0, 3, "\xEF\xBB\xBF") == 0);
    BOOST_TEST(res.body.substr(3, 52) == "id,year,unit_code,unit_name,title,kind,field,status,");
    BOOST_TEST(contains(res.body, "\r\n"));
    auto csv = domain::parse_csv(res.body);
    BOOST_TEST_REQUIRE(!csv.error);
    BOOST_REQUIRE_EQUAL(csv.records.size(), ids.size() + 1);
    for (size_t k = 0; k < ids.size(); ++k) {
        const auto& f = csv.records[k + 1].fields;
        BOOST_TEST(f.at(0) == ids[k]);
        BOOST_TEST(f.at(1) == "2023");
        BOOST_TEST(f.at(2) == "PT");
        BOOST_TEST(f.at(3) == "Thành ủy Phan Thiết");
        BOOST_TEST(!f.at(7).empty());  // a status code (the recognition cycle moves some on)
    }
    // Every title in the file is the one the list shows for that id.
    auto list = c->get("/models?" + query);
    for (size_t k = 1; k <= 5; ++k)
        BOOST_TEST(contains(list.body, ">" + csv.records[k].fields[4] + "</a>"), csv.records[k].fields[4]);
}

BOOST_AUTO_TEST_CASE(xlsx_export_opens_in_a_real_reader_with_the_same_rows)
{
    auto c = as("bdv.nguyen");
    const std::string query = "year=2023&unit=DL";
    long long expected = total(*c, query);
    auto res = c->get("/models.xlsx?" + query);
    BOOST_TEST(res.status == 200);
    BOOST_TEST(res.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    BOOST_TEST(res.body.compare(0, 2, "PK") == 0);

    char path[] = "/tmp/dvk-xlsx-test-XXXXXX.xlsx";  // openpyxl goes by the extension
    int fd = mkstemps(path, 5);
    BOOST_REQUIRE(fd >= 0);
    BOOST_REQUIRE(write(fd, res.body.data(), res.body.size()) == static_cast<ssize_t>(res.body.size()));
    close(fd);
    // Debian's python3 with python3-openpyxl (scripts/setup-deps.sh installs it).
    std::string cmd = std::string("/usr/bin/python3 -c \"import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).active;"
                                  " print(ws.max_row-1, ws['A1'].font.b, type(ws['K2'].value).__name__,"
                                  " ws.column_dimensions['E'].width > 20, ws['C2'].value)\" ") + path + " 2>&1";
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[512];
        while (fgets(buf, sizeof buf, p)) out += buf;
        pclose(p);
    }
    unlink(path);
    BOOST_TEST(out == std::to_string(expected) + " True datetime True DL\n", "openpyxl said: " << out);
}

BOOST_AUTO_TEST_SUITE_END()
