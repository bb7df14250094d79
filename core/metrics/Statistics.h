// Rank and correlation helpers shared by the metrics (METRICS.md: ranks are
// average ranks for ties, 1 = lowest value).
#pragma once

#include <vector>

namespace hplx {

// 1-based average ranks: the smallest value gets 1, tied values share the
// mean of their positions. Values must not be NaN.
std::vector<double> averageRanks(const std::vector<double> &values);

// Pearson correlation; NaN when fewer than 2 pairs or either side is constant.
double pearson(const std::vector<double> &x, const std::vector<double> &y);

// Spearman correlation = Pearson correlation of the average ranks.
double spearman(const std::vector<double> &x, const std::vector<double> &y);

} // namespace hplx
