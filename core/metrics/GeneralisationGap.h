// The generalisation gap of METRICS.md §2 (delta_l): per configuration
// ΔL(λ) = L_test(λ) − L_train(λ), with summary statistics over the
// configurations both landscapes hold.
#pragma once

#include <cstdint>
#include <vector>

namespace hplx {

struct GeneralisationGap
{
    std::vector<double> gap; // per configuration id; NaN where either loss is missing
    std::uint64_t compared = 0;
    double mean = 0.0;
    double median = 0.0;
    double stddev = 0.0; // population standard deviation
    double min = 0.0;
    double max = 0.0;
    double positiveShare = 0.0; // share of configurations with test loss above train loss
    double spearman = 0.0;      // rank agreement of train and test losses
};

// train, test: one loss per configuration id of the same space. Throws
// Error(InvalidArgument) for different lengths or no common configuration.
GeneralisationGap generalisationGap(const std::vector<double> &train, const std::vector<double> &test);

} // namespace hplx
