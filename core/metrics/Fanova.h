// Exact functional ANOVA on a complete grid (METRICS.md §4): the variance of
// every main effect and pairwise interaction as a share of the total variance,
// with the configurations weighted uniformly.
#pragma once

#include "space/Landscape.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hplx {

enum class LossScale {
    Raw,  // the losses as stored
    Log,  // natural log; every loss must be > 0
    Rank, // average ranks (robust to heavy tails such as FC-Net's MSE)
};

struct FanovaOptions
{
    LossScale scale = LossScale::Raw;
    bool pairs = true; // also every pairwise interaction
};

struct FanovaTerm
{
    std::vector<std::size_t> hps; // one HP index (main effect) or two (interaction)
    double variance = 0.0;
    double share = 0.0; // variance / total variance (0 for a constant landscape)
};

struct FanovaResult
{
    FanovaOptions options;
    double mean = 0.0;
    double totalVariance = 0.0;      // population variance of the (scaled) losses
    bool constant = false;           // total variance 0: every share is 0
    std::vector<FanovaTerm> singles; // one per HP, in HP order
    std::vector<FanovaTerm> pairs;   // (i, j), i < j, in lexicographic order
};

// Throws Error(InvalidData) for a partial landscape (the exact decomposition
// needs every cell; the message says so) or non-positive losses on the log scale.
FanovaResult functionalAnova(const Landscape &landscape, const FanovaOptions &options = {});

std::string toString(LossScale scale);

} // namespace hplx
