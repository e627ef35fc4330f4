// Models through nginx and the models program: register (and its 422), edit with the version check,
// and the unit scope (another district's model is 404, not 403).
#include <boost/test/unit_test.hpp>

#include <memory>
#include <regex>

#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::unique_ptr<HttpClient> as(const std::string& login) { return test::signed_in(login); }

std::string token() { static int n = 0; return "zq" + std::to_string(getpid()) + "x" + std::to_string(++n); }

// The model id a 303 to /models/{id} names.
long long created_id(const test::HttpResponse& res)
{
    std::smatch m;
    std::string loc = res.header("Location");
    BOOST_REQUIRE_MESSAGE(std::regex_match(loc, m, std::regex("/models/([0-9]+)")), "Location: " << loc);
    return std::stoll(m[1]);
}

std::vector<std::pair<std::string, std::string>> model_fields(const std::string& title)
{
    return {{"year", "2026"},
            {"title", title},
            {"kind", "collective"},
            {"field", "economy"},
            {"summary", "Tóm tắt của mô hình"},
            {"content", "Nội dung và giải pháp"},
            {"start_date", "15/02/2026"},
            {"indicator_name_0", "Số hộ thoát nghèo"},
            {"indicator_unit_0", "hộ"},
            {"indicator_target_0", "273"},
            {"indicator_name_1", ""},
            {"indicator_unit_1", ""},
            {"indicator_target_1", ""},
            {"indicator_name_2", "Tỷ lệ đảng viên cài đặt sổ tay"},
            {"indicator_unit_2", "% đảng viên"},
            {"indicator_target_2", "90,5"}};
}

long long create(HttpClient& c, const std::string& title)
{
    auto res = c.submit("/models/new", "/models", model_fields(title));
    BOOST_REQUIRE_EQUAL(res.status, 303);
    return created_id(res);
}

// The first model id listed by a page of /models.
long long first_listed(HttpClient& c, const std::string& query)
{
    auto res = c.get("/models?" + query);
    std::smatch m;
    BOOST_REQUIRE(std::regex_search(res.body, m, std::regex("data-id=\"([0-9]+)\"")));
    return std::stoll(m[1]);
}

// The value of the form field `name` in a page (input value or selected option).
std::string input_value(const std::string& html, const std::string& name)
{
    std::smatch m;
    if (std::regex_search(html, m, std::regex("name=\"" + name + "\" value=\"([^\"]*)\""))) return m[1];
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(models_register)

BOOST_AUTO_TEST_CASE(register_a_model_and_see_it_with_its_indicators_and_history)
{
    auto c = as("pt.canbo");
    std::string title = "Mỗi chi bộ giúp một hộ thoát nghèo " + token();
    long long id = create(*c, title);
    auto page = c->get("/models/" + std::to_string(id));
    BOOST_TEST(page.status == 200);
    BOOST_TEST(contains(page.body, title));
    BOOST_TEST(contains(page.body, "Thành ủy Phan Thiết"));
    BOOST_TEST(contains(page.body, "15/02/2026"));
    BOOST_TEST(contains(page.body, "Số hộ thoát nghèo"));
    BOOST_TEST(contains(page.body, "<td class=\"num\">273</td>"));
    BOOST_TEST(contains(page.body, "<td class=\"num\">90,5</td>"));
    BOOST_TEST(!contains(page.body, "<td class=\"num\">3</td><td>"));  // the empty row was dropped
    BOOST_TEST(contains(page.body, "Đăng ký mô hình</td>"));           // the timeline
    BOOST_TEST(contains(page.body, "Lê Thị Mai"));
    BOOST_TEST(contains(page.body, "Đã đăng ký"));
}

BOOST_AUTO_TEST_CASE(the_same_form_sent_twice_makes_one_model)
{
    auto c = as("pt.canbo");
    auto form = c->get("/models/new");
    std::string nonce = test::input_value(form.body, "form_nonce");
    BOOST_REQUIRE(nonce.size() == 32u);
    auto fields = model_fields("Gửi hai lần " + token());
    fields.push_back({"csrf_token", test::csrf_token_in(form.body)});
    fields.push_back({"form_nonce", nonce});
    auto first = c->post("/models", fields);
    auto again = c->post("/models", fields);  // e.g. the first answer was lost and the clerk resends
    BOOST_TEST(first.status == 303);
    BOOST_TEST(again.status == 303);
    BOOST_TEST(created_id(again) == created_id(first));
    BOOST_TEST(contains(c->get(again.header("Location")).body, "đã được lưu trước đó"));
    // A new form (a new nonce) with the same text is a new model: it is the form, not the text, that counts.
    auto other = c->submit("/models/new", "/models", model_fields("Gửi hai lần " + token()));
    BOOST_TEST(created_id(other) != created_id(first));
}

BOOST_AUTO_TEST_CASE(bad_input_is_422_with_messages_by_the_fields_and_the_input_kept)
{
    auto c = as("pt.canbo");
    std::string person = "Người Thử " + token();
    auto fields = model_fields("");
    fields[2] = {"kind", "individual"};
    fields.push_back({"person_name", person});
    fields[6] = {"start_date", "31/02/2026"};
    auto res = c->submit("/models/new", "/models", fields);
    BOOST_TEST(res.status == 422);
    BOOST_TEST(contains(res.body, "Vui lòng nhập tên mô hình."));
    BOOST_TEST(contains(res.body, "Mô hình cá nhân phải có chức vụ của người thực hiện."));
    BOOST_TEST(contains(res.body, "Ngày không hợp lệ"));
    BOOST_TEST(contains(res.body, "value=\"" + person + "\""));        // input kept
    BOOST_TEST(contains(res.body, ">Tóm tắt của mô hình</textarea>"));
    BOOST_TEST(contains(res.body, "value=\"31/02/2026\""));
    // Nothing was written.
    auto list = c->get("/models?q=" + test::url_encode(person));
    BOOST_TEST(contains(list.body, "<strong id=\"total\">0</strong>"));
}

BOOST_AUTO_TEST_CASE(more_indicator_rows_re_render_the_form_without_saving)
{
    auto c = as("pt.canbo");
    std::string title = "Chưa lưu " + token();
    auto fields = model_fields(title);
    fields.push_back({"more_indicators", "1"});
    auto res = c->submit("/models/new", "/models", fields);
    BOOST_TEST(res.status == 200);
    BOOST_TEST(contains(res.body, "name=\"indicator_name_9\""));
    BOOST_TEST(input_value(res.body, "indicator_target_2") == "90,5");
    BOOST_TEST(contains(c->get("/models?q=" + test::url_encode(title)).body, "<strong id=\"total\">0</strong>"));
}

BOOST_AUTO_TEST_CASE(a_unit_outside_the_subtree_is_refused)
{
    auto c = as("pt.canbo");
    auto admin = as("admin");
    auto list = admin->get("/models");
    std::smatch m;
    BOOST_REQUIRE(std::regex_search(list.body, m, std::regex("<option value=\"([0-9]+)\">[.]*Huyện ủy Đức Linh<")));
    auto fields = model_fields("Không được đăng ký cho đơn vị khác " + token());
    fields.push_back({"unit", m[1]});
    auto res = c->submit("/models/new", "/models", fields);
    BOOST_TEST(res.status == 422);
    BOOST_TEST(contains(res.body, "Vui lòng chọn đơn vị thuộc phạm vi"));
}

BOOST_AUTO_TEST_CASE(the_second_of_two_concurrent_edits_is_refused_and_the_first_stays)
{
    auto a = as("pt.canbo");
    auto b = as("pt.lanhdao");
    long long id = create(*a, "Sửa đồng thời " + token());
    std::string edit = "/models/" + std::to_string(id) + "/edit";
    auto form_a = a->get(edit);
    auto form_b = b->get(edit);
    BOOST_REQUIRE_EQUAL(form_a.status, 200);
    BOOST_REQUIRE_EQUAL(form_b.status, 200);
    BOOST_TEST(input_value(form_a.body, "version") == "1");

    std::string first = "Bản của người thứ nhất " + token();
    auto fa = model_fields(first);
    fa.push_back({"version", input_value(form_a.body, "version")});
    fa.push_back({"csrf_token", test::csrf_token_in(form_a.body)});
    auto saved = a->post("/models/" + std::to_string(id), fa);
    BOOST_TEST(saved.status == 303);

    std::string second = "Bản của người thứ hai " + token();
    auto fb = model_fields(second);
    fb.push_back({"version", input_value(form_b.body, "version")});
    fb.push_back({"csrf_token", test::csrf_token_in(form_b.body)});
    auto refused = b->post("/models/" + std::to_string(id), fb);
    BOOST_TEST(refused.status == 409);
    BOOST_TEST(contains(refused.body, "vừa được người khác lưu"));
    BOOST_TEST(contains(refused.body, "value=\"" + second + "\""));  // B's input is still there

    auto page = a->get("/models/" + std::to_string(id));
    BOOST_TEST(contains(page.body, first));
    BOOST_TEST(!contains(page.body, second));
    BOOST_TEST(contains(page.body, "Sửa thông tin"));  // the edit is in the timeline
    BOOST_TEST(contains(page.body, "Tên mô hình"));
}

BOOST_AUTO_TEST_CASE(another_districts_model_is_404_for_every_route)
{
    auto dl = as("dl.lanhdao");
    long long dl_model = first_listed(*dl, "unit=DL");
    std::string path = "/models/" + std::to_string(dl_model);
    BOOST_REQUIRE_EQUAL(dl->get(path).status, 200);

    auto pt = as("pt.canbo");
    auto seen = pt->get(path);
    BOOST_TEST(seen.status == 404);
    BOOST_TEST(!contains(seen.body, "Đức Linh"));
    BOOST_TEST(pt->get("/models/999999999").status == 404);  // the same answer as a missing id
    BOOST_TEST(pt->get(path + "/edit").status == 404);
    std::string token = test::csrf_token_in(pt->get("/models").body);
    auto fields = model_fields("Ghi đè");
    fields.push_back({"version", "1"});
    fields.push_back({"csrf_token", token});
    BOOST_TEST(pt->post(path, fields).status == 404);
    BOOST_TEST(pt->post(path + "/carry", {{"csrf_token", token}}).status == 404);
    // A grassroots unit under Phan Thiết does not see Phan Thiết's own models either.
    auto ward = as("phuthuy.canbo");
    BOOST_TEST(ward->get("/models/" + std::to_string(first_listed(*pt, "unit=PT&level=district"))).status == 404);
    // Commission staff see every unit's model but edit only their own unit's.
    auto commission = as("bdv.nguyen");
    BOOST_TEST(commission->get(path).status == 200);
    BOOST_TEST(commission->get(path + "/edit").status == 403);
}

BOOST_AUTO_TEST_CASE(carry_into_the_next_year)
{
    auto c = as("pt.canbo");
    long long id = create(*c, "Chuyển tiếp " + token());
    std::string path = "/models/" + std::to_string(id);
    auto res = c->post(path + "/carry", {{"csrf_token", test::csrf_token_in(c->get(path).body)}});
    BOOST_REQUIRE_EQUAL(res.status, 303);
    long long next = created_id(res);
    BOOST_TEST(next != id);
    auto page = c->get("/models/" + std::to_string(next));
    BOOST_TEST(contains(page.body, "<dt>Năm</dt><dd>2027</dd>"));
    BOOST_TEST(contains(page.body, "href=\"" + path + "\""));
    // Carrying twice leads to the copy already made.
    auto again = c->post(path + "/carry", {{"csrf_token", test::csrf_token_in(page.body)}});
    BOOST_TEST(created_id(again) == next);
}

BOOST_AUTO_TEST_SUITE_END()
