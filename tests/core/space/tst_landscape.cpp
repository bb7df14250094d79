// Landscape and LandscapeKey: evaluated counts with holes, validation, descriptions.
#include "core/CoreTestHelpers.h"

#include "space/Landscape.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace hplx;
using hplxtest::errorFrom;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

// 2 x 3 = 6 configurations.
std::shared_ptr<const SearchSpace> smallSpace()
{
    return std::make_shared<const SearchSpace>(std::vector<Hyperparameter>{
        Hyperparameter("a", HpKind::Ordinal, {"1", "2"}),
        Hyperparameter("b", HpKind::Categorical, {"x", "y", "z"}),
    });
}

LandscapeInfo info(const std::string &split = "test")
{
    LandscapeInfo result;
    result.id = 7;
    result.spaceId = 3;
    result.key = {"xgb", "wine", "", std::nullopt, split, "1-accuracy"};
    return result;
}

} // namespace

class TestLandscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluatedCount_data();
    void evaluatedCount();
    void keepsInfoAndValues();
    void infiniteLossThrows_data();
    void infiniteLossThrows();
    void sizeMismatchThrows_data();
    void sizeMismatchThrows();
    void nullSpaceThrows();
    void keyDescribe();
    void keyEquality();
};

void TestLandscape::evaluatedCount_data()
{
    QTest::addColumn<QList<double>>("loss");
    QTest::addColumn<int>("evaluated");
    QTest::newRow("complete") << QList<double>{0.1, 0.2, 0.3, 0.4, 0.5, 0.6} << 6;
    QTest::newRow("one hole") << QList<double>{0.1, kNaN, 0.3, 0.4, 0.5, 0.6} << 5;
    QTest::newRow("holes at both ends") << QList<double>{kNaN, 0.2, 0.3, 0.4, 0.5, kNaN} << 4;
    QTest::newRow("single value") << QList<double>{kNaN, kNaN, kNaN, -2.5, kNaN, kNaN} << 1;
    QTest::newRow("all missing") << QList<double>{kNaN, kNaN, kNaN, kNaN, kNaN, kNaN} << 0;
    QTest::newRow("zeros and negatives count") << QList<double>{0.0, -0.0, -1.0, 1e300, -1e-300, 0.0} << 6;
}

void TestLandscape::evaluatedCount()
{
    QFETCH(QList<double>, loss);
    QFETCH(int, evaluated);
    const Landscape landscape(smallSpace(), info(), std::vector<double>(loss.begin(), loss.end()));
    QCOMPARE(landscape.evaluatedCount(), std::uint64_t(evaluated));
    QCOMPARE(landscape.info().evaluated, std::uint64_t(evaluated));
    QCOMPARE(landscape.isComplete(), evaluated == 6);
    for (ConfigId id = 0; id < 6; ++id)
        QCOMPARE(landscape.isEvaluated(id), !std::isnan(loss[int(id)]));
}

void TestLandscape::keepsInfoAndValues()
{
    auto space = smallSpace();
    const std::vector<double> loss{0.5, kNaN, 0.25, 1.0, 0.0, 0.125};
    auto stated = info();
    stated.evaluated = 99; // the constructor recounts
    const Landscape landscape(space, stated, loss);
    QCOMPARE(&landscape.space(), space.get());
    QCOMPARE(landscape.spacePtr(), space);
    QCOMPARE(landscape.info().id, std::int64_t(7));
    QCOMPARE(landscape.info().spaceId, std::int64_t(3));
    QVERIFY(landscape.info().key == info().key);
    QCOMPARE(landscape.info().evaluated, std::uint64_t(5));
    QCOMPARE(landscape.loss(0), 0.5);
    QCOMPARE(landscape.loss(5), 0.125);
    QVERIFY(std::isnan(landscape.loss(1)));
    QCOMPARE(landscape.losses().size(), std::size_t(6));
}

void TestLandscape::infiniteLossThrows_data()
{
    QTest::addColumn<double>("bad");
    QTest::addColumn<int>("at");
    QTest::newRow("+inf first") << kInf << 0;
    QTest::newRow("-inf last") << -kInf << 5;
    QTest::newRow("+inf middle") << kInf << 4;
}

void TestLandscape::infiniteLossThrows()
{
    QFETCH(double, bad);
    QFETCH(int, at);
    std::vector<double> loss(6, 0.5);
    loss[std::size_t(at)] = bad;
    const auto error = errorFrom([&] { Landscape(smallSpace(), info(), loss); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, "infinite");
    // Names the configuration: id 4 = (a index 1, b index 1), id 5 = (1, 2), id 0 = (0, 0).
    const char *where[] = {"a=1, b=x", "", "", "", "a=2, b=y", "a=2, b=z"};
    HPLX_VERIFY_MESSAGE(error, where[at]);
    HPLX_VERIFY_MESSAGE(error, "xgb / wine / test / 1-accuracy");
}

void TestLandscape::sizeMismatchThrows_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << 0;
    QTest::newRow("one short") << 5;
    QTest::newRow("one long") << 7;
}

void TestLandscape::sizeMismatchThrows()
{
    QFETCH(int, count);
    const auto error =
        errorFrom([&] { Landscape(smallSpace(), info(), std::vector<double>(std::size_t(count), 0.1)); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, std::to_string(count) + " loss entries for a space of 6 configurations");
}

void TestLandscape::nullSpaceThrows()
{
    const auto error = errorFrom([&] { Landscape(nullptr, info(), {}); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
}

void TestLandscape::keyDescribe()
{
    LandscapeKey key{"xgboost", "wine", "fraction", 0.25, "test", "1-accuracy"};
    QCOMPARE(key.describe(), std::string("xgboost / wine / fraction=0.25 / test / 1-accuracy"));
    key.fidelityValue = 30000.0;
    QCOMPARE(key.describe(), std::string("xgboost / wine / fraction=30000 / test / 1-accuracy"));
    const LandscapeKey plain{"m", "d", "", std::nullopt, "train", "loss"};
    QCOMPARE(plain.describe(), std::string("m / d / train / loss"));
}

void TestLandscape::keyEquality()
{
    const LandscapeKey key{"m", "d", "epochs", 10.0, "valid", "mse"};
    QVERIFY(key == key);
    auto other = key;
    other.fidelityValue = 20.0;
    QVERIFY(!(key == other));
    other = key;
    other.fidelityValue.reset();
    QVERIFY(!(key == other));
    other = key;
    other.split = "test";
    QVERIFY(!(key == other));
    other = key;
    other.lossName = "mae";
    QVERIFY(!(key == other));
}

QTEST_GUILESS_MAIN(TestLandscape)
#include "tst_landscape.moc"
