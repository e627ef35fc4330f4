// The recognition cycle's stores against the real MariaDB: evaluation and follow-ups, own-level
// recognition, proposals with optimistic locking and the deadline, a review meeting decided once,
// replications, the scope of every read, and the home page's counts. Three levels, made per test.
#include <boost/test/unit_test.hpp>

#include "core/db.h"
#include "store/attention_store.h"
#include "store/evaluation_store.h"
#include "store/proposal_store.h"
#include "store/recognition_store.h"
#include "store/replication_store.h"
#include "store/review_store.h"
#include "tests/store/test_db.h"

namespace {

struct Tree {
    int64_t province = 0, district = 0, other = 0, commune = 0, user = 0;
};

int64_t add_unit(const std::string& code, int level, std::optional<int64_t> parent)
{
    auto& db = test::db();
    int64_t id = db.insert("INSERT INTO units (code, name, kind, level_id, parent_id) VALUES (?, ?, 'district', ?, ?)",
                           {code, "Đơn vị " + code, level, parent});
    db.exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)", {id, id});
    db.exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth)"
            " SELECT ancestor_id, ?, depth + 1 FROM unit_closure WHERE descendant_id = ? ",
            {id, parent ? *parent : int64_t(0)});
    return id;
}

Tree make_tree()
{
    Tree t;
    std::string u = test::unique("C");
    t.province = add_unit(u + "P", 1, std::nullopt);
    t.district = add_unit(u + "D", 2, t.province);
    t.other = add_unit(u + "O", 2, t.province);
    t.commune = add_unit(u + "X", 3, t.district);
    t.user = test::db().insert(
        "INSERT INTO users (login, password_hash, display_name, unit_id, role) VALUES (?, 'x', 'Người thử', ?, 'admin')",
        {test::unique("u"), t.province});
    return t;
}

int64_t add_model(const Tree& t, int64_t unit, int year, const std::string& kind = "collective")
{
    auto& db = test::db();
    int64_t id = db.insert(
        "INSERT INTO models (year, unit_id, unit_name_at_registration, title, kind, person_name, field_id, summary,"
        " content, created_by) VALUES (?, ?, 'Đơn vị', ?, ?, ?, 1, 's', 'c', ?)",
        {year, unit, test::unique("Mô hình "), kind, kind == "individual" ? "Nguyễn Văn A" : "", t.user});
    db.exec("INSERT INTO model_indicators (model_id, position, name, unit_of_measure, target) VALUES (?, 1, 'Số hộ', 'hộ', 40)",
            {id});
    return id;
}

std::string status_of(int64_t model)
{
    auto r = test::db().query("SELECT status FROM models WHERE id = ?", {model});
    r.next();
    return r.str("status");
}

store::CycleActor actor(const Tree& t, const std::string& now = "2023-11-20 10:00:00") { return {t.user, "127.0.0.1", now}; }
const domain::Scope kAll{true, 0, domain::Role::Admin};

// Evaluated (good) and recognised at its unit's own level.
void recognise(const Tree& t, int64_t unit, int64_t model, const std::string& number)
{
    store::EvaluationStore es(test::db());
    domain::EvaluationDraft d;
    d.rating = "good";
    d.comment = "Tốt";
    BOOST_REQUIRE(es.save(*es.model(kAll, model), d, std::nullopt, actor(t)));
    store::RecognitionStore(test::db()).record_decision({unit, 2023, number, "2023-11-20", "Ký", "Bí thư", std::nullopt},
                                                        {model}, actor(t));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cycle_stores)

BOOST_AUTO_TEST_CASE(evaluation_sets_status_values_and_a_follow_up_for_low)
{
    auto t = make_tree();
    int64_t m = add_model(t, t.district, 2023);
    store::EvaluationStore es(test::db());
    auto model = es.model(kAll, m);
    BOOST_REQUIRE(model);
    BOOST_TEST(model->indicators.size() == 1u);
    domain::EvaluationDraft d;
    d.rating = "low";
    d.comment = "Thấp";
    d.achieved[1] = std::string("12.5");
    d.follow_up = true;
    d.follow_up_unit = t.district;
    d.follow_up_action = "Chấn chỉnh";
    d.follow_up_due = "2024-03-31";
    {
        core::Transaction tx(test::db());
        BOOST_TEST(es.save(*model, d, std::nullopt, actor(t)));
        tx.commit();
    }
    BOOST_TEST(status_of(m) == "evaluated");
    BOOST_TEST(*es.model(kAll, m)->indicators[0].achieved == "12.50");
    BOOST_TEST(test::count_rows("follow_ups", "model_id = " + std::to_string(m) + " AND closed_at IS NULL") == 1);
    BOOST_TEST(test::count_rows("audit_log", "entity = 'model' AND action = 'evaluation.create' AND entity_id = " +
                                                 std::to_string(m)) == 1);
    // A stale form (no version, though an evaluation now exists) changes nothing.
    d.rating = "good";
    BOOST_TEST(!es.save(*es.model(kAll, m), d, std::nullopt, actor(t)));
    BOOST_TEST(es.find(m)->rating == "low");
    BOOST_TEST(es.save(*es.model(kAll, m), d, es.find(m)->version, actor(t)));
    BOOST_TEST(es.find(m)->rating == "good");
    BOOST_TEST(test::count_rows("follow_ups", "model_id = " + std::to_string(m)) == 1);  // no second follow-up

    auto f = es.follow_ups({false, t.district, domain::Role::UnitStaff}, true, 2023);
    BOOST_REQUIRE(f.size() == 1u);
    BOOST_TEST(es.follow_ups({false, t.other, domain::Role::UnitStaff}, true, std::nullopt).empty());
    BOOST_TEST(!es.close_follow_up(f[0], f[0].version + 1, "x", actor(t)));
    BOOST_TEST(es.close_follow_up(f[0], f[0].version, "Đã khắc phục", actor(t)));
    BOOST_TEST(es.follow_ups({false, t.district, domain::Role::UnitStaff}, true, 2023).empty());
}

BOOST_AUTO_TEST_CASE(own_level_recognition_records_decision_and_status_and_refuses_a_second_number)
{
    auto t = make_tree();
    int64_t a = add_model(t, t.district, 2023), b = add_model(t, t.district, 2023);
    recognise(t, t.district, a, "12-QĐ/HU");
    BOOST_TEST(status_of(a) == "recognised");
    store::RecognitionStore rs(test::db());
    auto facts = rs.facts(a);
    BOOST_TEST(facts->recognised_at_own_level);
    BOOST_TEST(rs.decision_number_taken(t.district, "12-QĐ/HU"));
    BOOST_TEST(!rs.decision_number_taken(t.other, "12-QĐ/HU"));
    BOOST_CHECK_THROW(rs.record_decision({t.district, 2023, "12-QĐ/HU", "2023-11-21", "Ký", "Bí thư", std::nullopt}, {b},
                                         actor(t)),
                      core::DbConflict);
    auto c = rs.candidates(kAll, t.district, 2023);
    BOOST_TEST(c.size() == 2u);
    BOOST_TEST(test::count_rows("model_considerations", "unit_id = " + std::to_string(t.district)) == 1);
    BOOST_TEST(rs.mark_considered(t.district, {a, b}, actor(t)) == 1);
    // The list is scoped: the other district sees none of it.
    store::RecognitionFilter f;
    f.year = 2023;
    BOOST_TEST(rs.list({false, t.district, domain::Role::UnitStaff}, f).size() == 1u);
    BOOST_TEST(rs.list({false, t.other, domain::Role::UnitStaff}, f).empty());
    f.level = "district";
    BOOST_TEST(rs.list(kAll, f).size() >= 1u);
}

BOOST_AUTO_TEST_CASE(proposals_move_once_per_version_and_keep_one_live_proposal_per_model)
{
    auto t = make_tree();
    int64_t m = add_model(t, t.district, 2023);
    recognise(t, t.district, m, "20-QĐ/HU");
    store::ProposalStore ps(test::db());
    BOOST_TEST(ps.proposable(kAll, t.district, 2023).size() == 1u);
    int64_t id = ps.create(m, t.district, t.province, 2023, "Tiêu biểu", actor(t));
    BOOST_TEST(ps.proposable(kAll, t.district, 2023).empty());
    BOOST_CHECK_THROW(ps.create(m, t.district, t.province, 2023, "Lần hai", actor(t)), core::DbConflict);
    auto p = ps.find(kAll, id);
    BOOST_REQUIRE(p);
    BOOST_TEST((p->state == domain::ProposalState::Draft));
    BOOST_TEST(ps.move(*p, domain::ProposalState::Submitted, std::nullopt, std::nullopt, actor(t), "proposal.submit"));
    BOOST_TEST(status_of(m) == "proposed");
    // The same stale copy cannot move again: someone else moved it first.
    BOOST_TEST(!ps.move(*p, domain::ProposalState::Withdrawn, std::nullopt, std::nullopt, actor(t), "proposal.withdraw"));
    BOOST_TEST((ps.find(kAll, id)->state == domain::ProposalState::Submitted));
    auto fresh = ps.find(kAll, id);
    BOOST_TEST(ps.move(*fresh, domain::ProposalState::Returned, std::string("Bổ sung minh chứng"), std::nullopt, actor(t),
                       "proposal.return"));
    fresh = ps.find(kAll, id);
    BOOST_TEST(*fresh->return_reason == "Bổ sung minh chứng");
    BOOST_TEST(ps.move(*fresh, domain::ProposalState::Withdrawn, std::nullopt, std::nullopt, actor(t), "proposal.withdraw"));
    BOOST_TEST(status_of(m) == "recognised");
    // Withdrawn frees the model for a new proposal.
    BOOST_TEST(ps.create(m, t.district, t.province, 2023, "Lại", actor(t)) > 0);
    BOOST_TEST(test::count_rows("audit_log", "entity = 'proposal' AND entity_id = " + std::to_string(id)) == 4);
    // Scope: the sender's and the receiver's subtree see it, the sibling does not.
    BOOST_TEST(ps.find({false, t.district, domain::Role::UnitHead}, id).has_value());
    BOOST_TEST(ps.find({false, t.province, domain::Role::UnitHead}, id).has_value());
    BOOST_TEST(!ps.find({false, t.other, domain::Role::UnitHead}, id).has_value());
}

BOOST_AUTO_TEST_CASE(inbox_lists_every_child_with_counts_and_the_deadline_counts_extensions)
{
    auto t = make_tree();
    int year = 2090 + static_cast<int>(t.province % 9);
    int64_t m = add_model(t, t.district, year);
    store::EvaluationStore es(test::db());
    domain::EvaluationDraft d;
    d.rating = "excellent";
    d.comment = "x";
    es.save(*es.model(kAll, m), d, std::nullopt, actor(t));
    store::RecognitionStore(test::db()).record_decision({t.district, year, "1-QĐ", "2023-11-20", "K", "B", std::nullopt},
                                                        {m}, actor(t));
    store::ProposalStore ps(test::db());
    int64_t id = ps.create(m, t.district, t.province, year, "x", actor(t));
    ps.move(*ps.find(kAll, id), domain::ProposalState::Submitted, std::nullopt, std::nullopt, actor(t), "proposal.submit");
    auto in = ps.inbox_by_unit(t.province, year);
    BOOST_REQUIRE(in.size() == 2u);
    for (const auto& u : in) {
        if (u.unit_id == t.district) BOOST_TEST(u.submitted == 1);
        else BOOST_TEST(u.total() == 0);  // the other district: not heard from
    }
    BOOST_TEST(ps.inbox(kAll, t.province, year).size() == 1u);

    BOOST_TEST(!ps.proposal_deadline(t.district, year));  // no schedule yet
    auto& db = test::db();
    int64_t campaign = db.insert("INSERT INTO campaigns (directive_number, title, issuing_body, start_year, end_year)"
                                 " VALUES ('T', 'T', 'T', ?, ?)",
                                 {year, year});
    int64_t cy = db.insert("INSERT INTO campaign_years (campaign_id, year, registration_deadline, proposal_deadline)"
                           " VALUES (?, ?, ?, ?)",
                           {campaign, year, std::to_string(year) + "-03-31", std::to_string(year) + "-12-15"});
    BOOST_TEST(*ps.proposal_deadline(t.district, year) == std::to_string(year) + "-12-15");
    db.exec("INSERT INTO deadline_extensions (campaign_year_id, deadline_kind, unit_id, new_deadline, reason, granted_by)"
            " VALUES (?, 'proposal', ?, ?, 'Lũ lụt', ?)",
            {cy, t.district, std::to_string(year) + "-12-31", t.user});
    BOOST_TEST(*ps.proposal_deadline(t.district, year) == std::to_string(year) + "-12-31");
    BOOST_TEST(*ps.proposal_deadline(t.other, year) == std::to_string(year) + "-12-15");
}

BOOST_AUTO_TEST_CASE(a_meeting_is_decided_once_in_one_transaction)
{
    auto t = make_tree();
    int64_t a = add_model(t, t.district, 2023), b = add_model(t, t.district, 2023, "individual");
    recognise(t, t.district, a, "30-QĐ/HU");
    recognise(t, t.district, b, "31-QĐ/HU");
    store::ProposalStore ps(test::db());
    std::vector<int64_t> ids;
    for (int64_t m : {a, b}) {
        int64_t id = ps.create(m, t.district, t.province, 2023, "x", actor(t));
        ps.move(*ps.find(kAll, id), domain::ProposalState::Submitted, std::nullopt, std::nullopt, actor(t), "proposal.submit");
        ids.push_back(id);
    }
    store::ReviewStore rv(test::db());
    int64_t mid = rv.create({t.province, 2023, "2023-12-22", "Hội trường", "A\nB\nC"}, actor(t));
    auto meeting = rv.find(kAll, mid);
    BOOST_TEST(rv.candidates(*meeting).size() == 2u);
    BOOST_TEST(rv.add_to_agenda(*meeting, meeting->version + 5, ids, actor(t)) == -1);  // stale
    BOOST_TEST(rv.add_to_agenda(*meeting, meeting->version, ids, actor(t)) == 2);
    meeting = rv.find(kAll, mid);
    BOOST_TEST(rv.agenda(mid).size() == 2u);
    BOOST_TEST(rv.candidates(*meeting).empty());

    domain::Outcome yes{true, "", 3, 0, 0}, no{false, "Chưa nổi bật", 1, 2, 0};
    store::NewDecision d{t.province, 2023, "08-QĐ/BDVTU", "2023-12-28", "Ký", "Trưởng ban", mid};
    int version = meeting->version;
    {
        core::Transaction tx(test::db());
        BOOST_TEST((rv.decide(*meeting, version, {{ids[0], yes}, {ids[1], no}}, d, actor(t)) ==
                    store::ReviewStore::DecideResult::Decided));
        tx.commit();
    }
    BOOST_TEST(status_of(a) == "recognised_above");
    BOOST_TEST(status_of(b) == "recognised");
    BOOST_TEST((ps.find(kAll, ids[1])->state == domain::ProposalState::NotRecognised));
    BOOST_TEST(rv.find(kAll, mid)->decided());
    BOOST_TEST(rv.find(kAll, mid)->decision_number == "08-QĐ/BDVTU");
    BOOST_TEST(test::count_rows("recognitions r JOIN levels l ON l.id = r.level_id",
                                "l.code = 'province' AND r.model_id = " + std::to_string(a)) == 1);
    // The loser of a race holds the old version: nothing changes.
    long long before = test::count_rows("audit_log");
    {
        core::Transaction tx(test::db());
        BOOST_TEST((rv.decide(*meeting, version, {{ids[0], no}, {ids[1], yes}}, d, actor(t)) ==
                    store::ReviewStore::DecideResult::Conflict));
    }
    BOOST_TEST(test::count_rows("audit_log") == before);
    BOOST_TEST(status_of(b) == "recognised");
    // Scope of meetings: the province's subtree and everything, not a district.
    BOOST_TEST(rv.find({false, t.province, domain::Role::CommissionStaff}, mid).has_value());
    BOOST_TEST(!rv.find({false, t.district, domain::Role::UnitHead}, mid).has_value());
}

BOOST_AUTO_TEST_CASE(replications_and_attention)
{
    auto t = make_tree();
    int64_t m = add_model(t, t.district, 2023);
    store::ReplicationStore rp(test::db());
    BOOST_TEST(!rp.recognised_model_title(m));
    recognise(t, t.district, m, "40-QĐ/HU");
    BOOST_TEST(rp.recognised_model_title(m).has_value());
    rp.add(m, t.other, 2024, "Áp dụng tại 3 xã", actor(t));
    BOOST_CHECK_THROW(rp.add(m, t.other, 2024, "Lần hai", actor(t)), core::DbConflict);
    BOOST_TEST(rp.for_model(m).size() == 1u);
    BOOST_TEST(rp.list({false, t.other, domain::Role::UnitStaff}, 2024).size() == 1u);
    BOOST_TEST(rp.list({false, t.district, domain::Role::UnitStaff}, 2024).empty());

    add_model(t, t.commune, 2023);  // registered, not evaluated
    store::AttentionStore at(test::db());
    auto a = at.for_user({false, t.district, domain::Role::UnitHead}, t.district, "2023-12-01", {true, true});
    BOOST_TEST(a.models_to_evaluate == 1);
    BOOST_TEST(a.proposable_models == 1);
    auto p = at.for_user({false, t.province, domain::Role::CommissionStaff}, t.province, "2023-12-01", {false, true});
    BOOST_TEST(p.proposable_models == 0);  // not asked for: not computed
    BOOST_TEST(p.children == 2);
    BOOST_TEST(p.children_silent == 2);
}

BOOST_AUTO_TEST_SUITE_END()
