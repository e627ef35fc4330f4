// Helpers the models pages share: who the user is, scope checks, labels, the list's filter.
#include <algorithm>

#include "cgi-bin/models/pages.h"
#include "core/render.h"
#include "domain/models.h"
#include "store/scope_sql.h"
#include "store/unit_store.h"

namespace models_ui {

domain::Role role_of(const core::Context& ctx)
{
    auto role = domain::parse_role(ctx.user().role);
    if (!role) throw core::HttpError(403, "E_FORBIDDEN");
    return *role;
}

domain::Scope scope_of(const core::Context& ctx) { return domain::scope_for(ctx.user().role, ctx.user().unit_id); }

store::ModelActor actor_of(const core::Request& req, const core::Context& ctx) { return {ctx.user().id, req.remote_addr()}; }

store::Model model_or_404(const core::Request& req, core::Context& ctx)
{
    auto m = store::ModelStore(ctx.db()).find(scope_of(ctx), req.path_id("id"));
    if (!m) throw core::HttpError(404);
    return *m;
}

bool may_write_unit(core::Context& ctx, int64_t unit_id)
{
    bool in_subtree = store::unit_in_scope(ctx.db(), scope_of(ctx), unit_id);
    return domain::may_write_unit(role_of(ctx), ctx.user().unit_id, unit_id, in_subtree);
}

bool may_edit(core::Context& ctx, const store::Model& m)
{
    bool in_subtree = store::unit_in_scope(ctx.db(), scope_of(ctx), m.unit_id);
    return domain::may_edit_model(role_of(ctx), ctx.user().unit_id, m.unit_id, in_subtree, m.status);
}

std::string field_name(const core::Context& ctx, const std::string& name_vi, const std::string& name_en)
{
    return ctx.lang() == "en" && !name_en.empty() ? name_en : name_vi;
}

// A label from the catalog, or the code itself for a value a later change added without a label.
static std::string label(const core::Context& ctx, const std::string& key, const std::string& code)
{
    return core::catalog().has("vi", key) ? ctx.t(key) : code;
}

std::string kind_label(const core::Context& ctx, const std::string& kind) { return label(ctx, "T_M_KIND_" + kind, kind); }

std::string status_label(const core::Context& ctx, const std::string& status)
{
    return label(ctx, "T_M_STATUS_" + status, status);
}

std::string level_label(const core::Context& ctx, const std::string& level)
{
    return label(ctx, "T_M_LEVEL_" + level, level);
}

std::string show_decimal(const core::Context& ctx, const std::string& stored)
{
    std::string s = domain::trim_decimal(stored);
    if (ctx.lang() == "vi") std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

store::ModelFilter filter_from(const core::Request& req, core::Context& ctx)
{
    store::ModelFilter f;
    if (auto y = req.query_int("year"); y && *y >= domain::kMinYear && *y <= domain::kMaxYear)
        f.year = static_cast<int>(*y);
    std::string unit = req.query("unit").value_or("");
    if (!unit.empty()) {
        if (std::all_of(unit.begin(), unit.end(), ::isdigit) && unit.size() < 10) {
            f.unit_id = std::stoll(unit);
        } else if (auto u = store::UnitStore(ctx.db()).find_by_code(unit)) {
            f.unit_id = u->id;
        } else {
            f.unit_id = 0;  // an unknown unit matches nothing, rather than everything
        }
    }
    // Values outside the known sets are dropped: they would match nothing anyway.
    auto pick = [&](const char* name, size_t max) {
        std::string v = req.query(name).value_or("");
        return v.size() <= max ? v : std::string();
    };
    f.level = pick("level", 32);
    f.field = pick("field", 32);
    f.kind = domain::valid_model_kind(pick("kind", 16)) ? pick("kind", 16) : "";
    f.status = domain::valid_model_status(pick("status", 32)) ? pick("status", 32) : "";
    f.q = pick("q", 200);
    static const std::vector<std::string> sorts{"title", "unit", "year", "field", "kind", "status"};
    std::string sort = pick("sort", 16);
    f.sort = std::find(sorts.begin(), sorts.end(), sort) != sorts.end() ? sort : "title";
    f.dir = pick("dir", 4) == "desc" ? "desc" : "asc";
    return f;
}

std::string filter_query(const store::ModelFilter& f, int page)
{
    std::string q;
    auto add = [&](const std::string& k, const std::string& v) {
        if (!v.empty()) q += (q.empty() ? "" : "&") + k + "=" + core::url_encode(v);
    };
    if (f.year) add("year", std::to_string(*f.year));
    if (f.unit_id) add("unit", std::to_string(*f.unit_id));
    add("level", f.level);
    add("field", f.field);
    add("kind", f.kind);
    add("status", f.status);
    add("q", f.q);
    if (f.sort != "title") add("sort", f.sort);
    if (f.dir != "asc") add("dir", f.dir);
    if (page > 1) add("page", std::to_string(page));
    return q;
}

}  // namespace models_ui
