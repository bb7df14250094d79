// A 128-bit content digest for cache keys: two independently seeded
// splitmix64 lanes over the input's 8-byte words. Not cryptographic; it only
// has to make accidental collisions between cached inputs negligible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace hplx {

class Digest
{
public:
    void addBytes(const void *data, std::size_t size);
    // Strings are length-prefixed so that ("ab", "c") and ("a", "bc") differ.
    void add(std::string_view text);
    template <typename T>
    void addValue(const T &value)
    {
        static_assert(std::is_trivially_copyable_v<T>, "digest plain values only");
        addBytes(&value, sizeof value);
    }

    // 32 lowercase hex digits.
    std::string hex() const;

private:
    void mixWord(std::uint64_t word);

    std::uint64_t m_a = 0x243f6a8885a308d3ULL; // arbitrary distinct lane seeds
    std::uint64_t m_b = 0x13198a2e03707344ULL;
    std::uint64_t m_length = 0;
};

} // namespace hplx
