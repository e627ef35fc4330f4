// Review meetings, their agenda and their decision.
#include "store/review_store.h"

#include "core/json.h"
#include "store/audit_store.h"
#include "store/scope_sql.h"

namespace store {

namespace {

const char* kSelect =
    "SELECT rm.id, rm.unit_id, u.code AS unit_code, u.name AS unit_name, l.code AS level_code, rm.year,"
    "       DATE_FORMAT(rm.meeting_date, '%Y-%m-%d') AS meeting_date, rm.place, rm.members_present, rm.state,"
    "       rm.decision_id, COALESCE(d.decision_number, '') AS decision_number,"
    "       COALESCE(DATE_FORMAT(d.decision_date, '%Y-%m-%d'), '') AS decision_date,"
    "       COALESCE(d.signer_name, '') AS signer_name, COALESCE(d.signer_title, '') AS signer_title,"
    "       (SELECT COUNT(*) FROM review_items ri WHERE ri.meeting_id = rm.id) AS items, rm.version"
    "  FROM review_meetings rm JOIN units u ON u.id = rm.unit_id JOIN levels l ON l.id = u.level_id"
    "  LEFT JOIN recognition_decisions d ON d.id = rm.decision_id ";

Meeting read(core::Rows& r)
{
    Meeting m;
    m.id = r.i64("id");
    m.unit_id = r.i64("unit_id");
    m.unit_code = r.str("unit_code");
    m.unit_name = r.str("unit_name");
    m.level_code = r.str("level_code");
    m.year = r.i32("year");
    m.date = r.str("meeting_date");
    m.place = r.str("place");
    m.members_present = r.str("members_present");
    m.state = r.str("state");
    m.decision_id = r.opt_i64("decision_id");
    m.decision_number = r.str("decision_number");
    m.decision_date = r.str("decision_date");
    m.signer_name = r.str("signer_name");
    m.signer_title = r.str("signer_title");
    m.items = r.i32("items");
    m.version = r.i32("version");
    return m;
}

std::optional<int> opt_int(core::Rows& r, const char* col)
{
    auto v = r.opt_i64(col);
    if (!v) return std::nullopt;
    return static_cast<int>(*v);
}

}  // namespace

std::vector<Meeting> ReviewStore::list(const domain::Scope& scope, std::optional<int64_t> unit_id)
{
    auto sc = scope_condition(scope, "rm.unit_id");
    std::string sql = std::string(kSelect) + "WHERE " + sc.sql;
    core::Params p = sc.params;
    if (unit_id) {
        sql += " AND rm.unit_id = ?";
        p.push_back(*unit_id);
    }
    sql += " ORDER BY rm.meeting_date DESC, rm.id DESC";
    auto r = db_.query(sql, p);
    std::vector<Meeting> out;
    while (r.next()) out.push_back(read(r));
    return out;
}

std::optional<Meeting> ReviewStore::find(const domain::Scope& scope, int64_t id)
{
    auto sc = scope_condition(scope, "rm.unit_id");
    core::Params p{id};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(std::string(kSelect) + "WHERE rm.id = ? AND " + sc.sql, p);
    if (!r.next()) return std::nullopt;
    return read(r);
}

std::vector<AgendaItem> ReviewStore::agenda(int64_t meeting_id)
{
    auto r = db_.query(
        "SELECT ri.proposal_id, ri.position, p.model_id, m.title, m.kind, m.person_name, fu.code AS from_code,"
        "       fu.name AS from_name, p.justification, p.state, p.version, ri.outcome, ri.reason, ri.votes_for,"
        "       ri.votes_against, ri.votes_abstain"
        "  FROM review_items ri JOIN proposals p ON p.id = ri.proposal_id JOIN models m ON m.id = p.model_id"
        "  JOIN units fu ON fu.id = p.from_unit_id"
        " WHERE ri.meeting_id = ? ORDER BY ri.position, ri.proposal_id",
        {meeting_id});
    std::vector<AgendaItem> out;
    while (r.next()) {
        AgendaItem a;
        a.proposal_id = r.i64("proposal_id");
        a.position = r.i32("position");
        a.model_id = r.i64("model_id");
        a.title = r.str("title");
        a.kind = r.str("kind");
        a.person_name = r.str("person_name");
        a.from_code = r.str("from_code");
        a.from_name = r.str("from_name");
        a.justification = r.str("justification");
        a.proposal_state = domain::parse_proposal_state(r.str("state")).value_or(domain::ProposalState::Submitted);
        a.proposal_version = r.i32("version");
        a.outcome = r.opt_str("outcome");
        a.reason = r.opt_str("reason");
        a.votes_for = opt_int(r, "votes_for");
        a.votes_against = opt_int(r, "votes_against");
        a.votes_abstain = opt_int(r, "votes_abstain");
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<Proposal> ReviewStore::candidates(const Meeting& m)
{
    auto r = db_.query(
        "SELECT p.id FROM proposals p JOIN units fu ON fu.id = p.from_unit_id JOIN models mo ON mo.id = p.model_id"
        " WHERE p.to_unit_id = ? AND p.year = ? AND p.state = 'submitted'"
        "   AND NOT EXISTS (SELECT 1 FROM review_items ri WHERE ri.proposal_id = p.id)"
        " ORDER BY fu.name, mo.title, p.id",
        {m.unit_id, m.year});
    std::vector<int64_t> ids;
    while (r.next()) ids.push_back(r.i64("id"));
    std::vector<Proposal> out;
    ProposalStore proposals(db_);
    domain::Scope all{true, 0, domain::Role::Admin};  // already limited to this unit's inbox above
    for (int64_t id : ids)
        if (auto p = proposals.find(all, id)) out.push_back(std::move(*p));
    return out;
}

int64_t ReviewStore::create(const NewMeeting& m, const CycleActor& by)
{
    int64_t id = db_.insert(
        "INSERT INTO review_meetings (unit_id, year, meeting_date, place, members_present, state, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
        {m.unit_id, m.year, m.date, m.place, m.members_present, by.user_id, by.now});
    AuditStore(db_).append({by.user_id, by.remote_addr, "meeting.create", "review_meeting", id, std::nullopt,
                            core::JsonObject()
                                .add("unit_id", m.unit_id)
                                .add("year", m.year)
                                .add("date", m.date)
                                .add("place", m.place)
                                .add("members_present", m.members_present)
                                .str()});
    return id;
}

int ReviewStore::add_to_agenda(const Meeting& m, int version, const std::vector<int64_t>& proposal_ids,
                               const CycleActor& by)
{
    if (db_.exec("UPDATE review_meetings SET version = version + 1 WHERE id = ? AND version = ? AND state = 'open'",
                 {m.id, version}) != 1)
        return -1;
    auto pos = db_.query("SELECT COALESCE(MAX(position), 0) AS n FROM review_items WHERE meeting_id = ?", {m.id});
    pos.next();
    int position = pos.i32("n");
    int added = 0;
    for (int64_t pid : proposal_ids) {
        auto n = db_.exec(
            "INSERT INTO review_items (meeting_id, proposal_id, position)"
            " SELECT ?, p.id, ? FROM proposals p"
            "  WHERE p.id = ? AND p.to_unit_id = ? AND p.year = ? AND p.state = 'submitted'"
            "    AND NOT EXISTS (SELECT 1 FROM review_items ri WHERE ri.proposal_id = p.id)",
            {m.id, position + 1, pid, m.unit_id, m.year});
        if (n == 0) continue;
        ++position;
        ++added;
        AuditStore(db_).append({by.user_id, by.remote_addr, "meeting.agenda_add", "review_meeting", m.id, std::nullopt,
                                core::JsonObject().add("proposal_id", pid).add("position", position).str()});
    }
    return added;
}

ReviewStore::DecideResult ReviewStore::decide(const Meeting& m, int version, const std::vector<ItemOutcome>& outcomes,
                                              const std::optional<NewDecision>& decision, const CycleActor& by)
{
    // The meeting row is the lock: of two people deciding at once, the second finds it changed.
    if (db_.exec("UPDATE review_meetings SET version = version + 1 WHERE id = ? AND version = ? AND state = 'open'",
                 {m.id, version}) != 1)
        return DecideResult::Conflict;
    ProposalStore proposals(db_);
    domain::Scope all{true, 0, domain::Role::Admin};  // the caller checked the meeting's scope
    std::vector<int64_t> recognised;
    for (const auto& o : outcomes) {
        auto p = proposals.find(all, o.proposal_id, true);
        if (!p || p->state != domain::ProposalState::Submitted || !p->meeting_id || *p->meeting_id != m.id)
            return DecideResult::ItemsChanged;
        auto to = o.outcome.recognised ? domain::ProposalState::Recognised : domain::ProposalState::NotRecognised;
        std::optional<std::string> reason;
        if (!o.outcome.reason.empty()) reason = o.outcome.reason;
        if (!proposals.move(*p, to, reason, std::nullopt, by, o.outcome.recognised ? "proposal.recognise" : "proposal.not_recognise"))
            return DecideResult::ItemsChanged;
        db_.exec("UPDATE review_items SET outcome = ?, reason = ?, votes_for = ?, votes_against = ?, votes_abstain = ?"
                 " WHERE meeting_id = ? AND proposal_id = ?",
                 {domain::proposal_state_code(to), reason, o.outcome.votes_for, o.outcome.votes_against,
                  o.outcome.votes_abstain, m.id, o.proposal_id});
        if (o.outcome.recognised) recognised.push_back(p->model_id);
    }
    std::optional<int64_t> decision_id;
    if (!recognised.empty()) {
        if (!decision) return DecideResult::ItemsChanged;
        NewDecision d = *decision;
        d.meeting_id = m.id;
        d.unit_id = m.unit_id;
        d.year = m.year;
        decision_id = RecognitionStore(db_).record_decision(d, recognised, by);
    }
    db_.exec("UPDATE review_meetings SET state = 'decided', decision_id = ? WHERE id = ?", {decision_id, m.id});
    AuditStore(db_).append({by.user_id, by.remote_addr, "meeting.decide", "review_meeting", m.id,
                            core::JsonObject().add("state", "open").add("version", version).str(),
                            core::JsonObject()
                                .add("state", "decided")
                                .add("recognised", static_cast<int64_t>(recognised.size()))
                                .add("not_recognised", static_cast<int64_t>(outcomes.size() - recognised.size()))
                                .add("decision_number", decision ? decision->number : std::string())
                                .str()});
    return DecideResult::Decided;
}

}  // namespace store
