// Colour groups of a scatter plot: every row (point) belongs to one group,
// and each group is one legend entry with one colour.
#pragma once

#include "space/SearchSpace.h"

#include <QColor>
#include <QString>

#include <vector>

namespace hplx {

struct ColourGroup
{
    QString name; // legend text
    QColor colour;
};

struct ColourGrouping
{
    std::vector<ColourGroup> groups; // drawn in this order (the last on top)
    std::vector<int> groupOfRow;     // one index into groups per row

    // One group holding every row.
    static ColourGrouping single(std::size_t rows, const QString &name, const QColor &colour);
};

// Okabe–Ito's colour-blind-safe qualitative palette (without black), cycling.
QColor qualitativeColour(int index);

// Groups by the value of HP `hp` of each row's configuration: a categorical HP
// gets distinct qualitative colours, an ordinal one viridis over its value index.
ColourGrouping groupByHp(const SearchSpace &space, std::size_t hp, const std::vector<ConfigId> &rowIds);

// Groups a continuous quantity into at most `bins` quantile bins (equal
// counts, so a long tail does not squeeze everything into one bin); legend
// names give each bin's range "lo … hi". mapName: a ColourMaps name, run
// from the lowest to the highest bin; with centreOnZero (diverging maps) the
// negative bins take the map's lower half and the positive ones its upper
// half, each spread by bin order, and a bin holding 0 the middle. NaN rows go
// to a last grey group "not available" (only present when there are any).
ColourGrouping groupByValue(const std::vector<double> &values, int bins, const QString &mapName, bool centreOnZero);

} // namespace hplx
