#include "metrics/Statistics.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <string>
#include <utility>

namespace hplx {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool allEqual(const std::vector<double> &values)
{
    return std::all_of(values.begin(), values.end(), [&](double v) { return v == values.front(); });
}

bool anyNaN(const std::vector<double> &values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); });
}

} // namespace

std::vector<double> averageRanks(const std::vector<double> &values)
{
    // std::sort needs a strict weak order, which NaN breaks (undefined behaviour).
    if (anyNaN(values))
        throw Error(ErrorKind::InvalidArgument, "ranks are undefined for NaN values");

    // Sorting (value, position) pairs keeps the comparisons in cache; an index
    // sort reading values[] at random is about twice as slow at a million values.
    std::vector<std::pair<double, std::size_t>> order(values.size());
    for (std::size_t k = 0; k < values.size(); ++k)
        order[k] = {values[k], k};
    std::sort(order.begin(), order.end(), [](const auto &l, const auto &r) { return l.first < r.first; });

    std::vector<double> ranks(values.size());
    for (std::size_t begin = 0; begin < order.size();) {
        std::size_t end = begin + 1;
        while (end < order.size() && order[end].first == order[begin].first)
            ++end;
        // Positions begin+1 .. end (1-based) share their mean.
        const double rank = 0.5 * (static_cast<double>(begin + 1) + static_cast<double>(end));
        for (std::size_t k = begin; k < end; ++k)
            ranks[order[k].second] = rank;
        begin = end;
    }
    return ranks;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size())
        throw Error(ErrorKind::InvalidArgument, "pearson correlation of vectors of different lengths ("
                                                    + std::to_string(x.size()) + " and " + std::to_string(y.size())
                                                    + ")");
    if (x.size() < 2)
        return kNaN;
    // Checked exactly: a computed mean of equal values need not equal them, which
    // would leave rounding noise as a fake spread.
    if (allEqual(x) || allEqual(y))
        return kNaN;

    const double n = static_cast<double>(x.size());
    const double meanX = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxx = 0.0;
    double syy = 0.0;
    double sxy = 0.0;
    for (std::size_t k = 0; k < x.size(); ++k) {
        const double dx = x[k] - meanX;
        const double dy = y[k] - meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    if (std::isnan(sxy) || std::isnan(sxx) || std::isnan(syy))
        return kNaN;
    if (sxx == 0.0 || syy == 0.0)
        return kNaN;
    // Separate square roots: sxx * syy can overflow for heavy-tailed losses.
    const double r = sxy / (std::sqrt(sxx) * std::sqrt(syy));
    return std::clamp(r, -1.0, 1.0);
}

double spearman(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size())
        throw Error(ErrorKind::InvalidArgument, "spearman correlation of vectors of different lengths ("
                                                    + std::to_string(x.size()) + " and " + std::to_string(y.size())
                                                    + ")");
    if (x.size() < 2 || anyNaN(x) || anyNaN(y))
        return kNaN;
    return pearson(averageRanks(x), averageRanks(y));
}

} // namespace hplx
