// The funnel's arithmetic: totals, splits, "x of n units", marks and ratios (domain/funnel.h).
#include <boost/test/unit_test.hpp>

#include "domain/funnel.h"

using namespace domain;

namespace {
FunnelCount count(int year, int64_t unit, const char* kind, const char* field, long long reg, long long rec,
                  long long prop, long long above)
{
    FunnelCount c;
    c.year = year;
    c.unit_id = unit;
    c.kind = kind;
    c.field = field;
    c.figures = {reg, rec, prop, above};
    return c;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(domain_funnel)

BOOST_AUTO_TEST_CASE(totals_units_and_splits_add_up)
{
    std::vector<FunnelCount> counts{
        count(2023, 1, "collective", "economy", 10, 4, 2, 1),
        count(2023, 1, "individual", "economy", 3, 1, 1, 1),
        count(2023, 1, "collective", "culture_society", 5, 2, 0, 0),
        count(2023, 2, "collective", "economy", 7, 0, 0, 0),  // unit 2: registered only
        count(2023, 3, "individual", "defence_security", 2, 2, 0, 0),  // unit 3: recognised, not proposed
        count(2022, 1, "collective", "economy", 100, 100, 100, 100),   // another year: ignored
        count(2023, 99, "collective", "economy", 100, 100, 100, 100),  // not a listed child: ignored
    };
    auto f = build_funnel(2023, {1, 2, 3, 4}, counts);
    BOOST_TEST(f.units == 4);
    BOOST_TEST(f.lines.size() == 4u);
    BOOST_TEST((f.total.all == FunnelFigures{27, 9, 3, 2}));
    BOOST_TEST(f.units_registered == 3);
    BOOST_TEST(f.units_recognised == 2);
    BOOST_TEST(f.units_proposed == 1);
    BOOST_TEST((f.lines[0].all == FunnelFigures{18, 7, 3, 2}));
    BOOST_TEST((f.lines[0].kind("collective") == FunnelFigures{15, 6, 2, 1}));
    BOOST_TEST((f.lines[0].kind("individual") == FunnelFigures{3, 1, 1, 1}));
    BOOST_TEST((f.lines[0].field("economy") == FunnelFigures{13, 5, 3, 2}));
    BOOST_TEST((f.lines[0].field("political_system") == FunnelFigures{}));
    BOOST_TEST(!f.lines[1].has_recognised());
    BOOST_TEST(!f.lines[1].has_proposed());
    BOOST_TEST(f.lines[2].has_recognised());
    BOOST_TEST(!f.lines[2].has_proposed());
    BOOST_TEST((f.lines[3].all == FunnelFigures{}));  // a child without models still has its line
    BOOST_TEST(f.lines[3].unit_id == 4);
    BOOST_TEST((f.total.kind("collective") == FunnelFigures{22, 6, 2, 1}));
    BOOST_TEST((f.total.field("defence_security") == FunnelFigures{2, 2, 0, 0}));
}

BOOST_AUTO_TEST_CASE(lines_keep_the_order_the_children_were_given)
{
    auto f = build_funnel(2023, {3, 1, 2, 1}, {count(2023, 2, "collective", "economy", 1, 0, 0, 0)});
    BOOST_TEST(f.lines.size() == 3u);  // the duplicate is reported once
    BOOST_TEST(f.lines[0].unit_id == 3);
    BOOST_TEST(f.lines[1].unit_id == 1);
    BOOST_TEST(f.lines[2].unit_id == 2);
    BOOST_TEST(f.lines[2].all.registered == 1);
}

BOOST_AUTO_TEST_CASE(the_article_figures_give_the_article_ratios)
{
    // 746 registered, 155 recognised at district level, 39 proposed, 22 recognised by the province.
    FunnelFigures bt{746, 155, 39, 22};
    auto r = funnel_ratios(bt);
    BOOST_TEST(*r.recognised_of_registered == 208);  // 20.78 %
    BOOST_TEST(*r.proposed_of_recognised == 252);    // 25.16 %
    BOOST_TEST(*r.above_of_proposed == 564);         // 56.41 %
    BOOST_TEST(*r.above_of_registered == 29);        // 2.95 % -> 2.9
    BOOST_TEST(format_percent(r.recognised_of_registered, ',') == "20,8\u00a0%");
    BOOST_TEST(format_percent(r.above_of_proposed, '.') == "56.4\u00a0%");
}

BOOST_AUTO_TEST_CASE(percentages_round_half_up_and_never_divide_by_zero)
{
    BOOST_TEST(*percent_tenths(1, 8) == 125);     // 12.5 exactly
    BOOST_TEST(*percent_tenths(1, 16) == 63);     // 6.25 -> 6.3
    BOOST_TEST(*percent_tenths(2, 3) == 667);     // 66.67 -> 66.7
    BOOST_TEST(*percent_tenths(13, 14) == 929);   // 92.86 -> 92.9
    BOOST_TEST(*percent_tenths(0, 5) == 0);
    BOOST_TEST(*percent_tenths(5, 5) == 1000);
    BOOST_TEST(!percent_tenths(3, 0).has_value());
    BOOST_TEST(format_percent(std::nullopt, ',') == "\xE2\x80\x93");
    BOOST_TEST(format_percent(1000, ',') == "100,0\u00a0%");
    BOOST_TEST(format_percent(5, '.') == "0.5\u00a0%");
    auto none = funnel_ratios(FunnelFigures{});
    BOOST_TEST(!none.recognised_of_registered.has_value());
    BOOST_TEST(!none.above_of_proposed.has_value());
}

BOOST_AUTO_TEST_CASE(a_unit_is_reported_in_the_years_it_existed_or_has_models)
{
    BOOST_TEST(reported_in_year(2023, "2021-05-01", std::nullopt, false));
    BOOST_TEST(reported_in_year(2023, "2023-12-31", std::nullopt, false));
    BOOST_TEST(!reported_in_year(2023, "2024-01-01", std::nullopt, false));  // created later
    BOOST_TEST(reported_in_year(2023, "2026-11-23", std::nullopt, true));    // entered later, has 2023 models
    BOOST_TEST(reported_in_year(2023, "2020-01-01", std::string("2023-01-01"), false));
    BOOST_TEST(!reported_in_year(2023, "2020-01-01", std::string("2022-12-31"), false));  // closed before
    BOOST_TEST(!reported_in_year(2023, "", std::nullopt, false));
}

BOOST_AUTO_TEST_CASE(stage_codes_round_trip)
{
    for (auto s : funnel_stages()) BOOST_TEST((parse_funnel_stage(funnel_stage_code(s)) == s));
    BOOST_TEST(!parse_funnel_stage("recognised; DROP").has_value());
    BOOST_TEST(!parse_funnel_stage("").has_value());
    FunnelFigures f{4, 3, 2, 1};
    BOOST_TEST(f.at(FunnelStage::Registered) == 4);
    BOOST_TEST(f.at(FunnelStage::RecognisedAbove) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
