#include "charts/BoxStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hplx {

double quantileType7(const std::vector<double> &sorted, double p)
{
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    if (lower + 1 >= sorted.size())
        return sorted.back();
    return sorted[lower] + (h - static_cast<double>(lower)) * (sorted[lower + 1] - sorted[lower]);
}

BoxStatistics boxStatistics(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    BoxStatistics box;
    box.count = values.size();
    if (values.empty()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        box.minimum = box.lowerWhisker = box.lowerQuartile = box.median = nan;
        box.upperQuartile = box.upperWhisker = box.maximum = nan;
        return box;
    }
    std::sort(values.begin(), values.end());
    box.minimum = values.front();
    box.maximum = values.back();
    box.lowerQuartile = quantileType7(values, 0.25);
    box.median = quantileType7(values, 0.5);
    box.upperQuartile = quantileType7(values, 0.75);
    const double reach = 1.5 * (box.upperQuartile - box.lowerQuartile);
    const double lowFence = box.lowerQuartile - reach;
    const double highFence = box.upperQuartile + reach;
    // The quartiles lie inside the fences, so both searches find a value.
    box.lowerWhisker = *std::lower_bound(values.begin(), values.end(), lowFence);
    box.upperWhisker = *(std::upper_bound(values.begin(), values.end(), highFence) - 1);
    for (double v : values) {
        if (v >= lowFence && v <= highFence)
            continue;
        ++box.outlierCount;
        if (box.outliers.empty() || box.outliers.back() != v)
            box.outliers.push_back(v);
    }
    return box;
}

} // namespace hplx
