// Fields (lĩnh vực) of models: the list admins keep; a field in use is retired, never deleted.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"

namespace store {

struct Field {
    int64_t id = 0;
    std::string code, name_vi, name_en;
    int sort_order = 0;
    bool retired = false;
    int version = 1;
};

class FieldStore {
public:
    explicit FieldStore(core::Db& db) : db_(db) {}
    // In sort order, then Vietnamese name order.
    std::vector<Field> list();
    std::optional<Field> find(int64_t id);
    std::optional<Field> find_by_code(const std::string& code);
    // True when a model refers to the field. The models table may not exist yet: then nothing does.
    bool in_use(int64_t id);

    // Writes: call inside a Transaction. Throws core::DbConflict on a taken code.
    int64_t create(const Field& f);
    // False when the version changed meanwhile.
    bool update(const Field& f);
    bool set_retired(int64_t id, int version, bool retired);
    // Deletes a field nobody uses; false when the version changed or it is in use.
    bool remove(int64_t id, int version);

private:
    core::Db& db_;
};

}  // namespace store
