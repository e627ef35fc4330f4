// CSV import through nginx: a good file registers every row; a file with a bad row changes nothing
// and answers each bad row by line and column.
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include <memory>
#include <regex>

#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::unique_ptr<HttpClient> as(const std::string& login) { return test::signed_in(login); }

test::HttpResponse upload(HttpClient& c, const std::string& csv)
{
    std::string token = test::csrf_token_in(c.get("/models/import").body);
    return c.post_multipart("/models/import",
                            {{"csrf_token", token, "", ""}, {"file", csv, "mo-hinh.csv", "text/csv"}});
}

long long total(HttpClient& c, const std::string& q)
{
    std::smatch m;
    auto body = c.get("/models?q=" + test::url_encode(q)).body;
    BOOST_REQUIRE(std::regex_search(body, m, std::regex("<strong id=\"total\">([0-9]+)</strong>")));
    return std::stoll(m[1]);
}

const std::string kHeader = "\xEF\xBB\xBFyear,unit_code,title,kind,field,person_name,summary,person_position,start_date\r\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(models_import)

BOOST_AUTO_TEST_CASE(a_good_file_registers_every_row)
{
    auto c = as("pt.canbo");
    std::string tag = "nk" + std::to_string(getpid());
    auto res = upload(*c, kHeader +
                              "2026,PT,\"Mỗi chi bộ, một hộ thoát nghèo " + tag + "\",collective,economy,,Tóm tắt,,01/03/2026\r\n"
                              "2026,PT-PHUTHUY,\"Khu phố \"\"xanh\"\" " + tag + "\",individual,culture_society,Võ Thị Lan,"
                              "\"Hai\r\ndòng\",Bí thư chi bộ,\r\n");
    BOOST_TEST(res.status == 200);
    BOOST_TEST(contains(res.body, "<strong id=\"created-count\">2</strong>"));
    BOOST_TEST(total(*c, tag) == 2);
    BOOST_TEST(contains(c->get("/models?q=" + tag).body, "Khu phố &quot;xanh&quot; " + tag));
    // Each model's history says it came from a file.
    std::smatch m;
    std::string body = c->get("/models?q=" + tag).body;
    BOOST_REQUIRE(std::regex_search(body, m, std::regex("data-id=\"([0-9]+)\"")));
    BOOST_TEST(contains(c->get("/models/" + std::string(m[1])).body, "Đăng ký qua tệp CSV"));
}

BOOST_AUTO_TEST_CASE(a_file_with_bad_rows_changes_nothing_and_names_each_line_and_column)
{
    auto c = as("pt.canbo");
    std::string tag = "nb" + std::to_string(getpid());
    auto res = upload(*c, kHeader +
                              "2026,PT,Dòng tốt " + tag + ",collective,economy,,x,,\r\n"          // line 2
                              "2026,DL,Đơn vị khác " + tag + ",collective,economy,,x,,\r\n"       // 3
                              "2026,PT,Loại sai " + tag + ",team,economy,,x,,\r\n"                // 4
                              "2026,PT,Cá nhân " + tag + ",individual,economy,,x,,\r\n"           // 5
                              "2026,PT,Ngày sai " + tag + ",collective,economy,,x,,32/01/2026\r\n"  // 6
                              "2026,PT,Lĩnh vực sai " + tag + ",collective,sport,,x,,\r\n");       // 7
    BOOST_TEST(res.status == 422);
    BOOST_TEST(contains(res.body, "Không có dữ liệu nào bị thay đổi"));
    auto row = [&](int line, const std::string& column, const std::string& text) {
        return contains(res.body, "<td class=\"num\">" + std::to_string(line) + "</td><td>" + column + "</td><td>" + text);
    };
    BOOST_TEST(row(3, "unit_code", "Mã đơn vị &quot;DL&quot; không tồn tại hoặc không thuộc phạm vi"));
    BOOST_TEST(row(4, "kind", "Vui lòng chọn loại mô hình"));
    BOOST_TEST(row(5, "person_name", "Mô hình cá nhân phải có họ và tên"));
    BOOST_TEST(row(6, "start_date", "Ngày không hợp lệ"));
    BOOST_TEST(row(7, "field", "Vui lòng chọn lĩnh vực"));
    BOOST_TEST(!contains(res.body, "<td class=\"num\">2</td><td>"));
    BOOST_TEST(total(*c, tag) == 0);  // not even the good row
}

BOOST_AUTO_TEST_CASE(malformed_files_are_refused_clearly)
{
    auto c = as("pt.canbo");
    auto quote = upload(*c, kHeader + "2026,PT,\"Chưa đóng,collective,economy,,x,,\r\n");
    BOOST_TEST(quote.status == 422);
    BOOST_TEST(contains(quote.body, "<td class=\"num\">2</td><td>—</td><td>Dấu ngoặc kép mở ở dòng này"));
    auto columns = upload(*c, "year,title\r\n2026,x\r\n");
    BOOST_TEST(columns.status == 422);
    BOOST_TEST(contains(columns.body, "<td>unit_code</td><td>Thiếu cột bắt buộc."));
    auto latin1 = upload(*c, "year,unit_code,title,kind,field,person_name,summary\r\n2026,PT,D\xE2n,collective,economy,,x\r\n");
    BOOST_TEST(latin1.status == 422);
    BOOST_TEST(contains(latin1.body, "không phải mã UTF-8"));
}

BOOST_AUTO_TEST_CASE(the_form_explains_the_rules_and_offers_a_template)
{
    auto c = as("pt.canbo");
    auto form = c->get("/models/import");
    BOOST_TEST(form.status == 200);
    BOOST_TEST(contains(form.body, "year,unit_code,title,kind,field,person_name,summary"));
    BOOST_TEST(contains(form.body, "<code>PT-PHUTHUY</code>"));
    BOOST_TEST(!contains(form.body, "<code>DL</code>"));
    auto tpl = c->get("/models/import/template.csv");
    BOOST_TEST(tpl.status == 200);
    BOOST_TEST(tpl.body.compare(0, 3 + 52, "\xEF\xBB\xBFyear,unit_code,title,kind,field,person_name,summary,") == 0);
    // The template itself imports (its rows are for the user's own unit).
    auto res = upload(*c, tpl.body);
    BOOST_TEST(res.status == 200);
    BOOST_TEST(contains(res.body, "<strong id=\"created-count\">2</strong>"));
}

// Found by the XSS campaign (tests/xss): a non-ASCII `done` key reached the ascii_bin key column and
// answered 500. A key that is not one the import made shows the plain form.
BOOST_AUTO_TEST_CASE(a_malformed_done_key_shows_the_form)
{
    auto c = as("pt.canbo");
    for (const char* key : {"%3Cscript%3Edvkxss(1)%3C%2Fscript%3E", "M%C3%B4%20h%C3%ACnh", "0123456789abcdef0123456789abcdef",
                            "ZZ", "0123456789ABCDEF0123456789ABCDEF"}) {
        auto page = c->get(std::string("/models/import?done=") + key);
        BOOST_TEST(page.status == 200, key);
        BOOST_TEST(contains(page.body, "name=\"file\""), key);
    }
}

BOOST_AUTO_TEST_SUITE_END()
