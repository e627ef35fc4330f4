// One request, end to end, in the order every request follows: parse -> session -> route -> access
// -> CSRF -> handler; every failure becomes an error page, a lost database a 503.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "core/config.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/response.h"
#include "core/router.h"
#include "core/session.h"

namespace core {

class Context;
using SessionRepositoryFactory = std::function<std::unique_ptr<SessionRepository>(Db&)>;

class Pipeline {
public:
    Pipeline(const Router& router, SessionRepositoryFactory sessions, const Config& config);

    // params: the FastCGI parameters; body: exactly CONTENT_LENGTH bytes.
    Response handle(const std::map<std::string, std::string>& params, std::string body, Db& db) const;
    // The answer when the body is refused before it is read (413).
    Response reject(const std::map<std::string, std::string>& params, int status) const;
    const RequestLimits& limits() const { return limits_; }

private:
    void run_once(const Request& req, Response& res, PageContext& page, Db& db) const;
    // Route, access, forced password change, CSRF, handler: everything a 4xx may come from.
    void route(const Request& req, Response& res, Context& ctx) const;
    void check_csrf(const Request& req, const Session& s) const;

    const Router& router_;
    SessionRepositoryFactory sessions_;
    const Config& config_;
    RequestLimits limits_;
    SessionPolicy policy_;
};

}  // namespace core
