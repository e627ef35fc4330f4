// Units table: the hierarchy of units, as data, with its closure table (unit_closure) and the names
// each unit has had (unit_names). Every tree operation keeps both correct in the caller's transaction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"

namespace store {

struct Unit {
    int64_t id = 0;
    std::string code, name, kind, level, status;
    std::optional<int64_t> parent_id;
    int level_id = 0, level_rank = 0;
    std::optional<int64_t> merged_into_id;
    std::string created_at;                 // "YYYY-MM-DD"
    std::optional<std::string> closed_at;   // "YYYY-MM-DD", closing or merge date
    std::string parent_code, parent_name;   // empty for a root
    std::string merged_into_code, merged_into_name;
    int version = 1;
};

struct Level {
    int id = 0;
    std::string code;
    int rank = 0;
};

struct UnitName {
    std::string name, valid_from;
    std::optional<std::string> valid_to;  // exclusive: the first day under the next name
};

struct NewUnit {
    std::string code, name, kind;
    int level_id = 0;
    std::optional<int64_t> parent_id;
};

class UnitStore {
public:
    explicit UnitStore(core::Db& db) : db_(db) {}
    std::optional<Unit> find(int64_t id);
    std::optional<Unit> find_by_code(const std::string& code);
    // Every unit, parents before children, siblings in Vietnamese order.
    std::vector<Unit> list();
    std::vector<Unit> children(int64_t id);
    // The unit's ancestors, the root first (the unit itself not included).
    std::vector<Unit> ancestors(int64_t id);
    // Ids of the unit's subtree, itself included.
    std::vector<int64_t> subtree_ids(int64_t id);
    int count_active_children(int64_t id);
    std::vector<Level> levels();
    std::optional<Level> level(int id);

    // Writes: call inside a Transaction. today: "YYYY-MM-DD".
    // Throws core::DbConflict (duplicate key) for a code already taken.
    int64_t create(const NewUnit& u, const std::string& today);
    // False when the version changed meanwhile (nothing written).
    bool rename(int64_t id, int version, const std::string& new_name, const std::string& today);
    bool move(int64_t id, int version, int64_t new_parent_id);
    bool close(int64_t id, int version, const std::string& today);
    // Merges `from` into `into`: its users and children go to `into`, and `from` itself goes under
    // `into`, so that `into`'s scope covers `from`'s past records.
    bool merge(int64_t from, int version, int64_t into, const std::string& today);

    // The name the unit had on `date` ("YYYY-MM-DD"); before its first recorded name, the first name.
    std::string name_at(int64_t unit_id, const std::string& date);
    std::vector<UnitName> name_history(int64_t unit_id);

private:
    // Re-hangs the subtree of `id` under `new_parent_id` in unit_closure and units.parent_id.
    void rehang(int64_t id, int64_t new_parent_id);
    core::Db& db_;
};

}  // namespace store
