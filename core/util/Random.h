// Portable randomness: the same seed gives the same numbers with any compiler
// and standard library, so builds, splits and embeddings are reproducible
// everywhere. Only std::mt19937_64's output sequence is pinned by the
// standard; std::shuffle and the distributions are not, so they are not used.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace hplx {

// splitmix64 finaliser: a well-mixed 64-bit value, nearby inputs giving
// unrelated outputs.
inline std::uint64_t splitmix64(std::uint64_t x)
{
    std::uint64_t z = x + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A seed derived from a parent seed and one more component (a stream, an
// index): mixSeed(mixSeed(s, a), b) differs for every (a, b).
inline std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t part)
{
    return splitmix64(seed ^ splitmix64(part + 0x632be59bd9b4e019ULL));
}

class Shuffler
{
public:
    explicit Shuffler(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, bound) for bound >= 1. Draws below 2^64 mod bound are
    // rejected so that every residue is equally likely.
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t threshold = (0 - bound) % bound; // == 2^64 mod bound
        for (;;) {
            const std::uint64_t r = m_engine();
            if (r >= threshold)
                return r % bound;
        }
    }

    // Fisher-Yates from the back: position i-1 swaps with a uniform j in [0, i).
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(below(i));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace hplx
