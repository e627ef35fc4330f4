// Recognition rules: who acts for which unit, may this unit recognise this model at its own level,
// may it propose it (only its own recognised models, only to its parent unit), who runs a review
// meeting, and what a meeting's outcome for one proposal must carry.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/proposals.h"
#include "domain/roles.h"

namespace domain {

// How a user (role, unit) stands to a proposal from `from_unit` to `to_unit`, for a sender's action
// (edit, submit, withdraw) or a receiver's (return, decide). Senders: the proposing unit's head;
// receivers: the receiving unit's head or commission staff; admins may act for either side.
ActorRelation proposal_relation(Role role, int64_t user_unit, int64_t from_unit, int64_t to_unit, bool receiver_action);

// May this user record decisions and considerations for unit_id (its head, or an admin)?
bool may_act_for_unit(Role role, int64_t user_unit, int64_t unit_id);

// What the rules need to know about one model when recognising or proposing it.
struct ModelFacts {
    int64_t unit_id = 0;
    int year = 0;
    std::string status;                   // models.status
    std::optional<std::string> rating;    // its evaluation, when evaluated
    bool recognised_at_own_level = false; // a recognitions row at its unit's level
};

// Catalog key of why `unit_id` may not recognise this model at its own level (empty: it may).
// Only the unit's own models, evaluated and not rated low, not already recognised.
std::string recognise_refusal(const ModelFacts& m, int64_t unit_id);

// Catalog key of why `from_unit` may not propose this model to `to_unit` (empty: it may).
// parent_of_from: the proposing unit's parent (absent for the top of the tree).
std::string propose_refusal(const ModelFacts& m, int64_t from_unit, int64_t to_unit,
                            const std::optional<int64_t>& parent_of_from);

// May this user run review meetings for unit_id (create, put on the agenda, decide)?
// The receiving unit's head; commission staff of that unit; admins.
bool may_run_meetings(Role role, int64_t user_unit, int64_t unit_id);

// A meeting's outcome for one proposal, as the form carries it (strings not trusted).
struct OutcomeInput {
    std::string outcome;  // "recognised" | "not_recognised"
    std::string reason;
    std::string votes_for, votes_against, votes_abstain;
};
struct Outcome {
    bool recognised = false;
    std::string reason;
    int votes_for = 0, votes_against = 0, votes_abstain = 0;
};
struct OutcomeCheck {
    Outcome outcome;
    std::string error;  // catalog key; empty when fine
};
// Checks one outcome: a known outcome, whole non-negative votes, a reason when not recognised, and
// a recognition carried by more votes for than against. members: how many were present (0: unknown).
OutcomeCheck check_outcome(const OutcomeInput& in, int members);

// The decision that recognises models (number, date, signer and title).
struct DecisionInput {
    std::string number, date, signer_name, signer_title;  // date already ISO or empty when invalid
};
// Field -> catalog key: number, date, signer_name, signer_title.
std::vector<std::pair<std::string, std::string>> check_decision(const DecisionInput& d);

// How many people a "members present" text names: one per non-empty line (or ";"-separated entry);
// a line may carry the person's position after a comma.
int count_members(const std::string& members_present);

}  // namespace domain
