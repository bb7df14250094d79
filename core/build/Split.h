// The evaluation protocol's index sets: a stratified hold-out test split,
// a stratified subsample of the training part (the data-fraction fidelity)
// and k folds over it. All are deterministic functions of their seed.
#pragma once

#include "build/Dataset.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hplx::build {

struct HoldOut
{
    std::vector<std::size_t> train; // sorted row indices
    std::vector<std::size_t> test;  // sorted row indices
};

// testFraction of the rows (per class for classification, rounded so every
// class with at least two rows keeps one on each side) go to test.
HoldOut stratifiedHoldOut(const Dataset &data, double testFraction, std::uint64_t seed);

// A subsample of `rows` (indices into data) of about fraction * rows.size(),
// stratified by class; fraction 1 returns rows unchanged. Subsamples of one
// seed are nested: a smaller fraction's rows are contained in a larger one's.
std::vector<std::size_t> stratifiedSubsample(const Dataset &data, const std::vector<std::size_t> &rows, double fraction,
                                             std::uint64_t seed);

struct Fold
{
    std::vector<std::size_t> fit;      // indices into data used for fitting
    std::vector<std::size_t> validate; // indices into data held out
};

// k folds over `rows` (stratified for classification): every row is held out
// exactly once. Throws Error when k < 2 or rows.size() < k.
std::vector<Fold> stratifiedKFold(const Dataset &data, const std::vector<std::size_t> &rows, int k, std::uint64_t seed);

} // namespace hplx::build
