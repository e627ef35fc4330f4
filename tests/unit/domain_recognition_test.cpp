// Who acts for a proposal, recognising and proposing a model, running meetings, outcomes and decisions.
#include <boost/test/unit_test.hpp>

#include "domain/campaigns.h"
#include "domain/recognition.h"

using domain::ActorRelation;
using domain::Role;

namespace {
constexpr int64_t kProvince = 1, kDistrict = 2, kOtherDistrict = 3, kCommune = 4;

domain::ModelFacts model(int64_t unit, std::optional<std::string> rating, bool recognised)
{
    return {unit, 2023, recognised ? "recognised" : "evaluated", std::move(rating), recognised};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(recognition_rules)

BOOST_AUTO_TEST_CASE(relation_of_every_role_to_a_proposal)
{
    // A proposal from the district to the province.
    for (bool receiver_action : {false, true}) {
        BOOST_TEST((domain::proposal_relation(Role::UnitHead, kDistrict, kDistrict, kProvince, receiver_action) ==
                    ActorRelation::Sender));
        BOOST_TEST((domain::proposal_relation(Role::UnitStaff, kDistrict, kDistrict, kProvince, receiver_action) ==
                    ActorRelation::Other));
        BOOST_TEST((domain::proposal_relation(Role::UnitHead, kOtherDistrict, kDistrict, kProvince, receiver_action) ==
                    ActorRelation::Other));
        BOOST_TEST((domain::proposal_relation(Role::CommissionStaff, kProvince, kDistrict, kProvince, receiver_action) ==
                    ActorRelation::Receiver));
        BOOST_TEST((domain::proposal_relation(Role::UnitHead, kProvince, kDistrict, kProvince, receiver_action) ==
                    ActorRelation::Receiver));
        BOOST_TEST((domain::proposal_relation(Role::UnitStaff, kProvince, kDistrict, kProvince, receiver_action) ==
                    ActorRelation::Other));
    }
    BOOST_TEST((domain::proposal_relation(Role::Admin, 99, kDistrict, kProvince, false) == ActorRelation::Sender));
    BOOST_TEST((domain::proposal_relation(Role::Admin, 99, kDistrict, kProvince, true) == ActorRelation::Receiver));
    // One level down: the commune proposes to the district; the district's head receives.
    BOOST_TEST((domain::proposal_relation(Role::UnitHead, kDistrict, kCommune, kDistrict, true) == ActorRelation::Receiver));
    BOOST_TEST((domain::proposal_relation(Role::CommissionStaff, kProvince, kCommune, kDistrict, true) == ActorRelation::Other));
}

BOOST_AUTO_TEST_CASE(a_unit_recognises_only_its_own_evaluated_models_not_rated_low)
{
    BOOST_TEST(domain::recognise_refusal(model(kDistrict, "good", false), kDistrict).empty());
    BOOST_TEST(domain::recognise_refusal(model(kCommune, "good", false), kDistrict) == "E_REC_NOT_OWN_MODEL");
    BOOST_TEST(domain::recognise_refusal(model(kDistrict, std::nullopt, false), kDistrict) == "E_REC_NOT_EVALUATED");
    BOOST_TEST(domain::recognise_refusal(model(kDistrict, "low", false), kDistrict) == "E_REC_RATED_LOW");
    BOOST_TEST(domain::recognise_refusal(model(kDistrict, "excellent", true), kDistrict) == "E_REC_ALREADY");
    BOOST_TEST(domain::may_act_for_unit(Role::UnitHead, kDistrict, kDistrict));
    BOOST_TEST(!domain::may_act_for_unit(Role::UnitHead, kDistrict, kCommune));
    BOOST_TEST(!domain::may_act_for_unit(Role::UnitStaff, kDistrict, kDistrict));
    BOOST_TEST(!domain::may_act_for_unit(Role::CommissionStaff, kProvince, kDistrict));
    BOOST_TEST(domain::may_act_for_unit(Role::Admin, kProvince, kDistrict));
}

BOOST_AUTO_TEST_CASE(a_unit_proposes_only_its_own_recognised_models_to_its_parent)
{
    auto ok = model(kDistrict, "excellent", true);
    BOOST_TEST(domain::propose_refusal(ok, kDistrict, kProvince, kProvince).empty());
    BOOST_TEST(domain::propose_refusal(model(kDistrict, "good", false), kDistrict, kProvince, kProvince) ==
               "E_PROP_MODEL_NOT_RECOGNISED");
    BOOST_TEST(domain::propose_refusal(ok, kOtherDistrict, kProvince, kProvince) == "E_PROP_NOT_OWN_MODEL");
    BOOST_TEST(domain::propose_refusal(ok, kDistrict, kOtherDistrict, kProvince) == "E_PROP_NOT_PARENT");
    BOOST_TEST(domain::propose_refusal(ok, kDistrict, kProvince, std::nullopt) == "E_PROP_NO_PARENT");
    // Two levels: a commune proposes straight to the province when that is its parent.
    BOOST_TEST(domain::propose_refusal(model(kCommune, "good", true), kCommune, kProvince, kProvince).empty());
}

BOOST_AUTO_TEST_CASE(who_runs_meetings)
{
    BOOST_TEST(domain::may_run_meetings(Role::CommissionStaff, kProvince, kProvince));
    BOOST_TEST(domain::may_run_meetings(Role::UnitHead, kDistrict, kDistrict));
    BOOST_TEST(domain::may_run_meetings(Role::Admin, kCommune, kProvince));
    BOOST_TEST(!domain::may_run_meetings(Role::UnitStaff, kProvince, kProvince));
    BOOST_TEST(!domain::may_run_meetings(Role::UnitHead, kDistrict, kProvince));
    BOOST_TEST(!domain::may_run_meetings(Role::CommissionStaff, kProvince, kDistrict));
}

BOOST_AUTO_TEST_CASE(outcomes_need_a_carrying_vote_or_a_reason)
{
    auto c = domain::check_outcome({"recognised", "", "7", "1", "1"}, 9);
    BOOST_TEST(c.error.empty());
    BOOST_TEST(c.outcome.recognised);
    BOOST_TEST(c.outcome.votes_for == 7);
    BOOST_TEST(domain::check_outcome({"recognised", "", "3", "4", "0"}, 9).error == "E_REV_VOTES_DO_NOT_CARRY");
    BOOST_TEST(domain::check_outcome({"not_recognised", "", "2", "6", "1"}, 9).error == "E_CYCLE_REASON_REQUIRED");
    BOOST_TEST(domain::check_outcome({"not_recognised", "Chưa nổi bật", "2", "6", "1"}, 9).error.empty());
    BOOST_TEST(domain::check_outcome({"", "", "1", "0", "0"}, 9).error == "E_REV_OUTCOME_REQUIRED");
    BOOST_TEST(domain::check_outcome({"recognised", "", "-1", "0", "0"}, 9).error == "E_REV_VOTES_INVALID");
    BOOST_TEST(domain::check_outcome({"recognised", "", "8", "1", "1"}, 9).error == "E_REV_VOTES_OVER_MEMBERS");
}

BOOST_AUTO_TEST_CASE(decisions_and_members)
{
    BOOST_TEST(domain::check_decision({"08-QĐ/BDVTU", "2023-12-28", "Nguyễn Văn A", "Trưởng ban"}).empty());
    auto e = domain::check_decision({"", "", " ", "x"});
    BOOST_TEST(e.size() == 3u);
    BOOST_TEST(domain::count_members("A, trưởng ban\nB\n\n C ") == 3);  // a position after the comma
    BOOST_TEST(domain::count_members("A; B; C") == 3);
    BOOST_TEST(domain::count_members("Nguyễn Văn A\nTrần Thị B\n") == 2);
    BOOST_TEST(domain::count_members("  \n ") == 0);
}

BOOST_AUTO_TEST_CASE(the_proposal_deadline_counts_extensions)
{
    domain::YearSchedule s;
    s.year = 2023;
    s.proposal_deadline = "2023-12-15";
    std::vector<domain::DeadlineExtension> ext{{domain::DeadlineKind::Proposal, 7, std::nullopt, "2024-01-10"}};
    auto d7 = domain::effective_deadline(s, ext, domain::DeadlineKind::Proposal, 7, "district");
    auto d8 = domain::effective_deadline(s, ext, domain::DeadlineKind::Proposal, 8, "district");
    BOOST_TEST(!domain::proposal_deadline_passed(d7, "2024-01-05"));
    BOOST_TEST(domain::proposal_deadline_passed(d8, "2024-01-05"));
}

BOOST_AUTO_TEST_SUITE_END()
