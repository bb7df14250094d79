// The 3-D tabs of the main window under Xvfb. Surface: shown on demand, it
// asks the workspace for the embedding, draws one point per evaluated
// configuration with the optima marked, and is linked to the shared selection
// both ways. Local optima network: one node per local optimum; a picked node
// selects its whole basin.
#include "support/TestDatabases.h"
#include "ui/window/WindowTestHelpers.h"

#include "model/SelectionHub.h"
#include "panels/LonPanel.h"
#include "panels/SurfacePanel.h"
#include "vtk/LonView.h"
#include "vtk/SurfaceView.h"
#include "vtk/VtkWidget.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hplx;
using hplxtest::waitIdle;

class TestViewTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void surfaceFollowsAndDrivesTheSelection();
    void lonPicksWholeBasins();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestViewTabs::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests"));
    m_db = m_dir.filePath(QStringLiteral("small.db"));
    test::writeSmallDatabase(m_db);
}

void TestViewTabs::surfaceFollowsAndDrivesTheSelection()
{
    MainWindow window;
    window.workspace()->setCachePath(QString()); // compute, no cache
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    QVERIFY(!window.workspace()->embedding()); // nothing computed before the tab is shown
    QVERIFY(window.showView(QStringLiteral("surface")));
    QCOMPARE(window.currentView(), QStringLiteral("surface"));
    QVERIFY(waitIdle(window));
    QVERIFY(window.workspace()->embedding());

    auto *panel = window.findChild<SurfacePanel *>(QStringLiteral("surfacePanel"));
    QVERIFY(panel);
    SurfaceView *view = panel->view();
    QCOMPARE(view->pointCount(), 6);
    // Layout rows are the configuration ids in order (all 6 evaluated).
    for (quint32 id = 0; id < 6; ++id)
        QCOMPARE(panel->rowOf(id), int(id));

    // Selection from elsewhere (the table, another view) is highlighted here.
    SelectionHub *hub = window.workspace()->selectionHub();
    hub->setSelection({2, 4}, this);
    QCOMPARE(view->highlighted(), (std::vector<int>{2, 4}));

    // Clicking a point selects its configuration everywhere.
    view->setViewMode(SurfaceView::ViewMode::TopDown);
    QTest::qWait(50);
    const QPointF at = view->screenPosition(3);
    QVERIFY2(at.x() >= 0 && at.y() >= 0, qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
    QSignalSpy changed(hub, &SelectionHub::selectionChanged);
    const int picked = view->pickPoint(at.toPoint());
    QCOMPARE(picked, 3);
    Q_EMIT view->pointPicked(picked); // what a click on it emits (the click itself is tested in tst_surfaceview)
    QCOMPARE(changed.count(), 1);
    QCOMPARE(hub->selection(), std::vector<ConfigId>{3});
    QCOMPARE(view->highlighted(), std::vector<int>{3});

    // Another landscape: its layout is computed for the visible tab.
    QVERIFY(window.selectLandscape(2));
    QVERIFY(waitIdle(window));
    QVERIFY(window.workspace()->embedding());
    QCOMPARE(view->pointCount(), 4); // the partial test landscape
    QCOMPARE(panel->rowOf(5), -1);   // not evaluated there
}

void TestViewTabs::lonPicksWholeBasins()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    QVERIFY(!window.workspace()->lon());
    QVERIFY(window.showView(QStringLiteral("lon")));
    QVERIFY(waitIdle(window));
    const auto lon = window.workspace()->lon();
    QVERIFY(lon);
    // Loss id / 10 on the 3 x 2 grid: configuration 0 is the only local
    // optimum, and every configuration drains into it.
    QCOMPARE(lon->nodes.size(), std::size_t(1));
    QCOMPARE(lon->nodes[0].config, ConfigId(0));
    QCOMPARE(lon->nodes[0].basinSize, std::uint64_t(6));
    auto *panel = window.findChild<LonPanel *>(QStringLiteral("lonPanel"));
    QVERIFY(panel);
    QCOMPARE(panel->view()->nodeCount(), 1);
    QCOMPARE(panel->view()->edgeCount(), 0);

    SelectionHub *hub = window.workspace()->selectionHub();
    Q_EMIT panel->view()->nodePicked(0);
    QCOMPARE(hub->selection(), (std::vector<ConfigId>{0, 1, 2, 3, 4, 5}));
    hub->setSelection({3}, this); // not an optimum: nothing highlighted
    QVERIFY(panel->view()->highlighted().empty());
    hub->setSelection({0}, this);
    QCOMPARE(panel->view()->highlighted(), std::vector<int>{0});
}

int main(int argc, char **argv)
{
    VtkWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestViewTabs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_viewtabs.moc"
