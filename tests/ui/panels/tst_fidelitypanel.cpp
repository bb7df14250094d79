// The fidelity panel on the hand-worked database of PanelTestDatabase.h:
// one point per fidelity at the right x, rank agreement with the highest
// fidelity worked out by hand, stepping selects the neighbouring fidelity's
// landscape as the primary, and a landscape without fidelity axis gives a message.
#include "ui/panels/PanelTestDatabase.h"
#include "ui/panels/PanelTestHelpers.h"

#include "model/MetricDescriptions.h"
#include "panels/FidelityPanel.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace hplx;
using namespace hplxtest;

namespace {

QList<double> xs(const QList<QPointF> &points)
{
    QList<double> out;
    for (const QPointF &p : points)
        out << p.x();
    return out;
}

QList<double> ys(const QList<QPointF> &points)
{
    QList<double> out;
    for (const QPointF &p : points)
        out << p.y();
    return out;
}

QLineSeries *seriesNamed(QChartView *view, const QString &name)
{
    for (QAbstractSeries *series : view->chart()->series())
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    return nullptr;
}

bool showsMessage(const FidelityPanel &panel)
{
    const auto *stack = panel.findChild<QStackedWidget *>();
    return stack->currentWidget() == panel.findChild<QLabel *>(QStringLiteral("fidelityMessage"));
}

} // namespace

class TestFidelityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onePointPerFidelity();
    void rankAgreementWithHighestFidelity();
    void steppingSelectsNeighbour();
    void chosenMetricsDrawn();
    void noFidelityAxisMessage();
    void sampleScreenshot();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestFidelityPanel::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("panels.db"));
    writePanelDatabase(m_db);
    const LandscapeDatabase db(m_db.toStdString());
    QCOMPARE(db.landscapeInfo(3).key.fidelityValue, std::optional<double>(0.1));
    QCOMPARE(db.landscapeInfo(5).key.fidelityValue, std::optional<double>(0.25));
}

void TestFidelityPanel::onePointPerFidelity()
{
    WorkspaceFixture fixture(m_db);
    FidelityPanel panel(&fixture.workspace);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(fixture.workspace.select(5)); // data_fraction 0.25, test
    QVERIFY(waitIdle(fixture.workspace));

    // The test-split siblings, ascending fidelity (catalogue order is 1, 0.1, 0.25).
    QCOMPARE(panel.steps().size(), std::size_t(3));
    QCOMPARE(panel.steps()[0].landscapeId, qint64(3));
    QCOMPARE(panel.steps()[1].landscapeId, qint64(5));
    QCOMPARE(panel.steps()[2].landscapeId, qint64(1));
    QCOMPARE(panel.currentStep(), 1);
    QCOMPARE(panel.fidelityName(), QStringLiteral("data_fraction"));
    QCOMPARE(panel.markerPosition(), 0.25);

    // Neighbouring losses differ by at least 1 > eps = 0.01: neutrality 0 everywhere.
    const QList<QPointF> nu = panel.metricPoints(QStringLiteral("nu"));
    QCOMPARE(xs(nu), (QList<double>{0.1, 0.25, 1.0}));
    QCOMPARE(ys(nu), (QList<double>{0.0, 0.0, 0.0}));
    QCOMPARE(xs(panel.metricPoints(QStringLiteral("l_ast"))), (QList<double>{0.1, 0.25, 1.0}));
    QLineSeries *line = seriesNamed(panel.metricsView(), QStringLiteral("nu"));
    QVERIFY(line);
    QCOMPARE(line->count(), 3);
    QVERIFY(line->pointsVisible());
    // 0.1 to 1 spans a factor 10: a log fidelity axis titled with the fidelity's name.
    const auto horizontal = panel.metricsView()->chart()->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    QVERIFY(qobject_cast<QLogValueAxis *>(horizontal.first()));
    QCOMPARE(horizontal.first()->titleText(), QStringLiteral("data_fraction"));
    // The current fidelity's dashed marker line.
    QLineSeries *marker = seriesNamed(panel.metricsView(), FidelityPanel::tr("current fidelity"));
    QVERIFY(marker);
    QCOMPARE(marker->at(0).x(), 0.25);

    // The train split has its own axis: ids 4 (0.1), 6 (0.25), 2 (1).
    QVERIFY(fixture.workspace.select(2));
    QVERIFY(waitIdle(fixture.workspace));
    QCOMPARE(panel.steps().size(), std::size_t(3));
    QCOMPARE(panel.steps()[0].landscapeId, qint64(4));
    QCOMPARE(panel.steps()[2].landscapeId, qint64(2));
    QCOMPARE(panel.currentStep(), 2);
}

void TestFidelityPanel::rankAgreementWithHighestFidelity()
{
    WorkspaceFixture fixture(m_db);
    FidelityPanel panel(&fixture.workspace);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(fixture.workspace.select(1));
    QVERIFY(waitIdle(fixture.workspace));

    // Reference (data_fraction 1): [1, 3, 5, 2, 4, 9], ranks [1, 3, 5, 2, 4, 6].
    // 0.1: [1, 3, 5, 2, 9, 4], ranks [1, 3, 5, 2, 6, 4]: sum d^2 = 8,
    //      rho = 1 - 6 * 8 / (6 * 35) = 27 / 35; top-1 sets {0} and {0}: IoU 1.
    // 0.25: [9, 4, 2, 5, 3, 1], ranks 7 - r: rho = -1; top-1 {5} vs {0}: IoU 0.
    // 1: itself, rho = 1, IoU = 1.
    const QList<QPointF> rho = panel.agreementPoints(QStringLiteral("spearman"));
    QCOMPARE(xs(rho), (QList<double>{0.1, 0.25, 1.0}));
    QCOMPARE(rho.size(), 3);
    QVERIFY(std::abs(rho[0].y() - 27.0 / 35.0) < 1e-12);
    QCOMPARE(rho[1].y(), -1.0);
    QCOMPARE(rho[2].y(), 1.0);
    const QList<QPointF> iou = panel.agreementPoints(QStringLiteral("gamma_set"));
    QCOMPARE(xs(iou), (QList<double>{0.1, 0.25, 1.0}));
    QCOMPARE(ys(iou), (QList<double>{1.0, 0.0, 1.0}));
    QCOMPARE(panel.agreementView()->chart()->series().size(), 3); // two lines + the marker
    QCOMPARE(seriesNamed(panel.agreementView(), FidelityPanel::tr("Spearman ρ"))->count(), 3);
}

void TestFidelityPanel::steppingSelectsNeighbour()
{
    WorkspaceFixture fixture(m_db);
    FidelityPanel panel(&fixture.workspace);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(fixture.workspace.select(5));
    QVERIFY(waitIdle(fixture.workspace));
    auto *label = panel.findChild<QLabel *>(QStringLiteral("fidelityLabel"));
    auto *next = panel.findChild<QToolButton *>(QStringLiteral("fidelityNext"));
    auto *previous = panel.findChild<QToolButton *>(QStringLiteral("fidelityPrevious"));
    auto *slider = panel.findChild<QSlider *>(QStringLiteral("fidelitySlider"));
    QCOMPARE(label->text(), QStringLiteral("fidelity: data_fraction = 0.25"));

    // ▶ from 0.25 goes to 1 (landscape 1); every view follows the workspace.
    QSignalSpy changed(&fixture.workspace, &Workspace::landscapesChanged);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(fixture.workspace.primaryId(), qint64(1));
    QVERIFY(waitIdle(fixture.workspace));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(label->text(), QStringLiteral("fidelity: data_fraction = 1"));
    QCOMPARE(panel.markerPosition(), 1.0);
    QVERIFY(!next->isEnabled());
    QCOMPARE(slider->value(), 2);
    // Cached metrics survive the step: still a point per fidelity.
    QCOMPARE(panel.metricPoints(QStringLiteral("nu")).size(), 3);

    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(fixture.workspace.primaryId(), qint64(5));
    QVERIFY(waitIdle(fixture.workspace));
    panel.stepBy(-1);
    QCOMPARE(fixture.workspace.primaryId(), qint64(3));
    QVERIFY(waitIdle(fixture.workspace));
    QVERIFY(!previous->isEnabled());
    slider->setValue(2);
    QCOMPARE(fixture.workspace.primaryId(), qint64(1));
    QVERIFY(waitIdle(fixture.workspace));

    // The comparison is kept across steps.
    QVERIFY(fixture.workspace.select(1, 7));
    QVERIFY(waitIdle(fixture.workspace));
    panel.stepTo(0);
    QCOMPARE(fixture.workspace.primaryId(), qint64(3));
    QCOMPARE(fixture.workspace.compareId(), qint64(7));
    QVERIFY(waitIdle(fixture.workspace));
}

void TestFidelityPanel::chosenMetricsDrawn()
{
    WorkspaceFixture fixture(m_db);
    FidelityPanel panel(&fixture.workspace);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(fixture.workspace.select(1));
    QVERIFY(waitIdle(fixture.workspace));
    QCOMPARE(panel.shownMetrics(), FidelityPanel::defaultMetrics());
    const QColor first(0x1f, 0x77, 0xb4); // the palette colour of l_ast, the first metric
    QVERIFY(countColour(grabImage(panel.metricsView()), first, 20) > 20);

    QSignalSpy redrawn(&panel, &FidelityPanel::chartsChanged);
    panel.setShownMetrics({QStringLiteral("n_lo"), QStringLiteral("fdc")});
    QVERIFY(redrawn.count() >= 1);
    QCOMPARE(panel.shownMetrics(), (QStringList{QStringLiteral("n_lo"), QStringLiteral("fdc")}));
    QVERIFY(seriesNamed(panel.metricsView(), QStringLiteral("n_lo")));
    QVERIFY(!seriesNamed(panel.metricsView(), QStringLiteral("l_ast")));
    QCOMPARE(countColour(grabImage(panel.metricsView()), first, 20), 0);
}

void TestFidelityPanel::noFidelityAxisMessage()
{
    WorkspaceFixture fixture(m_db);
    FidelityPanel panel(&fixture.workspace);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(fixture.workspace.select(7)); // svm, no fidelity axis
    QVERIFY(waitIdle(fixture.workspace));
    QVERIFY(panel.steps().empty());
    QVERIFY(showsMessage(panel));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("fidelityMessage"))
                ->text()
                .contains(QStringLiteral("no fidelity axis")));
    QVERIFY(fixture.workspace.select(1));
    QVERIFY(waitIdle(fixture.workspace));
    QVERIFY(!showsMessage(panel));
}

void TestFidelityPanel::sampleScreenshot()
{
    if (!QFile::exists(sampleDatabase()))
        QSKIP("sample database not found");
    WorkspaceFixture fixture(sampleDatabase());
    FidelityPanel panel(&fixture.workspace);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(fixture.workspace.select(sampleLandscape(*fixture.workspace.database())));
    QVERIFY(waitIdle(fixture.workspace));
    QCOMPARE(panel.steps().size(), std::size_t(3));
    QCOMPARE(panel.metricPoints(QStringLiteral("rho_a")).size(), 3);
    panel.stepBy(-1);
    QVERIFY(waitIdle(fixture.workspace));
    // The picture for looking at (HPLX_SCREENSHOT_DIR), not for the test.
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString path = QDir(dir).filePath(QStringLiteral("hplx-fidelity.png"));
    settle();
    QVERIFY(panel.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestFidelityPanel)
#include "tst_fidelitypanel.moc"
