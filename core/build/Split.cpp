#include "build/Split.h"

#include "util/Error.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <random>
#include <string>

// The same seed must give the same split with any standard library, so the
// shuffles use only what the standard pins exactly: the output sequence of
// std::mt19937_64 (std::shuffle and the distributions are implementation
// defined). Each stratum is sorted, then shuffled by Fisher–Yates with an
// unbiased bounded draw; strata are visited in ascending class order with one
// engine per call.
//
// Regression data form a single stratum (as scikit-learn's KFold does):
// binning by target quantiles would make the split hinge on tie handling and
// bin counts for little gain at the row counts HPLX trains on.

namespace hplx::build {

namespace {

// Distinct streams for the three uses of one seed, so that a hold-out, the
// subsample of its training part and the folds over that are not shuffled by
// the same draws. engine seed = seed XOR salt.
constexpr std::uint64_t kHoldOutSalt = 0x484f4c444f555431ULL;   // "HOLDOUT1"
constexpr std::uint64_t kSubsampleSalt = 0x53554253414d5031ULL; // "SUBSAMP1"
constexpr std::uint64_t kKFoldSalt = 0x4b464f4c44533131ULL;     // "KFOLDS11"

// rows grouped by stratum (class index ascending; one group for regression),
// each group in ascending row order whatever the order of `rows`.
std::vector<std::vector<std::size_t>> strataOf(const Dataset &data, const std::vector<std::size_t> &rows)
{
    std::vector<std::size_t> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        throw Error(ErrorKind::InvalidArgument, "row indices for a split of '" + data.name + "' repeat a row");
    if (!sorted.empty() && sorted.back() >= data.rows)
        throw Error(ErrorKind::InvalidArgument, "row " + std::to_string(sorted.back()) + " is outside the dataset '"
                                                    + data.name + "' of " + std::to_string(data.rows) + " rows");

    if (data.task == Task::Regression)
        return {sorted};

    std::vector<std::vector<std::size_t>> strata(static_cast<std::size_t>(std::max(data.classes, 0)));
    for (const std::size_t r : sorted) {
        const double label = data.y[r];
        if (!(label >= 0 && label < static_cast<double>(strata.size())) || std::floor(label) != label)
            throw Error(ErrorKind::InvalidData, "row " + std::to_string(r) + " of '" + data.name
                                                    + "' has no valid class index (" + std::to_string(label) + ")");
        strata[static_cast<std::size_t>(label)].push_back(r);
    }
    return strata;
}

// round(fraction * count), halves rounded up, as an integer.
std::size_t roundedShare(double fraction, std::size_t count)
{
    return static_cast<std::size_t>(std::floor(fraction * static_cast<double>(count) + 0.5));
}

} // namespace

HoldOut stratifiedHoldOut(const Dataset &data, double testFraction, std::uint64_t seed)
{
    if (!(testFraction > 0 && testFraction < 1))
        throw Error(ErrorKind::InvalidArgument,
                    "the test fraction must lie strictly between 0 and 1, not " + std::to_string(testFraction));
    std::vector<std::size_t> all(data.rows);
    for (std::size_t r = 0; r < data.rows; ++r)
        all[r] = r;

    Shuffler shuffler(seed ^ kHoldOutSalt);
    HoldOut split;
    for (std::vector<std::size_t> &stratum : strataOf(data, all)) {
        const std::size_t count = stratum.size();
        // A class with one row stays in training: it cannot be on both sides.
        const std::size_t test =
            count < 2 ? 0 : std::clamp<std::size_t>(roundedShare(testFraction, count), 1, count - 1);
        shuffler.shuffle(stratum);
        split.test.insert(split.test.end(), stratum.begin(), stratum.begin() + static_cast<std::ptrdiff_t>(test));
        split.train.insert(split.train.end(), stratum.begin() + static_cast<std::ptrdiff_t>(test), stratum.end());
    }
    if (split.test.empty())
        throw Error(ErrorKind::InvalidData,
                    "'" + data.name + "' is too small for a hold-out split: " + "no class has two rows");
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.test.begin(), split.test.end());
    return split;
}

// Per stratum of c rows: keep clamp(round(fraction * c), min(c, 2), c) rows,
// the first ones of the stratum's shuffle. The shuffle does not depend on the
// fraction and the count grows with it, so subsamples of one seed are nested.
// Keeping two rows of every class that has them means every class survives
// in the fit part of every fold of stratifiedKFold (see there).
std::vector<std::size_t> stratifiedSubsample(const Dataset &data, const std::vector<std::size_t> &rows, double fraction,
                                             std::uint64_t seed)
{
    if (!(fraction > 0 && fraction <= 1))
        throw Error(ErrorKind::InvalidArgument,
                    "the data fraction must lie in (0, 1], not " + std::to_string(fraction));
    std::vector<std::vector<std::size_t>> strata = strataOf(data, rows);
    if (fraction == 1)
        return rows;

    Shuffler shuffler(seed ^ kSubsampleSalt);
    std::vector<std::size_t> kept;
    for (std::vector<std::size_t> &stratum : strata) {
        const std::size_t count = stratum.size();
        const std::size_t keep =
            std::clamp<std::size_t>(roundedShare(fraction, count), std::min<std::size_t>(count, 2), count);
        shuffler.shuffle(stratum);
        kept.insert(kept.end(), stratum.begin(), stratum.begin() + static_cast<std::ptrdiff_t>(keep));
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

// Each stratum is shuffled and dealt round-robin over the folds; the dealing
// continues where the previous stratum stopped, so fold sizes differ by at
// most one per class and overall. A class with c >= 2 rows puts at most
// ceil(c / k) <= c - 1 of them in one fold, so it is in every fold's fit part.
std::vector<Fold> stratifiedKFold(const Dataset &data, const std::vector<std::size_t> &rows, int k, std::uint64_t seed)
{
    if (k < 2)
        throw Error(ErrorKind::InvalidArgument, "k-fold needs k >= 2, not " + std::to_string(k));
    const auto folds = static_cast<std::size_t>(k);
    if (rows.size() < folds)
        throw Error(ErrorKind::InvalidArgument, std::to_string(k) + " folds need at least " + std::to_string(k)
                                                    + " rows, not " + std::to_string(rows.size()));
    std::vector<std::vector<std::size_t>> strata = strataOf(data, rows);

    Shuffler shuffler(seed ^ kKFoldSalt);
    std::vector<Fold> result(folds);
    std::size_t next = 0;
    for (std::vector<std::size_t> &stratum : strata) {
        shuffler.shuffle(stratum);
        for (const std::size_t r : stratum) {
            result[next].validate.push_back(r);
            next = (next + 1) % folds;
        }
    }

    std::vector<std::size_t> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    for (Fold &fold : result) {
        std::sort(fold.validate.begin(), fold.validate.end());
        fold.fit.reserve(sorted.size() - fold.validate.size());
        std::set_difference(sorted.begin(), sorted.end(), fold.validate.begin(), fold.validate.end(),
                            std::back_inserter(fold.fit));
    }
    return result;
}

} // namespace hplx::build
