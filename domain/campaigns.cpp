// Campaigns and their yearly schedules: checks, and effective deadlines once extensions are counted.
#include "domain/campaigns.h"

#include <algorithm>

namespace domain {

std::string deadline_kind_code(DeadlineKind k)
{
    switch (k) {
    case DeadlineKind::Registration: return "registration";
    case DeadlineKind::Recognition: return "recognition";
    case DeadlineKind::Proposal: return "proposal";
    }
    return "";
}

std::optional<DeadlineKind> parse_deadline_kind(const std::string& code)
{
    for (auto k : {DeadlineKind::Registration, DeadlineKind::Recognition, DeadlineKind::Proposal})
        if (deadline_kind_code(k) == code) return k;
    return std::nullopt;
}

static std::optional<std::string> scheduled(const YearSchedule& s, DeadlineKind kind, const std::string& level)
{
    std::string date;
    switch (kind) {
    case DeadlineKind::Registration: date = s.registration_deadline; break;
    case DeadlineKind::Proposal: date = s.proposal_deadline; break;
    case DeadlineKind::Recognition: {
        auto it = s.recognition_deadlines.find(level);
        if (it != s.recognition_deadlines.end()) date = it->second;
        break;
    }
    }
    if (date.empty()) return std::nullopt;
    return date;
}

std::optional<std::string> effective_deadline(const YearSchedule& schedule, const std::vector<DeadlineExtension>& extensions,
                                              DeadlineKind kind, int64_t unit_id, const std::string& level)
{
    auto deadline = scheduled(schedule, kind, level);
    if (!deadline) return std::nullopt;
    for (const auto& e : extensions) {
        if (e.kind != kind) continue;
        if (e.unit_id && *e.unit_id != unit_id) continue;
        if (kind == DeadlineKind::Recognition && e.level && *e.level != level) continue;
        if (e.new_deadline > *deadline) deadline = e.new_deadline;
    }
    return deadline;
}

bool on_time(const YearSchedule& schedule, const std::vector<DeadlineExtension>& extensions, DeadlineKind kind,
             int64_t unit_id, const std::string& level, const std::string& date)
{
    auto deadline = effective_deadline(schedule, extensions, kind, unit_id, level);
    return deadline && !date.empty() && date <= *deadline;
}

static bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::map<std::string, std::string> check_campaign(const CampaignDraft& d)
{
    std::map<std::string, std::string> e;
    if (blank(d.directive_number)) e["directive_number"] = "E_ADM_CAMPAIGN_NUMBER_REQUIRED";
    else if (d.directive_number.size() > 64) e["directive_number"] = "E_ADM_TEXT_TOO_LONG";
    if (blank(d.title)) e["title"] = "E_ADM_CAMPAIGN_TITLE_REQUIRED";
    else if (d.title.size() > 500) e["title"] = "E_ADM_TEXT_TOO_LONG";
    if (blank(d.issuing_body)) e["issuing_body"] = "E_ADM_CAMPAIGN_BODY_REQUIRED";
    else if (d.issuing_body.size() > 255) e["issuing_body"] = "E_ADM_TEXT_TOO_LONG";
    auto year_ok = [](const std::optional<int>& y) { return y && *y >= 2000 && *y <= 2100; };
    if (!year_ok(d.start_year)) e["start_year"] = "E_ADM_CAMPAIGN_YEAR_INVALID";
    if (!year_ok(d.end_year)) e["end_year"] = "E_ADM_CAMPAIGN_YEAR_INVALID";
    else if (year_ok(d.start_year) && *d.end_year < *d.start_year) e["end_year"] = "E_ADM_CAMPAIGN_END_BEFORE_START";
    return e;
}

static int year_of(const std::string& iso) { return std::stoi(iso.substr(0, 4)); }

// Empty when the date is present and inside the campaign's years.
static std::string check_date(const std::optional<std::string>& date, int start_year, int end_year)
{
    if (!date) return "E_ADM_DATE_INVALID";
    int y = year_of(*date);
    if (y < start_year || y > end_year) return "E_ADM_DEADLINE_OUTSIDE_CAMPAIGN";
    return "";
}

std::map<std::string, std::string> check_schedule(const ScheduleDraft& d, int start_year, int end_year)
{
    std::map<std::string, std::string> e;
    if (!d.year) e["year"] = "E_ADM_CAMPAIGN_YEAR_INVALID";
    else if (*d.year < start_year || *d.year > end_year) e["year"] = "E_ADM_YEAR_OUTSIDE_CAMPAIGN";
    if (auto k = check_date(d.registration_deadline, start_year, end_year); !k.empty()) e["registration_deadline"] = k;
    if (auto k = check_date(d.proposal_deadline, start_year, end_year); !k.empty()) e["proposal_deadline"] = k;
    for (const auto& [level, date] : d.recognition_deadlines)
        if (auto k = check_date(date, start_year, end_year); !k.empty()) e["recognition_" + level] = k;
    return e;
}

std::map<std::string, std::string> check_extension(const ExtensionDraft& d, int start_year, int end_year,
                                                   const std::optional<std::string>& current_deadline)
{
    std::map<std::string, std::string> e;
    if (!d.kind) e["kind"] = "E_ADM_EXTENSION_KIND_REQUIRED";
    if (auto k = check_date(d.new_deadline, start_year, end_year); !k.empty()) e["new_deadline"] = k;
    else if (current_deadline && *d.new_deadline <= *current_deadline) e["new_deadline"] = "E_ADM_EXTENSION_NOT_LATER";
    if (blank(d.reason)) e["reason"] = "E_ADM_EXTENSION_REASON_REQUIRED";
    else if (d.reason.size() > 1000) e["reason"] = "E_ADM_TEXT_TOO_LONG";
    return e;
}

bool valid_field_code(const std::string& code)
{
    if (code.size() < 2 || code.size() > 32) return false;
    return std::all_of(code.begin(), code.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

}  // namespace domain
