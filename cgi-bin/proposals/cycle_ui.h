// Small helpers the recognition cycle's pages share (proposals, reviews and recognitions, and the
// evaluation pages in the models program): who acts, their scope, the year asked for, labels.
#pragma once
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "core/context.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/roles.h"
#include "domain/scope.h"
#include "store/recognition_store.h"
#include "store/scope_sql.h"

namespace cycle_ui {

inline domain::Role role_of(const core::Context& ctx)
{
    auto role = domain::parse_role(ctx.user().role);
    if (!role) throw core::HttpError(403, "E_FORBIDDEN");
    return *role;
}

inline domain::Scope scope_of(const core::Context& ctx) { return domain::scope_for(ctx.user().role, ctx.user().unit_id); }

inline store::CycleActor actor_of(const core::Request& req, const core::Context& ctx)
{
    return store::make_actor(ctx.user().id, req.remote_addr(), ctx.now());
}

inline std::string today(const core::Context& ctx) { return store::make_actor(0, "", ctx.now()).today(); }

// A whole number typed in a form or query ("" or junk: absent).
inline std::optional<long long> to_int(const std::optional<std::string>& s)
{
    if (!s || s->empty() || s->size() > 12) return std::nullopt;
    if (!std::all_of(s->begin(), s->end(), [](unsigned char c) { return std::isdigit(c); })) return std::nullopt;
    return std::stoll(*s);
}

// The year asked for (query or form "year", 2000-2100), else the cycle year.
inline int year_of(const core::Request& req, core::Context& ctx)
{
    auto y = to_int(req.query("year"));
    if (!y) y = to_int(req.form("year"));
    if (y && *y >= 2000 && *y <= 2100) return static_cast<int>(*y);
    return store::RecognitionStore(ctx.db()).cycle_year(today(ctx));
}

// The unit a page is about: the "unit" parameter (id or code) when it lies within the user's scope
// (404 otherwise), else the user's own unit.
inline store::UnitInfo unit_of(const core::Request& req, core::Context& ctx)
{
    store::RecognitionStore rs(ctx.db());
    std::string u = req.query("unit").value_or(req.form("unit").value_or(""));
    std::optional<store::UnitInfo> unit;
    if (u.empty()) unit = rs.unit(ctx.user().unit_id);
    else if (auto id = to_int(u)) unit = rs.unit(*id);
    else unit = rs.unit_by_code(u);
    if (!unit || !store::unit_in_scope(ctx.db(), scope_of(ctx), unit->id)) throw core::HttpError(404);
    return *unit;
}

// A label from the catalog (key prefix + code), or the code itself when the catalog has none.
inline std::string label(const core::Context& ctx, const std::string& prefix, const std::string& code)
{
    std::string key = prefix + code;
    return core::catalog().has("vi", key) ? ctx.t(key) : code;
}
inline std::string state_label(const core::Context& ctx, const std::string& s) { return label(ctx, "T_CY_STATE_", s); }
inline std::string rating_label(const core::Context& ctx, const std::string& r) { return label(ctx, "T_CY_RATING_", r); }
inline std::string level_label(const core::Context& ctx, const std::string& l) { return label(ctx, "T_CY_LEVEL_", l); }
inline std::string kind_label(const core::Context& ctx, const std::string& k) { return label(ctx, "T_CY_KIND_", k); }
inline std::string model_status_label(const core::Context& ctx, const std::string& s)
{
    return label(ctx, "T_CY_MSTATUS_", s);
}

inline std::string date(const std::string& iso) { return core::format_date(iso); }
inline std::string datetime(const std::optional<std::string>& iso) { return iso ? core::format_datetime(*iso) : ""; }

// Every id posted under `name` that is a whole number.
inline std::vector<int64_t> ids_of(const core::Request& req, const std::string& name)
{
    std::vector<int64_t> out;
    for (const auto& v : req.form_all(name))
        if (auto id = to_int(v)) out.push_back(*id);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace cycle_ui
