// largestEigenpairs against closed forms (a diagonal operator, a projection)
// and an independent dense solve (Eigen::SelfAdjointEigenSolver), for both
// the Lanczos path (n > 400) and the dense one; breakdown, thread-count
// independence, bad input and cancellation.
#include "embed/Lanczos.h"
#include "jobs/Feedback.h"
#include "util/Error.h"

#include <Eigen/Dense>
#include <QtTest>

#include <cmath>
#include <random>

using namespace hplx;

namespace {

Eigen::MatrixXd randomBlock(Eigen::Index n, Eigen::Index columns, unsigned seed)
{
    std::mt19937_64 engine(seed);
    std::uniform_real_distribution<double> uniform(-0.5, 0.5);
    Eigen::MatrixXd m(n, columns);
    for (Eigen::Index c = 0; c < columns; ++c)
        for (Eigen::Index r = 0; r < n; ++r)
            m(r, c) = uniform(engine);
    return m;
}

SymmetricProduct denseProduct(const Eigen::MatrixXd &m)
{
    return [&m](const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) { y = m * x; };
}

// B^T B for a sparse-ish random B: symmetric positive semi-definite with a
// spread-out spectrum, like HOPE's Gram operator.
Eigen::MatrixXd randomGram(Eigen::Index n, unsigned seed)
{
    std::mt19937_64 engine(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Eigen::MatrixXd b = Eigen::MatrixXd::Identity(n, n);
    for (Eigen::Index r = 0; r < n; ++r)
        for (int e = 0; e < 6; ++e)
            b(r, static_cast<Eigen::Index>(uniform(engine) * static_cast<double>(n))) += 1.0;
    return b.transpose() * b;
}

// |cos| of the angle between each found vector and the reference one.
void checkAgainstDense(const Eigen::MatrixXd &m, const LanczosResult &r, int count)
{
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> dense(m);
    const Eigen::VectorXd values = dense.eigenvalues().reverse();
    const Eigen::MatrixXd vectors = dense.eigenvectors().rowwise().reverse();
    QCOMPARE(r.values.size(), Eigen::Index(count));
    QCOMPARE(r.vectors.cols(), Eigen::Index(count));
    for (int i = 0; i < count; ++i) {
        QVERIFY2(std::abs(r.values[i] - values[i]) <= 1e-8 * values[0],
                 qPrintable(QString("value %1: %2 vs dense %3").arg(i).arg(r.values[i]).arg(values[i])));
        const double gap = std::min(i > 0 ? values[i - 1] - values[i] : 1e300, values[i] - values[i + 1]);
        if (gap > 1e-3 * values[0]) {
            const double cosine = std::abs(r.vectors.col(i).dot(vectors.col(i)));
            QVERIFY2(cosine > 1.0 - 1e-8, qPrintable(QString("vector %1: |cos| %2").arg(i).arg(cosine)));
        }
    }
    const Eigen::MatrixXd gram = r.vectors.transpose() * r.vectors;
    QVERIFY((gram - Eigen::MatrixXd::Identity(count, count)).cwiseAbs().maxCoeff() < 1e-10);
}

} // namespace

class TestLanczos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagonalOperator();
    void matchesDenseSolve_data();
    void matchesDenseSolve();
    void smallProblemSolvedDensely();
    void invariantSubspaceBreakdown();
    void sameResultForAnyThreadCount();
    void invalidInput();
    void cancel();
};

// diag(1000, 999, ..., 1): the eigenvalues are the entries, the vectors unit vectors.
void TestLanczos::diagonalOperator()
{
    const Eigen::Index n = 1000;
    Eigen::VectorXd d(n);
    for (Eigen::Index i = 0; i < n; ++i)
        d[i] = static_cast<double>(n - i);
    LanczosOptions options;
    options.count = 10;
    options.block = 4;
    options.tolerance = 1e-10;
    const SymmetricProduct product = [&](const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) {
        y = d.asDiagonal() * x;
    };
    const LanczosResult r = largestEigenpairs(n, product, randomBlock(n, 4, 1), options);
    for (int i = 0; i < 10; ++i) {
        QVERIFY2(std::abs(r.values[i] - static_cast<double>(n - i)) < 1e-7,
                 qPrintable(QString("value %1: %2").arg(i).arg(r.values[i], 0, 'g', 17)));
        QVERIFY(std::abs(std::abs(r.vectors(i, i)) - 1.0) < 1e-8);
    }
    QVERIFY(r.products > 0);
}

void TestLanczos::matchesDenseSolve_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("block");
    QTest::newRow("n 600, 8 pairs, block 1") << 600 << 8 << 1;
    QTest::newRow("n 600, 8 pairs, block 8") << 600 << 8 << 8;
    QTest::newRow("n 700, 30 pairs, block 4") << 700 << 30 << 4;
    QTest::newRow("n 500, 3 pairs, block 5") << 500 << 3 << 5;
}

void TestLanczos::matchesDenseSolve()
{
    QFETCH(int, n);
    QFETCH(int, count);
    QFETCH(int, block);
    const Eigen::MatrixXd m = randomGram(n, static_cast<unsigned>(n + count));
    LanczosOptions options;
    options.count = count;
    options.block = block;
    options.tolerance = 1e-10;
    const LanczosResult r = largestEigenpairs(n, denseProduct(m), randomBlock(n, block, 7), options);
    QVERIFY2(r.products < n, "the Lanczos path, not a dense solve in disguise");
    checkAgainstDense(m, r, count);
}

void TestLanczos::smallProblemSolvedDensely()
{
    const Eigen::MatrixXd m = randomGram(50, 3);
    LanczosOptions options;
    options.count = 5;
    const LanczosResult r = largestEigenpairs(50, denseProduct(m), randomBlock(50, options.block, 2), options);
    QCOMPARE(r.products, 50);
    checkAgainstDense(m, r, 5);
}

// A rank-5 projection: the Krylov space is invariant after one block, so
// every further block breaks down and must be replaced; eigenvalues 1 (5
// times) then 0.
void TestLanczos::invariantSubspaceBreakdown()
{
    const Eigen::Index n = 800;
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(randomBlock(n, 5, 11));
    const Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(n, 5);
    const Eigen::MatrixXd p = q * q.transpose();
    LanczosOptions options;
    options.count = 8;
    options.block = 4;
    const LanczosResult r = largestEigenpairs(n, denseProduct(p), randomBlock(n, 4, 12), options);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(std::abs(r.values[i] - 1.0) < 1e-10, qPrintable(QString("value %1: %2").arg(i).arg(r.values[i])));
    for (int i = 5; i < 8; ++i)
        QVERIFY2(std::abs(r.values[i]) < 1e-10, qPrintable(QString("value %1: %2").arg(i).arg(r.values[i])));
    // The first five span the projection's range.
    QVERIFY(((p * r.vectors.leftCols(5)) - r.vectors.leftCols(5)).cwiseAbs().maxCoeff() < 1e-8);
    const Eigen::MatrixXd gram = r.vectors.transpose() * r.vectors;
    QVERIFY((gram - Eigen::MatrixXd::Identity(8, 8)).cwiseAbs().maxCoeff() < 1e-10);
}

void TestLanczos::sameResultForAnyThreadCount()
{
    const Eigen::Index n = 3000; // 12 row blocks, so the passes really split
    Eigen::VectorXd d(n);
    for (Eigen::Index i = 0; i < n; ++i)
        d[(7 * i) % n] = 1.0 / static_cast<double>(1 + i); // the largest spread over all row blocks
    const SymmetricProduct product = [&](const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) {
        y = d.asDiagonal() * x;
    };
    LanczosOptions options;
    options.count = 12;
    options.threads = 1;
    const Eigen::MatrixXd start = randomBlock(n, options.block, 5);
    const LanczosResult one = largestEigenpairs(n, product, start, options);
    for (unsigned threads : {2u, 3u}) {
        options.threads = threads;
        const LanczosResult more = largestEigenpairs(n, product, start, options);
        QVERIFY(one.values == more.values);
        QVERIFY(one.vectors == more.vectors);
    }
}

void TestLanczos::invalidInput()
{
    const Eigen::MatrixXd m = randomGram(500, 1);
    LanczosOptions options;
    options.count = 500;
    QVERIFY_THROWS_EXCEPTION(Error, largestEigenpairs(500, denseProduct(m), randomBlock(500, 8, 1), options));
    options.count = 4;
    QVERIFY_THROWS_EXCEPTION(Error, largestEigenpairs(500, denseProduct(m), randomBlock(499, 8, 1), options));
    QVERIFY_THROWS_EXCEPTION(Error, largestEigenpairs(500, denseProduct(m), randomBlock(500, 3, 1), options));
    Eigen::MatrixXd zeroColumn = randomBlock(500, 8, 1);
    zeroColumn.col(2).setZero();
    try {
        largestEigenpairs(500, denseProduct(m), zeroColumn, options);
        QFAIL("a zero start column was accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidArgument);
        QVERIFY(QString::fromStdString(e.what()).contains("zero column"));
    }
    options.block = 0;
    QVERIFY_THROWS_EXCEPTION(Error, largestEigenpairs(500, denseProduct(m), randomBlock(500, 8, 1), options));
}

// Cancelled while the third block of products runs: stops before the next.
void TestLanczos::cancel()
{
    const Eigen::MatrixXd m = randomGram(600, 2);
    LanczosOptions options;
    options.count = 8;
    Feedback feedback;
    int calls = 0;
    const SymmetricProduct product = [&](const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::MatrixXd &y) {
        if (++calls == 3)
            feedback.cancel();
        y = m * x;
    };
    try {
        largestEigenpairs(600, product, randomBlock(600, 8, 1), options, &feedback);
        QFAIL("not cancelled");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Cancelled);
    }
    QCOMPARE(calls, 3);
}

QTEST_APPLESS_MAIN(TestLanczos)
#include "tst_lanczos.moc"
