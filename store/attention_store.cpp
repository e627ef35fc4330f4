// What needs a user on the home page.
#include "store/attention_store.h"

#include <algorithm>
#include <map>

#include "domain/campaigns.h"
#include "store/scope_sql.h"

namespace store {

Attention AttentionStore::for_user(const domain::Scope& scope, int64_t unit_id, const std::string& today,
                                   const AttentionWanted& wanted)
{
    Attention a;
    int this_year = std::stoi(today.substr(0, 4));
    auto y = db_.query("SELECT MAX(year) AS y FROM campaign_years WHERE year <= ?", {this_year});
    a.year = y.next() && !y.is_null("y") ? y.i32("y") : this_year;

    // One round trip per group of counts; a role only pays for the groups its home page shows.
    // Pending work is pending whatever its year; only "who has sent nothing" is about one year.
    auto sc = scope_condition(scope, "m.unit_id");
    auto fs = scope_condition(scope, "f.responsible_unit_id");
    core::Params p = sc.params;
    p.insert(p.end(), fs.params.begin(), fs.params.end());
    // sc.sql and fs.sql are scope_condition's fixed text with '?' placeholders; values are bound.
    auto everyone = db_.query(
        "SELECT (SELECT COUNT(*) FROM models m WHERE m.status = 'registered' AND " + sc.sql + ") AS to_evaluate,"
        "       (SELECT COUNT(*) FROM follow_ups f WHERE f.closed_at IS NULL AND " + fs.sql + ") AS follow_ups",
        p);
    everyone.next();
    a.models_to_evaluate = everyone.i32("to_evaluate");
    a.open_follow_ups = everyone.i32("follow_ups");

    if (wanted.own_outbox) {
        auto r = db_.query(
            "SELECT (SELECT COUNT(*) FROM models m JOIN units u ON u.id = m.unit_id JOIN evaluations e ON e.model_id = m.id"
            "         WHERE m.unit_id = ? AND e.rating <> 'low'"
            "           AND NOT EXISTS (SELECT 1 FROM recognitions r WHERE r.model_id = m.id AND r.level_id = u.level_id))"
            "         AS awaiting,"
            "       (SELECT COUNT(*) FROM proposals WHERE from_unit_id = ? AND state = 'draft') AS drafts,"
            "       (SELECT COUNT(*) FROM proposals WHERE from_unit_id = ? AND state = 'returned') AS returned,"
            "       (SELECT COUNT(*) FROM models m JOIN units u ON u.id = m.unit_id"
            "         WHERE m.unit_id = ? AND m.year = ? AND u.parent_id IS NOT NULL"
            "           AND EXISTS (SELECT 1 FROM recognitions r WHERE r.model_id = m.id AND r.level_id = u.level_id)"
            "           AND NOT EXISTS (SELECT 1 FROM proposals q WHERE q.model_id = m.id AND q.state <> 'withdrawn'))"
            "         AS proposable",
            {unit_id, unit_id, unit_id, unit_id, a.year});
        r.next();
        a.models_awaiting_recognition = r.i32("awaiting");
        a.proposals_draft = r.i32("drafts");
        a.proposals_returned = r.i32("returned");
        a.proposable_models = r.i32("proposable");
    }
    if (wanted.inbox) {
        auto r = db_.query(
            "SELECT (SELECT COUNT(*) FROM proposals p WHERE p.to_unit_id = ? AND p.state = 'submitted'"
            "           AND NOT EXISTS (SELECT 1 FROM review_items ri WHERE ri.proposal_id = p.id)) AS waiting,"
            "       (SELECT COUNT(*) FROM review_meetings WHERE unit_id = ? AND state = 'open') AS meetings,"
            "       (SELECT COUNT(*) FROM units WHERE parent_id = ? AND status = 'active') AS children,"
            "       (SELECT COUNT(*) FROM units c WHERE c.parent_id = ? AND c.status = 'active'"
            "           AND NOT EXISTS (SELECT 1 FROM proposals p WHERE p.from_unit_id = c.id AND p.to_unit_id = c.parent_id"
            "                            AND p.year = ? AND p.state NOT IN ('draft', 'withdrawn'))) AS silent",
            {unit_id, unit_id, unit_id, unit_id, a.year});
        r.next();
        a.proposals_waiting_meeting = r.i32("waiting");
        a.open_meetings = r.i32("meetings");
        a.children = r.i32("children");
        a.children_silent = r.i32("silent");
    }

    // Deadlines from today on, with the extensions that apply to this unit.
    auto s = db_.query(
        "SELECT cy.id, cy.year, DATE_FORMAT(cy.registration_deadline, '%Y-%m-%d') AS reg,"
        "       DATE_FORMAT(cy.proposal_deadline, '%Y-%m-%d') AS prop,"
        "       (SELECT DATE_FORMAT(rd.deadline, '%Y-%m-%d') FROM recognition_deadlines rd JOIN units u ON u.level_id = rd.level_id"
        "         WHERE rd.campaign_year_id = cy.id AND u.id = ?) AS rec,"
        "       (SELECT l.code FROM units u JOIN levels l ON l.id = u.level_id WHERE u.id = ?) AS level"
        "  FROM campaign_years cy WHERE cy.year >= ? ORDER BY cy.year",
        {unit_id, unit_id, this_year - 1});
    struct Row {
        int64_t id;
        domain::YearSchedule sched;
        std::string level;
    };
    std::vector<Row> rows;
    while (s.next()) {
        Row r;
        r.id = s.i64("id");
        r.sched.year = s.i32("year");
        r.sched.registration_deadline = s.str("reg");
        r.sched.proposal_deadline = s.str("prop");
        r.level = s.opt_str("level").value_or("");
        if (auto rec = s.opt_str("rec")) r.sched.recognition_deadlines[r.level] = *rec;
        rows.push_back(std::move(r));
    }
    // Every extension of those years in one query, then the rule per year (domain::effective_deadline).
    std::map<int64_t, std::vector<domain::DeadlineExtension>> extensions;
    auto e = db_.query(
        "SELECT e.campaign_year_id, e.deadline_kind, e.unit_id, l.code AS level, DATE_FORMAT(e.new_deadline, '%Y-%m-%d') AS d"
        "  FROM deadline_extensions e JOIN campaign_years cy ON cy.id = e.campaign_year_id"
        "  LEFT JOIN levels l ON l.id = e.level_id WHERE cy.year >= ?",
        {this_year - 1});
    while (e.next()) {
        auto kind = domain::parse_deadline_kind(e.str("deadline_kind"));
        if (kind) extensions[e.i64("campaign_year_id")].push_back({*kind, e.opt_i64("unit_id"), e.opt_str("level"), e.str("d")});
    }
    for (const auto& r : rows) {
        const auto& ext = extensions[r.id];
        for (auto kind : {domain::DeadlineKind::Registration, domain::DeadlineKind::Recognition, domain::DeadlineKind::Proposal}) {
            auto d = domain::effective_deadline(r.sched, ext, kind, unit_id, r.level);
            if (d && *d >= today) a.deadlines.push_back({domain::deadline_kind_code(kind), *d, r.sched.year});
        }
    }
    std::sort(a.deadlines.begin(), a.deadlines.end(),
              [](const UpcomingDeadline& x, const UpcomingDeadline& y) { return x.date < y.date; });
    return a;
}

}  // namespace store
