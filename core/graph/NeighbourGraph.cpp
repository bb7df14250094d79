#include "graph/NeighbourGraph.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/ParallelChunks.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace hplx {

namespace {

// Nodes per work item: large enough to amortise the atomics, small enough to
// balance two to a few dozen threads.
constexpr std::uint64_t kChunk = 1u << 14;

// Calls visit(neighbour) for every grid neighbour of id in ascending id order,
// evaluated or not. The order needs no sort: with mixed radix (last HP
// fastest) every step through HP h moves the id by a multiple of stride(h),
// and stride(h) exceeds the largest move through all later HPs together. So
// the smaller neighbours are HP 0's lower values, then HP 1's, ... and the
// larger ones come from the last HP back to the first.
template <typename Visit>
void forEachNeighbour(const SearchSpace &space, ConfigId id, std::uint32_t *indices, Visit &&visit)
{
    const std::size_t dims = space.dimension();
    space.decode(id, indices);
    for (std::size_t h = 0; h < dims; ++h) {
        const std::uint32_t i = indices[h];
        const ConfigId base = id - i * space.stride(h); // the same configuration with value 0
        if (space.hp(h).kind() == HpKind::Ordinal) {
            if (i > 0)
                visit(id - space.stride(h));
        } else {
            for (std::uint32_t j = 0; j < i; ++j)
                visit(base + j * space.stride(h));
        }
    }
    for (std::size_t h = dims; h-- > 0;) {
        const std::uint32_t i = indices[h];
        const std::uint32_t size = space.hp(h).size();
        if (space.hp(h).kind() == HpKind::Ordinal) {
            if (i + 1 < size) // stepping up into the top value is a move like any other
                visit(id + space.stride(h));
        } else {
            const ConfigId base = id - i * space.stride(h);
            for (std::uint32_t j = i + 1; j < size; ++j)
                visit(base + j * space.stride(h));
        }
    }
}

} // namespace

NeighbourGraph NeighbourGraph::build(const SearchSpace &space, const std::vector<double> &loss, Feedback *feedback,
                                     unsigned threads)
{
    const ConfigId n = space.size();
    if (loss.size() != n)
        throw Error(ErrorKind::InvalidArgument, "neighbour graph: " + std::to_string(loss.size())
                                                    + " losses for a search space of " + std::to_string(n)
                                                    + " configurations");
    if (feedback)
        feedback->setProgress(0.0, "neighbour graph");

    NeighbourGraph graph;
    graph.m_present.resize(n);
    graph.m_offsets.assign(std::uint64_t(n) + 1, 0);
    const std::size_t dims = space.dimension();

    // Pass 1: presence and degrees (stored at offsets[id + 1] for the prefix sum).
    std::vector<std::uint64_t> presentPerChunk((n + kChunk - 1) / kChunk, 0);
    graphdetail::parallelChunks(n, kChunk, threads, feedback, 0.0, 0.1, "neighbour graph",
                                [&](std::uint64_t chunk, std::uint64_t begin, std::uint64_t end) {
                                    std::uint64_t present = 0;
                                    for (std::uint64_t id = begin; id < end; ++id) {
                                        const bool p = !std::isnan(loss[id]);
                                        graph.m_present[id] = p ? 1 : 0;
                                        present += p ? 1 : 0;
                                    }
                                    presentPerChunk[chunk] = present;
                                });
    if (feedback)
        feedback->throwIfCancelled();
    for (const std::uint64_t present : presentPerChunk)
        graph.m_presentCount += present;

    graphdetail::parallelChunks(n, kChunk, threads, feedback, 0.1, 0.4, "neighbour graph",
                                [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                                    std::vector<std::uint32_t> indices(dims);
                                    for (std::uint64_t id = begin; id < end; ++id) {
                                        if (!graph.m_present[id])
                                            continue;
                                        std::uint64_t degree = 0;
                                        forEachNeighbour(space, static_cast<ConfigId>(id), indices.data(),
                                                         [&](ConfigId v) { degree += graph.m_present[v] ? 1 : 0; });
                                        graph.m_offsets[id + 1] = degree;
                                    }
                                });
    if (feedback)
        feedback->throwIfCancelled();
    for (std::uint64_t id = 0; id < n; ++id)
        graph.m_offsets[id + 1] += graph.m_offsets[id];

    // Pass 2: fill each node's slice; nodes are independent, so any thread
    // count writes the same arrays.
    graph.m_targets.resize(graph.m_offsets[n]);
    graphdetail::parallelChunks(n, kChunk, threads, feedback, 0.4, 1.0, "neighbour graph",
                                [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                                    std::vector<std::uint32_t> indices(dims);
                                    for (std::uint64_t id = begin; id < end; ++id) {
                                        if (!graph.m_present[id])
                                            continue;
                                        ConfigId *out = graph.m_targets.data() + graph.m_offsets[id];
                                        forEachNeighbour(space, static_cast<ConfigId>(id), indices.data(),
                                                         [&](ConfigId v) {
                                                             if (graph.m_present[v])
                                                                 *out++ = v;
                                                         });
                                    }
                                });
    if (feedback) {
        feedback->throwIfCancelled();
        feedback->setProgress(1.0, "neighbour graph");
    }
    return graph;
}

std::vector<std::uint32_t> distancesTo(const SearchSpace &space, ConfigId target)
{
    if (target >= space.size())
        throw Error(ErrorKind::InvalidArgument, "distance: configuration " + std::to_string(target)
                                                    + " is outside a search space of " + std::to_string(space.size())
                                                    + " configurations");
    const std::vector<std::uint32_t> targetIndices = space.decode(target);
    // Built HP by HP: after HP h the array holds the distance over HPs 0..h for
    // every prefix of value indices, which with the last HP fastest is exactly
    // the id order. O(size) in total.
    std::vector<std::uint32_t> distance{0};
    for (std::size_t h = 0; h < space.dimension(); ++h) {
        const std::uint32_t size = space.hp(h).size();
        const std::uint32_t t = targetIndices[h];
        std::vector<std::uint32_t> perValue(size);
        for (std::uint32_t j = 0; j < size; ++j) {
            if (space.hp(h).kind() == HpKind::Ordinal)
                perValue[j] = j > t ? j - t : t - j;
            else
                perValue[j] = j != t ? 1 : 0;
        }
        std::vector<std::uint32_t> next(distance.size() * size);
        for (std::size_t p = 0; p < distance.size(); ++p) {
            std::uint32_t *row = next.data() + p * size;
            for (std::uint32_t j = 0; j < size; ++j)
                row[j] = distance[p] + perValue[j];
        }
        distance.swap(next);
    }
    return distance;
}

} // namespace hplx
