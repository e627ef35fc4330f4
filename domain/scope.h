// Who may see and act on which unit's records. Every store query that reads or writes a unit's
// records takes a Scope, so the rule holds in the data layer and not only in the pages.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "domain/roles.h"

namespace domain {

struct Scope {
    bool everything = false;  // commission staff and admins
    int64_t unit_id = 0;      // otherwise: this unit and its subtree
    Role role = Role::UnitStaff;
};

// The scope of a signed-in user of `role` bound to `unit_id`.
Scope scope_for(Role role, int64_t unit_id);
// Builds a scope from the session's role code; an unknown role sees nothing (unit 0).
Scope scope_for(const std::string& role_code, int64_t unit_id);

}  // namespace domain
