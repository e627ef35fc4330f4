// Attachments through nginx: allowed types by extension and content, the size limit, download with
// the stored type and a safe name, and another district's users answered 404.
#include <boost/test/unit_test.hpp>

#include <memory>
#include <regex>

#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::unique_ptr<HttpClient> as(const std::string& login) { return test::signed_in(login); }

// A fresh model of Phan Thiết (2026, so that the 2023 figures stay as they are).
std::string new_model(HttpClient& c)
{
    auto res = c.submit("/models/new", "/models",
                        {{"year", "2026"}, {"title", "Mô hình có minh chứng"}, {"kind", "collective"},
                         {"field", "economy"}, {"summary", "x"}});
    BOOST_REQUIRE_EQUAL(res.status, 303);
    return res.header("Location");
}

test::HttpResponse upload(HttpClient& c, const std::string& model, const std::string& name, const std::string& data,
                          const std::string& type = "application/octet-stream")
{
    std::string token = test::csrf_token_in(c.get(model).body);
    return c.post_multipart(model + "/attachments", {{"csrf_token", token, "", ""}, {"file", data, name, type}});
}

const std::string kPdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(models_attachments)

BOOST_AUTO_TEST_CASE(upload_then_download_with_the_stored_type_and_a_safe_name)
{
    auto c = as("pt.canbo");
    std::string model = new_model(*c);
    auto res = upload(*c, model, "Biên bản họp chi bộ (lần 2).pdf", kPdf, "text/html");
    BOOST_REQUIRE_EQUAL(res.status, 303);
    auto page = c->get(model);
    std::smatch m;
    BOOST_REQUIRE(std::regex_search(page.body, m, std::regex("href=\"(" + model + "/attachments/[0-9]+)\"")));
    BOOST_TEST(contains(page.body, "Thêm tệp đính kèm"));  // in the timeline

    auto file = c->get(m[1]);
    BOOST_TEST(file.status == 200);
    BOOST_TEST(file.body == kPdf);
    BOOST_TEST(file.header("Content-Type") == "application/pdf");  // what we sniffed, not what was claimed
    std::string disposition = file.header("Content-Disposition");
    BOOST_TEST(disposition.rfind("attachment; filename=\"", 0) == 0u);
    BOOST_TEST(!contains(disposition.substr(22, disposition.size() - 23), "\""));
    BOOST_TEST(contains(disposition, ".pdf\""));
    BOOST_TEST(file.header("X-Content-Type-Options") == "nosniff");

    // Another district's staff cannot fetch it, nor add to the model: 404, as if neither existed.
    auto dl = as("dl.lanhdao");
    BOOST_TEST(dl->get(m[1]).status == 404);
    BOOST_TEST(upload(*dl, "/models", "x.pdf", kPdf).status != 303);
    std::string token = test::csrf_token_in(dl->get("/models").body);
    BOOST_TEST(dl->post_multipart(model + "/attachments", {{"csrf_token", token, "", ""}, {"file", kPdf, "x.pdf", ""}})
                   .status == 404);
    // The commission sees everything.
    BOOST_TEST(as("bdv.nguyen")->get(m[1]).status == 200);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_what_its_name_says_is_422)
{
    auto c = as("pt.canbo");
    std::string model = new_model(*c);
    auto exe = upload(*c, model, "bao-cao.pdf", std::string("MZ\x90\x00\x03\x00\x00\x00", 8), "application/pdf");
    BOOST_TEST(exe.status == 422);
    BOOST_TEST(contains(exe.body, "Loại tệp không được chấp nhận"));
    auto html = upload(*c, model, "trang.html", "<script>alert(1)</script>", "text/html");
    BOOST_TEST(html.status == 422);
    auto png_named_jpg = upload(*c, model, "anh.jpg", std::string("\x89PNG\r\n\x1A\n0000", 12), "image/jpeg");
    BOOST_TEST(png_named_jpg.status == 422);
    BOOST_TEST(contains(c->get(model).body, "Chưa có tệp đính kèm."));
}

BOOST_AUTO_TEST_CASE(a_file_over_10_mib_is_413)
{
    auto c = as("pt.canbo");
    std::string model = new_model(*c);
    std::string big = kPdf + std::string(10 * 1024 * 1024 + 1024, 'x');
    BOOST_TEST(upload(*c, model, "lon.pdf", big).status == 413);
    BOOST_TEST(contains(c->get(model).body, "Chưa có tệp đính kèm."));
}

BOOST_AUTO_TEST_SUITE_END()
