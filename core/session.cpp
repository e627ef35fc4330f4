// Sessions stored in the database: token in the cookie, only its hash stored, idle and absolute expiry.
#include "core/session.h"

#include <cctype>

#include "core/crypto.h"
#include "core/request.h"
#include "core/response.h"

namespace core {

static bool well_formed_token(const std::string& t)
{
    if (t.size() != 64) return false;
    for (unsigned char c : t)
        if (!std::isxdigit(c) || std::isupper(c)) return false;
    return true;
}

Session Sessions::load(const Request& req, std::time_t now)
{
    Session s;
    auto cookie = req.cookie(kSessionCookie);
    if (!cookie || !well_formed_token(*cookie)) return s;
    std::string hash = sha256_hex(*cookie);
    auto rec = repo_.find(hash);
    if (!rec) return s;
    if (now - rec->last_seen_at > policy_.idle_seconds || now - rec->created_at > policy_.absolute_seconds) {
        repo_.destroy(hash);
        return s;
    }
    if (now - rec->last_seen_at >= policy_.touch_every_seconds) repo_.touch(hash, now);
    s.token_hash = hash;
    s.csrf_token = rec->csrf_token;
    s.user = rec->user;
    return s;
}

void Sessions::issue(Session& s, Response& res, std::optional<int64_t> user_id, const std::string& remote_addr,
                     std::time_t now)
{
    std::string token = random_token_hex(32);
    SessionRecord rec;
    rec.token_hash = sha256_hex(token);
    rec.csrf_token = random_token_hex(32);
    rec.created_at = rec.last_seen_at = now;
    rec.user_id = user_id;
    repo_.create(rec, remote_addr);
    s.token_hash = rec.token_hash;
    s.csrf_token = rec.csrf_token;
    res.set_cookie(kSessionCookie, token);
}

void Sessions::ensure(Session& s, Response& res, const std::string& remote_addr, std::time_t now)
{
    if (!s.token_hash.empty()) return;
    // Old rows are swept here, on the anonymous path, so no background job is needed.
    repo_.destroy_expired(now - policy_.idle_seconds, now - policy_.absolute_seconds);
    issue(s, res, std::nullopt, remote_addr, now);
}

void Sessions::sign_in(Session& s, Response& res, int64_t user_id, const std::string& remote_addr, std::time_t now)
{
    if (!s.token_hash.empty()) repo_.destroy(s.token_hash);
    issue(s, res, user_id, remote_addr, now);
}

void Sessions::sign_out(Session& s, Response& res)
{
    if (!s.token_hash.empty()) repo_.destroy(s.token_hash);
    s = Session{};
    res.set_cookie(kSessionCookie, "", {true, 0});
}

}  // namespace core
