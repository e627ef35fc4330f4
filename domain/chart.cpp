// Bar chart geometry for the reports' server-side SVG.
#include "domain/chart.h"

#include <algorithm>
#include <cmath>

namespace domain {

long long nice_step(long long max_value, int ticks)
{
    if (ticks < 1) ticks = 1;
    if (max_value <= 0) return 1;
    for (long long p = 1;; p *= 10) {
        // 2.5 * p is only whole from p = 10 on; below that the steps are 1, 2, 5.
        for (long long s : {p, 2 * p, p >= 10 ? p * 5 / 2 : 5 * p, 5 * p}) {
            if (s * ticks >= max_value) return s;
        }
        if (p > max_value) return p;  // unreachable in practice; keeps the loop finite
    }
}

BarChart layout_bar_chart(const ChartInput& in)
{
    BarChart c;
    c.width = in.width;
    c.height = in.height;
    c.left = 48;
    c.right = in.width - 8;
    c.top = 18;
    c.bottom = in.height - 24;
    long long max_value = 0;
    for (const auto& s : in.series)
        for (long long v : s.values) max_value = std::max(max_value, v);
    long long step = nice_step(max_value);
    c.axis_max = std::max<long long>(step, (max_value + step - 1) / step * step);
    const double plot_h = c.bottom - c.top;
    for (long long v = 0; v <= c.axis_max; v += step)
        c.ticks.push_back({v, c.bottom - plot_h * static_cast<double>(v) / static_cast<double>(c.axis_max)});

    const size_t groups = in.groups.size(), series = std::max<size_t>(1, in.series.size());
    if (groups == 0) return c;
    const double group_w = (c.right - c.left) / static_cast<double>(groups);
    const double pad = group_w * 0.12;
    const double bar_w = (group_w - 2 * pad) / static_cast<double>(series);
    for (size_t g = 0; g < groups; ++g) {
        const double gx = c.left + group_w * static_cast<double>(g);
        c.group_labels.push_back({in.groups[g], gx + group_w / 2, c.bottom + 16});
        for (size_t s = 0; s < in.series.size(); ++s) {
            ChartBar b;
            b.group = g;
            b.series = s;
            b.value = g < in.series[s].values.size() ? in.series[s].values[g] : 0;
            b.w = bar_w * 0.9;
            b.x = gx + pad + bar_w * static_cast<double>(s);
            b.h = plot_h * static_cast<double>(std::max<long long>(0, b.value)) / static_cast<double>(c.axis_max);
            b.y = c.bottom - b.h;
            b.label_x = b.x + b.w / 2;
            b.label_y = b.y - 3;
            c.bars.push_back(b);
        }
    }
    return c;
}

std::string svg_number(double v)
{
    long long tenths = std::llround(v * 10);
    std::string sign = tenths < 0 ? "-" : "";
    tenths = std::llabs(tenths);
    std::string out = sign + std::to_string(tenths / 10);
    if (tenths % 10) out += "." + std::to_string(tenths % 10);
    return out;
}

}  // namespace domain
