// The unit hierarchy's rules: codes, kinds, tree moves, merges, closing, and account management.
#include "domain/units.h"

#include <algorithm>
#include <functional>

namespace domain {

bool valid_unit_code(const std::string& code)
{
    if (code.size() < 2 || code.size() > 32) return false;
    return std::all_of(code.begin(), code.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; });
}

const std::vector<std::string>& unit_kinds()
{
    static const std::vector<std::string> kinds{"province_commission", "district", "town", "city",
                                                "affiliated", "commune", "ward", "agency"};
    return kinds;
}

bool valid_unit_kind(const std::string& kind)
{
    const auto& k = unit_kinds();
    return std::find(k.begin(), k.end(), kind) != k.end();
}

static bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::map<std::string, std::string> check_new_unit(const UnitDraft& d)
{
    std::map<std::string, std::string> e;
    if (d.code.empty()) e["code"] = "E_ADM_UNIT_CODE_REQUIRED";
    else if (!valid_unit_code(d.code)) e["code"] = "E_ADM_UNIT_CODE_FORMAT";
    if (blank(d.name)) e["name"] = "E_ADM_UNIT_NAME_REQUIRED";
    else if (d.name.size() > 255) e["name"] = "E_ADM_UNIT_NAME_TOO_LONG";
    if (!valid_unit_kind(d.kind)) e["kind"] = "E_ADM_UNIT_KIND_REQUIRED";
    if (d.level_rank <= 0) e["level"] = "E_ADM_UNIT_LEVEL_REQUIRED";
    if (d.parent_rank) {
        if (!d.parent_active) e["parent"] = "E_ADM_UNIT_PARENT_NOT_ACTIVE";
        else if (d.level_rank > 0 && d.level_rank <= *d.parent_rank) e["level"] = "E_ADM_UNIT_LEVEL_NOT_BELOW_PARENT";
    }
    return e;
}

static bool contains(const std::vector<int64_t>& v, int64_t id) { return std::find(v.begin(), v.end(), id) != v.end(); }

std::string check_move(const UnitNode& unit, const UnitNode& new_parent, const std::vector<int64_t>& descendants_of_unit)
{
    if (unit.status != "active") return "E_ADM_UNIT_NOT_ACTIVE";
    if (new_parent.id == unit.id) return "E_ADM_UNIT_MOVE_UNDER_ITSELF";
    if (contains(descendants_of_unit, new_parent.id)) return "E_ADM_UNIT_MOVE_UNDER_DESCENDANT";
    if (new_parent.status != "active") return "E_ADM_UNIT_PARENT_NOT_ACTIVE";
    if (unit.level_rank <= new_parent.level_rank) return "E_ADM_UNIT_LEVEL_NOT_BELOW_PARENT";
    return "";
}

std::string check_merge(const UnitNode& from, const UnitNode& into, const std::vector<int64_t>& descendants_of_from)
{
    if (from.id == into.id) return "E_ADM_UNIT_MERGE_INTO_ITSELF";
    if (from.status != "active") return "E_ADM_UNIT_NOT_ACTIVE";
    if (into.status != "active") return "E_ADM_UNIT_MERGE_TARGET_NOT_ACTIVE";
    // The merged unit goes under the target: the target inside its subtree would make a loop.
    if (contains(descendants_of_from, into.id)) return "E_ADM_UNIT_MERGE_INTO_DESCENDANT";
    // The merged unit's children move to the target, so it must be able to hold them.
    if (into.level_rank > from.level_rank) return "E_ADM_UNIT_MERGE_TARGET_LEVEL";
    return "";
}

std::string check_close(const UnitNode& unit, int active_children)
{
    if (unit.status != "active") return "E_ADM_UNIT_NOT_ACTIVE";
    if (active_children > 0) return "E_ADM_UNIT_HAS_ACTIVE_CHILDREN";
    return "";
}

std::vector<std::pair<size_t, int>> tree_order(const std::vector<std::pair<int64_t, std::optional<int64_t>>>& nodes)
{
    std::map<int64_t, size_t> index;
    for (size_t i = 0; i < nodes.size(); ++i) index[nodes[i].first] = i;
    std::map<int64_t, std::vector<size_t>> children;
    std::vector<size_t> roots;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const auto& parent = nodes[i].second;
        if (parent && index.count(*parent) && *parent != nodes[i].first) children[*parent].push_back(i);
        else roots.push_back(i);
    }
    std::vector<std::pair<size_t, int>> out;
    std::vector<bool> seen(nodes.size(), false);
    std::function<void(size_t, int)> visit = [&](size_t i, int depth) {
        if (seen[i]) return;  // a loop in bad data must not hang the page
        seen[i] = true;
        out.emplace_back(i, depth);
        for (size_t c : children[nodes[i].first]) visit(c, depth + 1);
    };
    for (size_t r : roots) visit(r, 0);
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!seen[i]) visit(i, 0);
    return out;
}

bool may_manage_accounts(const Scope& manager) { return manager.role == Role::Admin || manager.role == Role::UnitHead; }

bool may_manage_user(const Scope& manager, const std::string& target_role, int64_t target_unit_id)
{
    if (manager.role == Role::Admin) return true;
    if (manager.role == Role::UnitHead) return target_role == "unit_staff" && target_unit_id == manager.unit_id;
    return false;
}

std::vector<std::string> assignable_roles(const Scope& manager)
{
    if (manager.role == Role::Admin) {
        std::vector<std::string> out;
        for (Role r : all_roles()) out.push_back(role_code(r));
        return out;
    }
    if (manager.role == Role::UnitHead) return {"unit_staff"};
    return {};
}

std::string check_admin_kept(int active_admins, const std::string& role_before, bool active_before,
                             const std::string& role_after, bool active_after)
{
    bool was_admin = role_before == "admin" && active_before;
    bool is_admin = role_after == "admin" && active_after;
    if (was_admin && !is_admin && active_admins <= 1) return "E_ADM_LAST_ADMIN";
    return "";
}

}  // namespace domain
