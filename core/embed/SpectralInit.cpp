#include "embed/SpectralInit.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/Random.h"

#include <Eigen/Dense>
#include <Eigen/SparseCore>
#include <Spectra/SymEigsSolver.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <vector>

namespace hplx {

namespace {

using SparseRow = Eigen::SparseMatrix<double, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;

constexpr std::uint64_t kStreamStart = 1;
constexpr std::uint64_t kStreamNoise = 2;

double uniform01(std::mt19937_64 &engine)
{
    return (static_cast<double>(engine() >> 11) + 0.5) * 0x1.0p-53;
}

// D^-1/2 W D^-1/2 minus the projection on its top eigenvector v0 = D^1/2 1 /
// |D^1/2 1| (eigenvalue 1), for Spectra.
class DeflatedOp
{
public:
    using Scalar = double;

    DeflatedOp(const SparseRow &m, const Vector &v0, Feedback *feedback) : m_m(m), m_v0(v0), m_feedback(feedback) {}
    Eigen::Index rows() const { return m_m.rows(); }
    Eigen::Index cols() const { return m_m.cols(); }
    void perform_op(const double *xIn, double *yOut) const
    {
        if (m_feedback)
            m_feedback->throwIfCancelled();
        const Eigen::Map<const Vector> x(xIn, m_m.rows());
        Eigen::Map<Vector> y(yOut, m_m.rows());
        y.noalias() = m_m * x;
        y -= m_v0 * m_v0.dot(x);
    }

private:
    const SparseRow &m_m;
    const Vector &m_v0;
    Feedback *m_feedback;
};

} // namespace

std::uint32_t connectedComponents(const FuzzyGraph &graph)
{
    std::vector<std::uint32_t> parent(graph.n);
    std::iota(parent.begin(), parent.end(), 0u);
    const auto find = [&](std::uint32_t x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    std::uint32_t components = graph.n;
    for (std::uint32_t i = 0; i < graph.n; ++i)
        for (std::uint64_t e = graph.rowStart[i]; e < graph.rowStart[i + 1]; ++e) {
            if (graph.weights[e] <= 0.0f)
                continue;
            const std::uint32_t ri = find(i);
            const std::uint32_t rj = find(graph.columns[e]);
            if (ri != rj) {
                parent[std::max(ri, rj)] = std::min(ri, rj);
                --components;
            }
        }
    return components;
}

Eigen::MatrixXf spectralLayout(const FuzzyGraph &graph, int dimensions, std::uint64_t seed, std::string &failure,
                               Feedback *feedback)
{
    const auto n = static_cast<Eigen::Index>(graph.n);
    const auto dim = static_cast<Eigen::Index>(dimensions);
    if (n < dim + 2) {
        failure = "too few points (" + std::to_string(n) + ") for " + std::to_string(dim) + " eigenvectors";
        return {};
    }
    const std::uint32_t components = connectedComponents(graph);
    if (components > 1) {
        failure = "the neighbour graph has " + std::to_string(components) + " connected components";
        return {};
    }
    Vector degree = Vector::Zero(n);
    for (Eigen::Index i = 0; i < n; ++i)
        for (std::uint64_t e = graph.rowStart[static_cast<std::size_t>(i)];
             e < graph.rowStart[static_cast<std::size_t>(i) + 1]; ++e)
            degree[i] += graph.weights[e];
    const Vector invSqrt = degree.cwiseSqrt().cwiseInverse();
    std::vector<Eigen::Triplet<double>> triplets;
    triplets.reserve(graph.columns.size());
    for (Eigen::Index i = 0; i < n; ++i)
        for (std::uint64_t e = graph.rowStart[static_cast<std::size_t>(i)];
             e < graph.rowStart[static_cast<std::size_t>(i) + 1]; ++e) {
            const auto j = static_cast<Eigen::Index>(graph.columns[e]);
            triplets.emplace_back(i, j, invSqrt[i] * graph.weights[e] * invSqrt[j]);
        }
    SparseRow m(n, n);
    m.setFromTriplets(triplets.begin(), triplets.end());
    Vector v0 = degree.cwiseSqrt();
    v0 /= v0.norm();

    Eigen::MatrixXd vectors;
    if (n <= 256) {
        Eigen::MatrixXd dense = Eigen::MatrixXd(m) - v0 * v0.transpose();
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(dense);
        if (solver.info() != Eigen::Success) {
            failure = "the eigen solve did not converge";
            return {};
        }
        // Ascending eigenvalues: the largest are last.
        vectors.resize(n, dim);
        for (Eigen::Index c = 0; c < dim; ++c)
            vectors.col(c) = solver.eigenvectors().col(n - 1 - c);
    } else {
        DeflatedOp op(m, v0, feedback);
        const Eigen::Index ncv = std::min<Eigen::Index>(n, std::max<Eigen::Index>(2 * dim + 1, 32));
        Spectra::SymEigsSolver<DeflatedOp> solver(op, dim, ncv);
        std::mt19937_64 engine(mixSeed(seed, kStreamStart));
        Vector start(n);
        for (Eigen::Index i = 0; i < n; ++i)
            start[i] = uniform01(engine) - 0.5;
        solver.init(start.data());
        Eigen::Index converged = 0;
        try {
            converged = solver.compute(Spectra::SortRule::LargestAlge, 2000, 1e-4);
        } catch (const Error &) {
            throw; // cancelled
        } catch (const std::exception &e) {
            failure = std::string("the eigen solver failed: ") + e.what();
            return {};
        }
        if (solver.info() != Spectra::CompInfo::Successful || converged < dim) {
            failure = "the eigen solve did not converge (" + std::to_string(converged) + " of " + std::to_string(dim)
                      + " eigenvectors)";
            return {};
        }
        vectors = solver.eigenvectors();
    }
    // Sign convention: the largest-magnitude entry of each column is positive.
    for (Eigen::Index c = 0; c < dim; ++c) {
        Eigen::Index peak = 0;
        vectors.col(c).cwiseAbs().maxCoeff(&peak);
        if (vectors(peak, c) < 0.0)
            vectors.col(c) = -vectors.col(c);
    }
    const double largest = vectors.cwiseAbs().maxCoeff();
    if (!(largest > 0.0) || !vectors.allFinite()) {
        failure = "the eigenvectors are degenerate";
        return {};
    }
    vectors *= 10.0 / largest;
    std::mt19937_64 engine(mixSeed(seed, kStreamNoise));
    Eigen::MatrixXf layout(n, dim);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index c = 0; c < dim; ++c) {
            // Box-Muller, one normal deviate per pair of uniforms.
            const double u1 = uniform01(engine);
            const double u2 = uniform01(engine);
            const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
            layout(i, c) = static_cast<float>(vectors(i, c) + 1e-4 * normal);
        }
    return layout;
}

Eigen::MatrixXf randomLayout(std::uint32_t n, int dimensions, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    Eigen::MatrixXf layout(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(dimensions));
    for (Eigen::Index i = 0; i < layout.rows(); ++i)
        for (Eigen::Index c = 0; c < layout.cols(); ++c)
            layout(i, c) = static_cast<float>(20.0 * uniform01(engine) - 10.0);
    return layout;
}

void rescaleColumns(Eigen::MatrixXf &layout)
{
    for (Eigen::Index c = 0; c < layout.cols(); ++c) {
        if (layout.rows() == 0)
            return;
        const float lo = layout.col(c).minCoeff();
        const float hi = layout.col(c).maxCoeff();
        if (hi > lo)
            layout.col(c) = ((layout.col(c).array() - lo) * (10.0f / (hi - lo))).matrix();
        else
            layout.col(c).setZero();
    }
}

} // namespace hplx
