// The four roles and what each may do in general.
#include "domain/roles.h"

namespace domain {

const std::vector<Role>& all_roles()
{
    static const std::vector<Role> roles{Role::UnitStaff, Role::UnitHead, Role::CommissionStaff, Role::Admin};
    return roles;
}

std::string role_code(Role r)
{
    switch (r) {
    case Role::UnitStaff: return "unit_staff";
    case Role::UnitHead: return "unit_head";
    case Role::CommissionStaff: return "commission_staff";
    case Role::Admin: return "admin";
    }
    return "";
}

std::optional<Role> parse_role(const std::string& code)
{
    for (Role r : all_roles())
        if (role_code(r) == code) return r;
    return std::nullopt;
}

bool sees_everything(Role r) { return r == Role::CommissionStaff || r == Role::Admin; }

}  // namespace domain
