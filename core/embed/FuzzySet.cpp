#include "embed/FuzzySet.h"

#include "util/Error.h"
#include "util/ParallelChunks.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace hplx {

namespace {

// Bandwidth of one point: sum_m exp(-max(0, d_m - rho) / sigma) = target.
double solveSigma(const float *distances, std::size_t k, double rho, double target)
{
    std::size_t atOrBelowRho = 0;
    for (std::size_t m = 0; m < k; ++m)
        atOrBelowRho += static_cast<double>(distances[m]) - rho <= 0.0 ? 1 : 0;
    // psum(sigma) rises from atOrBelowRho (sigma -> 0) to k (sigma -> inf).
    if (static_cast<double>(atOrBelowRho) >= target)
        return 0.0;
    constexpr double kLimit = 1e30;
    if (static_cast<double>(k) <= target)
        return kLimit;
    const auto psum = [&](double sigma) {
        double sum = 0.0;
        for (std::size_t m = 0; m < k; ++m) {
            const double excess = static_cast<double>(distances[m]) - rho;
            sum += excess > 0.0 ? std::exp(-excess / sigma) : 1.0;
        }
        return sum;
    };
    double lo = 0.0;
    double hi = 1.0;
    while (psum(hi) < target && hi < kLimit) {
        lo = hi;
        hi *= 2.0;
    }
    for (int iteration = 0; iteration < 200 && hi - lo > 1e-13 * hi; ++iteration) {
        const double mid = 0.5 * (lo + hi);
        const double value = psum(mid);
        if (value == target)
            return mid;
        if (value > target)
            hi = mid;
        else
            lo = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace

SmoothKnn smoothKnnDistances(const KnnGraph &knn, double nNeighbors, unsigned threads)
{
    if (!(nNeighbors > 1.0) || !std::isfinite(nNeighbors))
        throw Error(ErrorKind::InvalidArgument,
                    "fuzzy simplicial set: nNeighbors must be above 1, got " + std::to_string(nNeighbors));
    const std::uint32_t n = knn.n;
    const auto k = static_cast<std::size_t>(knn.k);
    const double target = std::log2(nNeighbors);
    SmoothKnn out;
    out.rho.assign(n, 0.0);
    out.sigma.assign(n, 0.0);
    double totalMean = 0.0;
    for (const float d : knn.distances)
        totalMean += d;
    totalMean = knn.distances.empty() ? 0.0 : totalMean / static_cast<double>(knn.distances.size());
    constexpr double kMinScale = 1e-3;
    graphdetail::parallelChunks(n, 1024, threads, nullptr, 0.0, 0.0, std::string(),
                                [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                                    for (std::uint64_t i = begin; i < end; ++i) {
                                        const float *d = knn.distances.data() + i * k;
                                        double rho = 0.0;
                                        double mean = 0.0;
                                        for (std::size_t m = 0; m < k; ++m) {
                                            mean += d[m];
                                            if (rho == 0.0 && d[m] > 0.0f)
                                                rho = d[m];
                                        }
                                        mean /= static_cast<double>(k);
                                        double sigma = solveSigma(d, k, rho, target);
                                        sigma = std::max(sigma, kMinScale * (rho > 0.0 ? mean : totalMean));
                                        out.rho[i] = rho;
                                        out.sigma[i] = sigma;
                                    }
                                });
    return out;
}

double FuzzyGraph::weight(std::uint32_t i, std::uint32_t j) const
{
    const auto begin = columns.begin() + static_cast<std::ptrdiff_t>(rowStart[i]);
    const auto end = columns.begin() + static_cast<std::ptrdiff_t>(rowStart[i + 1]);
    const auto it = std::lower_bound(begin, end, j);
    if (it == end || *it != j)
        return 0.0;
    return weights[static_cast<std::size_t>(it - columns.begin())];
}

FuzzyGraph fuzzySimplicialSet(const KnnGraph &knn, double nNeighbors, unsigned threads)
{
    const SmoothKnn smooth = smoothKnnDistances(knn, nNeighbors, threads);
    const std::uint32_t n = knn.n;
    const auto k = static_cast<std::size_t>(knn.k);

    // Every directed strength as an entry of row i (forward) and of row j
    // (backward); a row's entries sorted by column pair them up.
    struct Entry
    {
        std::uint32_t column;
        double forward;  // w(row -> column)
        double backward; // w(column -> row)
    };
    std::vector<std::uint64_t> count(static_cast<std::size_t>(n) + 1, 0);
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::size_t m = 0; m < k; ++m) {
            const std::uint32_t j = knn.indices[static_cast<std::size_t>(i) * k + m];
            if (j != i) {
                ++count[i + 1];
                ++count[static_cast<std::size_t>(j) + 1];
            }
        }
    for (std::size_t i = 0; i < n; ++i)
        count[i + 1] += count[i];
    std::vector<Entry> entries(count[n]);
    std::vector<std::uint64_t> fill(count.begin(), count.end() - 1);
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::size_t m = 0; m < k; ++m) {
            const std::uint32_t j = knn.indices[static_cast<std::size_t>(i) * k + m];
            if (j == i)
                continue;
            const double excess =
                static_cast<double>(knn.distances[static_cast<std::size_t>(i) * k + m]) - smooth.rho[i];
            const double w = excess <= 0.0 || smooth.sigma[i] == 0.0 ? 1.0 : std::exp(-excess / smooth.sigma[i]);
            entries[fill[i]++] = {j, w, 0.0};
            entries[fill[j]++] = {i, 0.0, w};
        }

    FuzzyGraph graph;
    graph.n = n;
    graph.rowStart.assign(static_cast<std::size_t>(n) + 1, 0);
    for (std::uint32_t i = 0; i < n; ++i) {
        const auto begin = entries.begin() + static_cast<std::ptrdiff_t>(count[i]);
        const auto end = entries.begin() + static_cast<std::ptrdiff_t>(count[i + 1]);
        std::sort(begin, end, [](const Entry &l, const Entry &r) { return l.column < r.column; });
        for (auto it = begin; it != end;) {
            double forward = 0.0;
            double backward = 0.0;
            const std::uint32_t column = it->column;
            for (; it != end && it->column == column; ++it) {
                forward = std::max(forward, it->forward);
                backward = std::max(backward, it->backward);
            }
            const double w = forward + backward - forward * backward;
            if (w > 0.0) {
                graph.columns.push_back(column);
                graph.weights.push_back(static_cast<float>(w));
            }
        }
        graph.rowStart[static_cast<std::size_t>(i) + 1] = graph.columns.size();
    }
    return graph;
}

} // namespace hplx
