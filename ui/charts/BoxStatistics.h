// Five-number summaries for box plots, free of any GUI so they can be tested
// on hand-worked value lists.
//
// Quartiles use linear interpolation between order statistics (Hyndman & Fan
// type 7, the default of R's quantile() and NumPy's percentile): for n sorted
// values x[0..n-1] the p-quantile is x[h] + (h - floor h)(x[floor h + 1] -
// x[floor h]) with h = (n - 1) p. Whiskers (Tukey) reach the most extreme
// values inside [Q1 - 1.5 IQR, Q3 + 1.5 IQR]; values outside are outliers.
#pragma once

#include <cstddef>
#include <vector>

namespace hplx {

struct BoxStatistics
{
    std::size_t count = 0; // values summarised (NaN excluded)
    double minimum = 0.0;
    double lowerWhisker = 0.0; // smallest value >= Q1 - 1.5 IQR
    double lowerQuartile = 0.0;
    double median = 0.0;
    double upperQuartile = 0.0;
    double upperWhisker = 0.0; // largest value <= Q3 + 1.5 IQR
    double maximum = 0.0;
    // Distinct values outside the whiskers, ascending (ties drawn once).
    std::vector<double> outliers;
    std::size_t outlierCount = 0; // with multiplicity
};

// p in [0, 1]; sorted: ascending, without NaN, not empty.
double quantileType7(const std::vector<double> &sorted, double p);

// NaN values are ignored; all fields are NaN when no value remains.
BoxStatistics boxStatistics(std::vector<double> values);

} // namespace hplx
