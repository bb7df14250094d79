// exactKnn and trustworthiness against hand-worked point sets and a literal
// O(n^3) reading of the Venna & Kaski definition (sklearn's formula) on
// random inputs; invariants (1 for neighbourhood-preserving layouts), thread
// count independence, subsample determinism and errors (timings: tests/bench/bench_embed.cpp).
#include "embed/Trustworthiness.h"
#include "util/Random.h"

#include "core/CoreTestHelpers.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <utility>
#include <vector>

using namespace hplx;

namespace {

// Deterministic uniform floats in [-1, 1) from mt19937_64 (whose sequence
// the standard pins), not a std distribution.
Eigen::MatrixXf randomPoints(Eigen::Index n, Eigen::Index d, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    Eigen::MatrixXf points(n, d);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index c = 0; c < d; ++c)
            points(i, c) = static_cast<float>(static_cast<double>(engine() >> 11) * 0x1.0p-52 - 1.0);
    return points;
}

Eigen::MatrixXf column(const std::vector<float> &values)
{
    Eigen::MatrixXf points(static_cast<Eigen::Index>(values.size()), 1);
    for (std::size_t i = 0; i < values.size(); ++i)
        points(static_cast<Eigen::Index>(i), 0) = values[i];
    return points;
}

// The same plain double sum as the definition in Trustworthiness.cpp.
double distance2(const Eigen::MatrixXf &points, Eigen::Index i, Eigen::Index j)
{
    double sum = 0.0;
    for (Eigen::Index c = 0; c < points.cols(); ++c) {
        const double t = static_cast<double>(points(i, c)) - static_cast<double>(points(j, c));
        sum += t * t;
    }
    return sum;
}

// All other rows of i by (distance, index).
std::vector<std::uint32_t> orderFrom(const Eigen::MatrixXf &points, Eigen::Index i)
{
    std::vector<std::pair<double, std::uint32_t>> keyed;
    for (Eigen::Index j = 0; j < points.rows(); ++j)
        if (j != i)
            keyed.emplace_back(distance2(points, i, j), static_cast<std::uint32_t>(j));
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::uint32_t> order;
    for (const auto &entry : keyed)
        order.push_back(entry.second);
    return order;
}

std::vector<std::uint32_t> bruteKnn(const Eigen::MatrixXf &points, int k)
{
    std::vector<std::uint32_t> result;
    for (Eigen::Index i = 0; i < points.rows(); ++i) {
        const auto order = orderFrom(points, i);
        result.insert(result.end(), order.begin(), order.begin() + k);
    }
    return result;
}

// T(k) read literally: full input rank lists, set difference, sum of r - k.
double bruteTrustworthiness(const Eigen::MatrixXf &input, const Eigen::MatrixXf &layout, int k)
{
    const auto n = static_cast<double>(input.rows());
    double sum = 0.0;
    for (Eigen::Index i = 0; i < input.rows(); ++i) {
        const auto inputOrder = orderFrom(input, i);
        const auto layoutOrder = orderFrom(layout, i);
        for (int m = 0; m < k; ++m) {
            const std::uint32_t j = layoutOrder[static_cast<std::size_t>(m)];
            const auto position = std::find(inputOrder.begin(), inputOrder.end(), j) - inputOrder.begin();
            const double rank = static_cast<double>(position + 1);
            if (rank > k)
                sum += rank - k;
        }
    }
    return 1.0 - 2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0)) * sum;
}

TrustworthinessOptions withK(int k)
{
    TrustworthinessOptions options;
    options.k = k;
    return options;
}

} // namespace

class TestTrustworthiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knnHandMade1d();
    void knnTiesByIndex();
    void knnMatchesBruteForce_data();
    void knnMatchesBruteForce();
    void knnSameForAnyThreadCount();
    void knnErrors();
    void perfectLayouts();
    void handWorkedSwap();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void randomLayoutIsUntrustworthy();
    void sameForAnyThreadCount();
    void subsample();
    void errors();
};

void TestTrustworthiness::knnHandMade1d()
{
    // x = 0, 1, 3, 6, 10, 15: gaps 1, 2, 3, 4, 5, no ties.
    const auto points = column({0, 1, 3, 6, 10, 15});
    // Rows: 0: 1 (1), 2 (3) | 1: 0 (1), 2 (2) | 2: 1 (2), 0 (3) = 3 (3) tie -> 0
    // 3: 2 (3), 4 (4) | 4: 3 (4), 5 (5) | 5: 4 (5), 3 (9)
    const std::vector<std::uint32_t> expected2 = {1, 2, 0, 2, 1, 0, 2, 4, 3, 5, 4, 3};
    QCOMPARE(exactKnn(points, 2), expected2);
    const std::vector<std::uint32_t> expected3 = {1, 2, 3, 0, 2, 3, 1, 0, 3, 2, 4, 1, 3, 5, 2, 4, 3, 2};
    QCOMPARE(exactKnn(points, 3), expected3);
    const std::vector<std::uint32_t> expected1 = {1, 0, 1, 2, 3, 4};
    QCOMPARE(exactKnn(points, 1), expected1);
}

void TestTrustworthiness::knnTiesByIndex()
{
    // Duplicates (rows 0, 2, 4 at the same point) are at distance 0; equal
    // distances go to the lower index.
    Eigen::MatrixXf points(6, 2);
    points << 0, 0, //
        1, 0,       //
        0, 0,       //
        -1, 0,      //
        0, 0,       //
        0, 1;
    const auto knn = exactKnn(points, 4);
    const std::vector<std::uint32_t> expected = {
        2, 4, 1, 3, // row 0: duplicates first, then the three at distance 1
        0, 2, 4, 5, // row 1: 0, 2, 4 at 1, then 5 at sqrt 2 (3 at 2)
        0, 4, 1, 3, //
        0, 2, 4, 5, // row 3: 0, 2, 4 at 1, 5 at sqrt 2 < 1 at 2
        0, 2, 1, 3, //
        0, 2, 4, 1, // row 5: 0, 2, 4 at 1, then 1 and 3 at sqrt 2 -> 1
    };
    QCOMPARE(knn, expected);
    // All rows equal: every row's neighbours are the others in index order.
    const Eigen::MatrixXf same = Eigen::MatrixXf::Constant(5, 3, 0.25f);
    const std::vector<std::uint32_t> allSame = {1, 2, 3, 4, 0, 2, 3, 4, 0, 1, 3, 4, 0, 1, 2, 4, 0, 1, 2, 3};
    QCOMPARE(exactKnn(same, 4), allSame);
}

void TestTrustworthiness::knnMatchesBruteForce_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("k");
    QTest::addColumn<float>("offset");
    QTest::newRow("2-D, k 1") << 50 << 2 << 1 << 0.0f;
    QTest::newRow("2-D, k 15, several blocks") << 300 << 2 << 15 << 0.0f;
    QTest::newRow("16-D, k 7") << 200 << 16 << 7 << 0.0f;
    QTest::newRow("128-D, k 15") << 150 << 128 << 15 << 0.0f;
    QTest::newRow("far from the origin") << 200 << 3 << 5 << 1000.0f;
    QTest::newRow("k = n - 1") << 20 << 4 << 19 << 0.0f;
    QTest::newRow("coarse grid, many ties") << 400 << 2 << 10 << 0.0f; // coordinates rounded below
    // The float product's centring and power-of-two scaling (scaled below).
    QTest::newRow("128-D far from the origin") << 200 << 128 << 15 << 3000.0f;
    QTest::newRow("tiny coordinates") << 200 << 16 << 7 << 0.0f;
    QTest::newRow("huge coordinates") << 200 << 16 << 7 << 0.0f;
}

void TestTrustworthiness::knnMatchesBruteForce()
{
    QFETCH(int, n);
    QFETCH(int, d);
    QFETCH(int, k);
    QFETCH(float, offset);
    Eigen::MatrixXf points = randomPoints(n, d, 7 + static_cast<std::uint64_t>(n * d)).array() + offset;
    const QByteArray tag = QTest::currentDataTag();
    if (tag.startsWith("coarse"))
        points = (points * 4.0f).array().round();
    if (tag.startsWith("tiny"))
        points *= 1e-30f; // squares underflow in float
    if (tag.startsWith("huge"))
        points *= 1e25f; // squares overflow in float
    QCOMPARE(exactKnn(points, k), bruteKnn(points, k));
}

void TestTrustworthiness::knnSameForAnyThreadCount()
{
    const Eigen::MatrixXf points = randomPoints(500, 8, 3);
    const auto reference = exactKnn(points, 12, 1);
    for (unsigned threads : {2u, 3u, 7u, 0u})
        QCOMPARE(exactKnn(points, 12, threads), reference);
}

void TestTrustworthiness::knnErrors()
{
    const Eigen::MatrixXf points = randomPoints(5, 2, 1);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { exactKnn(points, 0); }), ErrorKind::InvalidArgument);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { exactKnn(points, -1); }), ErrorKind::InvalidArgument);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { exactKnn(points, 5); }), ErrorKind::InvalidArgument);
    QCOMPARE(exactKnn(points, 4).size(), std::size_t(20));
    Eigen::MatrixXf bad = points;
    bad(2, 1) = std::numeric_limits<float>::quiet_NaN();
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { exactKnn(bad, 2); }), ErrorKind::InvalidArgument);
    HPLX_VERIFY_ERROR(hplxtest::errorFrom([&] { exactKnn(Eigen::MatrixXf(0, 3), 1); }), ErrorKind::InvalidArgument);
}

void TestTrustworthiness::perfectLayouts()
{
    const Eigen::MatrixXf input = randomPoints(300, 2, 11);
    QCOMPARE(trustworthiness(input, input, withK(15)), 1.0);
    // Scaling by 2 and rotating by 90 degrees are exact in float, so every
    // distance order (ties included) is kept.
    Eigen::MatrixXf rotated(input.rows(), 2);
    rotated.col(0) = -2.0f * input.col(1);
    rotated.col(1) = 2.0f * input.col(0);
    QCOMPARE(trustworthiness(input, rotated, withK(15)), 1.0);
    // A 1-D input placed on a line in 3-D keeps every neighbourhood.
    const Eigen::MatrixXf line = randomPoints(100, 1, 12);
    Eigen::MatrixXf embedded = Eigen::MatrixXf::Zero(100, 3);
    embedded.col(1) = 0.5f * line.col(0);
    QCOMPARE(trustworthiness(line, embedded, withK(5)), 1.0);
}

void TestTrustworthiness::handWorkedSwap()
{
    // Input x = 0, 1, 3, 6, 10, 15 (rows 0..5); the layout swaps rows 4 and 5:
    // x' = 0, 1, 3, 6, 15, 10.
    const auto input = column({0, 1, 3, 6, 10, 15});
    const auto layout = column({0, 1, 3, 6, 15, 10});
    // k = 1. Input nearest: 0->1, 1->0, 2->1, 3->2, 4->3, 5->4. Layout nearest:
    // 0->1, 1->0, 2->1, 3->2 (3 < 4 to row 5), 4->5 (at 15: 5 away), 5->3 (at 10:
    // 4 away). Row 4's input order is 3 (4), 5 (5), ... so r(4, 5) = 2; row 5's
    // is 4 (5), 3 (9), ... so r(5, 3) = 2. Sum of r - k = 1 + 1 = 2, and
    // T = 1 - 2 / (6 * 1 * (12 - 3 - 1)) * 2 = 1 - 4/48 = 11/12.
    QCOMPARE(trustworthiness(input, layout, withK(1)), 11.0 / 12.0);
    // k = 2. Input neighbourhoods: {1,2}, {0,2}, {1,0} (0 and 3 tie at 3 ->
    // 0), {2,4}, {3,5}, {4,3}. Layout: {1,2}, {0,2}, {1,0}, {2,5} (row 5 at 10
    // is 4 away), {5,3}, {3,4}. Only row 3 gains a stranger, row 5, whose input
    // rank from row 3 (x = 6: 2 at 3, 4 at 4, 1 at 5, 0 at 6, 5 at 9) is 5, so
    // the sum is 5 - 2 = 3 and T = 1 - 2 / (6 * 2 * (12 - 6 - 1)) * 3 = 1 - 6/60 = 0.9.
    QCOMPARE(trustworthiness(input, layout, withK(2)), 0.9);
    QCOMPARE(bruteTrustworthiness(input, layout, 1), 11.0 / 12.0);
    QCOMPARE(bruteTrustworthiness(input, layout, 2), 0.9);
}

void TestTrustworthiness::matchesBruteForce_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("inputDim");
    QTest::addColumn<int>("layoutDim");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("related"); // layout = noisy projection of the input, else independent
    QTest::newRow("random layout, k 5") << 120 << 10 << 2 << 5 << false;
    QTest::newRow("projection, k 5") << 150 << 10 << 2 << 5 << true;
    QTest::newRow("projection, k 15") << 200 << 32 << 2 << 15 << true;
    QTest::newRow("largest k, T < 0") << 40 << 6 << 3 << 26 << true; // 2*40 - 3*26 - 1 = 1
    QTest::newRow("k 1") << 80 << 4 << 2 << 1 << true;
    QTest::newRow("grid ties") << 150 << 3 << 2 << 6 << true;
}

void TestTrustworthiness::matchesBruteForce()
{
    QFETCH(int, n);
    QFETCH(int, inputDim);
    QFETCH(int, layoutDim);
    QFETCH(int, k);
    QFETCH(bool, related);
    const auto seed = static_cast<std::uint64_t>(n * 31 + k);
    Eigen::MatrixXf input = randomPoints(n, inputDim, seed);
    Eigen::MatrixXf layout = randomPoints(n, layoutDim, seed + 1);
    if (related)
        layout = input.leftCols(layoutDim) + 0.3f * layout;
    if (QByteArray(QTest::currentDataTag()) == "grid ties") {
        input = (input * 2.0f).array().round();
        layout = (layout * 2.0f).array().round();
    }
    const double expected = bruteTrustworthiness(input, layout, k);
    const double actual = trustworthiness(input, layout, withK(k));
    qInfo("T = %.6f", actual);
    QVERIFY2(std::abs(actual - expected) <= 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(actual).arg(expected)));
}

void TestTrustworthiness::randomLayoutIsUntrustworthy()
{
    // Structured input (points along a line in 5-D) and a layout drawn
    // independently of it: a layout neighbour is then a uniform draw among
    // the other rows, whose input rank averages about n / 2, so the sum of
    // r - k is about n k (n/2 - k) and T about 1 - (n - 2k) / (2n - 3k) ~ 0.5.
    const int n = 400;
    const Eigen::MatrixXf t = randomPoints(n, 1, 21);
    Eigen::MatrixXf input(n, 5);
    for (int c = 0; c < 5; ++c)
        input.col(c) = static_cast<float>(c + 1) * t.col(0);
    const Eigen::MatrixXf layout = randomPoints(n, 2, 22);
    const double value = trustworthiness(input, layout, withK(10));
    qInfo("random layout of a line: T = %.4f", value);
    QVERIFY(value < 0.8);
    QVERIFY(value > 0.2);
}

void TestTrustworthiness::sameForAnyThreadCount()
{
    const Eigen::MatrixXf input = randomPoints(700, 20, 31);
    const Eigen::MatrixXf layout = input.leftCols(2) + 0.2f * randomPoints(700, 2, 32);
    TrustworthinessOptions options = withK(15);
    options.threads = 1;
    const double reference = trustworthiness(input, layout, options);
    for (unsigned threads : {2u, 5u, 0u}) {
        options.threads = threads;
        QCOMPARE(trustworthiness(input, layout, options), reference);
    }
}

void TestTrustworthiness::subsample()
{
    const int n = 600;
    const Eigen::MatrixXf input = randomPoints(n, 8, 41);
    const Eigen::MatrixXf layout = input.leftCols(2) + 0.3f * randomPoints(n, 2, 42);
    TrustworthinessOptions options = withK(10);
    options.sampleSize = 200;
    options.seed = 99;
    const double first = trustworthiness(input, layout, options);
    QCOMPARE(trustworthiness(input, layout, options), first);

    // The documented draw: Shuffler(seed) over 0..n-1, the first sampleSize, sorted.
    std::vector<std::uint32_t> sample(n);
    std::iota(sample.begin(), sample.end(), 0u);
    Shuffler(99).shuffle(sample);
    sample.resize(200);
    std::sort(sample.begin(), sample.end());
    Eigen::MatrixXf subInput(200, input.cols());
    Eigen::MatrixXf subLayout(200, layout.cols());
    for (Eigen::Index r = 0; r < 200; ++r) {
        subInput.row(r) = input.row(sample[static_cast<std::size_t>(r)]);
        subLayout.row(r) = layout.row(sample[static_cast<std::size_t>(r)]);
    }
    QCOMPARE(first, bruteTrustworthiness(subInput, subLayout, 10));

    options.seed = 100;
    QVERIFY(trustworthiness(input, layout, options) != first);

    // sampleSize >= n: all rows.
    options.sampleSize = static_cast<std::uint32_t>(n);
    QCOMPARE(trustworthiness(input, layout, options), trustworthiness(input, layout, withK(10)));
}

void TestTrustworthiness::errors()
{
    const Eigen::MatrixXf input = randomPoints(10, 3, 51);
    const Eigen::MatrixXf layout = randomPoints(10, 2, 52);
    const auto errorFor = [&](const Eigen::MatrixXf &a, const Eigen::MatrixXf &b, TrustworthinessOptions options) {
        return hplxtest::errorFrom([&] { trustworthiness(a, b, options); });
    };
    const auto mismatch = errorFor(input, randomPoints(9, 2, 53), withK(2));
    HPLX_VERIFY_ERROR(mismatch, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(mismatch, "rows");
    HPLX_VERIFY_ERROR(errorFor(input.topRows(2), layout.topRows(2), withK(1)), ErrorKind::InvalidArgument);
    HPLX_VERIFY_ERROR(errorFor(input, layout, withK(0)), ErrorKind::InvalidArgument);
    HPLX_VERIFY_ERROR(errorFor(input, layout, withK(-3)), ErrorKind::InvalidArgument);
    // n = 10: 2n - 3k - 1 = 19 - 3k > 0 up to k = 6.
    QVERIFY(trustworthiness(input, layout, withK(6)) <= 1.0);
    const auto tooLarge = errorFor(input, layout, withK(7));
    HPLX_VERIFY_ERROR(tooLarge, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(tooLarge, "2m - 3k - 1 > 0");
    HPLX_VERIFY_ERROR(errorFor(input, layout, withK(10)), ErrorKind::InvalidArgument);
    // n = 3: only k = 1 (6 - 3 - 1 = 2 > 0).
    QVERIFY(trustworthiness(input.topRows(3), layout.topRows(3), withK(1)) <= 1.0);
    // The bound applies to the rows evaluated: k = 6 is too large for a 9-row subsample.
    TrustworthinessOptions sampled = withK(6);
    sampled.sampleSize = 9;
    HPLX_VERIFY_ERROR(errorFor(input, layout, sampled), ErrorKind::InvalidArgument);
    sampled.sampleSize = 2;
    sampled.k = 1;
    HPLX_VERIFY_ERROR(errorFor(input, layout, sampled), ErrorKind::InvalidArgument);
    Eigen::MatrixXf bad = layout;
    bad(4, 0) = std::numeric_limits<float>::infinity();
    HPLX_VERIFY_ERROR(errorFor(input, bad, withK(2)), ErrorKind::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestTrustworthiness)
#include "tst_trustworthiness.moc"
