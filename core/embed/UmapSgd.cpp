#include "embed/UmapSgd.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/FastMath.h"
#include "util/ParallelChunks.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace hplx {

namespace {

constexpr std::uint64_t kStreamEpoch = 1;
constexpr std::uint64_t kStreamSteps = 2;

// Steps per epoch: vertices of one step move against positions that are at
// most one step old. More steps: closer to umap-learn's sequential updates,
// more synchronisation.
constexpr std::size_t kMaxSteps = 32;
constexpr std::size_t kVerticesPerStep = 64;
// A vertex's move depends only on the published positions and its own row,
// so the chunking of a step changes the speed, never the result; chunks of
// 1/16 of a step keep two to four threads busy.
std::uint64_t verticesPerChunk(std::size_t stepSize)
{
    return std::max<std::uint64_t>(16, stepSize / 16);
}

// splitmix64 stream: cheap to seed per (epoch, vertex).
class VertexRng
{
public:
    void reset(std::uint64_t seed) { m_state = seed; }
    std::uint32_t below(std::uint32_t bound)
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return static_cast<std::uint32_t>(((z >> 32) * static_cast<std::uint64_t>(bound)) >> 32);
    }

private:
    std::uint64_t m_state = 0;
};

inline float clip4(float g)
{
    return std::min(4.0f, std::max(-4.0f, g));
}

template <bool ExactPow>
inline float power(float x, float b)
{
    if constexpr (ExactPow)
        return std::pow(x, b);
    else
        return fastPow(x, b);
}

// Sum of squared residuals of the curve at (a, b) and the Gauss-Newton
// normal equations J^T J, J^T r.
struct CurveSamples
{
    std::vector<double> x, y;
};

double residuals(const CurveSamples &s, double a, double b, double jtj[3], double jtr[2])
{
    double sum = 0.0;
    if (jtj) {
        jtj[0] = jtj[1] = jtj[2] = 0.0;
        jtr[0] = jtr[1] = 0.0;
    }
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        const double x = s.x[i];
        const double p = x > 0.0 ? std::pow(x, 2.0 * b) : 0.0;
        const double f = 1.0 / (1.0 + a * p);
        const double r = f - s.y[i];
        sum += r * r;
        if (jtj) {
            const double f2 = f * f;
            const double da = -p * f2;
            const double db = x > 0.0 ? -a * p * 2.0 * std::log(x) * f2 : 0.0;
            jtj[0] += da * da;
            jtj[1] += da * db;
            jtj[2] += db * db;
            jtr[0] += da * r;
            jtr[1] += db * r;
        }
    }
    return sum;
}

// A kept directed CSR entry: its other end and its sampling schedule, packed
// in 12 bytes so that the per-epoch scan of a vertex's edges reads one small
// stream (with the schedule in two arrays of doubles beside the columns the
// scan took a third of the SGD's time). Each float addition rounds by at
// most 2^-24 relative, a few thousandths of an epoch after 500 epochs: an
// edge whose sample falls that close to an epoch boundary may move by one
// epoch, nothing else changes.
struct Edge
{
    std::uint32_t column;
    float nextSample; // the edge is due in every epoch >= nextSample
    float period;     // epochs per sample, >= 1
};

struct EpochState
{
    const std::uint32_t *order;    // the vertices, step by step
    const std::uint64_t *rowStart; // edges of order[p]: [rowStart[p], rowStart[p + 1])
    Edge *edges;
    float *current;
    const float *snapshot;
    std::uint32_t n;
    std::size_t dim;
    std::size_t maxDegree;
    float a, b, twoAB, gammaTwoB, alpha;
    float epoch;
    int negatives;
    std::uint64_t epochSeed;
};

// Hands out the vertices [first, last) (a range of state.order) that have an
// edge due this epoch, advancing their schedules. The edges are stored in
// the order of state.order, so a chunk reads them as one forward stream.
class VertexFeeder
{
public:
    VertexFeeder(const EpochState &s, const std::uint32_t *first, const std::uint32_t *last)
        : m_s(s), m_next(first), m_last(last)
    {}

    // The next vertex with an edge due: writes the other ends of its due
    // edges, in CSR order, to targets (room for maxDegree) and returns their
    // count, with the vertex in `vertex`; 0 when no vertex is left.
    // Vertices without a due edge do not move and are skipped.
    std::uint32_t next(std::uint32_t &vertex, std::uint32_t *targets)
    {
        while (m_next != m_last) {
            const auto position = static_cast<std::size_t>(m_next - m_s.order);
            const std::uint32_t i = *m_next++;
            const std::uint64_t begin = m_s.rowStart[position];
            const auto degree = static_cast<std::uint32_t>(m_s.rowStart[position + 1] - begin);
            Edge *row = m_s.edges + begin;
            const float epoch = m_s.epoch;
            // Branch-free compaction: whether an edge is due is a coin flip
            // to the branch predictor.
            std::uint32_t due = 0;
            for (std::uint32_t m = 0; m < degree; ++m) {
                targets[due] = m;
                due += row[m].nextSample <= epoch ? 1u : 0u;
            }
            if (due == 0)
                continue;
            for (std::uint32_t q = 0; q < due; ++q) {
                Edge &edge = row[targets[q]];
                edge.nextSample += edge.period;
                targets[q] = edge.column;
            }
            vertex = i;
            return due;
        }
        return 0;
    }

private:
    const EpochState &m_s;
    const std::uint32_t *m_next;
    const std::uint32_t *m_last;
};

// Vertices in flight at once per thread. One vertex's moves form a chain
// (each gradient reads the position the previous one wrote); interleaving
// independent vertices lets the CPU overlap their latencies and, in 2-D with
// SSE2, compute four gradients in one vector. Any count gives the same
// result: each vertex sees exactly the sequence of moves it would alone.
constexpr int kLanes = 4;

// A vertex in flight: the other ends of its edges due this epoch and the
// next one to sample.
struct Lane
{
    std::uint32_t vertex = 0;
    std::uint32_t due = 0;
    std::uint32_t next = 0;
    std::uint32_t *targets = nullptr; // maxDegree, owned by the chunk's scratch
    VertexRng rng;
};

// One epoch for vertices [first, last): each moves itself only (see the
// header). Dim > 0 fixes the dimension at compile time, 0 reads state.dim.
// Every round each lane handles its next due edge (an attraction, then the
// negative samples); a lane whose vertex is done writes it back and takes
// the next vertex.
template <int Dim, bool ExactPow>
void moveVertices(const EpochState &s, const std::uint32_t *first, const std::uint32_t *last)
{
    // Locals, so that stores to the layout cannot be taken to alias them.
    const std::size_t dim = Dim > 0 ? static_cast<std::size_t>(Dim) : s.dim;
    const float *snapshot = s.snapshot;
    float *current = s.current;
    const float a = s.a;
    const float b = s.b;
    const float twoAB = s.twoAB;
    const float gammaTwoB = s.gammaTwoB;
    const float alpha = s.alpha;
    const float attractStep = 2.0f * alpha;
    const int negatives = s.negatives;
    const std::uint32_t n = s.n;

    std::vector<std::uint32_t> targetStore(kLanes * s.maxDegree);
    std::vector<float> ownStore(kLanes * dim);
    Lane lanes[kLanes];
    float *own[kLanes];
    for (int l = 0; l < kLanes; ++l) {
        lanes[l].targets = targetStore.data() + static_cast<std::size_t>(l) * s.maxDegree;
        own[l] = ownStore.data() + static_cast<std::size_t>(l) * dim;
    }
    VertexFeeder feeder(s, first, last);
    const auto load = [&](int l) {
        Lane &lane = lanes[l];
        lane.due = feeder.next(lane.vertex, lane.targets);
        if (lane.due == 0)
            return false;
        lane.next = 0;
        std::copy_n(current + static_cast<std::size_t>(lane.vertex) * dim, dim, own[l]);
        lane.rng.reset(mixSeed(s.epochSeed, lane.vertex));
        return true;
    };

    int active = 0;
    while (active < kLanes && load(active))
        ++active;
    while (active > 0) {
        for (int l = 0; l < active; ++l) {
            float *y = own[l];
            const float *other = snapshot + static_cast<std::size_t>(lanes[l].targets[lanes[l].next]) * dim;
            float d2 = 0.0f;
            for (std::size_t c = 0; c < dim; ++c) {
                const float t = y[c] - other[c];
                d2 += t * t;
            }
            if (d2 > 0.0f) {
                const float p = power<ExactPow>(d2, b);
                const float coefficient = -twoAB * p / (d2 * (a * p + 1.0f));
                for (std::size_t c = 0; c < dim; ++c)
                    y[c] += attractStep * clip4(coefficient * (y[c] - other[c]));
            }
        }
        for (int r = 0; r < negatives; ++r) {
            for (int l = 0; l < active; ++l) {
                const std::uint32_t k = lanes[l].rng.below(n);
                if (k == lanes[l].vertex)
                    continue;
                float *y = own[l];
                const float *neg = snapshot + static_cast<std::size_t>(k) * dim;
                float n2 = 0.0f;
                for (std::size_t c = 0; c < dim; ++c) {
                    const float t = y[c] - neg[c];
                    n2 += t * t;
                }
                if (n2 > 0.0f) {
                    const float coefficient = gammaTwoB / ((0.001f + n2) * (a * power<ExactPow>(n2, b) + 1.0f));
                    for (std::size_t c = 0; c < dim; ++c)
                        y[c] += alpha * clip4(coefficient * (y[c] - neg[c]));
                } else {
                    // Coincident points: a fixed push apart (as umap-learn).
                    for (std::size_t c = 0; c < dim; ++c)
                        y[c] += alpha * 4.0f;
                }
            }
        }
        for (int l = 0; l < active;) {
            if (++lanes[l].next < lanes[l].due) {
                ++l;
                continue;
            }
            std::copy_n(own[l], dim, current + static_cast<std::size_t>(lanes[l].vertex) * dim);
            if (load(l)) {
                ++l;
                continue;
            }
            // Out of vertices: the last active lane takes this slot (its
            // round is not finished yet, so l is looked at again).
            --active;
            std::swap(lanes[l], lanes[active]);
            std::swap(own[l], own[active]);
        }
    }
}

// HPLX_UMAP_NO_SIMD selects the scalar 2-D kernel, to check that both give
// the same layout.
#if defined(HPLX_HAVE_SSE2) && !defined(HPLX_UMAP_NO_SIMD)
#define HPLX_UMAP_SIMD 1

inline __m128 select4(__m128 mask, __m128 ifTrue, __m128 ifFalse)
{
    return _mm_or_ps(_mm_and_ps(mask, ifTrue), _mm_andnot_ps(mask, ifFalse));
}

inline __m128 mask4(bool m0, bool m1, bool m2, bool m3)
{
    return _mm_castsi128_ps(_mm_set_epi32(-int(m3), -int(m2), -int(m1), -int(m0)));
}

template <bool ExactPow>
inline __m128 power4(__m128 x, __m128 b)
{
    if constexpr (ExactPow) {
        alignas(16) float v[4];
        alignas(16) float e[4];
        _mm_store_ps(v, x);
        _mm_store_ps(e, b);
        for (int l = 0; l < 4; ++l)
            v[l] = std::pow(v[l], e[l]);
        return _mm_load_ps(v);
    } else {
        return fastPow4(x, b);
    }
}

// moveVertices<2, ExactPow> with the kLanes lanes in the four floats of SSE
// registers (x and y of the lanes' positions in one register each). Every
// lane does the same float operations in the same order as the scalar
// kernel, so the layouts are bitwise equal; dead lanes (the chunk's last
// vertices) and skipped samples are masked out. (Measured no faster: two
// such groups side by side, to overlap their dependency chains; drawing a
// round's negative samples first and prefetching their rows.)
template <bool ExactPow>
void moveVertices2Sse(const EpochState &s, const std::uint32_t *first, const std::uint32_t *last)
{
    static_assert(kLanes == 4, "one SSE register holds the lanes");
    const float *snapshot = s.snapshot;
    float *current = s.current;
    const __m128 a = _mm_set1_ps(s.a);
    const __m128 b = _mm_set1_ps(s.b);
    const __m128 negTwoAB = _mm_set1_ps(-s.twoAB);
    const __m128 gammaTwoB = _mm_set1_ps(s.gammaTwoB);
    const __m128 alpha = _mm_set1_ps(s.alpha);
    const __m128 attractStep = _mm_set1_ps(2.0f * s.alpha);
    const __m128 push = _mm_set1_ps(s.alpha * 4.0f);
    const __m128 one = _mm_set1_ps(1.0f);
    const __m128 zero = _mm_setzero_ps();
    const __m128 offset = _mm_set1_ps(0.001f);
    const __m128 lo = _mm_set1_ps(-4.0f);
    const __m128 hi = _mm_set1_ps(4.0f);
    const auto clip = [&](__m128 g) { return _mm_min_ps(_mm_max_ps(g, lo), hi); };
    const int negatives = s.negatives;
    const std::uint32_t n = s.n;

    std::vector<std::uint32_t> targetStore(kLanes * s.maxDegree);
    Lane lanes[kLanes];
    bool live[kLanes] = {};
    for (int l = 0; l < kLanes; ++l)
        lanes[l].targets = targetStore.data() + static_cast<std::size_t>(l) * s.maxDegree;
    alignas(16) float ownX[kLanes] = {};
    alignas(16) float ownY[kLanes] = {};
    VertexFeeder feeder(s, first, last);
    const auto load = [&](int l) {
        Lane &lane = lanes[l];
        lane.due = feeder.next(lane.vertex, lane.targets);
        live[l] = lane.due > 0;
        if (!live[l])
            return;
        lane.next = 0;
        ownX[l] = current[2 * static_cast<std::size_t>(lane.vertex)];
        ownY[l] = current[2 * static_cast<std::size_t>(lane.vertex) + 1];
        lane.rng.reset(mixSeed(s.epochSeed, lane.vertex));
    };
    for (int l = 0; l < kLanes; ++l)
        load(l);
    __m128 x = _mm_load_ps(ownX);
    __m128 y = _mm_load_ps(ownY);
    // A dead lane reads row 0 and its moves are discarded.
    const auto row = [&](int l, std::uint32_t j) { return snapshot + 2 * static_cast<std::size_t>(live[l] ? j : 0); };
    // Each lane's own position minus row j[l] of the snapshot, and its squared length.
    const auto offsets = [&](const std::uint32_t(&j)[kLanes], __m128 &tx, __m128 &ty) {
        const float *o0 = row(0, j[0]);
        const float *o1 = row(1, j[1]);
        const float *o2 = row(2, j[2]);
        const float *o3 = row(3, j[3]);
        tx = _mm_sub_ps(x, _mm_set_ps(o3[0], o2[0], o1[0], o0[0]));
        ty = _mm_sub_ps(y, _mm_set_ps(o3[1], o2[1], o1[1], o0[1]));
        return _mm_add_ps(_mm_mul_ps(tx, tx), _mm_mul_ps(ty, ty));
    };
    while (live[0] || live[1] || live[2] || live[3]) {
        const __m128 liveMask = mask4(live[0], live[1], live[2], live[3]);
        {
            // A dead lane's next may be one past its targets.
            std::uint32_t target[kLanes];
            for (int l = 0; l < kLanes; ++l)
                target[l] = live[l] ? lanes[l].targets[lanes[l].next] : 0;
            __m128 tx, ty;
            const __m128 d2 = offsets(target, tx, ty);
            const __m128 p = power4<ExactPow>(d2, b);
            const __m128 coefficient =
                _mm_div_ps(_mm_mul_ps(negTwoAB, p), _mm_mul_ps(d2, _mm_add_ps(_mm_mul_ps(a, p), one)));
            const __m128 move = _mm_and_ps(liveMask, _mm_cmpgt_ps(d2, zero));
            x = select4(move, _mm_add_ps(x, _mm_mul_ps(attractStep, clip(_mm_mul_ps(coefficient, tx)))), x);
            y = select4(move, _mm_add_ps(y, _mm_mul_ps(attractStep, clip(_mm_mul_ps(coefficient, ty)))), y);
        }
        for (int r = 0; r < negatives; ++r) {
            std::uint32_t kr[kLanes];
            for (int l = 0; l < kLanes; ++l)
                kr[l] = live[l] ? lanes[l].rng.below(n) : 0;
            __m128 tx, ty;
            const __m128 n2 = offsets(kr, tx, ty);
            const __m128 p = power4<ExactPow>(n2, b);
            const __m128 coefficient =
                _mm_div_ps(gammaTwoB, _mm_mul_ps(_mm_add_ps(offset, n2), _mm_add_ps(_mm_mul_ps(a, p), one)));
            // Coincident points: a fixed push apart (as umap-learn).
            const __m128 apart = _mm_cmpgt_ps(n2, zero);
            const __m128 stepX = select4(apart, _mm_mul_ps(alpha, clip(_mm_mul_ps(coefficient, tx))), push);
            const __m128 stepY = select4(apart, _mm_mul_ps(alpha, clip(_mm_mul_ps(coefficient, ty))), push);
            const __m128 move = _mm_and_ps(liveMask, mask4(kr[0] != lanes[0].vertex, kr[1] != lanes[1].vertex,
                                                           kr[2] != lanes[2].vertex, kr[3] != lanes[3].vertex));
            x = select4(move, _mm_add_ps(x, stepX), x);
            y = select4(move, _mm_add_ps(y, stepY), y);
        }
        bool finished = false;
        for (int l = 0; l < kLanes; ++l)
            finished |= live[l] && ++lanes[l].next == lanes[l].due;
        if (!finished)
            continue;
        _mm_store_ps(ownX, x);
        _mm_store_ps(ownY, y);
        for (int l = 0; l < kLanes; ++l) {
            if (!live[l] || lanes[l].next < lanes[l].due)
                continue;
            current[2 * static_cast<std::size_t>(lanes[l].vertex)] = ownX[l];
            current[2 * static_cast<std::size_t>(lanes[l].vertex) + 1] = ownY[l];
            load(l);
        }
        x = _mm_load_ps(ownX);
        y = _mm_load_ps(ownY);
    }
}
#endif

} // namespace

UmapCurve fitUmapCurve(double minDist, double spread)
{
    if (!(spread > 0.0) || !std::isfinite(spread))
        throw Error(ErrorKind::InvalidArgument, "UMAP: spread must be positive, got " + std::to_string(spread));
    if (!(minDist >= 0.0) || !std::isfinite(minDist))
        throw Error(ErrorKind::InvalidArgument,
                    "UMAP: minDist must be zero or positive, got " + std::to_string(minDist));
    CurveSamples s;
    constexpr int kSamples = 300;
    for (int i = 0; i < kSamples; ++i) {
        const double x = 3.0 * spread * static_cast<double>(i) / (kSamples - 1);
        s.x.push_back(x);
        s.y.push_back(x < minDist ? 1.0 : std::exp(-(x - minDist) / spread));
    }
    double a = 1.0;
    double b = 1.0;
    double lambda = 1e-3;
    double jtj[3];
    double jtr[2];
    double cost = residuals(s, a, b, jtj, jtr);
    for (int iteration = 0; iteration < 1000; ++iteration) {
        bool improved = false;
        double nextA = a;
        double nextB = b;
        double nextCost = cost;
        for (int attempt = 0; attempt < 60 && !improved; ++attempt) {
            // (J^T J + lambda diag(J^T J)) delta = -J^T r
            const double m00 = jtj[0] * (1.0 + lambda);
            const double m11 = jtj[2] * (1.0 + lambda);
            const double m01 = jtj[1];
            const double det = m00 * m11 - m01 * m01;
            if (det == 0.0 || !std::isfinite(det)) {
                lambda *= 10.0;
                continue;
            }
            const double da = -(m11 * jtr[0] - m01 * jtr[1]) / det;
            const double db = -(m00 * jtr[1] - m01 * jtr[0]) / det;
            nextA = a + da;
            nextB = b + db;
            if (nextA > 0.0 && nextB > 0.0) {
                nextCost = residuals(s, nextA, nextB, nullptr, nullptr);
                if (nextCost < cost) {
                    improved = true;
                    break;
                }
            }
            lambda *= 10.0;
        }
        if (!improved)
            break;
        const bool small = std::abs(nextA - a) <= 1e-13 * a && std::abs(nextB - b) <= 1e-13 * b;
        const bool flat = cost - nextCost <= 1e-16 * cost;
        a = nextA;
        b = nextB;
        cost = residuals(s, a, b, jtj, jtr);
        lambda = std::max(lambda / 10.0, 1e-12);
        if (small || flat)
            break;
    }
    if (!std::isfinite(a) || !std::isfinite(b) || a <= 0.0 || b <= 0.0)
        throw Error(ErrorKind::InvalidData, "UMAP: the curve fit for minDist " + std::to_string(minDist)
                                                + " and spread " + std::to_string(spread) + " failed");
    return {a, b};
}

void optimizeLayout(const FuzzyGraph &graph, Eigen::MatrixXf &layout, const UmapSgdSettings &settings,
                    Feedback *feedback, double progressFrom, double progressTo)
{
    const std::uint32_t n = graph.n;
    const auto dim = static_cast<std::size_t>(layout.cols());
    if (static_cast<std::uint32_t>(layout.rows()) != n || n == 0 || settings.nEpochs < 1)
        return;

    // Vertices split into steps by a seeded hash (independent of the input
    // order); a step's vertices move in parallel, each reading the others'
    // positions as published after the previous step. `order` lists them
    // step by step, ascending within a step.
    const std::size_t stepCount = std::clamp<std::size_t>(n / kVerticesPerStep, 1, kMaxSteps);
    std::vector<std::size_t> stepBegin(stepCount + 1, 0);
    std::vector<std::uint32_t> order(n);
    {
        std::vector<std::size_t> stepOf(n);
        const std::uint64_t stepSeed = mixSeed(settings.seed, kStreamSteps);
        for (std::uint32_t i = 0; i < n; ++i) {
            stepOf[i] = static_cast<std::size_t>(mixSeed(stepSeed, i) % stepCount);
            ++stepBegin[stepOf[i] + 1];
        }
        for (std::size_t step = 0; step < stepCount; ++step)
            stepBegin[step + 1] += stepBegin[step];
        std::vector<std::size_t> fill(stepBegin.begin(), stepBegin.end() - 1);
        for (std::uint32_t i = 0; i < n; ++i)
            order[fill[stepOf[i]]++] = i;
    }

    // Sampling schedule per directed CSR entry (each vertex owns its row),
    // rows in `order`.
    const float maxWeight =
        graph.weights.empty() ? 0.0f : *std::max_element(graph.weights.begin(), graph.weights.end());
    const double nEpochs = settings.nEpochs;
    std::vector<std::uint64_t> rowStart(static_cast<std::size_t>(n) + 1, 0);
    std::vector<Edge> edges;
    edges.reserve(graph.columns.size());
    std::size_t maxDegree = 0;
    for (std::size_t position = 0; position < n; ++position) {
        const std::uint32_t i = order[position];
        for (std::uint64_t e = graph.rowStart[i]; e < graph.rowStart[i + 1]; ++e) {
            const double w = graph.weights[e];
            if (w < static_cast<double>(maxWeight) / nEpochs || w <= 0.0)
                continue;
            const auto period = static_cast<float>(static_cast<double>(maxWeight) / w);
            edges.push_back({graph.columns[e], period, period});
        }
        rowStart[position + 1] = edges.size();
        maxDegree = std::max<std::size_t>(maxDegree, edges.size() - rowStart[position]);
    }

    std::vector<float> current(static_cast<std::size_t>(n) * dim);
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::size_t c = 0; c < dim; ++c)
            current[i * dim + c] = layout(i, static_cast<Eigen::Index>(c));
    std::vector<float> snapshot = current;

    EpochState state{};
    state.order = order.data();
    state.rowStart = rowStart.data();
    state.edges = edges.data();
    state.current = current.data();
    state.snapshot = snapshot.data();
    state.n = n;
    state.dim = dim;
    state.maxDegree = maxDegree;
    state.a = static_cast<float>(settings.curve.a);
    state.b = static_cast<float>(settings.curve.b);
    state.twoAB = 2.0f * state.a * state.b;
    state.gammaTwoB = static_cast<float>(2.0 * settings.repulsionStrength * settings.curve.b);
    state.negatives = settings.negativeSampleRate;
    const std::uint64_t epochStream = mixSeed(settings.seed, kStreamEpoch);

    using Mover = void (*)(const EpochState &, const std::uint32_t *, const std::uint32_t *);
    const bool exact = settings.exactPow;
    Mover move = exact ? moveVertices<0, true> : moveVertices<0, false>;
    if (dim == 3)
        move = exact ? moveVertices<3, true> : moveVertices<3, false>;
    if (dim == 2) {
#ifdef HPLX_UMAP_SIMD
        move = exact ? moveVertices2Sse<true> : moveVertices2Sse<false>;
#else
        move = exact ? moveVertices<2, true> : moveVertices<2, false>;
#endif
    }

    for (int epoch = 0; epoch < settings.nEpochs; ++epoch) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(progressFrom + (progressTo - progressFrom) * epoch / nEpochs, "UMAP: optimising");
        }
        state.alpha = static_cast<float>(settings.learningRate * (1.0 - epoch / nEpochs));
        state.epoch = static_cast<float>(epoch);
        state.epochSeed = mixSeed(epochStream, static_cast<std::uint64_t>(epoch));
        for (std::size_t step = 0; step < stepCount; ++step) {
            const std::uint32_t *vertices = order.data() + stepBegin[step];
            const std::size_t size = stepBegin[step + 1] - stepBegin[step];
            graphdetail::parallelChunks(size, verticesPerChunk(size), settings.threads, nullptr, 0.0, 0.0,
                                        std::string(), [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                                            move(state, vertices + begin, vertices + end);
                                        });
            // Publish this step's moves to the positions the next step reads.
            for (std::size_t v = 0; v < size; ++v)
                std::copy_n(current.data() + static_cast<std::size_t>(vertices[v]) * dim, dim,
                            snapshot.data() + static_cast<std::size_t>(vertices[v]) * dim);
        }
    }
    if (feedback) {
        feedback->throwIfCancelled();
        feedback->setProgress(progressTo, "UMAP: optimising");
    }
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::size_t c = 0; c < dim; ++c)
            layout(i, static_cast<Eigen::Index>(c)) = current[i * dim + c];
}

} // namespace hplx
