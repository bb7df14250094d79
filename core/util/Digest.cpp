#include "util/Digest.h"

#include "util/Random.h"

#include <cstring>

namespace hplx {

void Digest::mixWord(std::uint64_t word)
{
    m_a = splitmix64(m_a ^ word);
    m_b = splitmix64(m_b + (word ^ 0x9e3779b97f4a7c15ULL)) * 0xff51afd7ed558ccdULL;
}

void Digest::addBytes(const void *data, std::size_t size)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    std::size_t offset = 0;
    for (; offset + 8 <= size; offset += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes + offset, 8);
        mixWord(word);
    }
    if (offset < size) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes + offset, size - offset);
        mixWord(word ^ (std::uint64_t(size - offset) << 56));
    }
    m_length += size;
}

void Digest::add(std::string_view text)
{
    addValue(std::uint64_t(text.size()));
    addBytes(text.data(), text.size());
}

std::string Digest::hex() const
{
    // The total length goes into the final mix, so trailing zero bytes count.
    const std::uint64_t lanes[2] = {splitmix64(m_a ^ m_length), splitmix64(m_b ^ ~m_length)};
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(32);
    for (const std::uint64_t lane : lanes)
        for (int shift = 60; shift >= 0; shift -= 4)
            out.push_back(digits[(lane >> shift) & 0xf]);
    return out;
}

} // namespace hplx
