// Helpers the administration pages share: scope, dates, form fields, errors, header, audit.
#include <ctemplate/template.h>

#include <cctype>
#include <ctime>

#include "cgi-bin/admin/pages.h"
#include "core/http_error.h"
#include "core/json.h"
#include "domain/units.h"
#include "store/audit_store.h"
#include "store/campaign_store.h"

namespace admin {

domain::Scope scope(const core::Context& ctx) { return domain::scope_for(ctx.user().role, ctx.user().unit_id); }

std::string today(const core::Context& ctx)
{
    std::time_t t = ctx.now();
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string form_text(const core::Request& req, const std::string& name)
{
    std::string s = req.form(name).value_or("");
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

std::optional<long long> form_int(const core::Request& req, const std::string& name)
{
    std::string s = form_text(req, name);
    if (s.empty() || s.size() > 18) return std::nullopt;
    size_t i = s[0] == '-' ? 1 : 0;
    if (i == s.size()) return std::nullopt;
    for (size_t k = i; k < s.size(); ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return std::nullopt;
    return std::stoll(s);
}

int form_version(const core::Request& req)
{
    auto v = form_int(req, "version");
    if (!v || *v < 0) throw core::HttpError(400);
    return static_cast<int>(*v);
}

void fill_errors(ctemplate::TemplateDictionary& dict, const Errors& errors, const core::Context& ctx)
{
    for (const auto& [field, key] : errors) {
        std::string f;
        for (char c : field) f += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        dict.SetValueAndShowSection(f + "_ERROR", ctx.t(key), f + "_HAS_ERROR");
    }
    if (!errors.empty()) dict.ShowSection("HAS_ERRORS");
}

void fill_admin_header(ctemplate::TemplateDictionary& dict, core::Context& ctx)
{
    if (ctx.user().role == "admin") dict.ShowSection("ADMIN_NAV");
    auto current = store::CampaignStore(ctx.db()).current();
    if (!current) return dict.ShowSection("NO_CURRENT_CAMPAIGN");
    auto* c = dict.AddSectionDictionary("CURRENT_CAMPAIGN");
    c->SetIntValue("CURRENT_CAMPAIGN_ID", current->campaign.id);
    c->SetValue("CURRENT_CAMPAIGN_NUMBER", current->campaign.directive_number);
    c->SetIntValue("CURRENT_YEAR", current->year_now(ctx.now()));
}

void audit(core::Context& ctx, const core::Request& req, const std::string& action, const std::string& entity,
           int64_t id, const std::optional<std::string>& before, const std::optional<std::string>& after)
{
    store::AuditStore(ctx.db()).append({ctx.user().id, req.remote_addr(), action, entity, id, before, after});
}

void stale_form() { throw core::HttpError(409, "E_ADM_STALE_FORM"); }

std::vector<std::pair<const store::Unit*, int>> in_tree_order(const std::vector<store::Unit>& units)
{
    std::vector<std::pair<int64_t, std::optional<int64_t>>> nodes;
    for (const auto& u : units) nodes.emplace_back(u.id, u.parent_id);
    std::vector<std::pair<const store::Unit*, int>> out;
    for (auto [index, depth] : domain::tree_order(nodes)) out.emplace_back(&units[index], depth);
    return out;
}

void fill_unit_options(ctemplate::TemplateDictionary& dict, const std::string& section,
                       const std::vector<store::Unit>& units, std::optional<int64_t> selected)
{
    for (auto [u, depth] : in_tree_order(units)) {
        bool is_selected = selected && *selected == u->id;
        if (u->status != "active" && !is_selected) continue;
        auto* o = dict.AddSectionDictionary(section);
        o->SetIntValue("UNIT_ID", u->id);
        std::string indent;
        for (int i = 0; i < depth; ++i) indent += "\u00a0\u00a0";
        o->SetValue("UNIT_LABEL", indent + u->name + " (" + u->code + ")");
        if (is_selected) o->ShowSection("SELECTED");
    }
}

std::string unit_json(const store::Unit& u)
{
    core::JsonObject j;
    j.add("id", u.id).add("code", u.code).add("name", u.name).add("kind", u.kind).add("level", u.level);
    j.add("status", u.status);
    if (u.parent_id) j.add("parent_id", *u.parent_id); else j.add_null("parent_id");
    if (u.merged_into_id) j.add("merged_into_id", *u.merged_into_id); else j.add_null("merged_into_id");
    j.add("closed_at", u.closed_at);
    return j.str();
}

std::string user_json(const store::User& u)
{
    return core::JsonObject()
        .add("id", u.id)
        .add("login", u.login)
        .add("display_name", u.display_name)
        .add("role", u.role)
        .add("unit_id", u.unit_id)
        .add("unit", u.unit_code)
        .add("lang", u.lang)
        .add("active", u.active)
        .add("must_change_password", u.must_change_password)
        .str();
}

std::string campaign_json(const store::Campaign& c)
{
    return core::JsonObject()
        .add("id", c.id)
        .add("directive_number", c.directive_number)
        .add("title", c.title)
        .add("issuing_body", c.issuing_body)
        .add("start_year", c.start_year)
        .add("end_year", c.end_year)
        .add("is_current", c.is_current)
        .str();
}

std::string field_json(const store::Field& f)
{
    return core::JsonObject()
        .add("id", f.id)
        .add("code", f.code)
        .add("name_vi", f.name_vi)
        .add("name_en", f.name_en)
        .add("sort_order", f.sort_order)
        .add("retired", f.retired)
        .str();
}

}  // namespace admin
