// Linear interpolation of values at scattered 2-D points onto a regular grid
// over the points' bounding box, through a Delaunay triangulation: what
// SciPy's griddata(method="linear") computes. Nodes outside the convex hull
// get no value. The surface view draws this grid; `hplx-cli embed --out
// FILE.vti` writes it for ParaView.
#pragma once

#include "embed/Delaunay2D.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hplx {

struct SurfaceGrid
{
    int resolution = 0; // nodes per side; node (i, j) is at index j * resolution + i
    double x0 = 0.0, y0 = 0.0;
    double dx = 0.0, dy = 0.0;               // node spacing (0 when the points share that coordinate)
    std::vector<std::uint8_t> inside;        // 1 where the node lies in a triangle
    std::vector<std::vector<double>> fields; // per input field; NaN outside

    std::size_t nodeCount() const { return inside.size(); }
    double nodeX(std::size_t node) const;
    double nodeY(std::size_t node) const;
};

// Each field has one value per point. Throws Error(InvalidArgument) when the
// sizes differ, a coordinate or value is not finite, or the resolution is
// below 2.
SurfaceGrid interpolateOnGrid(const std::vector<float> &x, const std::vector<float> &y,
                              const std::vector<Triangle> &triangles, const std::vector<std::vector<double>> &fields,
                              int resolution);

} // namespace hplx
