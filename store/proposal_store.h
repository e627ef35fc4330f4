// Proposals from a unit to its parent unit: the outbox, the inbox (by child unit, with the ones that
// sent nothing), creating drafts, moving a proposal along its state machine with optimistic locking,
// and the proposal deadline that holds for a unit (domain::effective_deadline over the schedule).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/proposals.h"
#include "domain/scope.h"
#include "store/recognition_store.h"

namespace store {

struct Proposal {
    int64_t id = 0, model_id = 0;
    std::string model_title, model_kind, person_name, model_status;
    int64_t from_unit_id = 0, to_unit_id = 0;
    std::string from_code, from_name, to_code, to_name;
    int year = 0;
    domain::ProposalState state = domain::ProposalState::Draft;
    std::string justification;
    std::optional<std::string> return_reason, outcome_reason;
    std::string created_at;
    std::optional<std::string> submitted_at, decided_at;
    std::optional<int64_t> meeting_id;  // the review meeting it is on, if any
    int version = 1;
};

// One child unit in a parent's inbox: how many proposals it has in each state for the year.
struct InboxUnit {
    int64_t unit_id = 0;
    std::string code, name;
    int submitted = 0, returned = 0, recognised = 0, not_recognised = 0;
    int total() const { return submitted + returned + recognised + not_recognised; }
    std::optional<std::string> deadline;  // the unit's effective proposal deadline
};

// A unit's own models that may be proposed now: recognised at its own level, no live proposal.
struct ProposableModel {
    int64_t id = 0;
    std::string title, kind, person_name;
};

class ProposalStore {
public:
    explicit ProposalStore(core::Db& db) : db_(db) {}

    // The proposal when it lies within scope (by its proposing unit; the parent's scope holds it too).
    std::optional<Proposal> find(const domain::Scope& scope, int64_t id, bool lock = false);
    std::vector<Proposal> outbox(const domain::Scope& scope, int64_t unit_id, int year);
    std::vector<Proposal> inbox(const domain::Scope& scope, int64_t unit_id, int year);
    // Every active child of unit_id with its counts (zeros included: the units not heard from).
    std::vector<InboxUnit> inbox_by_unit(int64_t unit_id, int year);
    std::vector<ProposableModel> proposable(const domain::Scope& scope, int64_t unit_id, int year);

    // A draft; throws core::DbConflict when the model already has a live proposal to that unit.
    int64_t create(int64_t model_id, int64_t from_unit, int64_t to_unit, int year, const std::string& justification,
                   const CycleActor& by);
    // Moves p to `to` when it is still at p.version; false when someone changed it first (nothing
    // written). Sets the timestamps and reasons, the model's status, takes a returned or withdrawn
    // proposal off an open meeting's agenda, and writes the audit row.
    bool move(const Proposal& p, domain::ProposalState to, const std::optional<std::string>& reason,
              const std::optional<std::string>& justification, const CycleActor& by, const std::string& action);

    // The proposal deadline that holds for unit_id in year: absent when the year has no schedule.
    std::optional<std::string> proposal_deadline(int64_t unit_id, int year);

private:
    core::Db& db_;
};

}  // namespace store
