// UMAP's fuzzy simplicial set of a kNN graph (McInnes, Healy & Melville 2018,
// §3): every point's neighbour distances become membership strengths
//   w(i -> j) = exp(-max(0, d(i, j) - rho_i) / sigma_i),
// rho_i the distance to i's nearest neighbour at a non-zero distance and
// sigma_i the bandwidth with sum_j w(i -> j) = log2(nNeighbors); the directed
// strengths are then combined by the probabilistic t-conorm
//   w(i, j) = w(i -> j) + w(j -> i) - w(i -> j) w(j -> i).
#pragma once

#include "embed/NearestNeighbours.h"

#include <cstdint>
#include <vector>

namespace hplx {

struct SmoothKnn
{
    std::vector<double> rho;   // n: distance to the nearest neighbour at a distance > 0 (0 if none)
    std::vector<double> sigma; // n: bandwidth, >= 0
};

// nNeighbors counts the point itself, as in umap-learn: knn holds
// nNeighbors - 1 other points per row and the target sum is log2(nNeighbors)
// (any value > 0 is accepted; nNeighbors need not equal knn.k + 1).
// sigma solves sum_m exp(-max(0, d_m - rho) / sigma) = log2(nNeighbors) by
// bisection to about 1e-12 relative. When every sigma overshoots the target
// (enough neighbours at distance <= rho, e.g. duplicates) the root is 0 and
// sigma is raised to 1e-3 times the mean neighbour distance of the point (or
// of all points when rho is 0), as umap-learn does; all-zero distances give
// sigma = 0 and strength 1. When the target cannot be reached (it equals or
// exceeds the number of neighbours), sigma grows to its search limit, a
// large finite value.
// threads: 0 = all cores; the result is the same for any count.
SmoothKnn smoothKnnDistances(const KnnGraph &knn, double nNeighbors, unsigned threads = 0);

// Symmetric sparse graph in CSR form, no diagonal, columns ascending per row.
struct FuzzyGraph
{
    std::uint32_t n = 0;
    std::vector<std::uint64_t> rowStart; // n + 1
    std::vector<std::uint32_t> columns;
    std::vector<float> weights; // in (0, 1]

    double weight(std::uint32_t i, std::uint32_t j) const; // 0 when absent
};

// Directed strengths of knn (smoothKnnDistances) symmetrised by the
// probabilistic t-conorm (umap-learn's set_op_mix_ratio = 1). Entries of
// strength 0 and self-pairs are left out.
FuzzyGraph fuzzySimplicialSet(const KnnGraph &knn, double nNeighbors, unsigned threads = 0);

} // namespace hplx
