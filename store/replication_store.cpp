// Replications of recognised models.
#include "store/replication_store.h"

#include "core/json.h"
#include "store/audit_store.h"
#include "store/scope_sql.h"

namespace store {

namespace {
const char* kSelect =
    "SELECT x.id, x.model_id, x.unit_id, x.year, m.title, mu.code AS model_unit_code, u.code AS unit_code,"
    "       u.name AS unit_name, x.note, DATE_FORMAT(x.created_at, '%Y-%m-%d %H:%i:%s') AS created_at"
    "  FROM replications x JOIN models m ON m.id = x.model_id JOIN units mu ON mu.id = m.unit_id"
    "  JOIN units u ON u.id = x.unit_id ";

std::vector<Replication> read_all(core::Rows& r)
{
    std::vector<Replication> out;
    while (r.next())
        out.push_back({r.i64("id"), r.i64("model_id"), r.i64("unit_id"), r.i32("year"), r.str("title"),
                       r.str("model_unit_code"), r.str("unit_code"), r.str("unit_name"), r.str("note"),
                       r.str("created_at")});
    return out;
}
}  // namespace

int64_t ReplicationStore::add(int64_t model_id, int64_t unit_id, int year, const std::string& note, const CycleActor& by)
{
    int64_t id = db_.insert(
        "INSERT INTO replications (model_id, unit_id, year, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        {model_id, unit_id, year, note, by.user_id, by.now});
    AuditStore(db_).append({by.user_id, by.remote_addr, "replication.create", "model", model_id, std::nullopt,
                            core::JsonObject().add("replication_id", id).add("unit_id", unit_id).add("year", year).add("note", note).str()});
    return id;
}

std::vector<Replication> ReplicationStore::for_model(int64_t model_id)
{
    auto r = db_.query(std::string(kSelect) + "WHERE x.model_id = ? ORDER BY x.year, u.name", {model_id});
    return read_all(r);
}

std::vector<Replication> ReplicationStore::list(const domain::Scope& scope, std::optional<int> year)
{
    auto sc = scope_condition(scope, "x.unit_id");
    std::string sql = std::string(kSelect) + "WHERE " + sc.sql;
    core::Params p = sc.params;
    if (year) {
        sql += " AND x.year = ?";
        p.push_back(*year);
    }
    sql += " ORDER BY x.year DESC, x.id DESC LIMIT 2000";
    auto r = db_.query(sql, p);
    return read_all(r);
}

std::optional<std::string> ReplicationStore::recognised_model_title(int64_t model_id)
{
    auto r = db_.query(
        "SELECT m.title FROM models m WHERE m.id = ? AND EXISTS (SELECT 1 FROM recognitions r WHERE r.model_id = m.id)",
        {model_id});
    if (!r.next()) return std::nullopt;
    return r.str("title");
}

}  // namespace store
