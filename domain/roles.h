// The four roles and what each may do in general; record-level scope lives in domain/scope.h.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace domain {

enum class Role { UnitStaff, UnitHead, CommissionStaff, Admin };

const std::vector<Role>& all_roles();
std::string role_code(Role r);                         // "unit_staff", ...
std::optional<Role> parse_role(const std::string& code);
// Commission staff and admins see every unit's records; the others only their unit's subtree.
bool sees_everything(Role r);

}  // namespace domain
