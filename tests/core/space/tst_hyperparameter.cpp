// Hyperparameter: value lists, numeric ordering and merging, lookups, validation.
#include "core/CoreTestHelpers.h"

#include "space/Hyperparameter.h"

#include <QtTest>

#include <cmath>

using namespace hplx;
using hplxtest::errorFrom;

namespace {

std::vector<std::string> toStd(const QStringList &list)
{
    std::vector<std::string> out;
    for (const auto &item : list)
        out.push_back(item.toStdString());
    return out;
}

QStringList toQt(const std::vector<std::string> &list)
{
    QStringList out;
    for (const auto &item : list)
        out << QString::fromStdString(item);
    return out;
}

} // namespace

class TestHyperparameter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNames();
    void constructorKeepsOrder();
    void fromObserved_data();
    void fromObserved();
    void numericValues();
    void indexOf_data();
    void indexOf();
    void invalidLabels_data();
    void invalidLabels();
    void equality();
};

void TestHyperparameter::kindNames()
{
    QCOMPARE(toString(HpKind::Ordinal), std::string_view("ordinal"));
    QCOMPARE(toString(HpKind::Categorical), std::string_view("categorical"));
    QVERIFY(hpKindFromString("ordinal") == HpKind::Ordinal);
    QVERIFY(hpKindFromString("categorical") == HpKind::Categorical);
    QVERIFY(!hpKindFromString("Ordinal"));
    QVERIFY(!hpKindFromString(""));
}

void TestHyperparameter::constructorKeepsOrder()
{
    // The plain constructor is how the store rebuilds an HP: the order is the caller's.
    const Hyperparameter hp("depth", HpKind::Ordinal, {"8", "2", "4"});
    QCOMPARE(hp.name(), std::string("depth"));
    QVERIFY(hp.kind() == HpKind::Ordinal); // QCOMPARE would pick hplx::toString(HpKind) by ADL
    QCOMPARE(hp.size(), 3u);
    QCOMPARE(hp.label(0), std::string("8"));
    QCOMPARE(hp.label(2), std::string("4"));
    QVERIFY(hp.isNumeric());
}

void TestHyperparameter::fromObserved_data()
{
    QTest::addColumn<bool>("categorical");
    QTest::addColumn<QStringList>("observed");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ordinal sorted by value, not text")
        << false << QStringList{"10", "2", "0.5", "1e2"} << QStringList{"0.5", "2", "10", "1e2"};
    QTest::newRow("negative values") << false << QStringList{"0", "-1", "-0.5"} << QStringList{"-1", "-0.5", "0"};
    QTest::newRow("1 and 1.0 merge, first seen wins")
        << false << QStringList{"1.0", "0.5", "1", "0.50"} << QStringList{"0.5", "1.0"};
    QTest::newRow("1 before 1.0") << false << QStringList{"1", "3", "1.0"} << QStringList{"1", "3"};
    QTest::newRow("ordinal text keeps first-seen order")
        << false << QStringList{"low", "high", "mid"} << QStringList{"low", "high", "mid"};
    QTest::newRow("ordinal mixed text and numbers keeps order")
        << false << QStringList{"10", "auto", "2"} << QStringList{"10", "auto", "2"};
    QTest::newRow("categorical keeps first-seen order")
        << true << QStringList{"sgd", "adam", "rmsprop"} << QStringList{"sgd", "adam", "rmsprop"};
    QTest::newRow("categorical numbers are not sorted")
        << true << QStringList{"3", "1", "2"} << QStringList{"3", "1", "2"};
    QTest::newRow("single value") << false << QStringList{"7"} << QStringList{"7"};
}

void TestHyperparameter::fromObserved()
{
    QFETCH(bool, categorical);
    QFETCH(QStringList, observed);
    QFETCH(QStringList, expected);
    const auto hp =
        Hyperparameter::fromObserved("x", categorical ? HpKind::Categorical : HpKind::Ordinal, toStd(observed));
    QCOMPARE(toQt(hp.labels()), expected);
    QVERIFY(hp.kind() == (categorical ? HpKind::Categorical : HpKind::Ordinal));
}

void TestHyperparameter::numericValues()
{
    const Hyperparameter numbers("lr", HpKind::Ordinal, {"0.001", "1e-2", "0.1"});
    QVERIFY(numbers.isNumeric());
    QCOMPARE(numbers.numeric(0), 0.001);
    QCOMPARE(numbers.numeric(1), 0.01);
    QCOMPARE(numbers.numeric(2), 0.1);

    const Hyperparameter mixed("depth", HpKind::Ordinal, {"2", "none"});
    QVERIFY(!mixed.isNumeric());
    QCOMPARE(mixed.numeric(0), 2.0);
    QVERIFY(std::isnan(mixed.numeric(1)));

    // "inf" parses as a number but is not a usable numeric value.
    const Hyperparameter infinite("c", HpKind::Ordinal, {"1", "inf"});
    QVERIFY(!infinite.isNumeric());
    QVERIFY(std::isnan(infinite.numeric(1)));
}

void TestHyperparameter::indexOf_data()
{
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected"); // -1: not found

    const QStringList numbers{"0.001", "0.5", "2"};
    QTest::newRow("exact") << numbers << "0.5" << 1;
    QTest::newRow("by value 0.50") << numbers << "0.50" << 1;
    QTest::newRow("by value 1e-3") << numbers << "1e-3" << 0;
    QTest::newRow("by value 2.0") << numbers << "2.0" << 2;
    QTest::newRow("by value with blanks") << numbers << " 2 " << 2;
    QTest::newRow("absent number") << numbers << "3" << -1;
    QTest::newRow("text in numeric hp") << numbers << "abc" << -1;
    QTest::newRow("nan never matches") << numbers << "nan" << -1;
    const QStringList text{"sgd", "adam"};
    QTest::newRow("text exact") << text << "adam" << 1;
    QTest::newRow("text is case sensitive") << text << "Adam" << -1;
    QTest::newRow("text absent") << text << "" << -1;
    // A mixed HP matches text exactly only: "2.0" is not "2" there.
    const QStringList mixed{"2", "auto"};
    QTest::newRow("mixed exact") << mixed << "2" << 0;
    QTest::newRow("mixed not by value") << mixed << "2.0" << -1;
}

void TestHyperparameter::indexOf()
{
    QFETCH(QStringList, labels);
    QFETCH(QString, query);
    QFETCH(int, expected);
    const Hyperparameter hp("h", HpKind::Ordinal, toStd(labels));
    const auto index = hp.indexOf(query.toStdString());
    if (expected < 0) {
        QVERIFY(!index);
    } else {
        QVERIFY(index);
        QCOMPARE(*index, static_cast<std::uint32_t>(expected));
    }
}

void TestHyperparameter::invalidLabels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("duplicate") << "opt" << QStringList{"sgd", "adam", "sgd"} << "'sgd' twice";
    QTest::newRow("empty label") << "opt" << QStringList{"sgd", ""} << "empty value";
    QTest::newRow("no labels") << "opt" << QStringList{} << "no values";
    QTest::newRow("empty name") << "" << QStringList{"a"} << "empty name";
}

void TestHyperparameter::invalidLabels()
{
    QFETCH(QString, name);
    QFETCH(QStringList, labels);
    QFETCH(QString, messagePart);
    for (const auto kind : {HpKind::Ordinal, HpKind::Categorical}) {
        const auto error = errorFrom([&] { Hyperparameter(name.toStdString(), kind, toStd(labels)); });
        HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
        HPLX_VERIFY_MESSAGE(error, messagePart.toStdString());
        if (!name.isEmpty())
            HPLX_VERIFY_MESSAGE(error, "'" + name.toStdString() + "'");
    }
    // Exact text duplicates of a categorical HP are not merged by fromObserved either.
    if (!labels.isEmpty() && QTest::currentDataTag() == QByteArray("duplicate")) {
        const auto error = errorFrom([&] { Hyperparameter::fromObserved("opt", HpKind::Categorical, toStd(labels)); });
        HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    }
}

void TestHyperparameter::equality()
{
    const Hyperparameter a("lr", HpKind::Ordinal, {"0.1", "1"});
    QVERIFY(a == Hyperparameter("lr", HpKind::Ordinal, {"0.1", "1"}));
    QVERIFY(a != Hyperparameter("lr", HpKind::Categorical, {"0.1", "1"}));
    QVERIFY(a != Hyperparameter("eta", HpKind::Ordinal, {"0.1", "1"}));
    QVERIFY(a != Hyperparameter("lr", HpKind::Ordinal, {"1", "0.1"}));
    // Same values, different text: a different value list.
    QVERIFY(a != Hyperparameter("lr", HpKind::Ordinal, {"0.10", "1"}));
}

QTEST_GUILESS_MAIN(TestHyperparameter)
#include "tst_hyperparameter.moc"
