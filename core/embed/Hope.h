// HOPE node embedding of a landscape's improving graph (METRICS.md §5.1).
// GraphFLA's variant (the default): add a self-loop to every node, S = (A+I)^2
// with unweighted A (A[u][v] = 1 for an improving edge u -> v), truncated SVD
// S ≈ U Σ V^T with k singular triplets, embedding = [U √Σ, V √Σ] (2k columns).
// The Katz variant S = (I − βA)^-1 βA with β below 1/spectral radius is the
// alternative. S is never formed densely: products with S and S^T are
// computed from the sparse A.
#pragma once

#include "graph/NeighbourGraph.h"

#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <vector>

namespace hplx {

class Feedback;

enum class HopeVariant {
    SelfLoopSquare, // S = (A + I)^2, GraphFLA
    Katz,           // S = (I - beta A)^-1 beta A
};

struct HopeOptions
{
    HopeVariant variant = HopeVariant::SelfLoopSquare;
    int dimensions = 64;    // k singular triplets; the embedding has 2k columns
    double beta = 0.0;      // Katz only, > 0; 0 = automatic: 0.5 / spectralRadius below
    std::uint64_t seed = 0; // start vector of the iterative SVD
    unsigned threads = 0;   // 0: all cores; the embedding is the same for any count
};

struct HopeEmbedding
{
    HopeOptions options;                // beta filled in when chosen automatically
    std::vector<ConfigId> rows;         // configuration id of each embedding row (evaluated ones, ascending)
    Eigen::MatrixXf coordinates;        // rows.size() x 2k: [U sqrt(S), V sqrt(S)]
    std::vector<double> singularValues; // descending, k entries
    // Katz: max(sigma_max(A), 1), sigma_max by power iteration. The improving
    // graph is acyclic, so A's true spectral radius is 0 and every beta > 0 is
    // admissible; this bound only scales the automatic beta = 0.5 / it.
    double spectralRadius = 0.0;
};

// improving: for every configuration, the improving neighbours (loss strictly
// lower) are read from graph and loss. Throws Error(InvalidArgument) for
// dimensions < 1 or a negative or non-finite Katz beta (no upper bound: the
// improving graph is acyclic, I - beta A is invertible for every beta), and
// Error(InvalidData) when fewer than 2 configurations are evaluated.
// k is capped at (evaluated − 1); the k used is stored in options.dimensions.
// Sign convention: each singular pair is flipped so that the largest-magnitude
// entry of its V column is positive. Same seed, same embedding (bitwise), for
// any thread count.
// No improving edge: S = I (singular values 1, U = V = first k unit vectors)
// or, for Katz, S = 0 (singular values 0, zero embedding): degenerate but
// defined. Error(InvalidData) when the iterative eigen solve does not
// converge; Error(Cancelled) on cancel (polled on every operator product).
HopeEmbedding hopeEmbedding(const NeighbourGraph &graph, const std::vector<double> &loss,
                            const HopeOptions &options = {}, Feedback *feedback = nullptr);

std::string toString(HopeVariant variant);

} // namespace hplx
