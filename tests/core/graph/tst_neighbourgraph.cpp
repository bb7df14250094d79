// NeighbourGraph and distancesTo against hand-worked grids and an O(n^2)
// check of the METRICS.md §1 definition on random small spaces.
#include "graph/NeighbourGraph.h"
#include "jobs/Feedback.h"
#include "space/Hyperparameter.h"
#include "space/SearchSpace.h"
#include "support/TestLandscapes.h"

#include "core/CoreTestHelpers.h"

#include <QtTest>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace hplx;
using namespace hplx::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<ConfigId> neighbours(const NeighbourGraph &graph, ConfigId id)
{
    return std::vector<ConfigId>(graph.begin(id), graph.end(id));
}

std::uint32_t bruteDistance(const SearchSpace &space, ConfigId a, ConfigId b)
{
    const auto ia = space.decode(a);
    const auto ib = space.decode(b);
    std::uint32_t d = 0;
    for (std::size_t h = 0; h < space.dimension(); ++h) {
        if (space.hp(h).kind() == HpKind::Ordinal)
            d += ia[h] > ib[h] ? ia[h] - ib[h] : ib[h] - ia[h];
        else
            d += ia[h] != ib[h] ? 1 : 0;
    }
    return d;
}

SearchSpace randomSpace(std::mt19937 &rng)
{
    std::uniform_int_distribution<std::uint32_t> dims(1, 4), size(1, 5), kind(0, 1);
    std::vector<std::uint32_t> sizes(dims(rng));
    std::vector<HpKind> kinds;
    for (auto &s : sizes) {
        s = size(rng);
        kinds.push_back(kind(rng) ? HpKind::Categorical : HpKind::Ordinal);
    }
    return makeSpace(sizes, kinds);
}

} // namespace

class NeighbourGraphTest : public QObject
{
    Q_OBJECT

private slots:
    void ordinalGrid();
    void categorical();
    void mixed();
    void topOrdinalValueIsReachable();
    void partialLandscape();
    void bruteForce();
    void sameGraphForAnyThreadCount();
    void rejectsBadInput();
    void distancesByHand();
    void distancesBruteForce();
};

// 3 x 3 ordinal grid, id = 3 i + j:
//
//   0 - 1 - 2      corners (0, 2, 6, 8): 2 neighbours
//   |   |   |      edges   (1, 3, 5, 7): 3 neighbours
//   3 - 4 - 5      centre  (4):          4 neighbours
//   |   |   |      total degree 4*2 + 4*3 + 4 = 24, so 12 undirected edges
//   6 - 7 - 8
void NeighbourGraphTest::ordinalGrid()
{
    const SearchSpace space = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Ordinal});
    const NeighbourGraph graph = NeighbourGraph::build(space, std::vector<double>(9, 1.0));
    QCOMPARE(graph.size(), ConfigId(9));
    QCOMPARE(graph.presentCount(), std::uint64_t(9));
    QCOMPARE(graph.edgeCount(), std::uint64_t(12));
    const std::vector<std::vector<ConfigId>> expected = {{1, 3},    {0, 2, 4}, {1, 5},    {0, 4, 6}, {1, 3, 5, 7},
                                                         {2, 4, 8}, {3, 7},    {4, 6, 8}, {5, 7}};
    for (ConfigId id = 0; id < 9; ++id) {
        QCOMPARE(neighbours(graph, id), expected[id]);
        QCOMPARE(graph.degree(id), std::uint32_t(expected[id].size()));
        QVERIFY(graph.isPresent(id));
    }
}

// One categorical HP with 4 values: everyone neighbours everyone (3 each, 6 edges).
void NeighbourGraphTest::categorical()
{
    const SearchSpace space = makeSpace({4}, {HpKind::Categorical});
    const NeighbourGraph graph = NeighbourGraph::build(space, {0.1, 0.2, 0.3, 0.4});
    QCOMPARE(graph.edgeCount(), std::uint64_t(6));
    QCOMPARE(neighbours(graph, 0), (std::vector<ConfigId>{1, 2, 3}));
    QCOMPARE(neighbours(graph, 1), (std::vector<ConfigId>{0, 2, 3}));
    QCOMPARE(neighbours(graph, 2), (std::vector<ConfigId>{0, 1, 3}));
    QCOMPARE(neighbours(graph, 3), (std::vector<ConfigId>{0, 1, 2}));
}

// Ordinal a (3 values) x categorical c (3 values), id = 3 a + c:
//   (1,1) = 4: a-1 -> 1, c -> 3 and 5, a+1 -> 7
//   (0,0) = 0: c -> 1 and 2, a+1 -> 3
//   (2,2) = 8: a-1 -> 5, c -> 6 and 7
// Degrees: a at an end 1, in the middle 2; c always 2: 6 nodes of 3, 3 of 4 -> 15 edges.
void NeighbourGraphTest::mixed()
{
    const SearchSpace space = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Categorical});
    const NeighbourGraph graph = NeighbourGraph::build(space, std::vector<double>(9, 0.0));
    QCOMPARE(neighbours(graph, 4), (std::vector<ConfigId>{1, 3, 5, 7}));
    QCOMPARE(neighbours(graph, 0), (std::vector<ConfigId>{1, 2, 3}));
    QCOMPARE(neighbours(graph, 8), (std::vector<ConfigId>{5, 6, 7}));
    QCOMPARE(graph.edgeCount(), std::uint64_t(15));
}

// The bug METRICS.md warns about: never stepping up into an ordinal HP's top value.
void NeighbourGraphTest::topOrdinalValueIsReachable()
{
    const SearchSpace space = makeSpace({3}, {HpKind::Ordinal});
    const NeighbourGraph graph = NeighbourGraph::build(space, {0.0, 1.0, 2.0});
    QCOMPARE(neighbours(graph, 0), (std::vector<ConfigId>{1}));
    QCOMPARE(neighbours(graph, 1), (std::vector<ConfigId>{0, 2}));
    QCOMPARE(neighbours(graph, 2), (std::vector<ConfigId>{1}));
    QCOMPARE(graph.edgeCount(), std::uint64_t(2));

    // Also inside a bigger grid: (a=1, b=1) of 3 x 2 steps up to the top a=2.
    const SearchSpace grid = makeSpace({3, 2}, {HpKind::Ordinal, HpKind::Ordinal});
    const NeighbourGraph g2 = NeighbourGraph::build(grid, std::vector<double>(6, 0.0));
    QCOMPARE(neighbours(g2, 3), (std::vector<ConfigId>{1, 2, 5}));
}

// The 3 x 3 grid without its centre (and without corner 8): the centre's edges
// go both ways, so 1, 3, 5, 7 lose one neighbour each.
void NeighbourGraphTest::partialLandscape()
{
    const SearchSpace space = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Ordinal});
    std::vector<double> loss(9, 1.0);
    loss[4] = kNaN;
    loss[8] = kNaN;
    const NeighbourGraph graph = NeighbourGraph::build(space, loss);
    QCOMPARE(graph.presentCount(), std::uint64_t(7));
    QVERIFY(!graph.isPresent(4));
    QVERIFY(!graph.isPresent(8));
    QCOMPARE(graph.degree(4), std::uint32_t(0));
    QCOMPARE(graph.degree(8), std::uint32_t(0));
    QCOMPARE(neighbours(graph, 1), (std::vector<ConfigId>{0, 2}));
    QCOMPARE(neighbours(graph, 5), (std::vector<ConfigId>{2}));
    QCOMPARE(neighbours(graph, 7), (std::vector<ConfigId>{6}));
    QCOMPARE(graph.edgeCount(), std::uint64_t(12 - 4 - 2));
}

void NeighbourGraphTest::bruteForce()
{
    std::mt19937 rng(20251126);
    for (int round = 0; round < 200; ++round) {
        const SearchSpace space = randomSpace(rng);
        const ConfigId n = space.size();
        std::vector<double> loss(n);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        const double missing = round % 3 == 0 ? 0.0 : uniform(rng) * 0.5;
        for (auto &value : loss)
            value = uniform(rng) < missing ? kNaN : uniform(rng);
        const NeighbourGraph graph = NeighbourGraph::build(space, loss);
        std::uint64_t degrees = 0;
        for (ConfigId u = 0; u < n; ++u) {
            std::vector<ConfigId> expected;
            for (ConfigId v = 0; v < n && !std::isnan(loss[u]); ++v) {
                if (!std::isnan(loss[v]) && areNeighbours(space, u, v))
                    expected.push_back(v);
            }
            QCOMPARE(neighbours(graph, u), expected);
            QCOMPARE(graph.isPresent(u), !std::isnan(loss[u]));
            degrees += expected.size();
        }
        QCOMPARE(graph.edgeCount() * 2, degrees);
    }
}

void NeighbourGraphTest::sameGraphForAnyThreadCount()
{
    // 50,400 configurations: several chunks, so threads really share the work.
    const SearchSpace space =
        makeSpace({7, 5, 4, 6, 3, 5, 4}, {HpKind::Ordinal, HpKind::Categorical, HpKind::Ordinal, HpKind::Ordinal,
                                          HpKind::Categorical, HpKind::Ordinal, HpKind::Categorical});
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> loss(space.size());
    for (auto &value : loss)
        value = uniform(rng) < 0.1 ? kNaN : uniform(rng);
    const NeighbourGraph reference = NeighbourGraph::build(space, loss, nullptr, 1);
    for (unsigned threads : {2u, 3u, 8u, 0u}) {
        const NeighbourGraph graph = NeighbourGraph::build(space, loss, nullptr, threads);
        QCOMPARE(graph.presentCount(), reference.presentCount());
        QCOMPARE(graph.edgeCount(), reference.edgeCount());
        for (ConfigId id = 0; id < space.size(); ++id) {
            if (!std::equal(graph.begin(id), graph.end(id), reference.begin(id), reference.end(id)))
                QFAIL(qPrintable(QStringLiteral("threads %1: node %2 differs").arg(threads).arg(id)));
        }
    }
    // Spot check against the definition on the big space too.
    for (ConfigId u : {ConfigId(0), ConfigId(12345), ConfigId(space.size() - 1)}) {
        for (const ConfigId *v = reference.begin(u); v != reference.end(u); ++v)
            QVERIFY(areNeighbours(space, u, *v));
    }
}

void NeighbourGraphTest::rejectsBadInput()
{
    const SearchSpace space = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Ordinal});
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { NeighbourGraph::build(space, std::vector<double>(8, 0.0)); }),
                      ErrorKind::InvalidArgument);
    Feedback feedback;
    feedback.cancel();
    HPLX_VERIFY_ERROR(
        hplxtest::errorFrom([&] { NeighbourGraph::build(space, std::vector<double>(9, 0.0), &feedback); }),
        ErrorKind::Cancelled);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { distancesTo(space, 9); }), ErrorKind::InvalidArgument);
}

// 3 x 3 ordinal grid, distances to 0 (Manhattan):   ordinal a x categorical c, to 4 = (1,1):
//   0 1 2                                              2 1 2
//   1 2 3                                              1 0 1
//   2 3 4                                              2 1 2
void NeighbourGraphTest::distancesByHand()
{
    const SearchSpace grid = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Ordinal});
    QCOMPARE(distancesTo(grid, 0), (std::vector<std::uint32_t>{0, 1, 2, 1, 2, 3, 2, 3, 4}));
    QCOMPARE(distancesTo(grid, 8), (std::vector<std::uint32_t>{4, 3, 2, 3, 2, 1, 2, 1, 0}));
    const SearchSpace mixed = makeSpace({3, 3}, {HpKind::Ordinal, HpKind::Categorical});
    QCOMPARE(distancesTo(mixed, 4), (std::vector<std::uint32_t>{2, 1, 2, 1, 0, 1, 2, 1, 2}));
    // A categorical HP counts 1 however far apart the value indices are.
    const SearchSpace cat = makeSpace({5}, {HpKind::Categorical});
    QCOMPARE(distancesTo(cat, 0), (std::vector<std::uint32_t>{0, 1, 1, 1, 1}));
    const SearchSpace ord = makeSpace({5}, {HpKind::Ordinal});
    QCOMPARE(distancesTo(ord, 1), (std::vector<std::uint32_t>{1, 0, 1, 2, 3}));
}

void NeighbourGraphTest::distancesBruteForce()
{
    std::mt19937 rng(99);
    for (int round = 0; round < 100; ++round) {
        const SearchSpace space = randomSpace(rng);
        const ConfigId target = std::uniform_int_distribution<ConfigId>(0, space.size() - 1)(rng);
        const std::vector<std::uint32_t> d = distancesTo(space, target);
        QCOMPARE(d.size(), std::size_t(space.size()));
        for (ConfigId id = 0; id < space.size(); ++id)
            QCOMPARE(d[id], bruteDistance(space, id, target));
    }
}

QTEST_GUILESS_MAIN(NeighbourGraphTest)
#include "tst_neighbourgraph.moc"
