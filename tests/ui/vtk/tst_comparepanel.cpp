// The side-by-side tab under Xvfb: two terrains on the primary's layout that
// render, move their cameras together, show the shared selection in both and
// pick into it; the difference view; and the message without a usable
// compare landscape.
//
// Database: 20 configurations (lr x 4, depth x 5), model "m", loss "loss":
//   a: loss = id;  c: loss = id with ids 1 and 2 swapped;  b: loss = 19 - id
//   z: another space (3 configurations).
// Ranks (1 = best): a ranks id + 1; c the same except id 1 -> 3, id 2 -> 2;
// b ranks 20 - id. Differences c - a: +1 at id 1, -1 at id 2, else 0;
// b - a: 19 - 2 id, from +19 (id 0) to -19 (id 19).
#include "jobs/JobRunner.h"
#include "model/SelectionHub.h"
#include "panels/ComparePanel.h"
#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"
#include "vtk/SurfaceView.h"
#include "vtk/VtkWidget.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <cmath>

using namespace hplx;

namespace {

struct Ids
{
    qint64 a = 0, b = 0, c = 0, z = 0;
};

Ids writeDatabase(const QString &path)
{
    SearchSpace space({Hyperparameter("lr", HpKind::Ordinal, {"0.001", "0.01", "0.1", "1"}),
                       Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "3", "4", "5"})});
    SearchSpace other({Hyperparameter("k", HpKind::Ordinal, {"1", "2", "3"})});
    DatabaseWriter writer(path.toStdString());
    writer.begin();
    const auto spaceId = writer.addSpace(space, "grid");
    const auto otherId = writer.addSpace(other, "other");
    const std::size_t n = space.size();
    std::vector<double> a(n), b(n), c(n);
    for (std::size_t id = 0; id < n; ++id) {
        a[id] = c[id] = double(id);
        b[id] = 19.0 - double(id);
    }
    std::swap(c[1], c[2]);
    auto key = [](const char *dataset) { return LandscapeKey{"m", dataset, "", std::nullopt, "test", "loss"}; };
    Ids ids;
    ids.a = writer.addLandscape(spaceId, key("a"), a, "test");
    ids.b = writer.addLandscape(spaceId, key("b"), b, "test");
    ids.c = writer.addLandscape(spaceId, key("c"), c, "test");
    ids.z = writer.addLandscape(otherId, key("z"), {0.1, 0.2, 0.3}, "test");
    writer.commit();
    return ids;
}

int countNear(const QImage &image, const QColor &colour, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - colour.red()) <= tolerance && std::abs(p.green() - colour.green()) <= tolerance
                && std::abs(p.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

// Pixels that are neither the white background nor near grey.
int colouredPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            count += std::max({p.red(), p.green(), p.blue()}) - std::min({p.red(), p.green(), p.blue()}) > 40;
        }
    return count;
}

vtkCamera *cameraOf(SurfaceView *view)
{
    return view->vtkWidget()->renderer()->GetActiveCamera();
}

bool sameCamera(vtkCamera *a, vtkCamera *b)
{
    const double *pa = a->GetPosition(), *pb = b->GetPosition();
    const double *fa = a->GetFocalPoint(), *fb = b->GetFocalPoint();
    const double *ua = a->GetViewUp(), *ub = b->GetViewUp();
    for (int i = 0; i < 3; ++i)
        if (std::abs(pa[i] - pb[i]) > 1e-9 || std::abs(fa[i] - fb[i]) > 1e-9 || std::abs(ua[i] - ub[i]) > 1e-9)
            return false;
    return a->GetParallelProjection() == b->GetParallelProjection()
           && std::abs(a->GetParallelScale() - b->GetParallelScale()) < 1e-9;
}

} // namespace

class TestComparePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void explainsMissingCompare();
    void bothViewsRender();
    void camerasMoveTogether();
    void sharedSelection();
    void differenceView();
    void screenshot();

private:
    bool openPair(qint64 primary, qint64 compare);

    QTemporaryDir m_dir;
    QString m_path;
    Ids m_ids;
    JobRunner *m_runner = nullptr;
    Workspace *m_workspace = nullptr;
    ComparePanel *m_panel = nullptr;
};

void TestComparePanel::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("compare.db"));
    m_ids = writeDatabase(m_path);
}

void TestComparePanel::init()
{
    m_runner = new JobRunner;
    m_workspace = new Workspace(m_runner);
    m_workspace->setCachePath(QString());
    m_workspace->setDatabase(m_path, std::make_shared<const LandscapeDatabase>(m_path.toStdString()));
    m_panel = new ComparePanel(m_workspace);
    m_panel->resize(1200, 520);
}

void TestComparePanel::cleanup()
{
    delete m_panel;
    delete m_workspace;
    delete m_runner;
}

// Selects the pair with the panel on screen and waits for the views.
bool TestComparePanel::openPair(qint64 primary, qint64 compare)
{
    if (!m_workspace->select(primary, compare))
        return false;
    m_panel->show();
    if (!QTest::qWaitForWindowExposed(m_panel))
        return false;
    return QTest::qWaitFor(
        [&] {
            return m_workspace->embedding() && !m_workspace->isBusy()
                   && m_panel->view(ComparePanel::Compare)->pointCount() > 0;
        },
        60000);
}

void TestComparePanel::explainsMissingCompare()
{
    m_panel->show();
    QVERIFY(m_workspace->select(m_ids.a));
    QVERIFY(QTest::qWaitFor([&] { return m_workspace->landscapes() && !m_workspace->isBusy(); }, 30000));
    QVERIFY2(m_panel->message().contains(QStringLiteral("No landscape to compare")), qPrintable(m_panel->message()));
    QVERIFY(m_panel->message().contains(QStringLiteral("Ctrl+click")));
    QVERIFY(m_panel->message().contains(QStringLiteral("Similarity")));
    QVERIFY(!m_panel->view(ComparePanel::Primary)->isVisible());
    auto *difference = m_panel->findChild<QCheckBox *>(QStringLiteral("compareDifference"));
    QVERIFY(difference && !difference->isEnabled()); // nothing to act on

    QVERIFY(m_workspace->select(m_ids.a, m_ids.z));
    QVERIFY(QTest::qWaitFor([&] { return m_workspace->landscapes() && !m_workspace->isBusy(); }, 30000));
    QVERIFY2(m_panel->message().contains(QStringLiteral("different search spaces")), qPrintable(m_panel->message()));
}

void TestComparePanel::bothViewsRender()
{
    QVERIFY(openPair(m_ids.a, m_ids.c));
    QVERIFY(m_panel->message().isEmpty());
    SurfaceView *primary = m_panel->view(ComparePanel::Primary);
    SurfaceView *compare = m_panel->view(ComparePanel::Compare);
    QVERIFY(primary->isVisible() && compare->isVisible());
    QVERIFY(!m_panel->view(ComparePanel::Difference)->isVisible());
    QCOMPARE(primary->pointCount(), 20);
    QCOMPARE(compare->pointCount(), 20);
    // One layout: a configuration is drawn at the same place in both views.
    for (quint32 id : {0u, 7u, 19u}) {
        const QPointF p = primary->screenPosition(m_panel->rowOf(ComparePanel::Primary, id));
        const QPointF q = compare->screenPosition(m_panel->rowOf(ComparePanel::Compare, id));
        QVERIFY2((p - q).manhattanLength() < 1.0,
                 qPrintable(QStringLiteral("%1: %2,%3 vs %4,%5").arg(id).arg(p.x()).arg(p.y()).arg(q.x()).arg(q.y())));
    }
    QVERIFY(colouredPixels(primary->grabImage()) > 5000);
    QVERIFY(colouredPixels(compare->grabImage()) > 5000);
}

void TestComparePanel::camerasMoveTogether()
{
    QVERIFY(openPair(m_ids.a, m_ids.c));
    SurfaceView *primary = m_panel->view(ComparePanel::Primary);
    SurfaceView *compare = m_panel->view(ComparePanel::Compare);
    QVERIFY(sameCamera(cameraOf(primary), cameraOf(compare)));
    const QImage before = compare->grabImage();
    cameraOf(primary)->Azimuth(50.0);
    cameraOf(primary)->Zoom(1.4);
    QVERIFY(sameCamera(cameraOf(primary), cameraOf(compare)));
    // ... and the other view's picture changes with it.
    QVERIFY(compare->grabImage() != before);
    // Either way round.
    cameraOf(compare)->Elevation(-20.0);
    QVERIFY(sameCamera(cameraOf(primary), cameraOf(compare)));
    // A drag in the compare view (what the interactor does) moves the primary.
    const QPointF from = QPointF(compare->vtkWidget()->width() / 2.0, compare->vtkWidget()->height() / 2.0);
    const double *was = cameraOf(primary)->GetPosition();
    const double wasX = was[0], wasY = was[1];
    QTest::mousePress(compare->vtkWidget(), Qt::LeftButton, {}, from.toPoint());
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(compare->vtkWidget(), (from + QPointF(12.0 * step, 0)).toPoint());
    QTest::mouseRelease(compare->vtkWidget(), Qt::LeftButton, {}, (from + QPointF(60, 0)).toPoint());
    const double *now = cameraOf(primary)->GetPosition();
    QVERIFY(std::abs(now[0] - wasX) + std::abs(now[1] - wasY) > 1e-6);
    QVERIFY(sameCamera(cameraOf(primary), cameraOf(compare)));
}

void TestComparePanel::sharedSelection()
{
    QVERIFY(openPair(m_ids.a, m_ids.c));
    SurfaceView *primary = m_panel->view(ComparePanel::Primary);
    SurfaceView *compare = m_panel->view(ComparePanel::Compare);
    const QColor highlight = QColor::fromRgbF(1.0f, 0.1f, 0.75f);
    QCOMPARE(countNear(primary->grabImage(), highlight, 50), 0);
    QCOMPARE(countNear(compare->grabImage(), highlight, 50), 0);

    SelectionHub *hub = m_workspace->selectionHub();
    hub->setSelection({7}, this);
    QCOMPARE(primary->highlighted(), std::vector<int>{m_panel->rowOf(ComparePanel::Primary, 7)});
    QCOMPARE(compare->highlighted(), std::vector<int>{m_panel->rowOf(ComparePanel::Compare, 7)});
    QVERIFY(countNear(primary->grabImage(), highlight, 50) > 20);
    QVERIFY(countNear(compare->grabImage(), highlight, 50) > 20);

    // Picking in either view selects in the hub, and both show it.
    Q_EMIT compare->pointPicked(m_panel->rowOf(ComparePanel::Compare, 12));
    QCOMPARE(hub->selection(), std::vector<ConfigId>{12});
    QCOMPARE(primary->highlighted(), std::vector<int>{m_panel->rowOf(ComparePanel::Primary, 12)});
    Q_EMIT primary->pointPicked(-1); // empty space clears
    QVERIFY(hub->selection().empty());
    QVERIFY(compare->highlighted().empty());
}

void TestComparePanel::differenceView()
{
    QVERIFY(openPair(m_ids.a, m_ids.b));
    SurfaceView *difference = m_panel->view(ComparePanel::Difference);
    m_panel->setDifferenceVisible(true);
    QVERIFY(difference->isVisible());
    QCOMPARE(difference->pointCount(), 20);
    QCOMPARE(difference->colourMap(), QStringLiteral("coolwarm"));
    QVERIFY(sameCamera(cameraOf(difference), cameraOf(m_panel->view(ComparePanel::Primary))));
    difference->setViewMode(SurfaceView::ViewMode::TopDown); // flat colours; the others follow
    QVERIFY(sameCamera(cameraOf(difference), cameraOf(m_panel->view(ComparePanel::Primary))));
    // b - a runs from +19 to -19, symmetric: both ends of coolwarm appear.
    const QImage image = difference->grabImage();
    QVERIFY(countNear(image, QColor(0x3b, 0x4c, 0xc0), 30) > 50);
    QVERIFY(countNear(image, QColor(0xb4, 0x04, 0x26), 30) > 50);
}

// With HPLX_SCREENSHOT_DIR set: the panel on the sample database, for a person to look at.
void TestComparePanel::screenshot()
{
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("HPLX_SCREENSHOT_DIR not set");
    const QString sample = QStringLiteral(HPLX_TEST_FIXTURES "/../../resources/samples/sample.db");
    m_workspace->setDatabase(sample, std::make_shared<const LandscapeDatabase>(sample.toStdString()));
    m_panel->resize(1500, 600);
    m_panel->show();
    QVERIFY(m_workspace->select(9));
    QVERIFY(QTest::qWaitFor([&] { return m_workspace->landscapes() && !m_workspace->isBusy(); }, 60000));
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/compare_message.png")));
    QVERIFY(openPair(9, 18));
    m_panel->setDifferenceVisible(true);
    m_workspace->selectionHub()->setSelection({10, 500}, this);
    QTest::qWait(200);
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/compare.png")));
}

int main(int argc, char **argv)
{
    VtkWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestComparePanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_comparepanel.moc"
