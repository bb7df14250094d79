// The panels of the main window share one selection: a rubber band in the
// overfitting scatter selects the configurations inside it (checked against
// the losses themselves), and the same configurations are highlighted in the
// rank-agreement scatter and selected in the configuration table. From the
// similarity matrix two clicks put two datasets side by side.
#include "ui/panels/PanelTestHelpers.h"
#include "ui/window/WindowTestHelpers.h"

#include "charts/HeatmapView.h"
#include "charts/ScatterChart.h"
#include "export/FigureComposer.h"
#include "model/SelectionHub.h"
#include "panels/ComparePanel.h"
#include "panels/OverfittingPanel.h"
#include "panels/RankAgreementPanel.h"
#include "panels/SimilarityPanel.h"
#include "store/LandscapeDatabase.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QTableView>
#include <QtCharts/QValueAxis>
#include <QtTest>

#include <set>

using namespace hplx;
using hplxtest::waitIdle;

class TestLinkedPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brushingHighlightsEverywhere();
    void similarityCellOpensComparison();
};

void TestLinkedPanels::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests"));
    if (!QFile::exists(hplxtest::sampleDatabase()))
        QSKIP("the bundled sample database is missing");
}

void TestLinkedPanels::brushingHighlightsEverywhere()
{
    MainWindow window;
    window.workspace()->setCachePath(QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openDatabase(hplxtest::sampleDatabase()));
    const qint64 id = hplxtest::sampleLandscape(*window.database());
    QVERIFY(window.selectLandscape(id));
    QVERIFY(window.showView(QStringLiteral("overfitting")));
    QVERIFY(waitIdle(window));
    auto *overfitting = qobject_cast<OverfittingPanel *>(window.viewPanel(QStringLiteral("overfitting")));
    QVERIFY(overfitting);
    QTRY_VERIFY(overfitting->gap());
    ScatterChart *chart = overfitting->chart();
    const auto &siblings = window.workspace()->landscapes()->siblings;
    const Landscape &train = *siblings[static_cast<std::size_t>(overfitting->xLandscape())];
    const Landscape &test = *siblings[static_cast<std::size_t>(overfitting->yLandscape())];
    QCOMPARE(train.info().key.split, std::string("train"));
    QCOMPARE(test.info().key.split, std::string("test"));

    // A band from the plot's lower-left corner to (x = 0.03, y = 0.06).
    QTest::qWait(50); // the chart's first layout
    const double xMax = 0.03, yMax = 0.06;
    const QPoint from =
        (chart->viewportPosition(chart->axisX()->min(), chart->axisY()->min()) + QPointF(1, -1)).toPoint();
    const QPoint to = chart->viewportPosition(xMax, yMax).toPoint();
    QWidget *viewport = chart->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);

    const std::vector<ConfigId> &selected = window.workspace()->selectionHub()->selection();
    QVERIFY(!selected.empty());
    QVERIFY(selected.size() < train.space().size() / 2); // a real subset, not everything
    // Against the losses: one pixel of slack for the band's rounded corner.
    const double slackX = 1.5 * (chart->axisX()->max() - chart->axisX()->min()) / chart->chart()->plotArea().width();
    const double slackY = 1.5 * (chart->axisY()->max() - chart->axisY()->min()) / chart->chart()->plotArea().height();
    const std::set<ConfigId> chosen(selected.begin(), selected.end());
    for (ConfigId c = 0; c < train.space().size(); ++c) {
        const double x = train.loss(c), y = test.loss(c);
        if (x <= xMax - slackX && y <= yMax - slackY)
            QVERIFY2(chosen.count(c), qPrintable(QStringLiteral("configuration %1 inside the band").arg(c)));
        if (x > xMax + slackX || y > yMax + slackY)
            QVERIFY2(!chosen.count(c), qPrintable(QStringLiteral("configuration %1 outside the band").arg(c)));
    }

    // The rank-agreement scatter highlights exactly these (1,080 points: none decimated).
    QVERIFY(window.showView(QStringLiteral("ranks")));
    QVERIFY(waitIdle(window));
    auto *ranks = qobject_cast<RankAgreementPanel *>(window.viewPanel(QStringLiteral("ranks")));
    QVERIFY(ranks);
    QTRY_VERIFY(ranks->similarity());
    QTRY_COMPARE(ranks->chart()->drawnHighlightCount(), selected.size());

    // File ▸ Add View to Figure takes a snapshot of the current view.
    auto *addToFigure = window.findChild<QAction *>(QStringLiteral("addToFigureAction"));
    QVERIFY(addToFigure && addToFigure->isEnabled());
    addToFigure->trigger();
    QCOMPARE(window.figureComposer()->count(), 1);
    QVERIFY(window.figureComposer()->title(0).startsWith(QStringLiteral("Rank agreement")));

    // The configuration table selects the same rows (and is not a figure).
    QVERIFY(window.showView(QStringLiteral("configurations")));
    QVERIFY(!addToFigure->isEnabled());
    auto *table = window.findChild<QTableView *>(QStringLiteral("configurationTable"));
    QCOMPARE(static_cast<std::size_t>(table->selectionModel()->selectedRows().size()), selected.size());
}

void TestLinkedPanels::similarityCellOpensComparison()
{
    MainWindow window;
    window.workspace()->setCachePath(QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openDatabase(hplxtest::sampleDatabase()));
    QVERIFY(window.selectLandscape(hplxtest::sampleLandscape(*window.database())));
    // Click 1: the Similarity tab.
    QVERIFY(window.showView(QStringLiteral("similarity")));
    QVERIFY(waitIdle(window));
    auto *similarity = qobject_cast<SimilarityPanel *>(window.viewPanel(QStringLiteral("similarity")));
    QVERIFY(similarity);
    QTRY_VERIFY(!similarity->isComputing());
    const std::vector<qint64> ids = similarity->landscapeIds();
    QCOMPARE(ids.size(), std::size_t(3)); // iris, wine, breast_cancer at this fidelity and split
    // Click 2: the cell (row 0, column 1).
    HeatmapView *heatmap = similarity->heatmap();
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(0, 1).center().toPoint());
    QCOMPARE(window.currentView(), QStringLiteral("compare"));
    QCOMPARE(window.selectedLandscape(), ids[0]);
    QCOMPARE(window.comparedLandscape(), ids[1]);
    QVERIFY(waitIdle(window));
    auto *compare = qobject_cast<ComparePanel *>(window.viewPanel(QStringLiteral("compare")));
    QVERIFY(compare);
    QTRY_VERIFY(compare->message().isEmpty()); // both landscapes shown
    const LandscapeDatabase &db = *window.database();
    QCOMPARE(db.landscapeInfo(ids[0]).key.split, db.landscapeInfo(ids[1]).key.split);
    QVERIFY(db.landscapeInfo(ids[0]).key.dataset != db.landscapeInfo(ids[1]).key.dataset);
}

QTEST_MAIN(TestLinkedPanels)
#include "tst_linkedpanels.moc"
