// UMAP: the curve fit against scipy, the fuzzy simplicial set against
// hand-worked cases, cluster separation and trustworthiness of layouts,
// determinism (seed, thread count), degenerate input, options and cancel.
#include "core/CoreTestHelpers.h"
#include "core/embed/EmbedTestData.h"
#include "embed/FuzzySet.h"
#include "embed/NearestNeighbours.h"
#include "embed/SpectralInit.h"
#include "embed/Trustworthiness.h"
#include "embed/Umap.h"
#include "embed/UmapSgd.h"
#include "jobs/Feedback.h"
#include "util/Error.h"

#include <QtTest>

#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <thread>

using namespace hplx;
using hplxtest::normal;
using hplxtest::uniform;

namespace {

// `clusters` Gaussian clusters (sd 1) of `perCluster` points in `columns`
// dimensions, centres `separation` apart along distinct axes; row r belongs
// to cluster r / perCluster.
Eigen::MatrixXf separatedClusters(int clusters, int perCluster, int columns, float separation, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    Eigen::MatrixXf points(clusters * perCluster, columns);
    for (int r = 0; r < points.rows(); ++r)
        for (int c = 0; c < columns; ++c)
            points(r, c) = static_cast<float>(normal(engine)) + (c == r / perCluster ? separation : 0.0f);
    return points;
}

// Points on a line at the given positions (one column).
Eigen::MatrixXf line(std::initializer_list<float> positions)
{
    Eigen::MatrixXf points(static_cast<Eigen::Index>(positions.size()), 1);
    Eigen::Index r = 0;
    for (const float x : positions)
        points(r++, 0) = x;
    return points;
}

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

#define VERIFY_CLOSE(actual, expected, tolerance)                                                                      \
    QVERIFY2(                                                                                                          \
        near(actual, expected, tolerance),                                                                             \
        qPrintable(QStringLiteral(#actual " = %1, expected %2").arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)))

// UMAP's fuzzy graph of points with the default 15 neighbours (14 besides
// the point itself), the input of the SGD tests.
FuzzyGraph umapGraph(const Eigen::MatrixXf &points)
{
    KnnOptions knnOptions;
    knnOptions.k = 14;
    return fuzzySimplicialSet(nearestNeighbours(points, knnOptions), 15);
}

} // namespace

class TestUmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curveFit_data();
    void curveFit();
    void fuzzySetOnALine();
    void fuzzySetWithTies();
    void fuzzySetIdenticalPoints();
    void keepsClustersApart();
    void deterministic();
    void sameForAnyThreadCount();
    void sgdSameForAnyThreadCount_data();
    void sgdSameForAnyThreadCount();
    void fastAndExactPower();
    void attractionMovesBothEnds();
    void oneWayEdgeRejected();
    void fewPoints();
    void identicalAndDuplicatePoints();
    void initialisation();
    void resolvedOptions();
    void invalidOptions();
    void invalidInput();
    void cancel();
    void sgdCancelStopsPromptly();
};

void TestUmap::curveFit_data()
{
    QTest::addColumn<double>("minDist");
    QTest::addColumn<double>("spread");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    // Reference values from scipy 1.10 (Debian python3-scipy):
    //   x = np.linspace(0, 3 * spread, 300)
    //   y = np.where(x < minDist, 1.0, np.exp(-(x - minDist) / spread))
    //   scipy.optimize.curve_fit(lambda x, a, b: 1 / (1 + a * x ** (2 * b)), x, y)
    // The first is also umap-learn's well-known pair for its defaults.
    QTest::newRow("minDist 0.1, spread 1") << 0.1 << 1.0 << 1.5769434604035877 << 0.8950608780665811;
    QTest::newRow("minDist 1, spread 1") << 1.0 << 1.0 << 0.11497568308423263 << 1.9292371454400927;
    QTest::newRow("minDist 0.5, spread 2") << 0.5 << 2.0 << 0.25887874113654147 << 1.0574996997430388;
}

void TestUmap::curveFit()
{
    QFETCH(double, minDist);
    QFETCH(double, spread);
    QFETCH(double, a);
    QFETCH(double, b);
    const UmapCurve curve = fitUmapCurve(minDist, spread);
    // curve_fit stops at a relative tolerance of about 1.5e-8.
    VERIFY_CLOSE(curve.a, a, 1e-5 * a);
    VERIFY_CLOSE(curve.b, b, 1e-5 * b);
}

// Points 0, 1, 3, 7 with nNeighbors = 3 (2 other points each), worked by hand.
// With two neighbours the equation 1 + exp(-(d2 - rho) / sigma) = log2(3)
// gives the second strength q = log2(3) - 1 whatever the distances and
// sigma = (d2 - d1) / c with c = -ln(q):
//   0: neighbours 1 (d 1), 2 (d 3): rho 1, sigma 2/c, w(0->1) = 1, w(0->2) = q
//   1: neighbours 0 (d 1), 2 (d 2): rho 1, sigma 1/c, w(1->0) = 1, w(1->2) = q
//   2: neighbours 1 (d 2), 0 (d 3): rho 2, sigma 1/c, w(2->1) = 1, w(2->0) = q
//   3: neighbours 2 (d 4), 1 (d 6): rho 4, sigma 2/c, w(3->2) = 1, w(3->1) = q
// Symmetrised w = u + v - u v: (0,1) 1, (0,2) 2q - q^2, (1,2) 1, (1,3) q,
// (2,3) 1, (0,3) absent.
void TestUmap::fuzzySetOnALine()
{
    const Eigen::MatrixXf points = line({0, 1, 3, 7});
    KnnOptions options;
    options.k = 2;
    const KnnGraph knn = nearestNeighbours(points, options);
    const double q = std::log2(3.0) - 1.0;
    const double c = -std::log(q);
    const SmoothKnn smooth = smoothKnnDistances(knn, 3);
    const double rho[] = {1, 1, 2, 4};
    const double sigma[] = {2 / c, 1 / c, 1 / c, 2 / c};
    for (int i = 0; i < 4; ++i) {
        VERIFY_CLOSE(smooth.rho[std::size_t(i)], rho[i], 1e-12);
        VERIFY_CLOSE(smooth.sigma[std::size_t(i)], sigma[i], 1e-9);
    }
    const FuzzyGraph graph = fuzzySimplicialSet(knn, 3);
    QCOMPARE(graph.n, 4u);
    const double expected[4][4] = {
        {0, 1, 2 * q - q * q, 0},
        {1, 0, 1, q},
        {2 * q - q * q, 1, 0, 1},
        {0, q, 1, 0},
    };
    for (std::uint32_t i = 0; i < 4; ++i)
        for (std::uint32_t j = 0; j < 4; ++j)
            VERIFY_CLOSE(graph.weight(i, j), expected[i][j], 1e-6);
    QCOMPARE(graph.columns.size(), std::size_t(10)); // 5 pairs, both directions
}

// Points 0, 1, 2, 3 with nNeighbors = 4 (all 3 others), target log2(4) = 2.
//   0: d = 1, 2, 3, rho 1: 1 + x + x^2 = 2 with x = exp(-1/sigma), so x is
//      the golden ratio conjugate p = (sqrt 5 - 1) / 2 and sigma = -1 / ln p;
//      w(0->1) = 1, w(0->2) = p, w(0->3) = p^2. Point 3 mirrors it.
//   1: d = 1, 1, 2, rho 1: two strengths are 1 already, the root is sigma = 0,
//      raised to 1e-3 x mean distance (4/3): w(1->3) = exp(-750) = 0 in
//      double. Point 2 mirrors it.
// Symmetrised: (0,1) 1, (0,2) p, (0,3) 2p^2 - p^4 (= p), (1,2) 1, (1,3) p, (2,3) 1.
void TestUmap::fuzzySetWithTies()
{
    const Eigen::MatrixXf points = line({0, 1, 2, 3});
    KnnOptions options;
    options.k = 3;
    const KnnGraph knn = nearestNeighbours(points, options);
    const double p = (std::sqrt(5.0) - 1.0) / 2.0;
    const SmoothKnn smooth = smoothKnnDistances(knn, 4);
    VERIFY_CLOSE(smooth.sigma[0], -1.0 / std::log(p), 1e-9);
    VERIFY_CLOSE(smooth.sigma[1], 1e-3 * 4.0 / 3.0, 1e-12);
    VERIFY_CLOSE(smooth.sigma[2], 1e-3 * 4.0 / 3.0, 1e-12);
    VERIFY_CLOSE(smooth.sigma[3], -1.0 / std::log(p), 1e-9);
    const FuzzyGraph graph = fuzzySimplicialSet(knn, 4);
    const double p2 = p * p;
    const double expected[4][4] = {
        {0, 1, p, 2 * p2 - p2 * p2},
        {1, 0, 1, p},
        {p, 1, 0, 1},
        {2 * p2 - p2 * p2, p, 1, 0},
    };
    for (std::uint32_t i = 0; i < 4; ++i)
        for (std::uint32_t j = 0; j < 4; ++j)
            VERIFY_CLOSE(graph.weight(i, j), expected[i][j], 1e-6);
}

// All distances 0: rho 0, sigma 0, every strength 1.
void TestUmap::fuzzySetIdenticalPoints()
{
    const Eigen::MatrixXf points = Eigen::MatrixXf::Constant(6, 2, 3.0f);
    KnnOptions options;
    options.k = 3;
    const KnnGraph knn = nearestNeighbours(points, options);
    const SmoothKnn smooth = smoothKnnDistances(knn, 4);
    for (std::size_t i = 0; i < 6; ++i) {
        QCOMPARE(smooth.rho[i], 0.0);
        QCOMPARE(smooth.sigma[i], 0.0);
    }
    const FuzzyGraph graph = fuzzySimplicialSet(knn, 4);
    for (const float w : graph.weights)
        QCOMPARE(w, 1.0f);
}

// 4 Gaussian clusters of 300 points in 20-D, centres 10 sd apart: in the
// layout, >= 95 % of every point's 15 nearest layout neighbours are from its
// cluster, every pair of cluster centroids is farther apart than the sum of
// the two clusters' RMS radii, and trustworthiness is high. (The neighbour
// graph falls apart into the clusters, so this runs from a random start;
// sameForAnyThreadCount and resolvedOptions cover the spectral one.)
void TestUmap::keepsClustersApart()
{
    constexpr int kClusters = 4;
    constexpr int kPer = 300;
    const Eigen::MatrixXf points = separatedClusters(kClusters, kPer, 20, 10.0f, 11);
    UmapOptions options;
    options.nEpochs = 200; // Debug-build time; 500 separates as well
    const UmapResult result = umap(points, options);
    QCOMPARE(result.layout.rows(), points.rows());
    QCOMPARE(result.layout.cols(), Eigen::Index(2));
    QVERIFY(result.layout.allFinite());
    QVERIFY(result.knnExact);

    const std::vector<std::uint32_t> layoutNeighbours = exactKnn(result.layout, 15);
    std::size_t same = 0;
    for (std::size_t i = 0; i < layoutNeighbours.size(); ++i)
        same += layoutNeighbours[i] / kPer == (i / 15) / kPer ? 1 : 0;
    const double fraction = static_cast<double>(same) / static_cast<double>(layoutNeighbours.size());
    qInfo("same-cluster layout neighbours: %.4f", fraction);
    QVERIFY(fraction >= 0.95);

    Eigen::MatrixXd centroid = Eigen::MatrixXd::Zero(kClusters, 2);
    Eigen::VectorXd radius = Eigen::VectorXd::Zero(kClusters);
    for (int r = 0; r < points.rows(); ++r)
        centroid.row(r / kPer) += result.layout.row(r).cast<double>() / kPer;
    for (int r = 0; r < points.rows(); ++r)
        radius[r / kPer] += (result.layout.row(r).cast<double>() - centroid.row(r / kPer)).squaredNorm() / kPer;
    radius = radius.cwiseSqrt();
    for (int c = 0; c < kClusters; ++c)
        for (int d = c + 1; d < kClusters; ++d) {
            const double gap = (centroid.row(c) - centroid.row(d)).norm();
            QVERIFY2(gap > radius[c] + radius[d], qPrintable(QString("clusters %1, %2: centroid gap %3, radii %4 + %5")
                                                                 .arg(c)
                                                                 .arg(d)
                                                                 .arg(gap)
                                                                 .arg(radius[c])
                                                                 .arg(radius[d])));
        }
    const double t = trustworthiness(points, result.layout);
    qInfo("trustworthiness %.4f", t);
    QVERIFY(t >= 0.9);
}

void TestUmap::deterministic()
{
    const Eigen::MatrixXf points = separatedClusters(3, 150, 10, 6.0f, 12);
    UmapOptions options;
    options.nEpochs = 100;
    options.seed = 3;
    const UmapResult a = umap(points, options);
    const UmapResult b = umap(points, options);
    QVERIFY(a.layout == b.layout);
    options.seed = 4;
    const UmapResult c = umap(points, options);
    QVERIFY(a.layout != c.layout);
    QVERIFY(c.layout.allFinite());
}

// Both kNN paths and both initialisations: bitwise the same layout with 1,
// 2 and 3 threads (600 points: several SGD chunks per step, several steps).
void TestUmap::sameForAnyThreadCount()
{
    const Eigen::MatrixXf points = separatedClusters(4, 400, 12, 5.0f, 13);
    for (const std::uint32_t threshold : {0u, 4096u}) {
        UmapOptions options;
        options.nEpochs = 40;
        options.exactKnnThreshold = threshold;
        options.threads = 1;
        const UmapResult one = umap(points, options);
        QCOMPARE(one.knnExact, threshold != 0);
        QCOMPARE(QString::fromStdString(one.init), QStringLiteral("spectral"));
        for (const unsigned threads : {2u, 3u}) {
            options.threads = threads;
            QVERIFY(umap(points, options).layout == one.layout);
        }
    }
}

// The SGD alone, for both power functions and for the 2-D (vector) and
// 3-D (scalar) kernels: bitwise the same layout with 1, 2 and 3 threads.
void TestUmap::sgdSameForAnyThreadCount_data()
{
    QTest::addColumn<int>("dimensions");
    QTest::addColumn<bool>("exactPow");
    QTest::newRow("2-D, fast power") << 2 << false;
    QTest::newRow("2-D, exact power") << 2 << true;
    QTest::newRow("3-D, fast power") << 3 << false;
    QTest::newRow("3-D, exact power") << 3 << true;
    QTest::newRow("1-D, fast power") << 1 << false;
}

void TestUmap::sgdSameForAnyThreadCount()
{
    QFETCH(int, dimensions);
    QFETCH(bool, exactPow);
    const Eigen::MatrixXf points = separatedClusters(3, 300, 8, 4.0f, 21);
    const FuzzyGraph graph = umapGraph(points);
    Eigen::MatrixXf start = randomLayout(graph.n, dimensions, 22);
    rescaleColumns(start);
    UmapSgdSettings settings;
    settings.nEpochs = 30;
    settings.curve = fitUmapCurve(1.0, 1.0);
    settings.seed = 23;
    settings.exactPow = exactPow;
    settings.threads = 1;
    Eigen::MatrixXf one = start;
    optimizeLayout(graph, one, settings);
    QVERIFY(one.allFinite());
    QVERIFY(one != start);
    for (const unsigned threads : {2u, 3u}) {
        settings.threads = threads;
        Eigen::MatrixXf layout = start;
        optimizeLayout(graph, layout, settings);
        QVERIFY(layout == one);
    }
}

// fastPow (the default) and std::pow give layouts of the same quality: both
// keep the clusters apart, trustworthiness within 0.02 of each other.
void TestUmap::fastAndExactPower()
{
    constexpr int kPer = 200;
    const Eigen::MatrixXf points = separatedClusters(3, kPer, 10, 8.0f, 24);
    const FuzzyGraph graph = umapGraph(points);
    Eigen::MatrixXf start = randomLayout(graph.n, 2, 25);
    rescaleColumns(start);
    UmapSgdSettings settings;
    settings.nEpochs = 150;
    settings.curve = fitUmapCurve(1.0, 1.0);
    settings.seed = 26;
    double t[2];
    for (const bool exactPow : {false, true}) {
        settings.exactPow = exactPow;
        Eigen::MatrixXf layout = start;
        optimizeLayout(graph, layout, settings);
        QVERIFY(layout.allFinite());
        const std::vector<std::uint32_t> neighbours = exactKnn(layout, 15);
        std::size_t same = 0;
        for (std::size_t i = 0; i < neighbours.size(); ++i)
            same += neighbours[i] / kPer == (i / 15) / kPer ? 1 : 0;
        const double fraction = static_cast<double>(same) / static_cast<double>(neighbours.size());
        t[exactPow ? 1 : 0] = trustworthiness(points, layout);
        qInfo("%s power: same-cluster layout neighbours %.4f, trustworthiness %.4f", exactPow ? "exact" : "fast",
              fraction, t[exactPow ? 1 : 0]);
        QVERIFY(fraction >= 0.95);
    }
    QVERIFY(std::abs(t[0] - t[1]) <= 0.02);
}

// Sampling an edge moves both ends by the same step in opposite directions
// (as umap-learn), the far end through a pull it takes at its next turn. So
// without negative samples the moves add up to zero: the layout contracts
// but its centroid stays where it was. (Moving only the sampling end, twice
// as far, shifted it by 0.3 here.) The tolerance covers float rounding of
// the positions; the pulls are summed exactly.
void TestUmap::attractionMovesBothEnds()
{
    const Eigen::MatrixXf points = separatedClusters(3, 300, 8, 4.0f, 41);
    const FuzzyGraph graph = umapGraph(points);
    Eigen::MatrixXf start = randomLayout(graph.n, 2, 42);
    rescaleColumns(start);
    UmapSgdSettings settings;
    settings.nEpochs = 50;
    settings.negativeSampleRate = 0;
    settings.curve = fitUmapCurve(1.0, 1.0);
    settings.seed = 43;
    for (const unsigned threads : {1u, 2u}) {
        settings.threads = threads;
        Eigen::MatrixXf layout = start;
        optimizeLayout(graph, layout, settings);
        QVERIFY(layout.allFinite());
        const Eigen::RowVector2f shift = layout.colwise().mean() - start.colwise().mean();
        qInfo("centroid shift (%g, %g), spread %g -> %g", double(shift(0)), double(shift(1)),
              double((start.rowwise() - start.colwise().mean()).norm()),
              double((layout.rowwise() - layout.colwise().mean()).norm()));
        QVERIFY(shift.cwiseAbs().maxCoeff() < 1e-4f);
        // The attraction did move the points: the layout contracted.
        QVERIFY((layout.rowwise() - layout.colwise().mean()).norm()
                < 0.5f * (start.rowwise() - start.colwise().mean()).norm());
    }
}

// Each edge's far end takes its pull in a later turn, so no edge may join two
// vertices that move at the same time; an edge without its reverse could (the
// colouring of the steps sees only a vertex's own edges) and is refused. A
// directed 3-cycle has such an edge for every visiting order.
void TestUmap::oneWayEdgeRejected()
{
    FuzzyGraph graph;
    graph.n = 3;
    graph.rowStart = {0, 1, 2, 3};
    graph.columns = {1, 2, 0};
    graph.weights = {1.0f, 1.0f, 1.0f};
    UmapSgdSettings settings;
    settings.nEpochs = 5;
    settings.curve = fitUmapCurve(1.0, 1.0);
    Eigen::MatrixXf layout = randomLayout(graph.n, 2, 44);
    const auto error = hplxtest::errorFrom([&] { optimizeLayout(graph, layout, settings); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, "without its reverse");
}

void TestUmap::fewPoints()
{
    const Eigen::MatrixXf points = separatedClusters(2, 5, 3, 4.0f, 14);
    const UmapResult result = umap(points);
    QCOMPARE(result.options.nNeighbors, 9);
    QCOMPARE(QString::fromStdString(result.note), QStringLiteral("n_neighbors lowered from 15 to 9: only 10 points"));
    QCOMPARE(result.layout.rows(), Eigen::Index(10));
    QVERIFY(result.layout.allFinite());

    const UmapResult two = umap(line({0, 1}));
    QCOMPARE(two.options.nNeighbors, 2);
    QVERIFY(two.layout.allFinite());
    QCOMPARE(two.layout.rows(), Eigen::Index(2));

    UmapOptions options;
    options.nNeighbors = 5;
    const UmapResult untouched = umap(points, options);
    QCOMPARE(untouched.options.nNeighbors, 5);
    QVERIFY(untouched.note.empty());
}

void TestUmap::identicalAndDuplicatePoints()
{
    const Eigen::MatrixXf same = Eigen::MatrixXf::Constant(40, 5, 2.0f);
    UmapResult result = umap(same);
    QVERIFY(result.layout.allFinite());
    QCOMPARE(result.layout.rows(), Eigen::Index(40));

    // Three sites with 100 copies each, on both kNN paths.
    Eigen::MatrixXf copies(300, 3);
    for (Eigen::Index r = 0; r < copies.rows(); ++r)
        for (Eigen::Index c = 0; c < copies.cols(); ++c)
            copies(r, c) = static_cast<float>((r % 3) * 5 + c);
    for (const std::uint32_t threshold : {0u, 4096u}) {
        UmapOptions options;
        options.exactKnnThreshold = threshold;
        options.nEpochs = 100;
        result = umap(copies, options);
        QVERIFY(result.layout.allFinite());
    }
}

void TestUmap::initialisation()
{
    const Eigen::MatrixXf points = separatedClusters(2, 30, 4, 50.0f, 15);
    UmapOptions options;
    options.nNeighbors = 5;
    options.nEpochs = 20;
    // Clusters 50 sd apart with 4 neighbours each: two components.
    UmapResult result = umap(points, options);
    QCOMPARE(QString::fromStdString(result.init),
             QStringLiteral("random (spectral failed: the neighbour graph has 2 connected components)"));
    QVERIFY(result.layout.allFinite());
    options.init = UmapInit::Random;
    result = umap(points, options);
    QCOMPARE(QString::fromStdString(result.init), QStringLiteral("random"));
    QCOMPARE(QString::fromStdString(toString(UmapInit::Spectral)), QStringLiteral("spectral"));
    QCOMPARE(QString::fromStdString(toString(UmapInit::Random)), QStringLiteral("random"));

    // The initial layouts span [0, 10] per column after rescaling.
    Eigen::MatrixXf layout = randomLayout(100, 3, 1);
    QVERIFY(layout.minCoeff() >= -10.0f && layout.maxCoeff() <= 10.0f);
    rescaleColumns(layout);
    for (Eigen::Index c = 0; c < 3; ++c) {
        QCOMPARE(layout.col(c).minCoeff(), 0.0f);
        QVERIFY(std::abs(layout.col(c).maxCoeff() - 10.0f) < 1e-5f);
    }
}

void TestUmap::resolvedOptions()
{
    const Eigen::MatrixXf points = separatedClusters(2, 20, 3, 1.0f, 16);
    UmapOptions options;
    options.nEpochs = 0;
    options.dimensions = 3;
    const UmapResult result = umap(points, options);
    QCOMPARE(QString::fromStdString(result.init), QStringLiteral("spectral"));
    QCOMPARE(result.options.nEpochs, 500);
    QCOMPARE(result.layout.cols(), Eigen::Index(3));
    VERIFY_CLOSE(result.a, 0.11497568308423263, 1e-5);
    VERIFY_CLOSE(result.b, 1.9292371454400927, 1e-5);
}

void TestUmap::invalidOptions()
{
    const Eigen::MatrixXf points = separatedClusters(2, 10, 3, 4.0f, 17);
    const std::vector<std::pair<const char *, std::function<void(UmapOptions &)>>> cases = {
        {"nNeighbors", [](UmapOptions &o) { o.nNeighbors = 1; }},
        {"minDist", [](UmapOptions &o) { o.minDist = -0.5; }},
        {"minDist", [](UmapOptions &o) { o.minDist = 2.0; }},
        {"spread", [](UmapOptions &o) { o.spread = 0.0; }},
        {"spread", [](UmapOptions &o) { o.spread = std::numeric_limits<double>::infinity(); }},
        {"nEpochs", [](UmapOptions &o) { o.nEpochs = -1; }},
        {"negativeSampleRate", [](UmapOptions &o) { o.negativeSampleRate = -1; }},
        {"learningRate", [](UmapOptions &o) { o.learningRate = 0.0; }},
        {"repulsionStrength", [](UmapOptions &o) { o.repulsionStrength = -1.0; }},
        {"dimensions", [](UmapOptions &o) { o.dimensions = 0; }},
    };
    for (const auto &[name, change] : cases) {
        UmapOptions options;
        change(options);
        const auto error = hplxtest::errorFrom([&] { umap(points, options); });
        HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
        HPLX_VERIFY_MESSAGE(error, name);
    }
}

void TestUmap::invalidInput()
{
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([] { umap(line({1})); }), ErrorKind::InvalidData);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([] { umap(Eigen::MatrixXf(0, 2)); }), ErrorKind::InvalidData);
    Eigen::MatrixXf points = separatedClusters(2, 10, 3, 4.0f, 18);
    points(4, 2) = std::numeric_limits<float>::quiet_NaN();
    const auto error = hplxtest::errorFrom([&] { umap(points); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, "not finite");
}

// Cancelled before the start and during the SGD (from the progress callback).
void TestUmap::cancel()
{
    const Eigen::MatrixXf points = separatedClusters(2, 100, 5, 4.0f, 19);
    Feedback before;
    before.cancel();
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { umap(points, {}, &before); }), ErrorKind::Cancelled);

    Feedback *self = nullptr;
    double last = 0.0;
    Feedback during(
        [&](double fraction, const std::string &) {
            last = fraction;
            if (fraction > 0.5)
                self->cancel();
        },
        std::chrono::milliseconds(0));
    self = &during;
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { umap(points, {}, &during); }), ErrorKind::Cancelled);
    QVERIFY(last > 0.5 && last < 1.0);
}

// Cancelled from another thread in the middle of an SGD that would run for
// hours: cancel is polled once per epoch, so optimizeLayout throws within
// about an epoch, its worker threads stopped and joined.
void TestUmap::sgdCancelStopsPromptly()
{
    const Eigen::MatrixXf points = separatedClusters(3, 300, 8, 4.0f, 21);
    const FuzzyGraph graph = umapGraph(points);
    Eigen::MatrixXf layout = randomLayout(graph.n, 2, 22);
    rescaleColumns(layout);
    UmapSgdSettings settings;
    settings.nEpochs = 100000000;
    settings.curve = fitUmapCurve(1.0, 1.0);
    settings.threads = 2;
    Feedback feedback;
    std::chrono::steady_clock::time_point cancelledAt;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancelledAt = std::chrono::steady_clock::now();
        feedback.cancel();
    });
    const auto error = hplxtest::errorFrom([&] { optimizeLayout(graph, layout, settings, &feedback); });
    const auto returnedAt = std::chrono::steady_clock::now();
    canceller.join();
    HPLX_VERIFY_ERROR(error, ErrorKind::Cancelled);
    // An epoch of these 900 points takes well under a millisecond; the
    // margin is for sanitizers and loaded machines.
    QVERIFY(returnedAt - cancelledAt < std::chrono::seconds(2));
}

QTEST_GUILESS_MAIN(TestUmap)
#include "tst_umap.moc"
