// The landscape metrics of METRICS.md §2 for one landscape, computed on its
// neighbour graph. Every value carries the variant and parameters it was
// computed with; values that are undefined for a landscape (e.g. a
// correlation over a single local optimum) are NaN with a reason.
#pragma once

#include "space/Landscape.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hplx {

class Feedback;

struct MetricOptions
{
    // l_ast: "directed" (improving edges, each once; GraphFLA) or "undirected"
    // (every neighbour pair both ways).
    std::string assortativity = "directed";
    // rho_a: "median" of per-walk autocorrelations (GraphFLA 2025-01) or
    // "pooled" (one estimate over all steps around the grand mean).
    std::string autocorrelation = "median";
    int walks = 1000;
    int walkLength = 20; // configurations visited per walk
    int lag = 1;
    std::uint64_t seed = 0;
    double neutralityEps = 0.01;
    bool neutralityRelative = false; // eps as a share of the loss range

    // Throws Error(InvalidArgument) naming the bad option.
    void validate() const;
};

struct MetricValue
{
    std::string key;        // as in METRICS.md: "l_ast", "rho_a", ...
    double value = 0.0;     // NaN when undefined (see note)
    std::string variant;    // e.g. "directed", "median", "absolute"
    std::string parameters; // e.g. "walks=1000, length=20, lag=1, seed=0"
    std::string note;       // why a value is undefined, or a caveat
};

struct GraphSummary
{
    std::uint64_t gridSize = 0;
    std::uint64_t evaluated = 0;
    bool partial = false;
    std::uint64_t edges = 0; // neighbour pairs among evaluated configurations
    std::uint64_t improvingEdges = 0;
    std::uint64_t localOptima = 0;
    ConfigId globalOptimum = 0;
    std::uint64_t globalTies = 0;
    double globalLoss = 0.0;
};

struct LandscapeMetrics
{
    MetricOptions options;
    GraphSummary graph;
    std::vector<MetricValue> values; // in METRICS.md order

    // The value of a key; throws Error(InvalidArgument) for an unknown key.
    const MetricValue &get(const std::string &key) const;
};

// Throws Error(InvalidData) for a landscape with no evaluated configuration.
LandscapeMetrics computeMetrics(const Landscape &landscape, const MetricOptions &options = {},
                                Feedback *feedback = nullptr);

} // namespace hplx
