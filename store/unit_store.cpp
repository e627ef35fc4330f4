// Units table: the hierarchy of units, as data.
#include "store/unit_store.h"

namespace store {

static const char* const kUnitColumns =
    "SELECT u.id, u.code, u.name, u.kind, l.code AS level, u.status, u.parent_id"
    "  FROM units u JOIN levels l ON l.id = u.level_id ";

static Unit read_unit(const core::Rows& r)
{
    Unit u;
    u.id = r.i64("id");
    u.code = r.str("code");
    u.name = r.str("name");
    u.kind = r.str("kind");
    u.level = r.str("level");
    u.status = r.str("status");
    u.parent_id = r.opt_i64("parent_id");
    return u;
}

std::optional<Unit> UnitStore::find(int64_t id)
{
    auto r = db_.query(std::string(kUnitColumns) + "WHERE u.id = ?", {id});
    if (!r.next()) return std::nullopt;
    return read_unit(r);
}

std::optional<Unit> UnitStore::find_by_code(const std::string& code)
{
    auto r = db_.query(std::string(kUnitColumns) + "WHERE u.code = ?", {code});
    if (!r.next()) return std::nullopt;
    return read_unit(r);
}

std::vector<Unit> UnitStore::list()
{
    auto r = db_.query(std::string(kUnitColumns) + "ORDER BY l.rank_order, u.name");
    std::vector<Unit> out;
    while (r.next()) out.push_back(read_unit(r));
    return out;
}

}  // namespace store
