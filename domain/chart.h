// Bar charts drawn on the server: the geometry of a grouped bar chart (bars, value labels, axis
// ticks, group labels) as plain numbers; a template turns them into inline SVG, so every text in the
// chart goes through the template's auto-escaping and no JavaScript is needed, on screen or paper.
#pragma once
#include <string>
#include <vector>

namespace domain {

struct ChartSeries {
    std::string label;
    std::vector<long long> values;  // one per group; missing values count as 0
};

struct ChartInput {
    std::vector<std::string> groups;  // e.g. the years, left to right
    std::vector<ChartSeries> series;  // bars within each group, left to right
    double width = 640, height = 260;
};

struct ChartBar {
    size_t group = 0, series = 0;
    long long value = 0;
    double x = 0, y = 0, w = 0, h = 0;  // the rectangle (y grows downwards, as in SVG)
    double label_x = 0, label_y = 0;    // centre of the value label, above the bar
};

struct ChartTick {
    long long value = 0;
    double y = 0;
};

struct ChartLabel {
    std::string text;
    double x = 0, y = 0;
};

struct BarChart {
    double width = 0, height = 0;
    double left = 0, top = 0, right = 0, bottom = 0;  // the plot area
    long long axis_max = 0;
    std::vector<ChartBar> bars;
    std::vector<ChartTick> ticks;        // from 0 up to axis_max
    std::vector<ChartLabel> group_labels;  // under each group
};

// The smallest "nice" tick step (1, 2, 2.5 or 5 times a power of ten, at least 1) that covers
// max_value in at most `ticks` steps.
long long nice_step(long long max_value, int ticks = 4);
BarChart layout_bar_chart(const ChartInput& in);
// A coordinate as SVG wants it: "12.5", always with '.', at most one decimal.
std::string svg_number(double v);

}  // namespace domain
