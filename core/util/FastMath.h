// Fast float approximations for inner loops where a libm call dominates (the
// UMAP gradient's d^(2b)). Branch-free, inline, the same result on every
// IEEE-754 platform (plain float adds and multiplies, no table, no libm), so
// they keep a seeded computation reproducible. With SSE2, fastPow4 computes
// four at once, each bitwise equal to fastPow; on x86 with GCC or Clang,
// fastPow8 computes eight with AVX2 (for code that checks
// __builtin_cpu_supports("avx2"); the build itself needs no -mavx2).
#pragma once

#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define HPLX_HAVE_SSE2 1
#endif

#if defined(HPLX_HAVE_SSE2) && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>
#define HPLX_HAVE_AVX2_DISPATCH 1
#endif

namespace hplx {

namespace fastmathdetail {

inline std::uint32_t bitsOf(float x)
{
    std::uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
}

inline float floatOf(std::uint32_t bits)
{
    float x;
    std::memcpy(&x, &bits, sizeof x);
    return x;
}

} // namespace fastmathdetail

// log2(x) for a normal positive float x (FLT_MIN <= x <= FLT_MAX), with an
// absolute error below 2e-7 + 6e-8 |log2 x| (the polynomial's 4.9e-8 plus
// float rounding of the result).
// Zero, subnormal, negative, infinite and NaN inputs give meaningless
// values; fastPow screens them.
inline float fastLog2(float x)
{
    using namespace fastmathdetail;
    // x = 2^e m with m in [sqrt(1/2), sqrt(2)): subtracting the bits of
    // sqrt(1/2) makes the exponent field carry over exactly at m = sqrt(2).
    // The 128 << 23 bias keeps the difference positive for every normal x.
    constexpr std::uint32_t kSqrtHalfBits = 0x3f3504f3u;
    const std::uint32_t bits = bitsOf(x);
    const std::uint32_t shifted = bits - kSqrtHalfBits + (128u << 23);
    const auto e = static_cast<std::int32_t>(shifted >> 23) - 128;
    const float f = floatOf(bits - (static_cast<std::uint32_t>(e) << 23)) - 1.0f;
    // log2(1 + f) = f P(f) on f in [sqrt(1/2) - 1, sqrt(2) - 1]: minimax
    // (Remez, weight |f|) degree-7 P, absolute error 4.9e-8.
    float p = -1.457445180e-1f;
    p = p * f + 2.368903978e-1f;
    p = p * f - 2.500690344e-1f;
    p = p * f + 2.867074524e-1f;
    p = p * f - 3.600872163e-1f;
    p = p * f + 4.809394449e-1f;
    p = p * f - 7.213571489e-1f;
    p = p * f + 1.442694772e+0f;
    return static_cast<float>(e) + f * p;
}

// 2^y for y in [-125, 127.5]: relative error below 2.5e-7 (the
// polynomial's 7.5e-8 plus float rounding). Outside, y is clamped to that range (fastPow
// flushes results below 2^-125 to 0).
inline float fastExp2(float y)
{
    using namespace fastmathdetail;
    // Written as SSE's maxps/minps compare, which fastPow4 uses.
    y = y > -125.0f ? y : -125.0f;
    y = y < 127.5f ? y : 127.5f;
    // Round to the nearest integer by adding 1.5 * 2^23: the sum's low
    // mantissa bits hold round(y) (ties to even), r = y - n is exact.
    constexpr float kRound = 12582912.0f;
    const float shifted = y + kRound;
    const float n = shifted - kRound;
    const float r = y - n;
    // 2^r on r in [-1/2, 1/2]: minimax (Remez, relative) degree 5,
    // relative error 7.5e-8.
    float p = 1.327647217e-3f;
    p = p * r + 9.675541331e-3f;
    p = p * r + 5.550713273e-2f;
    p = p * r + 2.402211972e-1f;
    p = p * r + 6.931469671e-1f;
    p = p * r + 1.000000072e+0f;
    // Scale by 2^n: add n to the exponent field (n in [-125, 128] and p in
    // [0.70, 1.42] keep the result normal and finite).
    const std::uint32_t scale = (bitsOf(shifted) - bitsOf(kRound)) << 23;
    return floatOf(bitsOf(p) + scale);
}

// x^b for b > 0 as 2^(b log2 x). For normal positive x with a normal result
// (between 2^-125 and 2^127.5) the relative error is at most
// 4e-7 + 9e-8 |b log2 x|: below 3.3e-6 while |b log2 x| <= 32 (x^b from
// 2^-32 to 2^32, all a UMAP layout produces) and below 1.2e-5 over the whole
// range (tests/core/util/tst_fastmath.cpp checks it against std::pow; the
// largest error found there is 10-15 % below this bound). The second
// term is float rounding of log2 x and b log2 x, which powf avoids by
// working in double. Edge cases: x below FLT_MIN (zero, subnormal, negative) or NaN
// gives 0, as does a result below 2^-125; a result beyond 2^127.5 saturates
// at about 2.4e38 instead of overflowing to infinity. b <= 0 is not
// supported.
inline float fastPow(float x, float b)
{
    constexpr float kFltMin = 1.17549435e-38f;
    const float y = b * fastLog2(x >= kFltMin ? x : 1.0f);
    const float p = fastExp2(y);
    return x >= kFltMin && y >= -125.0f ? p : 0.0f;
}

#ifdef HPLX_HAVE_SSE2
// fastPow on four floats: the same operations in the same order, so every
// lane is bitwise equal to fastPow(x[i], b[i]).
inline __m128 fastPow4(__m128 x, __m128 b)
{
    const auto bits32 = [](std::uint32_t v) { return _mm_set1_epi32(static_cast<int>(v)); };
    const __m128 one = _mm_set1_ps(1.0f);
    const __m128 valid = _mm_cmpge_ps(x, _mm_set1_ps(1.17549435e-38f));
    const __m128i bits = _mm_castps_si128(_mm_or_ps(_mm_and_ps(valid, x), _mm_andnot_ps(valid, one)));
    const __m128i shifted = _mm_add_epi32(_mm_sub_epi32(bits, bits32(0x3f3504f3u)), bits32(128u << 23));
    const __m128i e = _mm_sub_epi32(_mm_srli_epi32(shifted, 23), _mm_set1_epi32(128));
    const __m128 f = _mm_sub_ps(_mm_castsi128_ps(_mm_sub_epi32(bits, _mm_slli_epi32(e, 23))), one);
    const auto step = [](__m128 p, __m128 t, float c) { return _mm_add_ps(_mm_mul_ps(p, t), _mm_set1_ps(c)); };
    __m128 p = _mm_set1_ps(-1.457445180e-1f);
    p = step(p, f, 2.368903978e-1f);
    p = step(p, f, -2.500690344e-1f);
    p = step(p, f, 2.867074524e-1f);
    p = step(p, f, -3.600872163e-1f);
    p = step(p, f, 4.809394449e-1f);
    p = step(p, f, -7.213571489e-1f);
    p = step(p, f, 1.442694772e+0f);
    const __m128 y = _mm_mul_ps(b, _mm_add_ps(_mm_cvtepi32_ps(e), _mm_mul_ps(f, p)));

    const __m128 clamped = _mm_min_ps(_mm_max_ps(y, _mm_set1_ps(-125.0f)), _mm_set1_ps(127.5f));
    const __m128 round = _mm_set1_ps(12582912.0f);
    const __m128 shiftedY = _mm_add_ps(clamped, round);
    const __m128 r = _mm_sub_ps(clamped, _mm_sub_ps(shiftedY, round));
    __m128 q = _mm_set1_ps(1.327647217e-3f);
    q = step(q, r, 9.675541331e-3f);
    q = step(q, r, 5.550713273e-2f);
    q = step(q, r, 2.402211972e-1f);
    q = step(q, r, 6.931469671e-1f);
    q = step(q, r, 1.000000072e+0f);
    const __m128i scale = _mm_slli_epi32(_mm_sub_epi32(_mm_castps_si128(shiftedY), _mm_castps_si128(round)), 23);
    const __m128 result = _mm_castsi128_ps(_mm_add_epi32(_mm_castps_si128(q), scale));
    return _mm_and_ps(_mm_and_ps(valid, _mm_cmpge_ps(y, _mm_set1_ps(-125.0f))), result);
}
#endif

#ifdef HPLX_HAVE_AVX2_DISPATCH
namespace fastmathdetail {

__attribute__((target("avx2"))) inline __m256 polynomialStep8(__m256 p, __m256 t, float c)
{
    return _mm256_add_ps(_mm256_mul_ps(p, t), _mm256_set1_ps(c));
}

} // namespace fastmathdetail

// fastPow4 on eight floats, line for line (multiply then add, no FMA, which
// rounds once instead of twice), so every lane is bitwise equal to
// fastPow(x[i], b[i]). Only for CPUs with AVX2.
__attribute__((target("avx2"))) inline __m256 fastPow8(__m256 x, __m256 b)
{
    using fastmathdetail::polynomialStep8;
    const __m256 one = _mm256_set1_ps(1.0f);
    const __m256 valid = _mm256_cmp_ps(x, _mm256_set1_ps(1.17549435e-38f), _CMP_GE_OS);
    const __m256i bits = _mm256_castps_si256(_mm256_or_ps(_mm256_and_ps(valid, x), _mm256_andnot_ps(valid, one)));
    const __m256i shifted = _mm256_add_epi32(_mm256_sub_epi32(bits, _mm256_set1_epi32(0x3f3504f3)),
                                             _mm256_set1_epi32(static_cast<int>(128u << 23)));
    const __m256i e = _mm256_sub_epi32(_mm256_srli_epi32(shifted, 23), _mm256_set1_epi32(128));
    const __m256 f = _mm256_sub_ps(_mm256_castsi256_ps(_mm256_sub_epi32(bits, _mm256_slli_epi32(e, 23))), one);
    __m256 p = _mm256_set1_ps(-1.457445180e-1f);
    p = polynomialStep8(p, f, 2.368903978e-1f);
    p = polynomialStep8(p, f, -2.500690344e-1f);
    p = polynomialStep8(p, f, 2.867074524e-1f);
    p = polynomialStep8(p, f, -3.600872163e-1f);
    p = polynomialStep8(p, f, 4.809394449e-1f);
    p = polynomialStep8(p, f, -7.213571489e-1f);
    p = polynomialStep8(p, f, 1.442694772e+0f);
    const __m256 y = _mm256_mul_ps(b, _mm256_add_ps(_mm256_cvtepi32_ps(e), _mm256_mul_ps(f, p)));

    const __m256 clamped = _mm256_min_ps(_mm256_max_ps(y, _mm256_set1_ps(-125.0f)), _mm256_set1_ps(127.5f));
    const __m256 round = _mm256_set1_ps(12582912.0f);
    const __m256 shiftedY = _mm256_add_ps(clamped, round);
    const __m256 r = _mm256_sub_ps(clamped, _mm256_sub_ps(shiftedY, round));
    __m256 q = _mm256_set1_ps(1.327647217e-3f);
    q = polynomialStep8(q, r, 9.675541331e-3f);
    q = polynomialStep8(q, r, 5.550713273e-2f);
    q = polynomialStep8(q, r, 2.402211972e-1f);
    q = polynomialStep8(q, r, 6.931469671e-1f);
    q = polynomialStep8(q, r, 1.000000072e+0f);
    const __m256i scale =
        _mm256_slli_epi32(_mm256_sub_epi32(_mm256_castps_si256(shiftedY), _mm256_castps_si256(round)), 23);
    const __m256 result = _mm256_castsi256_ps(_mm256_add_epi32(_mm256_castps_si256(q), scale));
    return _mm256_and_ps(_mm256_and_ps(valid, _mm256_cmp_ps(y, _mm256_set1_ps(-125.0f), _CMP_GE_OS)), result);
}
#endif

} // namespace hplx
