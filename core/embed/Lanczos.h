// The largest eigenpairs of a large symmetric operator known only through
// products Y = M X: block thick-restart Lanczos (Wu & Simon 2000; a block
// of vectors per step) with full reorthogonalisation (classical
// Gram-Schmidt, repeated when the first pass cancelled much of a vector:
// "twice is enough", Kahan-Parlett).
//
// Why not Spectra's SymEigsSolver, which HOPE used first: on HOPE's Gram
// operator for FC-Net (62,208 rows, a flat spectrum: sigma_64 / sigma_1 =
// 0.69, about 300 products to converge) its reorthogonalisation, up to five
// single-threaded passes over the basis per vector, each limited by memory
// bandwidth, was 80 % of 9-11 s. Here a step reads the basis twice for a
// whole block of vectors, row block by row block, split over threads.
//
// Determinism: the rows are cut into fixed blocks (not by thread count) and
// per-block partial sums are added in block order, so the result is bitwise
// the same for any thread count. The product must be deterministic too.
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <functional>

namespace hplx {

class Feedback;

struct LanczosOptions
{
    int count = 1;           // eigenpairs wanted, largest algebraic first
    int block = 8;           // vectors per step
    int basis = 0;           // Krylov basis size; 0: max(2 * count, count + 6 * block), a multiple of block
    double tolerance = 1e-6; // a pair is converged when ||M y - theta y|| <= tolerance * |theta|
    int maxRestarts = 1000;
    unsigned threads = 0; // 0: all cores; the result does not depend on it
};

struct LanczosResult
{
    Eigen::VectorXd values;  // count, descending
    Eigen::MatrixXd vectors; // n x count, orthonormal columns
    int restarts = 0;
    int products = 0;    // calls of the product
    int extraPasses = 0; // second Gram-Schmidt passes
};

// Sets y = M x for every column (y is n x x.cols() and may hold anything
// on entry).
using SymmetricProduct = std::function<void(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y)>;

// start: n x block, of full column rank (a seeded random block makes the
// result reproducible). Small problems (n <= 400 or a basis of about n) are
// solved densely from n products with unit vectors. Throws
// Error(InvalidArgument) for count outside [1, n), block < 1 or a bad start
// block, Error(InvalidData) when the pairs do not converge within
// maxRestarts, Error(Cancelled) when feedback is cancelled (polled before
// every product).
LanczosResult largestEigenpairs(Eigen::Index n, const SymmetricProduct &product, const Eigen::MatrixXd &start,
                                const LanczosOptions &options, Feedback *feedback = nullptr);

} // namespace hplx
