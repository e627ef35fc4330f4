// Campaigns and their yearly schedules: checking a directive and a year's deadlines, and answering
// "what is the effective deadline of kind K for unit U (at level L)" once extensions are counted.
// Dates are ISO "YYYY-MM-DD" strings, which compare in date order.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace domain {

enum class DeadlineKind { Registration, Recognition, Proposal };
std::string deadline_kind_code(DeadlineKind k);  // "registration", "recognition", "proposal"
std::optional<DeadlineKind> parse_deadline_kind(const std::string& code);

// One year's schedule of a campaign.
struct YearSchedule {
    int year = 0;
    std::string registration_deadline, proposal_deadline;
    std::map<std::string, std::string> recognition_deadlines;  // level code ("grassroots", ...) -> date
};

// An extension on the record: for one unit (unit_id) or all (absent); for recognition, possibly for
// one level only (level absent: every level).
struct DeadlineExtension {
    DeadlineKind kind = DeadlineKind::Registration;
    std::optional<int64_t> unit_id;
    std::optional<std::string> level;
    std::string new_deadline;
};

// The deadline of `kind` that holds for `unit_id` (whose level is `level`): the schedule's date,
// moved to the latest extension that applies (one for all units, or for this unit; for recognition,
// for every level or this level). An extension never shortens a deadline. Absent when the schedule
// has no such deadline (e.g. no recognition deadline for that level).
std::optional<std::string> effective_deadline(const YearSchedule& schedule, const std::vector<DeadlineExtension>& extensions,
                                              DeadlineKind kind, int64_t unit_id, const std::string& level);
// True when `date` is on or before the effective deadline; false when there is none.
bool on_time(const YearSchedule& schedule, const std::vector<DeadlineExtension>& extensions, DeadlineKind kind,
             int64_t unit_id, const std::string& level, const std::string& date);

// A directive as its form carries it.
struct CampaignDraft {
    std::string directive_number, title, issuing_body;
    std::optional<int> start_year, end_year;
};
// Field -> catalog key of what is wrong (fields: directive_number, title, issuing_body, start_year, end_year).
std::map<std::string, std::string> check_campaign(const CampaignDraft& d);

// A year's schedule as its form carries it (dates already parsed; absent = empty or not a date).
struct ScheduleDraft {
    std::optional<int> year;
    std::optional<std::string> registration_deadline, proposal_deadline;
    std::map<std::string, std::optional<std::string>> recognition_deadlines;  // every level of the form
};
// Checks against the campaign's years: the year inside them, every deadline inside them.
// Fields: year, registration_deadline, proposal_deadline, recognition_<level>.
std::map<std::string, std::string> check_schedule(const ScheduleDraft& d, int start_year, int end_year);

// An extension as its form carries it. current_deadline: the effective deadline it would replace.
struct ExtensionDraft {
    std::optional<DeadlineKind> kind;
    std::optional<std::string> new_deadline;
    std::string reason;
};
// Fields: kind, new_deadline, reason.
std::map<std::string, std::string> check_extension(const ExtensionDraft& d, int start_year, int end_year,
                                                   const std::optional<std::string>& current_deadline);

// Field codes: 2-32 characters of a-z, 0-9 and '_'.
bool valid_field_code(const std::string& code);

}  // namespace domain
