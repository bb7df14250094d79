// ScatterChart on the offscreen platform: the decimation keeps one point per
// occupied (group, cell) and drops nothing from the data; brushing with real
// mouse events on the viewport selects exactly the configurations inside the
// band (positions worked out from the plot area, not from the chart's own
// mapping); a selection made elsewhere paints highlight pixels on the right
// points only; 62,208 points are drawn within the marker budget.
#include "charts/ColourGroups.h"
#include "charts/PointDecimation.h"
#include "charts/ScatterChart.h"
#include "model/SelectionHub.h"

#include <QImage>
#include <QSignalSpy>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QtTest>

#include <random>
#include <set>
#include <tuple>

using namespace hplx;

namespace {

// A small hand-made landscape: six configurations at known positions on a
// 0..4 window (the losses of two landscapes, say).
const std::vector<double> kX{1.0, 2.0, 3.0, 1.0, 3.0, 2.0};
const std::vector<double> kY{1.0, 2.0, 3.0, 3.0, 1.0, 0.2};
const std::vector<ConfigId> kIds{0, 1, 2, 3, 4, 5};

bool isHighlight(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 90 && qBlue(pixel) > 200;
}

} // namespace

class TestScatterChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimationHandWorked();
    void decimationKeepsEveryOccupiedCell_data();
    void decimationKeepsEveryOccupiedCell();
    void brushingSelectsExpectedIds();
    void clickAndHover();
    void hubSelectionPaintsHighlight();
    void manyPointsStayWithinBudget();
    void statisticsPlacementAndHoverFromHub();
    void colourGroups();
    void rangeJumpsKeepFewTicks();

private:
    // The chart at a fixed size with the window 0..4 x 0..4, shown.
    void prepare(ScatterChart &chart, SelectionHub &hub);
    // Where data (x, y) lands in the viewport, from the plot area alone.
    static QPoint pixelOf(const ScatterChart &chart, double x, double y);
};

void TestScatterChart::decimationHandWorked()
{
    // 2 x 2 cells over [0, 2]^2: cell = column + 2 * row.
    const DecimationGrid grid{0.0, 2.0, 0.0, 2.0, 2, 2};
    QCOMPARE(grid.cellOf(0.5, 0.5), std::int64_t(0));
    QCOMPARE(grid.cellOf(1.5, 0.5), std::int64_t(1));
    QCOMPARE(grid.cellOf(0.5, 1.5), std::int64_t(2));
    QCOMPARE(grid.cellOf(2.0, 2.0), std::int64_t(3)); // upper edges belong to the last cell
    QCOMPARE(grid.cellOf(2.1, 1.0), std::int64_t(-1));
    QCOMPARE(grid.cellOf(std::nan(""), 1.0), std::int64_t(-1));

    //                            row: 0    1    2    3    4    5    6    7
    const std::vector<double> x{0.5, 0.6, 1.5, 0.5, 2.0, 3.0, std::nan(""), 1.9};
    const std::vector<double> y{0.5, 0.7, 0.5, 0.5, 2.0, 3.0, 1.0, 1.9};
    const std::vector<int> g{0, 0, 0, 1, 0, 0, 0, 0};
    // Row 1 shares (group 0, cell 0) with row 0; row 3 is the same cell in
    // group 1; rows 4 and 7 share cell 3; row 5 is outside, row 6 NaN.
    const std::vector<std::uint32_t> expected{0, 2, 3, 4};
    QCOMPARE(decimatePoints(x, y, g, 2, grid), expected);
    // Without groups rows 0 and 3 share a cell too.
    QCOMPARE(decimatePoints(x, y, {}, 1, grid), (std::vector<std::uint32_t>{0, 2, 4}));
}

void TestScatterChart::decimationKeepsEveryOccupiedCell_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::newRow("sparse") << 200 << 3 << 50 << 40;
    QTest::newRow("dense") << 62208 << 4 << 300 << 200;
    QTest::newRow("hashed cells") << 20000 << 40 << 8000 << 600; // above the bitmap limit
}

void TestScatterChart::decimationKeepsEveryOccupiedCell()
{
    QFETCH(int, points);
    QFETCH(int, groups);
    QFETCH(int, columns);
    QFETCH(int, rows);
    std::mt19937 random(7);
    std::normal_distribution<double> normal(0.5, 0.25); // some points fall outside [0, 1]
    std::uniform_int_distribution<int> pick(0, groups - 1);
    const auto count = static_cast<std::size_t>(points);
    std::vector<double> x(count), y(count);
    std::vector<int> g(count);
    for (int i = 0; i < points; ++i) {
        x[std::size_t(i)] = normal(random);
        y[std::size_t(i)] = normal(random);
        g[std::size_t(i)] = pick(random);
    }
    const DecimationGrid grid{0.0, 1.0, 0.0, 1.0, columns, rows};
    const std::vector<std::uint32_t> kept = decimatePoints(x, y, g, groups, grid);

    // Brute force: the occupied (group, column, row) triples, and the first
    // row of each, straight from the definition.
    std::map<std::tuple<int, int, int>, std::uint32_t> first;
    for (int i = 0; i < points; ++i) {
        const double px = x[std::size_t(i)], py = y[std::size_t(i)];
        if (px < 0.0 || px > 1.0 || py < 0.0 || py > 1.0)
            continue;
        const int c = std::min(columns - 1, int(px * columns));
        const int r = std::min(rows - 1, int(py * rows));
        first.emplace(std::make_tuple(g[std::size_t(i)], c, r), std::uint32_t(i));
    }
    std::vector<std::uint32_t> expected;
    for (const auto &entry : first)
        expected.push_back(entry.second);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(kept.size(), first.size());
    QCOMPARE(kept, expected);
    QVERIFY(kept.size() <= std::size_t(points));
    // The input is untouched: statistics keep every row.
    QCOMPARE(x.size(), std::size_t(points));
}

QPoint TestScatterChart::pixelOf(const ScatterChart &chart, double x, double y)
{
    // Linear in the plot area, y upwards; the chart item sits at the scene
    // origin and the view shows the scene unscaled.
    const QRectF area = chart.chart()->plotArea();
    const auto *ax = chart.axisX();
    const auto *ay = chart.axisY();
    const double px = area.left() + (x - ax->min()) / (ax->max() - ax->min()) * area.width();
    const double py = area.bottom() - (y - ay->min()) / (ay->max() - ay->min()) * area.height();
    return QPointF(px, py).toPoint();
}

void TestScatterChart::prepare(ScatterChart &chart, SelectionHub &hub)
{
    chart.resize(640, 480);
    chart.setSelectionHub(&hub);
    chart.setPoints(kX, kY, kIds);
    chart.setAxisRanges(0.0, 4.0, 0.0, 4.0);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    QCOMPARE(chart.chart()->mapToScene(QPointF(0, 0)), QPointF(0, 0));
    QCOMPARE(chart.drawnPointCount(), std::size_t(6)); // few points: nothing thinned
}

void TestScatterChart::brushingSelectsExpectedIds()
{
    SelectionHub hub(10);
    ScatterChart chart;
    prepare(chart, hub);
    QSignalSpy changed(&hub, &SelectionHub::selectionChanged);
    QSignalSpy brushed(&chart, &ScatterChart::selectionBrushed);

    // Band over [0.5, 2.5] x [0.5, 2.5]: (1, 1) and (2, 2) only; (2, 0.2) is below.
    QWidget *viewport = chart.viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pixelOf(chart, 0.5, 2.5));
    QTest::mouseMove(viewport, pixelOf(chart, 1.5, 1.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pixelOf(chart, 2.5, 0.5));
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{0, 1}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QObject *>(), static_cast<QObject *>(&chart));
    QCOMPARE(brushed.count(), 1);
    QCOMPARE(chart.drawnHighlightCount(), std::size_t(2));

    // Shift adds [2.5, 3.5] x [0.5, 3.5]: (3, 3) and (3, 1).
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, pixelOf(chart, 2.5, 3.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, pixelOf(chart, 3.5, 0.5));
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{0, 1, 2, 4}));

    // A new band without Shift replaces: [0, 4] x [0, 0.5] holds (2, 0.2) only.
    QTest::mousePress(viewport, Qt::LeftButton, {}, pixelOf(chart, 0.05, 0.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pixelOf(chart, 3.95, 0.05));
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{5}));
}

void TestScatterChart::clickAndHover()
{
    SelectionHub hub(10);
    ScatterChart chart;
    prepare(chart, hub);
    QWidget *viewport = chart.viewport();

    // A click two pixels off (1, 3) selects configuration 3.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pixelOf(chart, 1.0, 3.0) + QPoint(2, -1));
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{3}));
    // Shift-click adds (3, 1).
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, pixelOf(chart, 3.0, 1.0));
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{3, 4}));
    // A click on empty space clears.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pixelOf(chart, 2.0, 3.5));
    QVERIFY(hub.selection().empty());

    // Hovering near (3, 3) sets the hovered id, with the chart as source.
    QSignalSpy hovered(&hub, &SelectionHub::hoveredChanged);
    QTest::mouseMove(viewport, pixelOf(chart, 3.0, 3.0) + QPoint(1, 1));
    QCOMPARE(hub.hovered(), std::optional<ConfigId>(2));
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.first().at(1).value<QObject *>(), static_cast<QObject *>(&chart));
    QTest::mouseMove(viewport, pixelOf(chart, 2.0, 3.5));
    QCOMPARE(hub.hovered(), std::nullopt);
}

void TestScatterChart::hubSelectionPaintsHighlight()
{
    SelectionHub hub(10);
    ScatterChart chart;
    prepare(chart, hub);
    auto countHighlight = [&chart](QRect *bounds) {
        const QImage image = chart.viewport()->grab().toImage();
        int count = 0;
        QRect box;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (isHighlight(image.pixel(x, y))) {
                    ++count;
                    box |= QRect(x, y, 1, 1);
                }
        if (bounds)
            *bounds = box;
        return count;
    };
    QCOMPARE(countHighlight(nullptr), 0);

    // Another view selects configuration 2 at (3, 3).
    hub.setSelection({2}, nullptr);
    QCOMPARE(chart.drawnHighlightCount(), std::size_t(1));
    QRect box;
    QVERIFY(countHighlight(&box) > 10);
    const QPoint centre = pixelOf(chart, 3.0, 3.0);
    QVERIFY2(box.adjusted(-2, -2, 2, 2).contains(centre), "highlight not at the selected point");
    QVERIFY2(box.width() < 20 && box.height() < 20, "highlight elsewhere too");
    const QImage image = chart.viewport()->grab().toImage();
    QVERIFY(isHighlight(image.pixel(centre)));
    QVERIFY(!isHighlight(image.pixel(pixelOf(chart, 1.0, 1.0))));

    // Cleared elsewhere: the highlight goes.
    hub.setSelection({}, nullptr);
    QCOMPARE(countHighlight(nullptr), 0);
}

void TestScatterChart::manyPointsStayWithinBudget()
{
    // 62,208 configurations (the size of the largest sample space), spread
    // uniformly: the worst case for thinning.
    constexpr int n = 62208;
    std::mt19937 random(3);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> x(n), y(n);
    std::vector<ConfigId> ids(n);
    ColourGrouping grouping;
    grouping.groups = {{QStringLiteral("a"), qualitativeColour(0)},
                       {QStringLiteral("b"), qualitativeColour(1)},
                       {QStringLiteral("c"), qualitativeColour(2)}};
    for (int i = 0; i < n; ++i) {
        x[std::size_t(i)] = uniform(random);
        y[std::size_t(i)] = 0.5 * x[std::size_t(i)] + 0.5 * uniform(random);
        ids[std::size_t(i)] = ConfigId(i);
        grouping.groupOfRow.push_back(i % 3);
    }
    SelectionHub hub(n);
    ScatterChart chart;
    chart.resize(800, 600);
    chart.setSelectionHub(&hub);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setPoints(x, y, ids);
    chart.setGrouping(grouping);
    QCoreApplication::processEvents();
    QCOMPARE(chart.pointCount(), std::size_t(n));
    QVERIFY(chart.drawnPointCount() > 0);
    QVERIFY2(chart.drawnPointCount() <= chart.maxDrawnPoints(), qPrintable(QString::number(chart.drawnPointCount())));
    // No point becomes a graphics item of its own: Qt's series stay empty.
    for (QAbstractSeries *series : chart.chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            QCOMPARE(scatter->count(), 0);

    // Brushing the whole window still selects every configuration (full data).
    const QRectF area = chart.chart()->plotArea();
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, area.topLeft().toPoint() + QPoint(1, 1));
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, area.bottomRight().toPoint() - QPoint(1, 1));
    QCOMPARE(hub.selection().size(), std::size_t(n));
    QVERIFY(chart.drawnHighlightCount() > 0);
    QVERIFY(chart.drawnHighlightCount() <= chart.maxDrawnPoints());

    // A resize redraws within the budget too.
    chart.resize(400, 300);
    QTest::qWait(20);
    QVERIFY(chart.drawnPointCount() <= chart.maxDrawnPoints());
}

void TestScatterChart::statisticsPlacementAndHoverFromHub()
{
    SelectionHub hub(10);
    ScatterChart chart;
    prepare(chart, hub);
    // The corners of the 0..4 window are empty: the box goes inside, in the
    // first empty corner tried (bottom right).
    chart.setStatisticsText(QStringLiteral("n = 6\nrho = 1"));
    QVERIFY(chart.isStatisticsInside());
    QVERIFY(chart.chart()->title().isEmpty());
    // A point in every corner: the text moves above the plot.
    chart.setPoints({0.1, 3.9, 0.1, 3.9, 2.0}, {0.1, 0.1, 3.9, 3.9, 2.0}, {0, 1, 2, 3, 4});
    chart.setAxisRanges(0.0, 4.0, 0.0, 4.0);
    QVERIFY(!chart.isStatisticsInside());
    QVERIFY(chart.chart()->title().contains(QStringLiteral("rho = 1")));

    // A hover from another view rings the point: dark pixels around (2, 2)
    // that were not there before.
    QCoreApplication::processEvents();
    const QPoint centre = pixelOf(chart, 2.0, 2.0);
    auto darkAround = [&chart, centre] {
        const QImage image = chart.viewport()->grab().toImage();
        int dark = 0;
        for (int dy = -12; dy <= 12; ++dy)
            for (int dx = -12; dx <= 12; ++dx)
                if (qGray(image.pixel(centre + QPoint(dx, dy))) < 80)
                    ++dark;
        return dark;
    };
    const int before = darkAround();
    hub.setHovered(4, nullptr);
    QVERIFY2(darkAround() > before + 20, qPrintable(QStringLiteral("%1").arg(before)));
    hub.setHovered(std::nullopt, nullptr);
    QCOMPARE(darkAround(), before);
}

void TestScatterChart::colourGroups()
{
    // A categorical HP gets distinct colours, an ordinal one a sequence.
    const SearchSpace space({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                             Hyperparameter("opt", HpKind::Categorical, {"sgd", "adam"})});
    const std::vector<ConfigId> rows{0, 1, 2, 3, 4, 5};
    const ColourGrouping byOpt = groupByHp(space, 1, rows);
    QCOMPARE(byOpt.groups.size(), std::size_t(2));
    QCOMPARE(byOpt.groups[1].name, QStringLiteral("opt = adam"));
    QVERIFY(byOpt.groups[0].colour != byOpt.groups[1].colour);
    QCOMPARE(byOpt.groupOfRow, (std::vector<int>{0, 1, 0, 1, 0, 1}));
    const ColourGrouping byLr = groupByHp(space, 0, rows);
    QCOMPARE(byLr.groupOfRow, (std::vector<int>{0, 0, 1, 1, 2, 2}));

    // Quantile bins: 8 values in 4 bins of two; NaN gets its own group.
    const std::vector<double> values{-3, -1, 0, 1, 2, 5, 9, 20, std::nan("")};
    const ColourGrouping bins = groupByValue(values, 4, QStringLiteral("coolwarm"), true);
    QCOMPARE(bins.groups.size(), std::size_t(5));
    QCOMPARE(bins.groupOfRow, (std::vector<int>{0, 0, 1, 1, 2, 2, 3, 3, 4}));
    QCOMPARE(bins.groups[0].name, QStringLiteral("-3 … -1"));
    QCOMPARE(bins.groups[3].name, QStringLiteral("9 … 20"));
    // Centred on zero: the bin [-3, -1] is blue (below the middle), [9, 20] red.
    QVERIFY(bins.groups[0].colour.blue() > bins.groups[0].colour.red());
    QVERIFY(bins.groups[3].colour.red() > bins.groups[3].colour.blue());
}

// FC-Net's losses span 3e-5 to 7,000: going from a tiny range to a huge one
// (and back) must not create a tick per old step (millions of axis items
// froze the window before).
void TestScatterChart::rangeJumpsKeepFewTicks()
{
    ScatterChart chart;
    chart.resize(600, 400);
    chart.show();
    auto ticks = [](const QValueAxis *axis) { return (axis->max() - axis->min()) / axis->tickInterval(); };
    chart.setPoints({0.0, 0.001}, {0.0, 0.001}, {0, 1});
    QVERIFY(ticks(chart.axisX()) <= 12);
    chart.setPoints({0.0, 7000.0}, {0.0, 7000.0}, {0, 1});
    QVERIFY(ticks(chart.axisX()) <= 12);
    QVERIFY(ticks(chart.axisY()) <= 12);
    QCOMPARE(chart.axisX()->tickInterval(), 2000.0); // 7,560 / 5 = 1,512 -> 2,000
    chart.setPoints({0.0, 0.001}, {0.0, 0.001}, {0, 1});
    QVERIFY(ticks(chart.axisY()) <= 12);
    QVERIFY(chart.axisY()->tickInterval() < 0.001);
}

QTEST_MAIN(TestScatterChart)
#include "tst_scatterchart.moc"
