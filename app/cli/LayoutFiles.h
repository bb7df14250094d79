// Files of a landscape layout shared by `embed` and `batch`.
#pragma once

#include <string>

namespace hplx {
class Landscape;
struct LandscapeEmbedding;
} // namespace hplx

namespace hplx::cli {

// config_id, one column per HP (labels), x, y, loss, rank; throws Error(Io).
void writeLayoutCsv(const std::string &file, const Landscape &landscape, const LandscapeEmbedding &embedding);

// True for a file name ending in ".vtp" (VTK XML PolyData).
bool isVtpFile(const std::string &file);

} // namespace hplx::cli
