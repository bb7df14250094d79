// A landscape's interpolated surface (the terrain the surface view draws) as a
// file for other tools: VTK ImageData for ParaView, or CSV.
#pragma once

#include "embed/SurfaceGrid.h"

#include <string>

namespace hplx {

class Landscape;
struct LandscapeEmbedding;

// Fields "loss" and "rank" (1 = best, ties share their average rank) at the
// layout's points, interpolated linearly over its Delaunay triangulation onto
// resolution x resolution nodes. Throws Error(InvalidArgument) when the layout
// does not match its configuration list or the resolution is below 2.
SurfaceGrid embeddingSurface(const Landscape &landscape, const LandscapeEmbedding &embedding, int resolution);
const std::vector<std::string> &embeddingSurfaceFields(); // {"loss", "rank"}

// Chosen by the file's suffix: ".vti" (writeVtkImageData) or ".csv" (columns
// i, j, x, y, loss, rank; one row per node inside the hull, i fastest).
bool isSurfaceFile(const std::string &file);
// Throws Error(InvalidArgument) for another suffix, Error(Io) when writing fails.
void writeEmbeddingSurface(const std::string &file, const Landscape &landscape, const LandscapeEmbedding &embedding,
                           int resolution);

} // namespace hplx
