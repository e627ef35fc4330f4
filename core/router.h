// Method + path pattern -> handler, with the access each route needs. Patterns: "/models/{id}" where
// {id} matches digits and {name} any one segment.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/request.h"
#include "core/response.h"

namespace core {

class Context;
struct Session;

using Handler = std::function<void(const Request&, Response&, Context&)>;

// Who may reach a route. Checked once, centrally, before the handler runs.
struct Access {
    enum Kind { Public, SignedIn, Roles } kind = SignedIn;
    std::vector<std::string> roles;      // for Roles
    bool needs_database = true;          // false only for pages that must work without it
    bool allowed(const Session& s) const;
};

Access public_page();
Access signed_in();
Access roles(std::vector<std::string> allowed);

struct Route {
    std::string method;
    std::string pattern;
    Handler handler;
    Access access;
};

class Router {
public:
    Router(std::initializer_list<Route> routes) : routes_(routes) {}
    Router& add(Route r);

    struct Match {
        const Route* route = nullptr;   // null: no route
        bool path_known = false;        // the path exists for another method: 405
        std::string allowed_methods;
        std::map<std::string, std::string> params;
    };
    Match match(const std::string& method, const std::string& path) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

// Matches one pattern against a path, filling params; exposed for tests.
bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params);

}  // namespace core
