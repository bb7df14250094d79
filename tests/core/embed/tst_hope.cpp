// hopeEmbedding against an independent dense computation (S formed densely,
// Eigen::JacobiSVD), edge cases, determinism and structure (timings: tests/bench/bench_embed.cpp).
#include "embed/Hope.h"
#include "jobs/Feedback.h"
#include "support/TestLandscapes.h"
#include "util/Error.h"

#include <Eigen/Dense>
#include <Eigen/SVD>
#include <QtTest>

#include <chrono>
#include <cmath>
#include <limits>
#include <random>

using namespace hplx;
using namespace hplx::test;

namespace {

struct Fixture
{
    SearchSpace space;
    std::vector<double> loss;
    NeighbourGraph graph;

    Fixture(std::vector<Hyperparameter> hps, std::vector<double> l)
        : space(std::move(hps)), loss(std::move(l)), graph(NeighbourGraph::build(space, loss))
    {}
};

// 1-D chain of n with strictly decreasing loss: the improving graph is the
// path 0 -> 1 -> ... -> n-1.
Fixture path(int n)
{
    std::vector<double> loss;
    for (int i = 0; i < n; ++i)
        loss.push_back(n - i);
    return Fixture({numbered("a", n)}, loss);
}

// The 3 x 3 grid of tst_landscapemetrics (12 improving edges, optima 0 and 8).
Fixture grid3x3()
{
    return Fixture({numbered("a", 3), numbered("b", 3)}, {1, 3, 4, 2, 5, 6, 9, 7, 0});
}

// 8 x 8 x 8 ordinal grid with seeded random losses: 512 configurations,
// beyond the eigen solver's dense limit (400), so its Lanczos path runs.
Fixture randomGrid8()
{
    std::mt19937_64 engine(7);
    std::vector<double> loss(8 * 8 * 8);
    for (double &l : loss)
        l = static_cast<double>(engine() >> 11) * 0x1.0p-53;
    return Fixture({numbered("a", 8), numbered("b", 8), numbered("c", 8)}, loss);
}

Fixture fixture(int index)
{
    switch (index) {
    case 0:
        return path(6);
    case 1:
        return grid3x3();
    default:
        return randomGrid8();
    }
}

// Dense A over all configurations (every one evaluated in these fixtures).
Eigen::MatrixXd denseAdjacency(const Fixture &f)
{
    const auto n = static_cast<Eigen::Index>(f.space.size());
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
    for (ConfigId u = 0; u < f.space.size(); ++u)
        for (const ConfigId *v = f.graph.begin(u); v != f.graph.end(u); ++v)
            if (f.loss[*v] < f.loss[u])
                a(u, *v) = 1.0;
    return a;
}

Eigen::MatrixXd denseProximity(const Eigen::MatrixXd &a, HopeVariant variant, double beta)
{
    const Eigen::MatrixXd identity = Eigen::MatrixXd::Identity(a.rows(), a.cols());
    if (variant == HopeVariant::SelfLoopSquare)
        return (a + identity) * (a + identity);
    return (identity - beta * a).inverse() * (beta * a);
}

// Dense reference of the embedding with the documented sign convention.
void denseReference(const Eigen::MatrixXd &s, Eigen::Index k, Eigen::VectorXd &sigma, Eigen::MatrixXd &embedding)
{
    Eigen::BDCSVD<Eigen::MatrixXd> svd(s, Eigen::ComputeFullU | Eigen::ComputeFullV);
    sigma = svd.singularValues().head(k);
    Eigen::MatrixXd u = svd.matrixU().leftCols(k);
    Eigen::MatrixXd v = svd.matrixV().leftCols(k);
    embedding.resize(s.rows(), 2 * k);
    for (Eigen::Index j = 0; j < k; ++j) {
        Eigen::Index peak = 0;
        v.col(j).cwiseAbs().maxCoeff(&peak);
        const double sign = v(peak, j) < 0 ? -1.0 : 1.0;
        embedding.col(j) = sign * u.col(j) * std::sqrt(sigma[j]);
        embedding.col(k + j) = sign * v.col(j) * std::sqrt(sigma[j]);
    }
}

void compareWithDense(const Fixture &f, HopeOptions options)
{
    const HopeEmbedding e = hopeEmbedding(f.graph, f.loss, options);
    const Eigen::Index k = e.options.dimensions;
    QCOMPARE(e.rows.size(), std::size_t(f.space.size()));
    QCOMPARE(e.coordinates.rows(), Eigen::Index(f.space.size()));
    QCOMPARE(e.coordinates.cols(), 2 * k);
    Eigen::VectorXd sigma;
    Eigen::MatrixXd embedding;
    const double beta = options.variant == HopeVariant::Katz ? e.options.beta : 0.0;
    denseReference(denseProximity(denseAdjacency(f), options.variant, beta), k, sigma, embedding);
    QCOMPARE(e.singularValues.size(), std::size_t(k));
    for (Eigen::Index j = 0; j < k; ++j) {
        QVERIFY2(
            std::abs(e.singularValues[std::size_t(j)] - sigma[j]) < 1e-8,
            qPrintable(QString("sigma %1: %2 vs dense %3").arg(j).arg(e.singularValues[std::size_t(j)]).arg(sigma[j])));
        if (j > 0)
            QVERIFY(e.singularValues[std::size_t(j)] <= e.singularValues[std::size_t(j - 1)]);
        // Singular vectors are only defined when the value is simple.
        const bool simple =
            (j == 0 || sigma[j - 1] - sigma[j] > 1e-6) && (j + 1 >= sigma.size() || sigma[j] - sigma[j + 1] > 1e-6);
        QVERIFY2(simple, "fixture chosen with simple singular values");
    }
    const double error = (e.coordinates.cast<double>() - embedding).cwiseAbs().maxCoeff();
    QVERIFY2(error < 1e-5, qPrintable(QString("max embedding difference %1").arg(error)));
}

double distance(const HopeEmbedding &e, Eigen::Index a, Eigen::Index b)
{
    return (e.coordinates.row(a) - e.coordinates.row(b)).cast<double>().norm();
}

} // namespace

class TestHope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfLoopMatchesDense_data();
    void selfLoopMatchesDense();
    void katzMatchesDense_data();
    void katzMatchesDense();
    void katzAutomaticBeta();
    void cappedDimensions();
    void constantLandscape();
    void partialLandscapeRows();
    void deterministicForSeed();
    void recoversStructure();
    void invalidInput();
    void cancel();
};

void TestHope::selfLoopMatchesDense_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("k");
    QTest::newRow("path 6, k 3") << 0 << 3;
    QTest::newRow("path 6, k 5") << 0 << 5;
    QTest::newRow("grid 3x3, k 4") << 1 << 4;
    QTest::newRow("grid 3x3, k 8") << 1 << 8;
    QTest::newRow("grid 8x8x8, k 6") << 2 << 6;
    QTest::newRow("grid 8x8x8, k 24") << 2 << 24;
}

void TestHope::selfLoopMatchesDense()
{
    QFETCH(int, index);
    QFETCH(int, k);
    HopeOptions options;
    options.dimensions = k;
    compareWithDense(fixture(index), options);
}

void TestHope::katzMatchesDense_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("beta");
    QTest::newRow("path 6, k 3, auto") << 0 << 3 << 0.0;
    QTest::newRow("path 6, k 4, 0.9") << 0 << 4 << 0.9;
    QTest::newRow("grid 3x3, k 3, auto") << 1 << 3 << 0.0;
    QTest::newRow("grid 3x3, k 4, 0.3") << 1 << 4 << 0.3;
    QTest::newRow("grid 8x8x8, k 6, auto") << 2 << 6 << 0.0;
}

void TestHope::katzMatchesDense()
{
    QFETCH(int, index);
    QFETCH(int, k);
    QFETCH(double, beta);
    HopeOptions options;
    options.variant = HopeVariant::Katz;
    options.dimensions = k;
    options.beta = beta;
    compareWithDense(fixture(index), options);
}

// beta = 0.5 / max(sigma_max(A), 1): A of the grid has sigma_max > 1, the path's is 1.
void TestHope::katzAutomaticBeta()
{
    HopeOptions options;
    options.variant = HopeVariant::Katz;
    options.dimensions = 2;
    for (const Fixture &f : {path(6), grid3x3()}) {
        const HopeEmbedding e = hopeEmbedding(f.graph, f.loss, options);
        const double sigmaMax = Eigen::JacobiSVD<Eigen::MatrixXd>(denseAdjacency(f)).singularValues()[0];
        QVERIFY(std::abs(e.spectralRadius - std::max(sigmaMax, 1.0)) < 1e-6);
        QVERIFY(std::abs(e.options.beta - 0.5 / e.spectralRadius) < 1e-15);
    }
}

void TestHope::cappedDimensions()
{
    const Fixture f = path(6);
    const HopeEmbedding e = hopeEmbedding(f.graph, f.loss);
    QCOMPARE(e.options.dimensions, 5);
    QCOMPARE(e.coordinates.cols(), Eigen::Index(10));
    QCOMPARE(e.singularValues.size(), std::size_t(5));
}

// No improving edge: S = I (all singular values 1) or, for Katz, S = 0.
void TestHope::constantLandscape()
{
    const Fixture f({numbered("a", 3), numbered("b", 3)}, std::vector<double>(9, 0.5));
    HopeOptions options;
    options.dimensions = 4;
    const HopeEmbedding e = hopeEmbedding(f.graph, f.loss, options);
    QCOMPARE(e.singularValues, std::vector<double>(4, 1.0));
    QVERIFY(e.coordinates.allFinite());
    options.variant = HopeVariant::Katz;
    const HopeEmbedding katz = hopeEmbedding(f.graph, f.loss, options);
    QCOMPARE(katz.singularValues, std::vector<double>(4, 0.0));
    QVERIFY(katz.coordinates.isZero());
}

void TestHope::partialLandscapeRows()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Fixture f({numbered("a", 3), numbered("b", 3)}, {1, nan, 4, 2, 5, nan, 9, 7, 0});
    HopeOptions options;
    options.dimensions = 3;
    const HopeEmbedding e = hopeEmbedding(f.graph, f.loss, options);
    QCOMPARE(e.rows, (std::vector<ConfigId>{0, 2, 3, 4, 6, 7, 8}));
    QCOMPARE(e.coordinates.rows(), Eigen::Index(7));
}

// Same seed: bit-identical. Another seed: the same embedding up to the solver's
// tolerance, thanks to the sign convention.
void TestHope::deterministicForSeed()
{
    const Fixture f = randomGrid8();
    HopeOptions options;
    options.dimensions = 8;
    options.seed = 3;
    options.threads = 1;
    const HopeEmbedding a = hopeEmbedding(f.graph, f.loss, options);
    options.threads = 3;
    const HopeEmbedding b = hopeEmbedding(f.graph, f.loss, options);
    QVERIFY(a.coordinates == b.coordinates);
    QCOMPARE(a.singularValues, b.singularValues);
    options.seed = 4;
    const HopeEmbedding c = hopeEmbedding(f.graph, f.loss, options);
    for (std::size_t j = 0; j < a.singularValues.size(); ++j)
        QVERIFY(std::abs(a.singularValues[j] - c.singularValues[j]) < 1e-8);
    const double gap = a.singularValues[6] - a.singularValues[7];
    if (gap > 1e-3) // vectors defined: compare them
        QVERIFY((a.coordinates - c.coordinates).cwiseAbs().maxCoeff() < 1e-4f);
}

// Path of 12 (loss decreasing) and 5 x 5 grid (loss = distance to the corner
// (4, 4) plus a small distinct tie-breaker), full embedding, k = 4 resp. 8:
// the mean Euclidean distance between embedded lattice neighbours is below
// 0.5 (path) resp. 0.75 (grid) times the mean distance between pairs at least
// 5 lattice steps apart (measured: 0.44 and 0.67).
void TestHope::recoversStructure()
{
    {
        const Fixture f = path(12);
        HopeOptions options;
        options.dimensions = 4;
        const HopeEmbedding e = hopeEmbedding(f.graph, f.loss, options);
        double near = 0, far = 0;
        int nearCount = 0, farCount = 0;
        for (Eigen::Index i = 0; i < 12; ++i)
            for (Eigen::Index j = i + 1; j < 12; ++j) {
                if (j - i == 1) {
                    near += distance(e, i, j);
                    ++nearCount;
                } else if (j - i >= 5) {
                    far += distance(e, i, j);
                    ++farCount;
                }
            }
        qInfo("path: mean neighbour distance %g, mean far distance %g", near / nearCount, far / farCount);
        QVERIFY(near / nearCount < 0.5 * far / farCount);
    }
    {
        std::vector<double> loss;
        for (int a = 0; a < 5; ++a)
            for (int b = 0; b < 5; ++b)
                loss.push_back((4 - a) + (4 - b) + 0.01 * (5 * a + b));
        const Fixture f({numbered("a", 5), numbered("b", 5)}, loss);
        HopeOptions options;
        options.dimensions = 8;
        const HopeEmbedding e = hopeEmbedding(f.graph, f.loss, options);
        double near = 0, far = 0;
        int nearCount = 0, farCount = 0;
        for (Eigen::Index i = 0; i < 25; ++i)
            for (Eigen::Index j = i + 1; j < 25; ++j) {
                const auto steps = std::abs(i / 5 - j / 5) + std::abs(i % 5 - j % 5);
                if (steps == 1) {
                    near += distance(e, i, j);
                    ++nearCount;
                } else if (steps >= 5) {
                    far += distance(e, i, j);
                    ++farCount;
                }
            }
        qInfo("grid: mean neighbour distance %g, mean far distance %g", near / nearCount, far / farCount);
        QVERIFY(near / nearCount < 0.75 * far / farCount);
    }
}

void TestHope::invalidInput()
{
    const Fixture f = path(6);
    HopeOptions options;
    options.dimensions = 0;
    try {
        hopeEmbedding(f.graph, f.loss, options);
        QFAIL("dimensions 0 accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidArgument);
    }
    options = {};
    options.variant = HopeVariant::Katz;
    options.beta = -0.1;
    try {
        hopeEmbedding(f.graph, f.loss, options);
        QFAIL("negative beta accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidArgument);
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Fixture single({numbered("a", 3)}, {nan, 1.0, nan});
    try {
        hopeEmbedding(single.graph, single.loss);
        QFAIL("one configuration accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
    }
}

void TestHope::cancel()
{
    const Fixture f = grid3x3();
    Feedback feedback;
    feedback.cancel();
    try {
        hopeEmbedding(f.graph, f.loss, {}, &feedback);
        QFAIL("not cancelled");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Cancelled);
    }
}

QTEST_GUILESS_MAIN(TestHope)
#include "tst_hope.moc"
