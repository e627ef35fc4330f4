// Campaigns and fields through the real stack: the demo directive and its schedule, a new campaign
// with a year and an extension on record, and bad input refused with nothing changed.
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include "tests/http/http_client.h"

using test::linked_id;

namespace {

struct Admin {
    test::HttpClient c;
    Admin() { BOOST_TEST_REQUIRE(c.sign_in("admin", test::demo_password()).status == 303); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(admin_campaigns)

BOOST_AUTO_TEST_CASE(the_demo_directive_is_current_with_its_yearly_schedule)
{
    Admin a;
    auto list = a.c.get("/admin/campaigns").body;
    long long id = linked_id(list, "/admin/campaigns/", "08-CT/BDVTU");
    BOOST_TEST_REQUIRE(id > 0);
    BOOST_TEST(list.find("2021–2025") != std::string::npos);
    auto page = a.c.get("/admin/campaigns/" + std::to_string(id)).body;
    for (const char* date : {"31/03/2023", "31/10/2023", "30/11/2023", "15/12/2023", "31/12/2023", "31/03/2024",
                             "31/10/2024", "30/11/2024", "15/12/2024", "31/12/2024"})
        BOOST_TEST(page.find(date) != std::string::npos, "schedule shows " << date);
    BOOST_TEST(page.find("Ban Dân vận Tỉnh ủy Bình Thuận") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_campaign_with_a_year_and_an_extension_on_record)
{
    Admin a;
    std::string number = "99-CT/TEST-" + std::to_string(getpid() % 100000);
    auto made = a.c.submit("/admin/campaigns/new", "/admin/campaigns",
                           {{"directive_number", number}, {"title", "Đợt thử nghiệm"}, {"issuing_body", "Ban thử"},
                            {"start_year", "2061"}, {"end_year", "2062"}});
    BOOST_TEST_REQUIRE(made.status == 303);
    std::string page = made.header("location");
    std::string id = page.substr(page.rfind('/') + 1);

    // A deadline outside the campaign's years is refused and nothing is saved.
    auto outside = a.c.submit(page, page + "/years",
                              {{"year", "2061"}, {"registration_deadline", "2061-03-31"}, {"recognition_district", "2061-11-30"},
                               {"proposal_deadline", "2070-12-15"}});
    BOOST_TEST(outside.status == 422);
    BOOST_TEST(outside.body.find("Thời hạn nằm ngoài giai đoạn của đợt thi đua") != std::string::npos);
    BOOST_TEST(outside.body.find("value=\"2070-12-15\"") != std::string::npos);
    BOOST_TEST(a.c.get(page).body.find("Chưa có kế hoạch năm nào") != std::string::npos);
    auto year_out = a.c.submit(page, page + "/years",
                               {{"year", "2063"}, {"registration_deadline", "2062-03-31"}, {"recognition_district", "2062-11-30"},
                                {"proposal_deadline", "2062-12-15"}});
    BOOST_TEST(year_out.status == 422);
    BOOST_TEST(year_out.body.find("Năm này nằm ngoài giai đoạn") != std::string::npos);

    auto saved = a.c.submit(page, page + "/years",
                            {{"year", "2061"}, {"registration_deadline", "31/03/2061"}, {"recognition_grassroots", "2061-10-31"},
                             {"recognition_district", "2061-11-30"}, {"recognition_province", "2061-12-31"},
                             {"proposal_deadline", "2061-12-15"}});
    BOOST_TEST(saved.status == 303);
    auto body = a.c.get(page).body;
    BOOST_TEST(body.find("31/03/2061") != std::string::npos);
    BOOST_TEST(body.find("15/12/2061") != std::string::npos);

    auto no_reason = a.c.submit(page, page + "/extensions",
                                {{"ext_year", "2061"}, {"kind", "proposal"}, {"level_id", ""}, {"unit_id", ""},
                                 {"new_deadline", "2061-12-28"}, {"reason", ""}});
    BOOST_TEST(no_reason.status == 422);
    BOOST_TEST(no_reason.body.find("Vui lòng ghi lý do gia hạn") != std::string::npos);
    auto earlier = a.c.submit(page, page + "/extensions",
                              {{"ext_year", "2061"}, {"kind", "proposal"}, {"level_id", ""}, {"unit_id", ""},
                               {"new_deadline", "2061-12-01"}, {"reason", "Sớm hơn"}});
    BOOST_TEST(earlier.status == 422);
    BOOST_TEST(earlier.body.find("Thời hạn mới phải sau thời hạn hiện tại") != std::string::npos);
    BOOST_TEST(a.c.get(page).body.find("Chưa có lần gia hạn nào") != std::string::npos);

    auto ext = a.c.submit(page, page + "/extensions",
                          {{"ext_year", "2061"}, {"kind", "proposal"}, {"level_id", ""}, {"unit_id", "1"},
                           {"new_deadline", "2061-12-28"}, {"reason", "Ảnh hưởng của bão số 9"}});
    BOOST_TEST(ext.status == 303);
    body = a.c.get(page).body;
    BOOST_TEST(body.find("Ảnh hưởng của bão số 9") != std::string::npos);
    BOOST_TEST(body.find("28/12/2061") != std::string::npos);
    BOOST_TEST(body.find("Quản trị hệ thống") != std::string::npos);  // who granted it
    (void)id;
}

BOOST_AUTO_TEST_CASE(a_bad_campaign_is_refused_and_not_created)
{
    Admin a;
    auto r = a.c.submit("/admin/campaigns/new", "/admin/campaigns",
                        {{"directive_number", ""}, {"title", "Đợt Không Được Tạo"}, {"issuing_body", "Ban thử"},
                         {"start_year", "2030"}, {"end_year", "2029"}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(r.body.find("Vui lòng nhập số chỉ thị") != std::string::npos);
    BOOST_TEST(r.body.find("Năm kết thúc không được trước năm bắt đầu") != std::string::npos);
    BOOST_TEST(r.body.find("Đợt Không Được Tạo") != std::string::npos);  // input kept
    BOOST_TEST(a.c.get("/admin/campaigns").body.find("Đợt Không Được Tạo") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(fields_are_added_renamed_retired_and_bad_input_refused)
{
    Admin a;
    auto bad = a.c.submit("/admin/fields", "/admin/fields",
                          {{"code", "Kinh Te"}, {"name_vi", "Lĩnh Vực Sai Mã"}, {"name_en", "Bad"}, {"sort_order", "5"}});
    BOOST_TEST(bad.status == 422);
    BOOST_TEST(bad.body.find("Mã lĩnh vực gồm 2 đến 32 ký tự") != std::string::npos);
    BOOST_TEST(a.c.get("/admin/fields").body.find("value=\"Lĩnh Vực Sai Mã\"") == std::string::npos);
    auto dup = a.c.submit("/admin/fields", "/admin/fields",
                          {{"code", "economy"}, {"name_vi", "Trùng"}, {"name_en", "Dup"}, {"sort_order", "5"}});
    BOOST_TEST(dup.status == 422);

    std::string code = "thu_" + std::to_string(getpid() % 100000);
    BOOST_TEST(a.c.submit("/admin/fields", "/admin/fields",
                          {{"code", code}, {"name_vi", "Chuyển đổi số thử"}, {"name_en", "Digital test"}, {"sort_order", "9"}})
                   .status == 303);
    auto list = a.c.get("/admin/fields").body;
    auto at = list.find("<code>" + code + "</code>");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    auto action = list.rfind("action=\"/admin/fields/", at);
    long long id = std::atoll(list.c_str() + action + 22);
    std::string path = "/admin/fields/" + std::to_string(id);
    auto renamed = a.c.submit("/admin/fields", path,
                              {{"name_vi", "Chuyển đổi số"}, {"name_en", "Digital"}, {"sort_order", "7"}, {"version", "1"}});
    BOOST_TEST(renamed.status == 303);
    auto empty = a.c.submit("/admin/fields", path, {{"name_vi", ""}, {"name_en", "Digital"}, {"sort_order", "7"}, {"version", "2"}});
    BOOST_TEST(empty.status == 422);
    BOOST_TEST(empty.body.find("Vui lòng nhập tên lĩnh vực") != std::string::npos);
    BOOST_TEST(a.c.get("/admin/fields").body.find("value=\"Chuyển đổi số\"") != std::string::npos);
    BOOST_TEST(a.c.submit("/admin/fields", path + "/retire", {{"retired", "1"}, {"version", "2"}}).status == 303);
    BOOST_TEST(a.c.submit("/admin/fields", path + "/delete", {{"version", "3"}}).status == 303);
    BOOST_TEST(a.c.get("/admin/fields").body.find("<code>" + code + "</code>") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
