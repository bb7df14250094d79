// Base64 (RFC 4648, standard alphabet, '=' padding): how VTK XML files carry
// binary arrays inline.
#pragma once

#include <cstddef>
#include <string>

namespace hplx {

std::string base64Encode(const void *data, std::size_t size);

} // namespace hplx
