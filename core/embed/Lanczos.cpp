#include "embed/Lanczos.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/ParallelChunks.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace hplx {

namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// 256 rows of a basis of up to ~200 vectors (400 KB) stay in a core's L2
// cache while a row block is combined with the block of new vectors.
constexpr Index kBlockRows = 256;
constexpr std::uint64_t kBlocksPerChunk = 16;
constexpr Index kDenseLimit = 400;
// A second Gram-Schmidt pass when the first removed more than 1 - 1/sqrt(2)
// of a vector's norm (Daniel, Gragg, Kaufman, Stewart 1976).
constexpr double kSecondPassBelow = 0.7071067811865476;
// A new vector that orthogonalisation shrank below this fraction of the
// product's norm lies in the basis already (an invariant subspace): it is
// replaced by a fresh direction.
constexpr double kBreakdown = 1e-12;

[[noreturn]] void invalid(const std::string &message)
{
    throw Error(ErrorKind::InvalidArgument, "Lanczos: " + message);
}

// The Krylov basis and the passes over it, row block by row block on the
// worker threads.
class Basis
{
public:
    Basis(Index n, Index columns, unsigned threads)
        : m_v(n, columns), m_blocks((n + kBlockRows - 1) / kBlockRows), m_threads(threads)
    {}

    auto columns(Index first, Index count) { return m_v.middleCols(first, count); }
    auto columns(Index first, Index count) const { return m_v.middleCols(first, count); }

    // V[:, :c]^T w.
    MatrixXd project(Index c, const MatrixXd &w) const
    {
        std::vector<MatrixXd> partial(static_cast<std::size_t>(m_blocks));
        forEachBlock([&](Index b, Index r0, Index len) {
            partial[static_cast<std::size_t>(b)].noalias() =
                m_v.block(r0, 0, len, c).transpose() * w.middleRows(r0, len);
        });
        MatrixXd sum = partial.front();
        for (std::size_t b = 1; b < partial.size(); ++b)
            sum += partial[b];
        return sum;
    }

    // w -= V[:, :c] g.
    void subtract(Index c, const MatrixXd &g, MatrixXd &w) const
    {
        forEachBlock(
            [&](Index, Index r0, Index len) { w.middleRows(r0, len).noalias() -= m_v.block(r0, 0, len, c) * g; });
    }

    // V[:, :c] q (q: c x p).
    MatrixXd combine(Index c, const MatrixXd &q) const
    {
        MatrixXd out(m_v.rows(), q.cols());
        forEachBlock(
            [&](Index, Index r0, Index len) { out.middleRows(r0, len).noalias() = m_v.block(r0, 0, len, c) * q; });
        return out;
    }

    // V[:, :p] = V[:, :c] q (q: c x p, p <= c), in place block by block.
    void rotate(Index c, const MatrixXd &q)
    {
        forEachBlock([&](Index, Index r0, Index len) {
            const MatrixXd rotated = m_v.block(r0, 0, len, c) * q;
            m_v.block(r0, 0, len, q.cols()) = rotated;
        });
    }

private:
    template <typename Fn>
    void forEachBlock(Fn &&fn) const
    {
        const Index n = m_v.rows();
        graphdetail::parallelChunks(static_cast<std::uint64_t>(m_blocks), kBlocksPerChunk, m_threads, nullptr, 0.0, 0.0,
                                    std::string(), [&](std::uint64_t, std::uint64_t first, std::uint64_t last) {
                                        for (auto b = static_cast<Index>(first); b < static_cast<Index>(last); ++b) {
                                            const Index r0 = b * kBlockRows;
                                            fn(b, r0, std::min(kBlockRows, n - r0));
                                        }
                                    });
    }

    MatrixXd m_v;
    Index m_blocks;
    unsigned m_threads;
};

void poll(Feedback *feedback)
{
    if (feedback)
        feedback->throwIfCancelled();
}

// Eigenpairs of the symmetric matrix m, largest first.
void sortedEigenpairs(const MatrixXd &m, VectorXd &values, MatrixXd &vectors)
{
    const Eigen::SelfAdjointEigenSolver<MatrixXd> solver(m);
    if (solver.info() != Eigen::Success)
        throw Error(ErrorKind::InvalidData, "Lanczos: the projected eigenproblem did not converge");
    values = solver.eigenvalues().reverse();
    vectors = solver.eigenvectors().rowwise().reverse();
}

LanczosResult denseEigenpairs(Index n, const SymmetricProduct &product, int count, Feedback *feedback)
{
    MatrixXd m(n, n);
    MatrixXd unit = MatrixXd::Zero(n, 1);
    MatrixXd column;
    for (Index i = 0; i < n; ++i) {
        poll(feedback);
        unit(i, 0) = 1.0;
        product(unit, column);
        m.col(i) = column.col(0);
        unit(i, 0) = 0.0;
    }
    const MatrixXd symmetric = 0.5 * (m + m.transpose());
    VectorXd values;
    MatrixXd vectors;
    sortedEigenpairs(symmetric, values, vectors);
    LanczosResult result;
    result.values = values.head(count);
    result.vectors = vectors.leftCols(count);
    result.products = static_cast<int>(n);
    return result;
}

// A fixed pseudo-random vector (xorshift64*), for replacement directions.
VectorXd replacementVector(Index n, std::uint64_t seed)
{
    VectorXd w(n);
    std::uint64_t state = 0x9e3779b97f4a7c15ULL * (seed + 1);
    for (Index i = 0; i < n; ++i) {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        w[i] = static_cast<double>((state * 0x2545f4914f6cdd1dULL) >> 11) * 0x1.0p-53 - 0.5;
    }
    return w;
}

// Orthonormalises w's columns among themselves (w is already orthogonal to
// V[:, :c]): w = q r with r upper triangular, q written over w. A column
// that vanishes (below kBreakdown of its norm in `scale`) gets a zero row
// in r and a fresh direction orthogonal to V[:, :c] and to the columns
// before it.
MatrixXd orthonormaliseBlock(const Basis &basis, Index c, const VectorXd &scale, MatrixXd &w, std::uint64_t &fresh)
{
    const Index b = w.cols();
    MatrixXd r = MatrixXd::Zero(b, b);
    for (Index k = 0; k < b; ++k) {
        for (int pass = 0; pass < 2; ++pass) {
            const VectorXd g = w.leftCols(k).transpose() * w.col(k);
            w.col(k).noalias() -= w.leftCols(k) * g;
            r.col(k).head(k) += g;
        }
        const double norm = w.col(k).norm();
        if (norm > kBreakdown * scale[k] && norm > 0.0) {
            w.col(k) /= norm;
            r(k, k) = norm;
            continue;
        }
        r.col(k).head(k).setZero();
        MatrixXd v = replacementVector(w.rows(), fresh++);
        for (int pass = 0; pass < 2; ++pass) {
            basis.subtract(c, basis.project(c, v), v);
            v -= w.leftCols(k) * (w.leftCols(k).transpose() * v);
        }
        w.col(k) = v.col(0).normalized();
    }
    return r;
}

} // namespace

LanczosResult largestEigenpairs(Index n, const SymmetricProduct &product, const MatrixXd &start,
                                const LanczosOptions &options, Feedback *feedback)
{
    if (options.count < 1 || options.count >= n)
        invalid("count must be in [1, " + std::to_string(n) + "), got " + std::to_string(options.count));
    if (options.block < 1)
        invalid("block must be at least 1, got " + std::to_string(options.block));
    const Index b = options.block;
    if (start.rows() != n || start.cols() != b)
        invalid("the start block is " + std::to_string(start.rows()) + " x " + std::to_string(start.cols())
                + ", expected " + std::to_string(n) + " x " + std::to_string(b));
    if (!start.allFinite())
        invalid("the start block must be finite");
    if (!(options.tolerance > 0.0))
        invalid("tolerance must be positive");
    const Index count = options.count;
    // m, and every restart's kept count, are multiples of the block.
    // The default leaves at least four blocks of new room after a restart.
    const Index wanted = options.basis > 0 ? options.basis : std::max<Index>(2 * count, count + 6 * b);
    const Index m = b * std::max<Index>((wanted + b - 1) / b, (count + b - 1) / b + 2);
    if (n <= kDenseLimit || m + b > n)
        return denseEigenpairs(n, product, options.count, feedback);

    LanczosResult result;
    Basis basis(n, m + b, options.threads);
    std::uint64_t fresh = 0;
    {
        MatrixXd first = start;
        const VectorXd scale = first.colwise().norm().transpose();
        if ((scale.array() == 0.0).any())
            invalid("the start block has a zero column");
        orthonormaliseBlock(basis, 0, scale, first, fresh);
        basis.columns(0, b) = first;
    }
    MatrixXd t = MatrixXd::Zero(m, m); // V[:, :m]^T M V[:, :m]
    MatrixXd w;
    MatrixXd previousR; // couples the block before to the current one
    VectorXd theta;
    MatrixXd y;
    Index kept = 0;
    for (result.restarts = 0; result.restarts <= options.maxRestarts; ++result.restarts) {
        for (Index j = kept; j < m; j += b) {
            poll(feedback);
            product(basis.columns(j, b), w);
            result.products += static_cast<int>(b);
            const VectorXd scale = w.colwise().norm().transpose();
            // The block three-term recurrence first (against this block and,
            // within a cycle, the one before), then one full Gram-Schmidt
            // pass, which then mostly removes rounding.
            const MatrixXd a = basis.columns(j, b).transpose() * w;
            w.noalias() -= basis.columns(j, b) * a;
            const bool chained = j > kept;
            if (chained)
                w.noalias() -= basis.columns(j - b, b) * previousR.transpose();
            const VectorXd before = w.colwise().norm().transpose();
            MatrixXd h = basis.project(j + b, w);
            basis.subtract(j + b, h, w);
            const VectorXd after = w.colwise().norm().transpose();
            if ((after.array() < kSecondPassBelow * before.array()).any()) {
                const MatrixXd again = basis.project(j + b, w);
                basis.subtract(j + b, again, w);
                h += again;
                ++result.extraPasses;
            }
            h.middleRows(j, b) += a;
            if (chained)
                h.middleRows(j - b, b) += previousR.transpose();
            t.block(0, j, j + b, b) = h;
            t.block(j, 0, b, j + b) = h.transpose();
            previousR = orthonormaliseBlock(basis, j + b, scale, w, fresh);
            basis.columns(j + b, b) = w;
        }

        sortedEigenpairs(t, theta, y);
        // M V y = theta V y + V_next R (last b rows of y): the residual of a Ritz pair.
        const double floor = std::pow(std::numeric_limits<double>::epsilon(), 2.0 / 3.0) * std::abs(theta[0]);
        Index converged = 0;
        while (converged < count
               && (previousR * y.col(converged).tail(b)).norm()
                      <= options.tolerance * std::max(std::abs(theta[converged]), floor))
            ++converged;
        if (converged == count) {
            result.values = theta.head(count);
            result.vectors = basis.combine(m, y.leftCols(count));
            return result;
        }
        // Thick restart: keep the wanted Ritz vectors and two blocks more
        // (more kept vectors converge no faster here but make the rotation,
        // n x m x kept, the largest cost), continue from the residual block.
        kept = std::min(m - b, count + 2 * b);
        kept -= kept % b;
        basis.rotate(m, y.leftCols(kept));
        basis.columns(kept, b) = basis.columns(m, b);
        t.setZero();
        t.diagonal().head(kept) = theta.head(kept);
    }
    throw Error(ErrorKind::InvalidData, "Lanczos: " + std::to_string(count) + " eigenpairs did not converge in "
                                            + std::to_string(options.maxRestarts) + " restarts");
}

} // namespace hplx
