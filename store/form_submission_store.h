// One-time form nonces, so that submitting the same create form twice makes one record.
#pragma once
#include <optional>
#include <string>

#include "core/db.h"

namespace store {

class FormSubmissionStore {
public:
    explicit FormSubmissionStore(core::Db& db) : db_(db) {}
    // Where the committed first submission of this nonce (by this user) led; nullopt if none.
    std::optional<std::string> done(const std::string& nonce, int64_t user_id);
    // Records the nonce in the caller's transaction; a concurrent twin fails on the key (DbConflict).
    void record(const std::string& nonce, int64_t user_id, const std::string& location);

private:
    core::Db& db_;
};

}  // namespace store
