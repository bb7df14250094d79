// analyseImproving and accessibleBasin against a hand-worked grid, closed
// forms, invariances and an independent brute-force implementation.
#include "graph/ImprovingGraph.h"
#include "graph/NeighbourGraph.h"
#include "jobs/Feedback.h"
#include "space/Hyperparameter.h"
#include "space/SearchSpace.h"
#include "support/TestLandscapes.h"

#include "core/CoreTestHelpers.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace hplx;
using namespace hplx::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ImprovingGraph analyse(const SearchSpace &space, const std::vector<double> &loss, unsigned threads = 0)
{
    return analyseImproving(NeighbourGraph::build(space, loss, nullptr, threads), loss, nullptr, threads);
}

std::uint64_t maskCount(const std::vector<char> &mask)
{
    return static_cast<std::uint64_t>(std::count(mask.begin(), mask.end(), 1));
}

std::vector<std::uint64_t> sorted(std::vector<std::uint64_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

// The definitions of METRICS.md §1, written out naively: neighbours by
// comparing decoded indices of every pair, descent by following pointers,
// accessible basins by a fixed-point iteration.
struct Brute
{
    ConfigId globalOptimum = kNoConfig;
    std::uint64_t globalTies = 0;
    std::vector<ConfigId> steepest, localOptima, attractor;
    std::uint64_t improvingEdges = 0;
    double totalDrop = 0.0;
    std::vector<std::vector<char>> accessible; // per local optimum
};

Brute brute(const SearchSpace &space, const std::vector<double> &loss)
{
    const ConfigId n = space.size();
    Brute b;
    auto present = [&](ConfigId id) { return !std::isnan(loss[id]); };
    std::vector<std::vector<ConfigId>> nb(n);
    for (ConfigId u = 0; u < n; ++u) {
        for (ConfigId v = 0; v < n; ++v) {
            if (present(u) && present(v) && areNeighbours(space, u, v))
                nb[u].push_back(v);
        }
    }
    for (ConfigId u = 0; u < n; ++u) {
        if (!present(u))
            continue;
        if (b.globalOptimum == kNoConfig || loss[u] < loss[b.globalOptimum])
            b.globalOptimum = u;
    }
    for (ConfigId u = 0; u < n; ++u)
        b.globalTies += present(u) && loss[u] == loss[b.globalOptimum] ? 1 : 0;
    b.steepest.assign(n, kNoConfig);
    for (ConfigId u = 0; u < n; ++u) {
        if (!present(u))
            continue;
        // Largest drop = lowest neighbour loss; ties -> lowest id.
        ConfigId best = u;
        for (ConfigId v : nb[u]) {
            if (loss[v] < loss[best])
                best = v;
        }
        b.steepest[u] = best;
        for (ConfigId v : nb[u]) {
            if (loss[v] < loss[u]) {
                ++b.improvingEdges;
                b.totalDrop += loss[u] - loss[v];
            }
        }
        if (best == u)
            b.localOptima.push_back(u);
    }
    b.attractor.assign(n, kNoConfig);
    for (ConfigId u = 0; u < n; ++u) {
        if (!present(u))
            continue;
        ConfigId at = u;
        while (b.steepest[at] != at)
            at = b.steepest[at];
        b.attractor[u] = at;
    }
    for (ConfigId o : b.localOptima) {
        std::vector<char> reach(n, 0);
        reach[o] = 1;
        for (bool changed = true; changed;) {
            changed = false;
            for (ConfigId u = 0; u < n; ++u) {
                if (reach[u] || !present(u))
                    continue;
                for (ConfigId v : nb[u]) {
                    if (reach[v] && loss[v] < loss[u]) {
                        reach[u] = 1;
                        changed = true;
                        break;
                    }
                }
            }
        }
        b.accessible.push_back(reach);
    }
    return b;
}

} // namespace

class ImprovingGraphTest : public QObject
{
    Q_OBJECT

private slots:
    void handWorkedGrid();
    void unimodalSeparable();
    void constantLandscape();
    void relabellingInvariance();
    void ranksOnly();
    void bruteForce();
    void disconnectedPartial();
    void singleConfiguration();
    void longDescentPath();
    void sameResultForAnyThreadCount();
    void rejectsBadInput();
};

// 3 x 3 ordinal grid, id = 3 i + j, losses:
//
//   id:  0 1 2     loss:  5 3 4     steepest:  0 -> 1 (drop 2; 3 gives 1 only)
//        3 4 5            6 2 7                1 -> 4, 2 -> 1, 3 -> 6 (drop 5 beats 4),
//        6 7 8            1 8 9                5 -> 4, 7 -> 6, 8 -> 5 (drop 2 beats 1)
//
// Local optima: 4 (loss 2: neighbours 3, 6, 7, 8) and 6 (loss 1, the global optimum).
// Greedy basins: 4 <- {0, 1, 2, 4, 5, 8} (8 -> 5 -> 4, 0 -> 1 -> 4, 2 -> 1 -> 4), size 6;
//                6 <- {3, 6, 7}, size 3.
// Accessible basins (climb from the optimum to strictly higher neighbours):
//   of 6: 6 -> 3, 7; 7 -> 8; 3 -> none (0 and 4 are lower)  = {3, 6, 7, 8}
//   of 4: 4 -> 1, 3, 5, 7; 1 -> 0, 2; 5 -> 8; 0 -> 3      = all but 6
// All losses differ, so each of the 12 edges improves one way; the drops
// 2+1+1+1+3+4+5+5+6+2+7+1 (edges 0-1, 0-3, 1-2, 1-4, 2-5, 3-4, 3-6, 4-5, 4-7,
// 5-8, 6-7, 7-8) sum to 38.
void ImprovingGraphTest::handWorkedGrid()
{
    const SearchSpace space = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Ordinal});
    const std::vector<double> loss = {5, 3, 4, 6, 2, 7, 1, 8, 9};
    const NeighbourGraph graph = NeighbourGraph::build(space, loss);
    const ImprovingGraph result = analyseImproving(graph, loss);
    QCOMPARE(result.globalOptimum, ConfigId(6));
    QCOMPARE(result.globalTies, std::uint64_t(1));
    QCOMPARE(result.steepest, (std::vector<ConfigId>{1, 4, 1, 6, 4, 4, 6, 6, 5}));
    QCOMPARE(result.localOptima, (std::vector<ConfigId>{4, 6}));
    QCOMPARE(result.attractor, (std::vector<ConfigId>{4, 4, 4, 6, 4, 4, 6, 6, 4}));
    QCOMPARE(result.basinSize, (std::vector<std::uint64_t>{6, 3}));
    QCOMPARE(result.improvingEdges, std::uint64_t(12));
    QCOMPARE(result.totalDrop, 38.0);
    QCOMPARE(result.optimumIndex(4), std::int64_t(0));
    QCOMPARE(result.optimumIndex(6), std::int64_t(1));
    QCOMPARE(result.optimumIndex(5), std::int64_t(-1));
    QCOMPARE(accessibleBasin(graph, loss, 6), (std::vector<char>{0, 0, 0, 1, 0, 0, 1, 1, 1}));
    QCOMPARE(accessibleBasin(graph, loss, 4), (std::vector<char>{1, 1, 1, 1, 1, 1, 0, 1, 1}));
}

// loss = (a-2)^2 + (b-1)^2 + (c-3)^2 + penalty(k) with a categorical k: the
// only configuration without a strictly better neighbour is (2, 1, 3, k=0),
// and every configuration descends to it (greedily and by some path).
void ImprovingGraphTest::unimodalSeparable()
{
    const SearchSpace space =
        makeSpace({5, 4, 6, 3}, {HpKind::Ordinal, HpKind::Ordinal, HpKind::Ordinal, HpKind::Categorical});
    const double penalty[] = {0.0, 2.5, 0.5};
    std::vector<double> loss(space.size());
    for (ConfigId id = 0; id < space.size(); ++id) {
        const auto i = space.decode(id);
        auto sq = [](double x) { return x * x; };
        loss[id] = sq(i[0] - 2.0) + sq(i[1] - 1.0) + sq(i[2] - 3.0) + penalty[i[3]];
    }
    const NeighbourGraph graph = NeighbourGraph::build(space, loss);
    const ImprovingGraph result = analyseImproving(graph, loss);
    const ConfigId optimum = space.encode({2, 1, 3, 0});
    QCOMPARE(result.globalOptimum, optimum);
    QCOMPARE(result.globalTies, std::uint64_t(1));
    QCOMPARE(result.localOptima, std::vector<ConfigId>{optimum});
    QCOMPARE(result.basinSize, std::vector<std::uint64_t>{space.size()});
    QCOMPARE(maskCount(accessibleBasin(graph, loss, optimum)), std::uint64_t(space.size()));
}

// No strictly lower neighbour anywhere: everyone is a local optimum of its own.
void ImprovingGraphTest::constantLandscape()
{
    const SearchSpace space = makeSpace({3, 4, 2}, {HpKind::Ordinal, HpKind::Categorical, HpKind::Ordinal});
    const std::vector<double> loss(space.size(), 0.25);
    const NeighbourGraph graph = NeighbourGraph::build(space, loss);
    const ImprovingGraph result = analyseImproving(graph, loss);
    QCOMPARE(result.globalOptimum, ConfigId(0));
    QCOMPARE(result.globalTies, std::uint64_t(space.size()));
    QCOMPARE(result.localOptima.size(), std::size_t(space.size()));
    QCOMPARE(result.basinSize, std::vector<std::uint64_t>(space.size(), 1));
    QCOMPARE(result.improvingEdges, std::uint64_t(0));
    QCOMPARE(result.totalDrop, 0.0);
    for (ConfigId id = 0; id < space.size(); ++id) {
        QCOMPARE(result.steepest[id], id);
        QCOMPARE(result.attractor[id], id);
    }
    QCOMPARE(maskCount(accessibleBasin(graph, loss, 5)), std::uint64_t(1));
}

// Permuting a categorical HP's values (or reversing an ordinal HP's) renames
// configurations but keeps the landscape: same optima count, basin sizes,
// accessible basin sizes and improving edges (distinct losses, so no tie
// depends on ids).
void ImprovingGraphTest::relabellingInvariance()
{
    const SearchSpace space = makeSpace({4, 5, 3}, {HpKind::Ordinal, HpKind::Categorical, HpKind::Ordinal});
    const std::uint32_t perm[] = {3, 0, 4, 1, 2};
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (int round = 0; round < 20; ++round) {
        std::vector<double> loss(space.size()), relabelled(space.size());
        for (auto &value : loss)
            value = uniform(rng);
        std::vector<ConfigId> map(space.size());
        for (ConfigId id = 0; id < space.size(); ++id) {
            auto i = space.decode(id);
            i[1] = perm[i[1]];
            i[2] = 2 - i[2];
            map[id] = space.encode(i);
            relabelled[map[id]] = loss[id];
        }
        const NeighbourGraph g1 = NeighbourGraph::build(space, loss);
        const NeighbourGraph g2 = NeighbourGraph::build(space, relabelled);
        const ImprovingGraph a = analyseImproving(g1, loss);
        const ImprovingGraph b = analyseImproving(g2, relabelled);
        QCOMPARE(a.localOptima.size(), b.localOptima.size());
        QCOMPARE(sorted(a.basinSize), sorted(b.basinSize));
        QCOMPARE(a.improvingEdges, b.improvingEdges);
        QVERIFY(std::abs(a.totalDrop - b.totalDrop) < 1e-9);
        QCOMPARE(map[a.globalOptimum], b.globalOptimum);
        for (std::size_t k = 0; k < a.localOptima.size(); ++k) {
            const ConfigId o = a.localOptima[k];
            QCOMPARE(b.basinSize[static_cast<std::size_t>(b.optimumIndex(map[o]))], a.basinSize[k]);
            QCOMPARE(maskCount(accessibleBasin(g1, loss, o)), maskCount(accessibleBasin(g2, relabelled, map[o])));
        }
        for (ConfigId id = 0; id < space.size(); ++id)
            QCOMPARE(map[a.attractor[id]], b.attractor[map[id]]);
    }
}

// Steepest descent picks the lowest neighbour, so a strictly increasing
// transform of the losses (ties included) changes only totalDrop.
void ImprovingGraphTest::ranksOnly()
{
    const SearchSpace space = makeSpace({4, 3, 5}, {HpKind::Categorical, HpKind::Ordinal, HpKind::Ordinal});
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> level(0, 6);
    for (int round = 0; round < 20; ++round) {
        std::vector<double> loss(space.size()), transformed(space.size());
        for (ConfigId id = 0; id < space.size(); ++id) {
            loss[id] = round % 4 == 0 && level(rng) == 0 ? kNaN : 0.125 * level(rng);
            transformed[id] = std::exp(8.0 * loss[id]) + loss[id] * loss[id] * loss[id];
        }
        const NeighbourGraph graph = NeighbourGraph::build(space, loss);
        const ImprovingGraph a = analyseImproving(graph, loss);
        const ImprovingGraph b = analyseImproving(graph, transformed);
        QCOMPARE(a.globalOptimum, b.globalOptimum);
        QCOMPARE(a.globalTies, b.globalTies);
        QCOMPARE(a.steepest, b.steepest);
        QCOMPARE(a.localOptima, b.localOptima);
        QCOMPARE(a.attractor, b.attractor);
        QCOMPARE(a.basinSize, b.basinSize);
        QCOMPARE(a.improvingEdges, b.improvingEdges);
        for (ConfigId o : a.localOptima)
            QCOMPARE(accessibleBasin(graph, loss, o), accessibleBasin(graph, transformed, o));
    }
}

void ImprovingGraphTest::bruteForce()
{
    std::mt19937 rng(1126);
    std::uniform_int_distribution<std::uint32_t> dims(1, 4), size(1, 5), coin(0, 1);
    for (int round = 0; round < 150; ++round) {
        std::vector<std::uint32_t> sizes(dims(rng));
        std::vector<HpKind> kinds;
        for (auto &s : sizes) {
            s = size(rng);
            kinds.push_back(coin(rng) ? HpKind::Categorical : HpKind::Ordinal);
        }
        const SearchSpace space = makeSpace(sizes, kinds);
        // Few distinct values: many ties, among neighbours and at the optimum.
        std::uniform_int_distribution<int> level(0, round % 2 ? 3 : 9);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        const double missing = round % 3 == 0 ? 0.0 : 0.3 * uniform(rng);
        std::vector<double> loss(space.size());
        for (auto &value : loss)
            value = uniform(rng) < missing ? kNaN : 0.5 * level(rng);
        if (std::all_of(loss.begin(), loss.end(), [](double x) { return std::isnan(x); }))
            loss[0] = 1.0;

        const Brute expected = brute(space, loss);
        const NeighbourGraph graph = NeighbourGraph::build(space, loss);
        const ImprovingGraph result = analyseImproving(graph, loss);
        QCOMPARE(result.globalOptimum, expected.globalOptimum);
        QCOMPARE(result.globalTies, expected.globalTies);
        QCOMPARE(result.steepest, expected.steepest);
        QCOMPARE(result.localOptima, expected.localOptima);
        QCOMPARE(result.attractor, expected.attractor);
        QCOMPARE(result.improvingEdges, expected.improvingEdges);
        QVERIFY(std::abs(result.totalDrop - expected.totalDrop) < 1e-9);
        std::uint64_t basins = 0;
        for (std::size_t k = 0; k < expected.localOptima.size(); ++k) {
            const auto members = static_cast<std::uint64_t>(
                std::count(expected.attractor.begin(), expected.attractor.end(), expected.localOptima[k]));
            QCOMPARE(result.basinSize[k], members);
            basins += members;
            QCOMPARE(accessibleBasin(graph, loss, expected.localOptima[k]), expected.accessible[k]);
        }
        QCOMPARE(basins, graph.presentCount());
    }
}

// One ordinal HP of 7 values with value 3 missing: two components.
//   id:   0    1    2    3    4    5    6
//   loss: 1    2    0.5  NaN  3    0    4
// Left: 0's only neighbour is 1 (2 > 1) and 2's only is 1 (3 is missing), so
// both are optima; 1 drops 1 towards 0 and 1.5 towards 2, so 1 -> 2.
// Right: 4 -> 5, 6 -> 5, optimum 5 (the global optimum). Improving edges:
// 1->0, 1->2, 4->5, 6->5 with drops 1 + 1.5 + 3 + 4.
void ImprovingGraphTest::disconnectedPartial()
{
    const SearchSpace space = makeSpace({7}, {HpKind::Ordinal});
    const std::vector<double> loss = {1, 2, 0.5, kNaN, 3, 0, 4};
    const NeighbourGraph graph = NeighbourGraph::build(space, loss);
    const ImprovingGraph result = analyseImproving(graph, loss);
    QCOMPARE(result.globalOptimum, ConfigId(5));
    QCOMPARE(result.localOptima, (std::vector<ConfigId>{0, 2, 5}));
    QCOMPARE(result.steepest, (std::vector<ConfigId>{0, 2, 2, kNoConfig, 5, 5, 5}));
    QCOMPARE(result.attractor, (std::vector<ConfigId>{0, 2, 2, kNoConfig, 5, 5, 5}));
    QCOMPARE(result.basinSize, (std::vector<std::uint64_t>{1, 2, 3}));
    QCOMPARE(result.improvingEdges, std::uint64_t(4));
    QCOMPARE(result.totalDrop, 1.0 + 1.5 + 3.0 + 4.0);
    QCOMPARE(accessibleBasin(graph, loss, 5), (std::vector<char>{0, 0, 0, 0, 1, 1, 1}));
    QCOMPARE(accessibleBasin(graph, loss, 2), (std::vector<char>{0, 1, 1, 0, 0, 0, 0}));
    QCOMPARE(accessibleBasin(graph, loss, 0), (std::vector<char>{1, 1, 0, 0, 0, 0, 0}));
}

void ImprovingGraphTest::singleConfiguration()
{
    const SearchSpace one = makeSpace({1}, {HpKind::Ordinal});
    const std::vector<double> loss = {0.7};
    const NeighbourGraph graph = NeighbourGraph::build(one, loss);
    const ImprovingGraph result = analyseImproving(graph, loss);
    QCOMPARE(result.globalOptimum, ConfigId(0));
    QCOMPARE(result.globalTies, std::uint64_t(1));
    QCOMPARE(result.localOptima, std::vector<ConfigId>{0});
    QCOMPARE(result.basinSize, std::vector<std::uint64_t>{1});
    QCOMPARE(accessibleBasin(graph, loss, 0), std::vector<char>{1});

    // One evaluated configuration in a larger grid.
    const SearchSpace grid = makeSpace({3, 2}, {HpKind::Ordinal, HpKind::Categorical});
    std::vector<double> partial(6, kNaN);
    partial[4] = 2.0;
    const ImprovingGraph r2 = analyse(grid, partial);
    QCOMPARE(r2.globalOptimum, ConfigId(4));
    QCOMPARE(r2.localOptima, std::vector<ConfigId>{4});
    QCOMPARE(r2.basinSize, std::vector<std::uint64_t>{1});
    QCOMPARE(r2.improvingEdges, std::uint64_t(0));
}

// loss = index on a 200,000-value ordinal HP: one descent path through every
// configuration, far deeper than a recursive implementation survives.
void ImprovingGraphTest::longDescentPath()
{
    const SearchSpace space = makeSpace({200000}, {HpKind::Ordinal});
    std::vector<double> loss(space.size());
    std::iota(loss.begin(), loss.end(), 0.0);
    std::reverse(loss.begin(), loss.end()); // the optimum is the last id: walks go up in id
    const NeighbourGraph graph = NeighbourGraph::build(space, loss);
    const ImprovingGraph result = analyseImproving(graph, loss);
    QCOMPARE(result.localOptima, std::vector<ConfigId>{199999});
    QCOMPARE(result.basinSize, std::vector<std::uint64_t>{200000});
    QCOMPARE(result.attractor.front(), ConfigId(199999));
    QCOMPARE(maskCount(accessibleBasin(graph, loss, 199999)), std::uint64_t(200000));
}

void ImprovingGraphTest::sameResultForAnyThreadCount()
{
    const SearchSpace space =
        makeSpace({7, 5, 4, 6, 3, 5, 4}, {HpKind::Ordinal, HpKind::Categorical, HpKind::Ordinal, HpKind::Ordinal,
                                          HpKind::Categorical, HpKind::Ordinal, HpKind::Categorical});
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> loss(space.size());
    for (auto &value : loss)
        value = uniform(rng) < 0.05 ? kNaN : std::exp(10.0 * uniform(rng)); // wide range: order-sensitive sums
    const ImprovingGraph reference = analyse(space, loss, 1);
    for (unsigned threads : {2u, 3u, 8u, 0u}) {
        const ImprovingGraph result = analyse(space, loss, threads);
        QCOMPARE(result.globalOptimum, reference.globalOptimum);
        QCOMPARE(result.steepest, reference.steepest);
        QCOMPARE(result.localOptima, reference.localOptima);
        QCOMPARE(result.attractor, reference.attractor);
        QCOMPARE(result.basinSize, reference.basinSize);
        QCOMPARE(result.improvingEdges, reference.improvingEdges);
        QVERIFY(result.totalDrop == reference.totalDrop); // bit for bit, not fuzzy
    }
}

void ImprovingGraphTest::rejectsBadInput()
{
    const SearchSpace space = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Ordinal});
    const std::vector<double> none(9, kNaN);
    const NeighbourGraph empty = NeighbourGraph::build(space, none);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { analyseImproving(empty, none); }), ErrorKind::InvalidData);

    std::vector<double> loss(9, 1.0);
    loss[2] = kNaN;
    const NeighbourGraph graph = NeighbourGraph::build(space, loss);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { analyseImproving(graph, std::vector<double>(4, 1.0)); }),
                      ErrorKind::InvalidArgument);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { accessibleBasin(graph, loss, 2); }), ErrorKind::InvalidArgument);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { accessibleBasin(graph, loss, 9); }), ErrorKind::InvalidArgument);
    Feedback feedback;
    feedback.cancel();
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { analyseImproving(graph, loss, &feedback); }), ErrorKind::Cancelled);
}

QTEST_GUILESS_MAIN(ImprovingGraphTest)
#include "tst_improvinggraph.moc"
