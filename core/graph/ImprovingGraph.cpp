#include "graph/ImprovingGraph.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/ParallelChunks.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace hplx {

namespace {

// Fixed whatever the thread count, so the per-chunk loss-drop sums add up in
// the same order and totalDrop is bit-for-bit reproducible.
constexpr std::uint64_t kChunk = 1u << 13;

} // namespace

std::int64_t ImprovingGraph::optimumIndex(ConfigId id) const
{
    const auto it = std::lower_bound(localOptima.begin(), localOptima.end(), id);
    return it != localOptima.end() && *it == id ? static_cast<std::int64_t>(it - localOptima.begin()) : -1;
}

ImprovingGraph analyseImproving(const NeighbourGraph &graph, const std::vector<double> &loss, Feedback *feedback,
                                unsigned threads)
{
    const ConfigId n = graph.size();
    if (loss.size() != n)
        throw Error(ErrorKind::InvalidArgument, "improving graph: " + std::to_string(loss.size())
                                                    + " losses for a graph of " + std::to_string(n)
                                                    + " configurations");
    if (graph.presentCount() == 0)
        throw Error(ErrorKind::InvalidData,
                    "improving graph: the landscape has no evaluated configuration (every loss is missing)");
    if (feedback)
        feedback->setProgress(0.0, "improving graph");

    ImprovingGraph result;
    double best = 0.0;
    for (ConfigId id = 0; id < n; ++id) {
        if (!graph.isPresent(id))
            continue;
        if (result.globalOptimum == kNoConfig || loss[id] < best) {
            result.globalOptimum = id;
            best = loss[id];
            result.globalTies = 1;
        } else if (loss[id] == best) {
            ++result.globalTies;
        }
    }

    // Steepest successors and improving edges, node by node.
    result.steepest.assign(n, kNoConfig);
    const std::uint64_t chunks = (std::uint64_t(n) + kChunk - 1) / kChunk;
    std::vector<std::uint64_t> edgesPerChunk(chunks, 0);
    std::vector<double> dropPerChunk(chunks, 0.0);
    graphdetail::parallelChunks(n, kChunk, threads, feedback, 0.0, 0.7, "improving graph",
                                [&](std::uint64_t chunk, std::uint64_t begin, std::uint64_t end) {
                                    std::uint64_t edges = 0;
                                    double drop = 0.0;
                                    for (std::uint64_t u64 = begin; u64 < end; ++u64) {
                                        const auto u = static_cast<ConfigId>(u64);
                                        if (!graph.isPresent(u))
                                            continue;
                                        const double lu = loss[u];
                                        ConfigId steepest = u;
                                        double steepestDrop = 0.0;
                                        for (const ConfigId *v = graph.begin(u); v != graph.end(u); ++v) {
                                            const double lv = loss[*v];
                                            if (!(lv < lu))
                                                continue; // equal (or worse) neighbours make no edge
                                            const double d = lu - lv;
                                            ++edges;
                                            drop += d;
                                            // Neighbours come in ascending id order: strict > keeps the lowest id on
                                            // ties.
                                            if (steepest == u || d > steepestDrop) {
                                                steepest = *v;
                                                steepestDrop = d;
                                            }
                                        }
                                        result.steepest[u] = steepest;
                                    }
                                    edgesPerChunk[chunk] = edges;
                                    dropPerChunk[chunk] = drop;
                                });
    if (feedback)
        feedback->throwIfCancelled();
    for (std::uint64_t c = 0; c < chunks; ++c) {
        result.improvingEdges += edgesPerChunk[c];
        result.totalDrop += dropPerChunk[c];
    }

    for (ConfigId id = 0; id < n; ++id) {
        if (result.steepest[id] == id)
            result.localOptima.push_back(id);
    }

    // Attractors: walk each unresolved start down its steepest path until a
    // resolved node or an optimum, then label the whole path. Every node is
    // labelled once, so this is O(n) however long the paths are (loss strictly
    // decreases along a path, so there are no cycles).
    result.attractor.assign(n, kNoConfig);
    for (const ConfigId optimum : result.localOptima)
        result.attractor[optimum] = optimum;
    std::vector<ConfigId> path;
    for (ConfigId start = 0; start < n; ++start) {
        if (result.steepest[start] == kNoConfig || result.attractor[start] != kNoConfig)
            continue;
        ConfigId at = start;
        while (result.attractor[at] == kNoConfig) {
            path.push_back(at);
            at = result.steepest[at];
        }
        const ConfigId reached = result.attractor[at];
        for (const ConfigId id : path)
            result.attractor[id] = reached;
        path.clear();
        if (feedback && (start & 0xFFFFu) == 0) {
            feedback->throwIfCancelled();
            feedback->setProgress(0.7 + 0.25 * static_cast<double>(start) / static_cast<double>(n), "basins");
        }
    }

    result.basinSize.assign(result.localOptima.size(), 0);
    for (ConfigId id = 0; id < n; ++id) {
        if (result.attractor[id] != kNoConfig)
            ++result.basinSize[static_cast<std::size_t>(result.optimumIndex(result.attractor[id]))];
    }
    if (feedback)
        feedback->setProgress(1.0, "improving graph");
    return result;
}

std::vector<char> accessibleBasin(const NeighbourGraph &graph, const std::vector<double> &loss, ConfigId optimum)
{
    if (optimum >= graph.size() || !graph.isPresent(optimum))
        throw Error(ErrorKind::InvalidArgument,
                    "accessible basin: configuration " + std::to_string(optimum)
                        + (optimum >= graph.size() ? " is outside the search space" : " was not evaluated"));
    if (loss.size() != graph.size())
        throw Error(ErrorKind::InvalidArgument, "accessible basin: " + std::to_string(loss.size())
                                                    + " losses for a graph of " + std::to_string(graph.size())
                                                    + " configurations");
    // Backwards along improving edges: u reaches the optimum by a strictly
    // improving path iff the reverse walk from the optimum climbs strictly to u.
    std::vector<char> mask(graph.size(), 0);
    std::vector<ConfigId> queue{optimum};
    mask[optimum] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const ConfigId v = queue[head];
        const double lv = loss[v];
        for (const ConfigId *u = graph.begin(v); u != graph.end(v); ++u) {
            if (!mask[*u] && loss[*u] > lv) {
                mask[*u] = 1;
                queue.push_back(*u);
            }
        }
    }
    return mask;
}

} // namespace hplx
