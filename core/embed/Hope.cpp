#include "embed/Hope.h"

#include "embed/Lanczos.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/ParallelChunks.h"
#include "util/Random.h"

#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace hplx {

namespace {

using SparseRow = Eigen::SparseMatrix<double, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;

// Streams of mixSeed(options.seed, ·): the Lanczos start vector and the start
// vector of the power iteration for the Katz beta.
constexpr std::uint64_t kStreamLanczos = 1;
constexpr std::uint64_t kStreamPower = 2;

// Residual tolerance of the eigenpairs of S^T S, relative to each eigenvalue.
// On FC-Net naval (62,208 configurations) the singular values then agree
// with a solve to 1e-10 within 1e-12 and the embedding's pairwise distances
// within 2e-7 (float rounding).
constexpr double kTolerance = 1e-6;

// Uniform(-0.5, 0.5) entries from std::mt19937_64, whose output sequence is
// pinned by the standard (the distributions are not).
Vector randomVector(Eigen::Index n, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    Vector v(n);
    for (Eigen::Index i = 0; i < n; ++i)
        v[i] = static_cast<double>(engine() >> 11) * 0x1.0p-53 - 0.5;
    return v;
}

using RowBlock = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// y = (m + I) x for a block of vectors stored by rows (a sparse row then
// reads whole rows of x), row by row in fixed chunks over the threads: each
// entry is one sum in a fixed order, so the result does not depend on the
// thread count.
void plusIdentityProduct(const SparseRow &m, const RowBlock &x, RowBlock &y, unsigned threads)
{
    constexpr std::uint64_t kRowsPerChunk = 2048;
    y.resize(x.rows(), x.cols());
    graphdetail::parallelChunks(static_cast<std::uint64_t>(m.rows()), kRowsPerChunk, threads, nullptr, 0.0, 0.0,
                                std::string(), [&](std::uint64_t, std::uint64_t first, std::uint64_t last) {
                                    for (auto r = static_cast<Eigen::Index>(first); r < static_cast<Eigen::Index>(last);
                                         ++r) {
                                        auto out = y.row(r);
                                        out = x.row(r);
                                        for (SparseRow::InnerIterator it(m, r); it; ++it)
                                            out += it.value() * x.row(it.col());
                                    }
                                });
}

// Products with S and S^T for one variant, on vectors indexed by embedding row.
// A is kept together with an explicit row-major copy of A^T so that both
// directions are cache-friendly row sweeps.
class HopeProximity
{
public:
    HopeProximity(HopeVariant variant, SparseRow a, double beta, const std::vector<double> &rowLoss, unsigned threads)
        : m_variant(variant), m_a(std::move(a)), m_beta(beta), m_threads(threads)
    {
        m_at = m_a.transpose();
        if (m_variant != HopeVariant::Katz)
            return;
        // The improving graph is acyclic (loss strictly decreases along an edge),
        // so ordering rows by descending loss makes A strictly upper triangular
        // and I - beta A unit upper triangular: one sparse triangular solve per
        // product, no factorisation.
        const auto n = m_a.rows();
        std::vector<int> order(static_cast<std::size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int l, int r) { return rowLoss[l] > rowLoss[r]; });
        m_perm.resize(n);
        for (Eigen::Index p = 0; p < n; ++p)
            m_perm.indices()[order[static_cast<std::size_t>(p)]] = static_cast<int>(p); // row -> position
        std::vector<Eigen::Triplet<double>> triplets;
        triplets.reserve(static_cast<std::size_t>(m_a.nonZeros()));
        for (Eigen::Index u = 0; u < n; ++u)
            for (SparseRow::InnerIterator it(m_a, u); it; ++it)
                triplets.emplace_back(m_perm.indices()[u], m_perm.indices()[it.col()], -m_beta);
        m_minusBetaAPermuted.resize(n, n);
        m_minusBetaAPermuted.setFromTriplets(triplets.begin(), triplets.end());
    }

    Eigen::Index size() const { return m_a.rows(); }

    // y = S x, column by column of x.
    void apply(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) const
    {
        if (m_variant == HopeVariant::SelfLoopSquare) {
            selfLoopSquare(m_a, x, y);
            return;
        }
        y.resize(x.rows(), x.cols());
        for (Eigen::Index c = 0; c < x.cols(); ++c) {
            // (I - beta A) y = beta A x, solved in topological order.
            const Vector b = m_perm * Vector(m_beta * (m_a * x.col(c)));
            const Vector yp = m_minusBetaAPermuted.triangularView<Eigen::UnitUpper>().solve(b);
            y.col(c) = m_perm.transpose() * yp;
        }
    }

    // y = S^T x, column by column of x.
    void applyTransposed(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) const
    {
        if (m_variant == HopeVariant::SelfLoopSquare) {
            selfLoopSquare(m_at, x, y);
            return;
        }
        y.resize(x.rows(), x.cols());
        for (Eigen::Index c = 0; c < x.cols(); ++c) {
            // S^T = beta A^T (I - beta A)^-T
            const Vector xp = m_perm * x.col(c);
            const Vector zp = m_minusBetaAPermuted.transpose().triangularView<Eigen::UnitLower>().solve(xp);
            const Vector z = m_perm.transpose() * zp;
            y.col(c) = m_beta * (m_at * z);
        }
    }

    // y = S^T S x, the Gram operator whose eigenpairs give the SVD of S.
    void applyGram(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) const
    {
        apply(x, m_gram);
        applyTransposed(m_gram, y);
    }

private:
    // y = (m + I)^2 x, by rows.
    void selfLoopSquare(const SparseRow &m, const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) const
    {
        m_in = x;
        plusIdentityProduct(m, m_in, m_once, m_threads);
        plusIdentityProduct(m, m_once, m_in, m_threads);
        y = m_in;
    }

    HopeVariant m_variant;
    SparseRow m_a;
    SparseRow m_at;
    double m_beta;
    unsigned m_threads;
    Eigen::PermutationMatrix<Eigen::Dynamic, Eigen::Dynamic, int> m_perm; // row -> topological position
    SparseRow m_minusBetaAPermuted;                                       // -beta P A P^T, strictly upper triangular
    mutable Eigen::MatrixXd m_gram;                                       // scratch of applyGram
    mutable RowBlock m_in, m_once;                                        // scratch of selfLoopSquare
};

// Largest singular value of A by power iteration on A^T A (an upper bound of
// the spectral radius of A).
double largestSingularValue(const SparseRow &a, std::uint64_t seed)
{
    if (a.nonZeros() == 0)
        return 0.0;
    const SparseRow at = a.transpose();
    Vector x = randomVector(a.cols(), seed);
    x.normalize();
    double lambda = 0.0;
    for (int iteration = 0; iteration < 200; ++iteration) {
        Vector y = at * Vector(a * x);
        const double next = y.norm();
        if (next == 0.0)
            return 0.0;
        x = y / next;
        const bool converged = std::abs(next - lambda) <= 1e-10 * next;
        lambda = next;
        if (converged)
            break;
    }
    return std::sqrt(lambda);
}

void report(Feedback *feedback, double fraction, const char *status)
{
    if (!feedback)
        return;
    feedback->throwIfCancelled();
    feedback->setProgress(fraction, status);
}

} // namespace

HopeEmbedding hopeEmbedding(const NeighbourGraph &graph, const std::vector<double> &loss, const HopeOptions &options,
                            Feedback *feedback)
{
    if (options.dimensions < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "HOPE: dimensions must be at least 1, got " + std::to_string(options.dimensions));
    if (options.variant == HopeVariant::Katz && !(options.beta >= 0.0 && std::isfinite(options.beta)))
        throw Error(ErrorKind::InvalidArgument, "HOPE: the Katz beta must be positive and finite (0 = automatic), got "
                                                    + std::to_string(options.beta));
    const ConfigId total = graph.size();
    if (loss.size() != total)
        throw Error(ErrorKind::InvalidArgument, "HOPE: " + std::to_string(loss.size()) + " losses for a graph of "
                                                    + std::to_string(total) + " configurations");
    if (graph.presentCount() < 2)
        throw Error(ErrorKind::InvalidData, "HOPE: needs at least 2 evaluated configurations, the landscape has "
                                                + std::to_string(graph.presentCount()));
    report(feedback, 0.0, "HOPE: improving graph");

    HopeEmbedding result;
    result.options = options;
    std::vector<int> rowOf(total, -1);
    for (ConfigId id = 0; id < total; ++id) {
        if (graph.isPresent(id)) {
            rowOf[id] = static_cast<int>(result.rows.size());
            result.rows.push_back(id);
        }
    }
    const auto n = static_cast<Eigen::Index>(result.rows.size());
    std::vector<double> rowLoss(result.rows.size());
    std::vector<Eigen::Triplet<double>> edges;
    for (std::size_t r = 0; r < result.rows.size(); ++r) {
        const ConfigId u = result.rows[r];
        rowLoss[r] = loss[u];
        for (const ConfigId *v = graph.begin(u); v != graph.end(u); ++v)
            if (loss[*v] < loss[u])
                edges.emplace_back(static_cast<int>(r), rowOf[*v], 1.0);
    }
    SparseRow a(n, n);
    a.setFromTriplets(edges.begin(), edges.end());

    // The eigen solver needs count < n.
    const auto k = static_cast<Eigen::Index>(std::min<std::int64_t>(options.dimensions, n - 1));
    result.options.dimensions = static_cast<int>(k);

    double beta = options.beta;
    if (options.variant == HopeVariant::Katz) {
        // The improving graph is acyclic, so A is nilpotent: its spectral radius
        // is 0, (I - beta A) is invertible for every beta and the Katz series is a
        // finite sum. 0.5 / rho is thus undefined; the automatic beta is 0.5 over
        // max(sigma_max(A), 1), sigma_max(A) being the usual upper bound of rho
        // that a graph with cycles would be held to.
        result.spectralRadius = std::max(largestSingularValue(a, mixSeed(options.seed, kStreamPower)), 1.0);
        if (beta == 0.0)
            beta = 0.5 / result.spectralRadius;
        result.options.beta = beta;
    }
    report(feedback, 0.1, "HOPE: singular value decomposition");

    const auto kk = static_cast<std::size_t>(k);
    result.singularValues.assign(kk, 0.0);
    Eigen::MatrixXd u = Eigen::MatrixXd::Zero(n, k);
    Eigen::MatrixXd v = Eigen::MatrixXd::Zero(n, k);
    if (a.nonZeros() == 0) {
        // Constant landscape: S = I (every singular value 1, singular vectors any
        // orthonormal set; we take the first k unit vectors) or, for Katz, S = 0
        // (every singular value 0, zero embedding). The embedding is degenerate.
        if (options.variant == HopeVariant::SelfLoopSquare) {
            std::fill(result.singularValues.begin(), result.singularValues.end(), 1.0);
            u.setIdentity();
            v.setIdentity();
        }
    } else {
        const HopeProximity s(options.variant, std::move(a), beta, rowLoss, options.threads);
        LanczosOptions lanczos;
        lanczos.count = static_cast<int>(k);
        lanczos.tolerance = kTolerance;
        lanczos.threads = options.threads;
        Eigen::MatrixXd start(n, lanczos.block);
        for (int c = 0; c < lanczos.block; ++c)
            start.col(c) =
                randomVector(n, mixSeed(mixSeed(options.seed, kStreamLanczos), static_cast<std::uint64_t>(c)));
        const LanczosResult eigen = largestEigenpairs(
            n, [&](const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) { s.applyGram(x, y); }, start,
            lanczos, feedback);
        report(feedback, 0.9, "HOPE: embedding");
        const Vector &lambda = eigen.values;
        v = eigen.vectors;
        const double sigmaMax = std::sqrt(std::max(lambda[0], 0.0));
        for (Eigen::Index j = 0; j < k; ++j) {
            // Sign convention: the largest-magnitude entry of each V column is
            // positive (the first such entry on a tie).
            Eigen::Index peak = 0;
            v.col(j).cwiseAbs().maxCoeff(&peak);
            if (v(peak, j) < 0.0)
                v.col(j) = -v.col(j);
        }
        s.apply(v, u);
        for (Eigen::Index j = 0; j < k; ++j) {
            const double sigma = std::sqrt(std::max(lambda[j], 0.0));
            // A numerically zero singular value has no defined left vector.
            if (sigma > sigmaMax * 1e-12 && sigma > 0.0) {
                result.singularValues[static_cast<std::size_t>(j)] = sigma;
                u.col(j) /= sigma;
            } else {
                u.col(j).setZero();
            }
        }
    }

    result.coordinates.resize(n, 2 * k);
    for (Eigen::Index j = 0; j < k; ++j) {
        const double scale = std::sqrt(result.singularValues[static_cast<std::size_t>(j)]);
        result.coordinates.col(j) = (u.col(j) * scale).cast<float>();
        result.coordinates.col(k + j) = (v.col(j) * scale).cast<float>();
    }
    report(feedback, 1.0, "HOPE: done");
    return result;
}

std::string toString(HopeVariant variant)
{
    switch (variant) {
    case HopeVariant::SelfLoopSquare:
        return "self-loop square";
    case HopeVariant::Katz:
        return "Katz";
    }
    return "unknown";
}

} // namespace hplx
