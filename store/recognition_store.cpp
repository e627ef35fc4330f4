// Recognition at a unit's own level, decisions and the recognition lists.
#include "store/recognition_store.h"

#include "core/json.h"
#include "domain/models.h"
#include "store/audit_store.h"
#include "store/scope_sql.h"

namespace store {

namespace {

const char* kUnitSelect =
    "SELECT u.id, u.code, u.name, u.kind, u.status, u.level_id, l.rank_order, l.code AS level_code, u.parent_id,"
    "       COALESCE(p.code, '') AS parent_code, COALESCE(p.name, '') AS parent_name"
    "  FROM units u JOIN levels l ON l.id = u.level_id LEFT JOIN units p ON p.id = u.parent_id ";

UnitInfo read_unit(core::Rows& r)
{
    UnitInfo u;
    u.id = r.i64("id");
    u.code = r.str("code");
    u.name = r.str("name");
    u.kind = r.str("kind");
    u.status = r.str("status");
    u.level_id = r.i32("level_id");
    u.level_rank = r.i32("rank_order");
    u.level_code = r.str("level_code");
    u.parent_id = r.opt_i64("parent_id");
    u.parent_code = r.str("parent_code");
    u.parent_name = r.str("parent_name");
    return u;
}

}  // namespace

CycleActor make_actor(int64_t user_id, const std::string& remote_addr, std::time_t when)
{
    std::time_t local = when + 7 * 3600;
    std::tm tm{};
    gmtime_r(&local, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return {user_id, remote_addr, buf};
}

int RecognitionStore::cycle_year(const std::string& today)
{
    int y = std::stoi(today.substr(0, 4));
    auto r = db_.query("SELECT MAX(year) AS y FROM campaign_years WHERE year <= ?", {y});
    return r.next() && !r.is_null("y") ? r.i32("y") : y;
}

std::optional<UnitInfo> RecognitionStore::unit(int64_t id)
{
    auto r = db_.query(std::string(kUnitSelect) + "WHERE u.id = ?", {id});
    if (!r.next()) return std::nullopt;
    return read_unit(r);
}

std::optional<UnitInfo> RecognitionStore::unit_by_code(const std::string& code)
{
    auto r = db_.query(std::string(kUnitSelect) + "WHERE u.code = ?", {code});
    if (!r.next()) return std::nullopt;
    return read_unit(r);
}

std::vector<UnitInfo> RecognitionStore::children(int64_t unit_id)
{
    auto r = db_.query(std::string(kUnitSelect) + "WHERE u.parent_id = ? AND u.status = 'active' ORDER BY u.name", {unit_id});
    std::vector<UnitInfo> out;
    while (r.next()) out.push_back(read_unit(r));
    return out;
}

std::optional<domain::ModelFacts> RecognitionStore::facts(int64_t model_id, bool lock)
{
    auto r = db_.query(
        "SELECT m.unit_id, m.year, m.status, e.rating,"
        "       EXISTS (SELECT 1 FROM recognitions r WHERE r.model_id = m.id AND r.level_id = u.level_id) AS own"
        "  FROM models m JOIN units u ON u.id = m.unit_id LEFT JOIN evaluations e ON e.model_id = m.id"
        " WHERE m.id = ?" + std::string(lock ? " FOR UPDATE" : ""),
        {model_id});
    if (!r.next()) return std::nullopt;
    domain::ModelFacts f;
    f.unit_id = r.i64("unit_id");
    f.year = r.i32("year");
    f.status = r.str("status");
    f.rating = r.opt_str("rating");
    f.recognised_at_own_level = r.boolean("own");
    return f;
}

std::vector<CandidateModel> RecognitionStore::candidates(const domain::Scope& scope, int64_t unit_id, int year)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params p{unit_id, year};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(
        "SELECT m.id, m.year, m.unit_id, m.title, m.kind, m.person_name, m.status, e.rating,"
        "       (c.model_id IS NOT NULL) AS considered, d.decision_number"
        "  FROM models m JOIN units u ON u.id = m.unit_id"
        "  LEFT JOIN evaluations e ON e.model_id = m.id"
        "  LEFT JOIN model_considerations c ON c.model_id = m.id"
        "  LEFT JOIN recognitions r ON r.model_id = m.id AND r.level_id = u.level_id"
        "  LEFT JOIN recognition_decisions d ON d.id = r.decision_id"
        " WHERE m.unit_id = ? AND m.year = ? AND " + sc.sql + " ORDER BY m.title, m.id",
        p);
    std::vector<CandidateModel> out;
    while (r.next()) {
        CandidateModel c;
        c.id = r.i64("id");
        c.year = r.i32("year");
        c.unit_id = r.i64("unit_id");
        c.title = r.str("title");
        c.kind = r.str("kind");
        c.person_name = r.str("person_name");
        c.status = r.str("status");
        c.rating = r.opt_str("rating");
        c.considered = r.boolean("considered");
        auto num = r.opt_str("decision_number");
        c.recognised = num.has_value();
        c.decision_number = num.value_or("");
        out.push_back(std::move(c));
    }
    return out;
}

int RecognitionStore::mark_considered(int64_t unit_id, const std::vector<int64_t>& model_ids, const CycleActor& by)
{
    int n = 0;
    AuditStore audit(db_);
    for (int64_t id : model_ids) {
        auto added = db_.exec(
            "INSERT IGNORE INTO model_considerations (model_id, unit_id, considered_by, considered_at) VALUES (?, ?, ?, ?)",
            {id, unit_id, by.user_id, by.now});
        if (added == 0) continue;
        ++n;
        audit.append({by.user_id, by.remote_addr, "model.considered", "model", id, std::nullopt,
                      core::JsonObject().add("unit_id", unit_id).str()});
    }
    return n;
}

bool RecognitionStore::decision_number_taken(int64_t unit_id, const std::string& number)
{
    auto r = db_.query("SELECT 1 AS x FROM recognition_decisions WHERE unit_id = ? AND decision_number = ?", {unit_id, number});
    return r.next();
}

int64_t RecognitionStore::record_decision(const NewDecision& d, const std::vector<int64_t>& model_ids, const CycleActor& by)
{
    auto u = unit(d.unit_id);
    if (!u) throw std::runtime_error("record_decision: no unit " + std::to_string(d.unit_id));
    int64_t id = db_.insert(
        "INSERT INTO recognition_decisions (unit_id, issuing_unit_name, level_id, year, decision_number, decision_date,"
        " signer_name, signer_title, review_meeting_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {d.unit_id, u->name, u->level_id, d.year, d.number, d.date, d.signer_name, d.signer_title, d.meeting_id,
         by.user_id, by.now});
    AuditStore audit(db_);
    audit.append({by.user_id, by.remote_addr, "decision.create", "recognition_decision", id, std::nullopt,
                  core::JsonObject()
                      .add("unit", u->code)
                      .add("level", u->level_code)
                      .add("year", d.year)
                      .add("number", d.number)
                      .add("date", d.date)
                      .add("signer", d.signer_name)
                      .add("models", static_cast<int64_t>(model_ids.size()))
                      .str()});
    int position = 0;
    for (int64_t model_id : model_ids) {
        auto mr = db_.query("SELECT unit_id FROM models WHERE id = ?", {model_id});
        if (!mr.next()) throw std::runtime_error("record_decision: no model " + std::to_string(model_id));
        db_.exec("INSERT INTO recognitions (decision_id, model_id, unit_id, level_id, year, position) VALUES (?, ?, ?, ?, ?, ?)",
                 {id, model_id, mr.i64("unit_id"), u->level_id, d.year, ++position});
        if (!d.meeting_id) {
            db_.exec("INSERT IGNORE INTO model_considerations (model_id, unit_id, considered_by, considered_at) VALUES (?, ?, ?, ?)",
                     {model_id, d.unit_id, by.user_id, by.now});
            set_model_status(model_id, domain::kStatusRecognised);
        }
        audit.append({by.user_id, by.remote_addr, "model.recognise", "model", model_id, std::nullopt,
                      core::JsonObject().add("decision_id", id).add("level", u->level_code).add("number", d.number).str()});
    }
    return id;
}

void RecognitionStore::set_model_status(int64_t model_id, const std::string& status)
{
    db_.exec("UPDATE models SET status = ?, version = version + 1 WHERE id = ?", {status, model_id});
}

std::vector<RecognitionRow> RecognitionStore::list(const domain::Scope& scope, const RecognitionFilter& f, int cap)
{
    std::string sql =
        "SELECT m.id, m.year, m.title, m.kind, m.person_name, m.status, mu.code AS unit_code,"
        "       m.unit_name_at_registration AS unit_name, l.code AS level_code, d.decision_number,"
        "       DATE_FORMAT(d.decision_date, '%Y-%m-%d') AS decision_date, d.signer_name, d.signer_title,"
        "       d.issuing_unit_name"
        "  FROM recognitions r JOIN recognition_decisions d ON d.id = r.decision_id"
        "  JOIN models m ON m.id = r.model_id JOIN units mu ON mu.id = m.unit_id JOIN levels l ON l.id = r.level_id"
        " WHERE ";
    auto sc = scope_condition(scope, "m.unit_id");
    sql += sc.sql;
    core::Params p = sc.params;
    if (f.year) {
        sql += " AND r.year = ?";
        p.push_back(*f.year);
    }
    if (!f.level.empty()) {
        sql += " AND l.code = ?";
        p.push_back(f.level);
    }
    if (f.unit_id) {
        sql += " AND EXISTS (SELECT 1 FROM unit_closure fc WHERE fc.ancestor_id = ? AND fc.descendant_id = m.unit_id)";
        p.push_back(*f.unit_id);
    }
    if (!f.kind.empty()) {
        sql += " AND m.kind = ?";
        p.push_back(f.kind);
    }
    sql += " ORDER BY r.year DESC, l.rank_order, d.decision_date, d.id, r.position, m.id LIMIT ?";
    p.push_back(cap);
    auto r = db_.query(sql, p);
    std::vector<RecognitionRow> out;
    while (r.next()) {
        RecognitionRow x;
        x.model_id = r.i64("id");
        x.year = r.i32("year");
        x.title = r.str("title");
        x.kind = r.str("kind");
        x.person_name = r.str("person_name");
        x.model_status = r.str("status");
        x.unit_code = r.str("unit_code");
        x.unit_name = r.str("unit_name");
        x.level_code = r.str("level_code");
        x.decision_number = r.str("decision_number");
        x.decision_date = r.str("decision_date");
        x.signer_name = r.str("signer_name");
        x.signer_title = r.str("signer_title");
        x.issuing_unit_name = r.str("issuing_unit_name");
        out.push_back(std::move(x));
    }
    return out;
}

std::vector<DecisionRecord> RecognitionStore::decisions(const domain::Scope& scope, std::optional<int> year)
{
    auto sc = scope_condition(scope, "d.unit_id");
    std::string sql =
        "SELECT d.id, d.unit_id, u.code AS unit_code, d.issuing_unit_name, l.code AS level_code, d.level_id, d.year,"
        "       d.decision_number, DATE_FORMAT(d.decision_date, '%Y-%m-%d') AS decision_date, d.signer_name,"
        "       d.signer_title, d.review_meeting_id, (SELECT COUNT(*) FROM recognitions r WHERE r.decision_id = d.id) AS n"
        "  FROM recognition_decisions d JOIN units u ON u.id = d.unit_id JOIN levels l ON l.id = d.level_id"
        " WHERE " + sc.sql;
    core::Params p = sc.params;
    if (year) {
        sql += " AND d.year = ?";
        p.push_back(*year);
    }
    sql += " ORDER BY d.year DESC, l.rank_order, d.decision_date, d.id";
    auto r = db_.query(sql, p);
    std::vector<DecisionRecord> out;
    while (r.next()) {
        DecisionRecord d;
        d.id = r.i64("id");
        d.unit_id = r.i64("unit_id");
        d.unit_code = r.str("unit_code");
        d.issuing_unit_name = r.str("issuing_unit_name");
        d.level_code = r.str("level_code");
        d.level_id = r.i32("level_id");
        d.year = r.i32("year");
        d.number = r.str("decision_number");
        d.date = r.str("decision_date");
        d.signer_name = r.str("signer_name");
        d.signer_title = r.str("signer_title");
        d.meeting_id = r.opt_i64("review_meeting_id");
        d.models = r.i32("n");
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace store
