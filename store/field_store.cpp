// Fields of models: list, add, rename, reorder, retire, delete when unused.
#include "store/field_store.h"

namespace store {

static const char* const kFieldColumns =
    "SELECT id, code, name_vi, name_en, sort_order, retired, version FROM fields ";

static Field read_field(const core::Rows& r)
{
    Field f;
    f.id = r.i64("id");
    f.code = r.str("code");
    f.name_vi = r.str("name_vi");
    f.name_en = r.str("name_en");
    f.sort_order = r.i32("sort_order");
    f.retired = r.boolean("retired");
    f.version = r.i32("version");
    return f;
}

std::vector<Field> FieldStore::list()
{
    auto r = db_.query(std::string(kFieldColumns) + "ORDER BY sort_order, name_vi");
    std::vector<Field> out;
    while (r.next()) out.push_back(read_field(r));
    return out;
}

std::optional<Field> FieldStore::find(int64_t id)
{
    auto r = db_.query(std::string(kFieldColumns) + "WHERE id = ?", {id});
    if (!r.next()) return std::nullopt;
    return read_field(r);
}

std::optional<Field> FieldStore::find_by_code(const std::string& code)
{
    auto r = db_.query(std::string(kFieldColumns) + "WHERE code = ?", {code});
    if (!r.next()) return std::nullopt;
    return read_field(r);
}

bool FieldStore::in_use(int64_t id)
{
    // The models area's migration may land after this code: ask the catalog once per call.
    auto t = db_.query(
        "SELECT COUNT(*) AS n FROM information_schema.columns"
        " WHERE table_schema = DATABASE() AND table_name = 'models' AND column_name = 'field_id'");
    t.next();
    if (t.i64("n") == 0) return false;
    auto r = db_.query("SELECT 1 AS used FROM models WHERE field_id = ? LIMIT 1", {id});
    return r.next();
}

int64_t FieldStore::create(const Field& f)
{
    return db_.insert("INSERT INTO fields (code, name_vi, name_en, sort_order) VALUES (?, ?, ?, ?)",
                      {f.code, f.name_vi, f.name_en, f.sort_order});
}

bool FieldStore::update(const Field& f)
{
    return db_.exec(
               "UPDATE fields SET name_vi = ?, name_en = ?, sort_order = ?, version = version + 1"
               " WHERE id = ? AND version = ?",
               {f.name_vi, f.name_en, f.sort_order, f.id, f.version}) > 0;
}

bool FieldStore::set_retired(int64_t id, int version, bool retired)
{
    return db_.exec("UPDATE fields SET retired = ?, version = version + 1 WHERE id = ? AND version = ?",
                    {retired, id, version}) > 0;
}

bool FieldStore::remove(int64_t id, int version)
{
    if (in_use(id)) return false;
    return db_.exec("DELETE FROM fields WHERE id = ? AND version = ?", {id, version}) > 0;
}

}  // namespace store
