// The overfitting and rank-agreement panels against a Workspace on a tiny
// database whose statistics are worked out by hand below; the panels' jobs
// run on the workspace's JobRunner.
//
// Space: lr {0.01, 0.1, 1} (ordinal) x booster {gbtree, dart} (categorical),
// id = 2 * lr + booster. Losses per id 0..5:
//   train = 0.1  0.2  0.3  0.4   0.5  0.6
//   test  = 0.3  0.2  0.5  0.45  0.5  (missing)
// Common: ids 0..4 (id 5 is left out).
//
// Generalisation gap ΔL = test - train = 0.2, 0, 0.2, 0.05, 0
//   mean = 0.45 / 5 = 0.09; sorted 0, 0, 0.05, 0.2, 0.2 -> median 0.05
//   deviations 0.11 -0.09 0.11 -0.04 -0.09 -> squares sum 0.042 -> sd = sqrt(0.0084) = 0.0916515
//   test above train: ids 0, 2, 3 -> 3 / 5 = 60 %
// Ranks (1 = lowest, ties averaged): train 1 2 3 4 5; test 2 1 4.5 3 4.5
//   Spearman = Pearson of the ranks: dx = -2 -1 0 1 2, dy = -1 -2 1.5 0 1.5
//   sum dx dy = 2 + 2 + 0 + 0 + 3 = 7, sum dx^2 = 10, sum dy^2 = 9.5
//   rho = 7 / sqrt(95) = 0.718185
// Shake-up: |r_train - r_test| = 1 1 1.5 1 0.5 -> mean 1.0, / n = 5 -> 0.2;
//   top 10 % of train = ceil(0.5) = 1 configuration (id 0): |1 - 2| / 5 = 0.2
// gamma_set (gamma = 0.1, 1 configuration each): train {0}, test {1}: IoU 0, overlap 0.
#include "charts/ScatterChart.h"
#include "jobs/JobRunner.h"
#include "model/SelectionHub.h"
#include "panels/OverfittingPanel.h"
#include "panels/RankAgreementPanel.h"
#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"
#include "window/Workspace.h"

#include "charts/ColourGroups.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>
#include <QtTest>

#include <cmath>

using namespace hplx;

class TestScatterPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void overfittingStatistics();
    void overfittingColoursAndSelection();
    void rankAgreementStatistics();
    void rankAgreementWithComparison();
    void screenshots();

private:
    bool selectAndWait(QObject *panel, qint64 primary, qint64 compare = 0);

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_train = 0;
    qint64 m_test = 0;
    JobRunner *m_runner = nullptr;
    Workspace *m_workspace = nullptr;
};

void TestScatterPanels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_path = m_dir.filePath(QStringLiteral("tiny.db"));
    const SearchSpace space({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                             Hyperparameter("booster", HpKind::Categorical, {"gbtree", "dart"})});
    DatabaseWriter writer(m_path.toStdString());
    writer.begin();
    const auto spaceId = writer.addSpace(space, "tiny");
    LandscapeKey key{"xgboost", "wine", "", std::nullopt, "train", "1-accuracy"};
    m_train = writer.addLandscape(spaceId, key, {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, "test");
    key.split = "test";
    m_test = writer.addLandscape(spaceId, key, {0.3, 0.2, 0.5, 0.45, 0.5, std::nan("")}, "test");
    writer.commit();
}

void TestScatterPanels::init()
{
    m_runner = new JobRunner;
    m_workspace = new Workspace(m_runner);
    m_workspace->setCachePath(QString());
    m_workspace->setDatabase(m_path, std::make_shared<const LandscapeDatabase>(m_path.toStdString()));
}

void TestScatterPanels::cleanup()
{
    delete m_workspace;
    delete m_runner;
}

bool TestScatterPanels::selectAndWait(QObject *panel, qint64 primary, qint64 compare)
{
    QSignalSpy updated(panel, SIGNAL(updated()));
    QSignalSpy idle(m_workspace, &Workspace::idle);
    if (!m_workspace->select(primary, compare))
        return false;
    return QTest::qWaitFor([&] { return updated.count() > 0 && idle.count() > 0; }, 20000);
}

void TestScatterPanels::overfittingStatistics()
{
    OverfittingPanel panel(m_workspace);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(selectAndWait(&panel, m_train));
    const auto &siblings = m_workspace->landscapes()->siblings;
    QCOMPARE(siblings[std::size_t(panel.xLandscape())]->info().id, m_train);
    QCOMPARE(siblings[std::size_t(panel.yLandscape())]->info().id, m_test);

    // Five common configurations: train on x, test on y.
    const ScatterChart *chart = panel.chart();
    QCOMPARE(chart->ids(), (std::vector<ConfigId>{0, 1, 2, 3, 4}));
    QCOMPARE(chart->xValues(), (std::vector<double>{0.1, 0.2, 0.3, 0.4, 0.5}));
    QCOMPARE(chart->yValues(), (std::vector<double>{0.3, 0.2, 0.5, 0.45, 0.5}));
    QVERIFY(chart->isDiagonalVisible());
    QCOMPARE(chart->axisX()->titleText(), QStringLiteral("1-accuracy · train"));
    QCOMPARE(chart->axisY()->titleText(), QStringLiteral("1-accuracy · test"));

    const GeneralisationGap *gap = panel.gap();
    QVERIFY(gap);
    QCOMPARE(gap->compared, std::uint64_t(5));
    QVERIFY(std::abs(gap->mean - 0.09) < 1e-12);
    QVERIFY(std::abs(gap->median - 0.05) < 1e-12);
    QVERIFY(std::abs(gap->stddev - 0.0916515) < 1e-6);
    QVERIFY(std::abs(gap->positiveShare - 0.6) < 1e-12);
    QVERIFY(std::abs(gap->spearman - 0.718185) < 1e-6);

    const QString text = chart->statisticsText();
    QVERIFY2(text.contains(QStringLiteral("ΔL = L(test) − L(train) over 5 configurations")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("mean 0.09 · median 0.05 · sd 0.0917")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("test above train: 60.0 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Spearman ρ(train, test) = 0.718")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("left out (evaluated in only one landscape): 1")), qPrintable(text));

    // Swapped axes: ΔL = train - test, mean -0.09, train never above test.
    QSignalSpy updated(&panel, &OverfittingPanel::updated);
    panel.setLandscapes(panel.yLandscape(), panel.xLandscape());
    QVERIFY(updated.wait(20000));
    QVERIFY(std::abs(panel.gap()->mean + 0.09) < 1e-12);
    QCOMPARE(panel.gap()->positiveShare, 0.0);
    QVERIFY2(chart->statisticsText().contains(QStringLiteral("train above test: 0.0 %")),
             qPrintable(chart->statisticsText()));
}

void TestScatterPanels::overfittingColoursAndSelection()
{
    OverfittingPanel panel(m_workspace);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(selectAndWait(&panel, m_train));
    const ScatterChart *chart = panel.chart();
    QCOMPARE(chart->grouping().groups.size(), std::size_t(1));

    // By the categorical HP booster (index 1): id % 2.
    panel.setColourBy(1);
    QCOMPARE(chart->grouping().groups.size(), std::size_t(2));
    QCOMPARE(chart->grouping().groups[0].name, QStringLiteral("booster = gbtree"));
    QCOMPARE(chart->grouping().groupOfRow, (std::vector<int>{0, 1, 0, 1, 0}));
    QVERIFY(chart->chart()->legend()->isVisible());

    // By ΔL (0.2, 0, 0.2, 0.05, 0): equal values share a bin, bins ascend.
    // (0.3 - 0.1 and 0.5 - 0.3 differ in the last bit, so they may not.)
    panel.setColourBy(OverfittingPanel::kColourGap);
    const auto &groups = chart->grouping().groupOfRow;
    QCOMPARE(groups[1], groups[4]);
    QVERIFY(groups[1] < groups[3] && groups[3] < groups[0] && groups[3] < groups[2]);

    // A selection made elsewhere is highlighted; brushing here sets it.
    m_workspace->selectionHub()->setSelection({2, 3, 5}, nullptr);
    QCOMPARE(chart->drawnHighlightCount(), std::size_t(2)); // 5 is not on the chart
}

void TestScatterPanels::rankAgreementStatistics()
{
    RankAgreementPanel panel(m_workspace);
    panel.resize(900, 600);
    panel.show();
    // No comparison and no other fidelity of train: train against the other sibling.
    QVERIFY(selectAndWait(&panel, m_train));
    QCOMPARE(panel.candidates().size(), std::size_t(2));
    QCOMPARE(panel.candidates()[std::size_t(panel.landscapeA())]->info().id, m_train);
    QCOMPARE(panel.candidates()[std::size_t(panel.landscapeB())]->info().id, m_test);

    const ScatterChart *chart = panel.chart();
    QCOMPARE(chart->ids(), (std::vector<ConfigId>{0, 1, 2, 3, 4}));
    QCOMPARE(chart->xValues(), (std::vector<double>{1, 2, 3, 4, 5}));
    QCOMPARE(chart->yValues(), (std::vector<double>{2, 1, 4.5, 3, 4.5}));
    QCOMPARE(panel.leftOut(), std::uint64_t(1));

    const SimilarityResult *s = panel.similarity();
    QVERIFY(s);
    QCOMPARE(s->compared, std::uint64_t(5));
    QVERIFY(std::abs(s->spearman - 0.718185) < 1e-6);
    QVERIFY(std::abs(s->shakeupAll - 0.2) < 1e-12);
    QVERIFY(std::abs(s->shakeupTop - 0.2) < 1e-12);
    QCOMPARE(s->topSize, std::uint64_t(1));
    QCOMPARE(s->gammaIoU, 0.0);
    QCOMPARE(s->gammaOverlap, 0.0);

    const QString text = chart->statisticsText();
    QVERIFY2(text.contains(QStringLiteral("5 configurations compared")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("left out (missing in either landscape): 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Spearman ρ = 0.718")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("shake-up: all 0.200 · top 10 % of A 0.200")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("top 10 % sets (1 each): IoU 0.000 · overlap 0.000")), qPrintable(text));

    // Top sets: id 0 is best in train only, id 1 best in test only.
    QCOMPARE(chart->grouping().groupOfRow,
             (std::vector<int>{RankAgreementPanel::TopInAOnly, RankAgreementPanel::TopInBOnly,
                               RankAgreementPanel::Other, RankAgreementPanel::Other, RankAgreementPanel::Other}));
    QCOMPARE(chart->grouping().groups[RankAgreementPanel::TopInBoth].name, QStringLiteral("top 10 % in both"));
}

void TestScatterPanels::rankAgreementWithComparison()
{
    RankAgreementPanel panel(m_workspace);
    panel.resize(900, 600);
    panel.show();
    // Primary test, comparison train: A = test, B = train (a sibling, not repeated).
    QVERIFY(selectAndWait(&panel, m_test, m_train));
    QCOMPARE(panel.candidates().size(), std::size_t(2));
    QCOMPARE(panel.candidates()[std::size_t(panel.landscapeA())]->info().id, m_test);
    QCOMPARE(panel.candidates()[std::size_t(panel.landscapeB())]->info().id, m_train);
    QCOMPARE(panel.chart()->xValues(), (std::vector<double>{2, 1, 4.5, 3, 4.5}));
    // Spearman is symmetric; the top share now comes from test (id 1, ranks 1 vs 2).
    QVERIFY(std::abs(panel.similarity()->spearman - 0.718185) < 1e-6);
    QVERIFY(std::abs(panel.similarity()->shakeupTop - 0.2) < 1e-12);

    // A band over the whole plot selects every shown configuration.
    ScatterChart *chart = panel.chart();
    QCoreApplication::processEvents();
    const QRectF area = chart->chart()->plotArea();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, area.topLeft().toPoint() + QPoint(1, 1));
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, area.bottomRight().toPoint() - QPoint(1, 1));
    QCOMPARE(m_workspace->selectionHub()->selection(), (std::vector<ConfigId>{0, 1, 2, 3, 4}));
}

// Not a check: with HPLX_SCREENSHOT_DIR set, grabs both panels on the bundled
// sample (xgboost / breast_cancer) for a person to look at, and times a
// 62,208-point chart.
void TestScatterPanels::screenshots()
{
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("HPLX_SCREENSHOT_DIR not set");
    const QString sample = QStringLiteral(HPLX_TEST_FIXTURES "/../../resources/samples/sample.db");
    auto db = std::make_shared<const LandscapeDatabase>(sample.toStdString());
    auto find = [&db](const char *dataset, double fraction, const char *split) -> qint64 {
        for (const auto &info : db->landscapes())
            if (info.key.model == "xgboost" && info.key.dataset == dataset && info.key.split == split
                && info.key.fidelityValue == fraction)
                return info.id;
        return 0;
    };
    m_workspace->setDatabase(sample, db);

    OverfittingPanel overfitting(m_workspace);
    overfitting.resize(1000, 650);
    overfitting.show();
    QVERIFY(selectAndWait(&overfitting, find("breast_cancer", 0.25, "test")));
    overfitting.setColourBy(1); // max_depth
    QCoreApplication::processEvents();
    QVERIFY(overfitting.grab().save(dir + QStringLiteral("/overfitting_hp.png")));
    overfitting.setColourBy(OverfittingPanel::kColourGap);
    QCoreApplication::processEvents();
    QVERIFY(overfitting.grab().save(dir + QStringLiteral("/overfitting_gap.png")));

    RankAgreementPanel ranks(m_workspace);
    ranks.resize(1000, 650);
    ranks.show();
    QVERIFY(selectAndWait(&ranks, find("breast_cancer", 0.1, "test")));
    std::vector<ConfigId> chosen;
    for (ConfigId id = 0; id < 1080; id += 37)
        chosen.push_back(id);
    m_workspace->selectionHub()->setSelection(chosen, nullptr);
    QCoreApplication::processEvents();
    QVERIFY(ranks.grab().save(dir + QStringLiteral("/rankagreement.png")));

    // 62,208 points along a noisy curve, in 4 groups.
    constexpr ConfigId n = 62208;
    std::vector<double> x(n), y(n);
    std::vector<ConfigId> ids(n);
    ColourGrouping grouping;
    for (ConfigId i = 0; i < n; ++i) {
        const double t = double((i * 7919U) % n) / n;
        x[i] = t;
        y[i] = t * t + 0.15 * std::sin(double(i) * 0.37) * (1.0 - t);
        ids[i] = i;
        grouping.groupOfRow.push_back(int(i % 4));
    }
    for (int g = 0; g < 4; ++g)
        grouping.groups.push_back({QStringLiteral("group %1").arg(g), qualitativeColour(g)});
    SelectionHub hub(n);
    ScatterChart chart;
    chart.setSelectionHub(&hub);
    chart.resize(1000, 650);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QElapsedTimer timer;
    timer.start();
    chart.setPoints(x, y, ids);
    chart.setGrouping(grouping);
    const qint64 set = timer.restart();
    const QPixmap image = chart.grab();
    const qint64 painted = timer.restart();
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, QPoint(300, 200));
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, QPoint(700, 500));
    const qint64 brushed = timer.restart();
    QTest::mouseMove(chart.viewport(), QPoint(500, 300));
    const qint64 hovered = timer.restart();
    chart.resize(800, 600);
    QCoreApplication::processEvents();
    const qint64 resized = timer.restart();
    qInfo("62,208 points: set %lld ms, paint %lld ms, brush %lld ms (%zu selected), hover %lld ms, resize %lld ms; "
          "%zu markers drawn",
          set, painted, brushed, hub.selection().size(), hovered, resized, chart.drawnPointCount());
    QVERIFY(image.save(dir + QStringLiteral("/scatter62k.png")));
}

QTEST_MAIN(TestScatterPanels)
#include "tst_scatterpanels.moc"
