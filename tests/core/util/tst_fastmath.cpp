// FastMath: fastLog2, fastExp2 and fastPow against libm in double over the
// whole float range, their documented error bounds and edge cases, and
// fastPow4 and fastPow8 bitwise equal to fastPow.
#include "util/FastMath.h"

#include <QtTest>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

using namespace hplx;

namespace {

float floatFromBits(std::uint32_t bits)
{
    float x;
    std::memcpy(&x, &bits, sizeof x);
    return x;
}

std::uint32_t bitsFromFloat(float x)
{
    std::uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
}

// Every normal positive float, in steps of `stride` bit patterns (an odd
// stride visits every mantissa region).
template <typename Fn>
void forNormalFloats(std::uint32_t stride, Fn &&fn)
{
    for (std::uint32_t bits = 0x00800000u; bits < 0x7f800000u; bits += stride)
        fn(floatFromBits(bits));
    fn(std::numeric_limits<float>::max());
}

#ifdef HPLX_HAVE_AVX2_DISPATCH
// fastPow8 of x[0..8) to out (pointers: no AVX values cross into code
// without the avx2 target).
__attribute__((target("avx2"))) void fastPow8Of(const float *x, float b, float *out)
{
    _mm256_storeu_ps(out, fastPow8(_mm256_loadu_ps(x), _mm256_set1_ps(b)));
}
#endif

} // namespace

class TestFastMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void log2Error();
    void exp2Error();
    void powError_data();
    void powError();
    void powEdgeCases();
    void powOfOne();
    void pow4MatchesPow();
    void pow8MatchesPow();
};

// Absolute error below 2e-7 + 6e-8 |log2 x|.
void TestFastMath::log2Error()
{
    double worst = 0.0;
    forNormalFloats(4099, [&](float x) {
        const double exact = std::log2(static_cast<double>(x));
        const double error = std::abs(static_cast<double>(fastLog2(x)) - exact);
        worst = std::max(worst, error / (2e-7 + 6e-8 * std::abs(exact)));
    });
    QCOMPARE(fastLog2(1.0f), 0.0f);
    QCOMPARE(fastLog2(0.5f), -1.0f);
    QCOMPARE(fastLog2(1024.0f), 10.0f);
    qInfo("largest error / bound: %.3f", worst);
    QVERIFY(worst <= 1.0);
}

// Relative error below 2.5e-7 on [-125, 127.5], clamped outside.
void TestFastMath::exp2Error()
{
    double worst = 0.0;
    for (double y = -125.0; y <= 127.5; y += 1.0 / 4096 + 1e-7) {
        const auto yf = static_cast<float>(y);
        const double exact = std::exp2(static_cast<double>(yf));
        worst = std::max(worst, std::abs(static_cast<double>(fastExp2(yf)) / exact - 1.0));
    }
    qInfo("largest relative error: %.3g", worst);
    QVERIFY(worst <= 2.5e-7);
    QCOMPARE(fastExp2(0.0f), 1.0f);
    QCOMPARE(fastExp2(3.0f), 8.0f);
    QCOMPARE(fastExp2(-1000.0f), fastExp2(-125.0f));
    QCOMPARE(fastExp2(1000.0f), fastExp2(127.5f));
    QVERIFY(std::isfinite(fastExp2(1000.0f)));
}

void TestFastMath::powError_data()
{
    QTest::addColumn<float>("b");
    QTest::newRow("0.5") << 0.5f;
    QTest::newRow("umap-learn defaults (b 0.895)") << 0.8950609f;
    QTest::newRow("1") << 1.0f;
    QTest::newRow("1.5") << 1.5f;
    QTest::newRow("HPLX defaults (b 1.929)") << 1.9292371f;
    QTest::newRow("3") << 3.0f;
    QTest::newRow("0.1") << 0.1f;
}

// Relative error at most 4e-7 + 9e-8 |b log2 x| wherever x and x^b are
// normal (x^b between 2^-125 and 2^127.5), so below 3.3e-6 for x^b within
// 2^-32 .. 2^32 (a UMAP layout's range).
void TestFastMath::powError()
{
    QFETCH(float, b);
    double worstRatio = 0.0;
    double worstInRange = 0.0;
    forNormalFloats(2053, [&](float x) {
        const double y = static_cast<double>(b) * std::log2(static_cast<double>(x));
        if (y < -125.0 || y > 127.5)
            return;
        const double exact = std::pow(static_cast<double>(x), static_cast<double>(b));
        const double error = std::abs(static_cast<double>(fastPow(x, b)) / exact - 1.0);
        worstRatio = std::max(worstRatio, error / (4e-7 + 9e-8 * std::abs(y)));
        if (std::abs(y) <= 32.0)
            worstInRange = std::max(worstInRange, error);
    });
    qInfo("largest error / bound: %.3f, largest relative error for |b log2 x| <= 32: %.3g", worstRatio, worstInRange);
    QVERIFY(worstRatio <= 1.0);
    QVERIFY(worstInRange <= 3.3e-6);
}

// Zero, subnormal, negative and NaN inputs give 0, as does an underflowing
// result; an overflowing result saturates finite.
void TestFastMath::powEdgeCases()
{
    const float b = 1.9292371f;
    QCOMPARE(fastPow(0.0f, b), 0.0f);
    QCOMPARE(fastPow(-0.0f, b), 0.0f);
    QCOMPARE(fastPow(1e-40f, b), 0.0f);
    QCOMPARE(fastPow(1e-40f, 0.5f), 0.0f);
    QCOMPARE(fastPow(-4.0f, b), 0.0f);
    QCOMPARE(fastPow(std::numeric_limits<float>::quiet_NaN(), b), 0.0f);
    QCOMPARE(fastPow(1e-30f, b), 0.0f); // exact 2e-58, below 2^-125
    QCOMPARE(fastPow(std::numeric_limits<float>::min(), b), 0.0f);
    // Tiny but representable: 1e-20^1.929 = 1.6e-39 is below 2^-125 too, so
    // use b = 1: 1e-20 is well inside the range.
    QVERIFY(std::abs(fastPow(1e-20f, 1.0f) / 1e-20f - 1.0f) < 1e-5f);
    const float huge = fastPow(1e30f, b);
    QVERIFY(std::isfinite(huge));
    QVERIFY(huge > 2e38f);
    QVERIFY(std::isfinite(fastPow(std::numeric_limits<float>::max(), 3.0f)));
    QVERIFY(std::isfinite(fastPow(std::numeric_limits<float>::infinity(), b)));
}

// 1^b = 1; b = 1 gives x back, b = 2 squares, b = 0.5 takes the root, all
// within the bound.
void TestFastMath::powOfOne()
{
    QCOMPARE(fastPow(1.0f, 0.8950609f), 1.0f);
    QCOMPARE(fastPow(1.0f, 1.9292371f), 1.0f);
    for (const float x : {1e-12f, 3e-5f, 0.25f, 0.7f, 1.3f, 2.0f, 10.0f, 12345.6f, 1e18f}) {
        const double log2x = std::log2(static_cast<double>(x));
        for (const float b : {1.0f, 2.0f, 0.5f}) {
            const double exact = std::pow(static_cast<double>(x), static_cast<double>(b));
            const double error = std::abs(static_cast<double>(fastPow(x, b)) / exact - 1.0);
            QVERIFY2(error <= 4e-7 + 9e-8 * std::abs(b * log2x),
                     qPrintable(QStringLiteral("%1^%2: relative error %3").arg(double(x)).arg(double(b)).arg(error)));
        }
    }
}

void TestFastMath::pow4MatchesPow()
{
#ifdef HPLX_HAVE_SSE2
    const float specials[] = {0.0f,
                              -1.0f,
                              1e-40f,
                              1e-30f,
                              std::numeric_limits<float>::quiet_NaN(),
                              std::numeric_limits<float>::infinity(),
                              std::numeric_limits<float>::max(),
                              1.0f};
    for (const float b : {0.5f, 0.8950609f, 1.0f, 1.9292371f, 3.0f}) {
        const auto check = [&](const float x[4]) {
            alignas(16) float out[4];
            _mm_store_ps(out, fastPow4(_mm_loadu_ps(x), _mm_set1_ps(b)));
            for (int l = 0; l < 4; ++l)
                QCOMPARE(bitsFromFloat(out[l]), bitsFromFloat(fastPow(x[l], b)));
        };
        for (int i = 0; i < 8; i += 4)
            check(specials + i);
        float x[4];
        int filled = 0;
        forNormalFloats(65537, [&](float value) {
            x[filled++] = value;
            if (filled == 4) {
                check(x);
                filled = 0;
            }
        });
    }
#else
    QSKIP("no SSE2");
#endif
}

void TestFastMath::pow8MatchesPow()
{
#ifdef HPLX_HAVE_AVX2_DISPATCH
    if (!__builtin_cpu_supports("avx2"))
        QSKIP("no AVX2 on this CPU");
    const float specials[] = {0.0f,
                              -1.0f,
                              1e-40f,
                              1e-30f,
                              std::numeric_limits<float>::quiet_NaN(),
                              std::numeric_limits<float>::infinity(),
                              std::numeric_limits<float>::max(),
                              1.0f};
    for (const float b : {0.5f, 0.8950609f, 1.0f, 1.9292371f, 3.0f}) {
        const auto check = [&](const float x[8]) {
            float out[8];
            fastPow8Of(x, b, out);
            for (int l = 0; l < 8; ++l)
                QCOMPARE(bitsFromFloat(out[l]), bitsFromFloat(fastPow(x[l], b)));
        };
        check(specials);
        float x[8];
        int filled = 0;
        forNormalFloats(65537, [&](float value) {
            x[filled++] = value;
            if (filled == 8) {
                check(x);
                filled = 0;
            }
        });
    }
#else
    QSKIP("no AVX2 dispatch on this compiler or CPU family");
#endif
}

QTEST_GUILESS_MAIN(TestFastMath)
#include "tst_fastmath.moc"
