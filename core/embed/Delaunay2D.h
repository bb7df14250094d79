// Delaunay triangulation of 2-D points with Qhull (the library SciPy's
// Delaunay and griddata use; vtkDelaunay2D needs ~30 s for 60k points).
#pragma once

#include <array>
#include <vector>

namespace hplx {

using Triangle = std::array<int, 3>; // indices into the input points

// Options "Qt Qbb Qc Qz Q12" as SciPy. Duplicate points are left out of the
// triangles. Empty when there are fewer than 3 points or all are collinear.
std::vector<Triangle> delaunay(const std::vector<float> &x, const std::vector<float> &y);

} // namespace hplx
