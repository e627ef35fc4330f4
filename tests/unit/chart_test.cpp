// Server-drawn bar charts: nice axis steps and bar geometry (domain/chart.h).
#include <boost/test/unit_test.hpp>

#include "domain/chart.h"

using namespace domain;

BOOST_AUTO_TEST_SUITE(chart)

BOOST_AUTO_TEST_CASE(nice_steps_cover_the_maximum_in_four_ticks)
{
    BOOST_TEST(nice_step(746) == 200);
    BOOST_TEST(nice_step(800) == 200);
    BOOST_TEST(nice_step(801) == 250);
    BOOST_TEST(nice_step(22) == 10);
    BOOST_TEST(nice_step(4) == 1);
    BOOST_TEST(nice_step(5) == 2);
    BOOST_TEST(nice_step(0) == 1);
    BOOST_TEST(nice_step(-3) == 1);
    BOOST_TEST(nice_step(1000000) == 250000);
    for (long long v : {1LL, 7LL, 39LL, 155LL, 999LL, 12345LL}) BOOST_TEST(nice_step(v) * 4 >= v);
}

BOOST_AUTO_TEST_CASE(bars_are_proportional_and_stand_on_the_axis)
{
    ChartInput in;
    in.groups = {"2023", "2024"};
    in.series = {{"registered", {746, 400}}, {"recognised", {155, 0}}};
    in.width = 600;
    in.height = 300;
    auto c = layout_bar_chart(in);
    BOOST_TEST(c.axis_max == 800);
    BOOST_TEST(c.bars.size() == 4u);
    BOOST_TEST(c.ticks.size() == 5u);  // 0, 200, 400, 600, 800
    BOOST_TEST(c.ticks.front().y == c.bottom);
    BOOST_TEST(c.ticks.back().y == c.top);
    const double plot_h = c.bottom - c.top;
    for (const auto& b : c.bars) {
        BOOST_TEST(b.y + b.h == c.bottom, boost::test_tools::tolerance(1e-9));
        BOOST_TEST(b.h == plot_h * static_cast<double>(b.value) / 800.0, boost::test_tools::tolerance(1e-9));
        BOOST_TEST(b.x >= c.left);
        BOOST_TEST(b.x + b.w <= c.right);
        BOOST_TEST(b.label_y < b.y);
    }
    BOOST_TEST(c.bars[3].h == 0.0);
    // Groups left to right, series left to right inside a group, no overlap.
    BOOST_TEST(c.bars[0].x + c.bars[0].w <= c.bars[1].x);
    BOOST_TEST(c.bars[1].x + c.bars[1].w <= c.bars[2].x);
    BOOST_TEST(c.group_labels.size() == 2u);
    BOOST_TEST(c.group_labels[1].text == "2024");
}

BOOST_AUTO_TEST_CASE(an_empty_chart_still_has_an_axis)
{
    ChartInput in;
    auto c = layout_bar_chart(in);
    BOOST_TEST(c.bars.empty());
    BOOST_TEST(c.axis_max == 1);
    in.groups = {"2023"};
    in.series = {{"registered", {}}};  // a missing value counts as 0
    c = layout_bar_chart(in);
    BOOST_TEST(c.bars.size() == 1u);
    BOOST_TEST(c.bars[0].value == 0);
}

BOOST_AUTO_TEST_CASE(coordinates_print_with_a_dot_and_one_decimal)
{
    BOOST_TEST(svg_number(12.0) == "12");
    BOOST_TEST(svg_number(12.25) == "12.3");
    BOOST_TEST(svg_number(0.04) == "0");
    BOOST_TEST(svg_number(-3.5) == "-3.5");
    BOOST_TEST(svg_number(1234.56) == "1234.6");
}

BOOST_AUTO_TEST_SUITE_END()
