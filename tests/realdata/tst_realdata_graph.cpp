// The neighbour graph and improving structure of FC-Net naval propulsion
// (../shared/data/fcnet_naval_propulsion.csv, 62,208 configurations): the
// number of local optima must be 343 (a reference implementation that never
// steps up into an ordinal HP's top value finds 395). Exits 77 (skipped)
// without the folder.
#include "graph/ImprovingGraph.h"
#include "graph/NeighbourGraph.h"
#include "import/CsvImport.h"
#include "realdata/RealData.h"
#include "space/Landscape.h"
#include "space/SearchSpace.h"
#include "store/LandscapeDatabase.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace hplx;

namespace {} // namespace

class RealDataGraphTest : public QObject
{
    Q_OBJECT

private:
    void checkFcnetNaval();
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString())); }
    void fcnetNaval() { QVERIFY_THROWS_NO_EXCEPTION(checkFcnetNaval()); }
};

void RealDataGraphTest::checkFcnetNaval()
{
    CsvImportOptions options;
    options.csvPath = QDir(test::sharedDataDir()).filePath(QStringLiteral("fcnet_naval_propulsion.csv")).toStdString();
    options.dbPath = QDir(m_dir.path()).filePath(QStringLiteral("naval.db")).toStdString();
    options.hps = {"activation_fn_1", "activation_fn_2", "batch_size", "dropout_1", "dropout_2",
                   "init_lr",         "lr_schedule",     "n_units_1",  "n_units_2"};
    options.categorical = {"activation_fn_1", "activation_fn_2", "lr_schedule"};
    options.groupBy = "dataset";
    options.lossColumns = {"valid_mse_epoch100_mean"};
    const CsvImportReport report = importCsv(options);
    QCOMPARE(report.landscapes.size(), std::size_t(1));
    const Landscape landscape = LandscapeDatabase(report.dbPath).loadLandscape(report.landscapes.front().id);
    QCOMPARE(landscape.space().size(), ConfigId(62208));
    QVERIFY(landscape.isComplete());

    QElapsedTimer timer;
    timer.start();
    const NeighbourGraph graph = NeighbourGraph::build(landscape.space(), landscape.losses());
    const qint64 buildNs = timer.nsecsElapsed();
    timer.restart();
    const ImprovingGraph improving = analyseImproving(graph, landscape.losses());
    const qint64 analyseNs = timer.nsecsElapsed();
    timer.restart();
    const std::vector<char> access = accessibleBasin(graph, landscape.losses(), improving.globalOptimum);
    const qint64 accessNs = timer.nsecsElapsed();
    const auto accessible = std::count(access.begin(), access.end(), 1);
    qInfo("FC-Net naval: graph build %.2f ms, analyseImproving %.2f ms, accessible basin %.2f ms",
          static_cast<double>(buildNs) / 1e6, static_cast<double>(analyseNs) / 1e6,
          static_cast<double>(accessNs) / 1e6);
    qInfo("FC-Net naval: %llu edges, %zu local optima, %llu improving edges, global optimum %u (%s), "
          "greedy basin %llu, accessible basin %lld",
          static_cast<unsigned long long>(graph.edgeCount()), improving.localOptima.size(),
          static_cast<unsigned long long>(improving.improvingEdges), improving.globalOptimum,
          landscape.space().describe(improving.globalOptimum).c_str(),
          static_cast<unsigned long long>(
              improving.basinSize[static_cast<std::size_t>(improving.optimumIndex(improving.globalOptimum))]),
          static_cast<long long>(accessible));

    // Degrees: ordinal HPs batch_size(4), dropout_1(3), dropout_2(3), init_lr(6),
    // n_units_1(6), n_units_2(6): a k-value HP gives 2 (k - 1) / k neighbours on
    // average; categoricals activation_fn_1(2), activation_fn_2(2), lr_schedule(2) 1 each.
    const double meanDegree = 2.0 * 3 / 4 + 2.0 * 2 / 3 * 2 + 2.0 * 5 / 6 * 3 + 3.0;
    QCOMPARE(graph.edgeCount(), static_cast<std::uint64_t>(meanDegree * 62208 / 2 + 0.5));
    QCOMPARE(improving.localOptima.size(), std::size_t(343));
    QCOMPARE(std::accumulate(improving.basinSize.begin(), improving.basinSize.end(), std::uint64_t(0)),
             std::uint64_t(62208));
    QVERIFY(access[improving.globalOptimum] == 1);
}

HPLX_REALDATA_MAIN(RealDataGraphTest)

#include "tst_realdata_graph.moc"
