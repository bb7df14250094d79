// A 2-D scatter plot of configurations (one point per row: x, y and the
// configuration's id) linked to the shared selection. Built for up to about
// a million points: Qt Charts draws the axes, grid and legend (one empty
// QScatterSeries per colour group gives the legend entry), the markers are
// stamped by ScatterPointsItem (QScatterSeries makes one graphics item per
// point), and only for drawing the points are thinned to one per (group,
// screen cell) of the current plot area (PointDecimation), redone on resize
// and zoom. Brushing, hover and the highlight of the selection always use
// the full data.
//
// Mouse: left-drag selects every point inside the rubber band (Shift adds to
// the selection); a click on a point selects its configuration, a click on
// empty space clears the selection; hovering shows a tooltip and sets the
// hub's hovered id; the wheel zooms about the cursor, a double-click resets.
#pragma once

#include "charts/ColourGroups.h"
#include "space/SearchSpace.h"

#include <QPointer>
#include <QtCharts/QChartView>

#include <functional>
#include <optional>
#include <vector>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QRubberBand;
class QScatterSeries;
class QValueAxis;

namespace hplx {

class ScatterPointsItem;
class SelectionHub;

class ScatterChart : public QChartView
{
    Q_OBJECT

public:
    explicit ScatterChart(QWidget *parent = nullptr);
    ~ScatterChart() override;

    // One entry per row in each vector (the shortest length counts); NaN
    // coordinates are kept in the data but never drawn or selected. Resets the
    // grouping to one unnamed group (legend hidden) and the zoom.
    void setPoints(std::vector<double> x, std::vector<double> y, std::vector<ConfigId> ids);
    // groupOfRow must have pointCount() entries, each an index into groups.
    // More than one group shows the legend.
    void setGrouping(ColourGrouping grouping);
    void clear();

    std::size_t pointCount() const { return m_ids.size(); }
    const std::vector<double> &xValues() const { return m_x; }
    const std::vector<double> &yValues() const { return m_y; }
    const std::vector<ConfigId> &ids() const { return m_ids; }
    const ColourGrouping &grouping() const { return m_grouping; }

    // The hub the chart reads the selection and hover from and writes brushed
    // selections to (source = this chart). Not owned; may be null.
    void setSelectionHub(SelectionHub *hub);
    SelectionHub *selectionHub() const;
    // Text for a configuration in the hover tooltip (default "configuration <id>").
    void setDescriber(std::function<QString(ConfigId)> describe);

    void setAxisTitles(const QString &x, const QString &y);
    QValueAxis *axisX() const { return m_axisX; }
    QValueAxis *axisY() const { return m_axisY; }
    // The reference line y = x across the visible range.
    void setDiagonalVisible(bool visible);
    bool isDiagonalVisible() const { return m_diagonalVisible; }
    // Plain text (may have several lines) in a box in a corner of the plot
    // area that hides no point, or above the plot (as the chart's title) when
    // every corner would; empty hides it.
    void setStatisticsText(const QString &text);
    QString statisticsText() const { return m_statisticsText; }
    // True while the statistics sit in a corner of the plot area.
    bool isStatisticsInside() const { return m_statisticsInside; }

    // Shows exactly this data window (what the wheel zoom does); resetZoom()
    // goes back to the padded data range.
    void setAxisRanges(double xMin, double xMax, double yMin, double yMax);
    void resetZoom();

    // Drawing budget: above `threshold` points, and until at most `maxPoints`
    // markers remain, points are thinned (cells grow from 1.5 px as needed).
    void setDecimation(std::size_t threshold, std::size_t maxPoints);
    std::size_t decimationThreshold() const { return m_decimateAbove; }
    std::size_t maxDrawnPoints() const { return m_maxDrawn; }
    // Markers drawn for the colour groups and for the selection right now.
    std::size_t drawnPointCount() const { return m_drawn; }
    std::size_t drawnHighlightCount() const { return m_drawnHighlight; }

    // The row nearest to a viewport position within a few pixels, if any.
    std::optional<std::size_t> rowAt(const QPoint &viewportPos) const;
    // Every row whose point lies inside a viewport rectangle (full data).
    std::vector<std::size_t> rowsIn(const QRect &viewportRect) const;
    // Where a data point is drawn, in viewport coordinates.
    QPointF viewportPosition(double x, double y) const;

    // The chart as a figure (export): laid out at target's size with fonts
    // scaled by fontScale, markers as vector circles on SVG/PDF, the hover
    // marker left out; the view is unchanged afterwards.
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale);

Q_SIGNALS:
    // The chart has just replaced the hub's selection by brushing or clicking.
    void selectionBrushed();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildSeries();
    void autoRange();
    void applyRanges(double xMin, double xMax, double yMin, double yMax);
    void scheduleRedraw();
    void updateWindow();
    void redraw();
    void redrawPoints();
    void redrawHighlight();
    void redrawOverlay();
    void chooseStatisticsPlace();
    void placeStatistics();
    void setHoverRow(std::optional<std::size_t> row, bool tellHub);
    void applySelection(std::vector<ConfigId> ids);
    QPointF valueAt(const QPointF &viewportPos) const;
    std::vector<std::uint32_t> drawnRows(const std::vector<std::uint32_t> &candidates, const std::vector<int> &group,
                                         int groupCount) const;

    QChart *m_chart;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    std::vector<QScatterSeries *> m_groupSeries; // empty: legend entries only
    QScatterSeries *m_anchor;                    // empty, for mapping values to positions
    ScatterPointsItem *m_points;                 // the groups' markers and the diagonal
    ScatterPointsItem *m_overlay;                // selection and hover markers on top
    QGraphicsRectItem *m_statisticsBox;
    QGraphicsSimpleTextItem *m_statisticsItem;
    QRubberBand *m_band;

    std::vector<double> m_x;
    std::vector<double> m_y;
    std::vector<ConfigId> m_ids;
    std::vector<int> m_rowOfId; // configuration id -> row, -1 when not shown
    ColourGrouping m_grouping;
    QPointer<SelectionHub> m_hub;
    QList<QMetaObject::Connection> m_hubConnections;
    std::function<QString(ConfigId)> m_describe;

    QString m_statisticsText;
    Qt::Corner m_statisticsCorner = Qt::BottomRightCorner;
    bool m_statisticsInside = true;
    bool m_statisticsUndecided = false; // chosen before the chart was laid out
    bool m_diagonalVisible = false;
    bool m_zoomed = false;
    bool m_redrawPending = false;
    std::optional<QPoint> m_pressPos;
    std::optional<std::size_t> m_hoverRow;
    std::vector<QPointF> m_highlightPoints;
    double m_markerSize = 9.0;
    std::size_t m_decimateAbove = 5000;
    std::size_t m_maxDrawn = 30000;
    std::size_t m_drawn = 0;
    std::size_t m_drawnHighlight = 0;
};

} // namespace hplx
