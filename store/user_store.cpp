// Users table: accounts, their roles and units, password hashes, sign-in attempts.
#include "store/user_store.h"

namespace store {

static const char* const kUserColumns =
    "SELECT u.id, u.login, u.display_name, u.role, u.lang, u.unit_id, un.code AS unit_code, un.name AS unit_name,"
    "       u.active, u.must_change_password, u.version"
    "  FROM users u JOIN units un ON un.id = u.unit_id ";

static User read_user(const core::Rows& r)
{
    User u;
    u.id = r.i64("id");
    u.login = r.str("login");
    u.display_name = r.str("display_name");
    u.role = r.str("role");
    u.lang = r.str("lang");
    u.unit_id = r.i64("unit_id");
    u.unit_code = r.str("unit_code");
    u.unit_name = r.str("unit_name");
    u.active = r.boolean("active");
    u.must_change_password = r.boolean("must_change_password");
    u.version = r.i32("version");
    return u;
}

std::optional<UserCredentials> UserStore::credentials(const std::string& login)
{
    auto r = db_.query("SELECT id, login, password_hash, active FROM users WHERE login = ?", {login});
    if (!r.next()) return std::nullopt;
    return UserCredentials{r.i64("id"), r.str("login"), r.str("password_hash"), r.boolean("active")};
}

std::optional<User> UserStore::find(int64_t id)
{
    auto r = db_.query(std::string(kUserColumns) + "WHERE u.id = ?", {id});
    if (!r.next()) return std::nullopt;
    return read_user(r);
}

std::optional<User> UserStore::find_by_login(const std::string& login)
{
    auto r = db_.query(std::string(kUserColumns) + "WHERE u.login = ?", {login});
    if (!r.next()) return std::nullopt;
    return read_user(r);
}

std::vector<User> UserStore::list()
{
    auto r = db_.query(std::string(kUserColumns) + "ORDER BY un.code, u.login");
    std::vector<User> out;
    while (r.next()) out.push_back(read_user(r));
    return out;
}

int64_t UserStore::create(const NewUser& u)
{
    return db_.insert(
        "INSERT INTO users (login, password_hash, display_name, unit_id, role, lang, must_change_password)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        {u.login, u.password_hash, u.display_name, u.unit_id, u.role, u.lang, u.must_change_password});
}

void UserStore::set_password(int64_t id, const std::string& hash, bool must_change)
{
    db_.exec(
        "UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = NOW(),"
        " version = version + 1 WHERE id = ?",
        {hash, must_change, id});
}

void UserStore::set_lang(int64_t id, const std::string& lang)
{
    db_.exec("UPDATE users SET lang = ?, version = version + 1 WHERE id = ?", {lang, id});
}

int UserStore::count_active_admins()
{
    auto r = db_.query("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1");
    r.next();
    return r.i32("n");
}

void LoginAttemptStore::record(const std::string& login, const std::string& remote_addr, bool succeeded,
                               std::time_t now)
{
    db_.exec(
        "INSERT INTO login_attempts (login, remote_addr, succeeded, attempted_at) VALUES (?, ?, ?, FROM_UNIXTIME(?))",
        {login.substr(0, 64), remote_addr.substr(0, 45), succeeded, static_cast<long long>(now)});
}

int LoginAttemptStore::failures_for_login(const std::string& login, std::time_t since)
{
    // Failures count only since the last success: a user who got in starts afresh.
    auto r = db_.query(
        "SELECT COUNT(*) AS n FROM login_attempts WHERE login = ? AND succeeded = 0 AND attempted_at >= FROM_UNIXTIME(?)"
        " AND attempted_at >= COALESCE((SELECT MAX(attempted_at) FROM login_attempts"
        "                               WHERE login = ? AND succeeded = 1), '1970-01-02')",
        {login, static_cast<long long>(since), login});
    r.next();
    return r.i32("n");
}

int LoginAttemptStore::failures_from_address(const std::string& remote_addr, std::time_t since)
{
    auto r = db_.query(
        "SELECT COUNT(*) AS n FROM login_attempts WHERE remote_addr = ? AND succeeded = 0"
        " AND attempted_at >= FROM_UNIXTIME(?)",
        {remote_addr, static_cast<long long>(since)});
    r.next();
    return r.i32("n");
}

}  // namespace store
