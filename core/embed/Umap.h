// UMAP (McInnes, Healy & Melville 2018) written for HPLX: the 2-D (or n-D)
// layout of an embedding (METRICS.md §5.2). Parameters mean what they mean in
// umap-learn; the defaults are METRICS.md's, not umap-learn's.
//
// Pipeline: kNN graph (NearestNeighbours.h; exact below exactKnnThreshold
// points) -> fuzzy simplicial set (FuzzySet.h) -> initial layout (spectral,
// SpectralInit.h, else random) rescaled to [0, 10] per column -> SGD with
// negative sampling (UmapSgd.h).
//
// Determinism: the layout is a function of the input, the options and the
// seed only; it is bitwise identical for any `threads` (the kNN search, the
// eigen solve and the SGD are all organised so that no result depends on
// thread scheduling; see NearestNeighbours.h and UmapSgd.h). A different seed
// gives a different layout. Results may differ across compilers or CPUs
// (floating-point contraction, libm).
//
// Differences from umap-learn worth knowing: nNeighbors counts the point
// itself (as umap-learn's): the kNN graph holds nNeighbors - 1 other points.
// The SGD moves every vertex from its own edge list against positions
// published 32 times per epoch (UmapSgd.h) instead of umap-learn's
// one-edge-at-a-time updates; that is what makes it parallel and
// deterministic. The SGD computes d^(2b) with util/FastMath.h's fastPow
// (relative error below 3.3e-6) where umap-learn calls pow.
// A disconnected neighbour graph falls back to random initialisation
// (umap-learn lays out components separately), reported in result.init.
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <string>

namespace hplx {

class Feedback;

enum class UmapInit { Spectral, Random };

struct UmapOptions
{
    int nNeighbors = 15;            // >= 2; counts the point itself
    double minDist = 1.0;           // >= 0 and <= spread (METRICS.md §5; umap-learn's default is 0.1)
    double spread = 1.0;            // > 0
    int nEpochs = 500;              // >= 0; 0: umap-learn's automatic choice (500 up to 10,000 points, else 200)
    int negativeSampleRate = 5;     // >= 0, negative samples per positive sample
    double learningRate = 1.0;      // > 0, initial; decays linearly to 0
    double repulsionStrength = 1.0; // >= 0, weight of the negative samples (umap-learn's gamma)
    UmapInit init = UmapInit::Spectral;
    int dimensions = 2;                     // >= 1, layout columns
    std::uint64_t seed = 0;                 // every random choice derives from it
    unsigned threads = 0;                   // 0: all cores; the result is the same for any count
    std::uint32_t exactKnnThreshold = 4096; // fewer points: exact kNN, else approximate
    void validate() const;                  // Error(InvalidArgument) naming the option
};

struct UmapResult
{
    UmapOptions options;     // as used (nNeighbors may be lowered, nEpochs resolved)
    Eigen::MatrixXf layout;  // n x dimensions, same row order as the input
    double a = 0.0, b = 0.0; // fitted curve 1 / (1 + a d^(2b)) from minDist/spread
    bool knnExact = true;
    std::string init; // "spectral", "random", or "random (spectral failed: <reason>)"
    std::string note; // e.g. "n_neighbors lowered from 15 to 9: only 10 points"; empty when none
};

// input: n x D, one point per row (Euclidean). Throws Error(InvalidArgument)
// for bad options (validate()), Error(InvalidData) for fewer than 2 rows, no
// columns or a coordinate that is not finite, Error(Cancelled) on cancel
// (polled at least once per epoch). Progress: kNN up to 0.3, then the fuzzy
// set and initialisation, then the SGD epochs up to 1.
// When nNeighbors > n - 1 it is lowered to max(2, n - 1) and `note` says so.
// Duplicate or identical points give a finite layout (coincident points are
// pushed apart by the negative samples).
UmapResult umap(const Eigen::MatrixXf &input, const UmapOptions &options = {}, Feedback *feedback = nullptr);

std::string toString(UmapInit init);

} // namespace hplx
