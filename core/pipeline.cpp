// One request, end to end: parse -> session -> route -> access -> CSRF -> handler -> error pages.
#include "core/pipeline.h"

#include "core/context.h"
#include "core/crypto.h"
#include "core/http_error.h"
#include "core/log.h"
#include "core/render.h"

namespace core {

Pipeline::Pipeline(const Router& router, SessionRepositoryFactory sessions, const Config& config)
    : router_(router), sessions_(std::move(sessions)), config_(config)
{
    limits_.max_body = static_cast<size_t>(config.get_int("DVK_MAX_BODY_BYTES", 10 * 1024 * 1024));
    limits_.max_form_body = static_cast<size_t>(config.get_int("DVK_MAX_FORM_BYTES", 1024 * 1024));
    policy_.idle_seconds = config.get_int("DVK_SESSION_IDLE_MINUTES", 120) * 60;
    policy_.absolute_seconds = config.get_int("DVK_SESSION_ABSOLUTE_HOURS", 12) * 3600;
}

static std::string param(const std::map<std::string, std::string>& p, const char* k)
{
    auto it = p.find(k);
    return it == p.end() ? "" : it->second;
}

// The language before we know the user: the dvk_lang cookie, else Vietnamese.
static std::string anonymous_lang(const std::map<std::string, std::string>& params)
{
    auto cookies = parse_cookie_header(param(params, "HTTP_COOKIE"));
    auto it = cookies.find("dvk_lang");
    return Catalog::normalise_lang(it == cookies.end() ? "" : it->second);
}

Response Pipeline::reject(const std::map<std::string, std::string>& params, int status) const
{
    PageContext page;
    page.lang = anonymous_lang(params);
    PageRenderer renderer(page);
    Response res(&renderer);
    res.error_page(status);
    res.set_renderer(nullptr);  // the renderer dies with this frame
    return res;
}

void Pipeline::check_csrf(const Request& req, const Session& s) const
{
    // A browser tells us where a form came from; another site's page must never post here.
    std::string origin = req.header("Origin");
    if (!origin.empty()) {
        std::string host = req.header("Host");
        if (origin != "http://" + host && origin != "https://" + host) {
            log_warn("csrf: foreign Origin " + origin + " on " + req.path() + " from " + req.remote_addr());
            throw HttpError(403, "E_CSRF");
        }
    }
    if (req.header("Sec-Fetch-Site") == "cross-site") {
        log_warn("csrf: cross-site fetch on " + req.path() + " from " + req.remote_addr());
        throw HttpError(403, "E_CSRF");
    }
    auto tokens = req.form_all("csrf_token");
    if (tokens.size() != 1 || s.csrf_token.empty() || !constant_time_equal(tokens[0], s.csrf_token)) {
        log_warn("csrf: missing or wrong token on " + req.path() + " from " + req.remote_addr());
        throw HttpError(403, "E_CSRF");
    }
}

void Pipeline::run_once(const Request& req, Response& res, PageContext& page, Db& db) const
{
    std::time_t now = std::time(nullptr);
    auto repo = sessions_(db);
    Sessions sessions(*repo, policy_);
    Session session = sessions.load(req, now);
    page.session = &session;
    if (session.user) page.lang = Catalog::normalise_lang(session.user->lang);
    PageRenderer renderer(page);
    Response answer(&renderer);
    Context ctx(db, session, sessions, renderer, config_, now);
    try {
        route(req, answer, ctx);
    } catch (const HttpError& e) {
        if (e.status() >= 500) log_error(std::string("request failed: ") + e.what());
        answer.error_page(e.status(), e.message_key());
        if (e.status() == 405) answer.set_header("Allow", e.what());
    }
    // Flash messages are shown once: the page that showed it clears the cookie.
    if (!page.flash_key.empty() && answer.status() == 200) answer.set_cookie("dvk_flash", "", {true, 0});
    answer.set_renderer(nullptr);  // the renderer dies with this frame
    res = std::move(answer);
    page.session = nullptr;
}

void Pipeline::route(const Request& req, Response& res, Context& ctx) const
{
    auto match = router_.match(req.method(), req.path());
    if (!match.route) {
        if (match.path_known) throw HttpError(405, "", match.allowed_methods);
        throw HttpError(404);
    }
    Request routed = req;
    routed.set_path_params(match.params);
    const Session& session = ctx.session();
    if (!match.route->access.allowed(session)) {
        if (session.user || routed.method() != "GET") throw HttpError(403, "E_FORBIDDEN");
        return res.redirect("/login?next=" + url_encode(routed.path_and_query()));
    }
    bool password_page = routed.path() == "/account/password" || routed.path() == "/logout";
    if (session.user && session.user->must_change_password && !password_page) {
        if (routed.method() != "GET") throw HttpError(403, "E_MUST_CHANGE_PASSWORD");
        res.flash("F_MUST_CHANGE_PASSWORD");
        return res.redirect("/account/password");
    }
    if (routed.method() == "POST") check_csrf(routed, session);
    match.route->handler(routed, res, ctx);
}

Response Pipeline::handle(const std::map<std::string, std::string>& params, std::string body, Db& db) const
{
    PageContext page;
    page.lang = anonymous_lang(params);
    db.reset_request();
    Request req;
    try {
        req = Request::parse(params, std::move(body), limits_);
    } catch (const HttpError& e) {
        return reject(params, e.status());
    }
    page.path = req.path();
    if (auto flash = req.cookie("dvk_flash"); flash && req.method() == "GET") page.flash_key = *flash;

    for (int attempt = 0;; ++attempt) {
        Response res;
        try {
            run_once(req, res, page, db);
            return res;
        } catch (const DbUnavailable& e) {
            // A lost connection is retried once on a fresh one, unless a COMMIT may have gone through.
            bool retry = attempt == 0 && !db.commit_attempted();
            log_warn(std::string(retry ? "retrying after: " : "database unavailable: ") + e.what());
            db.disconnect();
            if (!retry) return reject(params, 503);
        } catch (const DbConflict& e) {
            log_warn(std::string("conflict: ") + e.what());
            if (db.in_transaction()) db.rollback();
            return reject(params, 409);
        } catch (const std::exception& e) {
            log_error("unhandled error on " + req.method() + " " + req.path() + ": " + e.what());
            if (db.in_transaction()) db.rollback();
            return reject(params, 500);
        }
    }
}

}  // namespace core
