// SearchSpace: row-major ids, strides, encode/decode, describe and validation.
#include "core/CoreTestHelpers.h"
#include "support/TestLandscapes.h"

#include "space/SearchSpace.h"

#include <QtTest>

using namespace hplx;
using namespace hplx::test;
using hplxtest::errorFrom;

namespace {

// 3 x 2 x 4 = 24 configurations, mixing kinds and label styles.
} // namespace

class TestSearchSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeAndStrides();
    void encode_data();
    void encode();
    void roundTripEveryId();
    void valueIndexMatchesDecode();
    void describe();
    void indexOfHp();
    void oneDimension();
    void equality();
    void invalid_data();
    void invalid();
    void limitIsInclusive();
};

void TestSearchSpace::sizeAndStrides()
{
    const auto space = mixedSpace();
    QCOMPARE(space.dimension(), std::size_t(3));
    QCOMPARE(space.size(), ConfigId(24));
    // Last HP fastest: strides are the products of the value counts to the right.
    QCOMPARE(space.stride(0), 8u);
    QCOMPARE(space.stride(1), 4u);
    QCOMPARE(space.stride(2), 1u);
    QCOMPARE(space.hp(1).name(), std::string("opt"));
}

void TestSearchSpace::encode_data()
{
    QTest::addColumn<uint>("lr");
    QTest::addColumn<uint>("opt");
    QTest::addColumn<uint>("depth");
    QTest::addColumn<uint>("id");

    QTest::newRow("origin") << 0u << 0u << 0u << 0u;
    QTest::newRow("last hp fastest") << 0u << 0u << 1u << 1u;
    QTest::newRow("middle hp") << 0u << 1u << 0u << 4u;
    QTest::newRow("first hp slowest") << 1u << 0u << 0u << 8u;
    QTest::newRow("(1,0,2) = 1*8+0*4+2") << 1u << 0u << 2u << 10u;
    QTest::newRow("(2,1,3) = 2*8+1*4+3, the last id") << 2u << 1u << 3u << 23u;
    QTest::newRow("(1,1,1) = 8+4+1") << 1u << 1u << 1u << 13u;
}

void TestSearchSpace::encode()
{
    QFETCH(uint, lr);
    QFETCH(uint, opt);
    QFETCH(uint, depth);
    QFETCH(uint, id);
    const auto space = mixedSpace();
    const std::vector<std::uint32_t> indices{lr, opt, depth};
    QCOMPARE(space.encode(indices), ConfigId(id));
    QCOMPARE(space.decode(ConfigId(id)), indices);
    std::uint32_t raw[3] = {};
    space.decode(ConfigId(id), raw);
    QCOMPARE(raw[0], lr);
    QCOMPARE(raw[1], opt);
    QCOMPARE(raw[2], depth);
    QCOMPARE(space.encode(raw), ConfigId(id));
}

void TestSearchSpace::roundTripEveryId()
{
    const auto space = mixedSpace();
    // Enumerate index tuples in row-major order: the k-th tuple must get id k.
    ConfigId expected = 0;
    for (std::uint32_t a = 0; a < 3; ++a) {
        for (std::uint32_t b = 0; b < 2; ++b) {
            for (std::uint32_t c = 0; c < 4; ++c) {
                const std::vector<std::uint32_t> indices{a, b, c};
                QCOMPARE(space.encode(indices), expected);
                QCOMPARE(space.decode(expected), indices);
                ++expected;
            }
        }
    }
    QCOMPARE(expected, space.size());
}

void TestSearchSpace::valueIndexMatchesDecode()
{
    const auto space = mixedSpace();
    for (ConfigId id = 0; id < space.size(); ++id) {
        const auto indices = space.decode(id);
        for (std::size_t h = 0; h < space.dimension(); ++h)
            QCOMPARE(space.valueIndex(id, h), indices[h]);
    }
    QCOMPARE(space.valueIndex(10, 0), 1u);
    QCOMPARE(space.valueIndex(10, 1), 0u);
    QCOMPARE(space.valueIndex(10, 2), 2u);
}

void TestSearchSpace::describe()
{
    const auto space = mixedSpace();
    QCOMPARE(space.describe(0), std::string("lr=0.01, opt=sgd, depth=1"));
    QCOMPARE(space.describe(10), std::string("lr=0.1, opt=sgd, depth=4"));
    QCOMPARE(space.describe(23), std::string("lr=1, opt=adam, depth=8"));
}

void TestSearchSpace::indexOfHp()
{
    const auto space = mixedSpace();
    QCOMPARE(space.indexOfHp("lr"), 0);
    QCOMPARE(space.indexOfHp("opt"), 1);
    QCOMPARE(space.indexOfHp("depth"), 2);
    QCOMPARE(space.indexOfHp("Depth"), -1);
    QCOMPARE(space.indexOfHp(""), -1);
}

void TestSearchSpace::oneDimension()
{
    const SearchSpace space({numbered("x", 5)});
    QCOMPARE(space.size(), ConfigId(5));
    QCOMPARE(space.stride(0), 1u);
    for (ConfigId id = 0; id < 5; ++id) {
        QCOMPARE(space.decode(id), std::vector<std::uint32_t>{id});
        QCOMPARE(space.describe(id), "x=" + std::to_string(id));
    }
}

void TestSearchSpace::equality()
{
    QVERIFY(mixedSpace() == mixedSpace());
    const SearchSpace reordered({
        Hyperparameter("opt", HpKind::Categorical, {"sgd", "adam"}),
        Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
        Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "4", "8"}),
    });
    QVERIFY(mixedSpace() != reordered);
}

void TestSearchSpace::invalid_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no hps") << 0 << "at least one";
    QTest::newRow("duplicate name") << 1 << "'lr' appears twice";
    QTest::newRow("10^10 grid") << 2 << "more than 100000000";
    QTest::newRow("two huge hps") << 3 << "more than 100000000";
}

void TestSearchSpace::invalid()
{
    QFETCH(int, which);
    QFETCH(QString, messagePart);
    std::vector<Hyperparameter> hps;
    switch (which) {
    case 1:
        hps = {numbered("lr", 2), numbered("depth", 3), numbered("lr", 4)};
        break;
    case 2:
        for (int h = 0; h < 10; ++h)
            hps.push_back(numbered("h" + std::to_string(h), 10));
        break;
    case 3:
        // 20000 * 20000 = 4e8 > 1e8 although each HP is small enough on its own.
        hps = {numbered("a", 20000), numbered("b", 20000)};
        break;
    default:
        break;
    }
    const auto error = errorFrom([&] { SearchSpace space(std::move(hps)); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, messagePart.toStdString());
}

void TestSearchSpace::limitIsInclusive()
{
    // Exactly kMaxConfigurations = 10^8 = 10^4 * 10^4 is allowed.
    static_assert(SearchSpace::kMaxConfigurations == 100'000'000);
    const SearchSpace space({numbered("a", 10000), numbered("b", 10000)});
    QCOMPARE(std::uint64_t(space.size()), SearchSpace::kMaxConfigurations);
    QCOMPARE(space.stride(0), 10000u);
    const ConfigId last = space.size() - 1;
    QCOMPARE(space.decode(last), (std::vector<std::uint32_t>{9999, 9999}));
    QCOMPARE(space.describe(last), std::string("a=9999, b=9999"));
}

QTEST_GUILESS_MAIN(TestSearchSpace)
#include "tst_searchspace.moc"
