#include "graph/LocalOptimaNetwork.h"

#include "util/Format.h"

#include <algorithm>
#include <map>

namespace hplx {

namespace {

// Value indices one neighbour step away from `value` for one HP.
void stepsFrom(const Hyperparameter &hp, std::uint32_t value, std::vector<std::uint32_t> &out)
{
    out.clear();
    if (hp.kind() == HpKind::Ordinal) {
        if (value > 0)
            out.push_back(value - 1);
        if (value + 1 < hp.size())
            out.push_back(value + 1);
        return;
    }
    for (std::uint32_t v = 0; v < hp.size(); ++v) {
        if (v != value)
            out.push_back(v);
    }
}

} // namespace

LocalOptimaNetwork buildLocalOptimaNetwork(const Landscape &landscape, const ImprovingGraph &improving,
                                           const LonOptions &options)
{
    const SearchSpace &space = landscape.space();
    LocalOptimaNetwork lon;
    lon.options = options;
    for (std::size_t k = 0; k < improving.localOptima.size(); ++k) {
        const ConfigId o = improving.localOptima[k];
        lon.nodes.push_back({o, landscape.loss(o), improving.basinSize[k], 0, 0});
        if (o == improving.globalOptimum)
            lon.globalNode = static_cast<std::uint32_t>(k);
    }

    const std::size_t d = space.dimension();
    std::vector<std::uint32_t> steps1, steps2;
    for (std::uint32_t from = 0; from < lon.nodes.size(); ++from) {
        LonNode &node = lon.nodes[from];
        const std::vector<std::uint32_t> base = space.decode(node.config);
        std::map<std::uint32_t, std::uint32_t> reached; // node index -> count
        auto climb = [&](ConfigId perturbed) {
            if (!landscape.isEvaluated(perturbed))
                return;
            const std::int64_t to = improving.optimumIndex(improving.attractor[perturbed]);
            ++node.perturbations;
            if (to == from)
                ++node.selfTransitions;
            else
                ++reached[static_cast<std::uint32_t>(to)];
        };
        const ConfigId id = node.config;
        // Two HPs, one step each.
        for (std::size_t h1 = 0; h1 < d; ++h1) {
            stepsFrom(space.hp(h1), base[h1], steps1);
            for (std::size_t h2 = h1 + 1; h2 < d; ++h2) {
                stepsFrom(space.hp(h2), base[h2], steps2);
                for (auto v1 : steps1) {
                    for (auto v2 : steps2) {
                        climb(id - base[h1] * space.stride(h1) + v1 * space.stride(h1) - base[h2] * space.stride(h2)
                              + v2 * space.stride(h2));
                    }
                }
            }
        }
        // One ordinal HP, two steps.
        for (std::size_t h = 0; h < d; ++h) {
            if (space.hp(h).kind() != HpKind::Ordinal)
                continue;
            if (base[h] >= 2)
                climb(id - 2 * space.stride(h));
            if (base[h] + 2 < space.hp(h).size())
                climb(id + 2 * space.stride(h));
        }
        lon.transitions += node.perturbations;
        lon.selfTransitions += node.selfTransitions;
        for (const auto &[to, count] : reached) {
            if (count < options.minEdgeFrequency)
                continue;
            const bool monotonic = lon.nodes[to].loss <= node.loss;
            lon.edges.push_back({from, to, count, static_cast<double>(count) / node.perturbations, monotonic});
            lon.monotonicEdges += monotonic ? 1 : 0;
        }
    }
    lon.escapeRate =
        lon.transitions ? 1.0 - static_cast<double>(lon.selfTransitions) / static_cast<double>(lon.transitions) : 0.0;
    return lon;
}

void writeGraphMl(std::ostream &out, const Landscape &landscape, const LocalOptimaNetwork &lon)
{
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "  <key id=\"config\" for=\"node\" attr.name=\"config\" attr.type=\"long\"/>\n"
           "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
           "  <key id=\"loss\" for=\"node\" attr.name=\"loss\" attr.type=\"double\"/>\n"
           "  <key id=\"basin_size\" for=\"node\" attr.name=\"basin_size\" attr.type=\"long\"/>\n"
           "  <key id=\"global\" for=\"node\" attr.name=\"global\" attr.type=\"boolean\"/>\n"
           "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
           "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
           "  <key id=\"monotonic\" for=\"edge\" attr.name=\"monotonic\" attr.type=\"boolean\"/>\n"
           "  <graph id=\"lon\" edgedefault=\"directed\">\n";
    for (std::size_t k = 0; k < lon.nodes.size(); ++k) {
        const LonNode &n = lon.nodes[k];
        out << "    <node id=\"n" << k << "\"><data key=\"config\">" << n.config << "</data><data key=\"label\">"
            << xmlEscape(landscape.space().describe(n.config)) << "</data><data key=\"loss\">" << formatNumber(n.loss)
            << "</data><data key=\"basin_size\">" << n.basinSize << "</data><data key=\"global\">"
            << (k == lon.globalNode ? "true" : "false") << "</data></node>\n";
    }
    for (const auto &e : lon.edges) {
        out << "    <edge source=\"n" << e.from << "\" target=\"n" << e.to << "\"><data key=\"count\">" << e.count
            << "</data><data key=\"weight\">" << formatNumber(e.weight) << "</data><data key=\"monotonic\">"
            << (e.monotonic ? "true" : "false") << "</data></edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

} // namespace hplx
