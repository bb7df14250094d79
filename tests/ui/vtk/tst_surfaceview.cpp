// SurfaceView on a synthetic bowl (points on a grid inside the unit disc,
// height = colour = r^2): the top-down map follows the colour map from the
// centre (low end) to the rim (high end), nothing is drawn outside the hull,
// the colour bar shows its title, picking and hovering find the point under
// the mouse, and highlighting changes the pixels around a point.
//
// Optional, by environment variable:
//   HPLX_SURFACE_BENCH=1        benchmarkRotation: a 62,208-point view, 100 camera steps, prints fps
//   HPLX_SCREENSHOT_DIR=<dir>   screenshots: writes surface_3d.png and surface_topdown.png
#include "embed/Delaunay2D.h"
#include "vtk/ColourMaps.h"
#include "vtk/SurfaceView.h"
#include "vtk/VtkWidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

using hplx::SurfaceView;
using hplx::VtkWidget;

namespace {

struct Bowl
{
    std::vector<float> x, y, h;
    int centre = -1; // index of the point at (0, 0)
    int probe = -1;  // index of the point at (0.5, 0.25)
};

Bowl makeBowl(int steps = 41)
{
    Bowl bowl;
    for (int j = 0; j < steps; ++j) {
        for (int i = 0; i < steps; ++i) {
            const double x = -1.0 + 2.0 * i / (steps - 1);
            const double y = -1.0 + 2.0 * j / (steps - 1);
            const double r2 = x * x + y * y;
            if (r2 > 1.0 + 1e-9)
                continue;
            if (std::abs(x) < 1e-9 && std::abs(y) < 1e-9)
                bowl.centre = static_cast<int>(bowl.x.size());
            if (std::abs(x - 0.5) < 1e-9 && std::abs(y - 0.25) < 1e-9)
                bowl.probe = static_cast<int>(bowl.x.size());
            bowl.x.push_back(static_cast<float>(x));
            bowl.y.push_back(static_cast<float>(y));
            bowl.h.push_back(static_cast<float>(r2));
        }
    }
    return bowl;
}

bool isWhite(QRgb c)
{
    return qRed(c) > 240 && qGreen(c) > 240 && qBlue(c) > 240;
}

int colourDistance(QRgb a, QColor b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

// The position t in [0, 1] of the colour-map entry nearest to a pixel.
double invertColour(const QString &map, QRgb pixel)
{
    double best = -1.0;
    int bestDistance = 1 << 30;
    for (int k = 0; k <= 255; ++k) {
        const double t = k / 255.0;
        const int d = colourDistance(pixel, SurfaceView::colourMapColour(map, t));
        if (d < bestDistance) {
            bestDistance = d;
            best = t;
        }
    }
    return best;
}

QPoint devicePixel(const SurfaceView &view, QPointF logical)
{
    const double ratio = view.vtkWidget()->devicePixelRatioF();
    return QPoint(qRound(logical.x() * ratio), qRound(logical.y() * ratio));
}

// A landscape that looks like a UMAP layout of a real one: clusters of
// configurations with several basins; height and colour = rank (1 = best).
struct Landscape
{
    std::vector<float> x, y, rank;
    int best = 0;
    std::vector<int> optima;
    std::vector<float> basins;
};

Landscape makeLandscape(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double centres[6][3] = {{-2.0, -1.0, 1.2}, {1.5, -1.6, 1.0}, {0.4, 1.6, 1.3},
                                  {2.6, 1.2, 0.7},   {-2.4, 1.8, 0.6}, {0.0, 0.0, 1.6}};
    Landscape land;
    std::vector<double> loss(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const auto &c = centres[static_cast<std::size_t>(uniform(rng) * 6.0) % 6];
        const double px = c[0] + c[2] * 0.6 * normal(rng);
        const double py = c[1] + c[2] * 0.6 * normal(rng);
        land.x.push_back(static_cast<float>(px));
        land.y.push_back(static_cast<float>(py));
        // Several basins of different depth plus a gentle slope.
        double l = 0.6 + 0.05 * (px + py);
        l -= 0.5 * std::exp(-((px + 1.8) * (px + 1.8) + (py + 0.8) * (py + 0.8)) / 0.8);
        l -= 0.35 * std::exp(-((px - 1.4) * (px - 1.4) + (py + 1.5) * (py + 1.5)) / 0.5);
        l -= 0.3 * std::exp(-((px - 0.5) * (px - 0.5) + (py - 1.7) * (py - 1.7)) / 0.6);
        l -= 0.2 * std::exp(-((px - 2.5) * (px - 2.5) + (py - 1.1) * (py - 1.1)) / 0.3);
        l += 0.15 * std::sin(2.5 * px) * std::cos(2.0 * py);
        loss[static_cast<std::size_t>(i)] = l;
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        order[static_cast<std::size_t>(i)] = i;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return loss[static_cast<std::size_t>(a)] < loss[static_cast<std::size_t>(b)]; });
    land.rank.assign(static_cast<std::size_t>(n), 0.0f);
    for (int r = 0; r < n; ++r)
        land.rank[static_cast<std::size_t>(order[static_cast<std::size_t>(r)])] = static_cast<float>(r + 1);
    land.best = order.front();
    // The best point near each basin centre stands in for its local optimum.
    const double basinCentres[4][3] = {{-1.8, -0.8, 40}, {1.4, -1.5, 25}, {0.5, 1.7, 20}, {2.5, 1.1, 8}};
    for (const auto &b : basinCentres) {
        int bestIndex = -1;
        for (int i = 0; i < n; ++i) {
            const auto k = static_cast<std::size_t>(i);
            const double d2 = (land.x[k] - b[0]) * (land.x[k] - b[0]) + (land.y[k] - b[1]) * (land.y[k] - b[1]);
            if (d2 < 0.3 && (bestIndex < 0 || loss[k] < loss[static_cast<std::size_t>(bestIndex)]))
                bestIndex = i;
        }
        if (bestIndex >= 0 && bestIndex != land.best) {
            land.optima.push_back(bestIndex);
            land.basins.push_back(static_cast<float>(b[2]));
        }
    }
    return land;
}

} // namespace

class TestSurfaceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void colourMaps();
    void rejectsBadInput();
    void surfaceCoversTheHullOnly();
    void topDownFollowsColourMap();
    void colourBarShowsTitle();
    void categoricalColoursKeepTheView();
    void narrowViewWrapsTheTitle();
    void pickingFindsPoint();
    void pickingInThreeD();
    void highlightChangesPixels();
    void markersAreDrawn();
    void screenshots();
    void benchmarkRotation();
};

void TestSurfaceView::colourMaps()
{
    QCOMPARE(SurfaceView::colourMapNames().size(), 5);
    for (const QString &name : SurfaceView::colourMapNames()) {
        QVERIFY(SurfaceView::colourMapColour(name, 0.0).isValid());
        QVERIFY(SurfaceView::colourMapColour(name, 0.0) != SurfaceView::colourMapColour(name, 1.0));
    }
    QCOMPARE(SurfaceView::colourMapColour(QStringLiteral("viridis"), 0.0), QColor(0x44, 0x01, 0x54));
    QCOMPARE(SurfaceView::colourMapColour(QStringLiteral("viridis"), 1.0), QColor(0xfd, 0xe7, 0x25));
    QCOMPARE(SurfaceView::colourMapColour(QStringLiteral("viridis"), 7.0), QColor(0xfd, 0xe7, 0x25));
    QVERIFY(!SurfaceView::colourMapColour(QStringLiteral("jet"), 0.5).isValid());
    // Luminance increases along the sequential maps.
    for (const char *name : {"viridis", "cividis", "magma", "greys"}) {
        double previous = -1.0;
        for (int k = 0; k <= 10; ++k) {
            const QColor c = SurfaceView::colourMapColour(QString::fromLatin1(name), k / 10.0);
            const double luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
            QVERIFY2(luminance > previous, name);
            previous = luminance;
        }
    }
    // Named ordinal levels on a bar: every (n + 6) / 8-th, and the last.
    QCOMPARE(hplx::namedLevels(0), std::vector<int>{});
    QCOMPARE(hplx::namedLevels(1), std::vector<int>{0});
    QCOMPARE(hplx::namedLevels(5), (std::vector<int>{0, 1, 2, 3, 4}));
    QCOMPARE(hplx::namedLevels(10), (std::vector<int>{0, 2, 4, 6, 8, 9}));
    QCOMPARE(hplx::namedLevels(22), (std::vector<int>{0, 3, 6, 9, 12, 15, 18, 21}));
}

void TestSurfaceView::rejectsBadInput()
{
    SurfaceView view;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setData({0, 1}, {0}, {0, 1}, {0, 1}, QString()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             view.setData({0, 1}, {0, 1}, {0, NAN}, {0, 1}, QStringLiteral("loss")));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setColourMap(QStringLiteral("jet")));
    view.setData({0, 1, 0}, {0, 0, 1}, {0, 1, 2}, {0, 1, 2}, QStringLiteral("loss"));
    QCOMPARE(view.pointCount(), 3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setGlobalOptimum(3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setLocalOptima({0, 1}, {1.0f}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setLocalOptima({0}, {-1.0f}));
    view.setHighlighted({-1, 2, 7, 2});
    QCOMPARE(view.highlighted(), std::vector<int>{2});
}

void TestSurfaceView::surfaceCoversTheHullOnly()
{
    const Bowl bowl = makeBowl();
    SurfaceView view;
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QStringLiteral("r²"));
    // The hull of the grid points in the disc is a polygon just inside the
    // disc: a little less than pi/4 of the bounding square's N x N nodes.
    const double pi = std::acos(-1.0);
    for (int n : {50, 100, 200}) {
        view.setGridResolution(n);
        QCOMPARE(view.gridResolution(), n);
        const double fraction = double(view.surfaceNodeCount()) / (double(n) * n);
        QVERIFY2(fraction > pi / 4 - 0.06 && fraction < pi / 4, qPrintable(QString::number(fraction)));
    }
    // Collinear points: points only, no surface.
    view.setData({0, 1, 2}, {0, 1, 2}, {0, 1, 2}, {0, 1, 2}, QString());
    QCOMPARE(view.surfaceNodeCount(), 0);
}

void TestSurfaceView::topDownFollowsColourMap()
{
    const Bowl bowl = makeBowl();
    QVERIFY(bowl.centre >= 0);
    SurfaceView view;
    view.resize(700, 560);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QStringLiteral("r²"));
    view.setPointsVisible(false);
    view.setContoursVisible(false);
    view.setViewMode(SurfaceView::ViewMode::TopDown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    for (const QString &map : SurfaceView::colourMapNames()) {
        view.setColourMap(map);
        const QImage image = view.grabImage();
        const QPointF centre = view.screenPosition(bowl.centre);
        const QColor low = SurfaceView::colourMapColour(map, 0.0);
        const QRgb centrePixel = image.pixel(devicePixel(view, centre));
        QVERIFY2(
            colourDistance(centrePixel, low) < 40,
            qPrintable(
                QStringLiteral("%1: centre %2, low end %3").arg(map, QString::number(centrePixel, 16), low.name())));

        // Along a ray to the rim, t (the colour's place in the map) grows like r^2.
        // Top-down is a parallel projection: screen x is linear in world x.
        const QPointF probe = view.screenPosition(bowl.probe);
        const double pixelsPerUnitX = (probe.x() - centre.x()) / 0.5;
        const double pixelsPerUnitY = (probe.y() - centre.y()) / 0.25;
        double previous = -1.0;
        for (int k = 0; k <= 9; ++k) {
            const double r = 0.1 * k;
            const QPointF at(centre.x() + r * pixelsPerUnitX, centre.y());
            const double t = invertColour(map, image.pixel(devicePixel(view, at)));
            QVERIFY2(std::abs(t - r * r) < 0.06,
                     qPrintable(QStringLiteral("%1: r=%2 gives t=%3").arg(map).arg(r).arg(t)));
            QVERIFY(t >= previous - 0.02);
            previous = t;
        }
        QVERIFY(previous > 0.7);

        // Outside the hull: the bounding box's corner region is background.
        for (const auto &corner :
             {std::pair{0.9, 0.9}, std::pair{-0.9, 0.9}, std::pair{0.9, -0.9}, std::pair{-0.9, -0.9}}) {
            const QPointF at(centre.x() + corner.first * pixelsPerUnitX, centre.y() + corner.second * pixelsPerUnitY);
            QVERIFY2(isWhite(image.pixel(devicePixel(view, at))),
                     qPrintable(QStringLiteral("%1 at (%2, %3)").arg(map).arg(corner.first).arg(corner.second)));
        }
    }
}

void TestSurfaceView::colourBarShowsTitle()
{
    const Bowl bowl = makeBowl();
    SurfaceView view;
    view.resize(700, 560);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QString());
    view.setViewMode(SurfaceView::ViewMode::TopDown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage without = view.grabImage();
    view.setColourBarTitle(QStringLiteral("Loss rank"));
    const QImage with = view.grabImage();
    QCOMPARE(with.size(), without.size());

    // The colour bar strip is the right 15 % of the widget.
    const int x0 = int(with.width() * 0.85);
    int barPixels = 0, changed = 0;
    for (int y = 0; y < with.height(); ++y) {
        for (int x = x0; x < with.width(); ++x) {
            if (!isWhite(with.pixel(x, y)))
                ++barPixels;
            if (with.pixel(x, y) != without.pixel(x, y))
                ++changed;
        }
    }
    QVERIFY2(barPixels > 2000, qPrintable(QString::number(barPixels))); // bar and labels
    QVERIFY2(changed > 40, qPrintable(QString::number(changed)));       // the title's glyphs
    // The scene viewport itself does not change with the title.
    int sceneChanged = 0;
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < x0 - 2; ++x)
            if (with.pixel(x, y) != without.pixel(x, y))
                ++sceneChanged;
    QCOMPARE(sceneChanged, 0);
}

void TestSurfaceView::categoricalColoursKeepTheView()
{
    // The bowl coloured by a two-level category (left half "a", right half
    // "b"): the points take the qualitative palette's first two colours
    // (Okabe-Ito orange E69F00, sky blue 56B4E9), the surface turns neutral
    // grey, and camera and surface geometry stay as they were.
    const Bowl bowl = makeBowl();
    SurfaceView view;
    view.resize(700, 560);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QStringLiteral("r²"));
    view.setContoursVisible(false);
    view.setViewMode(SurfaceView::ViewMode::TopDown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    vtkCamera *camera = view.vtkWidget()->renderer()->GetActiveCamera();
    double before[3];
    camera->GetPosition(before);
    const int nodes = view.surfaceNodeCount();

    std::vector<float> side(bowl.x.size());
    for (std::size_t i = 0; i < side.size(); ++i)
        side[i] = bowl.x[i] < 0.0f ? 0.0f : 1.0f;
    view.setColours(side, QStringLiteral("side"), {QStringLiteral("a"), QStringLiteral("b")}, true);
    double after[3];
    camera->GetPosition(after);
    for (int k = 0; k < 3; ++k)
        QCOMPARE(after[k], before[k]);
    QCOMPARE(view.surfaceNodeCount(), nodes);
    QCOMPARE(view.pointCount(), int(bowl.x.size()));

    const QImage image = view.grabImage();
    const QColor orange(0xE6, 0x9F, 0x00), blue(0x56, 0xB4, 0xE9);
    // Each point's own pixel is its category's colour.
    int checked = 0;
    for (std::size_t i = 0; i < side.size(); i += 37) {
        const QRgb pixel = image.pixel(devicePixel(view, view.screenPosition(int(i))));
        const QColor &expected = side[i] == 0.0f ? orange : blue;
        QVERIFY2(
            colourDistance(pixel, expected) < 60,
            qPrintable(
                QStringLiteral("point %1: %2, expected %3").arg(i).arg(QString::number(pixel, 16), expected.name())));
        ++checked;
    }
    QVERIFY(checked > 10);
    // Between points the surface is light grey.
    const QPointF centre = view.screenPosition(bowl.centre);
    const QPointF probe = view.screenPosition(bowl.probe);
    const double unit = (probe.x() - centre.x()) / 0.5;
    const QRgb between = image.pixel(devicePixel(view, QPointF(centre.x() + 0.025 * unit, centre.y() + 0.025 * unit)));
    QVERIFY2(std::abs(qRed(between) - qGreen(between)) < 8 && std::abs(qGreen(between) - qBlue(between)) < 8
                 && qRed(between) > 180 && qRed(between) < 240,
             qPrintable(QString::number(between, 16)));
    // The colour bar shows both swatches.
    int orangeBar = 0, blueBar = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = int(image.width() * 0.85); x < image.width(); ++x) {
            orangeBar += colourDistance(image.pixel(x, y), orange) < 30;
            blueBar += colourDistance(image.pixel(x, y), blue) < 30;
        }
    QVERIFY2(orangeBar > 50 && blueBar > 50, qPrintable(QStringLiteral("%1 %2").arg(orangeBar).arg(blueBar)));

    // Back to numbers: the colour map again, on the surface too.
    view.setColours(bowl.h, QStringLiteral("r²"));
    const QImage numeric = view.grabImage();
    const QRgb centrePixel = numeric.pixel(devicePixel(view, QPointF(centre.x() + 0.025 * unit, centre.y())));
    QVERIFY2(colourDistance(centrePixel, SurfaceView::colourMapColour(QStringLiteral("viridis"), 0.0)) < 60,
             qPrintable(QString::number(centrePixel, 16)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setColours({1.0f}, QString()));
}

void TestSurfaceView::narrowViewWrapsTheTitle()
{
    // A long title in a narrow view wraps onto several lines instead of being
    // cut at the strip's edges: the title's ink stays inside the strip and
    // spans more rows than one line of text.
    const Bowl bowl = makeBowl(15);
    SurfaceView view;
    view.resize(420, 500);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QString());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage without = view.grabImage();
    view.setColourBarTitle(QStringLiteral("validation loss rank"));
    const QImage with = view.grabImage();
    const int x0 = int(with.width() * 0.85);
    int top = with.height(), bottom = -1;
    for (int y = 0; y < with.height(); ++y)
        for (int x = x0; x < with.width(); ++x)
            if (with.pixel(x, y) != without.pixel(x, y)) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    QVERIFY(bottom >= top);
    const double ratio = view.vtkWidget()->devicePixelRatioF();
    QVERIFY2(bottom - top > 30 * ratio, qPrintable(QStringLiteral("title rows %1..%2").arg(top).arg(bottom)));
}

void TestSurfaceView::pickingFindsPoint()
{
    const Bowl bowl = makeBowl();
    SurfaceView view;
    view.resize(700, 560);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QStringLiteral("r²"));
    view.setViewMode(SurfaceView::ViewMode::TopDown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grabImage();

    // Project the known point with the renderer's WorldToDisplay.
    vtkRenderer *renderer = view.vtkWidget()->renderer();
    renderer->SetWorldPoint(0.5, 0.25, 0.4 * 0.0625 * 2.0, 1.0); // z = 0.4 * extent(2) * r^2 = 0.05
    renderer->WorldToDisplay();
    double display[3];
    renderer->GetDisplayPoint(display);
    const QPointF position = view.vtkWidget()->fromDisplay(display[0], display[1]);
    QVERIFY((position - view.screenPosition(bowl.probe)).manhattanLength() < 1.0);
    QCOMPARE(view.pickPoint(position.toPoint()), bowl.probe);
    QCOMPARE(view.pickPoint(QPoint(2, 2)), -1);

    QSignalSpy picked(&view, &SurfaceView::pointPicked);
    QTest::mouseClick(view.vtkWidget(), Qt::LeftButton, {}, position.toPoint());
    QCOMPARE(picked.count(), 1);
    QCOMPARE(picked.at(0).at(0).toInt(), bowl.probe);
    QTest::mouseClick(view.vtkWidget(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(picked.count(), 2);
    QCOMPARE(picked.at(1).at(0).toInt(), -1);

    QSignalSpy hovered(&view, &SurfaceView::pointHovered);
    QTest::mouseMove(view.vtkWidget(), position.toPoint());
    QTRY_COMPARE(hovered.count(), 1);
    QCOMPARE(hovered.at(0).at(0).toInt(), bowl.probe);
    QTest::mouseMove(view.vtkWidget(), QPoint(3, 3));
    QTRY_COMPARE(hovered.count(), 2);
    QCOMPARE(hovered.at(1).at(0).toInt(), -1);
}

void TestSurfaceView::pickingInThreeD()
{
    const Bowl bowl = makeBowl();
    SurfaceView view;
    view.resize(700, 560);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QStringLiteral("r²"));
    view.setViewMode(SurfaceView::ViewMode::ThreeD);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grabImage();
    QVERIFY(!view.vtkWidget()->renderer()->GetActiveCamera()->GetParallelProjection());
    for (int index : {bowl.probe, bowl.centre}) {
        const QPointF position = view.screenPosition(index);
        QCOMPARE(view.pickPoint(position.toPoint()), index);
    }
}

void TestSurfaceView::highlightChangesPixels()
{
    const Bowl bowl = makeBowl();
    SurfaceView view;
    view.resize(700, 560);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QStringLiteral("r²"));
    view.setViewMode(SurfaceView::ViewMode::TopDown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage before = view.grabImage();
    view.setHighlighted({bowl.probe});
    const QImage after = view.grabImage();
    const QPoint centre = devicePixel(view, view.screenPosition(bowl.probe));
    const int radius = qRound(12 * view.vtkWidget()->devicePixelRatioF());
    int near = 0, far = 0;
    for (int y = 0; y < after.height(); ++y) {
        for (int x = 0; x < after.width(); ++x) {
            if (before.pixel(x, y) == after.pixel(x, y))
                continue;
            if (std::abs(x - centre.x()) <= radius && std::abs(y - centre.y()) <= radius)
                ++near;
            else
                ++far;
        }
    }
    QVERIFY2(near > 30, qPrintable(QString::number(near)));
    QCOMPARE(far, 0);
    view.setHighlighted({});
    const QImage cleared = view.grabImage();
    QCOMPARE(cleared, before);
}

void TestSurfaceView::markersAreDrawn()
{
    const Bowl bowl = makeBowl();
    SurfaceView view;
    view.resize(700, 560);
    view.setData(bowl.x, bowl.y, bowl.h, bowl.h, QStringLiteral("r²"));
    view.setViewMode(SurfaceView::ViewMode::TopDown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage plain = view.grabImage();
    view.setGlobalOptimum(bowl.centre);
    const QImage pinned = view.grabImage();
    const QRgb pin = pinned.pixel(devicePixel(view, view.screenPosition(bowl.centre)));
    QVERIFY2(qRed(pin) > 150 && qRed(pin) > qGreen(pin) + 80, qPrintable(QString::number(pin, 16)));
    view.setLocalOptima({bowl.probe}, {10.0f});
    const QImage optima = view.grabImage();
    const QRgb sphere = optima.pixel(devicePixel(view, view.screenPosition(bowl.probe)));
    QVERIFY2(qRed(sphere) > 200 && qGreen(sphere) > 200 && qBlue(sphere) > 200,
             qPrintable(QString::number(sphere, 16)));
    QVERIFY(plain != optima);
}

void TestSurfaceView::screenshots()
{
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HPLX_SCREENSHOT_DIR to write the screenshots");
    QDir().mkpath(dir);
    const Landscape land = makeLandscape(6000, 7);
    SurfaceView view;
    view.resize(1000, 760);
    view.setData(land.x, land.y, land.rank, land.rank, QStringLiteral("Loss rank"));
    view.setGlobalOptimum(land.best);
    view.setLocalOptima(land.optima, land.basins);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const QString &map : {QStringLiteral("viridis"), QStringLiteral("magma")}) {
        view.setColourMap(map);
        view.setViewMode(SurfaceView::ViewMode::ThreeD);
        QVERIFY(view.grabImage().save(dir + QStringLiteral("/surface_3d_%1.png").arg(map)));
        view.setViewMode(SurfaceView::ViewMode::TopDown);
        QVERIFY(view.grabImage().save(dir + QStringLiteral("/surface_topdown_%1.png").arg(map)));
    }
    view.setColourMap(QStringLiteral("viridis"));
    view.setHighlighted({land.optima.front(), land.best, 17, 23, 101});
    QVERIFY(view.grabImage().save(dir + QStringLiteral("/surface_topdown_highlight.png")));
    // Coloured by a categorical HP (by quadrant) and by an ordinal one (by x).
    std::vector<float> quadrant(land.x.size()), band(land.x.size());
    for (std::size_t i = 0; i < land.x.size(); ++i) {
        quadrant[i] = float((land.x[i] > 0 ? 1 : 0) + (land.y[i] > 0 ? 2 : 0));
        band[i] = float(std::clamp(int((land.x[i] + 4.0f) / 8.0f * 10.0f), 0, 9));
    }
    view.setViewMode(SurfaceView::ViewMode::ThreeD);
    view.setColours(quadrant, QStringLiteral("optimizer"),
                    {QStringLiteral("adam"), QStringLiteral("sgd"), QStringLiteral("rmsprop"), QStringLiteral("lbfgs")},
                    true);
    QVERIFY(view.grabImage().save(dir + QStringLiteral("/surface_3d_categorical.png")));
    QStringList rates;
    for (int k = 0; k < 10; ++k)
        rates.push_back(QString::number(std::pow(10.0, -5 + 0.5 * k)));
    view.setColours(band, QStringLiteral("learning rate"), rates, false);
    QVERIFY(view.grabImage().save(dir + QStringLiteral("/surface_3d_ordinal.png")));
}

void TestSurfaceView::benchmarkRotation()
{
    if (qEnvironmentVariableIntValue("HPLX_SURFACE_BENCH") == 0)
        QSKIP("set HPLX_SURFACE_BENCH=1 to run the frame-rate benchmark");
    constexpr int points = 62208;
    QElapsedTimer timer;
    timer.start();
    const Landscape land = makeLandscape(points, 11);
    // The triangulation runs in a worker job in the app; the rest of setData
    // is what the GUI thread pays.
    timer.restart();
    auto triangles = hplx::delaunay(land.x, land.y);
    const qint64 triangulateMs = timer.restart();
    SurfaceView view;
    view.resize(1000, 800);
    view.setData(land.x, land.y, land.rank, land.rank, QStringLiteral("Loss rank"), std::move(triangles));
    view.setGlobalOptimum(land.best);
    view.setLocalOptima(land.optima, land.basins);
    const qint64 buildMs = timer.elapsed();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    timer.restart();
    view.grabImage(); // first frame: shader compilation, uploads
    const qint64 firstFrameMs = timer.elapsed();

    // On screen: request a frame, let the event loop paint it.
    constexpr int frames = 100;
    VtkWidget *widget = view.vtkWidget();
    vtkCamera *camera = widget->renderer()->GetActiveCamera();
    const auto rendersBefore = widget->renderCount();
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        camera->Azimuth(3.6);
        const auto target = widget->renderCount() + 1;
        widget->render();
        while (widget->renderCount() < target)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double onScreen = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(widget->renderCount() - rendersBefore, frames);

    // Render and read back (export, tests).
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        camera->Azimuth(3.6);
        widget->grabImage();
    }
    const double grabbed = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    // Interactive: a left drag rotates the camera; during it, the points are subsampled.
    const QPoint start(widget->width() / 2 - 200, widget->height() / 2);
    QTest::mousePress(widget, Qt::LeftButton, {}, start);
    timer.restart();
    for (int i = 1; i <= frames; ++i) {
        const auto target = widget->renderCount() + 1;
        QTest::mouseMove(widget, start + QPoint(4 * i, 0));
        while (widget->renderCount() < target)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double dragged = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QTest::mouseRelease(widget, Qt::LeftButton, {}, start + QPoint(4 * frames, 0));
    qInfo("mouse-drag rotation (points subsampled to %d while dragging): %.1f fps", SurfaceView::interactivePointLimit,
          frames / dragged);

    // The share of the points: the same without them.
    view.setPointsVisible(false);
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        camera->Azimuth(3.6);
        const auto target = widget->renderCount() + 1;
        widget->render();
        while (widget->renderCount() < target)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double withoutPoints = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qInfo("without the points: %.1f fps on screen", frames / withoutPoints);
    qInfo("surface view, %d points, %dx%d grid, %dx%d pixels: triangulation %lld ms (worker), setData %lld ms "
          "(GUI thread), first frame %lld ms; %d frames on screen %.1f fps, rendered and read back %.1f fps",
          points, view.gridResolution(), view.gridResolution(), widget->width(), widget->height(), triangulateMs,
          buildMs, firstFrameMs, frames, frames / onScreen, frames / grabbed);
}

int main(int argc, char **argv)
{
    VtkWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestSurfaceView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_surfaceview.moc"
