// Linear interpolation onto the surface grid, with expected values worked by
// hand (barycentric coordinates) or from closed forms (a linear field is
// reproduced exactly by any triangulation); Base64 against RFC 4648's vectors.
#include "embed/Delaunay2D.h"
#include "embed/SurfaceGrid.h"
#include "util/Base64.h"
#include "util/Error.h"

#include <QtTest>

#include <cmath>

using namespace hplx;

class TestSurfaceGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearFieldIsReproduced();
    void fanAroundInteriorPoint();
    void nothingOutsideTheHull();
    void duplicatesAndDegenerateInput();
    void rejectsBadInput();
    void base64Vectors();
};

namespace {

std::size_t insideCount(const SurfaceGrid &grid)
{
    std::size_t count = 0;
    for (const auto flag : grid.inside)
        count += flag;
    return count;
}

} // namespace

void TestSurfaceGrid::linearFieldIsReproduced()
{
    // A 2 x 2 square with its centre: the hull is the bounding box, so all 25
    // nodes are inside, and f = 1 + 2x - 3y is exact at each whatever the
    // triangulation (a square's diagonal is ambiguous).
    const std::vector<float> x{0, 2, 0, 2, 1}, y{0, 0, 2, 2, 1};
    std::vector<double> f(5);
    for (std::size_t i = 0; i < 5; ++i)
        f[i] = 1.0 + 2.0 * x[i] - 3.0 * y[i];
    const auto triangles = delaunay(x, y);
    QCOMPARE(triangles.size(), std::size_t(4));
    const SurfaceGrid grid = interpolateOnGrid(x, y, triangles, {f}, 5);
    QCOMPARE(grid.resolution, 5);
    QCOMPARE(grid.x0, 0.0);
    QCOMPARE(grid.dx, 0.5);
    QCOMPARE(grid.dy, 0.5);
    QCOMPARE(insideCount(grid), std::size_t(25));
    for (std::size_t node = 0; node < 25; ++node) {
        const double nx = 0.5 * double(node % 5), ny = 0.5 * double(node / 5);
        QCOMPARE(grid.nodeX(node), nx);
        QCOMPARE(grid.nodeY(node), ny);
        QVERIFY2(std::abs(grid.fields[0][node] - (1.0 + 2.0 * nx - 3.0 * ny)) < 1e-12,
                 qPrintable(QString::number(node)));
    }
}

void TestSurfaceGrid::fanAroundInteriorPoint()
{
    // Corners (0,0), (4,0), (0,4) at 0 and (1,1) inside at 3: the unique
    // triangulation is the fan of three triangles around (1,1). By hand:
    // (2,1) = 1/2 (1,1) + 3/8 (4,0) + 1/8 (0,4) -> 1.5; (1,2) likewise 1.5;
    // (2,2) and (1,0) lie on edges between zero corners -> 0; nodes with
    // x + y > 4 are outside the hull.
    const std::vector<float> x{0, 4, 0, 1}, y{0, 0, 4, 1};
    const std::vector<double> f{0, 0, 0, 3};
    const auto triangles = delaunay(x, y);
    QCOMPARE(triangles.size(), std::size_t(3));
    const SurfaceGrid grid = interpolateOnGrid(x, y, triangles, {f, {10, 20, 30, 40}}, 5);
    const auto at = [&](int i, int j, std::size_t field = 0) { return grid.fields[field][std::size_t(j * 5 + i)]; };
    QCOMPARE(at(1, 1), 3.0);
    QVERIFY(std::abs(at(2, 1) - 1.5) < 1e-12);
    QVERIFY(std::abs(at(1, 2) - 1.5) < 1e-12);
    QVERIFY(std::abs(at(2, 2)) < 1e-12);
    QVERIFY(std::abs(at(1, 0)) < 1e-12);
    QCOMPARE(at(0, 0), 0.0);
    // Second field at (2,1): 1/2 * 40 + 3/8 * 20 + 1/8 * 30 = 31.25.
    QVERIFY(std::abs(at(2, 1, 1) - 31.25) < 1e-12);
    QCOMPARE(insideCount(grid), std::size_t(15)); // x + y <= 4 on the 5 x 5 grid
    QVERIFY(std::isnan(at(3, 3)));
    QCOMPARE(grid.inside[std::size_t(3 * 5 + 3)], std::uint8_t(0));
}

void TestSurfaceGrid::nothingOutsideTheHull()
{
    // The triangle (0,0), (1,0), (0,1) on a 3 x 3 grid: inside are the nodes
    // with i + j <= 2 (the hypotenuse's nodes included), 6 of 9.
    const std::vector<float> x{0, 1, 0}, y{0, 0, 1};
    const SurfaceGrid grid = interpolateOnGrid(x, y, delaunay(x, y), {{1, 1, 1}}, 3);
    QCOMPARE(insideCount(grid), std::size_t(6));
    for (int j = 0; j < 3; ++j)
        for (int i = 0; i < 3; ++i) {
            const auto node = std::size_t(j * 3 + i);
            QCOMPARE(bool(grid.inside[node]), i + j <= 2);
            if (i + j <= 2)
                QCOMPARE(grid.fields[0][node], 1.0);
            else
                QVERIFY(std::isnan(grid.fields[0][node]));
        }
}

void TestSurfaceGrid::duplicatesAndDegenerateInput()
{
    // A duplicated corner is left out of the triangles; the surface is the same.
    const std::vector<float> x{0, 1, 0, 1}, y{0, 0, 1, 0};
    const auto triangles = delaunay(x, y);
    QCOMPARE(triangles.size(), std::size_t(1));
    // Collinear points or fewer than three: no triangles, every node outside.
    QVERIFY(delaunay({0, 1, 2}, {0, 1, 2}).empty());
    QVERIFY(delaunay({0, 1}, {0, 1}).empty());
    const SurfaceGrid line = interpolateOnGrid({0, 1, 2}, {0, 1, 2}, {}, {{1, 2, 3}}, 4);
    QCOMPARE(insideCount(line), std::size_t(0));
    // No points at all: an empty grid of the asked size.
    const SurfaceGrid empty = interpolateOnGrid({}, {}, {}, {{}}, 3);
    QCOMPARE(empty.nodeCount(), std::size_t(9));
    QCOMPARE(insideCount(empty), std::size_t(0));
}

void TestSurfaceGrid::rejectsBadInput()
{
    const std::vector<float> x{0, 1, 0}, y{0, 0, 1};
    const auto triangles = delaunay(x, y);
    const auto message = [&](auto call) {
        try {
            call();
        } catch (const Error &error) {
            return QString::fromUtf8(error.what());
        }
        return QString();
    };
    QVERIFY(message([&] { interpolateOnGrid(x, y, triangles, {{1, 2, 3}}, 1); }).contains("at least 2"));
    QVERIFY(message([&] { interpolateOnGrid(x, {0, 0}, triangles, {}, 3); }).contains("3 x but 2 y"));
    QVERIFY(message([&] { interpolateOnGrid(x, y, triangles, {{1, 2}}, 3); }).contains("field 0 has 2 values"));
    QVERIFY(message([&] { interpolateOnGrid(x, y, triangles, {{1, NAN, 3}}, 3); }).contains("not finite at point 1"));
    QVERIFY(message([&] { interpolateOnGrid(x, y, {{0, 1, 7}}, {}, 3); }).contains("refers to point 7"));
}

void TestSurfaceGrid::base64Vectors()
{
    // RFC 4648, section 10.
    const char *input[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char *expected[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(QByteArray::fromStdString(base64Encode(input[i], std::strlen(input[i]))), QByteArray(expected[i]));
    // Every byte value, checked against Qt's independent encoder.
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    QCOMPARE(QByteArray::fromStdString(base64Encode(bytes.constData(), std::size_t(bytes.size()))), bytes.toBase64());
}

QTEST_GUILESS_MAIN(TestSurfaceGrid)
#include "tst_surfacegrid.moc"
