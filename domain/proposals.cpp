// Proposals to the level above: the state machine and its checks.
#include "domain/proposals.h"

namespace domain {

const std::vector<ProposalState>& all_proposal_states()
{
    static const std::vector<ProposalState> v{ProposalState::Draft,      ProposalState::Submitted,
                                              ProposalState::Returned,   ProposalState::Recognised,
                                              ProposalState::NotRecognised, ProposalState::Withdrawn};
    return v;
}

const std::vector<ProposalAction>& all_proposal_actions()
{
    static const std::vector<ProposalAction> v{ProposalAction::Edit,   ProposalAction::Submit,
                                               ProposalAction::Withdraw, ProposalAction::Return,
                                               ProposalAction::Recognise, ProposalAction::NotRecognise};
    return v;
}

const std::vector<ActorRelation>& all_actor_relations()
{
    static const std::vector<ActorRelation> v{ActorRelation::Sender, ActorRelation::Receiver, ActorRelation::Other};
    return v;
}

std::string proposal_state_code(ProposalState s)
{
    switch (s) {
    case ProposalState::Draft: return "draft";
    case ProposalState::Submitted: return "submitted";
    case ProposalState::Returned: return "returned";
    case ProposalState::Recognised: return "recognised";
    case ProposalState::NotRecognised: return "not_recognised";
    case ProposalState::Withdrawn: return "withdrawn";
    }
    return "";
}

std::optional<ProposalState> parse_proposal_state(const std::string& code)
{
    for (auto s : all_proposal_states())
        if (proposal_state_code(s) == code) return s;
    return std::nullopt;
}

std::string proposal_action_code(ProposalAction a)
{
    switch (a) {
    case ProposalAction::Edit: return "edit";
    case ProposalAction::Submit: return "submit";
    case ProposalAction::Withdraw: return "withdraw";
    case ProposalAction::Return: return "return";
    case ProposalAction::Recognise: return "recognise";
    case ProposalAction::NotRecognise: return "not_recognise";
    }
    return "";
}

std::optional<ProposalAction> parse_proposal_action(const std::string& code)
{
    for (auto a : all_proposal_actions())
        if (proposal_action_code(a) == code) return a;
    return std::nullopt;
}

bool proposal_is_final(ProposalState s)
{
    return s == ProposalState::Recognised || s == ProposalState::NotRecognised || s == ProposalState::Withdrawn;
}

bool proposal_is_open(ProposalState s) { return !proposal_is_final(s); }

namespace {

bool sender_action(ProposalAction a)
{
    return a == ProposalAction::Edit || a == ProposalAction::Submit || a == ProposalAction::Withdraw;
}

ProposalTransition to(ProposalState s) { return {s, ""}; }
ProposalTransition refuse(const char* key) { return {std::nullopt, key}; }

}  // namespace

ProposalTransition proposal_transition(ProposalState from, ProposalAction action, ActorRelation relation)
{
    using A = ProposalAction;
    using S = ProposalState;
    // Whose move it is comes first: a stranger learns nothing about the proposal's state.
    if (relation == ActorRelation::Other) return refuse("E_PROP_NOT_YOURS");
    if (from == S::Recognised || from == S::NotRecognised) return refuse("E_PROP_DECIDED");
    if (from == S::Withdrawn) return refuse("E_PROP_WITHDRAWN");
    if (sender_action(action) && relation != ActorRelation::Sender) return refuse("E_PROP_SENDER_ONLY");
    if (!sender_action(action) && relation != ActorRelation::Receiver) return refuse("E_PROP_RECEIVER_ONLY");

    switch (from) {
    case S::Draft:
        switch (action) {
        case A::Edit: return to(S::Draft);
        case A::Submit: return to(S::Submitted);
        case A::Withdraw: return to(S::Withdrawn);
        default: return refuse("E_PROP_NOT_SUBMITTED");
        }
    case S::Submitted:
        switch (action) {
        case A::Edit: return refuse("E_PROP_NOT_EDITABLE");
        case A::Submit: return refuse("E_PROP_ALREADY_SUBMITTED");
        case A::Withdraw: return to(S::Withdrawn);
        case A::Return: return to(S::Returned);
        case A::Recognise: return to(S::Recognised);
        case A::NotRecognise: return to(S::NotRecognised);
        }
        break;
    case S::Returned:
        switch (action) {
        case A::Edit: return to(S::Returned);
        case A::Submit: return to(S::Submitted);
        case A::Withdraw: return to(S::Withdrawn);
        default: return refuse("E_PROP_NOT_SUBMITTED");
        }
    default: break;
    }
    return refuse("E_PROP_DECIDED");
}

std::string trim_text(const std::string& s)
{
    const char* ws = " \t\r\n";
    auto b = s.find_first_not_of(ws);
    if (b == std::string::npos) return "";
    auto e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

std::string check_justification(const std::string& text)
{
    std::string t = trim_text(text);
    if (t.empty()) return "E_PROP_JUSTIFICATION_REQUIRED";
    if (t.size() > kMaxJustification) return "E_CYCLE_TEXT_TOO_LONG";
    return "";
}

std::string check_reason(const std::string& text)
{
    std::string t = trim_text(text);
    if (t.empty()) return "E_CYCLE_REASON_REQUIRED";
    if (t.size() > kMaxReason) return "E_CYCLE_TEXT_TOO_LONG";
    return "";
}

bool proposal_deadline_passed(const std::optional<std::string>& effective_deadline, const std::string& today)
{
    return effective_deadline && today > *effective_deadline;
}

}  // namespace domain
