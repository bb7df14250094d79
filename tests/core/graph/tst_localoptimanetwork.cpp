// The local optima network of hand-worked landscapes, and its GraphML.
#include "graph/ImprovingGraph.h"
#include "graph/LocalOptimaNetwork.h"
#include "graph/NeighbourGraph.h"
#include "support/TestLandscapes.h"

#include <QXmlStreamReader>
#include <QtTest>

#include <memory>
#include <sstream>

using namespace hplx;

namespace {

Landscape grid(std::vector<double> loss, std::uint32_t rows, std::uint32_t columns)
{
    return test::makeLandscape({test::numbered("a", rows), test::numbered("b", columns)}, std::move(loss));
}

} // namespace

class TestLocalOptimaNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWorkedGrid();
    void minimumEdgeFrequency();
    void graphMl();
};

// The 3 x 3 grid of tst_landscapemetrics (id = 3a + b):
//   1 3 4 / 2 5 6 / 9 7 0, local optima 0 (basin 0,1,2,3,4,6) and 8 (5,7,8).
// 2-edit perturbations of 0 = (0,0): (1,1)=4, (2,0)=6, (0,2)=2: all climb back to 0.
// Of 8 = (2,2): (1,1)=4, (0,2)=2, (2,0)=6: all climb to 0. So one edge 8 -> 0
// with count 3 and weight 1, not monotonic (L rises from 0 to 1); 6
// transitions, 3 of them self: escape rate 0.5.
void TestLocalOptimaNetwork::handWorkedGrid()
{
    const Landscape l = grid({1, 3, 4, 2, 5, 6, 9, 7, 0}, 3, 3);
    const ImprovingGraph improving = analyseImproving(NeighbourGraph::build(l.space(), l.losses()), l.losses());
    const LocalOptimaNetwork lon = buildLocalOptimaNetwork(l, improving);
    QCOMPARE(lon.nodes.size(), std::size_t(2));
    QCOMPARE(lon.nodes[0].config, ConfigId(0));
    QCOMPARE(lon.nodes[1].config, ConfigId(8));
    QCOMPARE(lon.globalNode, 1u);
    QCOMPARE(lon.nodes[0].basinSize, std::uint64_t(6));
    QCOMPARE(lon.nodes[0].perturbations, 3u);
    QCOMPARE(lon.nodes[0].selfTransitions, 3u);
    QCOMPARE(lon.nodes[1].selfTransitions, 0u);
    QCOMPARE(lon.edges.size(), std::size_t(1));
    QCOMPARE(lon.edges[0].from, 1u);
    QCOMPARE(lon.edges[0].to, 0u);
    QCOMPARE(lon.edges[0].count, 3u);
    QCOMPARE(lon.edges[0].weight, 1.0);
    QVERIFY(!lon.edges[0].monotonic);
    QCOMPARE(lon.transitions, std::uint64_t(6));
    QCOMPARE(lon.escapeRate, 0.5);
    QCOMPARE(lon.monotonicEdges, std::uint64_t(0));
}

void TestLocalOptimaNetwork::minimumEdgeFrequency()
{
    const Landscape l = grid({1, 3, 4, 2, 5, 6, 9, 7, 0}, 3, 3);
    const ImprovingGraph improving = analyseImproving(NeighbourGraph::build(l.space(), l.losses()), l.losses());
    LonOptions options;
    options.minEdgeFrequency = 4; // the only edge has count 3
    const LocalOptimaNetwork lon = buildLocalOptimaNetwork(l, improving, options);
    QVERIFY(lon.edges.empty());
    QCOMPARE(lon.escapeRate, 0.5); // transitions are counted whatever is kept
}

void TestLocalOptimaNetwork::graphMl()
{
    const Landscape l = grid({1, 3, 4, 2, 5, 6, 9, 7, 0}, 3, 3);
    const ImprovingGraph improving = analyseImproving(NeighbourGraph::build(l.space(), l.losses()), l.losses());
    std::ostringstream out;
    writeGraphMl(out, l, buildLocalOptimaNetwork(l, improving));
    const QString xml = QString::fromStdString(out.str());
    QVERIFY(xml.startsWith(QStringLiteral("<?xml")));
    QCOMPARE(xml.count(QStringLiteral("<node ")), 2);
    QCOMPARE(xml.count(QStringLiteral("<edge ")), 1);
    QVERIFY(xml.contains(QStringLiteral("<edge source=\"n1\" target=\"n0\"><data key=\"count\">3</data>")));
    QVERIFY(xml.contains(QStringLiteral("<data key=\"label\">a=2, b=2</data>")));
    // Well-formed enough for Qt's XML reader.
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestLocalOptimaNetwork)
#include "tst_localoptimanetwork.moc"
