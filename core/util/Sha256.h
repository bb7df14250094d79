// SHA-256 (FIPS 180-4) of bytes or a file, so batch manifests can be checked
// with any standard tool (sha256sum, Python's hashlib).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hplx {

class Sha256
{
public:
    Sha256();
    void add(const void *data, std::size_t size);
    void add(std::string_view text) { add(text.data(), text.size()); }
    // 64 lowercase hex digits; ends the computation (call once).
    std::string hex();

private:
    void block(const unsigned char *data);

    std::uint32_t m_state[8];
    unsigned char m_buffer[64];
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; // bytes added
};

std::string sha256Hex(std::string_view bytes);

// Throws Error(Io) when the file cannot be read.
std::string sha256File(const std::string &path);

} // namespace hplx
