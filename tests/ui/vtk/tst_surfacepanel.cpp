// The Surface tab of the main window under Xvfb: shown on demand, it asks the
// workspace for the embedding, draws one point per evaluated configuration
// with the optima marked, and is linked to the shared selection both ways.
#include "support/TestDatabases.h"
#include "ui/window/WindowTestHelpers.h"

#include "model/SelectionHub.h"
#include "panels/SurfacePanel.h"
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

class TestSurfacePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void surfaceFollowsAndDrivesTheSelection();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestSurfacePanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests"));
    m_db = m_dir.filePath(QStringLiteral("small.db"));
    test::writeSmallDatabase(m_db);
}

void TestSurfacePanel::surfaceFollowsAndDrivesTheSelection()
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

int main(int argc, char **argv)
{
    VtkWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestSurfacePanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_surfacepanel.moc"
