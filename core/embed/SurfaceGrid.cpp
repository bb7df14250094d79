#include "embed/SurfaceGrid.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace hplx {

double SurfaceGrid::nodeX(std::size_t node) const
{
    return x0 + static_cast<double>(node % static_cast<std::size_t>(resolution)) * dx;
}

double SurfaceGrid::nodeY(std::size_t node) const
{
    return y0 + static_cast<double>(node / static_cast<std::size_t>(resolution)) * dy;
}

namespace {

void checkInput(const std::vector<float> &x, const std::vector<float> &y, const std::vector<Triangle> &triangles,
                const std::vector<std::vector<double>> &fields, int resolution)
{
    const std::size_t n = x.size();
    if (resolution < 2)
        throw Error(ErrorKind::InvalidArgument, "surface grid: the resolution must be at least 2 nodes per side, got "
                                                    + std::to_string(resolution));
    if (y.size() != n)
        throw Error(ErrorKind::InvalidArgument,
                    "surface grid: " + std::to_string(n) + " x but " + std::to_string(y.size()) + " y coordinates");
    for (std::size_t f = 0; f < fields.size(); ++f)
        if (fields[f].size() != n)
            throw Error(ErrorKind::InvalidArgument, "surface grid: field " + std::to_string(f) + " has "
                                                        + std::to_string(fields[f].size()) + " values for "
                                                        + std::to_string(n) + " points");
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            throw Error(ErrorKind::InvalidArgument,
                        "surface grid: point " + std::to_string(i) + " has a coordinate that is not finite");
    for (std::size_t f = 0; f < fields.size(); ++f)
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isfinite(fields[f][i]))
                throw Error(ErrorKind::InvalidArgument, "surface grid: field " + std::to_string(f)
                                                            + " is not finite at point " + std::to_string(i));
    for (const Triangle &t : triangles)
        for (const int v : t)
            if (v < 0 || static_cast<std::size_t>(v) >= n)
                throw Error(ErrorKind::InvalidArgument, "surface grid: a triangle refers to point " + std::to_string(v)
                                                            + " of " + std::to_string(n));
}

// The grid indices whose coordinate origin + k * step lies in [lo, hi], with a
// little slack so nodes exactly on a triangle's edge are not lost to rounding.
std::pair<int, int> nodeRange(double lo, double hi, double origin, double step, int resolution)
{
    if (step <= 0.0)
        return {0, 0};
    const int first = std::max(0, static_cast<int>(std::ceil((lo - origin) / step - 1e-7)));
    const int last = std::min(resolution - 1, static_cast<int>(std::floor((hi - origin) / step + 1e-7)));
    return {first, last};
}

} // namespace

SurfaceGrid interpolateOnGrid(const std::vector<float> &x, const std::vector<float> &y,
                              const std::vector<Triangle> &triangles, const std::vector<std::vector<double>> &fields,
                              int resolution)
{
    checkInput(x, y, triangles, fields, resolution);
    SurfaceGrid grid;
    grid.resolution = resolution;
    const auto nodes = static_cast<std::size_t>(resolution) * static_cast<std::size_t>(resolution);
    grid.inside.assign(nodes, 0);
    grid.fields.assign(fields.size(), std::vector<double>(nodes, std::numeric_limits<double>::quiet_NaN()));
    if (x.empty())
        return grid;
    const auto [xMin, xMax] = std::minmax_element(x.begin(), x.end());
    const auto [yMin, yMax] = std::minmax_element(y.begin(), y.end());
    grid.x0 = *xMin;
    grid.y0 = *yMin;
    grid.dx = (double(*xMax) - grid.x0) / (resolution - 1);
    grid.dy = (double(*yMax) - grid.y0) / (resolution - 1);

    // Barycentric rasterisation of each triangle onto the nodes it covers. A
    // node on a shared edge gets the same value from both triangles.
    constexpr double eps = 1e-9;
    for (const Triangle &triangle : triangles) {
        const auto a = static_cast<std::size_t>(triangle[0]);
        const auto b = static_cast<std::size_t>(triangle[1]);
        const auto c = static_cast<std::size_t>(triangle[2]);
        const double ax = x[a], ay = y[a], bx = x[b], by = y[b], cx = x[c], cy = y[c];
        const double det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
        if (det == 0.0)
            continue; // degenerate: covers no area
        const auto [i0, i1] = nodeRange(std::min({ax, bx, cx}), std::max({ax, bx, cx}), grid.x0, grid.dx, resolution);
        const auto [j0, j1] = nodeRange(std::min({ay, by, cy}), std::max({ay, by, cy}), grid.y0, grid.dy, resolution);
        for (int j = j0; j <= j1; ++j) {
            const double py = grid.y0 + j * grid.dy;
            for (int i = i0; i <= i1; ++i) {
                const double px = grid.x0 + i * grid.dx;
                const double l1 = ((by - cy) * (px - cx) + (cx - bx) * (py - cy)) / det;
                const double l2 = ((cy - ay) * (px - cx) + (ax - cx) * (py - cy)) / det;
                const double l3 = 1.0 - l1 - l2;
                if (l1 < -eps || l2 < -eps || l3 < -eps)
                    continue;
                const std::size_t node =
                    static_cast<std::size_t>(j) * static_cast<std::size_t>(resolution) + static_cast<std::size_t>(i);
                for (std::size_t f = 0; f < fields.size(); ++f)
                    grid.fields[f][node] = l1 * fields[f][a] + l2 * fields[f][b] + l3 * fields[f][c];
                grid.inside[node] = 1;
            }
        }
    }
    return grid;
}

} // namespace hplx
