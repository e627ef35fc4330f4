// The SQL form of a domain::Scope: a condition on a unit id column, with its parameters.
// Every store that reads or writes a unit's records appends this to its WHERE clause.
#pragma once
#include <string>

#include "core/db.h"
#include "domain/scope.h"

namespace store {

struct ScopeCondition {
    std::string sql;      // e.g. "EXISTS (SELECT 1 FROM unit_closure ...)" or "1=1"
    core::Params params;  // to append, in order, to the query's parameters
};

// unit_column: the qualified column holding the record's unit id, e.g. "m.unit_id".
// It is always a literal from the store's own code, never input.
ScopeCondition scope_condition(const domain::Scope& scope, const std::string& unit_column);

// True when unit_id lies within the scope (the unit itself or a descendant).
bool unit_in_scope(core::Db& db, const domain::Scope& scope, int64_t unit_id);

}  // namespace store
