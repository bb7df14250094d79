// The similarity matrix tab on a hand-made database whose values are worked
// out below, the heatmap's pixels and the click that opens a pair.
//
// One space of 20 configurations (lr x 4, depth x 5; ids 0..19), model "m",
// loss "loss", all of split "test" unless said:
//   a @ frac 1   : loss = id                  ranks r_a = id + 1
//   b @ frac 1   : loss = 19 - id             ranks 21 - r_a
//   c @ frac 1   : loss = id, ids 1 and 2 swapped (loss 2 at id 1, 1 at id 2)
//   a @ frac 0.5 : loss = 2 * id              (same ranking as a @ 1)
//   c @ frac 0.5 : only id 0 evaluated        (fewer than 2 common: NaN)
//   a @ frac 1, split train: loss = id        (another split: never in the matrix)
//
// Hand-worked (n = 20, gamma = 0.1 and shake-up top 10 %: sets of ceil(2) = 2):
//   spearman(a, b) = -1 (reversed ranking).
//   spearman(a, c): d = r_a - r_c is -1 at id 1, +1 at id 2, else 0; sum d^2 = 2;
//     rho = 1 - 6 * 2 / (20 * (400 - 1)) = 1 - 12 / 7980 = 0.998496...
//   spearman(b, c) = -spearman(a, c) (r_b is r_a reversed).
//   shake-up all(a, b) = sum_i |(i + 1) - (20 - i)| / 20 / 20 = 200 / 400 = 0.5
//   shake-up all(a, c) = (1 + 1) / 20 / 20 = 0.005
//   shake-up top(a, c): a's best two {0, 1}: |d| = 0 and 1 -> 0.5 / 20 = 0.025
//   gamma IoU(a, c): {0, 1} vs {0, 2} -> 1 / 3;  overlap 1 / 2
//   gamma IoU(a, b): {0, 1} vs {19, 18} -> 0
#include "charts/HeatmapView.h"
#include "jobs/JobRunner.h"
#include "panels/SimilarityPanel.h"
#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"
#include "vtk/ColourMaps.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

#include <cmath>

using namespace hplx;

namespace {

struct Ids
{
    qint64 a1 = 0, b1 = 0, c1 = 0, aHalf = 0, cHalf = 0, aTrain = 0;
};

Ids writeDatabase(const QString &path)
{
    SearchSpace space({Hyperparameter("lr", HpKind::Ordinal, {"0.001", "0.01", "0.1", "1"}),
                       Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "3", "4", "5"})});
    DatabaseWriter writer(path.toStdString());
    writer.begin();
    const auto spaceId = writer.addSpace(space, "grid");
    const std::size_t n = space.size();
    std::vector<double> a(n), b(n), c(n), aHalf(n), cHalf(n, std::nan(""));
    for (std::size_t id = 0; id < n; ++id) {
        a[id] = double(id);
        b[id] = 19.0 - double(id);
        c[id] = double(id);
        aHalf[id] = 2.0 * double(id);
    }
    std::swap(c[1], c[2]);
    cHalf[0] = 0.3;
    auto key = [](const char *dataset, double fraction, const char *split) {
        return LandscapeKey{"m", dataset, "frac", fraction, split, "loss"};
    };
    Ids ids;
    ids.a1 = writer.addLandscape(spaceId, key("a", 1.0, "test"), a, "test");
    ids.aTrain = writer.addLandscape(spaceId, key("a", 1.0, "train"), a, "test");
    ids.b1 = writer.addLandscape(spaceId, key("b", 1.0, "test"), b, "test");
    ids.aHalf = writer.addLandscape(spaceId, key("a", 0.5, "test"), aHalf, "test");
    ids.c1 = writer.addLandscape(spaceId, key("c", 1.0, "test"), c, "test");
    ids.cHalf = writer.addLandscape(spaceId, key("c", 0.5, "test"), cHalf, "test");
    writer.commit();
    return ids;
}

QColor rgb(unsigned int value)
{
    return QColor::fromRgb(static_cast<QRgb>(value));
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

// Pixels of a colour inside a rectangle of an image.
int countIn(const QImage &image, const QRect &rect, const QColor &colour, int tolerance = 40)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += near(image.pixelColor(x, y), colour, tolerance) ? 1 : 0;
    return count;
}

} // namespace

class TestSimilarityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void datasetMatrix();
    void fidelityMatrix();
    void clickOpensPair();
    void heatmapColours();
    void outlinesTheComparedPair();
    void heatmapGeometry_data();
    void heatmapGeometry();
    void screenshot();

private:
    bool waitForMatrix(const std::vector<qint64> &ids);

    QTemporaryDir m_dir;
    QString m_path;
    Ids m_ids;
    JobRunner *m_runner = nullptr;
    Workspace *m_workspace = nullptr;
    SimilarityPanel *m_panel = nullptr;
};

void TestSimilarityPanel::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("similarity.db"));
    m_ids = writeDatabase(m_path);
}

void TestSimilarityPanel::init()
{
    m_runner = new JobRunner;
    m_workspace = new Workspace(m_runner);
    m_workspace->setCachePath(QString());
    m_workspace->setDatabase(m_path, std::make_shared<const LandscapeDatabase>(m_path.toStdString()));
    m_panel = new SimilarityPanel(m_workspace);
    m_panel->resize(900, 700);
}

void TestSimilarityPanel::cleanup()
{
    delete m_panel;
    delete m_workspace;
    delete m_runner;
}

bool TestSimilarityPanel::waitForMatrix(const std::vector<qint64> &ids)
{
    return QTest::qWaitFor([&] { return m_panel->landscapeIds() == ids && !m_workspace->isBusy(); }, 30000);
}

void TestSimilarityPanel::datasetMatrix()
{
    QVERIFY(m_workspace->select(m_ids.a1));
    QVERIFY(m_panel->landscapeIds().empty()); // nothing computed while hidden
    m_panel->show();
    // a, b, c at frac 1 and split test, in catalogue order of the datasets.
    QVERIFY(waitForMatrix({m_ids.a1, m_ids.b1, m_ids.c1}));
    QCOMPARE(m_panel->heatmap()->rowCount(), 3);

    const double rhoAC = 1.0 - 12.0 / 7980.0;
    const double spearman[3][3] = {{1.0, -1.0, rhoAC}, {-1.0, 1.0, -rhoAC}, {rhoAC, -rhoAC, 1.0}};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) {
            QVERIFY2(std::abs(m_panel->value(r, c) - spearman[r][c]) < 1e-12,
                     qPrintable(QStringLiteral("(%1, %2): %3").arg(r).arg(c).arg(m_panel->value(r, c))));
            QCOMPARE(m_panel->value(r, c), m_panel->value(c, r)); // symmetric
            QCOMPARE(m_panel->heatmap()->value(r, c), m_panel->value(r, c));
        }

    m_panel->setMeasure(SimilarityPanel::Measure::ShakeupAll); // no recomputation needed
    QCOMPARE(m_panel->landscapeIds().size(), std::size_t(3));
    QVERIFY(std::abs(m_panel->value(0, 1) - 0.5) < 1e-12);
    QVERIFY(std::abs(m_panel->value(0, 2) - 0.005) < 1e-12);
    QVERIFY(std::abs(m_panel->value(2, 0) - 0.005) < 1e-12);
    QCOMPARE(m_panel->value(1, 1), 0.0);
    m_panel->setMeasure(SimilarityPanel::Measure::ShakeupTop);
    QVERIFY(std::abs(m_panel->value(0, 2) - 0.025) < 1e-12);
    m_panel->setMeasure(SimilarityPanel::Measure::GammaIoU);
    QVERIFY(std::abs(m_panel->value(0, 2) - 1.0 / 3.0) < 1e-12);
    QVERIFY(std::abs(m_panel->value(2, 0) - 1.0 / 3.0) < 1e-12);
    QCOMPARE(m_panel->value(0, 1), 0.0);
    QCOMPARE(m_panel->value(2, 2), 1.0);
    m_panel->setMeasure(SimilarityPanel::Measure::GammaOverlap);
    QVERIFY(std::abs(m_panel->value(0, 2) - 0.5) < 1e-12);
}

void TestSimilarityPanel::fidelityMatrix()
{
    QVERIFY(m_workspace->select(m_ids.a1));
    m_panel->setMode(SimilarityPanel::Mode::DatasetsFidelities);
    m_panel->show();
    // Datasets in catalogue order (a, b, c), fidelities ascending; no train split.
    QVERIFY(waitForMatrix({m_ids.aHalf, m_ids.a1, m_ids.b1, m_ids.cHalf, m_ids.c1}));
    QCOMPARE(m_panel->value(0, 1), 1.0); // loss 2 id and loss id rank alike
    QCOMPARE(m_panel->value(1, 2), -1.0);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(std::isnan(m_panel->value(3, i))); // c @ 0.5 has one configuration
        QVERIFY(std::isnan(m_panel->value(i, 3)));
    }
    QCOMPARE(m_panel->heatmap()->columnCount(), 5);
    if (!qEnvironmentVariableIsEmpty("HPLX_SCREENSHOT_DIR"))
        m_panel->grab().save(qEnvironmentVariable("HPLX_SCREENSHOT_DIR") + QStringLiteral("/similarity_nan.png"));

    // The NaN cell is drawn grey with a darker hatch, no map colour.
    const QImage image = m_panel->heatmap()->grab().toImage();
    const QRect cell = m_panel->heatmap()->cellRect(3, 0).toRect().adjusted(2, 2, -2, -2);
    QVERIFY(countIn(image, cell, QColor(0xe8, 0xe8, 0xe8), 4) > cell.width() * cell.height() / 3);
    QVERIFY(countIn(image, cell, QColor(0xa8, 0xa8, 0xa8), 4) > cell.width()); // the hatch lines
}

void TestSimilarityPanel::clickOpensPair()
{
    QVERIFY(m_workspace->select(m_ids.a1));
    m_panel->show();
    QVERIFY(waitForMatrix({m_ids.a1, m_ids.b1, m_ids.c1}));
    QSignalSpy spy(m_panel, &SimilarityPanel::openPair);
    HeatmapView *heatmap = m_panel->heatmap();
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(0, 2).center().toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_ids.a1);
    QCOMPARE(spy.at(0).at(1).toLongLong(), m_ids.c1);
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(2, 1).center().toPoint());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), m_ids.c1);
    QCOMPARE(spy.at(1).at(1).toLongLong(), m_ids.b1);
    // The diagonal compares a landscape with itself: nothing to open.
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(1, 1).center().toPoint());
    QCOMPARE(spy.count(), 2);
    // Outside the matrix: nothing.
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(spy.count(), 2);

    // Hovering a cell names the row, the column, the value and the common configurations.
    const QPoint at = heatmap->cellRect(0, 1).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, heatmap->mapToGlobal(at));
    QApplication::sendEvent(heatmap, &help);
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("<b>a</b> × <b>b</b>")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("−1")) || tip.contains(QStringLiteral("-1")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("20 configurations evaluated in both")), qPrintable(tip));
}

void TestSimilarityPanel::heatmapColours()
{
    QVERIFY(m_workspace->select(m_ids.a1));
    m_panel->show();
    QVERIFY(waitForMatrix({m_ids.a1, m_ids.b1, m_ids.c1}));
    HeatmapView *heatmap = m_panel->heatmap();
    // Spearman with negative values: coolwarm over [-1, 1].
    QCOMPARE(heatmap->colourMap(), QStringLiteral("coolwarm"));
    QCOMPARE(heatmap->colourLow(), -1.0);
    QCOMPARE(heatmap->colourHigh(), 1.0);
    QImage image = heatmap->grab().toImage();
    // (1, 1) holds the maximum, 1 (not outlined: only the primary's (0, 0) is).
    QRect cell = heatmap->cellRect(1, 1).toRect();
    QVERIFY(near(image.pixelColor(cell.topLeft() + QPoint(3, 3)), rgb(0xb40426)));
    // ... and the minimum, -1, the map's bottom colour.
    cell = heatmap->cellRect(0, 1).toRect();
    QVERIFY(near(image.pixelColor(cell.topLeft() + QPoint(3, 3)), rgb(0x3b4cc0)));
    // White text on the dark red cell, none black.
    const QRect centre = heatmap->cellRect(1, 1).toRect().adjusted(10, 10, -10, -10);
    QVERIFY(countIn(image, centre, Qt::white, 30) > 10);
    QCOMPARE(countIn(image, centre, Qt::black, 60), 0);

    // IoU in [0, 1]: sequential (viridis); 1 is its top colour, with black text.
    m_panel->setMeasure(SimilarityPanel::Measure::GammaIoU);
    QCOMPARE(heatmap->colourMap(), QStringLiteral("viridis"));
    image = heatmap->grab().toImage();
    cell = heatmap->cellRect(1, 1).toRect();
    QVERIFY(near(image.pixelColor(cell.topLeft() + QPoint(3, 3)), rgb(0xfde725)));
    QVERIFY(countIn(image, heatmap->cellRect(1, 1).toRect().adjusted(10, 10, -10, -10), Qt::black, 60) > 10);
    // 1/3 in between: the map's colour at t = 1/3.
    const auto mid = mapColour(anchors(QStringLiteral("viridis")), 1.0 / 3.0);
    cell = heatmap->cellRect(2, 0).toRect();
    QVERIFY(near(image.pixelColor(cell.topLeft() + QPoint(3, 3)),
                 QColor::fromRgbF(float(mid[0]), float(mid[1]), float(mid[2]))));
}

void TestSimilarityPanel::outlinesTheComparedPair()
{
    QVERIFY(m_workspace->select(m_ids.a1));
    m_panel->show();
    QVERIFY(waitForMatrix({m_ids.a1, m_ids.b1, m_ids.c1}));
    HeatmapView *heatmap = m_panel->heatmap();
    QCOMPARE(heatmap->outlinedCells(), (std::vector<std::pair<int, int>>{{0, 0}}));
    // What the main window does with openPair: the matrix stays (same set), the pair is outlined.
    QVERIFY(m_workspace->select(m_ids.c1, m_ids.b1));
    QVERIFY(QTest::qWaitFor([&] { return m_workspace->landscapes() && !m_workspace->isBusy(); }, 30000));
    QCOMPARE(m_panel->landscapeIds(), (std::vector<qint64>{m_ids.a1, m_ids.b1, m_ids.c1}));
    QCOMPARE(heatmap->outlinedCells(), (std::vector<std::pair<int, int>>{{2, 1}, {1, 2}}));
    const QImage image = heatmap->grab().toImage();
    const QRect cell = heatmap->cellRect(2, 1).toRect();
    QVERIFY(near(image.pixelColor(cell.topLeft() + QPoint(1, cell.height() / 2)), Qt::black, 10));
    const QRect plain = heatmap->cellRect(0, 1).toRect();
    QVERIFY(!near(image.pixelColor(plain.topLeft() + QPoint(1, plain.height() / 2)), Qt::black, 10));
}

void TestSimilarityPanel::heatmapGeometry_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QSize>("size");
    QTest::newRow("3 large") << 3 << QSize(900, 700);
    QTest::newRow("12 small") << 12 << QSize(420, 360);
    QTest::newRow("40 medium") << 40 << QSize(800, 700);
    QTest::newRow("40 tiny") << 40 << QSize(260, 220);
}

// Any size: cells square, inside the widget, not overlapping, and hit-tested
// where they are drawn; the colour bar fits.
void TestSimilarityPanel::heatmapGeometry()
{
    QFETCH(int, n);
    QFETCH(QSize, size);
    HeatmapView view;
    QStringList labels;
    std::vector<double> values;
    for (int i = 0; i < n; ++i)
        labels << QStringLiteral("breast_cancer · fraction %1").arg(i);
    for (int i = 0; i < n * n; ++i)
        values.push_back(i % 7 == 3 ? std::nan("") : double(i % 11) / 10.0);
    view.setData(labels, labels, values);
    view.setColourBarTitle(QStringLiteral("γ-set IoU (γ = 0.1)"));
    view.setAxisTitles(QStringLiteral("Dataset"), QStringLiteral("Dataset"));
    view.resize(size);
    // Every cell of small matrices; a lattice plus the last row and column of large ones.
    const int stride = n > 12 ? 6 : 1;
    std::vector<int> probes;
    for (int i = 0; i < n; i += stride)
        probes.push_back(i);
    if (probes.back() != n - 1)
        probes.push_back(n - 1);
    for (int r : probes)
        for (int c : probes) {
            const QRectF cell = view.cellRect(r, c);
            QVERIFY(cell.width() >= 1.0 && std::abs(cell.width() - cell.height()) <= 1.0);
            QVERIFY(QRectF(view.rect()).contains(cell));
            QCOMPARE(view.cellAt(cell.center()), std::make_pair(r, c));
            QCOMPARE(view.cellAt(cell.topLeft()), std::make_pair(r, c)); // edges belong to one cell
        }
    QCOMPARE(view.cellAt(QPointF(0, 0)), std::make_pair(-1, -1));
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), size);
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + QStringLiteral("/heatmap_%1_%2.png").arg(n).arg(size.width()));
}

// With HPLX_SCREENSHOT_DIR set: the panel on the sample database, for a person to look at.
void TestSimilarityPanel::screenshot()
{
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("HPLX_SCREENSHOT_DIR not set");
    const QString sample = QStringLiteral(HPLX_TEST_FIXTURES "/../../resources/samples/sample.db");
    m_workspace->setDatabase(sample, std::make_shared<const LandscapeDatabase>(sample.toStdString()));
    QVERIFY(m_workspace->select(9, 18)); // xgboost, a test landscape and another dataset
    m_panel->resize(1000, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitFor([&] { return !m_panel->landscapeIds().empty() && !m_workspace->isBusy(); }, 60000));
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/similarity_datasets.png")));
    m_panel->setMode(SimilarityPanel::Mode::DatasetsFidelities);
    m_panel->setMeasure(SimilarityPanel::Measure::GammaIoU);
    QVERIFY(QTest::qWaitFor([&] { return m_panel->landscapeIds().size() > 3 && !m_workspace->isBusy(); }, 60000));
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/similarity_fidelities.png")));
    m_panel->setMeasure(SimilarityPanel::Measure::ShakeupTop);
    m_panel->resize(520, 420);
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/similarity_small.png")));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestSimilarityPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_similaritypanel.moc"
