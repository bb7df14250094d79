// The local optima network of a landscape (METRICS.md §6). Nodes are the
// local optima (greedy basins); from each optimum every 2-edit perturbation
// (two HPs changed by one neighbour step each, or one ordinal HP by two
// steps) is climbed greedily, and the optimum reached is counted. Edges
// reached at least minEdgeFrequency times are kept; self-loops are dropped
// but counted for the escape rate.
#pragma once

#include "graph/ImprovingGraph.h"
#include "space/Landscape.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace hplx {

struct LonOptions
{
    std::uint32_t minEdgeFrequency = 3;
};

struct LonEdge
{
    std::uint32_t from = 0; // index into nodes
    std::uint32_t to = 0;
    std::uint32_t count = 0; // perturbations from `from` that climb to `to`
    double weight = 0.0;     // count / perturbations tried from `from`
    bool monotonic = false;  // L(to) <= L(from): part of the monotonic LON
};

struct LonNode
{
    ConfigId config = 0;
    double loss = 0.0;
    std::uint64_t basinSize = 0;
    std::uint32_t perturbations = 0; // evaluated 2-edit neighbours tried
    std::uint32_t selfTransitions = 0;
};

struct LocalOptimaNetwork
{
    LonOptions options;
    std::vector<LonNode> nodes; // in the order of ImprovingGraph::localOptima
    std::vector<LonEdge> edges; // sorted by (from, to)
    std::uint32_t globalNode = 0;
    std::uint64_t transitions = 0;     // all perturbations climbed
    std::uint64_t selfTransitions = 0; // that fell back into their own basin
    double escapeRate = 0.0;           // 1 - selfTransitions / transitions
    std::uint64_t monotonicEdges = 0;
};

LocalOptimaNetwork buildLocalOptimaNetwork(const Landscape &landscape, const ImprovingGraph &improving,
                                           const LonOptions &options = {});

// GraphML with node attributes config, label (HP values), loss, basin_size,
// global, and edge attributes count, weight, monotonic.
void writeGraphMl(std::ostream &out, const Landscape &landscape, const LocalOptimaNetwork &lon);

} // namespace hplx
