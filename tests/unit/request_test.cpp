// Request parsing: query strings, url-encoded and multipart forms, cookies, encodings and limits.
#include <boost/test/unit_test.hpp>

#include "core/http_error.h"
#include "core/request.h"

using core::HttpError;
using core::Request;

namespace {
std::map<std::string, std::string> params(const std::string& method, const std::string& uri,
                                          const std::string& content_type = "", const std::string& cookie = "")
{
    std::map<std::string, std::string> p{{"REQUEST_METHOD", method}, {"REQUEST_URI", uri},
                                         {"REMOTE_ADDR", "10.0.0.7"}};
    auto q = uri.find('?');
    p["DOCUMENT_URI"] = uri.substr(0, q);
    p["QUERY_STRING"] = q == std::string::npos ? "" : uri.substr(q + 1);
    if (!content_type.empty()) p["CONTENT_TYPE"] = content_type;
    if (!cookie.empty()) p["HTTP_COOKIE"] = cookie;
    return p;
}

int status_of(const std::function<void()>& f)
{
    try {
        f();
    } catch (const HttpError& e) {
        return e.status();
    }
    return 0;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(request_parsing)

BOOST_AUTO_TEST_CASE(query_string_is_decoded_with_vietnamese_text)
{
    auto r = Request::parse(params("GET", "/models?q=d%C3%A2n+v%E1%BA%ADn&year=2023&page=2"), "");
    BOOST_TEST(r.path() == "/models");
    BOOST_TEST(*r.query("q") == "dân vận");
    BOOST_TEST(*r.query_int("year") == 2023);
    BOOST_TEST(!r.query("missing"));
    BOOST_TEST(r.remote_addr() == "10.0.0.7");
}

BOOST_AUTO_TEST_CASE(query_int_refuses_what_is_not_a_number)
{
    auto r = Request::parse(params("GET", "/models?year=20x3&page=-1&unit="), "");
    BOOST_TEST(!r.query_int("year"));
    BOOST_TEST(!r.query_int("page"));
    BOOST_TEST(!r.query_int("unit"));
}

BOOST_AUTO_TEST_CASE(urlencoded_form_keeps_repeated_fields)
{
    auto r = Request::parse(params("POST", "/x", "application/x-www-form-urlencoded"),
                            "a=1&b=hai+ba&a=2&csrf_token=abc");
    BOOST_TEST(*r.form("b") == "hai ba");
    BOOST_TEST(r.form_all("a").size() == 2u);
    BOOST_TEST(*r.form("csrf_token") == "abc");
}

BOOST_AUTO_TEST_CASE(malformed_percent_encoding_is_400)
{
    BOOST_TEST(status_of([] { Request::parse(params("GET", "/models?q=%zz"), ""); }) == 400);
    BOOST_TEST(status_of([] { Request::parse(params("GET", "/models?q=%4"), ""); }) == 400);
    BOOST_TEST(status_of([] { Request::parse(params("GET", "/mo%g1dels"), ""); }) == 400);
    BOOST_TEST(status_of([] {
                   Request::parse(params("POST", "/x", "application/x-www-form-urlencoded"), "a=%E0%A4");
               }) == 400);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_and_nul_are_400)
{
    BOOST_TEST(status_of([] { Request::parse(params("GET", "/x?q=%C3%28"), ""); }) == 400);
    BOOST_TEST(status_of([] { Request::parse(params("GET", "/x?q=a%00b"), ""); }) == 400);
    BOOST_TEST(status_of([] { Request::parse(params("GET", "/x?q=%C0%AF"), ""); }) == 400);  // overlong '/'
}

BOOST_AUTO_TEST_CASE(bodies_over_the_limits_are_413)
{
    core::RequestLimits limits;
    limits.max_form_body = 100;
    std::string big(101, 'a');
    BOOST_TEST(status_of([&] {
                   Request::parse(params("POST", "/x", "application/x-www-form-urlencoded"), "a=" + big, limits);
               }) == 413);
    limits.max_fields = 3;
    BOOST_TEST(status_of([&] {
                   Request::parse(params("POST", "/x", "application/x-www-form-urlencoded"), "a=1&b=2&c=3&d=4",
                                  limits);
               }) == 413);
}

BOOST_AUTO_TEST_CASE(multipart_form_with_a_file)
{
    std::string body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMô hình\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\ntok\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"bien-ban.pdf\"\r\n"
        "Content-Type: application/pdf\r\n\r\n%PDF-1.4 data\r\n--XyZ--\r\n";
    auto r = Request::parse(params("POST", "/x", "multipart/form-data; boundary=XyZ"), body);
    BOOST_TEST(*r.form("title") == "Mô hình");
    BOOST_TEST(*r.form("csrf_token") == "tok");
    BOOST_REQUIRE(r.files().size() == 1u);
    BOOST_TEST(r.files()[0].filename == "bien-ban.pdf");
    BOOST_TEST(r.files()[0].content_type == "application/pdf");
    BOOST_TEST(r.files()[0].data == "%PDF-1.4 data");
}

BOOST_AUTO_TEST_CASE(unsupported_content_type_is_400)
{
    BOOST_TEST(status_of([] { Request::parse(params("POST", "/x", "application/json"), "{}"); }) == 400);
    BOOST_TEST(status_of([] { Request::parse(params("POST", "/x", "multipart/form-data"), "x"); }) == 400);
}

BOOST_AUTO_TEST_CASE(multipart_part_without_its_blank_line_is_400)
{
    // cgicc throws a plain std::runtime_error here; it must come out as a 400 like any bad body.
    std::string body = "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\nvalue\r\n--XX--\r\n";
    BOOST_TEST(status_of([&] { Request::parse(params("POST", "/x", "multipart/form-data; boundary=XX"), body); }) ==
               400);
}

BOOST_AUTO_TEST_CASE(cookies_are_parsed)
{
    auto r = Request::parse(params("GET", "/", "", "dvk_session=abc123; dvk_lang=en"), "");
    BOOST_TEST(*r.cookie("dvk_session") == "abc123");
    BOOST_TEST(*r.cookie("dvk_lang") == "en");
    BOOST_TEST(!r.cookie("other"));
}

BOOST_AUTO_TEST_CASE(header_lookup_by_http_name)
{
    auto p = params("GET", "/");
    p["HTTP_ORIGIN"] = "http://evil.example";
    auto r = Request::parse(p, "");
    BOOST_TEST(r.header("Origin") == "http://evil.example");
    BOOST_TEST(r.header("Referer") == "");
}

BOOST_AUTO_TEST_CASE(path_id_is_404_when_not_a_number)
{
    auto r = Request::for_test("GET", "/models/12");
    r.set_path_params({{"id", "12"}, {"bad", "1x"}});
    BOOST_TEST(r.path_id() == 12);
    BOOST_TEST(status_of([&] { r.path_id("bad"); }) == 404);
    BOOST_TEST(status_of([&] { r.path_id("absent"); }) == 404);
}

BOOST_AUTO_TEST_CASE(validators)
{
    BOOST_TEST(core::valid_percent_encoding("a%20b%C3%A2"));
    BOOST_TEST(!core::valid_percent_encoding("100%"));
    BOOST_TEST(core::valid_utf8("Đắk Song"));
    BOOST_TEST(!core::valid_utf8(std::string("\xed\xa0\x80", 3)));  // a UTF-16 surrogate
}

BOOST_AUTO_TEST_SUITE_END()
