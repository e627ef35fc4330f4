// Units table: the hierarchy of units, as data.
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
};

class UnitStore {
public:
    explicit UnitStore(core::Db& db) : db_(db) {}
    std::optional<Unit> find(int64_t id);
    std::optional<Unit> find_by_code(const std::string& code);
    // Every unit, parents before children, siblings in Vietnamese order.
    std::vector<Unit> list();

private:
    core::Db& db_;
};

}  // namespace store
