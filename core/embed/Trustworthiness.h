// Exact k-nearest neighbours and the trustworthiness of a low-dimensional
// layout (Venna & Kaski 2001; METRICS.md §5): how well the k nearest
// neighbours in the layout were also near in the input. 1 is perfect.
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace hplx {

// For each row of points (n x d, Euclidean), the indices of its k nearest
// other rows, nearest first (ties -> lower index; duplicates are at distance
// 0). n x k, row-major. Distances are those of a plain double-precision sum of
// squared coordinate differences, so the result does not depend on the
// blocking or on `threads` (0: all cores). Throws Error(InvalidArgument) when
// k >= n, k < 1 or a coordinate is not finite. O(n^2 d) time, O(n k) memory
// plus a 64 x n block of distances per thread.
std::vector<std::uint32_t> exactKnn(const Eigen::MatrixXf &points, int k, unsigned threads = 0);

struct TrustworthinessOptions
{
    int k = 15;
    std::uint32_t sampleSize = 5000; // rows evaluated (seeded subsample) when n is larger
    std::uint64_t seed = 0;
    unsigned threads = 0; // 0: all cores; the result is the same for any count
};

// input: n x D, layout: n x d, same row order. With more than sampleSize
// rows, a seeded subsample of sampleSize rows is drawn and the
// trustworthiness computed on it alone (as the reference figures in the
// embedding issue were: k = 15 on a 5,000-point subsample). With m rows
// evaluated (m = min(n, sampleSize)), the normalisation 2 / (m k (2m - 3k - 1))
// needs 1 <= k < (2m - 1) / 3, i.e. 2m - 3k - 1 > 0 (which implies k < m).
// Throws Error(InvalidArgument) for mismatched row counts, fewer than 3 rows
// (or sampleSize < 3), k outside that range, or a coordinate that is not finite.
// 1 when every layout neighbourhood is an input neighbourhood; 0 at worst
// while 2k < m. A larger allowed k can give values well below 0 (the
// normalisation assumes the k farthest rows are not input neighbours);
// scikit-learn rejects k >= n / 2 for that reason.
double trustworthiness(const Eigen::MatrixXf &input, const Eigen::MatrixXf &layout,
                       const TrustworthinessOptions &options = {});

} // namespace hplx
