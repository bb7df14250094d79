// Format: shortest round-trip number text, strict number parsing, list helpers.
#include "core/CoreTestHelpers.h"

#include "util/Format.h"

#include <QtTest>

#include <clocale>
#include <cmath>
#include <cstring>
#include <limits>

using namespace hplx;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatShortest_data();
    void formatShortest();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void formatIgnoresLocale();
    void parseNumbers_data();
    void parseNumbers();
    void parseSpecial();
    void trimBlanks_data();
    void trimBlanks();
    void splitAndJoin();
    void xmlEscapes();
    void suffixes();
};

void TestFormat::formatShortest_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.1") << 0.1 << "0.1";
    QTest::newRow("1e-05 beats 0.00001") << 1e-5 << "1e-05";
    QTest::newRow("30000 beats 3e+04 (tie goes to fixed)") << 30000.0 << "30000";
    QTest::newRow("integer") << 3.0 << "3";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "-0";
    QTest::newRow("negative") << -2.5 << "-2.5";
    QTest::newRow("0.1+0.2 needs 17 digits") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("1/3") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::newRow("large") << 1e300 << "1e+300";
    QTest::newRow("0.001") << 0.001 << "0.001";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << "nan";
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "inf";
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "-inf";
}

void TestFormat::formatShortest()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(formatNumber(value)), text);
}

void TestFormat::formatRoundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("pi") << 3.141592653589793;
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("max") << std::numeric_limits<double>::max();
    QTest::newRow("lowest") << std::numeric_limits<double>::lowest();
    QTest::newRow("min normal") << std::numeric_limits<double>::min();
    QTest::newRow("denormal min") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("epsilon") << std::numeric_limits<double>::epsilon();
    QTest::newRow("1 + epsilon") << 1.0 + std::numeric_limits<double>::epsilon();
    QTest::newRow("2^53 + 2") << 9007199254740994.0;
    QTest::newRow("-0.5") << -0.5;
}

void TestFormat::formatRoundTrip()
{
    QFETCH(double, value);
    const std::string text = formatNumber(value);
    const auto back = parseNumber(text);
    QVERIFY2(back, text.c_str());
    // Bit-identical, not merely equal.
    QVERIFY2(std::memcmp(&*back, &value, sizeof value) == 0, text.c_str());
}

void TestFormat::formatIgnoresLocale()
{
    // Qt applications set LC_NUMERIC from the environment; a German locale must not give "0,5".
    const std::string saved = std::setlocale(LC_NUMERIC, nullptr);
    if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
        // Not QSKIP: clang's -Wpedantic rejects its empty variadic argument list.
        QTest::qSkip("de_DE.UTF-8 locale is not installed", __FILE__, __LINE__);
        return;
    }
    const std::string text = formatNumber(0.5);
    const auto parsed = parseNumber("0.25");
    std::setlocale(LC_NUMERIC, saved.c_str());
    QCOMPARE(text, std::string("0.5"));
    QCOMPARE(parsed, std::optional<double>(0.25));
}

void TestFormat::parseNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << "1" << true << 1.0;
    QTest::newRow("plus sign") << "+1" << true << 1.0;
    QTest::newRow("minus sign") << "-1.5" << true << -1.5;
    QTest::newRow("blanks around") << " 2 " << true << 2.0;
    QTest::newRow("tab and CR") << "\t3\r" << true << 3.0;
    QTest::newRow("exponent") << "1e3" << true << 1000.0;
    QTest::newRow("capital exponent") << "2.5E-2" << true << 0.025;
    QTest::newRow("leading dot") << ".5" << true << 0.5;
    QTest::newRow("trailing dot") << "5." << true << 5.0;
    QTest::newRow("plus exponent") << "1e+2" << true << 100.0;
    QTest::newRow("letters") << "abc" << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("only blanks") << "   " << false << 0.0;
    QTest::newRow("only plus") << "+" << false << 0.0;
    QTest::newRow("double plus") << "++1" << false << 0.0;
    QTest::newRow("plus minus") << "+-1" << false << 0.0;
    QTest::newRow("plus then blank") << "+ 1" << false << 0.0;
    QTest::newRow("trailing text") << "1.5x" << false << 0.0;
    QTest::newRow("inner blank") << "1 5" << false << 0.0;
    QTest::newRow("decimal comma") << "0,5" << false << 0.0;
    QTest::newRow("dangling exponent") << "1e" << false << 0.0;
    QTest::newRow("hex") << "0x10" << false << 0.0;
    QTest::newRow("percent") << "50%" << false << 0.0;
}

void TestFormat::parseNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed = hplx::parseNumber(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestFormat::parseSpecial()
{
    const auto nan = parseNumber("nan");
    QVERIFY(nan && std::isnan(*nan));
    const auto inf = parseNumber("inf");
    QVERIFY(inf && std::isinf(*inf) && *inf > 0);
    const auto minusInf = parseNumber(" -inf ");
    QVERIFY(minusInf && std::isinf(*minusInf) && *minusInf < 0);
    const auto negativeZero = parseNumber("-0");
    QVERIFY(negativeZero && *negativeZero == 0.0 && std::signbit(*negativeZero));
}

void TestFormat::trimBlanks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("trimmed");
    QTest::newRow("none") << "a b"
                          << "a b";
    QTest::newRow("both sides") << " \t a b \r\n"
                                << "a b";
    QTest::newRow("all blank") << " \t\r\n"
                               << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestFormat::trimBlanks()
{
    QFETCH(QString, text);
    QFETCH(QString, trimmed);
    const std::string input = text.toStdString();
    QCOMPARE(QString::fromStdString(std::string(trim(input))), trimmed);
}

void TestFormat::splitAndJoin()
{
    QCOMPARE(splitList(""), std::vector<std::string>{});
    QCOMPARE(splitList("a"), std::vector<std::string>{"a"});
    QCOMPARE(splitList(" a , b,c "), (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(splitList("a,,b"), (std::vector<std::string>{"a", "", "b"}));
    QCOMPARE(splitList("a,"), (std::vector<std::string>{"a", ""}));
    QCOMPARE(splitList("x=1;y=2", ';'), (std::vector<std::string>{"x=1", "y=2"}));
    QCOMPARE(joinList({}), std::string());
    QCOMPARE(joinList({"a"}), std::string("a"));
    QCOMPARE(joinList({"a", "b", "c"}), std::string("a, b, c"));
    QCOMPARE(joinList({"a", "b"}, "|"), std::string("a|b"));
}

void TestFormat::xmlEscapes()
{
    QCOMPARE(xmlEscape("a<b & \"c\" > d"), std::string("a&lt;b &amp; &quot;c&quot; &gt; d"));
    QCOMPARE(xmlEscape("max_depth=3, eta=0.1"), std::string("max_depth=3, eta=0.1"));
    QCOMPARE(xmlEscape(""), std::string());
}

void TestFormat::suffixes()
{
    QVERIFY(endsWith("surface.vti", ".vti"));
    QVERIFY(endsWith(".vti", ".vti"));
    QVERIFY(endsWith("anything", ""));
    QVERIFY(!endsWith("surface.VTI", ".vti")); // case-sensitive
    QVERIFY(!endsWith("vti", ".vti"));         // shorter than the suffix
    QVERIFY(!endsWith("surface.vtp", ".vti"));
    QVERIFY(endsWith("1-x", "-x"));
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
