// Exact kNN and trustworthiness.
//
// Distances come in two precisions. A block of rows gets approximate squared
// distances to all rows from one float matrix product (|x|^2 + |y|^2 - 2 x.y);
// the decisions that define the result (which rows are the k nearest, and
// ranks) are then made on the "exact" distance: a plain double sum of squared
// coordinate differences, computed only for the few rows whose approximate
// distance is within the rounding bound of the decision. So the output is that
// of a brute-force search with the exact distance, whatever the block size,
// thread count or BLAS-like summation order of the product.
//
// Rounding bound. The product runs on x~ = float(s (x - mean)): centred (in
// double) to keep the norms, and so the bound, small, and scaled by a power
// of two s so that the largest |x~| is in [1/2, 1) (no overflow or underflow
// in float; distances in these units are s^2 times the true ones, exactly).
// With u the float unit roundoff: rounding x~ moves a squared distance by at
// most about 4.1 u (|x~|^2 + |y~|^2); |x~|^2, |y~|^2 and 2 x~.y~ are each
// within d u (|x~|^2 + |y~|^2) of their true values and the two additions add
// 4 u of the same; the exact distance is within 2 d u' (u' of double) of the
// true one. So |approx - s^2 exact| <= (2d + 9) u (|x~|^2 + |y~|^2) to first
// order. We use (4d + 4) 2 FLT_EPSILON = (16d + 16) u, over twice that, and
// the largest |y~|^2 of the data set; thresholds derived from it are rounded
// outwards to float.
#include "embed/Trustworthiness.h"

#include "util/Error.h"
#include "util/ParallelChunks.h"
#include "util/Random.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hplx {

namespace {

using RowMajorMatrixXf = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Keyed = std::pair<double, std::uint32_t>; // (exact squared distance, row): ties -> lower row

// Rows per matrix-product block: a 64 x n block of floats stays in cache
// for the selection that follows, and the blocks balance over the threads.
constexpr std::uint64_t kRowsPerBlock = 64;

// The largest float <= v and the smallest float >= v.
float floatAtMost(double v)
{
    const auto f = static_cast<float>(v);
    return static_cast<double>(f) > v ? std::nextafter(f, -INFINITY) : f;
}

float floatAtLeast(double v)
{
    const auto f = static_cast<float>(v);
    return static_cast<double>(f) < v ? std::nextafter(f, INFINITY) : f;
}

class DistanceRows
{
public:
    explicit DistanceRows(const Eigen::MatrixXf &points) : m_columns(points.transpose().cast<double>())
    {
        const Eigen::VectorXd mean = m_columns.cols() > 0 ? Eigen::VectorXd(m_columns.rowwise().mean())
                                                          : Eigen::VectorXd::Zero(m_columns.rows());
        const Eigen::MatrixXd centred = m_columns.colwise() - mean;
        const double largestNorm = centred.cols() > 0 ? std::sqrt(centred.colwise().squaredNorm().maxCoeff()) : 0.0;
        int exponent = 0;
        std::frexp(largestNorm, &exponent);
        // s^2 stays a normal double; beyond, the exact squared distances
        // themselves would leave the double range.
        exponent = std::clamp(exponent, -500, 500);
        const double scale = std::ldexp(1.0, -exponent);
        m_unitsPerExact = scale * scale;
        m_scaled = (centred * scale).cast<float>();
        m_scaledNorms = m_scaled.colwise().squaredNorm().transpose();
        m_boundNorms = m_scaled.cast<double>().colwise().squaredNorm().transpose();
        m_maxBoundNorm = m_boundNorms.size() > 0 ? m_boundNorms.maxCoeff() : 0.0;
        m_errorScale = 2.0 * (4.0 * static_cast<double>(m_columns.rows()) + 4.0) * FLT_EPSILON;
    }

    std::uint32_t size() const { return static_cast<std::uint32_t>(m_columns.cols()); }

    // The distance every decision is made on; the summation order is fixed.
    double exact(std::uint32_t i, std::uint32_t j) const
    {
        const double *a = m_columns.col(i).data();
        const double *b = m_columns.col(j).data();
        double sum = 0.0;
        for (Eigen::Index c = 0; c < m_columns.rows(); ++c) {
            const double t = a[c] - b[c];
            sum += t * t;
        }
        return sum;
    }

    // An exact distance in the units of the approximate ones (exact: the
    // factor is a power of two).
    double inApproxUnits(double exactDistance) const { return exactDistance * m_unitsPerExact; }

    // |approximate - inApproxUnits(exact)| <= tolerance(i) for every distance
    // of row i.
    double tolerance(std::uint32_t i) const { return m_errorScale * (m_boundNorms[i] + m_maxBoundNorm); }

    // fn(i, approx, scratch) for every row i, approx[j] the approximate
    // squared distance from i to j (approx[i] = infinity, so i is never its
    // own neighbour nor before anything) and scratch the buffers of the
    // calling thread's block. Row blocks are spread over `threads`; fn must
    // only write state owned by row i.
    template <typename Scratch, typename Fn>
    void forEachRow(unsigned threads, Fn &&fn) const
    {
        const std::uint64_t n = size();
        graphdetail::parallelChunks(n, kRowsPerBlock, threads, nullptr, 0.0, 1.0, std::string(),
                                    [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                                        const auto first = static_cast<Eigen::Index>(begin);
                                        const auto count = static_cast<Eigen::Index>(end - begin);
                                        RowMajorMatrixXf block =
                                            m_scaled.middleCols(first, count).transpose() * m_scaled;
                                        block *= -2.0f;
                                        block.rowwise() += m_scaledNorms.transpose();
                                        block.colwise() += m_scaledNorms.segment(first, count);
                                        Scratch scratch;
                                        for (Eigen::Index r = 0; r < count; ++r) {
                                            block(r, first + r) = INFINITY;
                                            fn(static_cast<std::uint32_t>(first + r), block.row(r).data(), scratch);
                                        }
                                    });
    }

private:
    Eigen::MatrixXd m_columns;     // d x n: row i of the input is column i
    Eigen::MatrixXf m_scaled;      // d x n: the x~ of the file comment
    Eigen::VectorXf m_scaledNorms; // |x~|^2 in float, for the product
    Eigen::VectorXd m_boundNorms;  // |x~|^2 in double, for the bound
    double m_maxBoundNorm = 0.0;
    double m_unitsPerExact = 1.0; // s^2
    double m_errorScale = 0.0;
};

// Buffers reused across the rows of a block.
struct Scratch
{
    std::vector<float> largest; // max-heap of the k smallest approximate distances seen
    std::vector<Keyed> exact;
};

struct RankScratch : Scratch
{
    std::vector<std::uint32_t> inputNeighbours;
    std::vector<std::uint32_t> band; // rows whose order against a query needs the exact distance
};

// The k-th smallest of values[0..n), k <= n: one pass keeping the k smallest
// in a max-heap, which most values fail to enter at the first comparison.
float kthSmallest(const float *values, std::uint32_t n, std::size_t k, std::vector<float> &heap)
{
    heap.assign(values, values + k);
    std::make_heap(heap.begin(), heap.end());
    for (auto j = static_cast<std::uint32_t>(k); j < n; ++j)
        if (values[j] < heap.front()) {
            std::pop_heap(heap.begin(), heap.end());
            heap.back() = values[j];
            std::push_heap(heap.begin(), heap.end());
        }
    return heap.front();
}

// The k nearest other rows of i by (exact distance, row), into out[0..k).
// Every row that can be among them has an approximate distance within twice
// the tolerance of the approximate k-th smallest (see the file comment).
void selectNeighbours(const DistanceRows &rows, std::uint32_t i, const float *approx, int k, Scratch &scratch,
                      std::uint32_t *out)
{
    const std::uint32_t n = rows.size();
    const auto kk = static_cast<std::size_t>(k);
    // approx[i] is infinite, so the k smallest are other rows (k < n).
    const float threshold =
        floatAtLeast(static_cast<double>(kthSmallest(approx, n, kk, scratch.largest)) + 2.0 * rows.tolerance(i));
    scratch.exact.clear();
    for (std::uint32_t j = 0; j < n; ++j)
        if (approx[j] <= threshold)
            scratch.exact.emplace_back(rows.exact(i, j), j);
    std::partial_sort(scratch.exact.begin(), scratch.exact.begin() + static_cast<std::ptrdiff_t>(kk),
                      scratch.exact.end());
    for (std::size_t m = 0; m < kk; ++m)
        out[m] = scratch.exact[m].second;
}

void requireFinite(const Eigen::MatrixXf &points, const char *what)
{
    if (!points.allFinite())
        throw Error(ErrorKind::InvalidArgument, std::string(what) + " has a coordinate that is not finite");
}

std::vector<std::uint32_t> knn(const DistanceRows &rows, int k, unsigned threads)
{
    const auto kk = static_cast<std::size_t>(k);
    std::vector<std::uint32_t> result(static_cast<std::size_t>(rows.size()) * kk);
    rows.forEachRow<Scratch>(threads, [&](std::uint32_t i, const float *approx, Scratch &scratch) {
        selectNeighbours(rows, i, approx, k, scratch, result.data() + static_cast<std::size_t>(i) * kk);
    });
    return result;
}

// The number of rows certainly before a query (approximate distance below
// `low`), and into `band` the rows that need the exact distance (approximate
// distance in [low, high]); the rest are certainly after it. Vectorised: the
// band is rare, so it costs a branch that is almost never taken.
std::uint64_t countBefore(const float *approx, std::uint32_t n, float low, float high, std::vector<std::uint32_t> &band)
{
    band.clear();
    std::uint64_t before = 0;
    std::uint32_t l = 0;
#if defined(__SSE2__)
    // Compare masks are all ones (-1) per lane: subtracting them counts
    // (32-bit lanes suffice, each counts at most n / 4 < 2^30).
    const __m128 lowLanes = _mm_set1_ps(low);
    const __m128 highLanes = _mm_set1_ps(high);
    __m128i beforeLanes = _mm_setzero_si128();
    // 16 rows a step: one branch tests whether any of them is in the band.
    for (; l + 16 <= n; l += 16) {
        __m128 inBand[4];
        __m128 anyInBand = _mm_setzero_ps();
        for (std::uint32_t v = 0; v < 4; ++v) {
            const __m128 a = _mm_loadu_ps(approx + l + 4 * v);
            const __m128 below = _mm_cmplt_ps(a, lowLanes);
            beforeLanes = _mm_sub_epi32(beforeLanes, _mm_castps_si128(below));
            inBand[v] = _mm_andnot_ps(below, _mm_cmple_ps(a, highLanes));
            anyInBand = _mm_or_ps(anyInBand, inBand[v]);
        }
        if (_mm_movemask_ps(anyInBand) != 0)
            for (std::uint32_t v = 0; v < 4; ++v) {
                const int lanesInBand = _mm_movemask_ps(inBand[v]);
                for (std::uint32_t lane = 0; lane < 4; ++lane)
                    if (lanesInBand & (1 << lane))
                        band.push_back(l + 4 * v + lane);
            }
    }
    alignas(16) std::uint32_t lanes[4];
    _mm_store_si128(reinterpret_cast<__m128i *>(lanes), beforeLanes);
    before = std::uint64_t{lanes[0]} + lanes[1] + lanes[2] + lanes[3];
#endif
    for (; l < n; ++l) {
        if (approx[l] < low)
            ++before;
        else if (approx[l] <= high)
            band.push_back(l);
    }
    return before;
}

// 1-based rank of the query (exact distance, row j) among the other rows of
// i: 1 + #{l != i : (exact(i, l), l) < query}. Rows outside the band of the
// query are decided by their approximate distance (j is in its own band and
// not before itself).
std::uint64_t inputRank(const DistanceRows &rows, std::uint32_t i, const float *approx, const Keyed &query,
                        std::vector<std::uint32_t> &band)
{
    const double q = rows.inApproxUnits(query.first);
    const float low = floatAtMost(q - rows.tolerance(i));
    const float high = floatAtLeast(q + rows.tolerance(i));
    std::uint64_t rank = 1 + countBefore(approx, rows.size(), low, high, band);
    for (const std::uint32_t l : band)
        if (l != query.second && Keyed(rows.exact(i, l), l) < query)
            ++rank;
    return rank;
}

// Sum over rows i of sum over j in layoutNeighbours(i) \ inputNeighbours(i)
// of (rank of j among i's input neighbours) - k. An integer, so the total
// does not depend on the order rows are summed in.
std::uint64_t rankExcess(const DistanceRows &rows, const std::vector<std::uint32_t> &layoutNeighbours, int k,
                         unsigned threads)
{
    const std::uint32_t n = rows.size();
    const auto kk = static_cast<std::size_t>(k);
    std::vector<std::uint64_t> perRow(n, 0);
    rows.forEachRow<RankScratch>(threads, [&](std::uint32_t i, const float *approx, RankScratch &scratch) {
        auto &inputNeighbours = scratch.inputNeighbours;
        inputNeighbours.resize(kk);
        selectNeighbours(rows, i, approx, k, scratch, inputNeighbours.data());
        std::uint64_t excess = 0;
        for (std::size_t m = 0; m < kk; ++m) {
            const std::uint32_t j = layoutNeighbours[static_cast<std::size_t>(i) * kk + m];
            if (std::find(inputNeighbours.begin(), inputNeighbours.end(), j) == inputNeighbours.end())
                excess += inputRank(rows, i, approx, Keyed(rows.exact(i, j), j), scratch.band)
                          - kk; // > k: not an input neighbour
        }
        perRow[i] = excess;
    });
    return std::accumulate(perRow.begin(), perRow.end(), std::uint64_t{0});
}

Eigen::MatrixXf selectRows(const Eigen::MatrixXf &points, const std::vector<std::uint32_t> &indices)
{
    Eigen::MatrixXf selected(static_cast<Eigen::Index>(indices.size()), points.cols());
    for (std::size_t r = 0; r < indices.size(); ++r)
        selected.row(static_cast<Eigen::Index>(r)) = points.row(static_cast<Eigen::Index>(indices[r]));
    return selected;
}

} // namespace

std::vector<std::uint32_t> exactKnn(const Eigen::MatrixXf &points, int k, unsigned threads)
{
    const Eigen::Index n = points.rows();
    if (k < 1 || k >= n)
        throw Error(ErrorKind::InvalidArgument, "exactKnn: k = " + std::to_string(k)
                                                    + " must be in [1, n) with n = " + std::to_string(n) + " points");
    if (n > static_cast<Eigen::Index>(UINT32_MAX))
        throw Error(ErrorKind::InvalidArgument, "exactKnn: more than 2^32 - 1 points");
    requireFinite(points, "exactKnn: the point set");
    return knn(DistanceRows(points), k, threads);
}

double trustworthiness(const Eigen::MatrixXf &input, const Eigen::MatrixXf &layout,
                       const TrustworthinessOptions &options)
{
    const Eigen::Index rowCount = input.rows();
    if (layout.rows() != rowCount)
        throw Error(ErrorKind::InvalidArgument, "trustworthiness: the input has " + std::to_string(rowCount)
                                                    + " rows but the layout " + std::to_string(layout.rows()));
    if (rowCount < 3)
        throw Error(ErrorKind::InvalidArgument,
                    "trustworthiness: needs at least 3 rows, got " + std::to_string(rowCount));
    if (rowCount > static_cast<Eigen::Index>(UINT32_MAX))
        throw Error(ErrorKind::InvalidArgument, "trustworthiness: more than 2^32 - 1 rows");
    if (options.sampleSize < 3)
        throw Error(ErrorKind::InvalidArgument,
                    "trustworthiness: sampleSize = " + std::to_string(options.sampleSize) + " must be at least 3");
    const auto n = static_cast<std::uint32_t>(rowCount);
    const std::uint32_t m = std::min(n, options.sampleSize);
    const std::int64_t k = options.k;
    const std::int64_t denominatorFactor = 2 * static_cast<std::int64_t>(m) - 3 * k - 1;
    if (k < 1 || k >= m || denominatorFactor <= 0)
        throw Error(ErrorKind::InvalidArgument, "trustworthiness: k = " + std::to_string(k)
                                                    + " must satisfy 1 <= k < (2m - 1) / 3 for the m = "
                                                    + std::to_string(m) + " rows evaluated (so that 2m - 3k - 1 > 0)");
    requireFinite(input, "trustworthiness: the input");
    requireFinite(layout, "trustworthiness: the layout");

    std::uint64_t excess = 0;
    if (m < n) {
        std::vector<std::uint32_t> sample(n);
        std::iota(sample.begin(), sample.end(), 0u);
        Shuffler(options.seed).shuffle(sample);
        sample.resize(m);
        std::sort(sample.begin(), sample.end());
        const std::vector<std::uint32_t> layoutNeighbours =
            knn(DistanceRows(selectRows(layout, sample)), options.k, options.threads);
        excess = rankExcess(DistanceRows(selectRows(input, sample)), layoutNeighbours, options.k, options.threads);
    } else {
        const std::vector<std::uint32_t> layoutNeighbours = knn(DistanceRows(layout), options.k, options.threads);
        excess = rankExcess(DistanceRows(input), layoutNeighbours, options.k, options.threads);
    }
    const double normaliser = static_cast<double>(m) * static_cast<double>(k) * static_cast<double>(denominatorFactor);
    return 1.0 - 2.0 * static_cast<double>(excess) / normaliser;
}

} // namespace hplx
