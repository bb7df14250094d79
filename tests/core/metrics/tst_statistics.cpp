// averageRanks, pearson and spearman: hand-worked values, ties, NaN cases and
// invariance of spearman under monotone transforms.
#include "core/CoreTestHelpers.h"

#include "metrics/Statistics.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

using namespace hplx;
using hplxtest::errorFrom;
using hplxtest::near;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void averageRanks_data();
    void averageRanks();
    void ranksOfPermutation();
    void ranksRejectNaN();
    void pearsonByHand();
    void pearsonLargeOffset();
    void pearsonPerfect();
    void pearsonNaNCases_data();
    void pearsonNaNCases();
    void lengthMismatchThrows();
    void spearmanByHand_data();
    void spearmanByHand();
    void spearmanNaNCases();
    void spearmanMonotoneInvariance();
};

void TestStatistics::averageRanks_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("ranks");
    QTest::newRow("empty") << QList<double>{} << QList<double>{};
    QTest::newRow("one") << QList<double>{4.2} << QList<double>{1};
    // Sorted: 1 (pos 1), 2 (pos 2), 3, 3 (pos 3 and 4 -> 3.5).
    QTest::newRow("pair tie") << QList<double>{3, 1, 3, 2} << QList<double>{3.5, 1, 3.5, 2};
    // All tied: positions 1..3 -> mean 2.
    QTest::newRow("all tied") << QList<double>{5, 5, 5} << QList<double>{2, 2, 2};
    // Sorted: 0 (1), 1 (2), 2, 2, 2 (positions 3, 4, 5 -> 4).
    QTest::newRow("triple tie") << QList<double>{1, 2, 2, 2, 0} << QList<double>{2, 4, 4, 4, 1};
    // Two tie groups: -1, -1 (1, 2 -> 1.5); 7 (3); 9, 9, 9, 9 (4..7 -> 5.5).
    QTest::newRow("two groups") << QList<double>{9, -1, 9, 7, 9, -1, 9}
                                << QList<double>{5.5, 1.5, 5.5, 3, 5.5, 1.5, 5.5};
    QTest::newRow("negative zero ties zero") << QList<double>{0.0, -0.0, 1} << QList<double>{1.5, 1.5, 3};
}

void TestStatistics::averageRanks()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, ranks);
    const std::vector<double> actual = hplx::averageRanks(std::vector<double>(values.begin(), values.end()));
    QCOMPARE(QList<double>(actual.begin(), actual.end()), ranks);
}

void TestStatistics::ranksOfPermutation()
{
    // Distinct values: the rank is the position in sorted order, exactly.
    std::vector<double> values(100000);
    std::iota(values.begin(), values.end(), 0.0);
    std::mt19937_64 rng(7);
    std::shuffle(values.begin(), values.end(), rng);
    const std::vector<double> ranks = hplx::averageRanks(values);
    for (std::size_t k = 0; k < values.size(); ++k)
        QCOMPARE(ranks[k], values[k] + 1.0);
}

void TestStatistics::ranksRejectNaN()
{
    const auto error = errorFrom([] { hplx::averageRanks({1.0, kNaN, 2.0}); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
}

void TestStatistics::pearsonByHand()
{
    // x = 1 2 3 4, mean 2.5, dx = -1.5 -0.5 0.5 1.5
    // y = 2 4 5 9, mean 5,   dy = -3 -1 0 4
    // sxy = 4.5 + 0.5 + 0 + 6 = 11; sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5;
    // syy = 9 + 1 + 0 + 16 = 26; r = 11 / sqrt(5 * 26) = 11 / sqrt(130).
    const double r = pearson({1, 2, 3, 4}, {2, 4, 5, 9});
    QVERIFY(near(r, 11.0 / std::sqrt(130.0)));
    // Symmetric in its arguments; negating one side negates r.
    QVERIFY(near(pearson({2, 4, 5, 9}, {1, 2, 3, 4}), r));
    QVERIFY(near(pearson({1, 2, 3, 4}, {-2, -4, -5, -9}), -r));
}

void TestStatistics::pearsonLargeOffset()
{
    // The same data shifted by 1e9 (exact in double): a one-pass sum-of-squares
    // formula loses most digits here, the two-pass one none.
    const double r = pearson({1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4}, {1e9 + 2, 1e9 + 4, 1e9 + 5, 1e9 + 9});
    QVERIFY(near(r, 11.0 / std::sqrt(130.0)));
    // Heavy-tailed magnitudes: sxx * syy would be near 4e480, beyond double.
    const double big = pearson({1e120, 2e120, 3e120}, {1e120, 3e120, 2e120});
    // dx = -1 0 1, dy = -1 1 0 (times 1e120): sxy = 1, sxx = syy = 2 -> 0.5.
    QVERIFY(near(big, 0.5));
}

void TestStatistics::pearsonPerfect()
{
    QVERIFY(near(pearson({1, 2, 3}, {10, 20, 30}), 1.0));
    QVERIFY(near(pearson({1, 2, 3}, {3, 2, 1}), -1.0));
    const double r = pearson({0.1, 0.7, 0.2, 0.9}, {0.3, 2.1, 0.6, 2.7}); // y = 3x
    QVERIFY(r <= 1.0);
    QVERIFY(near(r, 1.0));
}

void TestStatistics::pearsonNaNCases_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::newRow("empty") << QList<double>{} << QList<double>{};
    QTest::newRow("one pair") << QList<double>{1} << QList<double>{2};
    QTest::newRow("constant x") << QList<double>{2, 2, 2} << QList<double>{1, 2, 3};
    QTest::newRow("constant y") << QList<double>{1, 2, 3} << QList<double>{0.1, 0.1, 0.1};
    // 0.1 three times: the computed mean is not exactly 0.1, still constant.
    QTest::newRow("constant inexact") << QList<double>{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
                                      << QList<double>{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("NaN in x") << QList<double>{1, kNaN, 3} << QList<double>{1, 2, 3};
}

void TestStatistics::pearsonNaNCases()
{
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    const std::vector<double> vx(x.begin(), x.end());
    const std::vector<double> vy(y.begin(), y.end());
    QVERIFY(std::isnan(pearson(vx, vy)));
    QVERIFY(std::isnan(spearman(vx, vy)));
}

void TestStatistics::lengthMismatchThrows()
{
    auto error = errorFrom([] { pearson({1, 2, 3}, {1, 2}); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    error = errorFrom([] { spearman({1, 2}, {1, 2, 3}); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
}

void TestStatistics::spearmanByHand_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::addColumn<double>("expected");
    // Ranks of y = 2 4 5 9 are 1 2 3 4 = ranks of x.
    QTest::newRow("monotone") << QList<double>{1, 2, 3, 4} << QList<double>{2, 4, 5, 9} << 1.0;
    // Ranks 1 2 3 4 vs 1 3 2 4: d = -1.5 -0.5 0.5 1.5 and -1.5 0.5 -0.5 1.5;
    // sxy = 2.25 - 0.25 - 0.25 + 2.25 = 4, sxx = syy = 5 -> 0.8.
    QTest::newRow("one swap") << QList<double>{0.1, 0.2, 0.3, 0.4} << QList<double>{10, 30, 20, 40} << 0.8;
    // y ranks with a tie: 10 20 20 30 -> 1 2.5 2.5 4, dy = -1.5 0 0 1.5;
    // sxy = 2.25 + 2.25 = 4.5, sxx = 5, syy = 4.5 -> 4.5 / sqrt(22.5) = 3 / sqrt(10).
    QTest::newRow("tie") << QList<double>{1, 2, 3, 4} << QList<double>{10, 20, 20, 30} << 3.0 / std::sqrt(10.0);
    // Reversed order: -1.
    QTest::newRow("reversed") << QList<double>{1, 2, 3, 4, 5} << QList<double>{9, 7, 5, 3, 1} << -1.0;
    // x ranks 1 2 3, y = 5 1 5 -> ranks 2.5 1 2.5, mean 2, dy = 0.5 -1 0.5;
    // dx = -1 0 1: sxy = -0.5 + 0 + 0.5 = 0 -> 0.
    QTest::newRow("uncorrelated") << QList<double>{1, 2, 3} << QList<double>{5, 1, 5} << 0.0;
}

void TestStatistics::spearmanByHand()
{
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    QFETCH(double, expected);
    const double r = spearman(std::vector<double>(x.begin(), x.end()), std::vector<double>(y.begin(), y.end()));
    QVERIFY2(near(r, expected), qPrintable(QString::number(r, 'g', 17)));
}

void TestStatistics::spearmanNaNCases()
{
    // Ranks of a constant side are all equal: no correlation defined.
    QVERIFY(std::isnan(spearman({3, 3, 3}, {1, 2, 3})));
    QVERIFY(std::isnan(spearman({1, kNaN}, {1, 2})));
    QVERIFY(std::isnan(spearman({1, 2}, {kNaN, 2})));
}

void TestStatistics::spearmanMonotoneInvariance()
{
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> uniform(-3.0, 3.0);
    std::uniform_int_distribution<int> coarse(0, 9); // many ties
    for (int trial = 0; trial < 20; ++trial) {
        std::vector<double> x(200);
        std::vector<double> y(200);
        for (std::size_t k = 0; k < x.size(); ++k) {
            x[k] = trial % 2 ? uniform(rng) : coarse(rng);
            y[k] = x[k] + uniform(rng);
        }
        const double base = spearman(x, y);
        std::vector<double> fx(x.size());
        std::vector<double> gy(y.size());
        std::transform(x.begin(), x.end(), fx.begin(), [](double v) { return std::exp(v); });
        std::transform(y.begin(), y.end(), gy.begin(), [](double v) { return v * v * v + 5.0 * v; });
        // Strictly increasing maps keep every rank, so the result is bit-identical.
        QCOMPARE(spearman(fx, gy), base);
        // A strictly decreasing map of one side flips the sign.
        std::transform(y.begin(), y.end(), gy.begin(), [](double v) { return -2.0 * v; });
        QVERIFY(near(spearman(fx, gy), -base));
    }
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
