// Campaigns (directives), their yearly schedules with per-level recognition deadlines, and deadline
// extensions on the record.
#pragma once
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/campaigns.h"

namespace store {

struct Campaign {
    int64_t id = 0;
    std::string directive_number, title, issuing_body;
    int start_year = 0, end_year = 0;
    bool is_current = false;
    int version = 1;
};

struct CampaignYear {
    int64_t id = 0, campaign_id = 0;
    domain::YearSchedule schedule;  // year, deadlines; recognition by level code
    int version = 1;
};

struct Extension {
    int64_t id = 0, campaign_year_id = 0;
    int year = 0;
    std::string kind;                   // registration, recognition, proposal
    std::optional<std::string> level;   // level code, recognition only
    std::optional<int64_t> unit_id;     // absent: every unit
    std::string unit_code, unit_name;
    std::string new_deadline, reason, granted_by_name, granted_at;
};

struct NewExtension {
    int64_t campaign_year_id = 0;
    std::string kind;
    std::optional<int> level_id;
    std::optional<int64_t> unit_id;
    std::string new_deadline, reason;
    int64_t granted_by = 0;
};

// The campaign that is running now, with its years (oldest first).
struct CurrentCampaign {
    Campaign campaign;
    std::vector<CampaignYear> years;
    // The year to show: this calendar year when scheduled, else the latest scheduled year up to it,
    // else the campaign's start year.
    int year_for(int calendar_year) const;
    // year_for the calendar year of `now` (local time).
    int year_now(std::time_t now) const;
};

class CampaignStore {
public:
    explicit CampaignStore(core::Db& db) : db_(db) {}
    // Newest first.
    std::vector<Campaign> list();
    std::optional<Campaign> find(int64_t id);
    std::optional<CurrentCampaign> current();
    std::vector<CampaignYear> years(int64_t campaign_id);
    std::optional<CampaignYear> year(int64_t campaign_id, int year);
    std::vector<Extension> extensions(int64_t campaign_id);
    // The schedule of a calendar year (whatever campaign holds it) with the extensions that apply to
    // it, for the areas that enforce deadlines with domain::effective_deadline.
    std::optional<std::pair<domain::YearSchedule, std::vector<domain::DeadlineExtension>>> schedule_for(int year);

    // Writes: call inside a Transaction.
    int64_t create(const Campaign& c);
    // False when the version changed meanwhile.
    bool update(const Campaign& c);
    // Makes this campaign the only current one.
    void make_current(int64_t id);
    // Inserts or replaces the year's schedule; recognition deadlines by level id. Throws
    // core::DbConflict when another campaign already schedules that year.
    int64_t save_year(int64_t campaign_id, const domain::YearSchedule& s, const std::vector<std::pair<int, std::string>>& recognition);
    int64_t add_extension(const NewExtension& e);

private:
    core::Db& db_;
};

}  // namespace store
