// Sessions stored in the database: a random 256-bit token in the cookie, only its SHA-256 kept;
// idle and absolute expiry; a CSRF token per session. The SQL lives in a SessionRepository (store/).
#pragma once
#include <cstdint>
#include <ctime>
#include <memory>
#include <optional>
#include <string>

namespace core {

class Db;
class Request;
class Response;

inline constexpr const char* kSessionCookie = "dvk_session";

// The signed-in user as every page needs them (loaded with the session in one query).
struct SessionUser {
    int64_t id = 0;
    std::string login, display_name, role, lang;
    int64_t unit_id = 0;
    std::string unit_code, unit_name;
    bool must_change_password = false;
};

struct SessionRecord {
    std::string token_hash;
    std::string csrf_token;
    std::time_t created_at = 0, last_seen_at = 0;
    std::optional<int64_t> user_id;   // absent: an anonymous session (sign-in form)
    std::optional<SessionUser> user;  // filled by find() when user_id names an active user
};

class SessionRepository {
public:
    virtual ~SessionRepository() = default;
    // Loads the session and, when signed in, its active user; inactive users yield no user.
    virtual std::optional<SessionRecord> find(const std::string& token_hash) = 0;
    virtual void create(const SessionRecord& s, const std::string& remote_addr) = 0;
    virtual void touch(const std::string& token_hash, std::time_t now) = 0;
    virtual void destroy(const std::string& token_hash) = 0;
    virtual void destroy_expired(std::time_t idle_before, std::time_t created_before) = 0;
};

struct SessionPolicy {
    long idle_seconds = 2 * 3600;
    long absolute_seconds = 12 * 3600;
    long touch_every_seconds = 60;  // write last_seen_at at most this often
};

// What the pipeline and handlers see of the current session.
struct Session {
    std::optional<SessionUser> user;
    std::string csrf_token;  // empty until a session exists
    std::string token_hash;
};

class Sessions {
public:
    Sessions(SessionRepository& repo, const SessionPolicy& policy) : repo_(repo), policy_(policy) {}
    // The session named by the request's cookie, if valid and not expired.
    Session load(const Request& req, std::time_t now);
    // Makes sure an (anonymous) session exists so a form can carry a CSRF token.
    void ensure(Session& s, Response& res, const std::string& remote_addr, std::time_t now);
    // Signs in: the old session (and its cookie) dies, a fresh token is issued (no fixation).
    void sign_in(Session& s, Response& res, int64_t user_id, const std::string& remote_addr, std::time_t now);
    void sign_out(Session& s, Response& res);

private:
    void issue(Session& s, Response& res, std::optional<int64_t> user_id, const std::string& remote_addr,
               std::time_t now);
    SessionRepository& repo_;
    SessionPolicy policy_;
};

}  // namespace core
