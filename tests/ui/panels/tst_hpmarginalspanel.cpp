// The HP marginals panel on a hand-worked 2 x 3 grid (PanelTestDatabase.h):
// box statistics per HP value, a click on a box selects exactly that value's
// configurations, other views' selections are overlaid as points, and the
// functional ANOVA bars are sorted with shares worked out by hand.
#include "ui/panels/PanelTestDatabase.h"
#include "ui/panels/PanelTestHelpers.h"

#include "model/SelectionHub.h"
#include "panels/HpMarginalsPanel.h"

#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QScatterSeries>

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hplx;
using namespace hplxtest;

namespace {

QBoxPlotSeries *boxSeries(const HpMarginalsPanel &panel)
{
    for (QAbstractSeries *series : panel.boxView()->chart()->series())
        if (auto *box = qobject_cast<QBoxPlotSeries *>(series))
            return box;
    return nullptr;
}

// The scatter series added last holds the selection overlay.
QScatterSeries *selectionSeries(const HpMarginalsPanel &panel)
{
    QScatterSeries *last = nullptr;
    for (QAbstractSeries *series : panel.boxView()->chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            last = scatter;
    return last;
}

// Where the box of category `value` is drawn, at height y, in viewport pixels.
QPoint boxPoint(const HpMarginalsPanel &panel, int value, double y)
{
    QChart *chart = panel.boxView()->chart();
    const QPointF position = chart->mapToPosition(QPointF(value, y), boxSeries(panel));
    return panel.boxView()->mapFromScene(chart->mapToScene(position));
}

const QColor kHighlight(0xf4, 0xa2, 0x61); // the panel's colour of the box it selected
const QColor kSelection(0xd6, 0x27, 0x28); // the panel's selection points
const QColor kBars(0x2b, 0x5c, 0x8a);      // the panel's fANOVA bars

} // namespace

class TestHpMarginalsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boxesPerValue();
    void clickingBoxSelectsItsConfigurations();
    void externalSelectionDrawnAsPoints();
    void fanovaSharesSortedRaw();
    void fanovaSharesOnRankScale();
    void errorsShownInPanel();
    void sampleScreenshot();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestHpMarginalsPanel::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("panels.db"));
    writePanelDatabase(m_db);
    // The ids the tests rely on (PanelTestDatabase.h).
    const LandscapeDatabase db(m_db.toStdString());
    QCOMPARE(db.landscapeInfo(1).key.fidelityValue, std::optional<double>(1.0));
    QCOMPARE(db.landscapeInfo(2).key.split, std::string("train"));
    QCOMPARE(db.landscapeInfo(7).key.model, std::string("svm"));
}

void TestHpMarginalsPanel::boxesPerValue()
{
    WorkspaceFixture fixture(m_db);
    HpMarginalsPanel panel(&fixture.workspace);
    panel.resize(1000, 480);
    panel.show();
    QVERIFY(fixture.workspace.select(1)); // data_fraction 1, test: [1, 3, 5, 2, 4, 9]
    QVERIFY(waitIdle(fixture.workspace));
    QCOMPARE(panel.hpIndex(), 0);

    // eta = 0.1: {1, 3, 5}: Q1 = 2, median 3, Q3 = 4; eta = 0.3: {2, 4, 9}: 3, 4, 6.5.
    auto boxes = panel.boxes();
    QCOMPARE(boxes.size(), std::size_t(2));
    QCOMPARE(boxes[0].lowerQuartile, 2.0);
    QCOMPARE(boxes[0].median, 3.0);
    QCOMPARE(boxes[1].upperQuartile, 6.5);
    QCOMPARE(boxes[1].upperWhisker, 9.0);

    QSignalSpy changed(&panel, &HpMarginalsPanel::boxesChanged);
    panel.setHpIndex(1);
    QVERIFY(changed.wait(10000));
    // max_depth 2: {1, 2}; 4: {3, 4}; 8: {5, 9} -> Q1 = 5 + 0.25 * 4 = 6, median 7, Q3 8.
    boxes = panel.boxes();
    QCOMPARE(boxes.size(), std::size_t(3));
    QCOMPARE(boxes[0].median, 1.5);
    QCOMPARE(boxes[1].median, 3.5);
    QCOMPARE(boxes[2].lowerQuartile, 6.0);
    QCOMPARE(boxes[2].median, 7.0);
    QCOMPARE(boxes[2].upperQuartile, 8.0);
    QCOMPARE(boxes[2].lowerWhisker, 5.0);
    QCOMPARE(boxes[2].upperWhisker, 9.0);
    const QBoxPlotSeries *series = boxSeries(panel);
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
    QCOMPARE(series->boxSets()[2]->label(), QStringLiteral("8"));
    QCOMPARE(series->boxSets()[2]->at(QBoxSet::Median), 7.0);

    // Axis titles: the HP and the loss.
    const auto horizontal = panel.boxView()->chart()->axes(Qt::Horizontal);
    QVERIFY(std::any_of(horizontal.begin(), horizontal.end(),
                        [](QAbstractAxis *a) { return a->titleText() == QStringLiteral("max_depth"); }));
    QCOMPARE(panel.boxView()->chart()->axes(Qt::Vertical).first()->titleText(), QStringLiteral("1-accuracy"));
}

void TestHpMarginalsPanel::clickingBoxSelectsItsConfigurations()
{
    WorkspaceFixture fixture(m_db);
    HpMarginalsPanel panel(&fixture.workspace);
    panel.resize(1000, 480);
    panel.show();
    QVERIFY(fixture.workspace.select(1));
    QVERIFY(waitIdle(fixture.workspace));
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SelectionHub *hub = fixture.workspace.selectionHub();
    QSignalSpy selected(hub, &SelectionHub::selectionChanged);
    QCOMPARE(countColour(grabImage(panel.boxView()), kHighlight), 0);

    // A real click inside the eta = 0.3 box (between its quartiles 3 and 6.5).
    QTest::mouseClick(panel.boxView()->viewport(), Qt::LeftButton, {}, boxPoint(panel, 1, 4.5));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().value<QObject *>(), &panel);
    // eta = 0.3 is the second value: ids 3, 4, 5.
    QCOMPARE(hub->selection(), (std::vector<ConfigId>{3, 4, 5}));
    // The echo keeps the clicked box highlighted and draws no points in it.
    QVERIFY(countColour(grabImage(panel.boxView()), kHighlight) > 200);
    QCOMPARE(selectionSeries(panel)->count(), 0);

    // max_depth = 8 (third value): ids 2 and 5.
    QSignalSpy changed(&panel, &HpMarginalsPanel::boxesChanged);
    panel.setHpIndex(1);
    QVERIFY(changed.wait(10000));
    QTest::mouseClick(panel.boxView()->viewport(), Qt::LeftButton, {}, boxPoint(panel, 2, 7.0));
    QCOMPARE(hub->selection(), (std::vector<ConfigId>{2, 5}));
    panel.selectValue(0);
    QCOMPARE(hub->selection(), (std::vector<ConfigId>{0, 3}));
}

void TestHpMarginalsPanel::externalSelectionDrawnAsPoints()
{
    WorkspaceFixture fixture(m_db);
    HpMarginalsPanel panel(&fixture.workspace);
    panel.resize(1000, 480);
    panel.show();
    QVERIFY(fixture.workspace.select(1));
    QVERIFY(waitIdle(fixture.workspace));
    QCOMPARE(countColour(grabImage(panel.boxView()), kSelection), 0);

    // Another view selects ids 0 (eta 0.1, loss 1) and 5 (eta 0.3, loss 9).
    fixture.workspace.selectionHub()->setSelection({0, 5}, nullptr);
    const QScatterSeries *points = selectionSeries(panel);
    QCOMPARE(points->count(), 2);
    QVERIFY(std::abs(points->at(0).x() - 0.0) <= 0.2);
    QCOMPARE(points->at(0).y(), 1.0);
    QVERIFY(std::abs(points->at(1).x() - 1.0) <= 0.2);
    QCOMPARE(points->at(1).y(), 9.0);
    QVERIFY(countColour(grabImage(panel.boxView()), kSelection) > 10);
    fixture.workspace.selectionHub()->setSelection({}, nullptr);
    QCOMPARE(selectionSeries(panel)->count(), 0);
}

void TestHpMarginalsPanel::fanovaSharesSortedRaw()
{
    WorkspaceFixture fixture(m_db);
    HpMarginalsPanel panel(&fixture.workspace);
    panel.resize(1000, 480);
    panel.show();
    QVERIFY(fixture.workspace.select(1));
    QVERIFY(waitIdle(fixture.workspace));

    // L(eta, depth) = [[1, 3, 5], [2, 4, 9]], mean 4, total variance 40 / 6.
    // eta means 3 and 5: effects -1, +1 -> variance 1 = 6 / 6.
    // depth means 1.5, 3.5, 7: effects -2.5, -0.5, 3 -> (6.25 + 0.25 + 9) * 2 / 6 = 15.5 / 3.
    // Residuals [[0.5, 0.5, -1], [-0.5, -0.5, 1]] -> variance 3 / 6.
    // Shares: max_depth (15.5 / 3) / (40 / 6) = 31 / 40 = 77.5 %, eta 6 / 40 = 15 %, interaction 3 / 40 = 7.5 %.
    const auto &bars = panel.fanovaBars();
    QCOMPARE(bars.size(), std::size_t(3));
    QCOMPARE(bars[0].label, QStringLiteral("max_depth"));
    QCOMPARE(bars[1].label, QStringLiteral("eta"));
    QCOMPARE(bars[2].label, QStringLiteral("eta × max_depth"));
    QVERIFY(std::abs(bars[0].share - 0.775) < 1e-12);
    QVERIFY(std::abs(bars[1].share - 0.15) < 1e-12);
    QVERIFY(std::abs(bars[2].share - 0.075) < 1e-12);
    QVERIFY(!panel.fanovaFailed());
    QVERIFY(panel.fanovaText().contains(QStringLiteral("3 largest of 3")));

    // Drawn largest on top: more bar pixels in the upper half of the plot.
    const QImage image = grabImage(panel.fanovaView());
    const QRect plot = panel.fanovaView()->chart()->plotArea().toRect();
    const int upper = countColour(image.copy(plot.x(), plot.y(), plot.width(), plot.height() / 2), kBars);
    const int lower =
        countColour(image.copy(plot.x(), plot.y() + plot.height() / 2, plot.width(), plot.height() / 2), kBars);
    QVERIFY2(upper > 2 * lower && lower > 0, qPrintable(QStringLiteral("%1 vs %2").arg(upper).arg(lower)));
}

void TestHpMarginalsPanel::fanovaSharesOnRankScale()
{
    WorkspaceFixture fixture(m_db);
    HpMarginalsPanel panel(&fixture.workspace);
    panel.resize(1000, 480);
    panel.show();
    QVERIFY(fixture.workspace.select(1));
    QVERIFY(waitIdle(fixture.workspace));
    QSignalSpy changed(&panel, &HpMarginalsPanel::fanovaChanged);
    panel.setLossScale(LossScale::Rank);
    QVERIFY(changed.wait(10000));

    // Ranks [[1, 3, 5], [2, 4, 6]], mean 3.5, total variance 35 / 12.
    // eta means 3, 4 -> variance 1 / 4; depth means 1.5, 3.5, 5.5 -> 8 / 3;
    // residuals all 0. Shares: max_depth 32 / 35, eta 3 / 35, interaction 0.
    const auto &bars = panel.fanovaBars();
    QCOMPARE(bars.size(), std::size_t(3));
    QCOMPARE(bars[0].label, QStringLiteral("max_depth"));
    QVERIFY(std::abs(bars[0].share - 32.0 / 35.0) < 1e-12);
    QVERIFY(std::abs(bars[1].share - 3.0 / 35.0) < 1e-12);
    QVERIFY(std::abs(bars[2].share) < 1e-12);
    // The box plot follows the scale: eta = 0.1 holds ranks {1, 3, 5}.
    QTRY_COMPARE(panel.boxes().size(), std::size_t(2));
    QCOMPARE(panel.boxes()[0].median, 3.0);
    QVERIFY(panel.boxView()->chart()->axes(Qt::Vertical).first()->titleText().startsWith(QStringLiteral("rank")));
}

void TestHpMarginalsPanel::errorsShownInPanel()
{
    WorkspaceFixture fixture(m_db);
    HpMarginalsPanel panel(&fixture.workspace);
    panel.resize(1000, 480);
    panel.show();
    QSignalSpy failed(&fixture.workspace, &Workspace::failed);

    // The train landscape has a zero loss: no log scale.
    panel.setLossScale(LossScale::Log);
    QVERIFY(fixture.workspace.select(2));
    QVERIFY(waitIdle(fixture.workspace));
    QVERIFY(panel.fanovaFailed());
    QVERIFY(panel.fanovaBars().empty());
    QVERIFY(panel.fanovaText().contains(QStringLiteral("log scale needs every loss > 0")));
    QVERIFY(panel.boxes().empty());

    // A partial landscape: the exact decomposition is not available.
    panel.setLossScale(LossScale::Raw);
    QVERIFY(fixture.workspace.select(7));
    QVERIFY(waitIdle(fixture.workspace));
    QVERIFY(panel.fanovaFailed());
    QVERIFY(panel.fanovaText().contains(QStringLiteral("not available on partial data")));
    // The box plot still works on what was evaluated: eta = 0.1 has {0.2, 0.3}.
    QCOMPARE(panel.boxes().size(), std::size_t(2));
    QCOMPARE(panel.boxes()[0].count, std::size_t(2));
    QCOMPARE(failed.count(), 0); // messages in the panel, no error dialogs
}

void TestHpMarginalsPanel::sampleScreenshot()
{
    if (!QFile::exists(sampleDatabase()))
        QSKIP("sample database not found");
    WorkspaceFixture fixture(sampleDatabase());
    HpMarginalsPanel panel(&fixture.workspace);
    panel.resize(1200, 520);
    panel.show();
    QVERIFY(fixture.workspace.select(sampleLandscape(*fixture.workspace.database())));
    QVERIFY(waitIdle(fixture.workspace));
    QSignalSpy changed(&panel, &HpMarginalsPanel::boxesChanged);
    panel.setHpIndex(1);
    QVERIFY(changed.wait(20000));
    fixture.workspace.selectionHub()->setSelection({0, 7, 100, 333, 500, 777, 1000}, nullptr);
    const int values = static_cast<int>(fixture.workspace.landscapes()->primaryLandscape()->space().hp(1).size());
    QCOMPARE(static_cast<int>(panel.boxes().size()), values);
    QVERIFY(!panel.fanovaFailed());
    QVERIFY(panel.fanovaBars().size() <= std::size_t(HpMarginalsPanel::kMaxBars));
    for (std::size_t i = 1; i < panel.fanovaBars().size(); ++i)
        QVERIFY(panel.fanovaBars()[i - 1].share >= panel.fanovaBars()[i].share);
    // The picture for looking at (HPLX_SCREENSHOT_DIR), not for the test.
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString path = QDir(dir).filePath(QStringLiteral("hplx-hpmarginals.png"));
    settle();
    QVERIFY(panel.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    // The rank scale with a clicked box, for a second look.
    QSignalSpy fanova(&panel, &HpMarginalsPanel::fanovaChanged);
    panel.setLossScale(LossScale::Rank);
    QVERIFY(fanova.wait(20000));
    QTRY_VERIFY(panel.boxView()->chart()->axes(Qt::Vertical).first()->titleText().startsWith(QStringLiteral("rank")));
    panel.selectValue(2);
    settle();
    QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("hplx-hpmarginals-rank.png"))));
}

QTEST_MAIN(TestHpMarginalsPanel)
#include "tst_hpmarginalspanel.moc"
