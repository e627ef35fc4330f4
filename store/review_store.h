// Review meetings of a receiving unit (the commission for the province): creating one, its agenda of
// submitted proposals, and deciding it — every outcome with its tally, the proposals' states, the
// decision that recognises the accepted ones and the models' statuses — in the caller's transaction.
// A decided meeting is locked.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/recognition.h"
#include "domain/scope.h"
#include "store/proposal_store.h"
#include "store/recognition_store.h"

namespace store {

struct Meeting {
    int64_t id = 0, unit_id = 0;
    std::string unit_code, unit_name, level_code;
    int year = 0;
    std::string date, place, members_present, state;
    std::optional<int64_t> decision_id;
    std::string decision_number, decision_date, signer_name, signer_title;
    int items = 0;
    int version = 1;
    bool decided() const { return state == "decided"; }
};

struct AgendaItem {
    int64_t proposal_id = 0, model_id = 0;
    int position = 0;
    std::string title, kind, person_name, from_code, from_name, justification;
    domain::ProposalState proposal_state = domain::ProposalState::Submitted;
    int proposal_version = 0;
    std::optional<std::string> outcome, reason;
    std::optional<int> votes_for, votes_against, votes_abstain;
};

struct NewMeeting {
    int64_t unit_id = 0;
    int year = 0;
    std::string date, place, members_present;
};

// One proposal's outcome as the meeting decided it.
struct ItemOutcome {
    int64_t proposal_id = 0;
    domain::Outcome outcome;
};

class ReviewStore {
public:
    explicit ReviewStore(core::Db& db) : db_(db) {}

    // Meetings of units within scope, newest first (optionally one unit's).
    std::vector<Meeting> list(const domain::Scope& scope, std::optional<int64_t> unit_id);
    std::optional<Meeting> find(const domain::Scope& scope, int64_t id);
    std::vector<AgendaItem> agenda(int64_t meeting_id);
    // Proposals submitted to the meeting's unit for its year and on no agenda yet.
    std::vector<Proposal> candidates(const Meeting& m);

    int64_t create(const NewMeeting& m, const CycleActor& by);
    // Puts the proposals on the agenda when the meeting is still open at `version`; returns how many
    // were added (only submitted proposals to the meeting's unit and year not on an agenda), or -1
    // when the meeting changed or was decided meanwhile.
    int add_to_agenda(const Meeting& m, int version, const std::vector<int64_t>& proposal_ids, const CycleActor& by);

    enum class DecideResult { Decided, Conflict, ItemsChanged };
    // Decides the meeting: locks it (open, at `version`: else Conflict, nothing written), moves every
    // agenda proposal (still submitted: else ItemsChanged) to its outcome, records the tallies, and
    // when any is recognised the decision at the meeting unit's level. The caller holds the
    // transaction and rolls back on anything but Decided.
    DecideResult decide(const Meeting& m, int version, const std::vector<ItemOutcome>& outcomes,
                        const std::optional<NewDecision>& decision, const CycleActor& by);

private:
    core::Db& db_;
};

}  // namespace store
