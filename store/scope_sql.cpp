// The SQL form of a domain::Scope.
#include "store/scope_sql.h"

namespace store {

ScopeCondition scope_condition(const domain::Scope& scope, const std::string& unit_column)
{
    if (scope.everything) return {"1=1", {}};
    return {"EXISTS (SELECT 1 FROM unit_closure sc WHERE sc.ancestor_id = ? AND sc.descendant_id = " + unit_column + ")",
            {scope.unit_id}};
}

bool unit_in_scope(core::Db& db, const domain::Scope& scope, int64_t unit_id)
{
    if (scope.everything) {
        auto r = db.query("SELECT 1 AS ok FROM units WHERE id = ?", {unit_id});
        return r.next();
    }
    auto r = db.query("SELECT 1 AS ok FROM unit_closure WHERE ancestor_id = ? AND descendant_id = ?",
                      {scope.unit_id, unit_id});
    return r.next();
}

}  // namespace store
