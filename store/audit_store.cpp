// Audit log: who, when, what, before and after.
#include "store/audit_store.h"

namespace store {

void AuditStore::append(const AuditEntry& e)
{
    db_.exec(
        "INSERT INTO audit_log (user_id, remote_addr, action, entity, entity_id, before_json, after_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        {e.user_id, e.remote_addr.substr(0, 45), e.action, e.entity, e.entity_id, e.before_json, e.after_json});
}

static std::vector<AuditRecord> read(core::Rows& r)
{
    std::vector<AuditRecord> out;
    while (r.next()) {
        AuditRecord a;
        a.id = r.i64("id");
        a.at = r.str("at");
        a.action = r.str("action");
        a.entity = r.str("entity");
        a.entity_id = r.opt_i64("entity_id");
        a.user_id = r.opt_i64("user_id");
        a.user_name = r.opt_str("display_name").value_or("");
        a.before_json = r.opt_str("before_json");
        a.after_json = r.opt_str("after_json");
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<AuditRecord> AuditStore::for_entity(const std::string& entity, int64_t id, int limit)
{
    auto r = db_.query(
        "SELECT a.id, DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s') AS at, a.action, a.entity, a.entity_id, a.user_id,"
        "       u.display_name, a.before_json, a.after_json"
        "  FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
        " WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id LIMIT ?",
        {entity, id, limit});
    return read(r);
}

std::vector<AuditRecord> AuditStore::recent(int limit)
{
    auto r = db_.query(
        "SELECT a.id, DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s') AS at, a.action, a.entity, a.entity_id, a.user_id,"
        "       u.display_name, a.before_json, a.after_json"
        "  FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id DESC LIMIT ?",
        {limit});
    return read(r);
}

}  // namespace store
