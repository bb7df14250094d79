// VTK XML PolyData (.vtp, ASCII) written without the VTK library, so that
// ParaView or any VTK reader can open a landscape layout: one vertex cell per
// point and named point-data arrays.
#pragma once

#include <array>
#include <ostream>
#include <string>
#include <vector>

namespace hplx {

class Landscape;
struct LandscapeEmbedding;

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

} // namespace hplx
