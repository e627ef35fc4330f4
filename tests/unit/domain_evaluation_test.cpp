// Year-end evaluation: ratings, achieved values, the follow-up of a low rating, who may evaluate.
#include <boost/test/unit_test.hpp>

#include "domain/evaluation.h"

BOOST_AUTO_TEST_SUITE(evaluation_rules)

BOOST_AUTO_TEST_CASE(a_good_evaluation_is_accepted_with_normalised_values)
{
    domain::EvaluationInput in;
    in.rating = "good";
    in.comment = " Hoàn thành tốt ";
    in.achieved = {{1, "273"}, {2, "12,5"}, {3, ""}};
    auto c = domain::check_evaluation(in);
    BOOST_TEST(c.ok());
    BOOST_TEST(c.draft.comment == "Hoàn thành tốt");
    BOOST_TEST(*c.draft.achieved.at(1) == "273");
    BOOST_TEST(*c.draft.achieved.at(2) == "12.5");
    BOOST_TEST(!c.draft.achieved.at(3).has_value());
    BOOST_TEST(!c.draft.follow_up);
}

BOOST_AUTO_TEST_CASE(a_low_rating_needs_a_complete_follow_up)
{
    domain::EvaluationInput in;
    in.rating = "low";
    in.comment = "Chưa lan tỏa";
    auto c = domain::check_evaluation(in);
    BOOST_TEST(c.errors.count("follow_up_unit") == 1u);
    BOOST_TEST(c.errors.count("follow_up_action") == 1u);
    BOOST_TEST(c.errors.count("follow_up_due") == 1u);
    in.follow_up_unit = "12";
    in.follow_up_action = "Bổ sung giải pháp";
    in.follow_up_due = "2024-03-31";
    c = domain::check_evaluation(in);
    BOOST_TEST(c.ok());
    BOOST_TEST(c.draft.follow_up);
    BOOST_TEST(c.draft.follow_up_unit == 12);
}

BOOST_AUTO_TEST_CASE(bad_input_is_named_by_field)
{
    domain::EvaluationInput in;
    in.rating = "brilliant";
    in.achieved = {{2, "abc"}};
    auto c = domain::check_evaluation(in);
    BOOST_TEST(c.errors.at("rating") == "E_EVAL_RATING_REQUIRED");
    BOOST_TEST(c.errors.at("comment") == "E_EVAL_COMMENT_REQUIRED");
    BOOST_TEST(c.errors.at("achieved.2") == "E_EVAL_ACHIEVED_INVALID");
}

BOOST_AUTO_TEST_CASE(who_may_evaluate)
{
    using domain::Role;
    BOOST_TEST(domain::may_evaluate(Role::UnitStaff, true, "registered"));
    BOOST_TEST(domain::may_evaluate(Role::UnitHead, true, "evaluated"));
    BOOST_TEST(!domain::may_evaluate(Role::UnitStaff, false, "registered"));
    BOOST_TEST(!domain::may_evaluate(Role::UnitHead, true, "recognised"));
    BOOST_TEST(!domain::may_evaluate(Role::CommissionStaff, true, "proposed"));
    BOOST_TEST(domain::may_evaluate(Role::CommissionStaff, false, "registered"));
    BOOST_TEST(domain::may_evaluate(Role::Admin, false, "recognised_above"));
    BOOST_TEST(domain::needs_follow_up("low"));
    BOOST_TEST(!domain::needs_follow_up("achieved"));
    BOOST_TEST(domain::evaluation_ratings().size() == 4u);
    BOOST_TEST(domain::check_closing_note("") == "E_CYCLE_FIELD_REQUIRED");
    BOOST_TEST(domain::check_closing_note("Đã khắc phục").empty());
}

BOOST_AUTO_TEST_SUITE_END()
