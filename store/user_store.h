// Users table: accounts, their roles and units, password hashes, sign-in attempts.
#pragma once
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/scope.h"

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

// What an account's edit form changes.
struct UserEdit {
    std::string display_name, role, lang;
    int64_t unit_id = 0;
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

    // Account management, limited by the manager's scope in the query itself: an admin reaches every
    // account; a unit head only the unit staff of their own unit; anybody else none.
    std::vector<User> list_managed(const domain::Scope& manager);
    std::optional<User> find_managed(const domain::Scope& manager, int64_t id);
    // Absent when the manager may not create such an account. Throws core::DbConflict on a taken login.
    std::optional<int64_t> create_managed(const domain::Scope& manager, const NewUser& u);
    // False when the account is outside the scope or its version changed meanwhile (nothing written).
    bool update_managed(const domain::Scope& manager, int64_t id, int version, const UserEdit& edit);
    bool set_active_managed(const domain::Scope& manager, int64_t id, int version, bool active);
    // Sets a temporary password the user must change at next sign-in.
    bool reset_password_managed(const domain::Scope& manager, int64_t id, int version, const std::string& hash);
    // Counts active admins and locks their rows until the transaction ends, so two administrators
    // cannot demote each other at the same moment and leave none.
    int count_active_admins_for_update();

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
