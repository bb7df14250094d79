#include "export/ColourBarPainter.h"

#include "vtk/ColourMaps.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace hplx {

namespace {

constexpr double kTitlePt = 8.0;
constexpr double kLabelPt = 7.0;
constexpr double kBarMm = 3.0;
constexpr double kMmPerInch = 25.4;

QFont barFont(double points)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    return font;
}

QFontMetricsF barMetrics(const QFont &font)
{
    static const QImage probe(1, 1, QImage::Format_RGB32);
    return QFontMetricsF(font, &probe);
}

double barWidth(double fontScale)
{
    return kBarMm / kMmPerInch * figureLogicalDpi() * std::max(0.5, fontScale);
}

QColor mapColourAt(const QString &map, double t)
{
    const auto &anchorList = anchors(map);
    if (anchorList.empty())
        return Qt::gray;
    const auto rgb = mapColour(anchorList, t);
    return QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]));
}

// (value, text) of each label: the round numbers of the VTK bars, or the
// named levels (all for categories; at most about eight, both ends kept, for
// ordinal levels, as the 3-D views' bars).
std::vector<std::pair<double, QString>> barLabels(const FigureColourScale &scale)
{
    std::vector<std::pair<double, QString>> labels;
    const int n = int(scale.levels.size());
    if (n == 0) {
        for (double v : colourBarLabels(scale.lo, scale.hi))
            labels.emplace_back(v, QString::number(v, 'g', 4));
        return labels;
    }
    if (scale.categorical) {
        for (int i = 0; i < n; ++i)
            labels.emplace_back(double(i), scale.levels[i]);
        return labels;
    }
    for (const int i : namedLevels(n))
        labels.emplace_back(double(i), scale.levels[i]);
    return labels;
}

QStringList wrapped(const QString &title, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines.push_back(word);
    }
    return lines;
}

} // namespace

double colourBarWidth(const FigureColourScale &scale, double fontScale)
{
    const QFontMetricsF labelMetrics = barMetrics(barFont(kLabelPt * fontScale));
    const QFontMetricsF titleMetrics = barMetrics(barFont(kTitlePt * fontScale));
    double labelWidth = 0.0;
    for (const auto &label : barLabels(scale))
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(label.second));
    double titleWidth = 0.0;
    for (const QString &word : scale.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        titleWidth = std::max(titleWidth, titleMetrics.horizontalAdvance(word));
    const double pad = labelMetrics.height() * 0.4;
    return std::max(titleWidth, barWidth(fontScale) + pad + labelWidth) + pad;
}

void paintColourBar(QPainter &painter, const QRectF &rect, const FigureColourScale &scale, double fontScale)
{
    const QFont titleFont = barFont(kTitlePt * fontScale);
    const QFont labelFont = barFont(kLabelPt * fontScale);
    const QFontMetricsF titleMetrics = barMetrics(titleFont);
    const QFontMetricsF labelMetrics = barMetrics(labelFont);
    const double pad = labelMetrics.height() * 0.4;
    painter.save();
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));

    const QStringList titleLines = wrapped(scale.title, titleMetrics, rect.width());
    double y = rect.top();
    painter.setFont(titleFont);
    for (const QString &line : titleLines) {
        painter.drawText(QRectF(rect.left(), y, rect.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         line);
        y += titleMetrics.lineSpacing();
    }
    // Half a label's height above and below, so end labels are not clipped.
    const double half = labelMetrics.height() / 2;
    const QRectF bar(rect.left(), y + pad + half, barWidth(fontScale),
                     std::max(0.0, rect.bottom() - (y + pad + half) - half));
    if (bar.height() <= 0) {
        painter.restore();
        return;
    }
    const int n = int(scale.levels.size());
    const auto labels = barLabels(scale);
    painter.setFont(labelFont);
    if (scale.categorical && n > 0) {
        // One swatch per level, the first at the top, with a small gap between.
        const double cell = bar.height() / n;
        for (int i = 0; i < n; ++i) {
            const QRectF swatch(bar.left(), bar.top() + i * cell + cell * 0.04, bar.width(), cell * 0.92);
            painter.fillRect(swatch, QColor::fromRgb(qualitativeRgb(i)));
            painter.drawText(QRectF(bar.right() + pad, swatch.top(), rect.right() - bar.right() - pad, swatch.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, scale.levels[i]);
        }
        painter.restore();
        return;
    }
    const double lo = n > 0 ? 0.0 : scale.lo;
    const double hi = n > 0 ? std::max(1.0, double(n - 1)) : scale.hi;
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft()); // low at the bottom
    const auto &anchorList = anchors(scale.map);
    for (const Anchor &anchor : anchorList)
        gradient.setColorAt(anchor.t, mapColourAt(scale.map, anchor.t));
    painter.fillRect(bar, gradient);
    painter.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 0));
    for (const auto &[value, text] : labels) {
        if (!(hi > lo))
            break;
        const double t = std::clamp((value - lo) / (hi - lo), 0.0, 1.0);
        const double at = bar.bottom() - t * bar.height();
        painter.drawLine(QPointF(bar.right(), at), QPointF(bar.right() + pad * 0.6, at));
        painter.drawText(QRectF(bar.right() + pad, at - half, rect.right() - bar.right() - pad, 2 * half),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter.restore();
}

} // namespace hplx
