// Users table: accounts, their roles and units, password hashes, sign-in attempts.
#include "store/user_store.h"

#include "domain/units.h"
#include "store/scope_sql.h"

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

// The accounts a manager may reach, as a condition on users alias u.
static store::ScopeCondition managed_condition(const domain::Scope& manager)
{
    if (manager.role == domain::Role::Admin) return {"1=1", {}};
    if (manager.role != domain::Role::UnitHead) return {"1=0", {}};
    // Inside the head's subtree (the shared scope rule), and more narrowly: their own unit's staff.
    auto sc = store::scope_condition(manager, "u.unit_id");
    sc.sql = "(" + sc.sql + " AND u.unit_id = ? AND u.role = 'unit_staff')";
    sc.params.push_back(manager.unit_id);
    return sc;
}

std::vector<User> UserStore::list_managed(const domain::Scope& manager)
{
    auto sc = managed_condition(manager);
    auto r = db_.query(std::string(kUserColumns) + "WHERE " + sc.sql + " ORDER BY un.name, u.display_name, u.login",
                       sc.params);
    std::vector<User> out;
    while (r.next()) out.push_back(read_user(r));
    return out;
}

std::optional<User> UserStore::find_managed(const domain::Scope& manager, int64_t id)
{
    auto sc = managed_condition(manager);
    core::Params p{id};
    for (const auto& x : sc.params) p.push_back(x);
    auto r = db_.query(std::string(kUserColumns) + "WHERE u.id = ? AND " + sc.sql, p);
    if (!r.next()) return std::nullopt;
    return read_user(r);
}

static uint64_t update_scoped(core::Db& db, const domain::Scope& manager, const std::string& set, core::Params p,
                              int64_t id, int version)
{
    auto sc = managed_condition(manager);
    p.push_back(id);
    p.push_back(version);
    for (const auto& x : sc.params) p.push_back(x);
    // `set` is a fixed assignment list from this file's callers; sc.sql is placeholders only.
    return db.exec("UPDATE users u SET " + set + ", u.version = u.version + 1 WHERE u.id = ? AND u.version = ? AND " +
                       sc.sql,
                   p);
}

bool UserStore::update_managed(const domain::Scope& manager, int64_t id, int version, const UserEdit& e)
{
    // The account after the change must still be one the manager may manage.
    if (!domain::may_manage_user(manager, e.role, e.unit_id)) return false;
    return update_scoped(db_, manager, "u.display_name = ?, u.role = ?, u.lang = ?, u.unit_id = ?",
                         {e.display_name, e.role, e.lang, e.unit_id}, id, version) > 0;
}

bool UserStore::set_active_managed(const domain::Scope& manager, int64_t id, int version, bool active)
{
    return update_scoped(db_, manager, "u.active = ?", {active}, id, version) > 0;
}

bool UserStore::reset_password_managed(const domain::Scope& manager, int64_t id, int version, const std::string& hash)
{
    return update_scoped(db_, manager, "u.password_hash = ?, u.must_change_password = 1, u.password_changed_at = NOW()",
                         {hash}, id, version) > 0;
}

std::optional<int64_t> UserStore::create_managed(const domain::Scope& manager, const NewUser& u)
{
    if (!domain::may_manage_user(manager, u.role, u.unit_id)) return std::nullopt;
    return create(u);
}

int UserStore::count_active_admins_for_update()
{
    auto r = db_.query("SELECT id FROM users WHERE role = 'admin' AND active = 1 FOR UPDATE");
    return static_cast<int>(r.count());
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
