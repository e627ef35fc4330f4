// Replications: a recognised model copied by another unit (unit, year, note).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/scope.h"
#include "store/recognition_store.h"

namespace store {

struct Replication {
    int64_t id = 0, model_id = 0, unit_id = 0;
    int year = 0;
    std::string model_title, model_unit_code, unit_code, unit_name, note, created_at;
};

class ReplicationStore {
public:
    explicit ReplicationStore(core::Db& db) : db_(db) {}
    // Throws core::DbConflict when the unit already replicated that model that year. Audited.
    int64_t add(int64_t model_id, int64_t unit_id, int year, const std::string& note, const CycleActor& by);
    // Replications of one model (visible to everyone who may see a recognised model).
    std::vector<Replication> for_model(int64_t model_id);
    // Replications by units within scope (optionally one year), newest first.
    std::vector<Replication> list(const domain::Scope& scope, std::optional<int> year);
    // A model recognised at some level (only those may be replicated): its title, when it is one.
    std::optional<std::string> recognised_model_title(int64_t model_id);

private:
    core::Db& db_;
};

}  // namespace store
