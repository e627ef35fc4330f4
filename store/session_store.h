// Sessions table: the core::SessionRepository the pipeline uses, with the user loaded in one query.
#pragma once
#include <memory>

#include "core/db.h"
#include "core/session.h"

namespace store {

class SessionStore : public core::SessionRepository {
public:
    explicit SessionStore(core::Db& db) : db_(db) {}
    std::optional<core::SessionRecord> find(const std::string& token_hash) override;
    void create(const core::SessionRecord& s, const std::string& remote_addr) override;
    void touch(const std::string& token_hash, std::time_t now) override;
    void destroy(const std::string& token_hash) override;
    void destroy_expired(std::time_t idle_before, std::time_t created_before) override;
    // Ends every session of a user (password change, deactivation) except, optionally, one.
    void destroy_for_user(int64_t user_id, const std::string& keep_token_hash = "");

    static std::unique_ptr<core::SessionRepository> make(core::Db& db);

private:
    core::Db& db_;
};

}  // namespace store
