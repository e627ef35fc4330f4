// Compliance with the year's schedule: for each unit and each step of the cycle (register, evaluate,
// recognise at own level, propose upward), whether it is done, and against its deadline how many days
// are left or how many days late; and the share of units that recognised against the 100% target.
// Dates are ISO "YYYY-MM-DD"; deadlines come from domain::effective_deadline (extensions counted).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace domain {

enum class ComplianceStep { Register, Evaluate, Recognise, Propose };
const std::vector<ComplianceStep>& compliance_steps();
std::string compliance_step_code(ComplianceStep s);  // "register", "evaluate", "recognise", "propose"

// Days from `from` to `to` (negative when `to` is earlier); absent when either is not a real date.
std::optional<long> days_between(const std::string& from, const std::string& to);

enum class StepState {
    Done,        // done, on or before the deadline (or with no deadline)
    DoneLate,    // done after the deadline: days = days late
    Pending,     // not done, deadline not passed: days = days left (0 = today is the last day)
    Overdue,     // not done, deadline passed: days = days late
    NotDone,     // not done and no deadline in the schedule
};
std::string step_state_code(StepState s);  // "done", "done_late", "pending", "overdue", "not_done"

struct StepStatus {
    StepState state = StepState::NotDone;
    long days = 0;  // see StepState
    std::optional<std::string> deadline, done_on;
};

// done_on: the date the unit first did the step (absent: not done). today: ISO.
StepStatus step_status(const std::optional<std::string>& done_on, const std::optional<std::string>& deadline,
                       const std::string& today);

// The campaign's target: 100% of units recognise at their own level (and propose upward).
struct TargetShare {
    int done = 0, units = 0;
    std::optional<long long> percent_tenths;  // absent when there are no units
    bool met = false;                         // every unit did it (and there is at least one)
};
TargetShare target_share(int done, int units);

}  // namespace domain
