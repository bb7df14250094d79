// compareLandscapes: identical and reversed landscapes (closed forms), a
// hand-worked example with ties and NaN holes, top-set tie breaking by lower id,
// a brute-force cross-check on random data, and the errors.
#include "core/CoreTestHelpers.h"

#include "metrics/Similarity.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <set>
#include <vector>

using namespace hplx;
using hplxtest::errorFrom;
using hplxtest::near;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

SimilarityOptions shares(double gamma, double shakeupTop)
{
    SimilarityOptions options;
    options.gamma = gamma;
    options.shakeupTop = shakeupTop;
    return options;
}

} // namespace

class TestSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical();
    void reversed_data();
    void reversed();
    void handWorked_data();
    void handWorked();
    void gammaTieBreakByLowerId();
    void gammaTieBreakUsesIdsAcrossHoles();
    void shakeupTopTieBreakByLowerId();
    void shareRoundsNearIntegers();
    void gammaOneIsEverything();
    void matchesBruteForce();
    void errors_data();
    void errors();
};

void TestSimilarity::identical()
{
    // With ties and NaN holes in the same places.
    const std::vector<double> a{0.3, kNaN, 0.1, 0.3, 0.7, 0.2, kNaN, 0.9, 0.1, 0.5};
    const SimilarityResult result = compareLandscapes(a, a, shares(0.25, 0.5));
    QCOMPARE(result.compared, std::uint64_t{8});
    QCOMPARE(result.topSize, std::uint64_t{2}); // ceil(0.25 * 8)
    VERIFY_NEAR(result.spearman, 1.0);
    QCOMPARE(result.shakeupAll, 0.0);
    QCOMPARE(result.shakeupTop, 0.0);
    QCOMPARE(result.gammaIoU, 1.0);
    QCOMPARE(result.gammaOverlap, 1.0);
    QCOMPARE(result.options.gamma, 0.25);
    QCOMPARE(result.options.shakeupTop, 0.5);
}

void TestSimilarity::reversed_data()
{
    QTest::addColumn<int>("n");
    for (int n : {2, 3, 4, 10, 11, 100, 1001})
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestSimilarity::reversed()
{
    // Distinct losses, b = -a: r_b = n + 1 - r_a, so |r_a - r_b| = |2r - n - 1|.
    // Sum over r = 1..n of |2r - n - 1|:
    //   n = 2m:     the odd numbers 1, 3, ..., 2m - 1 twice: 2 m^2 = n^2 / 2;
    //   n = 2m + 1: 2 |r - m - 1| for r - m - 1 in -m..m: 4 * m(m+1)/2 = (n^2 - 1) / 2.
    // shakeupAll = sum / n / n = 1/2 (n even) or (n^2 - 1) / (2 n^2) (n odd).
    // shakeupTop over the k best of a (r = 1..k, k <= n/2): mean of (n + 1 - 2r) / n
    //   = (n + 1 - (k + 1)) / n = (n - k) / n.
    QFETCH(int, n);
    std::vector<double> a(static_cast<std::size_t>(n));
    std::iota(a.begin(), a.end(), 1.0);
    std::mt19937 rng(static_cast<unsigned>(n));
    std::shuffle(a.begin(), a.end(), rng); // ranks must not follow ids
    std::vector<double> b(a.size());
    std::transform(a.begin(), a.end(), b.begin(), [](double v) { return -v; });

    const SimilarityResult result = compareLandscapes(a, b);
    const double dn = n;
    VERIFY_NEAR(result.spearman, -1.0);
    VERIFY_NEAR(result.shakeupAll, n % 2 == 0 ? 0.5 : (dn * dn - 1.0) / (2.0 * dn * dn));
    const double k = std::ceil(0.1 * dn); // no near-integer products for these n
    QVERIFY(k <= dn / 2);
    VERIFY_NEAR(result.shakeupTop, (dn - k) / dn);
    // The best 10 % of a are the worst of b: disjoint whenever 2k <= n.
    QCOMPARE(result.topSize, static_cast<std::uint64_t>(k));
    QCOMPARE(result.gammaIoU, 0.0);
    QCOMPARE(result.gammaOverlap, 0.0);

    // gamma = 0.6 with n = 10: A = a-ranks 1..6, B = a-ranks 5..10, |A ∩ B| = 2,
    // |A ∪ B| = 10: IoU 0.2, overlap 2/6.
    if (n == 10) {
        const SimilarityResult wide = compareLandscapes(a, b, shares(0.6, 0.1));
        QCOMPARE(wide.topSize, std::uint64_t{6});
        VERIFY_NEAR(wide.gammaIoU, 0.2);
        VERIFY_NEAR(wide.gammaOverlap, 2.0 / 6.0);
    }
}

void TestSimilarity::handWorked_data()
{
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("shakeupTop");
    QTest::addColumn<int>("topSize");
    QTest::addColumn<double>("expectedShakeupTop");
    QTest::addColumn<double>("iou");
    QTest::addColumn<double>("overlap");
    // See handWorked() for the derivations.
    QTest::newRow("defaults") << 0.1 << 0.1 << 1 << 0.25 << 0.0 << 0.0;
    QTest::newRow("third, half") << 1.0 / 3.0 << 0.5 << 2 << 5.5 / 18.0 << 0.0 << 0.0;
    QTest::newRow("half, half") << 0.5 << 0.5 << 3 << 5.5 / 18.0 << 0.5 << 2.0 / 3.0;
    QTest::newRow("all") << 1.0 << 1.0 << 6 << 10.0 / 36.0 << 1.0 << 1.0;
}

void TestSimilarity::handWorked()
{
    // id:        0    1    2    3    4    5    6    7
    // a:       0.3  0.1  NaN  0.3  0.5  0.2  0.1  0.4
    // b:       0.2  0.2  0.9  0.1  0.4  NaN  0.3  0.2
    // Common ids (both non-NaN): 0 1 3 4 6 7, n = 6.
    // Ranks of a over them: 0.1 (ids 1, 6) -> 1.5; 0.3 (ids 0, 3) -> 3.5; 0.4 -> 5; 0.5 -> 6.
    //   r_a: id0 3.5, id1 1.5, id3 3.5, id4 6, id6 1.5, id7 5
    // Ranks of b: 0.1 (id 3) -> 1; 0.2 (ids 0, 1, 7) -> positions 2..4 -> 3; 0.3 -> 5; 0.4 -> 6.
    //   r_b: id0 3,   id1 3,   id3 1,   id4 6, id6 5,   id7 3
    // Spearman: both rank means 21 / 6 = 3.5;
    //   d_a = 0 -2 0 2.5 -2 1.5, d_b = -0.5 -0.5 -2.5 2.5 1.5 -0.5
    //   sxy = 0 + 1 + 0 + 6.25 - 3 - 0.75 = 3.5
    //   sxx = 0 + 4 + 0 + 6.25 + 4 + 2.25 = 16.5; syy = 0.25 + 0.25 + 6.25 + 6.25 + 2.25 + 0.25 = 15.5
    //   rho = 3.5 / sqrt(16.5 * 15.5) = 3.5 / sqrt(255.75)
    // |r_a - r_b| = 0.5 1.5 2.5 0 3.5 2, sum 10: shakeupAll = 10 / 6 / 6 = 10/36.
    // Order of a, ties by lower id: id1, id6, id0, id3, id7, id4.
    // Order of b, ties by lower id: id3, id0, id1, id7, id6, id4.
    // shakeupTop 0.1: k = ceil(0.6) = 1 -> {id1}: 1.5 / 6 = 0.25.
    // shakeupTop 0.5: k = 3 -> {id1, id6, id0}: (1.5 + 3.5 + 0.5) / 6 / 3 = 5.5 / 18.
    // shakeupTop 1: every id: 10/36, as shakeupAll.
    // gamma 0.1: k = 1: A = {id1}, B = {id3}: IoU 0, overlap 0.
    // gamma 1/3: k = 2: A = {id1, id6}, B = {id3, id0}: 0, 0.
    // gamma 0.5: k = 3: A = {id1, id6, id0}, B = {id3, id0, id1}: |A ∩ B| = 2, |A ∪ B| = 4:
    //   IoU 0.5, overlap 2/3.
    // gamma 1: A = B = all six: 1, 1.
    QFETCH(double, gamma);
    QFETCH(double, shakeupTop);
    QFETCH(int, topSize);
    QFETCH(double, expectedShakeupTop);
    QFETCH(double, iou);
    QFETCH(double, overlap);
    const std::vector<double> a{0.3, 0.1, kNaN, 0.3, 0.5, 0.2, 0.1, 0.4};
    const std::vector<double> b{0.2, 0.2, 0.9, 0.1, 0.4, kNaN, 0.3, 0.2};
    const SimilarityResult result = compareLandscapes(a, b, shares(gamma, shakeupTop));
    QCOMPARE(result.compared, std::uint64_t{6});
    QCOMPARE(result.topSize, static_cast<std::uint64_t>(topSize));
    VERIFY_NEAR(result.spearman, 3.5 / std::sqrt(255.75));
    VERIFY_NEAR(result.shakeupAll, 10.0 / 36.0);
    VERIFY_NEAR(result.shakeupTop, expectedShakeupTop);
    VERIFY_NEAR(result.gammaIoU, iou);
    VERIFY_NEAR(result.gammaOverlap, overlap);
}

void TestSimilarity::gammaTieBreakByLowerId()
{
    // a is constant: its top set is the lowest ids. b: ids 1, 2, 3 tie at 0.5.
    const std::vector<double> a{0.5, 0.5, 0.5, 0.5};
    const std::vector<double> b{0.7, 0.5, 0.5, 0.5};
    // k = 1: A = {0}, B = {1}: disjoint.
    SimilarityResult result = compareLandscapes(a, b, shares(0.25, 0.25));
    QCOMPARE(result.topSize, std::uint64_t{1});
    QCOMPARE(result.gammaIoU, 0.0);
    QVERIFY(std::isnan(result.spearman)); // a constant: no correlation
    // k = 2: A = {0, 1}, B = {1, 2}: IoU 1/3, overlap 1/2.
    result = compareLandscapes(a, b, shares(0.5, 0.25));
    VERIFY_NEAR(result.gammaIoU, 1.0 / 3.0);
    VERIFY_NEAR(result.gammaOverlap, 0.5);
    // k = 3: A = {0, 1, 2}, B = {1, 2, 3}: IoU 2/4, overlap 2/3.
    result = compareLandscapes(a, b, shares(0.75, 0.25));
    VERIFY_NEAR(result.gammaIoU, 0.5);
    VERIFY_NEAR(result.gammaOverlap, 2.0 / 3.0);
}

void TestSimilarity::gammaTieBreakUsesIdsAcrossHoles()
{
    // Common ids 1, 2, 3, 5. a ties everywhere -> A = {1}; b ties at ids 2, 5 -> B = {2}.
    const std::vector<double> a{kNaN, 0.2, 0.2, 0.2, 0.0, 0.2};
    const std::vector<double> b{0.1, 0.3, 0.2, 0.4, kNaN, 0.2};
    SimilarityResult result = compareLandscapes(a, b, shares(0.25, 1.0));
    QCOMPARE(result.compared, std::uint64_t{4});
    QCOMPARE(result.gammaIoU, 0.0);
    // Swapped roles: A = {2}, B = {1}.
    result = compareLandscapes(b, a, shares(0.25, 1.0));
    QCOMPARE(result.gammaOverlap, 0.0);
    // k = 2: A = {1, 2}, B = {2, 5}: IoU 1/3.
    result = compareLandscapes(a, b, shares(0.5, 1.0));
    VERIFY_NEAR(result.gammaIoU, 1.0 / 3.0);
}

void TestSimilarity::shakeupTopTieBreakByLowerId()
{
    // a: 0.9 0.5 0.5 0.7 -> ranks 4 1.5 1.5 3; b: 1 2 4 3 -> ranks 1 2 4 3.
    // Top 1 of a ties between ids 1 and 2; the lower id 1 gives |1.5 - 2| / 4 = 0.125
    // (id 2 would give |1.5 - 4| / 4 = 0.625).
    const SimilarityResult result = compareLandscapes({0.9, 0.5, 0.5, 0.7}, {1, 2, 4, 3}, shares(0.1, 0.1));
    VERIFY_NEAR(result.shakeupTop, 0.125);
    // shakeupAll = (3 + 0.5 + 2.5 + 0) / 4 / 4 = 6/16.
    VERIFY_NEAR(result.shakeupAll, 6.0 / 16.0);
}

void TestSimilarity::shareRoundsNearIntegers()
{
    // 0.28 * 25 = 7.000000000000001 in double; the top set still holds 7, not 8.
    std::vector<double> a(25);
    std::iota(a.begin(), a.end(), 0.0);
    const SimilarityResult result = compareLandscapes(a, a, shares(0.28, 0.28));
    QCOMPARE(result.topSize, std::uint64_t{7});
    // And a share just above an integer boundary still rounds up: 0.29 * 25 = 7.25 -> 8.
    QCOMPARE(compareLandscapes(a, a, shares(0.29, 0.1)).topSize, std::uint64_t{8});
    // Tiny shares give at least one configuration.
    QCOMPARE(compareLandscapes(a, a, shares(1e-9, 1e-9)).topSize, std::uint64_t{1});
}

void TestSimilarity::gammaOneIsEverything()
{
    const SimilarityResult result = compareLandscapes({3, 1, 2}, {1, 2, 3}, shares(1.0, 1.0));
    QCOMPARE(result.topSize, std::uint64_t{3});
    QCOMPARE(result.gammaIoU, 1.0);
    QCOMPARE(result.gammaOverlap, 1.0);
    VERIFY_NEAR(result.shakeupTop, result.shakeupAll);
}

void TestSimilarity::matchesBruteForce()
{
    // Naive O(n^2) ranks, sorted top sets and explicit set algebra.
    std::mt19937_64 rng(2025);
    std::uniform_int_distribution<int> level(0, 6); // many ties
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int trial = 0; trial < 50; ++trial) {
        const std::size_t size = 5 + static_cast<std::size_t>(trial) * 3;
        std::vector<double> a(size);
        std::vector<double> b(size);
        for (std::size_t id = 0; id < size; ++id) {
            a[id] = unit(rng) < 0.15 ? kNaN : level(rng) * 0.1;
            b[id] = unit(rng) < 0.15 ? kNaN : level(rng) * 0.1;
        }
        std::vector<std::size_t> ids;
        for (std::size_t id = 0; id < size; ++id)
            if (!std::isnan(a[id]) && !std::isnan(b[id]))
                ids.push_back(id);
        if (ids.size() < 2)
            continue;
        const double n = static_cast<double>(ids.size());
        const auto rank = [&](const std::vector<double> &loss, std::size_t id) {
            double below = 0;
            double equal = 0;
            for (std::size_t other : ids) {
                below += loss[other] < loss[id] ? 1 : 0;
                equal += loss[other] == loss[id] ? 1 : 0;
            }
            return below + (equal + 1) / 2; // mean of positions below+1 .. below+equal
        };
        const auto top = [&](const std::vector<double> &loss, double share) {
            std::vector<std::size_t> order = ids;
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t l, std::size_t r) { return loss[l] < loss[r]; });
            const auto k = static_cast<std::size_t>(std::ceil(share * n - 1e-9));
            return std::vector<std::size_t>(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k));
        };
        const double gamma = 0.05 + 0.9 * unit(rng);
        const double topShare = 0.05 + 0.9 * unit(rng);
        double all = 0;
        for (std::size_t id : ids)
            all += std::abs(rank(a, id) - rank(b, id)) / n;
        double topShift = 0;
        const std::vector<std::size_t> topA = top(a, topShare);
        for (std::size_t id : topA)
            topShift += std::abs(rank(a, id) - rank(b, id)) / n;
        const std::vector<std::size_t> gammaA = top(a, gamma);
        const std::vector<std::size_t> gammaB = top(b, gamma);
        std::set<std::size_t> unionSet(gammaA.begin(), gammaA.end());
        unionSet.insert(gammaB.begin(), gammaB.end());
        const double intersection = static_cast<double>(gammaA.size() + gammaB.size() - unionSet.size());

        const SimilarityResult result = compareLandscapes(a, b, shares(gamma, topShare));
        QCOMPARE(result.compared, static_cast<std::uint64_t>(ids.size()));
        QCOMPARE(result.topSize, static_cast<std::uint64_t>(gammaA.size()));
        VERIFY_NEAR(result.shakeupAll, all / n);
        VERIFY_NEAR(result.shakeupTop, topShift / static_cast<double>(topA.size()));
        VERIFY_NEAR(result.gammaIoU, intersection / static_cast<double>(unionSet.size()));
        VERIFY_NEAR(result.gammaOverlap, intersection / static_cast<double>(gammaA.size()));
    }
}

void TestSimilarity::errors_data()
{
    QTest::addColumn<QList<double>>("a");
    QTest::addColumn<QList<double>>("b");
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("shakeupTop");
    QTest::addColumn<QString>("part");
    const QList<double> ok{1, 2, 3};
    QTest::newRow("length mismatch") << ok << QList<double>{1, 2} << 0.1 << 0.1 << "3 and 2 configurations";
    QTest::newRow("no common") << QList<double>{1, kNaN, 3} << QList<double>{kNaN, 2, kNaN} << 0.1 << 0.1
                               << "0 configuration(s)";
    QTest::newRow("one common") << QList<double>{1, kNaN, 3} << QList<double>{kNaN, 2, 3} << 0.1 << 0.1
                                << "1 configuration(s)";
    QTest::newRow("empty") << QList<double>{} << QList<double>{} << 0.1 << 0.1 << "at least 2";
    QTest::newRow("gamma 0") << ok << ok << 0.0 << 0.1 << "'gamma'";
    QTest::newRow("gamma negative") << ok << ok << -0.5 << 0.1 << "'gamma'";
    QTest::newRow("gamma above 1") << ok << ok << 1.5 << 0.1 << "(0, 1]";
    QTest::newRow("gamma NaN") << ok << ok << kNaN << 0.1 << "'gamma'";
    QTest::newRow("shakeupTop 0") << ok << ok << 0.1 << 0.0 << "'shakeupTop'";
    QTest::newRow("shakeupTop above 1") << ok << ok << 0.1 << 1.0000001 << "'shakeupTop'";
}

void TestSimilarity::errors()
{
    QFETCH(QList<double>, a);
    QFETCH(QList<double>, b);
    QFETCH(double, gamma);
    QFETCH(double, shakeupTop);
    QFETCH(QString, part);
    const auto error = errorFrom([&] {
        compareLandscapes(std::vector<double>(a.begin(), a.end()), std::vector<double>(b.begin(), b.end()),
                          shares(gamma, shakeupTop));
    });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, part.toStdString());
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
