// The recognition funnel's arithmetic: totals, units counts and ratios over the counted records.
#include "domain/funnel.h"

#include <unordered_map>

namespace domain {

const std::vector<FunnelStage>& funnel_stages()
{
    static const std::vector<FunnelStage> s{FunnelStage::Registered, FunnelStage::Recognised, FunnelStage::Proposed,
                                            FunnelStage::RecognisedAbove};
    return s;
}

std::string funnel_stage_code(FunnelStage s)
{
    switch (s) {
    case FunnelStage::Registered: return "registered";
    case FunnelStage::Recognised: return "recognised";
    case FunnelStage::Proposed: return "proposed";
    case FunnelStage::RecognisedAbove: return "recognised_above";
    }
    return "registered";
}

std::optional<FunnelStage> parse_funnel_stage(const std::string& code)
{
    for (auto s : funnel_stages())
        if (funnel_stage_code(s) == code) return s;
    return std::nullopt;
}

long long FunnelFigures::at(FunnelStage s) const
{
    switch (s) {
    case FunnelStage::Registered: return registered;
    case FunnelStage::Recognised: return recognised;
    case FunnelStage::Proposed: return proposed;
    case FunnelStage::RecognisedAbove: return recognised_above;
    }
    return 0;
}

FunnelFigures& FunnelFigures::operator+=(const FunnelFigures& o)
{
    registered += o.registered;
    recognised += o.recognised;
    proposed += o.proposed;
    recognised_above += o.recognised_above;
    return *this;
}

bool operator==(const FunnelFigures& a, const FunnelFigures& b)
{
    return a.registered == b.registered && a.recognised == b.recognised && a.proposed == b.proposed &&
           a.recognised_above == b.recognised_above;
}

FunnelFigures FunnelLine::kind(const std::string& k) const
{
    auto it = by_kind.find(k);
    return it == by_kind.end() ? FunnelFigures{} : it->second;
}

FunnelFigures FunnelLine::field(const std::string& f) const
{
    auto it = by_field.find(f);
    return it == by_field.end() ? FunnelFigures{} : it->second;
}

namespace {
void add(FunnelLine& line, const FunnelCount& c)
{
    line.all += c.figures;
    line.by_kind[c.kind] += c.figures;
    line.by_field[c.field] += c.figures;
}
}  // namespace

Funnel build_funnel(int year, const std::vector<int64_t>& children, const std::vector<FunnelCount>& counts)
{
    Funnel f;
    std::unordered_map<int64_t, size_t> index;
    for (int64_t id : children) {
        if (index.count(id)) continue;  // a child listed twice is reported once
        index[id] = f.lines.size();
        FunnelLine line;
        line.unit_id = id;
        f.lines.push_back(line);
    }
    for (const auto& c : counts) {
        if (c.year != year) continue;
        auto it = index.find(c.unit_id);
        if (it == index.end()) continue;
        add(f.lines[it->second], c);
        add(f.total, c);
    }
    f.units = static_cast<int>(f.lines.size());
    for (const auto& l : f.lines) {
        f.units_registered += l.all.registered > 0;
        f.units_recognised += l.has_recognised();
        f.units_proposed += l.has_proposed();
    }
    return f;
}

bool reported_in_year(int year, const std::string& since, const std::optional<std::string>& closed_on, bool has_models)
{
    if (has_models) return true;
    std::string y = std::to_string(year);
    bool begun = !since.empty() && since.substr(0, 10) <= y + "-12-31";
    bool open = !closed_on || closed_on->substr(0, 10) >= y + "-01-01";
    return begun && open;
}

std::optional<long long> percent_tenths(long long numerator, long long denominator)
{
    if (denominator <= 0 || numerator < 0) return std::nullopt;
    // Integer arithmetic, so 155/746 gives the same 20.8 on every machine: round(1000 n / d).
    return (numerator * 1000 * 2 + denominator) / (denominator * 2);
}

std::string format_tenths(long long tenths, char decimal_mark)
{
    return std::to_string(tenths / 10) + decimal_mark + std::to_string(tenths % 10);
}

std::string format_percent(std::optional<long long> tenths, char decimal_mark)
{
    if (!tenths) return "\xE2\x80\x93";  // en dash
    // A no-break space: a narrow table column must not put the sign on a line of its own.
    return format_tenths(*tenths, decimal_mark) + "\u00a0%";
}

FunnelRatios funnel_ratios(const FunnelFigures& f)
{
    return {percent_tenths(f.recognised, f.registered), percent_tenths(f.proposed, f.recognised),
            percent_tenths(f.recognised_above, f.proposed), percent_tenths(f.recognised_above, f.registered)};
}

}  // namespace domain
