#include "metrics/Similarity.h"

#include "metrics/Statistics.h"
#include "util/Error.h"
#include "util/Format.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <utility>

namespace hplx {

namespace {

void checkShare(double share, const char *name)
{
    if (!(share > 0.0 && share <= 1.0))
        throw Error(ErrorKind::InvalidArgument, std::string("similarity option '") + name + "' is "
                                                    + formatNumber(share) + "; it must be in (0, 1]");
}

// ceil(share * n), clamped to [1, n]. A product a few ulps above an integer
// (0.28 * 25 = 7.000000000000001) counts as that integer, not the next one.
std::size_t topCount(double share, std::size_t n)
{
    const double exact = share * static_cast<double>(n);
    const double nearest = std::round(exact);
    const double count = std::abs(exact - nearest) <= 1e-9 * std::max(1.0, exact) ? nearest : std::ceil(exact);
    return std::clamp(static_cast<std::size_t>(count), std::size_t{1}, n);
}

// Positions (into values) of the k lowest values, ties broken by lower position.
// (value, position) is a strict total order, so nth_element selects exactly them;
// the pairs keep the comparisons in cache.
std::vector<std::size_t> lowest(const std::vector<double> &values, std::size_t k)
{
    std::vector<std::pair<double, std::size_t>> order(values.size());
    for (std::size_t p = 0; p < values.size(); ++p)
        order[p] = {values[p], p};
    if (k < order.size())
        std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end());
    std::vector<std::size_t> positions(k);
    for (std::size_t p = 0; p < k; ++p)
        positions[p] = order[p].second;
    return positions;
}

} // namespace

SimilarityResult compareLandscapes(const std::vector<double> &a, const std::vector<double> &b,
                                   const SimilarityOptions &options)
{
    checkShare(options.gamma, "gamma");
    checkShare(options.shakeupTop, "shakeupTop");
    if (a.size() != b.size())
        throw Error(ErrorKind::InvalidArgument, "cannot compare landscapes of " + std::to_string(a.size()) + " and "
                                                    + std::to_string(b.size())
                                                    + " configurations; they must share one search space");

    // Common configurations in increasing id order, so a lower position is a lower id.
    std::vector<double> lossA;
    std::vector<double> lossB;
    for (std::size_t id = 0; id < a.size(); ++id) {
        if (!std::isnan(a[id]) && !std::isnan(b[id])) {
            lossA.push_back(a[id]);
            lossB.push_back(b[id]);
        }
    }
    const std::size_t n = lossA.size();
    if (n < 2)
        throw Error(ErrorKind::InvalidArgument, "the two landscapes have " + std::to_string(n)
                                                    + " configuration(s) evaluated in both; a comparison needs at "
                                                      "least 2");

    SimilarityResult result;
    result.options = options;
    result.compared = n;

    const std::vector<double> rankA = averageRanks(lossA);
    const std::vector<double> rankB = averageRanks(lossB);
    result.spearman = pearson(rankA, rankB); // NaN when either side is constant

    const double count = static_cast<double>(n);
    const auto shift = [&](std::size_t k) { return std::abs(rankA[k] - rankB[k]) / count; };

    double all = 0.0;
    for (std::size_t k = 0; k < n; ++k)
        all += shift(k);
    result.shakeupAll = all / count;

    const std::vector<std::size_t> topShakeup = lowest(lossA, topCount(options.shakeupTop, n));
    double top = 0.0;
    for (std::size_t k : topShakeup)
        top += shift(k);
    result.shakeupTop = top / static_cast<double>(topShakeup.size());

    const std::size_t gammaSize = topCount(options.gamma, n);
    result.topSize = gammaSize;
    std::vector<char> inA(n, 0);
    for (std::size_t k : lowest(lossA, gammaSize))
        inA[k] = 1;
    std::size_t both = 0;
    for (std::size_t k : lowest(lossB, gammaSize))
        both += inA[k] ? 1 : 0;
    const double intersection = static_cast<double>(both);
    const double size = static_cast<double>(gammaSize);
    result.gammaIoU = intersection / (2.0 * size - intersection);
    result.gammaOverlap = intersection / size;
    return result;
}

} // namespace hplx
