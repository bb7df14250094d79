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
// Edges with weight below max weight / nEpochs are dropped; an edge of weight
// w is sampled every max / w epochs (umap-learn's schedule, the epochs of the
// next sample accumulated in float). The learning rate decays linearly from
// learningRate to 0 over the epochs; gradients are clipped to [-4, 4] per
// coordinate.
//
// Scheme (deterministic for any thread count): in every epoch each vertex i
// walks its own edges (i, j) that are due and moves only itself: attracted to
// j with twice the clipped gradient step (umap-learn samples both directed
// copies of a symmetric edge and moves both ends, so each end receives two
// attractions per sampling period), then repelled from negativeSampleRate
// uniformly drawn vertices, one after the other. The vertices are split into
// up to 32 steps per epoch by a seeded hash of their index; the vertices of
// one step move in parallel and read the other vertices' positions as
// published at the end of the previous step (their own live), so a position
// read is at most 1/32 epoch old. (A whole-epoch copy, i.e. one step, was
// measurably worse: trustworthiness 0.74-0.75 instead of 0.78-0.79 on the
// logreg landscape; umap-learn itself updates one edge at a time.) Random
// numbers come from a generator seeded by (seed, epoch, i) and i's row is
// written by one thread only, so the result depends on the seed and the
// inputs alone: bitwise the same for any thread count and any chunking.
// Speed (none of it changes the result): the threads are started once per
// call (util/WorkerTeam.h) and meet at a barrier after each step; the
// positions are double-buffered, so publishing a step's moves is a copy
// spread over the next step's chunks rather than a serial one. Each thread
// interleaves four vertices, whose moves are independent chains; in 2-D it
// computes their gradients in one SSE2 vector (eight vertices in an AVX2 one
// on CPUs that have it, chosen at run time), with the same float operations
// as the scalar code (bitwise the same layout).
// Polls feedback (Error(Cancelled)) and reports progress from progressFrom
// to progressTo once per epoch.
void optimizeLayout(const FuzzyGraph &graph, Eigen::MatrixXf &layout, const UmapSgdSettings &settings,
                    Feedback *feedback = nullptr, double progressFrom = 0.0, double progressTo = 1.0);

} // namespace hplx
