// Draws a Qt Charts chart as a figure: the chart is laid out at the figure's
// size with its fonts scaled, its scene rendered into the painter (vector on
// SVG/PDF), and everything put back as it was. Animations are off meanwhile.
#pragma once

#include <QFont>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <vector>

class QChart;
class QPainter;

namespace hplx {

// A font fontScale times as large (point or pixel size, whichever it uses).
QFont scaledFont(const QFont &font, double fontScale);

// While alive, chart is laid out at size with every font it owns (title,
// legend, axis labels and titles, bar labels) scaled by fontScale.
class ChartFigureScope
{
public:
    ChartFigureScope(QChart *chart, const QSizeF &size, double fontScale);
    ~ChartFigureScope();
    ChartFigureScope(const ChartFigureScope &) = delete;
    ChartFigureScope &operator=(const ChartFigureScope &) = delete;

    // Lays the chart out again now (after a change that moves the plot area).
    void relayout();
    // Renders the chart's rectangle of its scene into target.
    void render(QPainter &painter, const QRectF &target) const;

private:
    QChart *m_chart;
    QSizeF m_oldSize;
    int m_oldAnimation = 0;
    std::vector<std::function<void()>> m_restore; // undo steps, run in reverse
};

// The chart alone as a figure into target.
void paintChartFigure(QChart *chart, QPainter &painter, const QRectF &target, double fontScale);

// Calls paint with a target at least minWidth wide: a narrower figure is
// painted at minWidth (same aspect ratio) and scaled down into target, text
// included. For figures of several charts, which Qt Charts would otherwise
// crowd (it elides axis labels and legend entries short of room).
void paintAtLeastWide(QPainter &painter, const QRectF &target, double minWidth,
                      const std::function<void(QPainter &, const QRectF &)> &paint);

// text (may have several lines) in the figure's font, fontScale times the
// given font, within rect (alignment flags of QPainter::drawText).
void paintFigureText(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
                     double fontScale, const QColor &colour);

} // namespace hplx
