// Seeded random numbers for the embedding tests, the same with every
// standard library (std::normal_distribution is not pinned by the standard).
#pragma once

#include <cmath>
#include <random>

namespace hplxtest {

inline double uniform(std::mt19937_64 &engine)
{
    return (static_cast<double>(engine() >> 11) + 0.5) * 0x1.0p-53;
}

// Box-Muller: one standard normal draw.
inline double normal(std::mt19937_64 &engine)
{
    return std::sqrt(-2.0 * std::log(uniform(engine))) * std::cos(6.283185307179586 * uniform(engine));
}

} // namespace hplxtest
