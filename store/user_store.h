// Users table: accounts, their roles and units, password hashes, sign-in attempts.
#pragma once
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"

namespace store {

struct User {
    int64_t id = 0;
    std::string login, display_name, role, lang;
    int64_t unit_id = 0;
    std::string unit_code, unit_name;
    bool active = true, must_change_password = false;
    int version = 1;
};

struct UserCredentials {
    int64_t id = 0;
    std::string login, password_hash;
    bool active = false;
};

struct NewUser {
    std::string login, display_name, role, lang = "vi";
    int64_t unit_id = 0;
    std::string password_hash;
    bool must_change_password = false;
};

class UserStore {
public:
    explicit UserStore(core::Db& db) : db_(db) {}
    std::optional<UserCredentials> credentials(const std::string& login);
    std::optional<User> find(int64_t id);
    std::optional<User> find_by_login(const std::string& login);
    std::vector<User> list();
    int64_t create(const NewUser& u);
    void set_password(int64_t id, const std::string& hash, bool must_change);
    void set_lang(int64_t id, const std::string& lang);
    int count_active_admins();

private:
    core::Db& db_;
};

// Sign-in attempts, kept for throttling and as the record of who tried what from where.
class LoginAttemptStore {
public:
    explicit LoginAttemptStore(core::Db& db) : db_(db) {}
    void record(const std::string& login, const std::string& remote_addr, bool succeeded, std::time_t now);
    int failures_for_login(const std::string& login, std::time_t since);
    int failures_from_address(const std::string& remote_addr, std::time_t since);

private:
    core::Db& db_;
};

}  // namespace store
