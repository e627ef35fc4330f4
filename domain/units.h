// The unit hierarchy's rules: unit codes and kinds, where a unit may sit in the tree (move, merge,
// close), the tree's display order, and who may manage which user accounts.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/scope.h"

namespace domain {

// Unit codes: 2-32 characters of A-Z, 0-9 and '-'.
bool valid_unit_code(const std::string& code);
// province_commission, district, town, city, affiliated, commune, ward, agency.
const std::vector<std::string>& unit_kinds();
bool valid_unit_kind(const std::string& kind);

// What a form for a new unit carries, before it is checked. Ranks: 1 = province, larger = lower.
struct UnitDraft {
    std::string code, name, kind;
    int level_rank = 0;                 // 0: no level chosen
    std::optional<int> parent_rank;     // absent: no parent (a root unit)
    bool parent_active = true;
};

// Field name ("code", "name", "kind", "level", "parent") -> catalog key of what is wrong; empty when fine.
std::map<std::string, std::string> check_new_unit(const UnitDraft& d);

// A unit's place in the tree, as the move and merge checks need it.
struct UnitNode {
    int64_t id = 0;
    int level_rank = 0;
    std::string status;  // active, closed, merged
};

// Moving `unit` under `new_parent`; descendants_of_unit: the unit's subtree (the unit itself included
// or not). Empty when allowed, else a catalog key.
std::string check_move(const UnitNode& unit, const UnitNode& new_parent, const std::vector<int64_t>& descendants_of_unit);
// Merging `from` into `into`; descendants_of_from as above. Empty when allowed, else a catalog key.
std::string check_merge(const UnitNode& from, const UnitNode& into, const std::vector<int64_t>& descendants_of_from);
// Closing a unit that still has `active_children` open units below it. Empty when allowed.
std::string check_close(const UnitNode& unit, int active_children);

// Display order of a tree: parents before children, siblings in the order given (the database's
// Vietnamese order). Returns (index into `parents`, depth) pairs; units whose parent is missing are roots.
std::vector<std::pair<size_t, int>> tree_order(const std::vector<std::pair<int64_t, std::optional<int64_t>>>& nodes);

// Who may manage which accounts. An admin manages everyone; a unit head only the unit staff of their
// own unit (not of the units below it); nobody else manages accounts.
bool may_manage_accounts(const Scope& manager);
bool may_manage_user(const Scope& manager, const std::string& target_role, int64_t target_unit_id);
// The roles a manager may give.
std::vector<std::string> assignable_roles(const Scope& manager);

// The last active admin must stay: refusing a change that would leave no active admin.
// active_admins: how many active admins there are now (the target included if it is one).
// Empty when allowed, else a catalog key.
std::string check_admin_kept(int active_admins, const std::string& role_before, bool active_before,
                             const std::string& role_after, bool active_after);

}  // namespace domain
