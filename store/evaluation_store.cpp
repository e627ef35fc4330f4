// Year-end evaluations and follow-ups.
#include "store/evaluation_store.h"

#include "core/json.h"
#include "domain/models.h"
#include "store/audit_store.h"
#include "store/scope_sql.h"

namespace store {

std::optional<EvalModel> EvaluationStore::model(const domain::Scope& scope, int64_t id)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params p{id};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(
        "SELECT m.id, m.unit_id, m.year, u.code, m.unit_name_at_registration AS unit_name, m.title, m.kind,"
        "       m.person_name, m.status FROM models m JOIN units u ON u.id = m.unit_id WHERE m.id = ? AND " + sc.sql,
        p);
    if (!r.next()) return std::nullopt;
    EvalModel m;
    m.id = r.i64("id");
    m.unit_id = r.i64("unit_id");
    m.year = r.i32("year");
    m.unit_code = r.str("code");
    m.unit_name = r.str("unit_name");
    m.title = r.str("title");
    m.kind = r.str("kind");
    m.person_name = r.str("person_name");
    m.status = r.str("status");
    auto ind = db_.query(
        "SELECT position, name, unit_of_measure, target, achieved FROM model_indicators WHERE model_id = ? ORDER BY position",
        {id});
    while (ind.next())
        m.indicators.push_back({ind.i32("position"), ind.str("name"), ind.str("unit_of_measure"), ind.str("target"),
                                ind.opt_str("achieved")});
    return m;
}

std::optional<Evaluation> EvaluationStore::find(int64_t model_id)
{
    auto r = db_.query(
        "SELECT e.model_id, e.rating, e.comment, COALESCE(u.display_name, '') AS who,"
        "       DATE_FORMAT(e.evaluated_at, '%Y-%m-%d %H:%i:%s') AS at, e.version"
        "  FROM evaluations e LEFT JOIN users u ON u.id = e.evaluated_by WHERE e.model_id = ?",
        {model_id});
    if (!r.next()) return std::nullopt;
    return Evaluation{r.i64("model_id"), r.str("rating"), r.str("comment"), r.str("who"), r.str("at"), r.i32("version")};
}

bool EvaluationStore::save(const EvalModel& m, const domain::EvaluationDraft& d, std::optional<int> expected_version,
                           const CycleActor& by)
{
    auto before = find(m.id);
    if (before) {
        if (!expected_version || *expected_version != before->version) return false;
        if (db_.exec("UPDATE evaluations SET rating = ?, comment = ?, evaluated_by = ?, evaluated_at = ?,"
                     " version = version + 1 WHERE model_id = ? AND version = ?",
                     {d.rating, d.comment, by.user_id, by.now, m.id, *expected_version}) != 1)
            return false;
    } else {
        if (expected_version) return false;  // the form saw no evaluation, but one exists now
        db_.exec("INSERT INTO evaluations (model_id, rating, comment, evaluated_by, evaluated_at) VALUES (?, ?, ?, ?, ?)",
                 {m.id, d.rating, d.comment, by.user_id, by.now});
    }
    for (const auto& [pos, value] : d.achieved)
        db_.exec("UPDATE model_indicators SET achieved = ? WHERE model_id = ? AND position = ?", {value, m.id, pos});
    if (m.status == domain::kStatusRegistered) RecognitionStore(db_).set_model_status(m.id, domain::kStatusEvaluated);

    core::JsonObject after;
    after.add("rating", d.rating).add("comment", d.comment);
    for (const auto& [pos, value] : d.achieved) after.add("achieved." + std::to_string(pos), value);
    std::optional<std::string> before_json;
    if (before) before_json = core::JsonObject().add("rating", before->rating).add("comment", before->comment).str();
    AuditStore audit(db_);
    audit.append({by.user_id, by.remote_addr, before ? "evaluation.update" : "evaluation.create", "model", m.id,
                  before_json, after.str()});

    if (d.follow_up) {
        auto open = db_.query("SELECT 1 AS x FROM follow_ups WHERE model_id = ? AND closed_at IS NULL", {m.id});
        if (!open.next()) {
            int64_t id = db_.insert(
                "INSERT INTO follow_ups (model_id, responsible_unit_id, action, due_date, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                {m.id, d.follow_up_unit, d.follow_up_action, d.follow_up_due, by.user_id, by.now});
            audit.append({by.user_id, by.remote_addr, "follow_up.create", "follow_up", id, std::nullopt,
                          core::JsonObject()
                              .add("model_id", m.id)
                              .add("responsible_unit_id", d.follow_up_unit)
                              .add("action", d.follow_up_action)
                              .add("due_date", d.follow_up_due)
                              .str()});
        }
    }
    return true;
}

namespace {

const char* kFollowUpSelect =
    "SELECT f.id, f.model_id, f.responsible_unit_id, m.year, m.title, mu.code AS model_unit_code, ru.code AS unit_code,"
    "       ru.name AS unit_name, f.action, DATE_FORMAT(f.due_date, '%Y-%m-%d') AS due_date,"
    "       DATE_FORMAT(f.created_at, '%Y-%m-%d %H:%i:%s') AS created_at,"
    "       DATE_FORMAT(f.closed_at, '%Y-%m-%d %H:%i:%s') AS closed_at, f.closing_note,"
    "       COALESCE(cu.display_name, '') AS closed_by_name, f.version"
    "  FROM follow_ups f JOIN models m ON m.id = f.model_id JOIN units mu ON mu.id = m.unit_id"
    "  JOIN units ru ON ru.id = f.responsible_unit_id LEFT JOIN users cu ON cu.id = f.closed_by ";

FollowUp read_follow_up(core::Rows& r)
{
    FollowUp f;
    f.id = r.i64("id");
    f.model_id = r.i64("model_id");
    f.responsible_unit_id = r.i64("responsible_unit_id");
    f.model_year = r.i32("year");
    f.model_title = r.str("title");
    f.model_unit_code = r.str("model_unit_code");
    f.unit_code = r.str("unit_code");
    f.unit_name = r.str("unit_name");
    f.action = r.str("action");
    f.due_date = r.str("due_date");
    f.created_at = r.str("created_at");
    f.closed_at = r.opt_str("closed_at");
    f.closing_note = r.opt_str("closing_note");
    f.closed_by_name = r.str("closed_by_name");
    f.version = r.i32("version");
    return f;
}

}  // namespace

std::vector<FollowUp> EvaluationStore::follow_ups(const domain::Scope& scope, bool open_only, std::optional<int> year)
{
    auto a = scope_condition(scope, "m.unit_id");
    auto b = scope_condition(scope, "f.responsible_unit_id");
    std::string sql = std::string(kFollowUpSelect) + "WHERE (" + a.sql + " OR " + b.sql + ")";
    core::Params p = a.params;
    p.insert(p.end(), b.params.begin(), b.params.end());
    if (open_only) sql += " AND f.closed_at IS NULL";
    if (year) {
        sql += " AND m.year = ?";
        p.push_back(*year);
    }
    sql += " ORDER BY (f.closed_at IS NOT NULL), f.due_date, f.id LIMIT 2000";
    auto r = db_.query(sql, p);
    std::vector<FollowUp> out;
    while (r.next()) out.push_back(read_follow_up(r));
    return out;
}

std::optional<FollowUp> EvaluationStore::follow_up(const domain::Scope& scope, int64_t id)
{
    auto a = scope_condition(scope, "m.unit_id");
    auto b = scope_condition(scope, "f.responsible_unit_id");
    core::Params p{id};
    p.insert(p.end(), a.params.begin(), a.params.end());
    p.insert(p.end(), b.params.begin(), b.params.end());
    auto r = db_.query(std::string(kFollowUpSelect) + "WHERE f.id = ? AND (" + a.sql + " OR " + b.sql + ")", p);
    if (!r.next()) return std::nullopt;
    return read_follow_up(r);
}

bool EvaluationStore::close_follow_up(const FollowUp& f, int version, const std::string& note, const CycleActor& by)
{
    if (db_.exec("UPDATE follow_ups SET closed_at = ?, closed_by = ?, closing_note = ?, version = version + 1"
                 " WHERE id = ? AND version = ? AND closed_at IS NULL",
                 {by.now, by.user_id, note, f.id, version}) != 1)
        return false;
    AuditStore(db_).append({by.user_id, by.remote_addr, "follow_up.close", "follow_up", f.id, std::nullopt,
                            core::JsonObject().add("closing_note", note).str()});
    return true;
}

}  // namespace store
