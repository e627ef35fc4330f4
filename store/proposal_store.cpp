// Proposals from a unit to its parent unit.
#include "store/proposal_store.h"

#include "core/json.h"
#include "domain/campaigns.h"
#include "domain/models.h"
#include "store/audit_store.h"
#include "store/scope_sql.h"

namespace store {

namespace {

const char* kSelect =
    "SELECT p.id, p.model_id, m.title, m.kind, m.person_name, m.status AS model_status, p.from_unit_id,"
    "       p.to_unit_id, fu.code AS from_code, fu.name AS from_name, tu.code AS to_code, tu.name AS to_name,"
    "       p.year, p.state, p.justification, p.return_reason, p.outcome_reason,"
    "       DATE_FORMAT(p.created_at, '%Y-%m-%d %H:%i:%s') AS created_at,"
    "       DATE_FORMAT(p.submitted_at, '%Y-%m-%d %H:%i:%s') AS submitted_at,"
    "       DATE_FORMAT(p.decided_at, '%Y-%m-%d %H:%i:%s') AS decided_at, ri.meeting_id, p.version"
    "  FROM proposals p JOIN models m ON m.id = p.model_id"
    "  JOIN units fu ON fu.id = p.from_unit_id JOIN units tu ON tu.id = p.to_unit_id"
    "  LEFT JOIN review_items ri ON ri.proposal_id = p.id ";

Proposal read(core::Rows& r)
{
    Proposal p;
    p.id = r.i64("id");
    p.model_id = r.i64("model_id");
    p.model_title = r.str("title");
    p.model_kind = r.str("kind");
    p.person_name = r.str("person_name");
    p.model_status = r.str("model_status");
    p.from_unit_id = r.i64("from_unit_id");
    p.to_unit_id = r.i64("to_unit_id");
    p.from_code = r.str("from_code");
    p.from_name = r.str("from_name");
    p.to_code = r.str("to_code");
    p.to_name = r.str("to_name");
    p.year = r.i32("year");
    p.state = domain::parse_proposal_state(r.str("state")).value_or(domain::ProposalState::Draft);
    p.justification = r.str("justification");
    p.return_reason = r.opt_str("return_reason");
    p.outcome_reason = r.opt_str("outcome_reason");
    p.created_at = r.str("created_at");
    p.submitted_at = r.opt_str("submitted_at");
    p.decided_at = r.opt_str("decided_at");
    p.meeting_id = r.opt_i64("meeting_id");
    p.version = r.i32("version");
    return p;
}

std::vector<Proposal> read_all(core::Rows& r)
{
    std::vector<Proposal> out;
    while (r.next()) out.push_back(read(r));
    return out;
}

}  // namespace

std::optional<Proposal> ProposalStore::find(const domain::Scope& scope, int64_t id, bool lock)
{
    auto sc = scope_condition(scope, "p.from_unit_id");
    core::Params p{id};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(std::string(kSelect) + "WHERE p.id = ? AND " + sc.sql + (lock ? " FOR UPDATE" : ""), p);
    if (!r.next()) return std::nullopt;
    return read(r);
}

std::vector<Proposal> ProposalStore::outbox(const domain::Scope& scope, int64_t unit_id, int year)
{
    auto sc = scope_condition(scope, "p.from_unit_id");
    core::Params p{unit_id, year};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(std::string(kSelect) + "WHERE p.from_unit_id = ? AND p.year = ? AND " + sc.sql +
                           " ORDER BY FIELD(p.state, 'returned', 'draft', 'submitted', 'recognised', 'not_recognised',"
                           " 'withdrawn'), m.title, p.id",
                       p);
    return read_all(r);
}

std::vector<Proposal> ProposalStore::inbox(const domain::Scope& scope, int64_t unit_id, int year)
{
    // Drafts are the sender's own business until submitted.
    auto sc = scope_condition(scope, "p.from_unit_id");
    core::Params p{unit_id, year};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(std::string(kSelect) + "WHERE p.to_unit_id = ? AND p.year = ? AND p.state <> 'draft' AND " +
                           sc.sql + " ORDER BY fu.name, FIELD(p.state, 'submitted', 'returned', 'recognised',"
                           " 'not_recognised', 'withdrawn'), m.title, p.id",
                       p);
    return read_all(r);
}

std::vector<InboxUnit> ProposalStore::inbox_by_unit(int64_t unit_id, int year)
{
    auto r = db_.query(
        "SELECT u.id, u.code, u.name,"
        "       COALESCE(SUM(p.state = 'submitted'), 0) AS submitted, COALESCE(SUM(p.state = 'returned'), 0) AS returned,"
        "       COALESCE(SUM(p.state = 'recognised'), 0) AS recognised,"
        "       COALESCE(SUM(p.state = 'not_recognised'), 0) AS not_recognised"
        "  FROM units u LEFT JOIN proposals p ON p.from_unit_id = u.id AND p.to_unit_id = u.parent_id AND p.year = ?"
        " WHERE u.parent_id = ? AND u.status = 'active'"
        " GROUP BY u.id, u.code, u.name ORDER BY u.name",
        {year, unit_id});
    std::vector<InboxUnit> out;
    while (r.next()) {
        InboxUnit x;
        x.unit_id = r.i64("id");
        x.code = r.str("code");
        x.name = r.str("name");
        x.submitted = r.i32("submitted");
        x.returned = r.i32("returned");
        x.recognised = r.i32("recognised");
        x.not_recognised = r.i32("not_recognised");
        out.push_back(std::move(x));
    }
    for (auto& x : out) x.deadline = proposal_deadline(x.unit_id, year);
    return out;
}

std::vector<ProposableModel> ProposalStore::proposable(const domain::Scope& scope, int64_t unit_id, int year)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params p{unit_id, year};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(
        "SELECT m.id, m.title, m.kind, m.person_name FROM models m JOIN units u ON u.id = m.unit_id"
        " WHERE m.unit_id = ? AND m.year = ? AND " + sc.sql +
            " AND EXISTS (SELECT 1 FROM recognitions r WHERE r.model_id = m.id AND r.level_id = u.level_id)"
            " AND NOT EXISTS (SELECT 1 FROM proposals q WHERE q.model_id = m.id AND q.state <> 'withdrawn')"
            " ORDER BY m.title, m.id",
        p);
    std::vector<ProposableModel> out;
    while (r.next()) out.push_back({r.i64("id"), r.str("title"), r.str("kind"), r.str("person_name")});
    return out;
}

int64_t ProposalStore::create(int64_t model_id, int64_t from_unit, int64_t to_unit, int year,
                              const std::string& justification, const CycleActor& by)
{
    int64_t id = db_.insert(
        "INSERT INTO proposals (model_id, from_unit_id, to_unit_id, year, state, justification, created_by, created_at)"
        " VALUES (?, ?, ?, ?, 'draft', ?, ?, ?)",
        {model_id, from_unit, to_unit, year, justification, by.user_id, by.now});
    AuditStore(db_).append({by.user_id, by.remote_addr, "proposal.create", "proposal", id, std::nullopt,
                            core::JsonObject()
                                .add("model_id", model_id)
                                .add("from_unit_id", from_unit)
                                .add("to_unit_id", to_unit)
                                .add("year", year)
                                .add("state", "draft")
                                .add("justification", justification)
                                .str()});
    return id;
}

bool ProposalStore::move(const Proposal& p, domain::ProposalState to, const std::optional<std::string>& reason,
                         const std::optional<std::string>& justification, const CycleActor& by, const std::string& action)
{
    using S = domain::ProposalState;
    std::string state = domain::proposal_state_code(to);
    std::string sql = "UPDATE proposals SET state = ?, version = version + 1";
    core::Params params{state};
    if (justification) {
        sql += ", justification = ?";
        params.push_back(*justification);
    }
    if (to == S::Submitted) {
        sql += ", submitted_at = ?";
        params.push_back(by.now);
    }
    if (to == S::Returned) {
        sql += ", return_reason = ?";
        params.push_back(reason);
    }
    if (to == S::Recognised || to == S::NotRecognised) {
        sql += ", decided_at = ?, outcome_reason = ?";
        params.push_back(by.now);
        params.push_back(reason);
    }
    sql += " WHERE id = ? AND version = ? AND state = ?";
    params.push_back(p.id);
    params.push_back(p.version);
    params.push_back(domain::proposal_state_code(p.state));
    if (db_.exec(sql, params) != 1) return false;

    RecognitionStore recognitions(db_);
    switch (to) {
    case S::Submitted: recognitions.set_model_status(p.model_id, domain::kStatusProposed); break;
    case S::Withdrawn:
    case S::NotRecognised: recognitions.set_model_status(p.model_id, domain::kStatusRecognised); break;
    case S::Recognised: recognitions.set_model_status(p.model_id, domain::kStatusRecognisedAbove); break;
    default: break;
    }
    if (to == S::Returned || to == S::Withdrawn)
        db_.exec("DELETE ri FROM review_items ri JOIN review_meetings rm ON rm.id = ri.meeting_id"
                 " WHERE ri.proposal_id = ? AND rm.state = 'open'",
                 {p.id});

    core::JsonObject after;
    after.add("state", state);
    if (reason) after.add("reason", *reason);
    if (justification) after.add("justification", *justification);
    AuditStore(db_).append({by.user_id, by.remote_addr, action, "proposal", p.id,
                            core::JsonObject()
                                .add("state", domain::proposal_state_code(p.state))
                                .add("version", p.version)
                                .str(),
                            after.str()});
    return true;
}

std::optional<std::string> ProposalStore::proposal_deadline(int64_t unit_id, int year)
{
    auto r = db_.query(
        "SELECT cy.id, DATE_FORMAT(cy.proposal_deadline, '%Y-%m-%d') AS d FROM campaign_years cy WHERE cy.year = ?",
        {year});
    if (!r.next()) return std::nullopt;
    int64_t year_id = r.i64("id");
    domain::YearSchedule s;
    s.year = year;
    s.proposal_deadline = r.str("d");
    std::vector<domain::DeadlineExtension> ext;
    auto e = db_.query(
        "SELECT unit_id, DATE_FORMAT(new_deadline, '%Y-%m-%d') AS d FROM deadline_extensions"
        " WHERE campaign_year_id = ? AND deadline_kind = 'proposal'",
        {year_id});
    while (e.next()) {
        domain::DeadlineExtension x;
        x.kind = domain::DeadlineKind::Proposal;
        x.unit_id = e.opt_i64("unit_id");
        x.new_deadline = e.str("d");
        ext.push_back(std::move(x));
    }
    auto level = db_.query("SELECT l.code FROM units u JOIN levels l ON l.id = u.level_id WHERE u.id = ?", {unit_id});
    std::string level_code = level.next() ? level.str("code") : "";
    return domain::effective_deadline(s, ext, domain::DeadlineKind::Proposal, unit_id, level_code);
}

}  // namespace store
