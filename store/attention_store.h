// What needs a user on the home page: counts of the cycle's pending work for their unit and role,
// and the deadlines coming up. Read-only.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/scope.h"

namespace store {

struct UpcomingDeadline {
    std::string kind;  // registration, recognition, proposal
    std::string date;  // effective for the unit (extensions counted)
    int year = 0;
};

struct Attention {
    int year = 0;                     // the cycle year the year-bound figures are for
    int models_to_evaluate = 0;       // registered, not evaluated (scope)
    int models_awaiting_recognition = 0;  // own unit: evaluated, not low, not recognised
    int proposals_draft = 0, proposals_returned = 0;  // own unit's outbox
    int proposable_models = 0;        // own unit's recognised models not yet proposed (year)
    int proposals_waiting_meeting = 0;  // submitted to the unit, on no agenda
    int open_meetings = 0;
    int children = 0, children_silent = 0;  // child units; those that submitted nothing this year
    int open_follow_ups = 0;
    std::vector<UpcomingDeadline> deadlines;  // from today on, soonest first
};

// Which groups of counts a home page shows (the others are not computed).
struct AttentionWanted {
    bool own_outbox = false;  // the unit's models to recognise and its proposals (unit heads)
    bool inbox = false;       // what child units sent up, meetings, silent units (parents)
};

class AttentionStore {
public:
    explicit AttentionStore(core::Db& db) : db_(db) {}
    // today: "YYYY-MM-DD"; the cycle year is the latest scheduled year up to today's, else today's.
    Attention for_user(const domain::Scope& scope, int64_t unit_id, const std::string& today,
                       const AttentionWanted& wanted);

private:
    core::Db& db_;
};

}  // namespace store
