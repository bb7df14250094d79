#include "charts/PointDecimation.h"

#include <algorithm>
#include <unordered_set>

namespace hplx {

std::int64_t DecimationGrid::cellOf(double x, double y) const
{
    if (!(x >= xMin && x <= xMax && y >= yMin && y <= yMax) || columns < 1 || rows < 1)
        return -1; // also NaN
    const double w = xMax - xMin;
    const double h = yMax - yMin;
    const auto column = w > 0.0 ? std::min(columns - 1, static_cast<int>((x - xMin) / w * columns)) : 0;
    const auto row = h > 0.0 ? std::min(rows - 1, static_cast<int>((y - yMin) / h * rows)) : 0;
    return column + std::int64_t(columns) * row;
}

std::vector<std::uint32_t> decimatePoints(const std::vector<double> &x, const std::vector<double> &y,
                                          const std::vector<int> &group, int groupCount, const DecimationGrid &grid)
{
    const std::size_t n = std::min(x.size(), y.size());
    const std::int64_t cells = grid.cellCount();
    const std::int64_t groups = std::max(1, groupCount);
    std::vector<std::uint32_t> kept;
    auto groupOf = [&](std::size_t row) -> std::int64_t {
        return group.empty() ? 0 : std::clamp<std::int64_t>(group[row], 0, groups - 1);
    };
    // A bitmap is fastest; a window of millions of cells times many groups
    // would be too big, so fall back to hashing the occupied cells.
    constexpr std::int64_t kMaxBitmap = std::int64_t(1) << 27;
    if (cells * groups <= kMaxBitmap) {
        std::vector<bool> occupied(static_cast<std::size_t>(cells * groups), false);
        for (std::size_t row = 0; row < n; ++row) {
            const std::int64_t cell = grid.cellOf(x[row], y[row]);
            if (cell < 0)
                continue;
            const auto slot = static_cast<std::size_t>(groupOf(row) * cells + cell);
            if (!occupied[slot]) {
                occupied[slot] = true;
                kept.push_back(static_cast<std::uint32_t>(row));
            }
        }
        return kept;
    }
    std::unordered_set<std::int64_t> occupied;
    for (std::size_t row = 0; row < n; ++row) {
        const std::int64_t cell = grid.cellOf(x[row], y[row]);
        if (cell >= 0 && occupied.insert(groupOf(row) * cells + cell).second)
            kept.push_back(static_cast<std::uint32_t>(row));
    }
    return kept;
}

} // namespace hplx
