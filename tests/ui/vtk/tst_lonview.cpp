// LonView on a hand-made 4-optimum funnel (losses 0..3, edges 3->2, 2->0,
// 1->0): counts, a deterministic layout, colours at both ends of the colour
// map, picking and clicking each node, a highlight that changes only the
// pixels near its node, and rejected bad input. Also a 2,000-optimum random
// network (timed) and a 60-optimum funnel written to /tmp/lon.png.
#include "vtk/LonView.h"
#include "vtk/VtkWidget.h"

#include "vtk/SurfaceView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <cmath>
#include <random>
#include <stdexcept>

using hplx::LonLayout;
using hplx::lonLayout;
using hplx::LonView;
using hplx::LonViewEdge;
using hplx::LonViewNode;
using hplx::SurfaceView;
using hplx::VtkWidget;

namespace {

struct Network
{
    std::vector<LonViewNode> nodes;
    std::vector<LonViewEdge> edges;
    int global = 0;
};

Network smallFunnel()
{
    Network net;
    net.nodes = {{0.0f, 10.0}, {1.0f, 5.0}, {2.0f, 3.0}, {3.0f, 1.0}};
    net.edges = {{3, 2, 0.4, true}, {2, 0, 0.3, true}, {1, 0, 0.2, true}};
    net.global = 0;
    return net;
}

// A funnel like real LONs: a few sub-funnels whose optima mostly improve
// towards their bottom, the bottoms leading to the global optimum, plus some
// worsening escapes. Losses in [0.05, 0.6] (error rates).
Network funnel(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Network net;
    net.nodes.push_back({0.05f, 400.0});
    const int funnels = 4;
    for (int i = 1; i < n; ++i) {
        const int f = (i - 1) % funnels;
        const double depth = uniform(rng);
        const float loss = static_cast<float>(0.09 + 0.03 * f + 0.45 * depth * depth);
        net.nodes.push_back({loss, 2.0 + 250.0 * std::pow(1.0 - depth, 3.0) * uniform(rng)});
    }
    std::vector<std::pair<int, int>> seen;
    const auto add = [&](int a, int b, double w) {
        if (a == b || std::find(seen.begin(), seen.end(), std::pair{a, b}) != seen.end())
            return;
        seen.emplace_back(a, b);
        const auto la = net.nodes[static_cast<std::size_t>(a)].loss;
        const auto lb = net.nodes[static_cast<std::size_t>(b)].loss;
        net.edges.push_back({a, b, w, lb <= la});
    };
    for (int i = 1; i < n; ++i) {
        const int f = (i - 1) % funnels;
        // Improve to a better optimum of the same funnel (or the global one).
        int best = 0;
        double bestLoss = 1e9;
        for (int k = 0; k < 3; ++k) {
            int j = 1 + f + funnels * static_cast<int>(uniform(rng) * ((n - 1 - f) / funnels));
            j = std::min(j, n - 1);
            const double l = net.nodes[static_cast<std::size_t>(j)].loss;
            if (l < net.nodes[static_cast<std::size_t>(i)].loss && l < bestLoss) {
                best = j;
                bestLoss = l;
            }
        }
        add(i, best, 0.05 + 0.3 * uniform(rng));
        if (uniform(rng) < 0.35) // a worsening escape
            add(i, 1 + static_cast<int>(uniform(rng) * (n - 1)), 0.02 + 0.05 * uniform(rng));
    }
    return net;
}

Network randomNetwork(int n, int edges, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::uniform_int_distribution<int> node(0, n - 1);
    Network net;
    for (int i = 0; i < n; ++i)
        net.nodes.push_back({static_cast<float>(uniform(rng)), 1.0 + 100.0 * uniform(rng)});
    for (int e = 0; e < edges; ++e) {
        const int a = node(rng), b = node(rng);
        if (a == b)
            continue;
        net.edges.push_back(
            {a, b, uniform(rng),
             net.nodes[static_cast<std::size_t>(b)].loss <= net.nodes[static_cast<std::size_t>(a)].loss});
    }
    net.global = 0;
    for (int i = 1; i < n; ++i)
        if (net.nodes[static_cast<std::size_t>(i)].loss < net.nodes[static_cast<std::size_t>(net.global)].loss)
            net.global = i;
    return net;
}

int colourDistance(QRgb a, QColor b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

QPoint devicePixel(const LonView &view, QPointF logical)
{
    const double ratio = view.vtkWidget()->devicePixelRatioF();
    return QPoint(qRound(logical.x() * ratio), qRound(logical.y() * ratio));
}

// The nearest colour distance to target among the pixels within 2 of a point
// (an edge may pass in front of a sphere's exact centre).
int nearestColour(const QImage &image, QPoint at, QColor target)
{
    int best = 1 << 30;
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx)
            best = std::min(best, colourDistance(image.pixel(at + QPoint(dx, dy)), target));
    return best;
}

} // namespace

class TestLonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void rejectsBadInput();
    void layoutIsDeterministic();
    void degenerateNetworksRender();
    void coloursFollowLoss();
    void pickingFindsEachNode();
    void highlightChangesPixelsNearNode();
    void largeNetworkRenders();
    void screenshot();
};

void TestLonView::counts()
{
    const Network net = smallFunnel();
    LonView view;
    QCOMPARE(view.nodeCount(), 0);
    view.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    QCOMPARE(view.nodeCount(), 4);
    QCOMPARE(view.edgeCount(), 3);
}

void TestLonView::rejectsBadInput()
{
    const Network net = smallFunnel();
    LonView view;
    const QString title = QStringLiteral("Loss");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork(net.nodes, {{0, 4, 0.1, true}}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork(net.nodes, {{-1, 0, 0.1, true}}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork(net.nodes, {{2, 2, 0.1, true}}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork(net.nodes, {{1, 0, -0.1, true}}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork(net.nodes, {{1, 0, NAN, true}}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork(net.nodes, net.edges, 4, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork(net.nodes, net.edges, -2, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork({{NAN, 1.0}}, {}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork({{0.0f, -1.0}}, {}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setNetwork({}, {}, 0, title));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setColourMap(QStringLiteral("jet")));
    QCOMPARE(view.nodeCount(), 0); // nothing was taken over
    view.setNetwork(net.nodes, net.edges, -1, title);
    view.setHighlighted({-1, 3, 9, 3});
    QCOMPARE(view.highlighted(), std::vector<int>{3});
}

void TestLonView::layoutIsDeterministic()
{
    const Network net = funnel(60, 3);
    LonView a, b;
    a.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    b.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    std::vector<QPointF> first;
    for (int i = 0; i < a.nodeCount(); ++i) {
        first.push_back(a.layoutPosition(i));
        QCOMPARE(a.layoutPosition(i), b.layoutPosition(i));
    }
    a.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
    for (int i = 0; i < a.nodeCount(); ++i) {
        const QPointF p = a.layoutPosition(i);
        QCOMPARE(p, first[static_cast<std::size_t>(i)]);
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    // Normalised: the larger extent is 1, centred on the origin.
    QVERIFY(std::abs(std::max(maxX - minX, maxY - minY) - 1.0) < 1e-9);
    QVERIFY(std::abs(minX + maxX) < 1e-9 && std::abs(minY + maxY) < 1e-9);
    // Nodes are spread out, not stacked.
    int distinct = 0;
    for (int i = 1; i < a.nodeCount(); ++i)
        if ((a.layoutPosition(i) - a.layoutPosition(0)).manhattanLength() > 1e-3)
            ++distinct;
    QCOMPARE(distinct, a.nodeCount() - 1);

    // A layout computed elsewhere (a worker job) with the same function gives
    // the same picture; one of the wrong size is refused.
    LonView c;
    const LonLayout layout = lonLayout(net.nodes.size(), net.edges);
    c.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"), layout);
    for (int i = 0; i < c.nodeCount(); ++i)
        QCOMPARE(c.layoutPosition(i), first[static_cast<std::size_t>(i)]);
    LonLayout shortLayout = layout;
    shortLayout.x.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             c.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"), shortLayout));
}

void TestLonView::degenerateNetworksRender()
{
    LonView view;
    view.resize(500, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage empty = view.grabImage();
    QVERIFY(!empty.isNull());

    view.setNetwork({{0.5f, 3.0}}, {}, 0, QStringLiteral("Loss"));
    QCOMPARE(view.nodeCount(), 1);
    QImage one = view.grabImage();
    const QRgb centre = one.pixel(devicePixel(view, view.screenPosition(0)));
    QVERIFY2(qRed(centre) < 240 || qGreen(centre) < 240 || qBlue(centre) < 240,
             qPrintable(QString::number(centre, 16)));
    QCOMPARE(view.pickNode(view.screenPosition(0).toPoint()), 0);

    // Optima without edges, all the same loss.
    view.setNetwork({{1.0f, 1.0}, {1.0f, 0.0}, {1.0f, 7.0}}, {}, -1, QStringLiteral("Loss"));
    one = view.grabImage();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(view.pickNode(view.screenPosition(i).toPoint()), i);

    // Back to nothing.
    view.setNetwork({}, {}, -1, QString());
    QCOMPARE(view.nodeCount(), 0);
    QCOMPARE(view.pickNode(QPoint(100, 100)), -1);
    view.grabImage();
}

void TestLonView::coloursFollowLoss()
{
    const Network net = smallFunnel();
    LonView view;
    view.resize(700, 560);
    view.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const QString &map : SurfaceView::colourMapNames()) {
        view.setColourMap(map);
        QCOMPARE(view.colourMap(), map);
        const QImage image = view.grabImage();
        const QColor low = SurfaceView::colourMapColour(map, 0.0);
        const QColor high = SurfaceView::colourMapColour(map, 1.0);
        const QPoint best = devicePixel(view, view.screenPosition(0));
        const QPoint worst = devicePixel(view, view.screenPosition(3));
        QVERIFY2(nearestColour(image, best, low) < 40,
                 qPrintable(QStringLiteral("%1: best node %2, low end %3")
                                .arg(map, QString::number(image.pixel(best), 16), low.name())));
        QVERIFY2(nearestColour(image, worst, high) < 40,
                 qPrintable(QStringLiteral("%1: worst node %2, high end %3")
                                .arg(map, QString::number(image.pixel(worst), 16), high.name())));
    }
    // Lower loss is drawn lower: the global optimum below the worst optimum on screen.
    QVERIFY(view.screenPosition(0).y() > view.screenPosition(3).y());
    // The global optimum's marker: red pixels just above its sphere.
    view.setColourMap(QStringLiteral("viridis"));
    const QImage image = view.grabImage();
    const QPoint best = devicePixel(view, view.screenPosition(0));
    int red = 0;
    for (int dy = 5; dy < 80; ++dy)
        for (int dx = -6; dx <= 6; ++dx) {
            const QRgb c = image.pixel(best - QPoint(dx, dy));
            if (qRed(c) > 150 && qRed(c) > qGreen(c) + 80 && qRed(c) > qBlue(c) + 80)
                ++red;
        }
    QVERIFY2(red > 20, qPrintable(QString::number(red)));
}

void TestLonView::pickingFindsEachNode()
{
    const Network net = smallFunnel();
    LonView view;
    view.resize(700, 560);
    view.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grabImage();
    QCOMPARE(view.pickNode(QPoint(2, 2)), -1);
    QSignalSpy picked(&view, &LonView::nodePicked);
    for (int i = 0; i < view.nodeCount(); ++i) {
        const QPoint at = view.screenPosition(i).toPoint();
        QCOMPARE(view.pickNode(at), i);
        QTest::mouseClick(view.vtkWidget(), Qt::LeftButton, {}, at);
        QCOMPARE(picked.count(), i + 1);
        QCOMPARE(picked.last().at(0).toInt(), i);
    }
    QTest::mouseClick(view.vtkWidget(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(picked.last().at(0).toInt(), -1);

    QSignalSpy hovered(&view, &LonView::nodeHovered);
    QTest::mouseMove(view.vtkWidget(), view.screenPosition(2).toPoint());
    QTRY_COMPARE(hovered.count(), 1);
    QCOMPARE(hovered.at(0).at(0).toInt(), 2);
    QTest::mouseMove(view.vtkWidget(), QPoint(3, 3));
    QTRY_COMPARE(hovered.count(), 2);
    QCOMPARE(hovered.at(1).at(0).toInt(), -1);
}

void TestLonView::highlightChangesPixelsNearNode()
{
    const Network net = smallFunnel();
    LonView view;
    view.resize(700, 560);
    view.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage before = view.grabImage();
    view.setHighlighted({1});
    const QImage after = view.grabImage();
    const QPoint centre = devicePixel(view, view.screenPosition(1));
    // The ring's radius on screen is about 1.8 sphere radii; allow 60 logical pixels.
    const int radius = qRound(60 * view.vtkWidget()->devicePixelRatioF());
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
    QVERIFY2(near > 50, qPrintable(QString::number(near)));
    QCOMPARE(far, 0);
    view.setHighlighted({});
    QCOMPARE(view.grabImage(), before);
}

void TestLonView::largeNetworkRenders()
{
    const Network net = randomNetwork(2000, 6000, 5);
    LonView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    view.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Loss"));
    const qint64 setMs = timer.restart();
    view.grabImage();
    const qint64 firstMs = timer.restart();
    constexpr int frames = 10;
    vtkCamera *camera = view.vtkWidget()->renderer()->GetActiveCamera();
    for (int i = 0; i < frames; ++i) {
        camera->Azimuth(5.0);
        view.grabImage();
    }
    const double frameMs = static_cast<double>(timer.elapsed()) / frames;

    // A left drag rotates the camera with the edges drawn as lines (timed,
    // for the report; the still frame after the release has the tubes).
    VtkWidget *widget = view.vtkWidget();
    const QPoint start(widget->width() / 2 - 100, widget->height() / 2);
    QTest::mousePress(widget, Qt::LeftButton, {}, start);
    timer.restart();
    for (int i = 1; i <= frames; ++i) {
        const auto target = widget->renderCount() + 1;
        QTest::mouseMove(widget, start + QPoint(2 * i, 0));
        while (widget->renderCount() < target)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double dragMs = static_cast<double>(timer.elapsed()) / frames;
    QTest::mouseRelease(widget, Qt::LeftButton, {}, start + QPoint(2 * frames, 0));
    qInfo("LON with %d optima, %d edges: setNetwork %lld ms, first frame %lld ms, then %.0f ms a frame, "
          "%.0f ms a frame while dragging",
          view.nodeCount(), view.edgeCount(), setMs, firstMs, frameMs, dragMs);
    QVERIFY(view.edgeCount() > 5000);
    QVERIFY2(setMs < 10000, qPrintable(QString::number(setMs)));
    const QPoint at = view.screenPosition(net.global).toPoint();
    QVERIFY(view.pickNode(at) >= 0);
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        view.resetCamera();
        QVERIFY(view.grabImage().save(dir + QStringLiteral("/lon_large.png")));
    }
}

void TestLonView::screenshot()
{
    const QString dir = qEnvironmentVariable("HPLX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HPLX_SCREENSHOT_DIR to write lon.png and lon_highlight.png");
    const Network net = funnel(60, 3);
    LonView view;
    view.resize(1000, 760);
    view.setNetwork(net.nodes, net.edges, net.global, QStringLiteral("Validation error"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grabImage().save(dir + QStringLiteral("/lon.png")));
    view.setHighlighted({net.global, 5});
    QVERIFY(view.grabImage().save(dir + QStringLiteral("/lon_highlight.png")));
}

int main(int argc, char **argv)
{
    VtkWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestLonView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lonview.moc"
