// Method + path pattern -> handler, with the access each route needs.
#include "core/router.h"

#include <algorithm>

#include "core/session.h"

namespace core {

bool Access::allowed(const Session& s) const
{
    switch (kind) {
    case Public: return true;
    case SignedIn: return s.user.has_value();
    case Roles: return s.user && std::find(roles.begin(), roles.end(), s.user->role) != roles.end();
    }
    return false;
}

Access public_page() { return Access{Access::Public, {}, true}; }
Access signed_in() { return Access{Access::SignedIn, {}, true}; }
Access roles(std::vector<std::string> allowed) { return Access{Access::Roles, std::move(allowed), true}; }

Router& Router::add(Route r)
{
    routes_.push_back(std::move(r));
    return *this;
}

static std::vector<std::string> split_path(const std::string& p)
{
    std::vector<std::string> out;
    size_t start = 1;
    while (start <= p.size()) {
        size_t slash = p.find('/', start);
        if (slash == std::string::npos) slash = p.size();
        out.push_back(p.substr(start, slash - start));
        start = slash + 1;
    }
    return out;
}

bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params)
{
    if (pattern == path) return true;
    if (pattern.find('{') == std::string::npos || path.empty() || path[0] != '/') return false;
    auto want = split_path(pattern), got = split_path(path);
    if (want.size() != got.size()) return false;
    std::map<std::string, std::string> found;
    for (size_t i = 0; i < want.size(); ++i) {
        const auto& w = want[i];
        if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
            std::string name = w.substr(1, w.size() - 2);
            if (got[i].empty()) return false;
            if (name == "id" || (name.size() > 3 && name.compare(name.size() - 3, 3, "_id") == 0)) {
                if (got[i].size() > 18 || !std::all_of(got[i].begin(), got[i].end(), ::isdigit)) return false;
            }
            found[name] = got[i];
        } else if (w != got[i]) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

Router::Match Router::match(const std::string& method, const std::string& path) const
{
    Match m;
    for (const auto& r : routes_) {
        std::map<std::string, std::string> params;
        if (!match_pattern(r.pattern, path, params)) continue;
        if (r.method == method) {
            m.route = &r;
            m.params = std::move(params);
            return m;
        }
        m.path_known = true;
        if (m.allowed_methods.find(r.method) == std::string::npos)
            m.allowed_methods += (m.allowed_methods.empty() ? "" : ", ") + r.method;
    }
    return m;
}

}  // namespace core
