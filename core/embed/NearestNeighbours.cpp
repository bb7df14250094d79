// Exact and approximate (random-projection forest + NN-descent) kNN.
// See the header for what makes the approximate search independent of the
// thread count.
#include "embed/NearestNeighbours.h"

#include "embed/Trustworthiness.h"
#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/ParallelChunks.h"
#include "util/Random.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hplx {

namespace {

using graphdetail::parallelChunks;

// Small, fast generator for per-node / per-point streams seeded by mixSeed.
class SplitMix
{
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform enough in [0, bound) for bound < 2^32 (multiply-shift; the bias
    // is below 2^-32 and irrelevant for sampling).
    std::uint32_t below(std::uint32_t bound)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(bound)) >> 32);
    }

private:
    std::uint64_t m_state;
};

// Streams of mixSeed(options.seed, ·).
constexpr std::uint64_t kStreamTrees = 1;
constexpr std::uint64_t kStreamFill = 2;
constexpr std::uint64_t kStreamSample = 3;

// Both float routines below share one definition: 16 interleaved partial
// sums over the coordinates, then a fixed reduction tree, so any thread
// computes the same float for a pair (the scalar fallback sums in the same
// order); 16 lanes keep four independent SSE2 accumulators busy.
constexpr std::size_t kLanes = 16;

float reduceLanes(const float *s)
{
    float t[8];
    for (std::size_t l = 0; l < 8; ++l)
        t[l] = s[l] + s[l + 8];
    return ((t[0] + t[4]) + (t[1] + t[5])) + ((t[2] + t[6]) + (t[3] + t[7]));
}

// Squared Euclidean distance of a and b (d coordinates each).
float laneSquaredDistance(const float *a, const float *b, std::size_t d)
{
    alignas(16) float s[kLanes];
    std::size_t c = 0;
#if defined(__SSE2__)
    __m128 acc[4] = {_mm_setzero_ps(), _mm_setzero_ps(), _mm_setzero_ps(), _mm_setzero_ps()};
    for (; c + kLanes <= d; c += kLanes)
        for (std::size_t v = 0; v < 4; ++v) {
            const __m128 t = _mm_sub_ps(_mm_loadu_ps(a + c + 4 * v), _mm_loadu_ps(b + c + 4 * v));
            acc[v] = _mm_add_ps(acc[v], _mm_mul_ps(t, t));
        }
    for (std::size_t v = 0; v < 4; ++v)
        _mm_store_ps(s + 4 * v, acc[v]);
#else
    std::fill(s, s + kLanes, 0.0f);
    for (; c + kLanes <= d; c += kLanes)
        for (std::size_t l = 0; l < kLanes; ++l) {
            const float t = a[c + l] - b[c + l];
            s[l] += t * t;
        }
#endif
    for (std::size_t l = 0; c < d; ++c, ++l) {
        const float t = a[c] - b[c];
        s[l] += t * t;
    }
    return reduceLanes(s);
}

// Dot product of a and b (d coordinates each), same lanes and reduction.
float laneDot(const float *a, const float *b, std::size_t d)
{
    alignas(16) float s[kLanes];
    std::size_t c = 0;
#if defined(__SSE2__)
    __m128 acc[4] = {_mm_setzero_ps(), _mm_setzero_ps(), _mm_setzero_ps(), _mm_setzero_ps()};
    for (; c + kLanes <= d; c += kLanes)
        for (std::size_t v = 0; v < 4; ++v)
            acc[v] = _mm_add_ps(acc[v], _mm_mul_ps(_mm_loadu_ps(a + c + 4 * v), _mm_loadu_ps(b + c + 4 * v)));
    for (std::size_t v = 0; v < 4; ++v)
        _mm_store_ps(s + 4 * v, acc[v]);
#else
    std::fill(s, s + kLanes, 0.0f);
    for (; c + kLanes <= d; c += kLanes)
        for (std::size_t l = 0; l < kLanes; ++l)
            s[l] += a[c + l] * b[c + l];
#endif
    for (std::size_t l = 0; c < d; ++c, ++l)
        s[l] += a[c] * b[c];
    return reduceLanes(s);
}

// Row-major copy of the points in a given order (row r holds point
// order[r]); every distance comes from laneSquaredDistance.
class PointRows
{
public:
    PointRows(const Eigen::MatrixXf &points, const std::vector<std::uint32_t> &order)
        : m_n(static_cast<std::uint32_t>(order.size())),
          m_d(static_cast<std::size_t>(points.cols())),
          m_data(order.size() * m_d)
    {
        for (std::size_t r = 0; r < order.size(); ++r)
            for (std::size_t c = 0; c < m_d; ++c)
                m_data[r * m_d + c] = points(static_cast<Eigen::Index>(order[r]), static_cast<Eigen::Index>(c));
    }

    std::uint32_t size() const { return m_n; }
    std::size_t dimension() const { return m_d; }
    const float *row(std::uint32_t i) const { return m_data.data() + static_cast<std::size_t>(i) * m_d; }

    float squaredDistance(std::uint32_t i, std::uint32_t j) const { return laneSquaredDistance(row(i), row(j), m_d); }

    // Starts loading row i into the cache: rows are visited in an order the
    // hardware prefetcher cannot guess, and the search is bound by memory.
    void prefetch(std::uint32_t i) const
    {
#if defined(__SSE2__)
        const char *begin = reinterpret_cast<const char *>(row(i));
        const char *end = reinterpret_cast<const char *>(row(i) + m_d);
        for (const char *line = begin; line < end; line += 64)
            _mm_prefetch(line, _MM_HINT_T0);
#else
        (void)i;
#endif
    }

private:
    std::uint32_t m_n;
    std::size_t m_d;
    std::vector<float> m_data;
};

// n bounded max-heaps of k (squared distance, index) pairs with a "new" flag
// (NN-descent). Each keeps the k smallest distinct indices by (distance,
// index), whatever the insertion order.
class NeighbourHeaps
{
public:
    NeighbourHeaps(std::uint32_t n, int k)
        : m_k(static_cast<std::size_t>(k)),
          m_index(static_cast<std::size_t>(n) * m_k, kEmpty),
          m_distance(static_cast<std::size_t>(n) * m_k, INFINITY),
          m_new(static_cast<std::size_t>(n) * m_k, 0)
    {}

    static constexpr std::uint32_t kEmpty = UINT32_MAX;

    std::size_t k() const { return m_k; }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_index.size() / m_k); }
    std::uint32_t *indices(std::uint32_t i) { return m_index.data() + static_cast<std::size_t>(i) * m_k; }
    float *distances(std::uint32_t i) { return m_distance.data() + static_cast<std::size_t>(i) * m_k; }
    std::uint8_t *flags(std::uint32_t i) { return m_new.data() + static_cast<std::size_t>(i) * m_k; }
    const std::uint32_t *indices(std::uint32_t i) const { return m_index.data() + static_cast<std::size_t>(i) * m_k; }
    // Distance of the worst kept neighbour (infinity while not full).
    float bound(std::uint32_t i) const { return m_distance[static_cast<std::size_t>(i) * m_k]; }

    bool contains(std::uint32_t i, std::uint32_t j) const
    {
        const std::uint32_t *idx = indices(i);
        return std::find(idx, idx + m_k, j) != idx + m_k;
    }

    // Inserts (d, j) into i's heap when it beats the worst entry and is not
    // there yet. Returns whether it was inserted.
    bool push(std::uint32_t i, float d, std::uint32_t j, std::uint8_t isNew)
    {
        std::uint32_t *idx = indices(i);
        float *dist = distances(i);
        std::uint8_t *flag = flags(i);
        if (!less(d, j, dist[0], idx[0]))
            return false;
        for (std::size_t m = 0; m < m_k; ++m)
            if (idx[m] == j)
                return false;
        // Replace the root and sift down.
        std::size_t pos = 0;
        for (;;) {
            const std::size_t left = 2 * pos + 1;
            if (left >= m_k)
                break;
            std::size_t child = left;
            const std::size_t right = left + 1;
            if (right < m_k && less(dist[left], idx[left], dist[right], idx[right]))
                child = right;
            if (!less(d, j, dist[child], idx[child]))
                break;
            idx[pos] = idx[child];
            dist[pos] = dist[child];
            flag[pos] = flag[child];
            pos = child;
        }
        idx[pos] = j;
        dist[pos] = d;
        flag[pos] = isNew;
        return true;
    }

    // (d1, i1) < (d2, i2); empty slots (infinite distance, index kEmpty) are last.
    static bool less(float d1, std::uint32_t i1, float d2, std::uint32_t i2)
    {
        return d1 < d2 || (d1 == d2 && i1 < i2);
    }

private:
    std::size_t m_k;
    std::vector<std::uint32_t> m_index;
    std::vector<float> m_distance;
    std::vector<std::uint8_t> m_new;
};

// ---------------------------------------------------------------------------
// Random-projection forest

struct Forest
{
    // Per tree: the points ordered leaf by leaf and the leaf boundaries.
    std::vector<std::vector<std::uint32_t>> order;
    std::vector<std::vector<std::uint32_t>> leafStart; // leaves + 1 offsets into order[t]
};

// Reorders [begin, end) so that the points with side 1 come first, each
// group in its original order.
void partitionBySide(std::uint32_t *begin, std::uint32_t *end, const std::vector<std::uint8_t> &side,
                     std::vector<std::uint32_t> &scratch)
{
    const auto size = static_cast<std::size_t>(end - begin);
    scratch.clear();
    for (std::size_t p = 0; p < size; ++p)
        if (side[p])
            scratch.push_back(begin[p]);
    for (std::size_t p = 0; p < size; ++p)
        if (!side[p])
            scratch.push_back(begin[p]);
    std::copy(scratch.begin(), scratch.end(), begin);
}

void buildTree(const PointRows &rows, std::uint64_t treeSeed, std::size_t leafSize, std::vector<std::uint32_t> &order,
               std::vector<std::uint32_t> &leafStart)
{
    const std::uint32_t n = rows.size();
    order.resize(n);
    std::iota(order.begin(), order.end(), 0u);
    leafStart.assign(1, 0);
    std::vector<float> normal(rows.dimension());
    std::vector<float> midpoint(rows.dimension());
    std::vector<std::uint8_t> side;
    std::vector<std::uint32_t> scratch;
    // Depth-first with an explicit stack, left child first, so leaves are
    // recorded in order.
    struct Node
    {
        std::uint32_t begin, end;
        std::uint64_t seed;
    };
    std::vector<Node> stack{{0, n, treeSeed}};
    while (!stack.empty()) {
        const Node node = stack.back();
        stack.pop_back();
        std::uint32_t *b = order.data() + node.begin;
        std::uint32_t *e = order.data() + node.end;
        const std::size_t size = node.end - node.begin;
        if (size <= leafSize) {
            leafStart.push_back(node.end);
            continue;
        }
        SplitMix rng(node.seed);
        const std::uint32_t ia = b[rng.below(static_cast<std::uint32_t>(size))];
        std::uint32_t ib = b[rng.below(static_cast<std::uint32_t>(size))];
        if (ib == ia)
            ib = b[(static_cast<std::size_t>(std::find(b, e, ia) - b) + 1) % size];
        const std::size_t d = rows.dimension();
        const float *pa = rows.row(ia);
        const float *pb = rows.row(ib);
        // The hyperplane halfway between a and b, normal a - b.
        for (std::size_t c = 0; c < d; ++c) {
            normal[c] = pa[c] - pb[c];
            midpoint[c] = 0.5f * (pa[c] + pb[c]);
        }
        const float planeOffset = laneDot(normal.data(), midpoint.data(), d);
        side.resize(size);
        std::size_t leftCount = 0;
        constexpr std::size_t kAhead = 4;
        for (std::size_t p = 0; p < size; ++p) {
            if (p + kAhead < size)
                rows.prefetch(b[p + kAhead]);
            const float margin = laneDot(normal.data(), rows.row(b[p]), d) - planeOffset;
            const bool left = margin > 0.0f || (margin == 0.0f && (rng.next() & 1u));
            side[p] = left ? 1 : 0;
            leftCount += left ? 1 : 0;
        }
        if (leftCount == 0 || leftCount == size) {
            // Duplicates or a degenerate plane: a random half goes left.
            std::vector<std::uint32_t> perm(size);
            std::iota(perm.begin(), perm.end(), 0u);
            for (std::size_t p = size; p > 1; --p)
                std::swap(perm[p - 1], perm[rng.below(static_cast<std::uint32_t>(p))]);
            std::fill(side.begin(), side.end(), std::uint8_t{0});
            for (std::size_t p = 0; p < size / 2; ++p)
                side[perm[p]] = 1;
            leftCount = size / 2;
        }
        partitionBySide(b, e, side, scratch);
        const auto mid = node.begin + static_cast<std::uint32_t>(leftCount);
        // Right pushed first so the left subtree is processed first.
        stack.push_back({mid, node.end, mixSeed(node.seed, 2)});
        stack.push_back({node.begin, mid, mixSeed(node.seed, 1)});
    }
}

// Trees first.. of the forest (tree t from mixSeed(seed, t)).
void buildTrees(const PointRows &rows, std::size_t first, std::size_t leafSize, std::uint64_t seed, unsigned threads,
                Forest &forest)
{
    const std::size_t count = forest.order.size() - first;
    parallelChunks(count, 1, threads, nullptr, 0.0, 1.0, std::string(),
                   [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                       for (std::size_t t = first + begin; t < first + end; ++t)
                           buildTree(rows, mixSeed(seed, t), leafSize, forest.order[t], forest.leafStart[t]);
                   });
}

// The forest over rows stored in the leaf order of its first tree, built on
// the points as given: leaf mates and NN-descent neighbours are then mostly
// near in memory, which matters more than arithmetic for this search.
// storedPoint[r] is the point held in row r of `rows`.
struct OrderedForest
{
    std::vector<std::uint32_t> storedPoint;
    PointRows rows;
    Forest forest;
};

OrderedForest buildOrderedForest(const Eigen::MatrixXf &points, std::size_t trees, std::size_t leafSize,
                                 std::uint64_t seed, unsigned threads)
{
    const auto n = static_cast<std::uint32_t>(points.rows());
    Forest forest;
    forest.order.resize(trees);
    forest.leafStart.resize(trees);
    std::vector<std::uint32_t> given(n);
    std::iota(given.begin(), given.end(), 0u);
    buildTree(PointRows(points, given), mixSeed(seed, 0), leafSize, forest.order[0], forest.leafStart[0]);
    std::vector<std::uint32_t> storedPoint = std::move(forest.order[0]);
    forest.order[0] = std::move(given); // row r is position r of the first tree
    PointRows rows(points, storedPoint);
    buildTrees(rows, 1, leafSize, seed, threads, forest);
    return {std::move(storedPoint), std::move(rows), std::move(forest)};
}

// Offers every pair of points sharing a leaf of tree t to both heaps. The
// leaves of one tree are disjoint, so they can be spread over threads; a pair
// both heaps already hold (found in an earlier tree) costs no distance.
void joinLeaves(const PointRows &rows, const Forest &forest, std::size_t t, unsigned threads, NeighbourHeaps &heaps)
{
    const std::vector<std::uint32_t> &order = forest.order[t];
    const std::vector<std::uint32_t> &starts = forest.leafStart[t];
    constexpr std::uint64_t kLeavesPerChunk = 64;
    parallelChunks(starts.size() - 1, kLeavesPerChunk, threads, nullptr, 0.0, 0.0, std::string(),
                   [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                       for (std::uint64_t leaf = begin; leaf < end; ++leaf)
                           for (std::uint32_t p = starts[leaf]; p < starts[leaf + 1]; ++p)
                               for (std::uint32_t q = p + 1; q < starts[leaf + 1]; ++q) {
                                   const std::uint32_t a = order[p];
                                   const std::uint32_t b = order[q];
                                   const bool toA = !heaps.contains(a, b);
                                   const bool toB = !heaps.contains(b, a);
                                   if (!toA && !toB)
                                       continue;
                                   const float d = rows.squaredDistance(a, b);
                                   if (toA)
                                       heaps.push(a, d, b, 1);
                                   if (toB)
                                       heaps.push(b, d, a, 1);
                               }
                   });
}

// ---------------------------------------------------------------------------
// NN-descent

struct Proposal
{
    std::uint32_t target;
    std::uint32_t candidate;
    float distance;
};

// Candidate lists of at most `capacity` points each, the ones of lowest
// priority (a hash), kept as bounded max-heaps on (priority, point).
class CandidateLists
{
public:
    CandidateLists(std::uint32_t n, std::size_t capacity)
        : m_capacity(capacity),
          m_point(static_cast<std::size_t>(n) * capacity),
          m_priority(static_cast<std::size_t>(n) * capacity),
          m_size(n, 0)
    {}

    void clear() { std::fill(m_size.begin(), m_size.end(), 0u); }

    void add(std::uint32_t owner, std::uint32_t point, std::uint64_t priority)
    {
        std::uint32_t *pt = m_point.data() + static_cast<std::size_t>(owner) * m_capacity;
        std::uint64_t *pr = m_priority.data() + static_cast<std::size_t>(owner) * m_capacity;
        std::uint32_t &size = m_size[owner];
        for (std::uint32_t m = 0; m < size; ++m)
            if (pt[m] == point)
                return;
        if (size < m_capacity) {
            // Sift up.
            std::size_t pos = size++;
            while (pos > 0) {
                const std::size_t parent = (pos - 1) / 2;
                if (!greater(priority, point, pr[parent], pt[parent]))
                    break;
                pt[pos] = pt[parent];
                pr[pos] = pr[parent];
                pos = parent;
            }
            pt[pos] = point;
            pr[pos] = priority;
            return;
        }
        if (!greater(pr[0], pt[0], priority, point))
            return;
        std::size_t pos = 0;
        for (;;) {
            const std::size_t left = 2 * pos + 1;
            if (left >= m_capacity)
                break;
            std::size_t child = left;
            if (left + 1 < m_capacity && greater(pr[left + 1], pt[left + 1], pr[left], pt[left]))
                child = left + 1;
            if (!greater(pr[child], pt[child], priority, point))
                break;
            pt[pos] = pt[child];
            pr[pos] = pr[child];
            pos = child;
        }
        pt[pos] = point;
        pr[pos] = priority;
    }

    std::uint32_t size(std::uint32_t owner) const { return m_size[owner]; }
    const std::uint32_t *points(std::uint32_t owner) const
    {
        return m_point.data() + static_cast<std::size_t>(owner) * m_capacity;
    }
    bool contains(std::uint32_t owner, std::uint32_t point) const
    {
        const std::uint32_t *pt = points(owner);
        return std::find(pt, pt + m_size[owner], point) != pt + m_size[owner];
    }

private:
    static bool greater(std::uint64_t p1, std::uint32_t i1, std::uint64_t p2, std::uint32_t i2)
    {
        return p1 > p2 || (p1 == p2 && i1 > i2);
    }

    std::size_t m_capacity;
    std::vector<std::uint32_t> m_point;
    std::vector<std::uint64_t> m_priority;
    std::vector<std::uint32_t> m_size;
};

// Splits [0, n) into the parts of the calling threads and runs fn(lo, hi)
// for each; used where every part must scan all the work but only act on its
// own targets, so each target sees the same sequence for any thread count.
template <typename Fn>
void forEachTargetRange(std::uint32_t n, unsigned threads, Fn &&fn)
{
    const unsigned parts = graphdetail::effectiveThreads(threads, n, 1);
    parallelChunks(parts, 1, threads, nullptr, 0.0, 0.0, std::string(),
                   [&](std::uint64_t part, std::uint64_t, std::uint64_t) {
                       fn(static_cast<std::uint32_t>(static_cast<std::uint64_t>(n) * part / parts),
                          static_cast<std::uint32_t>(static_cast<std::uint64_t>(n) * (part + 1) / parts));
                   });
}

// The candidate lists of one NN-descent iteration: each neighbour pair (i, j)
// of the heaps goes to the lists of i and j (new or old by its flag), the
// ones of lowest hash priority kept. Entries sampled as new are old from now on.
void sampleCandidates(NeighbourHeaps &heaps, std::uint64_t sampleSeed, unsigned threads, CandidateLists &fresh,
                      CandidateLists &old)
{
    const std::uint32_t n = heaps.size();
    const std::size_t k = heaps.k();
    fresh.clear();
    old.clear();
    forEachTargetRange(n, threads, [&](std::uint32_t lo, std::uint32_t hi) {
        for (std::uint32_t i = 0; i < n; ++i) {
            const std::uint32_t *idx = heaps.indices(i);
            const std::uint8_t *flag = heaps.flags(i);
            for (std::size_t m = 0; m < k; ++m) {
                const std::uint32_t j = idx[m];
                const bool ownI = i >= lo && i < hi;
                const bool ownJ = j >= lo && j < hi; // false for kEmpty
                if (j == NeighbourHeaps::kEmpty || (!ownI && !ownJ))
                    continue;
                const std::uint64_t priority =
                    mixSeed(sampleSeed, (static_cast<std::uint64_t>(std::min(i, j)) << 32) | std::max(i, j));
                CandidateLists &lists = flag[m] ? fresh : old;
                if (ownI)
                    lists.add(i, j, priority);
                if (ownJ)
                    lists.add(j, i, priority);
            }
        }
    });
    constexpr std::uint64_t kPointsPerChunk = 1024;
    parallelChunks(n, kPointsPerChunk, threads, nullptr, 0.0, 0.0, std::string(),
                   [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                       for (auto i = static_cast<std::uint32_t>(begin); i < end; ++i) {
                           const std::uint32_t *idx = heaps.indices(i);
                           std::uint8_t *flag = heaps.flags(i);
                           for (std::size_t m = 0; m < k; ++m)
                               if (flag[m] && fresh.contains(i, idx[m]))
                                   flag[m] = 0;
                       }
                   });
}

void report(Feedback *feedback, double fraction, const char *status)
{
    if (!feedback)
        return;
    feedback->throwIfCancelled();
    feedback->setProgress(fraction, status);
}

KnnGraph approximateKnn(const Eigen::MatrixXf &points, const KnnOptions &options, Feedback *feedback, double from,
                        double to)
{
    const auto n = static_cast<std::uint32_t>(points.rows());
    const int k = options.k;
    const auto kk = static_cast<std::size_t>(k);
    const unsigned threads = options.threads;
    const auto progress = [&](double f, const char *status) { report(feedback, from + (to - from) * f, status); };

    // Forest: a few trees with leaves of about 2k points.
    const double quarterRoot = std::pow(static_cast<double>(n), 0.25);
    const int trees = std::clamp(static_cast<int>(std::lround(quarterRoot / 2.0)) + 3, 4, 16);
    const std::size_t leafSize = std::max<std::size_t>(2 * kk, 24);
    progress(0.0, "Nearest neighbours: random projection trees");
    const OrderedForest ordered = buildOrderedForest(points, static_cast<std::size_t>(trees), leafSize,
                                                     mixSeed(options.seed, kStreamTrees), threads);
    const PointRows &rows = ordered.rows;
    const Forest &forest = ordered.forest;
    progress(0.1, "Nearest neighbours: initial candidates");

    NeighbourHeaps heaps(n, k);
    for (std::size_t t = 0; t < static_cast<std::size_t>(trees); ++t)
        joinLeaves(rows, forest, t, threads, heaps);
    constexpr std::uint64_t kPointsPerChunk = 256;
    parallelChunks(n, kPointsPerChunk, threads, feedback, 0.0, 0.0, std::string(),
                   [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                       for (auto i = static_cast<std::uint32_t>(begin); i < end; ++i) {
                           // Tiny leaves can leave a heap short: fill from a
                           // seeded sequential scan (k < n, so it ends).
                           if (heaps.bound(i) == INFINITY) {
                               SplitMix rng(mixSeed(mixSeed(options.seed, kStreamFill), i));
                               std::uint32_t j = rng.below(n);
                               for (std::uint32_t step = 0; step < n && heaps.bound(i) == INFINITY; ++step) {
                                   if (j != i)
                                       heaps.push(i, rows.squaredDistance(i, j), j, 1);
                                   j = j + 1 == n ? 0 : j + 1;
                               }
                           }
                       }
                   });
    if (feedback)
        feedback->throwIfCancelled();

    // NN-descent.
    const std::size_t maxCandidates = std::min<std::size_t>(kk, 20);
    const int maxIterations = std::max(5, static_cast<int>(std::lround(std::log2(static_cast<double>(n)))));
    const double stopBelow = 0.001 * static_cast<double>(kk) * static_cast<double>(n);
    CandidateLists fresh(n, maxCandidates);
    CandidateLists old(n, maxCandidates);
    constexpr std::uint32_t kBlock = 4096;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        progress(0.2 + 0.8 * iteration / maxIterations, "Nearest neighbours: NN-descent");
        const std::uint64_t sampleSeed =
            mixSeed(mixSeed(options.seed, kStreamSample), static_cast<std::uint64_t>(iteration));
        sampleCandidates(heaps, sampleSeed, threads, fresh, old);
        std::uint64_t updates = 0;
        for (std::uint32_t blockBegin = 0; blockBegin < n; blockBegin += kBlock) {
            if (feedback)
                feedback->throwIfCancelled();
            const std::uint32_t blockEnd = std::min(n, blockBegin + kBlock);
            constexpr std::uint64_t kJoinChunk = 128;
            const std::uint64_t chunks = (blockEnd - blockBegin + kJoinChunk - 1) / kJoinChunk;
            std::vector<std::vector<Proposal>> proposals(chunks);
            parallelChunks(blockEnd - blockBegin, kJoinChunk, threads, nullptr, 0.0, 0.0, std::string(),
                           [&](std::uint64_t chunk, std::uint64_t begin, std::uint64_t end) {
                               auto &out = proposals[chunk];
                               for (std::uint64_t u64 = begin; u64 < end; ++u64) {
                                   const auto u = static_cast<std::uint32_t>(blockBegin + u64);
                                   const std::uint32_t *nw = fresh.points(u);
                                   const std::uint32_t nn = fresh.size(u);
                                   const std::uint32_t *od = old.points(u);
                                   const std::uint32_t no = old.size(u);
                                   const auto consider = [&](std::uint32_t p, std::uint32_t q) {
                                       if (p == q)
                                           return;
                                       const float d = rows.squaredDistance(p, q);
                                       if (d <= heaps.bound(p))
                                           out.push_back({p, q, d});
                                       if (d <= heaps.bound(q))
                                           out.push_back({q, p, d});
                                   };
                                   for (std::uint32_t a = 0; a < nn; ++a) {
                                       for (std::uint32_t b = a + 1; b < nn; ++b)
                                           consider(nw[a], nw[b]);
                                       for (std::uint32_t b = 0; b < no; ++b)
                                           consider(nw[a], od[b]);
                                   }
                               }
                           });
            // Apply per target: each part of the target range scans every
            // proposal in chunk order, so a target's proposals arrive in the
            // same order for any thread count.
            std::atomic<std::uint64_t> blockUpdates{0};
            forEachTargetRange(n, threads, [&](std::uint32_t lo, std::uint32_t hi) {
                std::uint64_t count = 0;
                for (const auto &list : proposals)
                    for (const Proposal &p : list)
                        if (p.target >= lo && p.target < hi)
                            count += heaps.push(p.target, p.distance, p.candidate, 1) ? 1 : 0;
                blockUpdates += count;
            });
            updates += blockUpdates;
        }
        if (static_cast<double>(updates) <= stopBelow)
            break;
    }

    KnnGraph graph;
    graph.n = n;
    graph.k = k;
    graph.exact = false;
    graph.indices.resize(static_cast<std::size_t>(n) * kk);
    graph.distances.resize(static_cast<std::size_t>(n) * kk);
    std::vector<std::pair<float, std::uint32_t>> sorted(kk);
    for (std::uint32_t r = 0; r < n; ++r) {
        const std::uint32_t *idx = heaps.indices(r);
        const float *dist = heaps.distances(r);
        for (std::size_t m = 0; m < kk; ++m)
            sorted[m] = {dist[m], ordered.storedPoint[idx[m]]};
        std::sort(sorted.begin(), sorted.end());
        const std::size_t i = ordered.storedPoint[r];
        for (std::size_t m = 0; m < kk; ++m) {
            graph.indices[i * kk + m] = sorted[m].second;
            graph.distances[i * kk + m] = std::sqrt(sorted[m].first);
        }
    }
    progress(1.0, "Nearest neighbours: done");
    return graph;
}

KnnGraph exactGraph(const Eigen::MatrixXf &points, const KnnOptions &options)
{
    KnnGraph graph;
    graph.n = static_cast<std::uint32_t>(points.rows());
    graph.k = options.k;
    graph.exact = true;
    graph.indices = exactKnn(points, options.k, options.threads);
    graph.distances.resize(graph.indices.size());
    const auto kk = static_cast<std::size_t>(options.k);
    for (std::uint32_t i = 0; i < graph.n; ++i)
        for (std::size_t m = 0; m < kk; ++m) {
            const std::uint32_t j = graph.indices[static_cast<std::size_t>(i) * kk + m];
            double sum = 0.0;
            for (Eigen::Index c = 0; c < points.cols(); ++c) {
                const double t = static_cast<double>(points(i, c)) - static_cast<double>(points(j, c));
                sum += t * t;
            }
            graph.distances[static_cast<std::size_t>(i) * kk + m] = static_cast<float>(std::sqrt(sum));
        }
    return graph;
}

} // namespace

KnnGraph nearestNeighbours(const Eigen::MatrixXf &points, const KnnOptions &options, Feedback *feedback)
{
    return nearestNeighbours(points, options, feedback, 0.0, 1.0);
}

KnnGraph nearestNeighbours(const Eigen::MatrixXf &points, const KnnOptions &options, Feedback *feedback,
                           double progressFrom, double progressTo)
{
    const Eigen::Index n = points.rows();
    if (options.k < 1 || options.k >= n)
        throw Error(ErrorKind::InvalidArgument, "nearest neighbours: k = " + std::to_string(options.k)
                                                    + " must be in [1, n) with n = " + std::to_string(n) + " points");
    if (n > static_cast<Eigen::Index>(UINT32_MAX - 1))
        throw Error(ErrorKind::InvalidArgument, "nearest neighbours: more than 2^32 - 2 points");
    if (!points.allFinite())
        throw Error(ErrorKind::InvalidArgument, "nearest neighbours: a coordinate is not finite");
    report(feedback, progressFrom, "Nearest neighbours");
    if (static_cast<std::uint64_t>(n) < options.exactThreshold) {
        KnnGraph graph = exactGraph(points, options);
        report(feedback, progressTo, "Nearest neighbours: done");
        return graph;
    }
    return approximateKnn(points, options, feedback, progressFrom, progressTo);
}

} // namespace hplx
