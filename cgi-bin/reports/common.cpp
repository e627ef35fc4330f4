// What the report pages share: scope, year and unit from the request, labels, numbers, CSV output,
// and the funnel report read once for the page and both exports.
#include <algorithm>
#include <ctime>
#include <set>

#include "cgi-bin/reports/pages.h"
#include "core/http_error.h"
#include "core/render.h"
#include "domain/csv.h"
#include "store/campaign_store.h"

namespace reports_ui {

domain::Scope scope_of(const core::Context& ctx) { return domain::scope_for(ctx.user().role, ctx.user().unit_id); }

namespace {
int calendar_year(const core::Context& ctx)
{
    std::time_t now = ctx.now();
    std::tm tm{};
    localtime_r(&now, &tm);
    return tm.tm_year + 1900;
}
}  // namespace

int year_of(const core::Request& req, core::Context& ctx)
{
    if (auto y = req.query_int("year"); y && *y >= 2000 && *y <= 2100) return static_cast<int>(*y);
    if (auto c = store::CampaignStore(ctx.db()).current()) return c->year_for(calendar_year(ctx));
    return calendar_year(ctx);
}

std::pair<int, int> campaign_years(core::Context& ctx, int year)
{
    auto c = store::CampaignStore(ctx.db()).current();
    if (!c || year < c->campaign.start_year || year > c->campaign.end_year) return {year, year};
    return {c->campaign.start_year, c->campaign.end_year};
}

store::ReportUnit unit_of(const core::Request& req, core::Context& ctx)
{
    store::ReportStore rs(ctx.db());
    auto scope = scope_of(ctx);
    std::string asked = req.query("unit").value_or("");
    std::optional<store::ReportUnit> u;
    if (!asked.empty()) u = rs.unit(scope, asked);
    else if (scope.everything) u = rs.root();
    else u = rs.unit(scope, ctx.user().unit_id);
    if (!u) throw core::HttpError(404);
    return *u;
}

std::string number(const core::Context& ctx, long long n) { return core::format_number(n, ctx.lang()); }

std::string percent(const core::Context& ctx, std::optional<long long> tenths)
{
    return domain::format_percent(tenths, ctx.lang() == "en" ? '.' : ',');
}

namespace {
std::string label(const core::Context& ctx, const std::string& key, const std::string& fallback)
{
    return core::catalog().has("vi", key) ? ctx.t(key) : fallback;
}
}  // namespace

std::string kind_label(const core::Context& ctx, const std::string& kind) { return label(ctx, "T_RP_KIND_" + kind, kind); }
std::string level_label(const core::Context& ctx, const std::string& level)
{
    return label(ctx, "T_RP_LEVEL_" + level, level);
}
std::string field_label(const core::Context& ctx, const std::string& name_vi, const std::string& name_en)
{
    return ctx.lang() == "en" && !name_en.empty() ? name_en : name_vi;
}
std::string stage_label(const core::Context& ctx, domain::FunnelStage s)
{
    return ctx.t("T_RP_STAGE_" + domain::funnel_stage_code(s));
}

std::string iso_today(const core::Context& ctx)
{
    std::time_t now = ctx.now();
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

void send_csv(core::Response& res, const std::string& filename, const std::vector<std::vector<std::string>>& rows)
{
    std::string out = domain::kUtf8Bom;
    for (const auto& r : rows) {
        // A spreadsheet would run a cell starting with = + - @ as a formula: such text gets a quote.
        std::vector<std::string> safe;
        for (const auto& v : r) {
            bool formula = !v.empty() && std::string("=+-@\t\r").find(v[0]) != std::string::npos &&
                           !std::all_of(v.begin() + 1, v.end(), ::isdigit);
            safe.push_back(formula ? "'" + v : v);
        }
        out += domain::csv_line(safe);
    }
    res.attachment("text/csv; charset=utf-8", filename, std::move(out));
}

FunnelReport load_funnel(const core::Request& req, core::Context& ctx)
{
    FunnelReport r;
    r.year = year_of(req, ctx);
    r.parent = unit_of(req, ctx);
    std::tie(r.first_year, r.last_year) = campaign_years(ctx, r.year);
    store::ReportStore rs(ctx.db());
    r.children = rs.children(r.parent.id, r.first_year);
    r.fields = rs.fields();
    // One query for every year of the campaign: the chosen year's funnel and the trend come from it.
    auto counts = rs.funnel_counts(scope_of(ctx), r.parent, r.first_year, r.last_year);
    auto ids_in = [&](int year) {
        std::set<int64_t> with_models;
        for (const auto& c : counts)
            if (c.year == year && c.figures.registered > 0) with_models.insert(c.unit_id);
        std::vector<int64_t> ids;
        for (const auto& c : r.children)
            if (domain::reported_in_year(year, c.since, c.closed_on, with_models.count(c.id) > 0)) ids.push_back(c.id);
        return ids;
    };
    auto year_ids = ids_in(r.year);
    std::vector<store::ReportUnit> shown;
    for (const auto& c : r.children)
        if (std::find(year_ids.begin(), year_ids.end(), c.id) != year_ids.end()) shown.push_back(c);
    r.children = shown;
    r.funnel = domain::build_funnel(r.year, year_ids, counts);
    for (int y = r.first_year; y <= r.last_year; ++y) r.trend.emplace_back(y, domain::build_funnel(y, ids_in(y), counts));
    return r;
}

}  // namespace reports_ui

// /reports: the funnel is the reports' first page.
void reports_index(const core::Request&, core::Response& res, core::Context&) { res.redirect("/reports/funnel"); }
