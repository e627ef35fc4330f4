// The reports area: the recognition funnel (with its trend over the campaign's years), the models
// behind one of its numbers, compliance with the schedule, replications; each with CSV and XLSX.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/context.h"
#include "core/request.h"
#include "core/response.h"
#include "domain/funnel.h"
#include "domain/scope.h"
#include "store/report_store.h"

void reports_index(const core::Request& req, core::Response& res, core::Context& ctx);
void funnel_page(const core::Request& req, core::Response& res, core::Context& ctx);
void funnel_csv(const core::Request& req, core::Response& res, core::Context& ctx);
void funnel_xlsx(const core::Request& req, core::Response& res, core::Context& ctx);
void funnel_models_page(const core::Request& req, core::Response& res, core::Context& ctx);
void compliance_page(const core::Request& req, core::Response& res, core::Context& ctx);
void compliance_csv(const core::Request& req, core::Response& res, core::Context& ctx);
void compliance_xlsx(const core::Request& req, core::Response& res, core::Context& ctx);
void replications_page(const core::Request& req, core::Response& res, core::Context& ctx);
void replications_csv(const core::Request& req, core::Response& res, core::Context& ctx);
void replications_xlsx(const core::Request& req, core::Response& res, core::Context& ctx);

// ---- shared by the pages (common.cpp) ---------------------------------------------------------
namespace reports_ui {

domain::Scope scope_of(const core::Context& ctx);
// The year asked for ("year", 2000-2100), else the current campaign's year for today.
int year_of(const core::Request& req, core::Context& ctx);
// The campaign's years (start..end) around `year`; just `year` when there is no campaign.
std::pair<int, int> campaign_years(core::Context& ctx, int year);
// The unit a report is about: "unit" (id or code) when within the scope (404 otherwise); else the
// top of the tree for those who see everything, the user's own unit for the others.
store::ReportUnit unit_of(const core::Request& req, core::Context& ctx);

std::string number(const core::Context& ctx, long long n);
std::string percent(const core::Context& ctx, std::optional<long long> tenths);
std::string kind_label(const core::Context& ctx, const std::string& kind);
std::string level_label(const core::Context& ctx, const std::string& level);
std::string field_label(const core::Context& ctx, const std::string& name_vi, const std::string& name_en);
std::string stage_label(const core::Context& ctx, domain::FunnelStage s);
// "Bắt đầu 'Recognised at district level'": the stage's name for a parent at `parent_level`.
std::string iso_today(const core::Context& ctx);

// Sends a CSV body (BOM, CRLF lines) as a download.
void send_csv(core::Response& res, const std::string& filename, const std::vector<std::vector<std::string>>& rows);

// Everything the funnel page and its exports show, read with one counting query.
struct FunnelReport {
    int year = 0, first_year = 0, last_year = 0;
    store::ReportUnit parent;
    std::vector<store::ReportUnit> children;
    std::vector<store::ReportField> fields;
    domain::Funnel funnel;                            // the chosen year
    std::vector<std::pair<int, domain::Funnel>> trend;  // every campaign year, oldest first
};
FunnelReport load_funnel(const core::Request& req, core::Context& ctx);

}  // namespace reports_ui
