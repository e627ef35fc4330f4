// Who may see and act on which unit's records.
#include "domain/scope.h"

namespace domain {

Scope scope_for(Role role, int64_t unit_id)
{
    Scope s;
    s.role = role;
    s.everything = sees_everything(role);
    s.unit_id = unit_id;
    return s;
}

Scope scope_for(const std::string& role_code, int64_t unit_id)
{
    auto role = parse_role(role_code);
    if (!role) return Scope{false, 0, Role::UnitStaff};
    return scope_for(*role, unit_id);
}

}  // namespace domain
