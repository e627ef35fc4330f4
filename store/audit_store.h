// Audit log: who, when, what, before and after. Every write adds its row in the same transaction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"

namespace store {

struct AuditEntry {
    std::optional<int64_t> user_id;
    std::string remote_addr;
    std::string action;  // e.g. "user.sign_in", "unit.rename"
    std::string entity;  // e.g. "user", "unit", "model"
    std::optional<int64_t> entity_id;
    std::optional<std::string> before_json, after_json;
};

struct AuditRecord {
    int64_t id = 0;
    std::string at, action, entity;
    std::optional<int64_t> entity_id, user_id;
    std::string user_name;
    std::optional<std::string> before_json, after_json;
};

class AuditStore {
public:
    explicit AuditStore(core::Db& db) : db_(db) {}
    void append(const AuditEntry& e);
    // The history of one record, oldest first.
    std::vector<AuditRecord> for_entity(const std::string& entity, int64_t id, int limit = 200);
    std::vector<AuditRecord> recent(int limit);

private:
    core::Db& db_;
};

}  // namespace store
