// UMAP's layout optimisation (McInnes, Healy & Melville 2018, §3.2 and
// appendix C): the low-dimensional similarity curve 1 / (1 + a d^(2b)) fitted
// to min_dist and spread, and stochastic gradient descent with negative
// sampling over the edges of the fuzzy graph.
#pragma once

#include "embed/FuzzySet.h"

#include <Eigen/Core>

#include <cstdint>

namespace hplx {

class Feedback;

struct UmapCurve
{
    double a = 0.0;
    double b = 0.0;
};

// Least-squares fit (Levenberg-Marquardt from a = b = 1, as scipy's
// curve_fit) of 1 / (1 + a x^(2b)) to the target 1 for x < minDist and
// exp(-(x - minDist) / spread) beyond, sampled at 300 evenly spaced x in
// [0, 3 spread] (umap-learn's find_ab_params). Throws Error(InvalidArgument)
// unless spread > 0 and 0 <= minDist; Error(InvalidData) if the fit fails.
UmapCurve fitUmapCurve(double minDist, double spread);

struct UmapSgdSettings
{
    int nEpochs = 500;
    int negativeSampleRate = 5;
    double learningRate = 1.0;
    double repulsionStrength = 1.0;
    UmapCurve curve;
    std::uint64_t seed = 0;
    unsigned threads = 0;
    // false: d^(2b) by fastPow (util/FastMath.h; relative error below 3.3e-6
    // for every power a layout produces); true: std::pow, as umap-learn.
    // Either is deterministic; their layouts differ (the SGD amplifies any
    // difference) but are of the same quality.
    bool exactPow = false;
};

// Optimises layout (n x dimensions, rows as graph's vertices) in place.
// The graph must be symmetric, as fuzzySimplicialSet makes it
// (Error(InvalidArgument) for an edge whose reverse is missing, when that
// would let two threads touch one vertex).
// Edges with weight below max weight / nEpochs are dropped; an edge of weight
// w is sampled every max / w epochs (umap-learn's schedule, the epochs of the
// next sample accumulated in float). The learning rate decays linearly from
// learningRate to 0 over the epochs; gradients are clipped to [-4, 4] per
// coordinate.
//
// Scheme (deterministic for any thread count): as in umap-learn, sampling
// an edge (i, j) moves both ends towards each other by the same clipped
// gradient step, and then i alone away from negativeSampleRate uniformly
// drawn vertices, one after the other. The vertices are split into steps by
// a greedy colouring of the graph (seeded visiting order; at least
// min(32, n / 64) steps, more only when a vertex's neighbours hold them all)
// so that no edge joins two vertices of one step. In every epoch, step after
// step, the vertices of a step move in parallel: each first takes the pulls
// its neighbours exerted on it since its last turn, then walks its own due
// edges (i, j), moving itself and leaving j's move as a pull that j takes at
// its next turn (at most one epoch later; umap-learn moves j at once). Reads
// of other vertices see the positions published at the end of the previous
// step; for a neighbour that is its current position (it does not move in
// this step), for a negative sample at most one step old. Pulls are added
// up in fixed point, one bank per thread: integer sums do not depend on the
// order of the additions. Random numbers come from a generator seeded by
// (seed, epoch, i) and i's position is written by one thread only, so the
// result depends on the seed and the inputs alone: bitwise the same for any
// thread count and any chunking.
// Why pulls (measured on the logreg landscape, 9,680 configurations, 16
// layouts each, trustworthiness on all points): the earlier scheme, in which
// i moved itself twice as far instead of moving j, gave 0.738-0.817 (mean
// 0.763), this one 0.754-0.775 (mean 0.767); umap-learn and uwot give
// 0.76-0.78. Moving both ends keeps the pair's centre where it is; moving
// one end shifts it, and the picture's large-scale arrangement then depends
// on the seed. (A whole-epoch copy of the positions instead of steps was
// measurably worse still: 0.74-0.75.) Memory: a bank of n x dimensions
// 8-byte sums per thread, and one more for what each vertex has taken.
// Speed: inside, the vertices are numbered step by step and within a step
// along the first axis of the start layout (negative samples are drawn as
// these numbers), and positions, edges, schedules and pulls are stored in that
// order. A chunk's vertices are then one block, and their neighbours, whose
// positions it reads and whose pulls it writes, lie in a few blocks near by,
// instead of all over memory (by vertex index, the pulls made the SGD 30-80 %
// slower on FC-Net, 62,208 vertices; numbered, it is as fast as moving one end
// on one thread, 10-15 % slower on two). Each thread starts every step on its
// own share of the vertices (util/WorkerTeam.h), so it mostly takes the pulls
// it left itself. None of what follows changes the result. The threads are
// started once per call and meet at a barrier after each step; the positions
// are double-buffered, so publishing a step's moves is a copy spread over the
// next step's chunks rather than a serial one. Each thread interleaves four
// vertices, whose moves are independent chains; in 2-D it computes their
// gradients in one SSE2 vector (eight vertices in an AVX2 one on CPUs that
// have it, chosen at run time), with the same float operations as the scalar
// code (bitwise the same layout).
// Polls feedback (Error(Cancelled)) and reports progress from progressFrom
// to progressTo once per epoch.
void optimizeLayout(const FuzzyGraph &graph, Eigen::MatrixXf &layout, const UmapSgdSettings &settings,
                    Feedback *feedback = nullptr, double progressFrom = 0.0, double progressTo = 1.0);

} // namespace hplx
