#include "charts/ColourGroups.h"

#include "vtk/ColourMaps.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hplx {

namespace {

QColor fromMap(const std::vector<Anchor> &map, double t)
{
    const auto rgb = mapColour(map, t);
    return QColor::fromRgbF(static_cast<float>(rgb[0]), static_cast<float>(rgb[1]), static_cast<float>(rgb[2]));
}

} // namespace

ColourGrouping ColourGrouping::single(std::size_t rows, const QString &name, const QColor &colour)
{
    ColourGrouping grouping;
    grouping.groups.push_back({name, colour});
    grouping.groupOfRow.assign(rows, 0);
    return grouping;
}

QColor qualitativeColour(int index)
{
    return QColor::fromRgb(qualitativeRgb(index));
}

ColourGrouping groupByHp(const SearchSpace &space, std::size_t hp, const std::vector<ConfigId> &rowIds)
{
    const Hyperparameter &parameter = space.hp(hp);
    ColourGrouping grouping;
    const QString name = QString::fromStdString(parameter.name());
    const std::uint32_t values = parameter.size();
    for (std::uint32_t v = 0; v < values; ++v) {
        QColor colour;
        if (parameter.kind() == HpKind::Categorical)
            colour = qualitativeColour(static_cast<int>(v));
        else // index, not value: log-spaced grids read evenly
            colour = fromMap(anchors(QStringLiteral("viridis")), values > 1 ? double(v) / (values - 1) : 0.5);
        grouping.groups.push_back(
            {QStringLiteral("%1 = %2").arg(name, QString::fromStdString(parameter.label(v))), colour});
    }
    grouping.groupOfRow.resize(rowIds.size());
    for (std::size_t row = 0; row < rowIds.size(); ++row)
        grouping.groupOfRow[row] = static_cast<int>(space.valueIndex(rowIds[row], hp));
    return grouping;
}

ColourGrouping groupByValue(const std::vector<double> &values, int bins, const QString &mapName, bool centreOnZero)
{
    ColourGrouping grouping;
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (const double v : values)
        if (!std::isnan(v))
            sorted.push_back(v);
    std::sort(sorted.begin(), sorted.end());
    const bool hasNan = sorted.size() < values.size();
    std::vector<double> upper; // upper edge of each bin (inclusive), ascending
    if (!sorted.empty()) {
        bins = std::max(1, bins);
        for (int b = 1; b <= bins; ++b) {
            const std::size_t at = std::min(sorted.size() - 1, (sorted.size() * std::size_t(b) + bins - 1) / bins - 1);
            if (upper.empty() || sorted[at] > upper.back())
                upper.push_back(sorted[at]);
        }
    }
    const std::vector<Anchor> &map = anchors(mapName).empty() ? anchors(QStringLiteral("viridis")) : anchors(mapName);
    const double lo = sorted.empty() ? 0.0 : sorted.front();
    std::vector<double> from(upper.size());
    for (std::size_t b = 0; b < upper.size(); ++b) // the first sorted value above the previous edge
        from[b] = b == 0 ? lo : *std::upper_bound(sorted.begin(), sorted.end(), upper[b - 1]);
    // Diverging: negative bins spread over the map's lower half, positive ones
    // over the upper half (by order, so a far outlier does not wash the rest
    // out), a bin holding 0 in the middle.
    const auto negative = std::count_if(upper.begin(), upper.end(), [](double v) { return v < 0.0; });
    const auto positive = std::count_if(from.begin(), from.end(), [](double v) { return v > 0.0; });
    const QLocale locale;
    for (std::size_t b = 0; b < upper.size(); ++b) {
        double t = upper.size() > 1 ? double(b) / double(upper.size() - 1) : 0.5;
        if (centreOnZero) {
            const auto k = static_cast<double>(b);
            const auto firstPositive = static_cast<double>(upper.size()) - static_cast<double>(positive);
            if (upper[b] < 0.0)
                t = 0.5 - 0.5 * (static_cast<double>(negative) - k) / static_cast<double>(negative);
            else if (from[b] > 0.0)
                t = 0.5 + 0.5 * (k - firstPositive + 1.0) / static_cast<double>(positive);
            else
                t = 0.5;
        }
        const QString name = from[b] == upper[b]
                                 ? locale.toString(from[b], 'g', 3)
                                 : QCoreApplication::translate("hplx::ColourGroups", "%1 … %2")
                                       .arg(locale.toString(from[b], 'g', 3), locale.toString(upper[b], 'g', 3));
        grouping.groups.push_back({name, fromMap(map, t)});
    }
    if (hasNan)
        grouping.groups.push_back(
            {QCoreApplication::translate("hplx::ColourGroups", "not available"), QColor(0xb0, 0xb0, 0xb0)});
    grouping.groupOfRow.resize(values.size());
    for (std::size_t row = 0; row < values.size(); ++row) {
        if (std::isnan(values[row])) {
            grouping.groupOfRow[row] = static_cast<int>(grouping.groups.size()) - 1;
            continue;
        }
        const auto bin = std::lower_bound(upper.begin(), upper.end(), values[row]) - upper.begin();
        grouping.groupOfRow[row] = static_cast<int>(std::min<std::ptrdiff_t>(bin, std::ptrdiff_t(upper.size()) - 1));
    }
    return grouping;
}

} // namespace hplx
