// Sessions table: the core::SessionRepository the pipeline uses, with the user loaded in one query.
#include "store/session_store.h"

namespace store {

std::unique_ptr<core::SessionRepository> SessionStore::make(core::Db& db)
{
    return std::make_unique<SessionStore>(db);
}

std::optional<core::SessionRecord> SessionStore::find(const std::string& token_hash)
{
    auto r = db_.query(
        "SELECT s.csrf_token, UNIX_TIMESTAMP(s.created_at) AS created, UNIX_TIMESTAMP(s.last_seen_at) AS seen,"
        "       s.user_id, u.login, u.display_name, u.role, u.lang, u.must_change_password, u.active,"
        "       un.id AS unit_id, un.code AS unit_code, un.name AS unit_name"
        "  FROM sessions s"
        "  LEFT JOIN users u ON u.id = s.user_id"
        "  LEFT JOIN units un ON un.id = u.unit_id"
        " WHERE s.token_hash = ?",
        {token_hash});
    if (!r.next()) return std::nullopt;
    core::SessionRecord rec;
    rec.token_hash = token_hash;
    rec.csrf_token = r.str("csrf_token");
    rec.created_at = static_cast<std::time_t>(r.i64("created"));
    rec.last_seen_at = static_cast<std::time_t>(r.i64("seen"));
    rec.user_id = r.opt_i64("user_id");
    if (rec.user_id && !r.is_null("login") && r.boolean("active")) {
        core::SessionUser u;
        u.id = *rec.user_id;
        u.login = r.str("login");
        u.display_name = r.str("display_name");
        u.role = r.str("role");
        u.lang = r.str("lang");
        u.must_change_password = r.boolean("must_change_password");
        u.unit_id = r.i64("unit_id");
        u.unit_code = r.str("unit_code");
        u.unit_name = r.str("unit_name");
        rec.user = u;
    } else if (rec.user_id) {
        // A deactivated user's session is worth nothing: treat it as gone.
        return std::nullopt;
    }
    return rec;
}

void SessionStore::create(const core::SessionRecord& s, const std::string& remote_addr)
{
    db_.exec(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, remote_addr)"
        " VALUES (?, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), ?)",
        {s.token_hash, s.user_id, s.csrf_token, static_cast<long long>(s.created_at),
         static_cast<long long>(s.last_seen_at), remote_addr.substr(0, 45)});
}

void SessionStore::touch(const std::string& token_hash, std::time_t now)
{
    db_.exec("UPDATE sessions SET last_seen_at = FROM_UNIXTIME(?) WHERE token_hash = ?",
             {static_cast<long long>(now), token_hash});
}

void SessionStore::destroy(const std::string& token_hash)
{
    db_.exec("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

void SessionStore::destroy_expired(std::time_t idle_before, std::time_t created_before)
{
    db_.exec("DELETE FROM sessions WHERE last_seen_at < FROM_UNIXTIME(?) OR created_at < FROM_UNIXTIME(?) LIMIT 500",
             {static_cast<long long>(idle_before), static_cast<long long>(created_before)});
}

void SessionStore::destroy_for_user(int64_t user_id, const std::string& keep_token_hash)
{
    db_.exec("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?", {user_id, keep_token_hash});
}

}  // namespace store
