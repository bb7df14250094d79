// Initial UMAP layouts: spectral (eigenvectors of the fuzzy graph's
// normalised Laplacian, as umap-learn's spectral_layout) or uniform random.
#pragma once

#include "embed/FuzzySet.h"

#include <Eigen/Core>

#include <cstdint>
#include <string>

namespace hplx {

class Feedback;

// Number of connected components of graph (edges of positive weight).
std::uint32_t connectedComponents(const FuzzyGraph &graph);

// n x dimensions: the eigenvectors of L = I - D^-1/2 W D^-1/2 for the
// smallest eigenvalues above the trivial one (the trivial eigenvector
// D^1/2 1 is deflated), each column scaled so that the largest magnitude is
// 10, plus seeded Gaussian noise of standard deviation 1e-4. Empty matrix
// and `failure` set to a short reason when the graph is disconnected, too
// small, or the eigen solve does not converge. Polls feedback on every
// operator product (Error(Cancelled)).
Eigen::MatrixXf spectralLayout(const FuzzyGraph &graph, int dimensions, std::uint64_t seed, std::string &failure,
                               Feedback *feedback = nullptr);

// n x dimensions, uniform in [-10, 10], seeded.
Eigen::MatrixXf randomLayout(std::uint32_t n, int dimensions, std::uint64_t seed);

// Rescales every column linearly to [0, 10] (umap-learn's last step before
// optimisation); a constant column becomes 0.
void rescaleColumns(Eigen::MatrixXf &layout);

} // namespace hplx
