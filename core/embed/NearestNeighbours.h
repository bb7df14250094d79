// k-nearest-neighbour graph of a point set (Euclidean), the first step of
// UMAP (METRICS.md §5.2). Small sets are searched exactly (exactKnn of
// Trustworthiness.h); larger ones approximately: a forest of random-projection
// trees gives every point initial candidates, then NN-descent refines them
// ("a neighbour of a neighbour is likely a neighbour").
//
// Determinism: the graph depends only on the points, k, the seed and which
// path is taken, never on `threads`. The approximate search achieves this by
//  - per-tree and per-node seeded random numbers (the forest does not depend
//    on the order trees are built in);
//  - neighbour lists that keep the k smallest distinct candidates by
//    (squared distance, index), a total order, so a list's content does not
//    depend on the order candidates arrive in (the index is the point's row
//    in a copy stored in the leaf order of the first tree, for locality; the
//    returned rows are ordered by (distance, original index));
//  - candidate sampling by a hash of (seed, iteration, point, candidate)
//    instead of a shared random stream;
//  - NN-descent proposals generated in fixed blocks of points and applied per
//    target point in block order, so even the update counts (which stop the
//    iteration) are the same for any thread count.
// Distances are computed by one routine with a fixed summation order (float,
// 16 interleaved partial sums).
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace hplx {

class Feedback;

struct KnnOptions
{
    int k = 15;                          // neighbours per point, self excluded
    std::uint32_t exactThreshold = 4096; // n below this: exact (exactKnn); else approximate
    std::uint64_t seed = 0;              // approximate search only
    unsigned threads = 0;                // 0: all cores; the graph is the same for any count
};

struct KnnGraph
{
    std::uint32_t n = 0;
    int k = 0;
    std::vector<std::uint32_t> indices; // n x k row-major, nearest first, self excluded
    std::vector<float> distances;       // n x k, Euclidean (not squared)
    bool exact = true;

    std::uint32_t neighbour(std::uint32_t i, int m) const
    {
        return indices[static_cast<std::size_t>(i) * static_cast<std::size_t>(k) + static_cast<std::size_t>(m)];
    }
    float distance(std::uint32_t i, int m) const
    {
        return distances[static_cast<std::size_t>(i) * static_cast<std::size_t>(k) + static_cast<std::size_t>(m)];
    }
};

// points: n x d, one point per row. Exact: the neighbours of exactKnn (ties ->
// lower index) with distances from a double sum of squared differences.
// Approximate: the rows are ordered by (distance, index) too; recall@15 is
// typically above 0.95 on clustered data (tests/core/embed/tst_nearestneighbours).
// Throws Error(InvalidArgument) for k < 1, k >= n, non-finite coordinates;
// Error(Cancelled) when feedback is cancelled (polled between phases and
// NN-descent blocks). Progress goes from 0 to 1 of feedback.
KnnGraph nearestNeighbours(const Eigen::MatrixXf &points, const KnnOptions &options = {}, Feedback *feedback = nullptr);

// As above, reporting progress from progressFrom to progressTo of feedback
// (UMAP runs the search as its first phase).
KnnGraph nearestNeighbours(const Eigen::MatrixXf &points, const KnnOptions &options, Feedback *feedback,
                           double progressFrom, double progressTo);

} // namespace hplx
