// Similarity of two landscapes over the same configurations (METRICS.md §3),
// computed on the configurations both hold.
#pragma once

#include <cstdint>
#include <vector>

namespace hplx {

struct SimilarityOptions
{
    double gamma = 0.1;      // share of configurations in a top set (gamma_set)
    double shakeupTop = 0.1; // share of the reference landscape's best for shakeup "top"
};

struct SimilarityResult
{
    SimilarityOptions options;
    std::uint64_t compared = 0; // configurations evaluated in both
    std::uint64_t topSize = 0;  // size of each top-gamma set
    double spearman = 0.0;
    double shakeupAll = 0.0;   // mean |r_a - r_b| / n over all compared configurations
    double shakeupTop = 0.0;   // the same over the top shakeupTop share of landscape a
    double gammaIoU = 0.0;     // |A ∩ B| / |A ∪ B| of the top-gamma sets
    double gammaOverlap = 0.0; // |A ∩ B| / |A|
};

// a, b: one loss per configuration id (same space), NaN where not evaluated.
// Top sets hold the ceil(share * n) lowest losses, ties broken by lower id.
// Throws Error(InvalidArgument) for different lengths, fewer than 2 common
// configurations, or shares outside (0, 1].
SimilarityResult compareLandscapes(const std::vector<double> &a, const std::vector<double> &b,
                                   const SimilarityOptions &options = {});

} // namespace hplx
