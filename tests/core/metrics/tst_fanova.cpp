// functionalAnova: hand-derived shares on additive and pure-interaction grids,
// constant and single-value cases, the log and rank scales, the partial-data
// error, and an independent brute-force decomposition on random small grids.
#include "core/CoreTestHelpers.h"

#include "metrics/Fanova.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace hplx;
using hplxtest::errorFrom;
using hplxtest::near;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// HP h has sizes[h] values "0", "1", ...
std::shared_ptr<const SearchSpace> grid(const std::vector<std::uint32_t> &sizes)
{
    std::vector<Hyperparameter> hps;
    for (std::size_t h = 0; h < sizes.size(); ++h) {
        std::vector<std::string> labels;
        for (std::uint32_t v = 0; v < sizes[h]; ++v)
            labels.push_back(std::to_string(v));
        hps.emplace_back("h" + std::to_string(h), HpKind::Ordinal, labels);
    }
    return std::make_shared<const SearchSpace>(std::move(hps));
}

Landscape landscape(const std::shared_ptr<const SearchSpace> &space, std::vector<double> loss)
{
    LandscapeInfo info;
    info.key = {"model", "data", "", std::nullopt, "test", "loss"};
    return Landscape(space, info, std::move(loss));
}

// Losses from a function of the value indices.
template <typename F>
Landscape landscapeOf(const std::shared_ptr<const SearchSpace> &space, F &&f)
{
    std::vector<double> loss(space->size());
    for (ConfigId id = 0; id < space->size(); ++id)
        loss[id] = f(space->decode(id));
    return landscape(space, std::move(loss));
}

FanovaOptions onScale(LossScale scale, bool pairs = true)
{
    FanovaOptions options;
    options.scale = scale;
    options.pairs = pairs;
    return options;
}

double sumOfShares(const FanovaResult &result)
{
    double sum = 0.0;
    for (const FanovaTerm &term : result.singles)
        sum += term.share;
    for (const FanovaTerm &term : result.pairs)
        sum += term.share;
    return sum;
}

// Independent decomposition: every marginal by an explicit loop over all
// configurations (decode each id, compare value indices), no strides.
struct BruteForce
{
    double mean = 0.0;
    double total = 0.0;
    std::vector<double> singles;
    std::vector<double> pairs; // (i, j), i < j, lexicographic
};

BruteForce bruteForce(const SearchSpace &space, const std::vector<double> &y)
{
    const std::size_t d = space.dimension();
    const double n = static_cast<double>(y.size());
    BruteForce result;
    for (double v : y)
        result.mean += v / n;
    for (double v : y)
        result.total += (v - result.mean) * (v - result.mean) / n;

    // marginal(h, v): mean of y over configurations with x_h = v.
    const auto marginal1 = [&](std::size_t h, std::uint32_t v) {
        double sum = 0.0;
        double count = 0.0;
        for (ConfigId id = 0; id < space.size(); ++id) {
            if (space.decode(id)[h] == v) {
                sum += y[id];
                count += 1.0;
            }
        }
        return sum / count;
    };
    const auto marginal2 = [&](std::size_t i, std::uint32_t v, std::size_t j, std::uint32_t w) {
        double sum = 0.0;
        double count = 0.0;
        for (ConfigId id = 0; id < space.size(); ++id) {
            const std::vector<std::uint32_t> x = space.decode(id);
            if (x[i] == v && x[j] == w) {
                sum += y[id];
                count += 1.0;
            }
        }
        return sum / count;
    };

    std::vector<std::vector<double>> f(d);
    for (std::size_t h = 0; h < d; ++h) {
        double variance = 0.0;
        for (std::uint32_t v = 0; v < space.hp(h).size(); ++v) {
            f[h].push_back(marginal1(h, v) - result.mean);
            variance += f[h][v] * f[h][v];
        }
        result.singles.push_back(variance / space.hp(h).size());
    }
    for (std::size_t i = 0; i < d; ++i) {
        for (std::size_t j = i + 1; j < d; ++j) {
            double variance = 0.0;
            for (std::uint32_t v = 0; v < space.hp(i).size(); ++v) {
                for (std::uint32_t w = 0; w < space.hp(j).size(); ++w) {
                    const double fij = marginal2(i, v, j, w) - f[i][v] - f[j][w] - result.mean;
                    variance += fij * fij;
                }
            }
            result.pairs.push_back(variance / (space.hp(i).size() * space.hp(j).size()));
        }
    }
    return result;
}

} // namespace

class TestFanova : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void additive();
    void pureInteraction();
    void constantLandscape();
    void singleValueHp();
    void logScaleOfMultiplicative();
    void logScaleRejectsNonPositive_data();
    void logScaleRejectsNonPositive();
    void rankScaleInvariance();
    void partialLandscapeThrows();
    void withoutPairs();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void scaleNames();
};

void TestFanova::additive()
{
    // loss = g0(x0) + g1(x1) + g2(x2) on a 2 x 3 x 4 grid:
    //   g0 = {0, 2}:       mean 1, deviations -1 1:        V0 = (1 + 1) / 2 = 1
    //   g1 = {1, 2, 6}:    mean 3, deviations -2 -1 3:     V1 = (4 + 1 + 9) / 3 = 14/3
    //   g2 = {0, 0, 1, 3}: mean 1, deviations -1 -1 0 2:   V2 = (1 + 1 + 0 + 4) / 4 = 3/2
    // On a full grid the components are independent, so the total variance is
    // 1 + 14/3 + 3/2 = 43/6 and the shares are 6/43, 28/43, 9/43 (sum 1); every
    // pair term is 0 and f0 = 1 + 3 + 1 = 5.
    const double g0[] = {0, 2};
    const double g1[] = {1, 2, 6};
    const double g2[] = {0, 0, 1, 3};
    const Landscape land = landscapeOf(
        grid({2, 3, 4}), [&](const std::vector<std::uint32_t> &x) { return g0[x[0]] + g1[x[1]] + g2[x[2]]; });
    const FanovaResult result = functionalAnova(land);
    QVERIFY(!result.constant);
    VERIFY_NEAR(result.mean, 5.0);
    VERIFY_NEAR(result.totalVariance, 43.0 / 6.0);
    QCOMPARE(result.singles.size(), std::size_t{3});
    VERIFY_NEAR(result.singles[0].variance, 1.0);
    VERIFY_NEAR(result.singles[1].variance, 14.0 / 3.0);
    VERIFY_NEAR(result.singles[2].variance, 1.5);
    VERIFY_NEAR(result.singles[0].share, 6.0 / 43.0);
    VERIFY_NEAR(result.singles[1].share, 28.0 / 43.0);
    VERIFY_NEAR(result.singles[2].share, 9.0 / 43.0);
    QCOMPARE(result.pairs.size(), std::size_t{3});
    const std::vector<std::vector<std::size_t>> order{{0, 1}, {0, 2}, {1, 2}};
    for (std::size_t p = 0; p < 3; ++p) {
        QCOMPARE(result.pairs[p].hps, order[p]);
        VERIFY_NEAR(result.pairs[p].variance, 0.0);
        VERIFY_NEAR(result.pairs[p].share, 0.0);
    }
    for (std::size_t h = 0; h < 3; ++h)
        QCOMPARE(result.singles[h].hps, std::vector<std::size_t>{h});
    VERIFY_NEAR(sumOfShares(result), 1.0);
    QVERIFY(result.options.scale == LossScale::Raw);
}

void TestFanova::pureInteraction()
{
    // x0, x1 in {-1, +1}, loss = x0 * x1 (x2 with 3 values is ignored):
    //   every row and column of the 2 x 2 table averages to 0, so f0 = f0(.) = f1(.) = 0,
    //   f01(v, w) = v * w with square 1 everywhere: V01 = 1 = total variance.
    const double centred[] = {-1.0, 1.0};
    const Landscape land = landscapeOf(
        grid({2, 2, 3}), [&](const std::vector<std::uint32_t> &x) { return centred[x[0]] * centred[x[1]]; });
    const FanovaResult result = functionalAnova(land);
    VERIFY_NEAR(result.mean, 0.0);
    VERIFY_NEAR(result.totalVariance, 1.0);
    for (const FanovaTerm &term : result.singles)
        VERIFY_NEAR(term.share, 0.0);
    VERIFY_NEAR(result.pairs[0].variance, 1.0);
    VERIFY_NEAR(result.pairs[0].share, 1.0);
    VERIFY_NEAR(result.pairs[1].share, 0.0);
    VERIFY_NEAR(result.pairs[2].share, 0.0);
}

void TestFanova::constantLandscape()
{
    // 0.1 is not exactly representable, and its computed mean over 12 cells need
    // not be 0.1 either: the result must still say "constant" with zeros, no NaN.
    const auto space = grid({3, 4});
    for (LossScale scale : {LossScale::Raw, LossScale::Log, LossScale::Rank}) {
        const FanovaResult result = functionalAnova(landscape(space, std::vector<double>(12, 0.1)), onScale(scale));
        QVERIFY(result.constant);
        QCOMPARE(result.totalVariance, 0.0);
        QCOMPARE(result.singles.size(), std::size_t{2});
        QCOMPARE(result.pairs.size(), std::size_t{1});
        for (const FanovaTerm &term : result.singles) {
            QCOMPARE(term.variance, 0.0);
            QCOMPARE(term.share, 0.0);
        }
        QCOMPARE(result.pairs[0].variance, 0.0);
        QCOMPARE(result.pairs[0].share, 0.0);
        QVERIFY(!std::isnan(result.mean));
    }
    QCOMPARE(functionalAnova(landscape(space, std::vector<double>(12, 0.1))).mean, 0.1);
    // A one-configuration grid is constant too.
    QVERIFY(functionalAnova(landscape(grid({1}), {3.0})).constant);
}

void TestFanova::singleValueHp()
{
    // HP 0 has one value; loss = g1(x1) + g2(x2) with g1 = {0, 3, 6} (V = 6),
    // g2 = {1, -1} (V = 1): shares 0, 6/7, 1/7; every pair with HP 0 is 0.
    const double g1[] = {0, 3, 6};
    const double g2[] = {1, -1};
    const Landscape land = landscapeOf(
        grid({1, 3, 2}), [&](const std::vector<std::uint32_t> &x) { return g1[x[1]] + g2[x[2]] + 0.1 * x[1] * x[2]; });
    const FanovaResult result = functionalAnova(land);
    QCOMPARE(result.singles[0].variance, 0.0);
    QCOMPARE(result.singles[0].share, 0.0);
    QCOMPARE(result.pairs[0].variance, 0.0); // (0, 1)
    QCOMPARE(result.pairs[1].variance, 0.0); // (0, 2)
    QVERIFY(result.pairs[2].share > 0.0);    // (1, 2) holds the 0.1 x1 x2 term
    VERIFY_NEAR(sumOfShares(result), 1.0);   // two HPs with values: singles + pair are everything
    // Without the product term the shares are exactly 6/7 and 1/7.
    const Landscape additive =
        landscapeOf(grid({1, 3, 2}), [&](const std::vector<std::uint32_t> &x) { return g1[x[1]] + g2[x[2]]; });
    const FanovaResult plain = functionalAnova(additive);
    VERIFY_NEAR(plain.singles[1].share, 6.0 / 7.0);
    VERIFY_NEAR(plain.singles[2].share, 1.0 / 7.0);
    VERIFY_NEAR(plain.pairs[2].share, 0.0);
}

void TestFanova::logScaleOfMultiplicative()
{
    // loss = a(x0) * b(x1) * c(x2): log loss = log a + log b + log c is additive, so
    // on the log scale every pair is 0 and the singles sum to 1; on the raw scale
    // the product has interactions.
    const double a[] = {1, 10, 100};
    const double b[] = {0.5, 2};
    const double c[] = {1, 3, 9, 27};
    const Landscape land =
        landscapeOf(grid({3, 2, 4}), [&](const std::vector<std::uint32_t> &x) { return a[x[0]] * b[x[1]] * c[x[2]]; });
    const FanovaResult logResult = functionalAnova(land, onScale(LossScale::Log));
    QVERIFY(logResult.options.scale == LossScale::Log);
    for (const FanovaTerm &term : logResult.pairs)
        VERIFY_NEAR(term.share, 0.0);
    VERIFY_NEAR(sumOfShares(logResult), 1.0);
    // log a = {0, L, 2L} with L = ln 10: V = 2L^2/3; log b = {-ln 2, ln 2}: V = ln^2 2;
    // log c = k ln 3, k = 0..3: V = ln^2 3 * var{0,1,2,3} = 1.25 ln^2 3.
    const double l10 = std::log(10.0);
    const double l2 = std::log(2.0);
    const double l3 = std::log(3.0);
    const double v0 = 2.0 * l10 * l10 / 3.0;
    const double v1 = l2 * l2;
    const double v2 = 1.25 * l3 * l3;
    VERIFY_NEAR(logResult.singles[0].share, v0 / (v0 + v1 + v2));
    VERIFY_NEAR(logResult.singles[1].share, v1 / (v0 + v1 + v2));
    VERIFY_NEAR(logResult.totalVariance, v0 + v1 + v2);

    const FanovaResult raw = functionalAnova(land, onScale(LossScale::Raw));
    QVERIFY(raw.pairs[1].share > 0.05); // (0, 2): a * c
}

void TestFanova::logScaleRejectsNonPositive_data()
{
    QTest::addColumn<QList<double>>("loss");
    QTest::addColumn<QString>("part");
    QTest::newRow("zero") << QList<double>{0.5, 0.0, 2.0, 1.0} << "smallest loss of 0";
    QTest::newRow("negative") << QList<double>{0.5, -2.0, 0.0, 1.0} << "smallest loss of -2";
}

void TestFanova::logScaleRejectsNonPositive()
{
    QFETCH(QList<double>, loss);
    QFETCH(QString, part);
    const Landscape land = landscape(grid({2, 2}), std::vector<double>(loss.begin(), loss.end()));
    const auto error = errorFrom([&] { functionalAnova(land, onScale(LossScale::Log)); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, part.toStdString());
    HPLX_VERIFY_MESSAGE(error, "> 0");
    // The other scales accept the same landscape.
    QVERIFY(!functionalAnova(land, onScale(LossScale::Raw)).constant);
    QVERIFY(!functionalAnova(land, onScale(LossScale::Rank)).constant);
}

void TestFanova::rankScaleInvariance()
{
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto space = grid({3, 4, 2, 3});
    for (int trial = 0; trial < 5; ++trial) {
        std::vector<double> loss(space->size());
        for (double &v : loss)
            v = trial == 0 ? std::floor(unit(rng) * 5) : unit(rng); // trial 0: many ties
        std::vector<double> transformed(loss.size());
        // Strictly increasing and heavy-tailed: raw shares change, rank shares may not.
        std::transform(loss.begin(), loss.end(), transformed.begin(), [](double v) { return std::exp(20.0 * v) + v; });
        const FanovaResult base = functionalAnova(landscape(space, loss), onScale(LossScale::Rank));
        const FanovaResult moved = functionalAnova(landscape(space, transformed), onScale(LossScale::Rank));
        QVERIFY(base.options.scale == LossScale::Rank);
        VERIFY_NEAR(base.mean, (space->size() + 1) / 2.0);
        VERIFY_NEAR(moved.totalVariance, base.totalVariance);
        for (std::size_t h = 0; h < base.singles.size(); ++h)
            VERIFY_NEAR(moved.singles[h].share, base.singles[h].share);
        for (std::size_t p = 0; p < base.pairs.size(); ++p)
            VERIFY_NEAR(moved.pairs[p].share, base.pairs[p].share);
        const FanovaResult rawBase = functionalAnova(landscape(space, loss));
        const FanovaResult rawMoved = functionalAnova(landscape(space, transformed));
        double change = 0.0;
        for (std::size_t h = 0; h < base.singles.size(); ++h)
            change += std::abs(rawMoved.singles[h].share - rawBase.singles[h].share);
        QVERIFY(change > 1e-6); // the raw scale is not invariant
    }
}

void TestFanova::partialLandscapeThrows()
{
    const Landscape land = landscape(grid({2, 3}), {0.1, 0.2, kNaN, 0.4, 0.5, 0.6});
    for (LossScale scale : {LossScale::Raw, LossScale::Log, LossScale::Rank}) {
        const auto error = errorFrom([&] { functionalAnova(land, onScale(scale)); });
        HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
        HPLX_VERIFY_MESSAGE(error, "every configuration");
        HPLX_VERIFY_MESSAGE(error, "5 of 6");
    }
}

void TestFanova::withoutPairs()
{
    const Landscape land =
        landscapeOf(grid({2, 3, 2}), [](const std::vector<std::uint32_t> &x) { return x[0] * 1.0 + x[1] * x[2]; });
    const FanovaResult without = functionalAnova(land, onScale(LossScale::Raw, false));
    const FanovaResult with = functionalAnova(land);
    QVERIFY(without.pairs.empty());
    QVERIFY(!without.options.pairs);
    QCOMPARE(without.singles.size(), std::size_t{3});
    for (std::size_t h = 0; h < 3; ++h)
        QCOMPARE(without.singles[h].share, with.singles[h].share);
    QVERIFY(sumOfShares(without) < 1.0 - 1e-6); // the interaction is missing
}

void TestFanova::matchesBruteForce_data()
{
    QTest::addColumn<int>("scale");
    QTest::newRow("raw") << static_cast<int>(LossScale::Raw);
    QTest::newRow("log") << static_cast<int>(LossScale::Log);
    QTest::newRow("rank") << static_cast<int>(LossScale::Rank);
}

void TestFanova::matchesBruteForce()
{
    QFETCH(int, scale);
    const auto lossScale = static_cast<LossScale>(scale);
    std::mt19937_64 rng(1234 + static_cast<unsigned>(scale));
    std::uniform_int_distribution<std::uint32_t> dims(1, 4);
    std::uniform_int_distribution<std::uint32_t> values(1, 4);
    std::uniform_real_distribution<double> unit(0.01, 1.0);
    for (int trial = 0; trial < 40; ++trial) {
        std::vector<std::uint32_t> sizes(dims(rng));
        for (std::uint32_t &s : sizes)
            s = values(rng);
        const auto space = grid(sizes);
        std::vector<double> loss(space->size());
        for (double &v : loss)
            v = trial % 3 == 0 ? std::round(unit(rng) * 4) + 1 : unit(rng); // some with ties
        // The brute force gets the scaled losses computed here, independently.
        std::vector<double> y = loss;
        if (lossScale == LossScale::Log) {
            for (double &v : y)
                v = std::log(v);
        } else if (lossScale == LossScale::Rank) {
            for (std::size_t k = 0; k < loss.size(); ++k) {
                double below = 0;
                double equal = 0;
                for (double other : loss) {
                    below += other < loss[k] ? 1 : 0;
                    equal += other == loss[k] ? 1 : 0;
                }
                y[k] = below + (equal + 1) / 2;
            }
        }
        const BruteForce expected = bruteForce(*space, y);
        const FanovaResult result = functionalAnova(landscape(space, loss), onScale(lossScale));
        if (expected.total < 1e-20) {
            QVERIFY(result.constant);
            continue;
        }
        QVERIFY(!result.constant);
        VERIFY_NEAR(result.mean, expected.mean);
        VERIFY_NEAR(result.totalVariance, expected.total);
        QCOMPARE(result.singles.size(), expected.singles.size());
        QCOMPARE(result.pairs.size(), expected.pairs.size());
        for (std::size_t h = 0; h < expected.singles.size(); ++h) {
            VERIFY_NEAR(result.singles[h].variance, expected.singles[h]);
            VERIFY_NEAR(result.singles[h].share, expected.singles[h] / expected.total);
        }
        for (std::size_t p = 0; p < expected.pairs.size(); ++p) {
            VERIFY_NEAR(result.pairs[p].variance, expected.pairs[p]);
            VERIFY_NEAR(result.pairs[p].share, expected.pairs[p] / expected.total);
        }
        QVERIFY(sumOfShares(result) <= 1.0 + 1e-12);
    }
}

void TestFanova::scaleNames()
{
    QVERIFY(toString(LossScale::Raw) == "raw");
    QVERIFY(toString(LossScale::Log) == "log");
    QVERIFY(toString(LossScale::Rank) == "rank");
}

QTEST_GUILESS_MAIN(TestFanova)
#include "tst_fanova.moc"
