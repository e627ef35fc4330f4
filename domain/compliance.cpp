// Compliance with the year's schedule: day counts and step states.
#include "domain/compliance.h"

#include "domain/funnel.h"

namespace domain {

const std::vector<ComplianceStep>& compliance_steps()
{
    static const std::vector<ComplianceStep> s{ComplianceStep::Register, ComplianceStep::Evaluate,
                                               ComplianceStep::Recognise, ComplianceStep::Propose};
    return s;
}

std::string compliance_step_code(ComplianceStep s)
{
    switch (s) {
    case ComplianceStep::Register: return "register";
    case ComplianceStep::Evaluate: return "evaluate";
    case ComplianceStep::Recognise: return "recognise";
    case ComplianceStep::Propose: return "propose";
    }
    return "register";
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long days_from_civil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

std::optional<long> day_number(const std::string& iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
    long y = std::stol(iso.substr(0, 4));
    unsigned m = static_cast<unsigned>(std::stoul(iso.substr(5, 2)));
    unsigned d = static_cast<unsigned>(std::stoul(iso.substr(8, 2)));
    static const unsigned len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return std::nullopt;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > len[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
    return days_from_civil(y, m, d);
}

}  // namespace

std::optional<long> days_between(const std::string& from, const std::string& to)
{
    auto a = day_number(from), b = day_number(to);
    if (!a || !b) return std::nullopt;
    return *b - *a;
}

std::string step_state_code(StepState s)
{
    switch (s) {
    case StepState::Done: return "done";
    case StepState::DoneLate: return "done_late";
    case StepState::Pending: return "pending";
    case StepState::Overdue: return "overdue";
    case StepState::NotDone: return "not_done";
    }
    return "not_done";
}

StepStatus step_status(const std::optional<std::string>& done_on, const std::optional<std::string>& deadline,
                       const std::string& today)
{
    StepStatus s;
    s.deadline = deadline;
    s.done_on = done_on;
    std::optional<long> to_deadline;  // deadline - reference day
    if (done_on) {
        if (deadline) to_deadline = days_between(done_on->substr(0, 10), *deadline);
        if (to_deadline && *to_deadline < 0) {
            s.state = StepState::DoneLate;
            s.days = -*to_deadline;
        } else {
            s.state = StepState::Done;
        }
        return s;
    }
    if (deadline) to_deadline = days_between(today, *deadline);
    if (!to_deadline) {
        s.state = StepState::NotDone;
    } else if (*to_deadline >= 0) {
        s.state = StepState::Pending;
        s.days = *to_deadline;
    } else {
        s.state = StepState::Overdue;
        s.days = -*to_deadline;
    }
    return s;
}

TargetShare target_share(int done, int units)
{
    TargetShare t;
    t.done = done;
    t.units = units;
    t.percent_tenths = percent_tenths(done, units);
    t.met = units > 0 && done >= units;
    return t;
}

}  // namespace domain
