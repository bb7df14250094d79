// The 1-edit neighbourhood of a landscape's evaluated configurations in CSR
// form (METRICS.md §1): two configurations are neighbours when they differ in
// one HP, by one step for an ordinal HP (index ±1) or by any other value for a
// categorical HP. Configurations not evaluated (NaN loss) have no neighbours
// and are nobody's neighbour: a partial landscape is analysed on the subgraph
// of what was evaluated.
#pragma once

#include "space/SearchSpace.h"

#include <cstdint>
#include <vector>

namespace hplx {

class Feedback;

class NeighbourGraph
{
public:
    // loss: one entry per configuration of space, NaN where not evaluated.
    // threads: 0 = all cores (small spaces always run on the calling thread);
    // the graph is the same for any thread count. Throws Error(InvalidArgument)
    // when loss.size() != space.size(), Error(Cancelled) on cancel.
    static NeighbourGraph build(const SearchSpace &space, const std::vector<double> &loss, Feedback *feedback = nullptr,
                                unsigned threads = 0);

    ConfigId size() const { return static_cast<ConfigId>(m_offsets.size() - 1); }
    bool isPresent(ConfigId id) const { return m_present[id] != 0; }
    std::uint64_t presentCount() const { return m_presentCount; }
    // Neighbours of id in ascending id order.
    const ConfigId *begin(ConfigId id) const { return m_targets.data() + m_offsets[id]; }
    const ConfigId *end(ConfigId id) const { return m_targets.data() + m_offsets[id + 1]; }
    std::uint32_t degree(ConfigId id) const { return static_cast<std::uint32_t>(m_offsets[id + 1] - m_offsets[id]); }
    // Unordered neighbour pairs {u, v} (each counted once).
    std::uint64_t edgeCount() const { return m_targets.size() / 2; }

private:
    std::vector<std::uint64_t> m_offsets; // size() + 1
    std::vector<ConfigId> m_targets;
    std::vector<char> m_present;
    std::uint64_t m_presentCount = 0;
};

// d(a, b) of METRICS.md §1: sum of |index difference| over ordinal HPs plus
// the number of categorical HPs that differ; for every configuration against
// one target. Entries of configurations not evaluated are still computed.
// Throws Error(InvalidArgument) when target >= space.size().
std::vector<std::uint32_t> distancesTo(const SearchSpace &space, ConfigId target);

} // namespace hplx
