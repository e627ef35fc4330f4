// Proposals to the level above: the state machine as a table of (state, action, actor relation) ->
// new state or the reason for refusing, and the small checks around it (justification, deadline).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace domain {

enum class ProposalState { Draft, Submitted, Returned, Recognised, NotRecognised, Withdrawn };
enum class ProposalAction { Edit, Submit, Withdraw, Return, Recognise, NotRecognise };
// How the acting user stands to a proposal: acting for the proposing unit (sender), for the unit it
// is addressed to (receiver), or neither.
enum class ActorRelation { Sender, Receiver, Other };

const std::vector<ProposalState>& all_proposal_states();
const std::vector<ProposalAction>& all_proposal_actions();
const std::vector<ActorRelation>& all_actor_relations();
std::string proposal_state_code(ProposalState s);  // "draft", "submitted", ... as stored
std::optional<ProposalState> parse_proposal_state(const std::string& code);
std::string proposal_action_code(ProposalAction a);  // "edit", "submit", ...
std::optional<ProposalAction> parse_proposal_action(const std::string& code);

// A decided or withdrawn proposal never changes again (only an admin, on the record, outside the cycle).
bool proposal_is_final(ProposalState s);
// Not yet decided and not withdrawn: the model is "in the pipeline" of its parent unit.
bool proposal_is_open(ProposalState s);

struct ProposalTransition {
    std::optional<ProposalState> to;  // absent: refused
    std::string refusal;              // catalog key when refused
    bool allowed() const { return to.has_value(); }
};

// The whole rule: what `action` by an actor standing in `relation` does to a proposal in `from`.
ProposalTransition proposal_transition(ProposalState from, ProposalAction action, ActorRelation relation);

inline constexpr size_t kMaxJustification = 4000;
inline constexpr size_t kMaxReason = 1000;
// Catalog key of what is wrong with a justification (empty: fine).
std::string check_justification(const std::string& text);
// Catalog key of what is wrong with a return or non-recognition reason (empty: fine).
std::string check_reason(const std::string& text);

// The proposal deadline for a unit, when one applies, compared with today (ISO dates).
// No schedule for the year (deadline absent): nothing to enforce.
bool proposal_deadline_passed(const std::optional<std::string>& effective_deadline, const std::string& today);

// Trims spaces and line breaks at both ends.
std::string trim_text(const std::string& s);

}  // namespace domain
