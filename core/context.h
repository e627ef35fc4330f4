// What a handler may use besides the request and the response: the database, the session, the
// user's language and catalog, the clock and the configuration.
#pragma once
#include <ctime>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/db.h"
#include "core/http_error.h"
#include "core/render.h"
#include "core/session.h"

namespace core {

class Context {
public:
    Context(Db& db, Session& session, Sessions& sessions, PageRenderer& renderer, const Config& config,
            std::time_t now)
        : db_(db), session_(session), sessions_(sessions), renderer_(renderer), config_(config), now_(now)
    {
    }

    Db& db() { return db_; }
    Session& session() { return session_; }
    Sessions& sessions() { return sessions_; }
    bool signed_in() const { return session_.user.has_value(); }
    // The signed-in user; routes that reach a handler without one are a programming error (403).
    const SessionUser& user() const
    {
        if (!session_.user) throw HttpError(403);
        return *session_.user;
    }
    const std::string& lang() const { return renderer_.lang(); }
    void set_lang(const std::string& lang) { renderer_.set_lang(lang); }
    const std::string& t(const std::string& key) const { return catalog().get(lang(), key); }
    std::string t(const std::string& key, const std::vector<std::string>& args) const
    {
        return catalog().format(lang(), key, args);
    }
    std::time_t now() const { return now_; }
    const Config& config() const { return config_; }

private:
    Db& db_;
    Session& session_;
    Sessions& sessions_;
    PageRenderer& renderer_;
    const Config& config_;
    std::time_t now_;
};

}  // namespace core
