// Units table: the hierarchy of units, as data, with its closure table and name history.
#include "store/unit_store.h"

namespace store {

static const char* const kUnitColumns =
    "SELECT u.id, u.code, u.name, u.kind, l.code AS level, u.status, u.parent_id, u.level_id,"
    "       l.rank_order AS level_rank, u.merged_into_id, DATE_FORMAT(u.created_at, '%Y-%m-%d') AS created,"
    "       DATE_FORMAT(u.closed_at, '%Y-%m-%d') AS closed, u.version,"
    "       p.code AS parent_code, p.name AS parent_name, m.code AS merged_code, m.name AS merged_name"
    "  FROM units u JOIN levels l ON l.id = u.level_id"
    "  LEFT JOIN units p ON p.id = u.parent_id"
    "  LEFT JOIN units m ON m.id = u.merged_into_id ";

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
    u.level_id = r.i32("level_id");
    u.level_rank = r.i32("level_rank");
    u.merged_into_id = r.opt_i64("merged_into_id");
    u.created_at = r.str("created");
    u.closed_at = r.opt_str("closed");
    u.version = r.i32("version");
    u.parent_code = r.opt_str("parent_code").value_or("");
    u.parent_name = r.opt_str("parent_name").value_or("");
    u.merged_into_code = r.opt_str("merged_code").value_or("");
    u.merged_into_name = r.opt_str("merged_name").value_or("");
    return u;
}

static std::vector<Unit> read_units(core::Rows& r)
{
    std::vector<Unit> out;
    while (r.next()) out.push_back(read_unit(r));
    return out;
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
    return read_units(r);
}

std::vector<Unit> UnitStore::children(int64_t id)
{
    auto r = db_.query(std::string(kUnitColumns) + "WHERE u.parent_id = ? ORDER BY u.name", {id});
    return read_units(r);
}

std::vector<Unit> UnitStore::ancestors(int64_t id)
{
    auto r = db_.query(std::string(kUnitColumns) +
                           "JOIN unit_closure c ON c.ancestor_id = u.id"
                           " WHERE c.descendant_id = ? AND c.depth > 0 ORDER BY c.depth DESC",
                       {id});
    return read_units(r);
}

std::vector<int64_t> UnitStore::subtree_ids(int64_t id)
{
    auto r = db_.query("SELECT descendant_id FROM unit_closure WHERE ancestor_id = ? ORDER BY depth", {id});
    std::vector<int64_t> out;
    while (r.next()) out.push_back(r.i64("descendant_id"));
    return out;
}

int UnitStore::count_active_children(int64_t id)
{
    auto r = db_.query("SELECT COUNT(*) AS n FROM units WHERE parent_id = ? AND status = 'active'", {id});
    r.next();
    return r.i32("n");
}

std::vector<Level> UnitStore::levels()
{
    auto r = db_.query("SELECT id, code, rank_order FROM levels ORDER BY rank_order");
    std::vector<Level> out;
    while (r.next()) out.push_back({r.i32("id"), r.str("code"), r.i32("rank_order")});
    return out;
}

std::optional<Level> UnitStore::level(int id)
{
    auto r = db_.query("SELECT id, code, rank_order FROM levels WHERE id = ?", {id});
    if (!r.next()) return std::nullopt;
    return Level{r.i32("id"), r.str("code"), r.i32("rank_order")};
}

int64_t UnitStore::create(const NewUnit& u, const std::string& today)
{
    int64_t id = db_.insert("INSERT INTO units (code, name, kind, level_id, parent_id) VALUES (?, ?, ?, ?, ?)",
                            {u.code, u.name, u.kind, u.level_id, u.parent_id});
    db_.exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)", {id, id});
    if (u.parent_id)
        db_.exec(
            "INSERT INTO unit_closure (ancestor_id, descendant_id, depth)"
            " SELECT ancestor_id, ?, depth + 1 FROM unit_closure WHERE descendant_id = ?",
            {id, *u.parent_id});
    db_.exec("INSERT INTO unit_names (unit_id, name, valid_from) VALUES (?, ?, ?)", {id, u.name, today});
    return id;
}

bool UnitStore::rename(int64_t id, int version, const std::string& new_name, const std::string& today)
{
    if (db_.exec("UPDATE units SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                 {new_name, id, version}) == 0)
        return false;
    db_.exec("UPDATE unit_names SET valid_to = ? WHERE unit_id = ? AND valid_to IS NULL", {today, id});
    db_.exec("INSERT INTO unit_names (unit_id, name, valid_from) VALUES (?, ?, ?)", {id, new_name, today});
    return true;
}

void UnitStore::rehang(int64_t id, int64_t new_parent_id)
{
    auto subtree = subtree_ids(id);
    std::string in = "(";
    for (size_t i = 0; i < subtree.size(); ++i) in += i ? ",?" : "?";
    in += ")";
    // The subtree's rows to ancestors outside it go; the rows inside it stay as they are.
    core::Params del;
    for (int pass = 0; pass < 2; ++pass)
        for (int64_t s : subtree) del.emplace_back(static_cast<long long>(s));
    // `in` holds only '?' placeholders, one per subtree unit.
    db_.exec("DELETE FROM unit_closure WHERE descendant_id IN " + in + " AND ancestor_id NOT IN " + in, del);
    db_.exec(
        "INSERT INTO unit_closure (ancestor_id, descendant_id, depth)"
        " SELECT p.ancestor_id, s.descendant_id, p.depth + s.depth + 1"
        "   FROM unit_closure p JOIN unit_closure s ON s.ancestor_id = ?"
        "  WHERE p.descendant_id = ?",
        {id, new_parent_id});
    db_.exec("UPDATE units SET parent_id = ?, version = version + 1 WHERE id = ?", {new_parent_id, id});
}

bool UnitStore::move(int64_t id, int version, int64_t new_parent_id)
{
    // Lock the row and check the version first, so a stale form changes nothing.
    auto r = db_.query("SELECT version FROM units WHERE id = ? FOR UPDATE", {id});
    if (!r.next() || r.i32("version") != version) return false;
    rehang(id, new_parent_id);
    return true;
}

bool UnitStore::close(int64_t id, int version, const std::string& today)
{
    return db_.exec(
               "UPDATE units SET status = 'closed', closed_at = ?, version = version + 1"
               " WHERE id = ? AND version = ? AND status = 'active'",
               {today, id, version}) > 0;
}

bool UnitStore::merge(int64_t from, int version, int64_t into, const std::string& today)
{
    auto r = db_.query("SELECT version FROM units WHERE id = ? FOR UPDATE", {from});
    if (!r.next() || r.i32("version") != version) return false;
    db_.exec("UPDATE users SET unit_id = ?, version = version + 1 WHERE unit_id = ?", {into, from});
    for (const auto& child : children(from)) rehang(child.id, into);
    rehang(from, into);
    db_.exec(
        "UPDATE units SET status = 'merged', merged_into_id = ?, closed_at = ?, version = version + 1 WHERE id = ?",
        {into, today, from});
    return true;
}

std::string UnitStore::name_at(int64_t unit_id, const std::string& date)
{
    // Names follow each other without gaps: the first one still valid after `date` is the one of
    // that day; a date before the first recorded name gets the first name.
    auto r = db_.query(
        "SELECT name FROM unit_names WHERE unit_id = ? AND (valid_to IS NULL OR valid_to > ?)"
        " ORDER BY valid_from, id LIMIT 1",
        {unit_id, date});
    if (r.next()) return r.str("name");
    auto u = find(unit_id);
    return u ? u->name : "";
}

std::vector<UnitName> UnitStore::name_history(int64_t unit_id)
{
    auto r = db_.query(
        "SELECT name, DATE_FORMAT(valid_from, '%Y-%m-%d') AS vf, DATE_FORMAT(valid_to, '%Y-%m-%d') AS vt"
        "  FROM unit_names WHERE unit_id = ? ORDER BY valid_from, id",
        {unit_id});
    std::vector<UnitName> out;
    while (r.next()) out.push_back({r.str("name"), r.str("vf"), r.opt_str("vt")});
    return out;
}

}  // namespace store
