// store::ReportStore and store::RecognitionListStore against the real database: a small hierarchy
// with known counts, every cell of the funnel checked, the models behind a cell, compliance facts,
// replications, the scope, and the recognition and proposal lists for printing.
// Records are written through the stores that write them in the application (UnitStore, ModelStore,
// RecognitionStore, ProposalStore, ReplicationStore); only the evaluation row is inserted by SQL.
#include <boost/test/unit_test.hpp>

#include <map>

#include "domain/funnel.h"
#include "store/model_store.h"
#include "store/proposal_store.h"
#include "store/recognition_list_store.h"
#include "store/recognition_store.h"
#include "store/replication_store.h"
#include "store/report_store.h"
#include "store/unit_store.h"
#include "store/user_store.h"
#include "tests/store/test_db.h"

using domain::FunnelFigures;
using domain::FunnelStage;

namespace {

// Province P with districts A, B, C and M; G is a grassroots unit under A. M recognises and proposes
// one model, then is merged into A: its history counts for A.
struct World {
    int64_t p, a, b, c, m, g, user;
    std::map<std::string, int64_t> model;  // a1..a4, m1, b1, b2, g1, old
    std::string suffix;
};

const domain::Scope kAll{true, 0, domain::Role::CommissionStaff};

store::CycleActor at(const World& w, const std::string& now) { return {w.user, "127.0.0.1", now}; }

int64_t field_id(const std::string& code)
{
    for (const auto& f : store::ModelStore(test::db()).active_fields())
        if (f.code == code) return f.id;
    throw std::runtime_error("no field " + code);
}

int64_t add_model(const World& w, int64_t unit, const std::string& title, const std::string& kind,
                  const std::string& field, int year = 2023)
{
    domain::ModelDraft d;
    d.year = year;
    d.unit_id = unit;
    d.title = title + " " + w.suffix;
    d.kind = kind;
    if (kind == "individual") {
        d.person_name = "Nguyễn Văn " + title;
        d.person_position = "Bí thư chi bộ";
    }
    d.field_id = field_id(field);
    d.field_code = field;
    d.summary = "Tóm tắt";
    d.content = "Nội dung";
    return store::ModelStore(test::db()).create(d, {w.user, "127.0.0.1"});
}

int64_t decide(const World& w, int64_t unit, const std::string& number, const std::string& date,
               const std::vector<int64_t>& models)
{
    store::NewDecision d;
    d.unit_id = unit;
    d.year = 2023;
    d.number = number + "-" + w.suffix;
    d.date = date;
    d.signer_name = "Trần Văn Bình";
    d.signer_title = "Phó Trưởng ban";
    return store::RecognitionStore(test::db()).record_decision(d, models, at(w, date + " 10:00:00"));
}

// A proposal from `from` to `to`, moved through `states` (after the draft) on 2023-12-10.
void propose(const World& w, int64_t model, int64_t from, int64_t to, std::vector<domain::ProposalState> states)
{
    store::ProposalStore ps(test::db());
    auto by = at(w, "2023-12-10 09:00:00");
    int64_t id = ps.create(model, from, to, 2023, "Mô hình tiêu biểu, có kết quả rõ.", by);
    for (auto s : states) {
        auto p = ps.find(kAll, id);
        BOOST_REQUIRE(p);
        std::optional<std::string> reason;
        if (s == domain::ProposalState::Returned || s == domain::ProposalState::NotRecognised) reason = "Lý do";
        BOOST_REQUIRE(ps.move(*p, s, reason, std::nullopt, by, "proposal.test"));
    }
}

World build()
{
    auto& db = test::db();
    World w;
    w.suffix = test::unique("r");
    store::UnitStore units(db);
    const std::string day = "2023-01-02";
    auto unit = [&](const std::string& code, const std::string& name, int level, std::optional<int64_t> parent) {
        store::NewUnit u;
        u.code = code + w.suffix;
        u.name = name + " " + w.suffix;
        u.kind = level == 1 ? "province_commission" : level == 2 ? "district" : "commune";
        u.level_id = level;
        u.parent_id = parent;
        return units.create(u, day);
    };
    w.p = unit("P", "Ban Dân vận Tỉnh ủy Thử", 1, std::nullopt);
    w.a = unit("A", "Huyện ủy An", 2, w.p);
    w.b = unit("B", "Huyện ủy Bình", 2, w.p);
    w.c = unit("C", "Huyện ủy Cát", 2, w.p);
    w.m = unit("M", "Huyện ủy Mỹ", 2, w.p);
    w.g = unit("G", "Đảng ủy xã Gia", 3, w.a);
    store::NewUser nu;
    nu.login = "rp" + w.suffix;
    nu.display_name = "Người thử";
    nu.role = "commission_staff";
    nu.unit_id = w.p;
    nu.password_hash = "x";
    w.user = store::UserStore(db).create(nu);

    using S = domain::ProposalState;
    w.model["a1"] = add_model(w, w.a, "a1", "collective", "economy");
    w.model["a2"] = add_model(w, w.a, "a2", "individual", "culture_society");
    w.model["a3"] = add_model(w, w.a, "a3", "collective", "economy");
    w.model["a4"] = add_model(w, w.a, "a4", "collective", "political_system");
    w.model["m1"] = add_model(w, w.m, "m1", "collective", "economy");
    w.model["b1"] = add_model(w, w.b, "b1", "collective", "economy");
    w.model["b2"] = add_model(w, w.b, "b2", "individual", "economy");
    w.model["g1"] = add_model(w, w.g, "g1", "collective", "economy");     // grassroots: not A's registration
    w.model["old"] = add_model(w, w.a, "old", "collective", "economy", 2022);  // another year

    db.exec("INSERT INTO evaluations (model_id, rating, comment, evaluated_by, evaluated_at) VALUES (?, 'good', '', ?, ?)",
            {w.model["a1"], w.user, "2023-10-05 08:00:00"});

    decide(w, w.g, "QD-G", "2023-10-20", {w.model["g1"]});
    decide(w, w.m, "QD-M", "2023-11-10", {w.model["m1"]});
    decide(w, w.a, "QD-A", "2023-11-20", {w.model["a1"], w.model["a2"], w.model["a3"]});
    propose(w, w.model["a1"], w.a, w.p, {S::Submitted, S::Recognised});
    propose(w, w.model["a2"], w.a, w.p, {S::Submitted, S::Recognised});
    propose(w, w.model["a3"], w.a, w.p, {});                               // a draft: not sent
    propose(w, w.model["a4"], w.a, w.p, {S::Submitted, S::Withdrawn});     // taken back
    propose(w, w.model["m1"], w.m, w.p, {S::Submitted, S::Returned});
    propose(w, w.model["b1"], w.b, w.p, {S::Submitted});
    propose(w, w.model["b2"], w.b, w.p, {S::Submitted, S::NotRecognised});
    decide(w, w.p, "QD-P", "2023-12-28", {w.model["a1"], w.model["a2"]});

    store::ReplicationStore rep(db);
    rep.add(w.model["a2"], w.b, 2024, "Nhân rộng ở 3 xã", at(w, "2024-03-01 08:00:00"));
    rep.add(w.model["a2"], w.c, 2024, "", at(w, "2024-03-02 08:00:00"));

    // M merges into A at the end of the year: its records stay, its unit hangs under A.
    auto m = units.find(w.m);
    BOOST_REQUIRE(m);
    BOOST_REQUIRE(units.merge(w.m, m->version, w.a, "2024-01-01"));
    return w;
}

const World& world()
{
    static World w = build();
    return w;
}

domain::Funnel funnel_of(const domain::Scope& scope, int64_t parent_id, int year = 2023)
{
    store::ReportStore rs(test::db());
    auto parent = rs.unit(kAll, parent_id);
    BOOST_REQUIRE(parent);
    std::vector<int64_t> ids;
    for (const auto& c : rs.children(parent_id, year)) ids.push_back(c.id);
    return domain::build_funnel(year, ids, rs.funnel_counts(scope, *parent, year, year));
}

const domain::FunnelLine& line_of(const domain::Funnel& f, int64_t unit)
{
    for (const auto& l : f.lines)
        if (l.unit_id == unit) return l;
    throw std::runtime_error("no line for unit " + std::to_string(unit));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(report_store)

BOOST_AUTO_TEST_CASE(children_are_the_units_one_level_down_without_the_merged_one)
{
    const auto& w = world();
    auto children = store::ReportStore(test::db()).children(w.p, 2023);
    std::vector<int64_t> ids;
    for (const auto& c : children) ids.push_back(c.id);
    BOOST_TEST((ids == std::vector<int64_t>{w.a, w.b, w.c}));  // by name; M merged into A
    BOOST_TEST(children[0].level == "district");
}

BOOST_AUTO_TEST_CASE(every_cell_of_the_funnel)
{
    const auto& w = world();
    auto f = funnel_of(kAll, w.p);
    BOOST_REQUIRE(f.lines.size() == 3u);
    const auto& a = line_of(f, w.a);
    const auto& b = line_of(f, w.b);
    const auto& c = line_of(f, w.c);
    // A: a1..a4 and M's m1 (merged in), not G's grassroots g1 nor the 2022 model.
    BOOST_TEST((a.all == FunnelFigures{5, 4, 3, 2}));
    BOOST_TEST((a.kind("collective") == FunnelFigures{4, 3, 2, 1}));
    BOOST_TEST((a.kind("individual") == FunnelFigures{1, 1, 1, 1}));
    BOOST_TEST((a.field("economy") == FunnelFigures{3, 3, 2, 1}));
    BOOST_TEST((a.field("culture_society") == FunnelFigures{1, 1, 1, 1}));
    BOOST_TEST((a.field("political_system") == FunnelFigures{1, 0, 0, 0}));
    BOOST_TEST((a.field("defence_security") == FunnelFigures{}));
    // B proposed without a recognition on record (submitted and not recognised both count as sent).
    BOOST_TEST((b.all == FunnelFigures{2, 0, 2, 0}));
    BOOST_TEST((b.kind("collective") == FunnelFigures{1, 0, 1, 0}));
    BOOST_TEST((b.kind("individual") == FunnelFigures{1, 0, 1, 0}));
    BOOST_TEST((b.field("economy") == FunnelFigures{2, 0, 2, 0}));
    BOOST_TEST((c.all == FunnelFigures{}));
    BOOST_TEST((f.total.all == FunnelFigures{7, 4, 5, 2}));
    BOOST_TEST((f.total.kind("collective") == FunnelFigures{5, 3, 3, 1}));
    BOOST_TEST((f.total.kind("individual") == FunnelFigures{2, 1, 2, 1}));
    BOOST_TEST((f.total.field("economy") == FunnelFigures{5, 3, 4, 1}));
    BOOST_TEST(f.units == 3);
    BOOST_TEST(f.units_recognised == 1);
    BOOST_TEST(f.units_proposed == 2);
    BOOST_TEST(!b.has_recognised());
    BOOST_TEST(!c.has_proposed());
}

BOOST_AUTO_TEST_CASE(one_level_down_from_a_district)
{
    const auto& w = world();
    auto f = funnel_of(kAll, w.a);
    BOOST_REQUIRE(f.lines.size() == 1u);  // G; M is merged, not a child to report
    BOOST_TEST(f.lines[0].unit_id == w.g);
    BOOST_TEST((f.lines[0].all == FunnelFigures{1, 1, 0, 0}));
}

BOOST_AUTO_TEST_CASE(other_years_count_in_their_own_year)
{
    const auto& w = world();
    auto f = funnel_of(kAll, w.p, 2022);
    BOOST_TEST((line_of(f, w.a).all == FunnelFigures{1, 0, 0, 0}));
    store::ReportStore rs(test::db());
    auto counts = rs.funnel_counts(kAll, *rs.unit(kAll, w.p), 2021, 2025);  // the trend: one query
    std::vector<int64_t> ids{w.a, w.b, w.c};
    BOOST_TEST(domain::build_funnel(2023, ids, counts).total.all.registered == 7);
    BOOST_TEST(domain::build_funnel(2022, ids, counts).total.all.registered == 1);
    BOOST_TEST(domain::build_funnel(2024, ids, counts).total.all.registered == 0);
}

BOOST_AUTO_TEST_CASE(a_unit_scope_counts_only_its_subtree)
{
    const auto& w = world();
    auto scope_b = domain::scope_for(domain::Role::UnitHead, w.b);
    auto f = funnel_of(scope_b, w.p);
    BOOST_TEST((line_of(f, w.b).all == FunnelFigures{2, 0, 2, 0}));
    BOOST_TEST((line_of(f, w.a).all == FunnelFigures{}));
    store::ReportStore rs(test::db());
    BOOST_TEST(!rs.unit(scope_b, w.p).has_value());  // the province lies outside B's scope
    BOOST_TEST(!rs.unit(scope_b, w.a).has_value());
    BOOST_TEST(rs.unit(scope_b, w.b).has_value());
    auto parents = rs.parents_in_scope(domain::scope_for(domain::Role::UnitHead, w.a));
    BOOST_REQUIRE(parents.size() == 1u);  // A (over G and the merged M), nothing of B
    BOOST_TEST(parents[0].id == w.a);
}

BOOST_AUTO_TEST_CASE(the_models_behind_a_cell_are_the_cell)
{
    const auto& w = world();
    store::ReportStore rs(test::db());
    auto p = *rs.unit(kAll, w.p);
    auto titles = [&](store::FunnelCellQuery q) {
        q.year = 2023;
        q.parent_id = w.p;
        auto page = rs.funnel_models(kAll, p, q, 1, 50);
        std::vector<std::string> out;
        for (const auto& m : page.rows) out.push_back(m.title.substr(0, m.title.find(' ')));
        BOOST_TEST(page.total == static_cast<long long>(out.size()));
        return out;
    };
    store::FunnelCellQuery q;
    q.child_id = w.a;
    q.stage = FunnelStage::Proposed;
    BOOST_TEST((titles(q) == std::vector<std::string>{"a1", "m1", "a2"}));  // collective first, then by title
    q.stage = FunnelStage::Registered;
    BOOST_TEST(titles(q).size() == 5u);
    q.stage = FunnelStage::RecognisedAbove;
    BOOST_TEST((titles(q) == std::vector<std::string>{"a1", "a2"}));
    q.child_id.reset();
    q.stage = FunnelStage::Registered;
    q.kind = "individual";
    BOOST_TEST((titles(q) == std::vector<std::string>{"a2", "b2"}));
    q.kind.clear();
    q.field = "economy";
    q.stage = FunnelStage::Proposed;
    BOOST_TEST(titles(q).size() == 4u);  // a1, m1, b1, b2
    q.field = "economy'; --";
    BOOST_TEST(titles(q).empty());
    // Paging: the total stays, the rows are the page.
    store::FunnelCellQuery all;
    all.year = 2023;
    all.parent_id = w.p;
    auto page2 = rs.funnel_models(kAll, p, all, 2, 3);
    BOOST_TEST(page2.total == 7);
    BOOST_TEST(page2.rows.size() == 3u);
    BOOST_TEST(rs.funnel_models(kAll, p, all, 3, 3).rows.size() == 1u);
}

BOOST_AUTO_TEST_CASE(compliance_facts_count_and_date_each_step)
{
    const auto& w = world();
    store::ReportStore rs(test::db());
    std::map<int64_t, store::ComplianceFacts> facts;
    for (auto& f : rs.compliance_facts(kAll, *rs.unit(kAll, w.p), 2023)) facts[f.unit_id] = f;
    BOOST_REQUIRE(facts.count(w.a));
    const auto& a = facts[w.a];
    BOOST_TEST(a.registered == 5);
    BOOST_TEST(a.evaluated == 1);
    BOOST_TEST(a.recognised == 4);
    BOOST_TEST(a.proposed == 3);
    BOOST_TEST(*a.first_evaluated == "2023-10-05");
    BOOST_TEST(*a.first_recognised == "2023-11-10");  // M's decision, now A's history
    BOOST_TEST(*a.first_proposed == "2023-12-10");
    BOOST_TEST(a.first_registered.has_value());
    const auto& b = facts[w.b];
    BOOST_TEST(b.recognised == 0);
    BOOST_TEST(!b.first_recognised.has_value());
    BOOST_TEST(b.proposed == 2);
    BOOST_TEST(!facts.count(w.c));  // nothing at all: the page shows C with zeros
}

BOOST_AUTO_TEST_CASE(replications_of_the_years_recognised_models)
{
    const auto& w = world();
    auto models = store::ReportStore(test::db()).replications(kAll, 2023);
    std::map<int64_t, store::ReplicatedModel> by_id;
    for (const auto& m : models)
        if (m.title.find(w.suffix) != std::string::npos) by_id[m.model_id] = m;
    BOOST_TEST(by_id.size() == 5u);  // a1, a2, a3, m1, g1 (b1, b2 were never recognised)
    BOOST_TEST(by_id[w.model.at("a2")].level == "province");
    BOOST_TEST(by_id[w.model.at("a3")].level == "district");
    BOOST_TEST(by_id[w.model.at("g1")].level == "grassroots");
    BOOST_REQUIRE(by_id[w.model.at("a2")].replications.size() == 2u);
    BOOST_TEST(by_id[w.model.at("a2")].replications[0].note == "Nhân rộng ở 3 xã");
    BOOST_TEST(by_id[w.model.at("a1")].replications.empty());
}

BOOST_AUTO_TEST_CASE(recognition_lists_for_printing)
{
    const auto& w = world();
    store::RecognitionListStore ls(test::db());
    store::RecognitionListFilter f;
    f.year = 2023;
    f.level = "province";
    f.unit_id = w.p;
    auto rows = ls.list(kAll, f, 100);
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0].kind == "collective");  // collective first
    BOOST_TEST(rows[0].model_id == w.model.at("a1"));
    BOOST_TEST(rows[1].person_name == "Nguyễn Văn a2");
    BOOST_TEST(rows[0].decision_number == "QD-P-" + w.suffix);
    BOOST_TEST(rows[0].decision_date == "2023-12-28");
    BOOST_TEST(rows[0].issuing_unit_name == "Ban Dân vận Tỉnh ủy Thử " + w.suffix);
    BOOST_TEST(rows[0].issuing_parent_name.empty());

    f.level = "district";
    f.unit_id.reset();
    f.kind = "collective";
    auto district = ls.list(kAll, f, 100);
    int mine = 0;
    for (const auto& r : district) mine += r.title.find(w.suffix) != std::string::npos;
    BOOST_TEST(mine == 3);  // a1, a3 (A) and m1 (M, under its own name)
    for (const auto& r : district)
        if (r.model_id == w.model.at("m1")) BOOST_TEST(r.issuing_unit_name == "Huyện ủy Mỹ " + w.suffix);

    auto one = ls.find(kAll, rows[0].id);
    BOOST_REQUIRE(one);
    BOOST_TEST(one->title == rows[0].title);
    BOOST_TEST(!ls.find(domain::scope_for(domain::Role::UnitHead, w.b), rows[0].id).has_value());

    auto sent = ls.proposals_sent(kAll, w.a, 2023);
    BOOST_TEST(sent.to_unit_id == w.p);
    BOOST_REQUIRE(sent.rows.size() == 2u);  // a1 and a2; the draft and the withdrawn one are not sent
    BOOST_TEST(sent.rows[0].own_decision_number == "QD-A-" + w.suffix);
    BOOST_TEST(sent.rows[0].state == "recognised");
}

BOOST_AUTO_TEST_SUITE_END()
