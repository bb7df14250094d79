// The improving structure of one landscape (METRICS.md §1): global optimum,
// local optima, steepest-descent successors, greedy basins and accessible
// basins. Lower loss is better; only strictly lower neighbours improve.
#pragma once

#include "graph/NeighbourGraph.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace hplx {

class Feedback;

constexpr ConfigId kNoConfig = std::numeric_limits<ConfigId>::max();

struct ImprovingGraph
{
    ConfigId globalOptimum = kNoConfig; // lowest loss; ties -> lowest id
    std::uint64_t globalTies = 0;       // configurations sharing the lowest loss (1 = unique)
    // The neighbour with the largest loss drop (ties -> lowest id); the
    // configuration itself for a local optimum; kNoConfig where not evaluated.
    std::vector<ConfigId> steepest;
    std::vector<ConfigId> localOptima; // ascending ids
    // Greedy basins: the local optimum steepest descent reaches from each
    // configuration (kNoConfig where not evaluated), and each basin's size
    // (indexed like localOptima, the optimum itself included).
    std::vector<ConfigId> attractor;
    std::vector<std::uint64_t> basinSize;
    std::uint64_t improvingEdges = 0; // directed edges u -> v with L(v) < L(u)
    double totalDrop = 0.0;           // sum of L(u) - L(v) over improving edges

    // Index of a local optimum in localOptima, or -1.
    std::int64_t optimumIndex(ConfigId id) const;
};

// loss: the vector the graph was built from (one entry per configuration).
// threads: 0 = all cores; every result, totalDrop included, is the same for
// any thread count. Throws Error(InvalidData) when the landscape has no
// evaluated configuration, Error(InvalidArgument) when loss.size() differs
// from graph.size(), Error(Cancelled) on cancel.
ImprovingGraph analyseImproving(const NeighbourGraph &graph, const std::vector<double> &loss,
                                Feedback *feedback = nullptr, unsigned threads = 0);

// The accessible basin of `optimum`: every configuration with a monotone
// (strictly improving at each step) path of neighbours ending at it, the
// optimum included. Returned as a 0/1 mask over configuration ids. Any
// evaluated configuration may be given; throws Error(InvalidArgument) when
// `optimum` is out of range or not evaluated.
std::vector<char> accessibleBasin(const NeighbourGraph &graph, const std::vector<double> &loss, ConfigId optimum);

} // namespace hplx
