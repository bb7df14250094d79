// Exact kNN and trustworthiness.
//
// Distances come in two precisions. A block of rows gets approximate squared
// distances to all rows from one matrix product (|x|^2 + |y|^2 - 2 x.y, in
// double); the decisions that define the result (which rows are the k nearest,
// and ranks) are then made on the "exact" distance: a plain double sum of
// squared coordinate differences, computed only for the few rows whose
// approximate distance is within the rounding bound of the decision. So the
// output is that of a brute-force search with the exact distance, whatever the
// block size, thread count or BLAS-like summation order of the product.
//
// Rounding bound: the float coordinates are exact in double and so are their
// products; with u the unit roundoff, |x|^2, |y|^2 and 2 x.y are each within
// d u (|x|^2 + |y|^2) of their true values, the two additions add 4 u of the
// same, and the exact distance is within 2 d u (|x|^2 + |y|^2) of the true
// one, so |approx - exact| <= (4d + 4) u (|x|^2 + |y|^2) to first order. We
// use twice that with DBL_EPSILON = 2u, and the largest |y|^2 of the data set.
#include "embed/Trustworthiness.h"

#include "util/Error.h"
#include "util/ParallelChunks.h"
#include "util/Random.h"

#include <algorithm>
#include <cfloat>
#include <cstddef>
#include <numeric>
#include <string>
#include <utility>

namespace hplx {

namespace {

using RowMajorMatrixXd = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Keyed = std::pair<double, std::uint32_t>; // (squared distance, row): ties -> lower row

// Rows per matrix-product block: a 64 x n block of doubles stays in cache
// for the selection that follows, and the blocks balance over the threads.
constexpr std::uint64_t kRowsPerBlock = 64;

class DistanceRows
{
public:
    explicit DistanceRows(const Eigen::MatrixXf &points)
        : m_columns(points.transpose().cast<double>()), m_squaredNorms(m_columns.colwise().squaredNorm().transpose())
    {
        m_maxSquaredNorm = m_squaredNorms.size() > 0 ? m_squaredNorms.maxCoeff() : 0.0;
        m_errorScale = 2.0 * (4.0 * static_cast<double>(m_columns.rows()) + 4.0) * DBL_EPSILON;
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

    // |approximate - exact| <= tolerance(i) for every distance of row i.
    double tolerance(std::uint32_t i) const { return m_errorScale * (m_squaredNorms[i] + m_maxSquaredNorm); }

    // fn(i, approx, scratch) for every row i, approx[j] the approximate
    // squared distance from i to j and scratch the buffers of the calling
    // thread's block. Row blocks are spread over `threads`; fn must only
    // write state owned by row i.
    template <typename Scratch, typename Fn>
    void forEachRow(unsigned threads, Fn &&fn) const
    {
        const std::uint64_t n = size();
        graphdetail::parallelChunks(n, kRowsPerBlock, threads, nullptr, 0.0, 1.0, std::string(),
                                    [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                                        const auto first = static_cast<Eigen::Index>(begin);
                                        const auto count = static_cast<Eigen::Index>(end - begin);
                                        RowMajorMatrixXd block =
                                            m_columns.middleCols(first, count).transpose() * m_columns;
                                        block *= -2.0;
                                        block.rowwise() += m_squaredNorms.transpose();
                                        block.colwise() += m_squaredNorms.segment(first, count);
                                        Scratch scratch;
                                        for (Eigen::Index r = 0; r < count; ++r)
                                            fn(static_cast<std::uint32_t>(first + r), block.row(r).data(), scratch);
                                    });
    }

private:
    Eigen::MatrixXd m_columns;      // d x n: row i of the input is column i
    Eigen::VectorXd m_squaredNorms; // n
    double m_maxSquaredNorm = 0.0;
    double m_errorScale = 0.0;
};

// Buffers reused across the rows of a block.
struct Scratch
{
    std::vector<Keyed> approx;
    std::vector<Keyed> exact;
};

struct RankScratch : Scratch
{
    std::vector<std::uint32_t> inputNeighbours;
    std::vector<Keyed> queries;          // (exact distance, row) of layout neighbours that are not input ones
    std::vector<std::uint64_t> before;   // difference array: rows certainly before queries[q..]
    std::vector<std::uint64_t> resolved; // rows found before queries[q] by an exact comparison
};

// The k nearest other rows of i by (exact distance, row), into out[0..k).
// Every row that can be among them has an approximate distance within twice
// the tolerance of the approximate k-th smallest (see the file comment).
void selectNeighbours(const DistanceRows &rows, std::uint32_t i, const double *approx, int k, Scratch &scratch,
                      std::uint32_t *out)
{
    const std::uint32_t n = rows.size();
    const auto kk = static_cast<std::size_t>(k);
    scratch.approx.clear();
    for (std::uint32_t j = 0; j < n; ++j)
        if (j != i)
            scratch.approx.emplace_back(approx[j], j);
    std::nth_element(scratch.approx.begin(), scratch.approx.begin() + static_cast<std::ptrdiff_t>(kk - 1),
                     scratch.approx.end());
    const double threshold = scratch.approx[kk - 1].first + 2.0 * rows.tolerance(i);
    scratch.exact.clear();
    for (const Keyed &candidate : scratch.approx)
        if (candidate.first <= threshold)
            scratch.exact.emplace_back(rows.exact(i, candidate.second), candidate.second);
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
    rows.forEachRow<Scratch>(threads, [&](std::uint32_t i, const double *approx, Scratch &scratch) {
        selectNeighbours(rows, i, approx, k, scratch, result.data() + static_cast<std::size_t>(i) * kk);
    });
    return result;
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
    rows.forEachRow<RankScratch>(threads, [&](std::uint32_t i, const double *approx, RankScratch &scratch) {
        auto &inputNeighbours = scratch.inputNeighbours;
        auto &queries = scratch.queries;
        auto &before = scratch.before;
        auto &resolved = scratch.resolved;
        inputNeighbours.resize(kk);
        selectNeighbours(rows, i, approx, k, scratch, inputNeighbours.data());

        queries.clear();
        for (std::size_t m = 0; m < kk; ++m) {
            const std::uint32_t j = layoutNeighbours[static_cast<std::size_t>(i) * kk + m];
            if (std::find(inputNeighbours.begin(), inputNeighbours.end(), j) == inputNeighbours.end())
                queries.emplace_back(rows.exact(i, j), j);
        }
        if (queries.empty())
            return;
        std::sort(queries.begin(), queries.end());
        const std::size_t q = queries.size();
        before.assign(q + 1, 0);
        resolved.assign(q, 0);
        const double tolerance = rows.tolerance(i);
        const double farthestQuery = queries.back().first;
        // rank(j) - 1 = #{l != i : (exact(i, l), l) < (exact(i, j), j)}. Rows
        // whose approximate distance is beyond the tolerance band of a query
        // are certainly before or after it; only those in the band need the
        // exact distance.
        for (std::uint32_t l = 0; l < n; ++l) {
            if (l == i)
                continue;
            const double low = approx[l] - tolerance;
            if (low > farthestQuery)
                continue;
            const double high = approx[l] + tolerance;
            const auto byDistance = [](double value, const Keyed &query) { return value < query.first; };
            const auto firstAbove = static_cast<std::size_t>(
                std::upper_bound(queries.begin(), queries.end(), high, byDistance) - queries.begin());
            ++before[firstAbove];
            const auto firstInBand = static_cast<std::size_t>(
                std::lower_bound(queries.begin(), queries.end(), low,
                                 [](const Keyed &query, double value) { return query.first < value; })
                - queries.begin());
            if (firstInBand < firstAbove) {
                const Keyed key(rows.exact(i, l), l);
                for (std::size_t m = firstInBand; m < firstAbove; ++m)
                    if (key < queries[m])
                        ++resolved[m];
            }
        }
        std::uint64_t excess = 0;
        std::uint64_t certainlyBefore = 0;
        for (std::size_t m = 0; m < q; ++m) {
            certainlyBefore += before[m];
            const std::uint64_t rank = 1 + certainlyBefore + resolved[m];
            excess += rank - static_cast<std::uint64_t>(k); // > k: the query is not an input neighbour
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
