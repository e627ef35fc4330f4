// The same create form sent twice (its answer was lost, a double click, F5 after a 502) makes one
// record, and the second send is led to it ("already saved" flash, 303 to the first send's page);
// sent four times at once, still one. One case per create form; the forms without a nonce (saved
// by a unique key or a version instead) are listed in store/form_submission_store.h's users.
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include <memory>
#include <thread>

#include "core/config.h"
#include "core/db.h"
#include "core/session.h"
#include "tests/http/fixtures.h"
#include "tests/http/http_client.h"

using test::HttpClient;
using test::add_model;
using test::db;
using test::unit_id;
using test::HttpResponse;
using Fields = std::vector<std::pair<std::string, std::string>>;

namespace {

const char* kAlreadySaved = "đã được lưu trước đó";
const char* kPassword = "mật-khẩu-gửi-lại-2026";

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// `sql` is a literal of this file; values are bound.
long long count(const std::string& sql, const core::Params& p)
{
    auto r = db().query("SELECT COUNT(*) AS n FROM " + sql, p);
    r.next();
    return r.i64("n");
}

std::string tag()
{
    static int n = 0;
    return std::to_string(getpid() % 100000) + "-" + std::to_string(++n);
}

// A grassroots unit of the test's own under Phan Thiết, so the demo's figures stay as they are.
std::string add_commune()
{
    std::string code = "PT-RS" + tag();
    test::add_commune(code, "Đảng ủy xã gửi lại " + code, "PT");
    return code;
}

struct Sent {
    HttpResponse first, again;
};

// The csrf_token and form_nonce of the form on `page` (the page must show one).
Fields form_keys(HttpClient& c, const std::string& page)
{
    auto form = c.get(page);
    BOOST_TEST_REQUIRE(form.status == 200, page << ": " << form.status);
    std::string nonce = test::input_value(form.body, "form_nonce");
    BOOST_TEST_REQUIRE(nonce.size() == 32u, page << " has no form_nonce");
    return {{"csrf_token", test::csrf_token_in(form.body)}, {"form_nonce", nonce}};
}

// Posts the form of `page` with `fields` twice, as a browser resending it would.
Sent send_twice(HttpClient& c, const std::string& page, const std::string& action, Fields fields)
{
    for (auto& k : form_keys(c, page)) fields.push_back(k);
    Sent s;
    s.first = c.post(action, fields);
    s.again = c.post(action, fields);
    return s;
}

Sent upload_twice(HttpClient& c, const std::string& page, const std::string& action, const std::string& data,
                  const std::string& filename, const std::string& type)
{
    std::vector<test::MultipartPart> parts;
    for (auto& [k, v] : form_keys(c, page)) parts.push_back({k, v, "", ""});
    parts.push_back({"file", data, filename, type});
    Sent s;
    s.first = c.post_multipart(action, parts);
    s.again = c.post_multipart(action, parts);
    return s;
}

// The first send made its record and went to it; the second went to the same page, told so.
void led_to_the_same_record(HttpClient& c, const Sent& s)
{
    BOOST_TEST(s.first.status == 303);
    BOOST_TEST(s.again.status == 303);
    BOOST_TEST(!s.again.header("Location").empty());
    BOOST_TEST(s.again.header("Location") == s.first.header("Location"));
    auto shown = c.get(s.again.header("Location"));
    BOOST_TEST(shown.status == 200);
    BOOST_TEST(contains(shown.body, kAlreadySaved), s.again.header("Location") << " does not say it was saved before");
}

HttpClient& signed_in(HttpClient& c, const std::string& login, const std::string& password = test::demo_password())
{
    BOOST_TEST_REQUIRE(c.sign_in(login, password).status == 303);
    return c;
}

std::string model_fields_body(const std::string& title)
{
    return "year=2026&title=" + test::url_encode(title) +
           "&kind=collective&field=economy&summary=T%C3%B3m+t%E1%BA%AFt&start_date=15%2F02%2F2026"
           "&indicator_name_0=S%E1%BB%91+h%E1%BB%99&indicator_unit_0=h%E1%BB%99&indicator_target_0=40";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(resubmit)

BOOST_AUTO_TEST_CASE(model_registration_sent_twice_makes_one_model)
{
    HttpClient c;
    signed_in(c, "pt.canbo");
    std::string title = "Gửi lại đăng ký " + tag();
    auto s = send_twice(c, "/models/new", "/models",
                        {{"year", "2026"}, {"title", title}, {"kind", "collective"}, {"field", "economy"},
                         {"summary", "Tóm tắt"}, {"start_date", "15/02/2026"}, {"indicator_name_0", "Số hộ"},
                         {"indicator_unit_0", "hộ"}, {"indicator_target_0", "40"}});
    led_to_the_same_record(c, s);
    BOOST_TEST(count("models WHERE title = ?", {title}) == 1);
}

BOOST_AUTO_TEST_CASE(model_registration_sent_four_times_at_once_makes_one_model)
{
    HttpClient c;
    signed_in(c, "pt.canbo");
    std::string title = "Gửi bốn lần cùng lúc " + tag();
    Fields keys = form_keys(c, "/models/new");
    std::string body = model_fields_body(title) + "&csrf_token=" + keys[0].second + "&form_nonce=" + keys[1].second;
    std::vector<HttpResponse> answers(4);
    std::vector<std::thread> senders;
    for (auto& a : answers)
        senders.emplace_back([&c, &a, &body] {
            HttpClient twin;
            twin.set_cookie(core::kSessionCookie, c.cookie(core::kSessionCookie));
            a = twin.post_raw("/models", body, "application/x-www-form-urlencoded");
        });
    for (auto& t : senders) t.join();
    for (const auto& a : answers) {
        BOOST_TEST(a.status == 303);
        BOOST_TEST(a.header("Location") == answers[0].header("Location"));
    }
    BOOST_TEST(count("models WHERE title = ?", {title}) == 1);
}

BOOST_AUTO_TEST_CASE(a_new_form_with_the_same_text_is_a_new_record_and_no_nonce_is_no_protection)
{
    // The nonce is the form's, not the text's: what the clerk fills in twice is two models. And a
    // send without a nonce (a script, a page from before) is written every time, as before.
    HttpClient c;
    signed_in(c, "pt.canbo");
    std::string title = "Hai biểu mẫu " + tag();
    Fields f{{"year", "2026"}, {"title", title}, {"kind", "collective"}, {"field", "economy"}, {"summary", "Tóm tắt"},
             {"indicator_name_0", "Số hộ"}, {"indicator_unit_0", "hộ"}, {"indicator_target_0", "40"}};
    BOOST_TEST(send_twice(c, "/models/new", "/models", f).first.status == 303);
    BOOST_TEST(send_twice(c, "/models/new", "/models", f).first.status == 303);
    BOOST_TEST(count("models WHERE title = ?", {title}) == 2);
    f.push_back({"csrf_token", form_keys(c, "/models/new")[0].second});
    BOOST_TEST(c.post("/models", f).status == 303);
    BOOST_TEST(c.post("/models", f).status == 303);
    BOOST_TEST(count("models WHERE title = ?", {title}) == 4);
}

BOOST_AUTO_TEST_CASE(a_nonce_is_worth_nothing_to_another_user)
{
    HttpClient c, other;
    signed_in(c, "pt.canbo");
    signed_in(other, "phuthuy.canbo");
    std::string title = "Của người khác " + tag();
    Fields f{{"year", "2026"}, {"title", title}, {"kind", "collective"}, {"field", "economy"}, {"summary", "Tóm tắt"},
             {"indicator_name_0", "Số hộ"}, {"indicator_unit_0", "hộ"}, {"indicator_target_0", "40"}};
    Fields mine = f, theirs = f;
    auto keys = form_keys(c, "/models/new");
    for (auto& k : keys) mine.push_back(k);
    auto first = c.post("/models", mine);
    BOOST_TEST_REQUIRE(first.status == 303);
    theirs.push_back({"csrf_token", form_keys(other, "/models/new")[0].second});
    theirs.push_back(keys[1]);  // pt.canbo's nonce
    auto stolen = other.post("/models", theirs);
    BOOST_TEST(stolen.status == 409);  // neither led to pt.canbo's model nor a second model
    BOOST_TEST(!contains(stolen.header("Location"), "/models/"));
    BOOST_TEST(count("models WHERE title = ?", {title}) == 1);
}

BOOST_AUTO_TEST_CASE(csv_import_sent_twice_imports_every_row_once_and_shows_them_again)
{
    HttpClient c;
    signed_in(c, "pt.canbo");
    std::string t = "Nhập lại " + tag();
    std::string csv = "\xEF\xBB\xBFyear,unit_code,title,kind,field,person_name,summary,person_position,start_date\r\n"
                      "2026,PT,\"" + t + " một\",collective,economy,,Tóm tắt,,01/03/2026\r\n"
                      "2026,PT,\"" + t + " hai\",collective,economy,,Tóm tắt,,01/03/2026\r\n";
    std::vector<test::MultipartPart> parts;
    for (auto& [k, v] : form_keys(c, "/models/import")) parts.push_back({k, v, "", ""});
    parts.push_back({"file", csv, "nhap.csv", "text/csv"});
    auto first = c.post_multipart("/models/import", parts);
    auto again = c.post_multipart("/models/import", parts);
    BOOST_TEST(first.status == 200);
    BOOST_TEST(contains(first.body, "<strong id=\"created-count\">2</strong>"));
    BOOST_TEST(again.status == 303);
    std::string location = again.header("Location");
    BOOST_TEST(contains(location, "/models/import?done="));
    auto shown = c.get(location);
    BOOST_TEST(contains(shown.body, kAlreadySaved));
    BOOST_TEST(contains(shown.body, "<strong id=\"created-count\">2</strong>"));
    BOOST_TEST(contains(shown.body, t + " hai"));
    BOOST_TEST(count("models WHERE title LIKE CONCAT(?, '%')", {t}) == 2);
    // Another user does not see what pt.canbo imported.
    HttpClient other;
    signed_in(other, "phuthuy.canbo");
    BOOST_TEST(!contains(other.get(location).body, t));
}

BOOST_AUTO_TEST_CASE(carry_sent_twice_makes_one_copy)
{
    HttpClient c;
    signed_in(c, "pt.canbo");
    int64_t model = add_model("PT", 2031, "Chuyển năm hai lần " + tag());
    std::string page = "/models/" + std::to_string(model);
    led_to_the_same_record(c, send_twice(c, page, page + "/carry", {}));
    BOOST_TEST(count("models WHERE carried_from_id = ?", {model}) == 1);
}

BOOST_AUTO_TEST_CASE(attachment_sent_twice_is_stored_once)
{
    HttpClient c;
    signed_in(c, "pt.canbo");
    int64_t model = add_model("PT", 2031, "Đính kèm hai lần " + tag());
    std::string page = "/models/" + std::to_string(model);
    const std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    led_to_the_same_record(c, upload_twice(c, page, page + "/attachments", pdf, "bien-ban.pdf", "application/pdf"));
    BOOST_TEST(count("attachments WHERE model_id = ?", {model}) == 1);
}

BOOST_AUTO_TEST_CASE(recognition_proposal_and_replication_sent_twice_are_made_once)
{
    const int year = 2081 + static_cast<int>(getpid() % 10);
    const std::string y = std::to_string(year);
    std::string commune = add_commune();
    std::string login = test::make_user("unit_head", commune, kPassword);
    int64_t model = test::add_evaluated_model(commune, year, "Mô hình gửi lại " + commune);
    std::string m = std::to_string(model);
    HttpClient head;
    signed_in(head, login, kPassword);

    std::string number = "RS" + tag() + "-QĐ/ĐU";
    auto rec = send_twice(head, "/recognitions/new?year=" + y, "/recognitions",
                          {{"year", y}, {"number", number}, {"date", "10/01/" + y}, {"signer_name", "Nguyễn Văn A"},
                           {"signer_title", "Bí thư"}, {"model_id", m}});
    led_to_the_same_record(head, rec);
    BOOST_TEST(count("recognition_decisions WHERE decision_number = ? AND unit_id = ?", {number, unit_id(commune)}) == 1);

    auto prop = send_twice(head, "/proposals?year=" + y, "/proposals",
                           {{"year", y}, {"model_id", m}, {"to_unit", std::to_string(unit_id("PT"))},
                            {"justification", "Tiêu biểu của xã"}});
    led_to_the_same_record(head, prop);
    BOOST_TEST(count("proposals WHERE model_id = ?", {model}) == 1);

    auto repl = send_twice(head, "/proposals/replications", "/proposals/replications",
                           {{"model_id", m}, {"unit", commune}, {"year", y}, {"note", "Nhân rộng ở thôn 2"}});
    led_to_the_same_record(head, repl);
    BOOST_TEST(count("replications WHERE model_id = ?", {model}) == 1);
}

BOOST_AUTO_TEST_CASE(review_meeting_sent_twice_is_held_once)
{
    HttpClient bdv;
    signed_in(bdv, "bdv.nguyen");
    std::string place = "Hội trường gửi lại " + tag();
    auto s = send_twice(bdv, "/reviews", "/reviews",
                        {{"unit", std::to_string(unit_id("BT"))}, {"year", "2095"}, {"date", "20/01/2095"},
                         {"place", place}, {"members_present", "Nguyễn Văn A\nLê Thị B"}});
    led_to_the_same_record(bdv, s);
    BOOST_TEST(count("review_meetings WHERE place = ?", {place}) == 1);
}

BOOST_AUTO_TEST_CASE(admin_unit_user_and_field_sent_twice_are_made_once_not_refused_as_taken)
{
    HttpClient admin;
    signed_in(admin, "admin");
    std::string code = "RS-" + tag();
    auto unit = send_twice(admin, "/admin/units/new", "/admin/units",
                           {{"code", code}, {"name", "Đơn vị gửi lại " + code}, {"kind", "district"}, {"level_id", "2"},
                            {"parent_id", std::to_string(unit_id("BT"))}});
    led_to_the_same_record(admin, unit);  // without the nonce the second send would be "code taken" (422)
    BOOST_TEST(count("units WHERE code = ?", {code}) == 1);

    std::string login = "rs." + std::to_string(getpid() % 100000);
    auto user = send_twice(admin, "/admin/users/new", "/admin/users",
                           {{"login", login}, {"display_name", "Người gửi lại"}, {"role", "unit_staff"},
                            {"unit_id", std::to_string(unit_id("PT"))}, {"lang", "vi"}, {"password", kPassword}});
    led_to_the_same_record(admin, user);
    BOOST_TEST(count("users WHERE login = ?", {login}) == 1);

    std::string field = "rs_" + std::to_string(getpid() % 100000);
    auto f = send_twice(admin, "/admin/fields", "/admin/fields",
                        {{"code", field}, {"name_vi", "Lĩnh vực gửi lại"}, {"name_en", "Resent field"}, {"sort_order", "9"}});
    led_to_the_same_record(admin, f);
    BOOST_TEST(count("fields WHERE code = ?", {field}) == 1);
}

BOOST_AUTO_TEST_CASE(campaign_and_extension_sent_twice_are_made_once)
{
    HttpClient admin;
    signed_in(admin, "admin");
    // A year of its own (one campaign per year): 2040-2054, which no other test schedules.
    const std::string y = std::to_string(2040 + getpid() % 15);
    std::string number = "98-CT/RS-" + tag();
    auto made = send_twice(admin, "/admin/campaigns/new", "/admin/campaigns",
                           {{"directive_number", number}, {"title", "Đợt gửi lại"}, {"issuing_body", "Ban thử"},
                            {"start_year", y}, {"end_year", y}});
    led_to_the_same_record(admin, made);
    BOOST_TEST(count("campaigns WHERE directive_number = ?", {number}) == 1);

    std::string page = made.first.header("Location");
    BOOST_TEST_REQUIRE(admin.submit(page, page + "/years",
                                    {{"year", y}, {"registration_deadline", "31/03/" + y},
                                     {"recognition_grassroots", y + "-10-31"}, {"recognition_district", y + "-11-30"},
                                     {"recognition_province", y + "-12-31"}, {"proposal_deadline", y + "-12-15"}})
                            .status == 303);
    std::string reason = "Bão số " + tag();
    auto ext = send_twice(admin, page, page + "/extensions",
                          {{"ext_year", y}, {"kind", "proposal"}, {"level_id", ""}, {"unit_id", ""},
                           {"new_deadline", y + "-12-28"}, {"reason", reason}});
    led_to_the_same_record(admin, ext);
    BOOST_TEST(count("deadline_extensions WHERE reason = ?", {reason}) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
