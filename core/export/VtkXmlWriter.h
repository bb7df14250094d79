// VTK XML files written without the VTK library, so that ParaView or any VTK
// reader can open them: PolyData (.vtp, ASCII) for a landscape layout, one
// vertex cell per point and named point-data arrays; ImageData (.vti, inline
// base64 binary) for an interpolated surface grid.
#pragma once

#include <array>
#include <ostream>
#include <string>
#include <vector>

namespace hplx {

class Landscape;
struct LandscapeEmbedding;
struct SurfaceGrid;

struct VtkPointArray
{
    std::string name;
    bool integer = false;       // written as Int64, else Float64
    std::vector<double> values; // one per point
};

struct VtkPolyData
{
    std::vector<std::array<double, 3>> points;
    std::vector<VtkPointArray> pointData;
};

// Throws Error(InvalidArgument) when an array's length differs from the
// number of points or a value is not finite.
void writeVtkPolyData(std::ostream &out, const VtkPolyData &data);

enum class VtkHeight { Rank, Loss };

// The layout as points (x, y, z = loss rank, 1 = best, or the loss) with arrays
// config_id, loss, rank and one per HP: its value when the HP is numeric,
// else the value index. An HP named like a fixed array gets an "hp_" prefix.
VtkPolyData embeddingPolyData(const Landscape &landscape, const LandscapeEmbedding &embedding,
                              VtkHeight height = VtkHeight::Rank);

// Writes embeddingPolyData to a file; throws Error(Io) on failure.
void writeEmbeddingVtp(const std::string &file, const Landscape &landscape, const LandscapeEmbedding &embedding,
                       VtkHeight height = VtkHeight::Rank);

// The grid as ImageData (z extent 0): one Float64 point array per field,
// named by fieldNames (same count as grid.fields; the first is the active
// scalars), NaN outside the hull, and vtkValidPointMask (UInt8, 1 inside the
// hull), the mask ParaView's resampling filters write. Binary, so NaN
// survives (VTK's ASCII reader cannot parse it). Throws Error(InvalidArgument)
// when the names do not match the fields.
void writeVtkImageData(std::ostream &out, const SurfaceGrid &grid, const std::vector<std::string> &fieldNames);

} // namespace hplx
