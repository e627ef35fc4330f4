// The recognition cycle through nginx and the programs, as the four roles use it: one model from
// evaluation to provincial recognition; the proposal deadline and an extension; two staff deciding
// one meeting at once; forbidden moves (each refused, nothing changed). Data of its own: year 2026
// for Phan Thiết's walk, unique units and years 2071+ elsewhere, so the demo's 2023 figures stay.
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include <memory>
#include <thread>

#include "core/config.h"
#include "core/db.h"
#include "tests/http/fixtures.h"
#include "tests/http/http_client.h"

using test::HttpClient;
using test::add_commune;
using test::add_evaluated_model;
using test::add_model;
using test::add_proposal;
using test::admin_id;
using test::db;
using test::scalar;
using test::scalar_str;
using test::unit_id;

namespace {

const char* kPassword = "mật-khẩu-chu-trình-2026";

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

struct TwoLevels {
    std::string root, commune;  // root: the receiving unit (PT), commune: the proposing one
};

TwoLevels make_units()
{
    static int n = 0;
    std::string code = "PT-CY" + std::to_string(getpid() % 100000) + "-" + std::to_string(++n);
    add_commune(code, "Đảng ủy xã thử " + code, "PT");
    return {"PT", code};
}

int64_t id_from_location(const test::HttpResponse& r)
{
    std::string loc = r.header("Location");
    auto slash = loc.find_last_of('/');
    return std::stoll(loc.substr(slash + 1));
}

HttpClient& signed_in(HttpClient& c, const std::string& login, const std::string& password = test::demo_password())
{
    BOOST_REQUIRE(c.sign_in(login, password).status == 303);
    return c;
}

std::string version(const std::string& table, int64_t id)
{
    // `table` is a literal of this test file.
    return std::to_string(scalar("SELECT version AS v FROM " + table + " WHERE id = ?", {id}));
}

std::string proposal_state(int64_t id) { return scalar_str("SELECT state AS v FROM proposals WHERE id = ?", {id}); }

}  // namespace

BOOST_AUTO_TEST_SUITE(cycle_workflow)

BOOST_AUTO_TEST_CASE(one_model_from_evaluation_to_provincial_recognition)
{
    const int year = 2026;
    std::string title = "Mô hình đi trọn chu trình " + std::to_string(getpid());
    int64_t model = add_model("PT", year, title);
    std::string m = std::to_string(model);

    // pt.canbo evaluates it.
    HttpClient staff;
    signed_in(staff, "pt.canbo");
    auto page = staff.get("/models/" + m + "/evaluation");
    BOOST_TEST(page.status == 200);
    BOOST_TEST(contains(page.body, title));
    auto r = staff.submit("/models/" + m + "/evaluation", "/models/" + m + "/evaluation",
                          {{"version", ""}, {"rating", "excellent"}, {"comment", "Vượt chỉ tiêu"}, {"achieved_1", "52"}});
    BOOST_TEST(r.status == 303);
    BOOST_TEST(scalar_str("SELECT status AS v FROM models WHERE id = ?", {model}) == "evaluated");
    BOOST_TEST(scalar_str("SELECT achieved AS v FROM model_indicators WHERE model_id = ?", {model}) == "52.00");

    // pt.lanhdao recognises it at district level and proposes it to BT.
    HttpClient head;
    signed_in(head, "pt.lanhdao");
    page = head.get("/recognitions/new?year=2026");
    BOOST_TEST(page.status == 200);
    BOOST_TEST(contains(page.body, title));
    std::string number = "T" + std::to_string(getpid()) + "-QĐ/TU";
    r = head.submit("/recognitions/new?year=2026", "/recognitions",
                    {{"unit", std::to_string(unit_id("PT"))}, {"year", "2026"}, {"number", number}, {"date", "10/01/2026"},
                     {"signer_name", "Trần Văn Bình"}, {"signer_title", "Phó Bí thư Thường trực Thành ủy"}, {"model_id", m}});
    BOOST_TEST(r.status == 303);
    BOOST_TEST(scalar_str("SELECT status AS v FROM models WHERE id = ?", {model}) == "recognised");
    r = head.submit("/proposals?year=2026", "/proposals",
                    {{"unit", std::to_string(unit_id("PT"))}, {"year", "2026"}, {"model_id", m},
                     {"to_unit", std::to_string(unit_id("BT"))}, {"justification", "Mô hình tiêu biểu của Thành phố"}});
    BOOST_REQUIRE(r.status == 303);
    int64_t proposal = id_from_location(r);
    std::string p = std::to_string(proposal);
    BOOST_TEST(proposal_state(proposal) == "draft");
    r = head.submit("/proposals/" + p, "/proposals/" + p + "/submit", {{"version", version("proposals", proposal)}});
    BOOST_TEST(r.status == 303);
    BOOST_TEST(proposal_state(proposal) == "submitted");
    BOOST_TEST(scalar_str("SELECT status AS v FROM models WHERE id = ?", {model}) == "proposed");

    // bdv.nguyen sees it in the inbox, holds a meeting, puts it on the agenda and decides.
    HttpClient bdv;
    signed_in(bdv, "bdv.nguyen");
    page = bdv.get("/proposals?year=2026");
    BOOST_TEST(page.status == 200);
    BOOST_TEST(contains(page.body, title));
    BOOST_TEST(contains(page.body, "Chưa gửi đề nghị"));  // the districts that sent nothing for 2026
    r = bdv.submit("/reviews", "/reviews",
                   {{"unit", std::to_string(unit_id("BT"))}, {"year", "2026"}, {"date", "20/01/2026"},
                    {"place", "Phan Thiết"}, {"members_present", "Nguyễn Văn A, Trưởng ban\nLê Thị B\nTrần Văn C"}});
    BOOST_REQUIRE(r.status == 303);
    int64_t meeting = id_from_location(r);
    std::string mt = std::to_string(meeting);
    r = bdv.submit("/reviews/" + mt, "/reviews/" + mt + "/agenda",
                   {{"version", version("review_meetings", meeting)}, {"proposal_id", p}});
    BOOST_TEST(r.status == 303);
    std::string dnum = "D" + std::to_string(getpid()) + "-QĐ/BDVTU";
    r = bdv.submit("/reviews/" + mt, "/reviews/" + mt + "/decisions",
                   {{"version", version("review_meetings", meeting)}, {"outcome_" + p, "recognised"}, {"for_" + p, "3"},
                    {"against_" + p, "0"}, {"abstain_" + p, "0"}, {"number", dnum}, {"date", "25/01/2026"},
                    {"signer_name", "Nguyễn Văn A"}, {"signer_title", "Trưởng Ban Dân vận Tỉnh ủy"}});
    BOOST_TEST(r.status == 303);
    BOOST_TEST(proposal_state(proposal) == "recognised");
    BOOST_TEST(scalar_str("SELECT status AS v FROM models WHERE id = ?", {model}) == "recognised_above");
    BOOST_TEST(scalar("SELECT COUNT(*) AS v FROM recognitions r JOIN levels l ON l.id = r.level_id"
                   " WHERE r.model_id = ? AND l.code = 'province'",
                   {model}) == 1);

    // The model now shows as recognised at province level, to the unit too; the minutes print.
    page = staff.get("/recognitions?year=2026&level=province");
    BOOST_TEST(page.status == 200);
    BOOST_TEST(contains(page.body, title));
    BOOST_TEST(contains(page.body, dnum));
    auto minutes = bdv.get("/reviews/" + mt + "/minutes");
    BOOST_TEST(minutes.status == 200);
    BOOST_TEST(contains(minutes.body, "ĐẢNG CỘNG SẢN VIỆT NAM"));
    BOOST_TEST(contains(minutes.body, title));
    BOOST_TEST(contains(minutes.body, "Phan Thiết, ngày 20 tháng 01 năm 2026"));
    BOOST_TEST(!contains(minutes.body, "site-header"));
    BOOST_TEST(!contains(minutes.body, "main-nav"));
    auto view = bdv.get("/reviews/" + mt);
    BOOST_TEST(contains(view.body, "Đã kết luận"));
}

BOOST_AUTO_TEST_CASE(the_deadline_refuses_a_late_submission_until_an_extension)
{
    auto units = make_units();
    std::string unit = units.commune;
    std::string login = test::make_user("unit_head", unit, kPassword);
    const int year = 2071 + static_cast<int>(getpid() % 20);
    int64_t campaign = db().insert(
        "INSERT INTO campaigns (directive_number, title, issuing_body, start_year, end_year) VALUES ('T-08', 'Thử', 'BDV', ?, ?)",
        {year, year});
    int64_t cy = db().insert(
        "INSERT INTO campaign_years (campaign_id, year, registration_deadline, proposal_deadline)"
        " VALUES (?, ?, '2020-01-01', '2020-02-15')",
        {campaign, year});
    int64_t model = add_evaluated_model(unit, year, "Mô hình trễ hạn " + unit);
    std::string m = std::to_string(model);

    HttpClient head;
    signed_in(head, login, kPassword);
    std::string y = std::to_string(year);
    auto r = head.submit("/recognitions/new?year=" + y, "/recognitions",
                         {{"year", y}, {"number", "1-QĐ/HU"}, {"date", "01/01/2020"}, {"signer_name", "A"},
                          {"signer_title", "Bí thư"}, {"model_id", m}});
    BOOST_REQUIRE(r.status == 303);
    auto list = head.get("/proposals?year=" + y);
    BOOST_TEST(contains(list.body, "15/02/2020"));
    r = head.submit("/proposals?year=" + y, "/proposals",
                    {{"year", y}, {"model_id", m}, {"to_unit", std::to_string(unit_id(units.root))}, {"justification", "Tốt"}});
    BOOST_REQUIRE(r.status == 303);
    int64_t proposal = id_from_location(r);
    std::string p = std::to_string(proposal);
    r = head.submit("/proposals/" + p, "/proposals/" + p + "/submit", {{"version", version("proposals", proposal)}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(contains(r.body, "15/02/2020"));
    BOOST_TEST(contains(r.body, "quá hạn"));
    BOOST_TEST(proposal_state(proposal) == "draft");
    BOOST_TEST(scalar("SELECT COUNT(*) AS v FROM audit_log WHERE entity = 'proposal' AND entity_id = ? AND action = 'proposal.submit'",
                   {proposal}) == 0);

    db().exec("INSERT INTO deadline_extensions (campaign_year_id, deadline_kind, unit_id, new_deadline, reason, granted_by)"
              " VALUES (?, 'proposal', ?, '2099-12-31', 'Gia hạn thử', ?)",
              {cy, unit_id(unit), admin_id()});
    r = head.submit("/proposals/" + p, "/proposals/" + p + "/submit", {{"version", version("proposals", proposal)}});
    BOOST_TEST(r.status == 303);
    BOOST_TEST(proposal_state(proposal) == "submitted");
}

BOOST_AUTO_TEST_CASE(two_staff_deciding_one_meeting_at_once_one_wins)
{
    auto units = make_units();
    const int year = 2092 + static_cast<int>(getpid() % 5);
    int64_t proposal = add_proposal(units.commune, year);
    std::string p = std::to_string(proposal);
    // The root's head (who runs its meetings) and an admin.
    HttpClient bdv, admin;
    signed_in(bdv, test::make_user("unit_head", units.root, kPassword), kPassword);
    signed_in(admin, "admin");
    auto r = bdv.submit("/reviews?unit=" + units.root, "/reviews",
                        {{"unit", std::to_string(unit_id(units.root))}, {"year", std::to_string(year)}, {"date", "20/01/2026"},
                         {"place", "Phan Thiết"}, {"members_present", "A\nB\nC"}});
    BOOST_REQUIRE(r.status == 303);
    int64_t meeting = id_from_location(r);
    std::string mt = std::to_string(meeting);
    BOOST_REQUIRE(bdv.submit("/reviews/" + mt, "/reviews/" + mt + "/agenda",
                             {{"version", version("review_meetings", meeting)}, {"proposal_id", p}})
                      .status == 303);
    // Both open the page first (same version), then both decide, differently, at the same time.
    std::string v = version("review_meetings", meeting);
    std::string t1 = test::csrf_token_in(bdv.get("/reviews/" + mt).body);
    std::string t2 = test::csrf_token_in(admin.get("/reviews/" + mt).body);
    auto fields = [&](const std::string& outcome, const std::string& token, const std::string& number) {
        std::vector<std::pair<std::string, std::string>> f{
            {"csrf_token", token}, {"version", v}, {"outcome_" + p, outcome}, {"for_" + p, outcome == "recognised" ? "3" : "0"},
            {"against_" + p, outcome == "recognised" ? "0" : "3"}, {"abstain_" + p, "0"}, {"reason_" + p, "Chưa đạt"},
            {"number", number}, {"date", "25/01/2026"}, {"signer_name", "A"}, {"signer_title", "Trưởng ban"}};
        return f;
    };
    test::HttpResponse a, b;
    std::thread x([&] { a = bdv.post("/reviews/" + mt + "/decisions", fields("recognised", t1, "X" + mt)); });
    std::thread y([&] { b = admin.post("/reviews/" + mt + "/decisions", fields("not_recognised", t2, "Y" + mt)); });
    x.join();
    y.join();
    BOOST_TEST(((a.status == 303) != (b.status == 303)));  // exactly one wins
    const auto& loser = a.status == 303 ? b : a;
    BOOST_TEST((loser.status == 409 || loser.status == 422));
    BOOST_TEST((contains(loser.body, "người khác") || contains(loser.body, "khóa")));
    BOOST_TEST(scalar_str("SELECT state AS v FROM review_meetings WHERE id = ?", {meeting}) == "decided");
    std::string state = proposal_state(proposal);
    BOOST_TEST(state == (a.status == 303 ? "recognised" : "not_recognised"));
    BOOST_TEST(scalar("SELECT COUNT(*) AS v FROM recognition_decisions WHERE review_meeting_id = ?", {meeting}) ==
               (a.status == 303 ? 1 : 0));
    BOOST_TEST(scalar("SELECT COUNT(*) AS v FROM audit_log WHERE action = 'meeting.decide' AND entity_id = ?", {meeting}) == 1);
}

BOOST_AUTO_TEST_CASE(forbidden_moves_are_refused_and_change_nothing)
{
    auto units = make_units();
    std::string unit = units.commune;
    std::string login = test::make_user("unit_head", unit, kPassword);
    const int year = 2073 + static_cast<int>(getpid() % 15);
    std::string y = std::to_string(year);
    HttpClient head;
    signed_in(head, login, kPassword);
    auto proposals_before = [&] { return scalar("SELECT COUNT(*) AS v FROM proposals WHERE from_unit_id = ?", {unit_id(unit)}); };

    // A model that is evaluated but not recognised cannot be proposed.
    int64_t model = add_evaluated_model(unit, year, "Chưa công nhận " + unit);
    auto before = proposals_before();
    auto r = head.submit("/proposals?year=" + y, "/proposals",
                         {{"year", y}, {"model_id", std::to_string(model)}, {"to_unit", std::to_string(unit_id(units.root))},
                          {"justification", "x"}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(contains(r.body, "đã được đơn vị công nhận"));
    BOOST_TEST(proposals_before() == before);

    // Once recognised, it still cannot go to a unit that is not the parent.
    r = head.submit("/recognitions/new?year=" + y, "/recognitions",
                    {{"year", y}, {"number", "2-QĐ/HU"}, {"date", "01/02/2026"}, {"signer_name", "A"}, {"signer_title", "B"},
                     {"model_id", std::to_string(model)}});
    BOOST_REQUIRE(r.status == 303);
    r = head.submit("/proposals?year=" + y, "/proposals",
                    {{"year", y}, {"model_id", std::to_string(model)}, {"to_unit", std::to_string(unit_id("BT"))},
                     {"justification", "x"}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(contains(r.body, "cấp trên trực tiếp"));
    BOOST_TEST(proposals_before() == before);

    // A decided proposal cannot be submitted or withdrawn again.
    int64_t decided = add_proposal(unit, year, "recognised");
    std::string d = std::to_string(decided);
    long long audits = scalar("SELECT COUNT(*) AS v FROM audit_log WHERE entity = 'proposal' AND entity_id = ?", {decided});
    r = head.submit("/proposals/" + d, "/proposals/" + d + "/withdraw", {{"version", version("proposals", decided)}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(contains(r.body, "đã có kết quả"));
    r = head.submit("/proposals/" + d, "/proposals/" + d + "/submit", {{"version", version("proposals", decided)}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(proposal_state(decided) == "recognised");
    BOOST_TEST(scalar("SELECT COUNT(*) AS v FROM audit_log WHERE entity = 'proposal' AND entity_id = ?", {decided}) == audits);

    // The sender cannot return its own proposal (the receiver's move).
    int64_t open = add_proposal(unit, year);
    std::string o = std::to_string(open);
    r = head.submit("/proposals/" + o, "/proposals/" + o + "/return", {{"version", version("proposals", open)}, {"reason", "x"}});
    BOOST_TEST(r.status == 403);
    BOOST_TEST(proposal_state(open) == "submitted");

    // Outside one's scope: another district's head gets 404, a unit's staff cannot propose at all.
    HttpClient other;
    signed_in(other, "dl.lanhdao");
    BOOST_TEST(other.get("/proposals/" + o).status == 404);
    auto tok = test::csrf_token_in(other.get("/proposals").body);
    r = other.post("/proposals/" + o + "/withdraw", {{"csrf_token", tok}, {"version", version("proposals", open)}});
    BOOST_TEST(r.status == 404);
    BOOST_TEST(proposal_state(open) == "submitted");
    HttpClient staff;
    signed_in(staff, "phuthuy.canbo");
    BOOST_TEST(staff.get("/reviews").status == 403);
    tok = test::csrf_token_in(staff.get("/proposals").body);
    r = staff.post("/proposals", {{"csrf_token", tok}, {"model_id", std::to_string(model)}, {"justification", "x"}});
    BOOST_TEST(r.status == 403);

    // Commission staff of BT do not run a district's meetings; a decided meeting is locked.
    HttpClient commission;
    signed_in(commission, "bdv.nguyen");
    tok = test::csrf_token_in(commission.get("/reviews").body);
    r = commission.post("/reviews", {{"csrf_token", tok}, {"unit", std::to_string(unit_id(units.root))}, {"year", y},
                                     {"date", "20/02/2026"}, {"place", "X"}, {"members_present", "A"}});
    BOOST_TEST(r.status == 403);
    HttpClient bdv;
    signed_in(bdv, test::make_user("unit_head", units.root, kPassword), kPassword);
    r = bdv.submit("/reviews", "/reviews",
                   {{"unit", std::to_string(unit_id(units.root))}, {"year", y}, {"date", "20/02/2026"}, {"place", "Phú Thủy"},
                    {"members_present", "A\nB\nC"}});
    BOOST_REQUIRE(r.status == 303);
    int64_t meeting = id_from_location(r);
    std::string mt = std::to_string(meeting);
    BOOST_REQUIRE(bdv.submit("/reviews/" + mt, "/reviews/" + mt + "/agenda",
                             {{"version", version("review_meetings", meeting)}, {"proposal_id", o}})
                      .status == 303);
    auto decide = [&](const std::string& outcome) {
        return bdv.submit("/reviews/" + mt, "/reviews/" + mt + "/decisions",
                          {{"version", version("review_meetings", meeting)}, {"outcome_" + o, outcome}, {"for_" + o, "0"},
                           {"against_" + o, "3"}, {"abstain_" + o, "0"}, {"reason_" + o, "Chưa nổi bật"}});
    };
    BOOST_TEST(decide("not_recognised").status == 303);
    BOOST_TEST(proposal_state(open) == "not_recognised");
    r = decide("recognised");
    BOOST_TEST(r.status == 422);
    BOOST_TEST(contains(r.body, "khóa"));
    BOOST_TEST(proposal_state(open) == "not_recognised");
}

BOOST_AUTO_TEST_SUITE_END()
