// The proposal state machine, exhaustively: every state x action x actor relation, against an
// independent statement of the rules (DESIGN.md: draft -> submitted -> (returned -> submitted)* ->
// recognised | not recognised; withdrawn while not yet decided).
#include <boost/test/unit_test.hpp>

#include <map>
#include <tuple>

#include "domain/proposals.h"

using domain::ActorRelation;
using domain::ProposalAction;
using domain::ProposalState;

namespace {

// The expected outcome: the new state's code, or "!" followed by the refusal key.
std::string expected(ProposalState s, ProposalAction a, ActorRelation r)
{
    using A = ProposalAction;
    using S = ProposalState;
    if (r == ActorRelation::Other) return "!E_PROP_NOT_YOURS";
    if (s == S::Recognised || s == S::NotRecognised) return "!E_PROP_DECIDED";
    if (s == S::Withdrawn) return "!E_PROP_WITHDRAWN";
    bool sender = a == A::Edit || a == A::Submit || a == A::Withdraw;
    if (sender && r != ActorRelation::Sender) return "!E_PROP_SENDER_ONLY";
    if (!sender && r != ActorRelation::Receiver) return "!E_PROP_RECEIVER_ONLY";
    static const std::map<std::pair<S, A>, std::string> table{
        {{S::Draft, A::Edit}, "draft"},
        {{S::Draft, A::Submit}, "submitted"},
        {{S::Draft, A::Withdraw}, "withdrawn"},
        {{S::Draft, A::Return}, "!E_PROP_NOT_SUBMITTED"},
        {{S::Draft, A::Recognise}, "!E_PROP_NOT_SUBMITTED"},
        {{S::Draft, A::NotRecognise}, "!E_PROP_NOT_SUBMITTED"},
        {{S::Submitted, A::Edit}, "!E_PROP_NOT_EDITABLE"},
        {{S::Submitted, A::Submit}, "!E_PROP_ALREADY_SUBMITTED"},
        {{S::Submitted, A::Withdraw}, "withdrawn"},
        {{S::Submitted, A::Return}, "returned"},
        {{S::Submitted, A::Recognise}, "recognised"},
        {{S::Submitted, A::NotRecognise}, "not_recognised"},
        {{S::Returned, A::Edit}, "returned"},
        {{S::Returned, A::Submit}, "submitted"},
        {{S::Returned, A::Withdraw}, "withdrawn"},
        {{S::Returned, A::Return}, "!E_PROP_NOT_SUBMITTED"},
        {{S::Returned, A::Recognise}, "!E_PROP_NOT_SUBMITTED"},
        {{S::Returned, A::NotRecognise}, "!E_PROP_NOT_SUBMITTED"},
    };
    return table.at({s, a});
}

std::string actual(ProposalState s, ProposalAction a, ActorRelation r)
{
    auto t = domain::proposal_transition(s, a, r);
    if (t.allowed()) {
        BOOST_TEST(t.refusal.empty());
        return domain::proposal_state_code(*t.to);
    }
    BOOST_TEST(!t.refusal.empty());
    return "!" + t.refusal;
}

const char* relation_name(ActorRelation r)
{
    return r == ActorRelation::Sender ? "sender" : r == ActorRelation::Receiver ? "receiver" : "other";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(proposal_rules)

BOOST_AUTO_TEST_CASE(every_state_action_and_actor_follows_the_table)
{
    int cases = 0, allowed = 0;
    for (auto s : domain::all_proposal_states())
        for (auto a : domain::all_proposal_actions())
            for (auto r : domain::all_actor_relations()) {
                BOOST_TEST_CONTEXT(domain::proposal_state_code(s) << " x " << domain::proposal_action_code(a) << " x "
                                                                   << relation_name(r))
                {
                    std::string want = expected(s, a, r), got = actual(s, a, r);
                    BOOST_TEST(got == want);
                    if (want[0] != '!') ++allowed;
                }
                ++cases;
            }
    BOOST_TEST(cases == 6 * 6 * 3);
    BOOST_TEST(allowed == 10);  // the arrows of the diagram
}

BOOST_AUTO_TEST_CASE(decided_and_withdrawn_proposals_never_move)
{
    for (auto s : {ProposalState::Recognised, ProposalState::NotRecognised, ProposalState::Withdrawn}) {
        BOOST_TEST(domain::proposal_is_final(s));
        for (auto a : domain::all_proposal_actions())
            for (auto r : domain::all_actor_relations()) BOOST_TEST(!domain::proposal_transition(s, a, r).allowed());
    }
    for (auto s : {ProposalState::Draft, ProposalState::Submitted, ProposalState::Returned})
        BOOST_TEST(domain::proposal_is_open(s));
}

BOOST_AUTO_TEST_CASE(codes_round_trip)
{
    for (auto s : domain::all_proposal_states())
        BOOST_TEST((domain::parse_proposal_state(domain::proposal_state_code(s)) == s));
    for (auto a : domain::all_proposal_actions())
        BOOST_TEST((domain::parse_proposal_action(domain::proposal_action_code(a)) == a));
    BOOST_TEST(!domain::parse_proposal_state("decided"));
    BOOST_TEST(!domain::parse_proposal_action(""));
}

BOOST_AUTO_TEST_CASE(justification_and_reason_are_required_and_bounded)
{
    BOOST_TEST(domain::check_justification("  \n ") == "E_PROP_JUSTIFICATION_REQUIRED");
    BOOST_TEST(domain::check_justification("Mô hình tiêu biểu").empty());
    BOOST_TEST(domain::check_justification(std::string(domain::kMaxJustification + 1, 'x')) == "E_CYCLE_TEXT_TOO_LONG");
    BOOST_TEST(domain::check_reason("") == "E_CYCLE_REASON_REQUIRED");
    BOOST_TEST(domain::check_reason("Thiếu minh chứng").empty());
    BOOST_TEST(domain::check_reason(std::string(domain::kMaxReason + 1, 'x')) == "E_CYCLE_TEXT_TOO_LONG");
}

BOOST_AUTO_TEST_CASE(deadline_passes_the_day_after)
{
    BOOST_TEST(!domain::proposal_deadline_passed(std::string("2023-12-15"), "2023-12-15"));
    BOOST_TEST(domain::proposal_deadline_passed(std::string("2023-12-15"), "2023-12-16"));
    BOOST_TEST(!domain::proposal_deadline_passed(std::nullopt, "2099-01-01"));  // no schedule: nothing to enforce
}

BOOST_AUTO_TEST_SUITE_END()
