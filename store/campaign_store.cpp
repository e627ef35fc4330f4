// Campaigns, yearly schedules, recognition deadlines per level, and deadline extensions.
#include "store/campaign_store.h"

#include <map>

namespace store {

static const char* const kCampaignColumns =
    "SELECT id, directive_number, title, issuing_body, start_year, end_year, is_current, version FROM campaigns ";

static Campaign read_campaign(const core::Rows& r)
{
    Campaign c;
    c.id = r.i64("id");
    c.directive_number = r.str("directive_number");
    c.title = r.str("title");
    c.issuing_body = r.str("issuing_body");
    c.start_year = r.i32("start_year");
    c.end_year = r.i32("end_year");
    c.is_current = r.boolean("is_current");
    c.version = r.i32("version");
    return c;
}

int CurrentCampaign::year_for(int calendar_year) const
{
    int best = 0;
    for (const auto& y : years)
        if (y.schedule.year <= calendar_year && y.schedule.year > best) best = y.schedule.year;
    return best ? best : campaign.start_year;
}

int CurrentCampaign::year_now(std::time_t now) const
{
    std::tm tm{};
    localtime_r(&now, &tm);
    return year_for(tm.tm_year + 1900);
}

std::vector<Campaign> CampaignStore::list()
{
    auto r = db_.query(std::string(kCampaignColumns) + "ORDER BY start_year DESC, id DESC");
    std::vector<Campaign> out;
    while (r.next()) out.push_back(read_campaign(r));
    return out;
}

std::optional<Campaign> CampaignStore::find(int64_t id)
{
    auto r = db_.query(std::string(kCampaignColumns) + "WHERE id = ?", {id});
    if (!r.next()) return std::nullopt;
    return read_campaign(r);
}

std::optional<CurrentCampaign> CampaignStore::current()
{
    auto r = db_.query(std::string(kCampaignColumns) + "WHERE is_current = 1 ORDER BY id DESC LIMIT 1");
    if (!r.next()) return std::nullopt;
    CurrentCampaign c;
    c.campaign = read_campaign(r);
    c.years = years(c.campaign.id);
    return c;
}

static std::vector<CampaignYear> read_years(core::Db& db, core::Rows& r)
{
    std::vector<CampaignYear> out;
    while (r.next()) {
        CampaignYear y;
        y.id = r.i64("id");
        y.campaign_id = r.i64("campaign_id");
        y.schedule.year = r.i32("year");
        y.schedule.registration_deadline = r.str("reg");
        y.schedule.proposal_deadline = r.str("prop");
        y.version = r.i32("version");
        out.push_back(std::move(y));
    }
    if (out.empty()) return out;
    // Every year read here belongs to one campaign: its per-level deadlines in one query.
    std::map<int64_t, CampaignYear*> by_id;
    for (auto& y : out) by_id[y.id] = &y;
    auto d = db.query(
        "SELECT d.campaign_year_id, l.code, DATE_FORMAT(d.deadline, '%Y-%m-%d') AS deadline"
        "  FROM recognition_deadlines d JOIN campaign_years cy ON cy.id = d.campaign_year_id"
        "  JOIN levels l ON l.id = d.level_id WHERE cy.campaign_id = ?",
        {out.front().campaign_id});
    while (d.next()) {
        auto it = by_id.find(d.i64("campaign_year_id"));
        if (it != by_id.end()) it->second->schedule.recognition_deadlines[d.str("code")] = d.str("deadline");
    }
    return out;
}

static const char* const kYearColumns =
    "SELECT id, campaign_id, year, DATE_FORMAT(registration_deadline, '%Y-%m-%d') AS reg,"
    "       DATE_FORMAT(proposal_deadline, '%Y-%m-%d') AS prop, version FROM campaign_years ";

std::vector<CampaignYear> CampaignStore::years(int64_t campaign_id)
{
    auto r = db_.query(std::string(kYearColumns) + "WHERE campaign_id = ? ORDER BY year", {campaign_id});
    return read_years(db_, r);
}

std::optional<CampaignYear> CampaignStore::year(int64_t campaign_id, int year)
{
    auto r = db_.query(std::string(kYearColumns) + "WHERE campaign_id = ? AND year = ?", {campaign_id, year});
    auto ys = read_years(db_, r);
    if (ys.empty()) return std::nullopt;
    return ys.front();
}

static const char* const kExtensionColumns =
    "SELECT e.id, e.campaign_year_id, y.year, e.deadline_kind, l.code AS level, e.unit_id, un.code AS unit_code,"
    "       un.name AS unit_name, DATE_FORMAT(e.new_deadline, '%Y-%m-%d') AS new_deadline, e.reason,"
    "       g.display_name AS granted_by, DATE_FORMAT(e.granted_at, '%Y-%m-%d %H:%i:%s') AS granted_at"
    "  FROM deadline_extensions e JOIN campaign_years y ON y.id = e.campaign_year_id"
    "  LEFT JOIN levels l ON l.id = e.level_id LEFT JOIN units un ON un.id = e.unit_id"
    "  LEFT JOIN users g ON g.id = e.granted_by ";

static std::vector<Extension> read_extensions(core::Rows& r)
{
    std::vector<Extension> out;
    while (r.next()) {
        Extension e;
        e.id = r.i64("id");
        e.campaign_year_id = r.i64("campaign_year_id");
        e.year = r.i32("year");
        e.kind = r.str("deadline_kind");
        e.level = r.opt_str("level");
        e.unit_id = r.opt_i64("unit_id");
        e.unit_code = r.opt_str("unit_code").value_or("");
        e.unit_name = r.opt_str("unit_name").value_or("");
        e.new_deadline = r.str("new_deadline");
        e.reason = r.str("reason");
        e.granted_by_name = r.opt_str("granted_by").value_or("");
        e.granted_at = r.str("granted_at");
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Extension> CampaignStore::extensions(int64_t campaign_id)
{
    auto r = db_.query(std::string(kExtensionColumns) + "WHERE y.campaign_id = ? ORDER BY y.year, e.id", {campaign_id});
    return read_extensions(r);
}

std::optional<std::pair<domain::YearSchedule, std::vector<domain::DeadlineExtension>>> CampaignStore::schedule_for(int year)
{
    auto r = db_.query(std::string(kYearColumns) + "WHERE year = ?", {year});
    auto ys = read_years(db_, r);
    if (ys.empty()) return std::nullopt;
    auto er = db_.query(std::string(kExtensionColumns) + "WHERE e.campaign_year_id = ? ORDER BY e.id", {ys.front().id});
    std::vector<domain::DeadlineExtension> exts;
    for (const auto& e : read_extensions(er)) {
        auto kind = domain::parse_deadline_kind(e.kind);
        if (!kind) continue;
        exts.push_back({*kind, e.unit_id, e.level, e.new_deadline});
    }
    return std::make_pair(ys.front().schedule, exts);
}

int64_t CampaignStore::create(const Campaign& c)
{
    return db_.insert(
        "INSERT INTO campaigns (directive_number, title, issuing_body, start_year, end_year, is_current)"
        " VALUES (?, ?, ?, ?, ?, 0)",
        {c.directive_number, c.title, c.issuing_body, c.start_year, c.end_year});
}

bool CampaignStore::update(const Campaign& c)
{
    return db_.exec(
               "UPDATE campaigns SET directive_number = ?, title = ?, issuing_body = ?, start_year = ?, end_year = ?,"
               " version = version + 1 WHERE id = ? AND version = ?",
               {c.directive_number, c.title, c.issuing_body, c.start_year, c.end_year, c.id, c.version}) > 0;
}

void CampaignStore::make_current(int64_t id)
{
    db_.exec("UPDATE campaigns SET is_current = 0, version = version + 1 WHERE is_current = 1 AND id <> ?", {id});
    db_.exec("UPDATE campaigns SET is_current = 1, version = version + 1 WHERE id = ? AND is_current = 0", {id});
}

int64_t CampaignStore::save_year(int64_t campaign_id, const domain::YearSchedule& s,
                                 const std::vector<std::pair<int, std::string>>& recognition)
{
    int64_t id;
    if (auto existing = year(campaign_id, s.year)) {
        id = existing->id;
        db_.exec(
            "UPDATE campaign_years SET registration_deadline = ?, proposal_deadline = ?, version = version + 1"
            " WHERE id = ?",
            {s.registration_deadline, s.proposal_deadline, id});
        db_.exec("DELETE FROM recognition_deadlines WHERE campaign_year_id = ?", {id});
    } else {
        id = db_.insert(
            "INSERT INTO campaign_years (campaign_id, year, registration_deadline, proposal_deadline) VALUES (?, ?, ?, ?)",
            {campaign_id, s.year, s.registration_deadline, s.proposal_deadline});
    }
    for (const auto& [level_id, date] : recognition)
        db_.exec("INSERT INTO recognition_deadlines (campaign_year_id, level_id, deadline) VALUES (?, ?, ?)",
                 {id, level_id, date});
    return id;
}

int64_t CampaignStore::add_extension(const NewExtension& e)
{
    return db_.insert(
        "INSERT INTO deadline_extensions (campaign_year_id, deadline_kind, level_id, unit_id, new_deadline, reason,"
        " granted_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {e.campaign_year_id, e.kind, e.level_id, e.unit_id, e.new_deadline, e.reason, e.granted_by});
}

}  // namespace store
