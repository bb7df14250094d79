#include "util/Version.h"

namespace hplx {

const char *hplxVersion()
{
    return HPLX_VERSION;
}

} // namespace hplx
