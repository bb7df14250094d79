#include "embed/UmapSgd.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/FastMath.h"
#include "util/ParallelChunks.h"
#include "util/Random.h"
#include "util/WorkerTeam.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
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

// The pulls on a vertex (see optimizeLayout) are added up in fixed point, in
// units of 2^-32, in one bank (n x dim) per thread: integer sums do not
// depend on the order of the additions, so the sum a vertex takes is the
// same for any thread count, chunking and kernel. The banks only ever grow
// (modulo 2^64); a vertex takes the difference to what it had taken before,
// so that no thread writes into another thread's bank. One epoch's pulls on
// a vertex are at most 4 * learningRate * its degree per coordinate, far
// inside the range; a pull loses its digits below 2^-32 (2.3e-10), far
// below a float position's rounding. (A pull beyond 2^30 units of length,
// from an absurd learning rate, is cut there rather than overflow.)
constexpr float kPullUnits = 0x1p32f;
constexpr int kPullExponent = -32;

inline std::uint64_t pullUnits(float step)
{
    const float units = std::min(0x1p62f, std::max(-0x1p62f, step * kPullUnits));
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(units));
}

// One step's inputs. The positions live in two buffers that swap roles
// every step: a step reads `before` (every position as of the end of the
// previous step) and writes its own vertices' new positions to `after`, so
// nothing is copied back between steps (see optimizeLayout).
struct EpochState
{
    const std::uint32_t *inputRow; // a vertex's row in the caller's layout
    const std::uint64_t *rowStart; // edges of vertex v: [rowStart[v], rowStart[v + 1])
    Edge *edges;
    std::uint64_t *const *banks; // the threads' pull banks (see kPullUnits)
    std::size_t bankCount;
    std::uint64_t *taken; // n x dim: the sum of a vertex's banks when it last took its pulls
    const float *before;
    float *after;
    std::uint32_t n;
    std::size_t dim;
    std::size_t maxDegree;
    float a, b, twoAB, gammaTwoB, alpha;
    float epoch;
    int negatives;
    std::uint64_t epochSeed;
};

// own = vertex's position in `before` plus the pulls on it since it last
// took them.
inline void takePulls(std::uint64_t *const *banks, std::size_t bankCount, std::uint64_t *taken, const float *before,
                      std::size_t vertex, std::size_t dim, float *own)
{
    for (std::size_t c = 0; c < dim; ++c) {
        const std::size_t k = vertex * dim + c;
        std::uint64_t units = 0;
        for (std::size_t bank = 0; bank < bankCount; ++bank)
            units += banks[bank][k];
        const auto fresh = static_cast<std::int64_t>(units - taken[k]);
        taken[k] = units;
        own[c] = before[k] + static_cast<float>(std::ldexp(static_cast<double>(fresh), kPullExponent));
    }
}

// Hands out the vertices [first, last) (numbered as in optimizeLayout) that
// have an edge due this epoch, advancing their schedules, each at its
// published position plus the pulls waiting for it. The others only take
// their pulls (written from state.before to state.after, so that every
// vertex of the step is written). The edges are stored in the vertices'
// order, so a chunk reads them as one forward stream.
class VertexFeeder
{
public:
    VertexFeeder(const EpochState &s, std::uint32_t first, std::uint32_t last) : m_s(s), m_next(first), m_last(last) {}

    // The next vertex with an edge due: writes the other ends of its due
    // edges, in CSR order, to targets (room for maxDegree), its position with
    // its pulls taken to own (dim) and returns the count of due edges, with
    // the vertex in `vertex`; 0 when no vertex is left. Vertices without a
    // due edge are skipped.
    std::uint32_t next(std::uint32_t &vertex, std::uint32_t *targets, float *own)
    {
        const std::size_t dim = m_s.dim;
        while (m_next != m_last) {
            const std::uint32_t i = m_next++;
            const std::uint64_t begin = m_s.rowStart[i];
            const auto degree = static_cast<std::uint32_t>(m_s.rowStart[i + 1] - begin);
            Edge *row = m_s.edges + begin;
            const float epoch = m_s.epoch;
            takePulls(m_s.banks, m_s.bankCount, m_s.taken, m_s.before, i, dim, own);
            // Branch-free compaction: whether an edge is due is a coin flip
            // to the branch predictor.
            std::uint32_t due = 0;
            for (std::uint32_t m = 0; m < degree; ++m) {
                targets[due] = m;
                due += row[m].nextSample <= epoch ? 1u : 0u;
            }
            if (due == 0) {
                std::copy_n(own, dim, m_s.after + static_cast<std::size_t>(i) * dim);
                continue;
            }
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
    std::uint32_t m_next;
    std::uint32_t m_last;
};

// Vertices in flight at once per thread. One vertex's moves form a chain
// (each gradient reads the position the previous one wrote); interleaving
// independent vertices lets the CPU overlap their latencies and, in 2-D,
// compute four gradients in one SSE vector (eight with AVX2). Any count
// gives the same result: each vertex sees exactly the sequence of moves it
// would alone.
constexpr int kLanes = 4;
constexpr int kMaxLanes = 8; // the AVX2 kernel's

// A vertex in flight: the other ends of its edges due this epoch and the
// next one to sample.
struct Lane
{
    std::uint32_t vertex = 0;
    std::uint32_t due = 0;
    std::uint32_t next = 0;
    std::uint32_t *targets = nullptr; // maxDegree, owned by the thread's scratch
    VertexRng rng;
};

// Working memory of one thread, allocated once per layout: each lane's due
// targets (maxDegree) and own position (dim), and the thread's pull bank.
struct MoveScratch
{
    std::vector<std::uint32_t> targets;
    std::vector<float> own;
    std::vector<std::uint64_t> bank; // n x dim, see kPullUnits

    MoveScratch(std::size_t maxDegree, std::uint32_t n, std::size_t dim)
        : targets(kMaxLanes * maxDegree), own(kMaxLanes * dim), bank(static_cast<std::size_t>(n) * dim, 0)
    {}
};

// One epoch for vertices [first, last): each moves itself and pulls the
// other ends of its due edges, into its thread's bank (see the header).
// Dim > 0 fixes the dimension at compile time, 0 reads state.dim. Every
// round each lane handles its next due edge (an attraction, then the
// negative samples); a lane whose vertex is done writes it back and takes
// the next vertex.
template <int Dim, bool ExactPow>
void moveVertices(const EpochState &s, MoveScratch &scratch, std::uint32_t first, std::uint32_t last)
{
    // Locals, so that stores to the layout cannot be taken to alias them.
    const std::size_t dim = Dim > 0 ? static_cast<std::size_t>(Dim) : s.dim;
    const float *before = s.before;
    float *after = s.after;
    const float a = s.a;
    const float b = s.b;
    const float twoAB = s.twoAB;
    const float gammaTwoB = s.gammaTwoB;
    const float alpha = s.alpha;
    std::uint64_t *bank = scratch.bank.data();
    const int negatives = s.negatives;
    const std::uint32_t n = s.n;

    Lane lanes[kLanes];
    float *own[kLanes];
    for (int l = 0; l < kLanes; ++l) {
        lanes[l].targets = scratch.targets.data() + static_cast<std::size_t>(l) * s.maxDegree;
        own[l] = scratch.own.data() + static_cast<std::size_t>(l) * dim;
    }
    VertexFeeder feeder(s, first, last);
    const auto load = [&](int l) {
        Lane &lane = lanes[l];
        lane.due = feeder.next(lane.vertex, lane.targets, own[l]);
        if (lane.due == 0)
            return false;
        lane.next = 0;
        lane.rng.reset(mixSeed(s.epochSeed, s.inputRow[lane.vertex]));
        return true;
    };

    int active = 0;
    while (active < kLanes && load(active))
        ++active;
    while (active > 0) {
        for (int l = 0; l < active; ++l) {
            float *y = own[l];
            const std::size_t target = lanes[l].targets[lanes[l].next];
            const float *other = before + target * dim;
            float d2 = 0.0f;
            for (std::size_t c = 0; c < dim; ++c) {
                const float t = y[c] - other[c];
                d2 += t * t;
            }
            if (d2 > 0.0f) {
                const float p = power<ExactPow>(d2, b);
                const float coefficient = -twoAB * p / (d2 * (a * p + 1.0f));
                for (std::size_t c = 0; c < dim; ++c) {
                    const float step = alpha * clip4(coefficient * (y[c] - other[c]));
                    y[c] += step;
                    bank[target * dim + c] -= pullUnits(step);
                }
            }
        }
        for (int r = 0; r < negatives; ++r) {
            for (int l = 0; l < active; ++l) {
                const std::uint32_t k = lanes[l].rng.below(n);
                if (k == lanes[l].vertex)
                    continue;
                float *y = own[l];
                const float *neg = before + static_cast<std::size_t>(k) * dim;
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
            std::copy_n(own[l], dim, after + static_cast<std::size_t>(lanes[l].vertex) * dim);
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

// HPLX_UMAP_NO_SIMD selects the scalar 2-D kernel, HPLX_UMAP_NO_AVX2 the SSE
// one on AVX2 machines, to check that all give the same layout.
#if defined(HPLX_HAVE_SSE2) && !defined(HPLX_UMAP_NO_SIMD)
#define HPLX_UMAP_SIMD 1
#ifdef __GNUC__
#define HPLX_ALWAYS_INLINE __attribute__((always_inline))
#else
#define HPLX_ALWAYS_INLINE
#endif

// x[l]^b[l] by std::pow, for the registers' ExactPow path.
template <int Width>
void powLanes(float (&x)[Width], const float (&b)[Width])
{
    for (int l = 0; l < Width; ++l)
        x[l] = std::pow(x[l], b[l]);
}

// The lanes in the four floats of an SSE register.
struct Sse4
{
    using Reg = __m128;
    static constexpr int kWidth = 4;

    static Reg set1(float v) { return _mm_set1_ps(v); }
    static Reg zero() { return _mm_setzero_ps(); }
    static Reg load(const float *p) { return _mm_load_ps(p); }
    static void store(float *p, Reg v) { _mm_store_ps(p, v); }
    static Reg add(Reg x, Reg y) { return _mm_add_ps(x, y); }
    static Reg sub(Reg x, Reg y) { return _mm_sub_ps(x, y); }
    static Reg mul(Reg x, Reg y) { return _mm_mul_ps(x, y); }
    static Reg div(Reg x, Reg y) { return _mm_div_ps(x, y); }
    static Reg clip(Reg g, Reg lo, Reg hi) { return _mm_min_ps(_mm_max_ps(g, lo), hi); }
    static Reg greater(Reg x, Reg y) { return _mm_cmpgt_ps(x, y); }
    static Reg both(Reg m, Reg n) { return _mm_and_ps(m, n); }
    static Reg select(Reg mask, Reg ifTrue, Reg ifFalse)
    {
        return _mm_or_ps(_mm_and_ps(mask, ifTrue), _mm_andnot_ps(mask, ifFalse));
    }
    static Reg mask(const bool (&m)[kWidth])
    {
        return _mm_castsi128_ps(_mm_set_epi32(-int(m[3]), -int(m[2]), -int(m[1]), -int(m[0])));
    }
    // Component c of the four rows.
    static Reg column(const float *const (&rows)[kWidth], int c)
    {
        return _mm_set_ps(rows[3][c], rows[2][c], rows[1][c], rows[0][c]);
    }
    template <bool ExactPow>
    static Reg power(Reg x, Reg b)
    {
        if constexpr (ExactPow) {
            alignas(16) float v[kWidth];
            alignas(16) float e[kWidth];
            _mm_store_ps(v, x);
            _mm_store_ps(e, b);
            powLanes(v, e);
            return _mm_load_ps(v);
        } else {
            return fastPow4(x, b);
        }
    }
};

// GCC only: Clang rejects the Avx8 instance of the shared kernel template
// (__m256 values in a function without the avx2 target, although it is only
// ever inlined into one), so it uses the SSE kernel.
#if defined(HPLX_HAVE_AVX2_DISPATCH) && !defined(__clang__) && !defined(HPLX_UMAP_NO_AVX2)
#define HPLX_UMAP_AVX2 1
#define HPLX_AVX2_FN __attribute__((target("avx2")))

// The lanes in the eight floats of an AVX register: the same instructions as
// Sse4, twice as wide (AVX2 only for fastPow8's integer operations; no FMA,
// which would round differently). Not inlined into code without the avx2
// target; moveVertices2Avx2 flattens them into itself.
struct Avx8
{
    using Reg = __m256;
    static constexpr int kWidth = 8;

    HPLX_AVX2_FN static Reg set1(float v) { return _mm256_set1_ps(v); }
    HPLX_AVX2_FN static Reg zero() { return _mm256_setzero_ps(); }
    HPLX_AVX2_FN static Reg load(const float *p) { return _mm256_load_ps(p); }
    HPLX_AVX2_FN static void store(float *p, Reg v) { _mm256_store_ps(p, v); }
    HPLX_AVX2_FN static Reg add(Reg x, Reg y) { return _mm256_add_ps(x, y); }
    HPLX_AVX2_FN static Reg sub(Reg x, Reg y) { return _mm256_sub_ps(x, y); }
    HPLX_AVX2_FN static Reg mul(Reg x, Reg y) { return _mm256_mul_ps(x, y); }
    HPLX_AVX2_FN static Reg div(Reg x, Reg y) { return _mm256_div_ps(x, y); }
    HPLX_AVX2_FN static Reg clip(Reg g, Reg lo, Reg hi) { return _mm256_min_ps(_mm256_max_ps(g, lo), hi); }
    HPLX_AVX2_FN static Reg greater(Reg x, Reg y) { return _mm256_cmp_ps(x, y, _CMP_GT_OS); }
    HPLX_AVX2_FN static Reg both(Reg m, Reg n) { return _mm256_and_ps(m, n); }
    HPLX_AVX2_FN static Reg select(Reg mask, Reg ifTrue, Reg ifFalse)
    {
        return _mm256_or_ps(_mm256_and_ps(mask, ifTrue), _mm256_andnot_ps(mask, ifFalse));
    }
    HPLX_AVX2_FN static Reg mask(const bool (&m)[kWidth])
    {
        return _mm256_castsi256_ps(_mm256_set_epi32(-int(m[7]), -int(m[6]), -int(m[5]), -int(m[4]), -int(m[3]),
                                                    -int(m[2]), -int(m[1]), -int(m[0])));
    }
    HPLX_AVX2_FN static Reg column(const float *const (&rows)[kWidth], int c)
    {
        return _mm256_set_ps(rows[7][c], rows[6][c], rows[5][c], rows[4][c], rows[3][c], rows[2][c], rows[1][c],
                             rows[0][c]);
    }
    template <bool ExactPow>
    HPLX_AVX2_FN static Reg power(Reg x, Reg b)
    {
        if constexpr (ExactPow) {
            alignas(32) float v[kWidth];
            alignas(32) float e[kWidth];
            _mm256_store_ps(v, x);
            _mm256_store_ps(e, b);
            powLanes(v, e);
            return _mm256_load_ps(v);
        } else {
            return fastPow8(x, b);
        }
    }
};
#endif

// moveVertices<2, ExactPow> with V::kWidth lanes in the floats of vector
// registers (x and y of the lanes' positions in one register each). Every
// lane does the same float operations in the same order as the scalar
// kernel, so the layouts are bitwise equal; dead lanes (the chunk's last
// vertices) and skipped samples are masked out. (Measured no faster: two
// such groups side by side, to overlap their dependency chains; drawing a
// round's negative samples first and prefetching their rows.)
// Always inlined (a compile error otherwise): the Avx8 instance must be
// compiled inside moveVertices2Avx2, with the avx2 target. So GCC's warning
// that its __m256 values would change ABI in code without AVX concerns code
// that is never generated.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif
template <typename V, bool ExactPow>
HPLX_ALWAYS_INLINE inline void moveVertices2Simd(const EpochState &s, MoveScratch &scratch, std::uint32_t first,
                                                 std::uint32_t last)
{
    using Reg = typename V::Reg;
    constexpr int kWidth = V::kWidth;
    static_assert(kWidth <= kMaxLanes, "scratch holds kMaxLanes lanes");
    const float *before = s.before;
    float *after = s.after;
    const Reg a = V::set1(s.a);
    const Reg b = V::set1(s.b);
    const Reg negTwoAB = V::set1(-s.twoAB);
    const Reg gammaTwoB = V::set1(s.gammaTwoB);
    const Reg alpha = V::set1(s.alpha);
    std::uint64_t *bank = scratch.bank.data();
    const Reg push = V::set1(s.alpha * 4.0f);
    const Reg one = V::set1(1.0f);
    const Reg zero = V::zero();
    const Reg offset = V::set1(0.001f);
    const Reg lo = V::set1(-4.0f);
    const Reg hi = V::set1(4.0f);
    const int negatives = s.negatives;
    const std::uint32_t n = s.n;

    Lane lanes[kWidth];
    bool live[kWidth] = {};
    for (int l = 0; l < kWidth; ++l)
        lanes[l].targets = scratch.targets.data() + static_cast<std::size_t>(l) * s.maxDegree;
    alignas(32) float ownX[kWidth] = {};
    alignas(32) float ownY[kWidth] = {};
    VertexFeeder feeder(s, first, last);
    const auto load = [&](int l) {
        Lane &lane = lanes[l];
        float own[2];
        lane.due = feeder.next(lane.vertex, lane.targets, own);
        live[l] = lane.due > 0;
        if (!live[l])
            return;
        lane.next = 0;
        ownX[l] = own[0];
        ownY[l] = own[1];
        lane.rng.reset(mixSeed(s.epochSeed, s.inputRow[lane.vertex]));
    };
    const auto anyLive = [&] {
        bool any = false;
        for (int l = 0; l < kWidth; ++l)
            any |= live[l];
        return any;
    };
    for (int l = 0; l < kWidth; ++l)
        load(l);
    Reg x = V::load(ownX);
    Reg y = V::load(ownY);
    // Each lane's own position minus row j[l] of `before` (row 0 for a dead
    // lane, whose moves are discarded), and its squared length. (Registers
    // by reference: Avx8's must not cross a call without the avx2 target.)
    const auto offsets = [&](const std::uint32_t(&j)[kWidth], Reg &tx, Reg &ty, Reg &squared) HPLX_ALWAYS_INLINE {
        const float *rows[kWidth];
        for (int l = 0; l < kWidth; ++l)
            rows[l] = before + 2 * static_cast<std::size_t>(live[l] ? j[l] : 0);
        tx = V::sub(x, V::column(rows, 0));
        ty = V::sub(y, V::column(rows, 1));
        squared = V::add(V::mul(tx, tx), V::mul(ty, ty));
    };
    while (anyLive()) {
        const Reg liveMask = V::mask(live);
        {
            // A dead lane's next may be one past its targets.
            std::uint32_t target[kWidth];
            for (int l = 0; l < kWidth; ++l)
                target[l] = live[l] ? lanes[l].targets[lanes[l].next] : 0;
            Reg tx, ty, d2;
            offsets(target, tx, ty, d2);
            const Reg p = V::template power<ExactPow>(d2, b);
            const Reg coefficient = V::div(V::mul(negTwoAB, p), V::mul(d2, V::add(V::mul(a, p), one)));
            const Reg move = V::both(liveMask, V::greater(d2, zero));
            const Reg stepX = V::select(move, V::mul(alpha, V::clip(V::mul(coefficient, tx), lo, hi)), zero);
            const Reg stepY = V::select(move, V::mul(alpha, V::clip(V::mul(coefficient, ty), lo, hi)), zero);
            x = V::select(move, V::add(x, stepX), x);
            y = V::select(move, V::add(y, stepY), y);
            // The other ends' pulls (a lane that did not move pulls by 0).
            alignas(32) float pullX[kWidth];
            alignas(32) float pullY[kWidth];
            V::store(pullX, stepX);
            V::store(pullY, stepY);
            for (int l = 0; l < kWidth; ++l)
                if (live[l]) {
                    bank[2 * static_cast<std::size_t>(target[l])] -= pullUnits(pullX[l]);
                    bank[2 * static_cast<std::size_t>(target[l]) + 1] -= pullUnits(pullY[l]);
                }
        }
        for (int r = 0; r < negatives; ++r) {
            std::uint32_t kr[kWidth];
            bool other[kWidth];
            for (int l = 0; l < kWidth; ++l) {
                kr[l] = live[l] ? lanes[l].rng.below(n) : 0;
                other[l] = kr[l] != lanes[l].vertex;
            }
            Reg tx, ty, n2;
            offsets(kr, tx, ty, n2);
            const Reg p = V::template power<ExactPow>(n2, b);
            const Reg coefficient = V::div(gammaTwoB, V::mul(V::add(offset, n2), V::add(V::mul(a, p), one)));
            // Coincident points: a fixed push apart (as umap-learn).
            const Reg apart = V::greater(n2, zero);
            const Reg stepX = V::select(apart, V::mul(alpha, V::clip(V::mul(coefficient, tx), lo, hi)), push);
            const Reg stepY = V::select(apart, V::mul(alpha, V::clip(V::mul(coefficient, ty), lo, hi)), push);
            const Reg move = V::both(liveMask, V::mask(other));
            x = V::select(move, V::add(x, stepX), x);
            y = V::select(move, V::add(y, stepY), y);
        }
        bool finished = false;
        for (int l = 0; l < kWidth; ++l)
            finished |= live[l] && ++lanes[l].next == lanes[l].due;
        if (!finished)
            continue;
        V::store(ownX, x);
        V::store(ownY, y);
        for (int l = 0; l < kWidth; ++l) {
            if (!live[l] || lanes[l].next < lanes[l].due)
                continue;
            after[2 * static_cast<std::size_t>(lanes[l].vertex)] = ownX[l];
            after[2 * static_cast<std::size_t>(lanes[l].vertex) + 1] = ownY[l];
            load(l);
        }
        x = V::load(ownX);
        y = V::load(ownY);
    }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

template <bool ExactPow>
void moveVertices2Sse(const EpochState &s, MoveScratch &scratch, std::uint32_t first, std::uint32_t last)
{
    moveVertices2Simd<Sse4, ExactPow>(s, scratch, first, last);
}

#ifdef HPLX_UMAP_AVX2
// The AVX2 instance: flatten inlines the kernel and Avx8's functions into
// this avx2-target function (they cannot be inlined into code without it).
template <bool ExactPow>
HPLX_AVX2_FN __attribute__((flatten)) void moveVertices2Avx2(const EpochState &s, MoveScratch &scratch,
                                                             std::uint32_t first, std::uint32_t last)
{
    moveVertices2Simd<Avx8, ExactPow>(s, scratch, first, last);
}
#endif
#endif

using Mover = void (*)(const EpochState &, MoveScratch &, std::uint32_t, std::uint32_t);

Mover selectMover(std::size_t dim, bool exact)
{
    if (dim == 2) {
#ifdef HPLX_UMAP_AVX2
        if (__builtin_cpu_supports("avx2"))
            return exact ? moveVertices2Avx2<true> : moveVertices2Avx2<false>;
#endif
#ifdef HPLX_UMAP_SIMD
        return exact ? moveVertices2Sse<true> : moveVertices2Sse<false>;
#else
        return exact ? moveVertices<2, true> : moveVertices<2, false>;
#endif
    }
    if (dim == 3)
        return exact ? moveVertices<3, true> : moveVertices<3, false>;
    return exact ? moveVertices<0, true> : moveVertices<0, false>;
}

// The step of every vertex: a greedy colouring of the graph's kept edges,
// so that no edge joins two vertices of one step (see optimizeLayout).
// Vertices are visited in a seeded order; each takes the least used of the
// steps that none of its coloured neighbours has, so that the steps stay
// near equal in size and keep the threads busy. It starts with stepCount
// steps and opens another when a vertex's neighbours hold them all (on
// large graphs rarely if ever: UMAP's graphs have a few dozen neighbours at
// most, against 32 steps). Returns the steps; stepCount becomes their count.
template <typename Kept>
std::vector<std::uint32_t> assignSteps(const FuzzyGraph &graph, const Kept &kept, std::size_t &stepCount,
                                       std::uint64_t seed)
{
    const std::uint32_t n = graph.n;
    std::vector<std::uint32_t> visit(n);
    std::iota(visit.begin(), visit.end(), 0u);
    std::vector<std::uint64_t> key(n);
    for (std::uint32_t i = 0; i < n; ++i)
        key[i] = mixSeed(seed, i);
    std::sort(visit.begin(), visit.end(),
              [&](std::uint32_t l, std::uint32_t r) { return key[l] != key[r] ? key[l] < key[r] : l < r; });
    constexpr std::uint32_t kNone = 0xffffffffu;
    std::vector<std::uint32_t> stepOf(n, kNone);
    std::vector<std::size_t> size(stepCount, 0);
    std::vector<std::uint32_t> takenBy(stepCount, kNone); // takenBy[s] == i: a neighbour of i is in s
    for (const std::uint32_t i : visit) {
        for (std::uint64_t e = graph.rowStart[i]; e < graph.rowStart[i + 1]; ++e)
            if (kept(e) && stepOf[graph.columns[e]] != kNone)
                takenBy[stepOf[graph.columns[e]]] = i;
        std::size_t best = size.size();
        for (std::size_t step = 0; step < size.size(); ++step)
            if (takenBy[step] != i && (best == size.size() || size[step] < size[best]))
                best = step;
        if (best == size.size()) {
            size.push_back(0);
            takenBy.push_back(kNone);
        }
        stepOf[i] = static_cast<std::uint32_t>(best);
        ++size[best];
    }
    stepCount = size.size();
    return stepOf;
}

// The vertices sorted by their first coordinate in the start layout (ties
// and NaN by index). optimizeLayout numbers a step's vertices in this order,
// so a chunk holds vertices from one region of the layout, whose neighbours
// and pulls lie in that region too (see the header's Speed paragraph).
std::vector<std::uint32_t> alongFirstAxis(const Eigen::MatrixXf &layout)
{
    const auto n = static_cast<std::uint32_t>(layout.rows());
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    if (layout.cols() == 0)
        return order;
    std::vector<float> key(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const float x = layout(static_cast<Eigen::Index>(i), 0);
        key[i] = std::isnan(x) ? std::numeric_limits<float>::infinity() : x;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t l, std::uint32_t r) { return key[l] < key[r]; });
    return order;
}

// One step's vertices: the numbers [first, last) (see optimizeLayout).
struct Vertices
{
    std::uint32_t first = 0;
    std::uint32_t last = 0;

    std::uint32_t size() const { return last - first; }
};

void copyRows(std::uint32_t first, std::uint32_t last, std::size_t dim, const float *from, float *to)
{
    std::copy(from + first * dim, from + last * dim, to + first * dim);
}

// One step on the team: every chunk moves its share of `vertices` and copies
// its share of `previous` (the previous step's vertices, whose positions are
// in state.before only) to state.after, so that state.after ends up holding
// every position and no serial copy separates the steps.
void runStep(WorkerTeam &team, std::vector<MoveScratch> &scratch, Mover move, const EpochState &state,
             Vertices vertices, Vertices previous)
{
    const std::uint64_t size = vertices.size();
    const std::uint64_t chunkSize = verticesPerChunk(size);
    const std::uint64_t chunks = (size + chunkSize - 1) / chunkSize;
    const std::uint64_t previousSize = previous.size();
    team.run(size, chunkSize, [&](unsigned lane, std::uint64_t chunk, std::uint64_t begin, std::uint64_t end) {
        copyRows(previous.first + static_cast<std::uint32_t>(previousSize * chunk / chunks),
                 previous.first + static_cast<std::uint32_t>(previousSize * (chunk + 1) / chunks), state.dim,
                 state.before, state.after);
        move(state, scratch[lane], vertices.first + static_cast<std::uint32_t>(begin),
             vertices.first + static_cast<std::uint32_t>(end));
    });
}

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

    // Edges lighter than this are never sampled.
    const float maxWeight =
        graph.weights.empty() ? 0.0f : *std::max_element(graph.weights.begin(), graph.weights.end());
    const double nEpochs = settings.nEpochs;
    const auto kept = [&](std::uint64_t e) {
        const double w = graph.weights[e];
        return w > 0.0 && w >= static_cast<double>(maxWeight) / nEpochs;
    };

    // Vertices split into steps with no edge inside a step (see
    // assignSteps); a step's vertices move in parallel, each reading the
    // others' positions as published after the previous step. `order` lists
    // the input rows step by step, within a step along the first axis
    // (alongFirstAxis). Inside the SGD a vertex is numbered by its place in
    // `order` (vertex v is input row order[v]; `number` is the inverse):
    // positions, edges, pulls and schedules are all stored in that order, so
    // that a step's vertices are one block and a chunk reads and writes its
    // vertices' data as forward streams.
    std::size_t stepCount = std::clamp<std::size_t>(n / kVerticesPerStep, 1, kMaxSteps);
    const std::vector<std::uint32_t> stepOf = assignSteps(graph, kept, stepCount, mixSeed(settings.seed, kStreamSteps));
    std::vector<std::size_t> stepBegin(stepCount + 1, 0);
    std::vector<std::uint32_t> order(n);
    {
        for (std::uint32_t i = 0; i < n; ++i)
            ++stepBegin[stepOf[i] + 1];
        for (std::size_t step = 0; step < stepCount; ++step)
            stepBegin[step + 1] += stepBegin[step];
        std::vector<std::size_t> fill(stepBegin.begin(), stepBegin.end() - 1);
        for (const std::uint32_t i : alongFirstAxis(layout))
            order[fill[stepOf[i]]++] = i;
    }
    std::vector<std::uint32_t> number(n);
    for (std::uint32_t v = 0; v < n; ++v)
        number[order[v]] = v;

    // Sampling schedule per directed CSR entry (each vertex owns its row).
    std::vector<std::uint64_t> rowStart(static_cast<std::size_t>(n) + 1, 0);
    std::vector<Edge> edges;
    edges.reserve(graph.columns.size());
    std::size_t maxDegree = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::uint32_t i = order[v];
        for (std::uint64_t e = graph.rowStart[i]; e < graph.rowStart[i + 1]; ++e) {
            if (!kept(e))
                continue;
            // Only an edge kept one way can end inside a step; its pulls
            // would race with the other end taking them.
            if (stepOf[graph.columns[e]] == stepOf[i])
                throw Error(ErrorKind::InvalidArgument, "UMAP: the graph has an edge " + std::to_string(i) + " -> "
                                                            + std::to_string(graph.columns[e])
                                                            + " without its reverse (it must be symmetric)");
            const auto period = static_cast<float>(static_cast<double>(maxWeight) / graph.weights[e]);
            edges.push_back({number[graph.columns[e]], period, period});
        }
        rowStart[v + 1] = edges.size();
        maxDegree = std::max<std::size_t>(maxDegree, edges.size() - rowStart[v]);
    }

    // Two position buffers (see EpochState): both start as the input layout.
    std::vector<float> bufferA(static_cast<std::size_t>(n) * dim);
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::size_t c = 0; c < dim; ++c)
            bufferA[v * dim + c] = layout(static_cast<Eigen::Index>(order[v]), static_cast<Eigen::Index>(c));
    std::vector<float> bufferB = bufferA;

    EpochState state{};
    state.inputRow = order.data();
    state.rowStart = rowStart.data();
    state.edges = edges.data();
    state.n = n;
    state.dim = dim;
    state.maxDegree = maxDegree;
    state.a = static_cast<float>(settings.curve.a);
    state.b = static_cast<float>(settings.curve.b);
    state.twoAB = 2.0f * state.a * state.b;
    state.gammaTwoB = static_cast<float>(2.0 * settings.repulsionStrength * settings.curve.b);
    state.negatives = settings.negativeSampleRate;
    const std::uint64_t epochStream = mixSeed(settings.seed, kStreamEpoch);
    const Mover move = selectMover(dim, settings.exactPow);

    std::size_t largestStep = 0;
    for (std::size_t step = 0; step < stepCount; ++step)
        largestStep = std::max(largestStep, stepBegin[step + 1] - stepBegin[step]);
    WorkerTeam team(graphdetail::effectiveThreads(settings.threads, largestStep, verticesPerChunk(largestStep)));
    std::vector<MoveScratch> scratch(team.size(), MoveScratch(maxDegree, n, dim));
    std::vector<std::uint64_t *> banks;
    for (MoveScratch &thread : scratch)
        banks.push_back(thread.bank.data());
    state.banks = banks.data();
    state.bankCount = banks.size();
    std::vector<std::uint64_t> taken(static_cast<std::size_t>(n) * dim, 0);
    state.taken = taken.data();

    // The buffers swap roles every step. `after` holds every position as of
    // two steps ago, except the previous step's vertices (in `before` only),
    // which the step copies over, and its own, which it writes. With one
    // step per epoch both are the same vertices, all written by the step.
    float *before = bufferA.data();
    float *after = bufferB.data();
    Vertices previous;
    for (int epoch = 0; epoch < settings.nEpochs; ++epoch) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(progressFrom + (progressTo - progressFrom) * epoch / nEpochs, "UMAP: optimising");
        }
        state.alpha = static_cast<float>(settings.learningRate * (1.0 - epoch / nEpochs));
        state.epoch = static_cast<float>(epoch);
        state.epochSeed = mixSeed(epochStream, static_cast<std::uint64_t>(epoch));
        for (std::size_t step = 0; step < stepCount; ++step) {
            const Vertices vertices{static_cast<std::uint32_t>(stepBegin[step]),
                                    static_cast<std::uint32_t>(stepBegin[step + 1])};
            if (vertices.first == vertices.last)
                continue;
            state.before = before;
            state.after = after;
            runStep(team, scratch, move, state, vertices, previous);
            std::swap(before, after);
            if (stepCount > 1)
                previous = vertices;
        }
    }
    if (feedback) {
        feedback->throwIfCancelled();
        feedback->setProgress(progressTo, "UMAP: optimising");
    }
    // The last step's `after`, complete (its previous step's vertices
    // copied), with the pulls that the last epoch left waiting.
    std::vector<float> own(dim);
    for (std::uint32_t v = 0; v < n; ++v) {
        takePulls(banks.data(), banks.size(), taken.data(), before, v, dim, own.data());
        for (std::size_t c = 0; c < dim; ++c)
            layout(static_cast<Eigen::Index>(order[v]), static_cast<Eigen::Index>(c)) = own[c];
    }
}

} // namespace hplx
