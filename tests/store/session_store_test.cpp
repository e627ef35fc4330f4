// Sessions, users, sign-in attempts and the audit log against the real database.
#include <boost/test/unit_test.hpp>

#include "core/crypto.h"
#include "core/migrate.h"
#include "store/audit_store.h"
#include "store/session_store.h"
#include "store/unit_store.h"
#include "store/user_store.h"
#include "tests/store/test_db.h"

namespace {

int64_t make_unit()
{
    std::string code = test::unique("U");
    auto& db = test::db();
    int64_t id = db.insert("INSERT INTO units (code, name, kind, level_id) VALUES (?, ?, 'district', 2)",
                           {code, "Huyện ủy " + code});
    db.exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)", {id, id});
    return id;
}

int64_t make_user(const std::string& role = "unit_staff", bool active = true)
{
    store::NewUser u;
    u.login = test::unique("user");
    u.display_name = "Nguyễn Văn Test";
    u.role = role;
    u.unit_id = make_unit();
    u.password_hash = core::hash_password("mật khẩu thử 123");
    int64_t id = store::UserStore(test::db()).create(u);
    if (!active) test::db().exec("UPDATE users SET active = 0 WHERE id = ?", {id});
    return id;
}

core::SessionRecord record(std::optional<int64_t> user_id)
{
    core::SessionRecord r;
    r.token_hash = core::sha256_hex(core::random_token_hex());
    r.csrf_token = core::random_token_hex();
    r.created_at = r.last_seen_at = std::time(nullptr);
    r.user_id = user_id;
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(session_store)

BOOST_AUTO_TEST_CASE(signed_in_session_loads_its_user_and_unit)
{
    int64_t uid = make_user("unit_head");
    store::SessionStore sessions(test::db());
    auto rec = record(uid);
    sessions.create(rec, "192.0.2.1");
    auto found = sessions.find(rec.token_hash);
    BOOST_REQUIRE(found);
    BOOST_REQUIRE(found->user);
    BOOST_TEST(found->user->id == uid);
    BOOST_TEST(found->user->role == "unit_head");
    BOOST_TEST(found->user->display_name == "Nguyễn Văn Test");
    BOOST_TEST(found->csrf_token == rec.csrf_token);
    BOOST_TEST(std::abs(found->created_at - rec.created_at) <= 1);
}

BOOST_AUTO_TEST_CASE(anonymous_session_has_no_user)
{
    store::SessionStore sessions(test::db());
    auto rec = record(std::nullopt);
    sessions.create(rec, "");
    auto found = sessions.find(rec.token_hash);
    BOOST_REQUIRE(found);
    BOOST_TEST(!found->user);
}

BOOST_AUTO_TEST_CASE(deactivated_user_session_is_dead)
{
    int64_t uid = make_user("unit_staff", false);
    store::SessionStore sessions(test::db());
    auto rec = record(uid);
    sessions.create(rec, "");
    BOOST_TEST(!sessions.find(rec.token_hash));
}

BOOST_AUTO_TEST_CASE(destroy_and_destroy_for_user)
{
    int64_t uid = make_user();
    store::SessionStore sessions(test::db());
    auto a = record(uid), b = record(uid), c = record(uid);
    for (auto* r : {&a, &b, &c}) sessions.create(*r, "");
    sessions.destroy(a.token_hash);
    BOOST_TEST(!sessions.find(a.token_hash));
    sessions.destroy_for_user(uid, c.token_hash);
    BOOST_TEST(!sessions.find(b.token_hash));
    BOOST_TEST(sessions.find(c.token_hash).has_value());
}

BOOST_AUTO_TEST_CASE(expired_sessions_are_swept)
{
    store::SessionStore sessions(test::db());
    auto old = record(std::nullopt);
    old.created_at = old.last_seen_at = std::time(nullptr) - 10 * 3600;
    sessions.create(old, "");
    auto fresh = record(std::nullopt);
    sessions.create(fresh, "");
    sessions.destroy_expired(std::time(nullptr) - 2 * 3600, std::time(nullptr) - 12 * 3600);
    BOOST_TEST(!sessions.find(old.token_hash));
    BOOST_TEST(sessions.find(fresh.token_hash).has_value());
}

BOOST_AUTO_TEST_CASE(touch_moves_last_seen)
{
    store::SessionStore sessions(test::db());
    auto rec = record(std::nullopt);
    rec.last_seen_at -= 600;
    sessions.create(rec, "");
    sessions.touch(rec.token_hash, std::time(nullptr));
    BOOST_TEST(sessions.find(rec.token_hash)->last_seen_at > rec.last_seen_at + 500);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(user_store)

BOOST_AUTO_TEST_CASE(credentials_and_password_change)
{
    int64_t uid = make_user();
    store::UserStore users(test::db());
    auto user = users.find(uid);
    BOOST_REQUIRE(user);
    auto cred = users.credentials(user->login);
    BOOST_REQUIRE(cred);
    BOOST_TEST(core::verify_password(cred->password_hash, "mật khẩu thử 123"));
    users.set_password(uid, core::hash_password("mật khẩu mới 456"), true);
    auto after = users.find(uid);
    BOOST_TEST(after->must_change_password);
    BOOST_TEST(after->version == user->version + 1);
    BOOST_TEST(core::verify_password(users.credentials(user->login)->password_hash, "mật khẩu mới 456"));
}

BOOST_AUTO_TEST_CASE(logins_are_unique_whatever_the_case)
{
    int64_t uid = make_user();
    store::UserStore users(test::db());
    auto user = users.find(uid);
    store::NewUser dup;
    dup.login = user->login;
    for (char& c : dup.login) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    dup.display_name = "x";
    dup.role = "unit_staff";
    dup.unit_id = user->unit_id;
    dup.password_hash = "x";
    BOOST_CHECK_THROW(users.create(dup), core::DbConflict);
}

BOOST_AUTO_TEST_CASE(unknown_role_is_refused_by_the_database)
{
    store::NewUser u;
    u.login = test::unique("bad");
    u.display_name = "x";
    u.role = "root";
    u.unit_id = make_unit();
    u.password_hash = "x";
    BOOST_CHECK_THROW(store::UserStore(test::db()).create(u), std::exception);
}

BOOST_AUTO_TEST_CASE(failed_attempts_count_per_login_and_address_since_last_success)
{
    store::LoginAttemptStore attempts(test::db());
    std::string login = test::unique("victim");
    std::string addr = "198.51.100." + std::to_string(std::rand() % 200);
    std::time_t now = std::time(nullptr);
    for (int i = 0; i < 3; ++i) attempts.record(login, addr, false, now - 10);
    BOOST_TEST(attempts.failures_for_login(login, now - 900) == 3);
    BOOST_TEST(attempts.failures_from_address(addr, now - 900) >= 3);
    BOOST_TEST(attempts.failures_for_login(login, now - 5) == 0);  // outside the window
    attempts.record(login, addr, true, now - 5);
    attempts.record(login, addr, false, now);
    BOOST_TEST(attempts.failures_for_login(login, now - 900) == 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(audit_and_transactions)

BOOST_AUTO_TEST_CASE(audit_rows_keep_before_and_after)
{
    int64_t uid = make_user();
    store::AuditStore audit(test::db());
    audit.append({uid, "203.0.113.9", "user.test", "user", uid, std::string("{\"a\":1}"), std::string("{\"a\":2}")});
    auto rows = audit.for_entity("user", uid);
    BOOST_REQUIRE(!rows.empty());
    BOOST_TEST(rows.back().action == "user.test");
    BOOST_TEST(*rows.back().before_json == "{\"a\":1}");
    BOOST_TEST(*rows.back().after_json == "{\"a\":2}");
    BOOST_TEST(rows.back().user_name == "Nguyễn Văn Test");
}

BOOST_AUTO_TEST_CASE(transaction_rolls_back_unless_committed)
{
    std::string action = test::unique("tx.check");
    {
        core::Transaction tx(test::db());
        store::AuditStore(test::db()).append({std::nullopt, "", action, "test", std::nullopt, {}, {}});
    }
    BOOST_TEST(test::count_rows("audit_log", "action = '" + action + "'") == 0);
    {
        core::Transaction tx(test::db());
        store::AuditStore(test::db()).append({std::nullopt, "", action, "test", std::nullopt, {}, {}});
        tx.commit();
    }
    BOOST_TEST(test::count_rows("audit_log", "action = '" + action + "'") == 1);
}

BOOST_AUTO_TEST_CASE(migrations_are_recorded_and_current)
{
    auto st = core::migration_status(test::db(), "sql");
    BOOST_TEST(st.pending.empty());
    BOOST_TEST(st.modified.empty());
    BOOST_TEST(test::count_rows("schema_migrations") == static_cast<long long>(core::list_migrations("sql").size()));
    // Running them again changes nothing.
    BOOST_TEST(core::migrate(test::db(), "sql").applied_now.empty());
}

BOOST_AUTO_TEST_CASE(vietnamese_collation_sorts_and_compares)
{
    auto r = test::db().query(
        "SELECT (_utf8mb4'Đắk Song' COLLATE utf8mb4_vietnamese_ci > _utf8mb4'Dương' COLLATE utf8mb4_vietnamese_ci)"
        " AS d_after, @@collation_connection AS coll");
    BOOST_REQUIRE(r.next());
    BOOST_TEST(r.i64("d_after") == 1);  // Đ sorts after every D word in Vietnamese
    BOOST_TEST(r.str("coll") == "utf8mb4_vietnamese_ci");
}

BOOST_AUTO_TEST_SUITE_END()
