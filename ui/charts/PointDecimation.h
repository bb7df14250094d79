// Thinning a large scatter plot for drawing only: of the points that fall in
// the same screen cell and colour group, one is enough to paint the same
// picture. Statistics and brushing always use the full data.
#pragma once

#include <cstdint>
#include <vector>

namespace hplx {

// The visible data window cut into columns x rows cells (a cell is about one
// or two pixels of the plot area). x grows to the right, y upwards.
struct DecimationGrid
{
    double xMin = 0.0;
    double xMax = 1.0;
    double yMin = 0.0;
    double yMax = 1.0;
    int columns = 1;
    int rows = 1;

    // Cell of a point inside the window: column + columns * row, or -1 when
    // the point is outside the window (or NaN). The window's upper edges
    // belong to the last column and row.
    std::int64_t cellOf(double x, double y) const;
    std::int64_t cellCount() const { return std::int64_t(columns) * rows; }
};

// Rows (ascending) to draw: the first row of each occupied (group, cell);
// rows outside the window are dropped. x, y and group have one entry per row;
// every group is in [0, groupCount). An empty group vector means one group.
std::vector<std::uint32_t> decimatePoints(const std::vector<double> &x, const std::vector<double> &y,
                                          const std::vector<int> &group, int groupCount, const DecimationGrid &grid);

} // namespace hplx
