// The recognition funnel: registered -> recognised at own level -> proposed upward -> recognised
// above, per child unit of a chosen unit and in total, split by kind and by field; the arithmetic
// (totals, "x of n units", ratios) as pure code over the counts the report store reads.
//
// Definitions, for child unit C of parent unit P in year Y (README.md repeats them for users):
//  - C's models: the models of year Y whose unit lies in C's subtree (unit_closure) AND sits at C's
//    level. Grassroots models under a district are not district-level registrations; a unit merged
//    and re-hung under its successor counts for the successor.
//  - registered: how many of C's models there are.
//  - recognised at own level: those with a recognition at C's level.
//  - proposed: those with a proposal from a unit of C's subtree to P in state submitted, returned,
//    recognised or not_recognised (a draft was never sent; a withdrawn one was taken back).
//  - recognised above: those with a recognition at P's level.
//  - units that recognised / proposed: children with at least one model recognised / proposed.
// Every figure is counted from the records on each request; no total is ever stored.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace domain {

enum class FunnelStage { Registered, Recognised, Proposed, RecognisedAbove };
const std::vector<FunnelStage>& funnel_stages();
std::string funnel_stage_code(FunnelStage s);  // "registered", "recognised", "proposed", "recognised_above"
std::optional<FunnelStage> parse_funnel_stage(const std::string& code);

// The four counts of one cell of the funnel.
struct FunnelFigures {
    long long registered = 0, recognised = 0, proposed = 0, recognised_above = 0;
    long long at(FunnelStage s) const;
    FunnelFigures& operator+=(const FunnelFigures& o);
};
bool operator==(const FunnelFigures& a, const FunnelFigures& b);

// One row of the store's GROUP BY: the counts of one child unit's models of one kind and one field.
struct FunnelCount {
    int year = 0;
    int64_t unit_id = 0;  // the child unit
    std::string kind;     // "collective" | "individual"
    std::string field;    // field code
    FunnelFigures figures;
};

// One line of the report: a child unit (or the total) with its splits.
struct FunnelLine {
    int64_t unit_id = 0;  // 0 for the total
    FunnelFigures all;
    std::map<std::string, FunnelFigures> by_kind;   // kind -> figures (kinds without models absent)
    std::map<std::string, FunnelFigures> by_field;  // field code -> figures
    bool has_recognised() const { return all.recognised > 0; }
    bool has_proposed() const { return all.proposed > 0; }
    FunnelFigures kind(const std::string& k) const;
    FunnelFigures field(const std::string& f) const;
};

struct Funnel {
    std::vector<FunnelLine> lines;  // one per child, in the order the children were given
    FunnelLine total;
    int units = 0;              // children reported
    int units_recognised = 0;   // children with >= 1 model recognised at their own level
    int units_proposed = 0;     // children with >= 1 model proposed upward
    int units_registered = 0;   // children with >= 1 model registered
};

// Builds the report of one year: one line per child (children without any count get a line of
// zeros), the total, and the units counts. Counts of other years or of units not listed are ignored.
Funnel build_funnel(int year, const std::vector<int64_t>& children, const std::vector<FunnelCount>& counts);

// Whether a child unit is reported for `year`: it existed then (its first name dates from before the
// year's end — `since`, ISO — and it was not closed before the year began), or it has models in that
// year whatever its recorded dates say (units entered into the system after the fact).
bool reported_in_year(int year, const std::string& since, const std::optional<std::string>& closed_on, bool has_models);

// A ratio as a percentage with one decimal, rounded half up: 155 of 746 -> 208 (tenths of a percent).
// Absent when the denominator is 0 (shown as a dash, never as a division by zero).
std::optional<long long> percent_tenths(long long numerator, long long denominator);
// "20,8 %" (decimal_mark ',') or "20.8 %" ('.'), with a no-break space; "–" when absent.
std::string format_percent(std::optional<long long> tenths, char decimal_mark);
// The bare number, "20.8", for exports that programs read.
std::string format_tenths(long long tenths, char decimal_mark);

// The ratios the report shows, each against the stage before it, plus recognised above / registered.
struct FunnelRatios {
    std::optional<long long> recognised_of_registered, proposed_of_recognised, above_of_proposed,
        above_of_registered;
};
FunnelRatios funnel_ratios(const FunnelFigures& f);

}  // namespace domain
