// The HPLX version ("0.1.0"), for outputs that record what wrote them.
#pragma once

namespace hplx {

const char *hplxVersion();

} // namespace hplx
