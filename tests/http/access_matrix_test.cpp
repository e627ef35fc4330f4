// The access matrix: every route of every cgi-bin/*/main.cpp x every role x a few records, with the
// answer each must get, from tests/access_matrix.tsv. The routes are read from the route tables'
// source text, so a new route without a row in the table (or a row for a route that is gone) fails.
// DVK_MATRIX_RECORD=file: write the answers seen into that file (same format) to draft new rows.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include <unistd.h>

#include "tests/http/fixtures.h"
#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

// The roles of the matrix, in the order of the table's columns.
const std::vector<std::string> kRoles{"anonymous", "pt_staff", "pt_head", "dl_staff", "dl_head",
                                      "deactivated", "commission", "admin"};
// The year of the records this test makes (no other test or demo data uses it).
const int kYear = 2062;

using test::routes_in_source;
using test::SourceRoute;

using Actors = std::map<std::string, std::unique_ptr<HttpClient>>;
using Records = std::map<std::string, std::string>;

const char* kPassword = "mật-khẩu-ma-trận-2026";

std::unique_ptr<HttpClient> signed_in_as(const std::string& login, const std::string& password)
{
    auto c = std::make_unique<HttpClient>();
    BOOST_TEST_REQUIRE(c->sign_in(login, password).status == 303, "sign-in of " << login);
    return c;
}

// The first "<prefix>N<suffix>" in a page, N digits; empty when none.
std::string first_id(const std::string& html, const std::string& prefix, const std::string& suffix = "\"")
{
    std::regex re(std::regex_replace(prefix, std::regex(R"([.?*+^$()\[\]{}|\\])"), R"(\$&)") + "([0-9]+)" +
                  std::regex_replace(suffix, std::regex(R"([.?*+^$()\[\]{}|\\])"), R"(\$&)"));
    std::smatch m;
    return std::regex_search(html, m, re) ? m[1].str() : "";
}

std::vector<std::string> all_ids(const std::string& html, const std::string& prefix)
{
    std::vector<std::string> out;
    std::regex re(prefix + "([0-9]+)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it) out.push_back((*it)[1]);
    return out;
}

// The CSRF token of the client's session (every page's layout carries one in its sign-out form).
std::string csrf_token_of(HttpClient& c)
{
    auto t = test::csrf_token_in(c.get("/").body);
    if (t.empty()) t = test::csrf_token_in(c.get("/login").body);
    return t;
}

// One client per role. The deactivated user signed in first, then an admin locked the account:
// the session it still holds must be worth nothing.
Actors make_actors()
{
    Actors a;
    a["anonymous"] = std::make_unique<HttpClient>();
    a["anonymous"]->get("/login");
    a["pt_staff"] = signed_in_as("pt.canbo", test::demo_password());
    a["pt_head"] = signed_in_as("pt.lanhdao", test::demo_password());
    a["dl_staff"] = signed_in_as(test::make_user("unit_staff", "DL", kPassword), kPassword);
    a["dl_head"] = signed_in_as("dl.lanhdao", test::demo_password());
    a["commission"] = signed_in_as("bdv.nguyen", test::demo_password());
    a["admin"] = signed_in_as("admin", test::demo_password());
    std::string login = test::make_user("unit_staff", "PT", kPassword);
    a["deactivated"] = signed_in_as(login, kPassword);
    auto& admin = *a["admin"];
    auto users = admin.get("/admin/users");
    std::string id = first_id(users.body, "href=\"/admin/users/", "\">" + login + "<");
    BOOST_TEST_REQUIRE(!id.empty(), "user " << login << " not listed");
    auto page = admin.get("/admin/users/" + id);
    std::string version = first_id(page.body.substr(page.body.find("/admin/users/" + id + "/active")),
                                   "name=\"version\" value=\"");
    auto off = admin.post("/admin/users/" + id + "/active",
                          {{"csrf_token", test::csrf_token_in(page.body)}, {"version", version}, {"active", "0"}});
    BOOST_TEST_REQUIRE(off.status == 303, "deactivating " << login << ": " << off.status);
    return a;
}

// Records of the demo data, looked up through the pages (no hard-coded ids).
Records look_up_records(Actors& a)
{
    Records r;
    r["-"] = "";
    r["missing"] = "999999999";
    r["pt_model"] = first_id(a["pt_staff"]->get("/models?year=2023&status=evaluated").body, "href=\"/models/");
    r["pt_model_recognised"] = first_id(a["pt_staff"]->get("/models?year=2023&status=recognised").body,
                                        "href=\"/models/");
    r["dl_model"] = first_id(a["dl_head"]->get("/models?year=2023").body, "href=\"/models/");
    auto pt_proposals = all_ids(a["pt_head"]->get("/proposals?year=2023").body, "href=\"/proposals/");
    r["pt_proposal"] = pt_proposals.empty() ? "" : pt_proposals.front();
    r["meeting"] = first_id(a["admin"]->get("/reviews").body, "href=\"/reviews/");
    for (const auto& id : all_ids(a["admin"]->get("/reviews/" + r["meeting"]).body, "href=\"/proposals/"))
        if (std::find(pt_proposals.begin(), pt_proposals.end(), id) == pt_proposals.end()) {
            r["other_proposal"] = id;
            break;
        }
    auto units = a["admin"]->get("/admin/units").body;
    r["pt_unit"] = first_id(units, "href=\"/admin/units/", "\">PT<");
    r["dl_unit"] = first_id(units, "href=\"/admin/units/", "\">DL<");
    r["pt_staff_user"] = first_id(a["admin"]->get("/admin/users").body, "href=\"/admin/users/", "\">pt.canbo<");
    r["campaign"] = first_id(a["admin"]->get("/admin/campaigns").body, "href=\"/admin/campaigns/");
    // The states the demo's decided 2023 cycle no longer has, made for this run in a year of their
    // own: a registered model of PT and of DL (a unit's working record), PT proposals in draft and
    // submitted, a DL draft.
    r["pt_model_registered"] = std::to_string(test::add_model("PT", kYear, "Mô hình ma trận quyền PT"));
    r["dl_model_registered"] = std::to_string(test::add_model("DL", kYear, "Mô hình ma trận quyền DL"));
    r["pt_proposal_draft"] = std::to_string(test::add_proposal("PT", kYear, "draft"));
    r["pt_proposal_submitted"] = std::to_string(test::add_proposal("PT", kYear, "submitted"));
    r["dl_proposal_draft"] = std::to_string(test::add_proposal("DL", kYear, "draft"));
    for (const auto& [k, v] : r)
        BOOST_TEST_REQUIRE((k == "-" || !v.empty()), "no demo record for " << k);
    return r;
}

// The fields a form would post as it stands: inputs, textareas and each select's chosen option.
std::vector<std::pair<std::string, std::string>> form_fields(const std::string& html, const std::string& action)
{
    std::vector<std::pair<std::string, std::string>> out;
    auto start = html.find("action=\"" + action + "\"");
    if (start == std::string::npos) return out;
    auto end = html.find("</form>", start);
    std::string form = html.substr(start, end - start);
    std::regex input(R"re(<input[^>]*name="([^"]+)"[^>]*>)re"), value(R"re(value="([^"]*)")re"),
        type(R"re(type="(checkbox|radio|submit)")re"), checked(R"re(\bchecked\b)re"),
        textarea(R"re(<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>)re"),
        select(R"re(<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)</select>)re"),
        selected(R"re(<option value="([^"]*)"[^>]*selected)re");
    auto unescape = [](std::string s) {
        for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
                 {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
            for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
                s.replace(p, from.size(), to);
        }
        return s;
    };
    std::smatch m, v;
    for (std::sregex_iterator it(form.begin(), form.end(), input), e; it != e; ++it) {
        std::string tag = (*it)[0];
        std::smatch t;
        if (std::regex_search(tag, t, type) && !std::regex_search(tag, checked)) continue;
        out.emplace_back((*it)[1], std::regex_search(tag, v, value) ? unescape(v[1]) : "");
    }
    for (std::sregex_iterator it(form.begin(), form.end(), textarea), e; it != e; ++it)
        out.emplace_back((*it)[1], unescape((*it)[2]));
    for (std::sregex_iterator it(form.begin(), form.end(), select), e; it != e; ++it) {
        std::string options = (*it)[2];
        out.emplace_back((*it)[1], std::regex_search(options, v, selected) ? unescape(v[1]) : "");
    }
    return out;
}

// A page without its per-session tokens, to compare a record before and after.
std::string strip_tokens(const std::string& html)
{
    return std::regex_replace(html, std::regex(R"re(name="csrf_token" value="[0-9a-f]*")re"), "");
}

struct Row {
    std::string method, pattern, record;
    std::vector<std::string> expected;  // one per role, in kRoles order
    int line = 0;
};

std::vector<Row> read_table(const std::string& file)
{
    std::ifstream in(file);
    BOOST_TEST_REQUIRE(in.good(), "cannot read " << file);
    std::vector<Row> rows;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t')) cells.push_back(cell);
        BOOST_TEST_REQUIRE(cells.size() == 3 + kRoles.size(), file << ":" << n << ": wrong number of cells");
        rows.push_back({cells[0], cells[1], cells[2], {cells.begin() + 3, cells.end()}, n});
    }
    return rows;
}

bool cell_matches(const std::string& expected, long status)
{
    if (expected == "ok") return status != 403 && status < 500;  // the access rule let it through
    return std::to_string(status) == expected;
}

// Fills {id} and {attachment_id} from the record name.
std::string fill_path(const std::string& pattern, const std::string& record, const Records& ids)
{
    std::string path = pattern;
    auto put = [&path](const std::string& marker, const std::string& value) {
        auto pos = path.find(marker);
        if (pos != std::string::npos) path.replace(pos, marker.size(), value);
    };
    put("{attachment_id}", ids.at("missing"));
    put("{id}", ids.at(record));
    return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(access_matrix)

BOOST_AUTO_TEST_CASE(every_route_has_rows_and_every_row_a_route)
{
    auto routes = routes_in_source();
    BOOST_TEST_REQUIRE(routes.size() > 50u);
    auto rows = read_table("tests/access_matrix.tsv");
    std::set<std::pair<std::string, std::string>> in_table;
    for (const auto& r : rows) in_table.insert({r.method, r.pattern});
    for (const auto& route : routes)
        BOOST_TEST(in_table.count({route.method, route.pattern}) == 1u,
                   route.method << " " << route.pattern << " (" << route.file << ") has no row in tests/access_matrix.tsv");
    std::set<std::pair<std::string, std::string>> in_source;
    for (const auto& route : routes) in_source.insert({route.method, route.pattern});
    for (const auto& r : rows)
        BOOST_TEST(in_source.count({r.method, r.pattern}) == 1u,
                   "tests/access_matrix.tsv:" << r.line << ": " << r.method << " " << r.pattern << " is no route");
}

BOOST_AUTO_TEST_CASE(every_role_gets_the_answer_in_the_table)
{
    auto rows = read_table("tests/access_matrix.tsv");
    // /logout signs the client out: those rows go last.
    std::stable_partition(rows.begin(), rows.end(), [](const Row& r) { return r.pattern != "/logout"; });
    auto actors = make_actors();
    auto ids = look_up_records(actors);

    const char* record_file = std::getenv("DVK_MATRIX_RECORD");
    std::ofstream record;
    if (record_file) record.open(record_file);
    int cells = 0;
    for (const auto& row : rows) {
        BOOST_TEST_REQUIRE(ids.count(row.record) == 1u, "tests/access_matrix.tsv:" << row.line << ": unknown record "
                                                                                    << row.record);
        std::string path = fill_path(row.pattern, row.record, ids);
        if (record) record << row.method << '\t' << row.pattern << '\t' << row.record;
        for (size_t i = 0; i < kRoles.size(); ++i) {
            auto& c = *actors.at(kRoles[i]);
            long status;
            if (row.method == "GET") {
                status = c.get(path).status;
            } else {
                // A valid token of the actor's own session and an empty form: only the access rule, the
                // record's scope or the form's validation can answer, and nothing changes.
                status = c.post(path, {{"csrf_token", csrf_token_of(c)}}).status;
            }
            ++cells;
            BOOST_TEST(cell_matches(row.expected[i], status),
                       "tests/access_matrix.tsv:" << row.line << ": " << kRoles[i] << " " << row.method << " "
                                                  << path << " (" << row.record << ") answered " << status
                                                  << ", expected " << row.expected[i]);
            if (record) {
                record << '\t' << status;
            }
        }
        if (record) record << '\n';
    }
    // The empty forms changed nothing: the records made for this run are as they were made.
    for (const auto& [record, state] : std::vector<std::pair<std::string, std::string>>{
             {"pt_proposal_draft", "draft"}, {"pt_proposal_submitted", "submitted"}, {"dl_proposal_draft", "draft"}})
        BOOST_TEST(test::scalar_str("SELECT CONCAT(state, ' ', version) AS v FROM proposals WHERE id = ?",
                                    {std::stoll(ids.at(record))}) == state + " 1",
                   record);
    for (const std::string record : {"pt_model_registered", "dl_model_registered"})
        BOOST_TEST(test::scalar_str("SELECT CONCAT(status, ' ', version) AS v FROM models WHERE id = ?",
                                    {std::stoll(ids.at(record))}) == "registered 1",
                   record);
    BOOST_TEST_MESSAGE("access matrix: " << rows.size() << " rows, " << cells << " cells checked");
    std::ofstream("var/test-artifacts/access_matrix_cells.txt") << cells << " cells, " << rows.size() << " rows\n";
}

// Ids, unit ids and states changed in a form by hand: a unit's staff cannot register a model for
// another unit, nor move their own model there; the record stays as it was.
BOOST_AUTO_TEST_CASE(tampered_unit_ids_in_forms_are_refused)
{
    auto actors = make_actors();
    auto ids = look_up_records(actors);
    auto& staff = *actors.at("pt_staff");
    const std::string title = "Mô hình giả mạo đơn vị " + std::to_string(::getpid());
    auto created = staff.submit("/models/new", "/models",
                                {{"year", "2023"}, {"unit", ids.at("dl_unit")}, {"title", title},
                                 {"kind", "collective"}, {"field", "economy"}, {"summary", "thử"},
                                 {"start_date", "01/02/2023"}, {"indicator_name_0", "Số hộ"},
                                 {"indicator_unit_0", "hộ"}, {"indicator_target_0", "10"}});
    BOOST_TEST((created.status == 403 || created.status == 422 || created.status == 404), created.status);
    auto admin_list = actors.at("admin")->get("/models?year=2023&q=" + test::url_encode(title));
    BOOST_TEST(admin_list.body.find("<strong id=\"total\">0</strong>") != std::string::npos);

    // The edit form of a model of PT, posted back with DL's unit id.
    std::string edit = "/models/" + ids.at("pt_model") + "/edit";
    auto before = staff.get("/models/" + ids.at("pt_model"));
    BOOST_TEST_REQUIRE(before.status == 200);
    auto form = staff.get(edit);
    BOOST_TEST_REQUIRE(form.status == 200);
    auto fields = form_fields(form.body, "/models/" + ids.at("pt_model"));
    BOOST_TEST_REQUIRE(!fields.empty());
    for (auto& f : fields)
        if (f.first == "unit") f.second = ids.at("dl_unit");
    auto moved = staff.post("/models/" + ids.at("pt_model"), fields);
    BOOST_TEST((moved.status == 403 || moved.status == 422 || moved.status == 404), moved.status);
    BOOST_TEST(actors.at("dl_head")->get("/models/" + ids.at("pt_model")).status == 404);

    // A decided proposal posted "submit" again by its own unit's head: refused, state unchanged.
    auto& head = *actors.at("pt_head");
    auto proposal_before = head.get("/proposals/" + ids.at("pt_proposal"));
    auto again = head.post("/proposals/" + ids.at("pt_proposal") + "/submit", {{"csrf_token", csrf_token_of(head)}});
    BOOST_TEST((again.status == 409 || again.status == 422 || again.status == 403), again.status);
    auto proposal_after = head.get("/proposals/" + ids.at("pt_proposal"));
    BOOST_TEST(strip_tokens(proposal_before.body) == strip_tokens(proposal_after.body));
}

// A record of another unit put in a form by hand, and a state the form does not offer: a unit head
// cannot propose another unit's model (the same form with an own model goes through), and a status
// added to the edit form does not move the model.
BOOST_AUTO_TEST_CASE(tampered_records_and_states_in_forms_are_refused)
{
    auto actors = make_actors();
    auto ids = look_up_records(actors);
    auto& head = *actors.at("pt_head");
    auto proposals_of = [](int64_t model) {
        return test::scalar("SELECT COUNT(*) AS v FROM proposals WHERE model_id = ?", {model});
    };
    auto propose = [&](int64_t model) {
        return head.submit("/proposals?year=" + std::to_string(kYear), "/proposals",
                           {{"year", std::to_string(kYear)}, {"model_id", std::to_string(model)},
                            {"to_unit", std::to_string(test::unit_id("BT"))}, {"justification", "Tiêu biểu"}});
    };
    int64_t dl_model = test::add_recognised_model("DL", kYear, "Mô hình DL đề nghị giả mạo");
    auto r = propose(dl_model);
    BOOST_TEST((r.status == 403 || r.status == 404 || r.status == 422), r.status);
    BOOST_TEST(proposals_of(dl_model) == 0);
    int64_t own_model = test::add_recognised_model("PT", kYear, "Mô hình PT đề nghị thật");
    r = propose(own_model);
    BOOST_TEST(r.status == 303, r.status);
    BOOST_TEST(proposals_of(own_model) == 1);

    auto& staff = *actors.at("pt_staff");
    std::string id = ids.at("pt_model_registered");
    auto form = staff.get("/models/" + id + "/edit");
    BOOST_TEST_REQUIRE(form.status == 200);
    auto fields = form_fields(form.body, "/models/" + id);
    BOOST_TEST_REQUIRE(!fields.empty());
    fields.emplace_back("status", "recognised_above");
    r = staff.post("/models/" + id, fields);
    BOOST_TEST((r.status == 303 || r.status == 422), r.status);
    BOOST_TEST(test::scalar_str("SELECT status AS v FROM models WHERE id = ?", {std::stoll(id)}) == "registered");
}

BOOST_AUTO_TEST_SUITE_END()
