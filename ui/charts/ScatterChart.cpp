#include "charts/ScatterChart.h"

#include "charts/PointDecimation.h"
#include "charts/ScatterPointsItem.h"
#include "export/ChartFigure.h"
#include "model/SelectionHub.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace hplx {

namespace {

// Selected points: larger magenta markers with a dark outline; magenta is in
// none of the palettes the groups use (Okabe–Ito, viridis, coolwarm).
const QColor kHighlightFill(0xff, 0x00, 0xff);
const QColor kOutline(0x20, 0x20, 0x20);
constexpr double kPickRadius = 6.0; // pixels
constexpr int kClickSlop = 4;       // pixels a press may move and still be a click

double markerSize(std::size_t points)
{
    return points > 5000 ? 5.0 : points > 500 ? 7.0 : 9.0;
}

void hideLegendEntry(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

ScatterChart::ScatterChart(QWidget *parent)
    : QChartView(parent),
      m_chart(new QChart),
      m_axisX(new QValueAxis(m_chart)),
      m_axisY(new QValueAxis(m_chart)),
      m_anchor(new QScatterSeries(m_chart)),
      m_points(new ScatterPointsItem(m_chart)),
      m_overlay(new ScatterPointsItem(m_chart)),
      m_statisticsBox(new QGraphicsRectItem(m_chart)),
      m_statisticsItem(new QGraphicsSimpleTextItem(m_statisticsBox)),
      m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setObjectName(QStringLiteral("scatterChart"));
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->legend()->setVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setLabelFormat(QStringLiteral("%.3g"));
    }
    setChart(m_chart);
    // Thousands of marker items move together on every redraw; an index would
    // only be rebuilt each time.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBand(QChartView::NoRubberBand);
    viewport()->setMouseTracking(true);

    // Above the grid and Qt's own series, below the statistics box.
    m_points->setZValue(500);
    m_overlay->setZValue(600);
    m_points->setDiagonal(false, QPen(QColor(0x60, 0x60, 0x60), 1.2, Qt::DashLine));

    m_statisticsBox->setBrush(QColor(255, 255, 255, 225));
    m_statisticsBox->setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 1.0));
    m_statisticsBox->setZValue(1000);
    m_statisticsBox->setVisible(false);
    m_band->hide();

    rebuildSeries();
    // The markers must follow the plot area in the same paint (a grab lays
    // the chart out and paints at once); thinning for the new size can wait.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateWindow();
        // Placed before the chart had a size: decide now. (Not on every
        // change: the title it may set changes the plot area in turn.)
        if (m_statisticsUndecided)
            chooseStatisticsPlace();
        else
            placeStatistics();
        scheduleRedraw();
    });
    autoRange();
}

ScatterChart::~ScatterChart() = default;

void ScatterChart::setPoints(std::vector<double> x, std::vector<double> y, std::vector<ConfigId> ids)
{
    const std::size_t n = std::min({x.size(), y.size(), ids.size()});
    x.resize(n);
    y.resize(n);
    ids.resize(n);
    m_x = std::move(x);
    m_y = std::move(y);
    m_ids = std::move(ids);
    m_rowOfId.clear();
    if (!m_ids.empty()) {
        m_rowOfId.assign(static_cast<std::size_t>(*std::max_element(m_ids.begin(), m_ids.end())) + 1, -1);
        for (std::size_t row = 0; row < n; ++row)
            m_rowOfId[m_ids[row]] = static_cast<int>(row);
    }
    m_hoverRow.reset();
    m_grouping = ColourGrouping::single(n, QString(), qualitativeColour(4));
    m_zoomed = false;
    rebuildSeries();
    autoRange();
}

void ScatterChart::setGrouping(ColourGrouping grouping)
{
    grouping.groupOfRow.resize(pointCount(), 0);
    if (grouping.groups.empty())
        grouping.groups.push_back({QString(), qualitativeColour(4)});
    const int count = static_cast<int>(grouping.groups.size());
    for (int &g : grouping.groupOfRow)
        g = std::clamp(g, 0, count - 1);
    m_grouping = std::move(grouping);
    rebuildSeries();
    redraw();
}

void ScatterChart::clear()
{
    setPoints({}, {}, {});
    setStatisticsText(QString());
}

void ScatterChart::setSelectionHub(SelectionHub *hub)
{
    for (const auto &connection : m_hubConnections)
        disconnect(connection);
    m_hubConnections.clear();
    m_hub = hub;
    if (hub) {
        m_hubConnections << connect(hub, &SelectionHub::selectionChanged, this, [this](QObject *source) {
            if (source != this)
                redrawHighlight();
        });
        m_hubConnections << connect(hub, &SelectionHub::hoveredChanged, this, [this](qint64 id, QObject *source) {
            if (source == this)
                return;
            std::optional<std::size_t> row;
            if (id >= 0 && static_cast<std::size_t>(id) < m_rowOfId.size() && m_rowOfId[std::size_t(id)] >= 0)
                row = static_cast<std::size_t>(m_rowOfId[std::size_t(id)]);
            setHoverRow(row, false);
        });
    }
    redrawHighlight();
}

SelectionHub *ScatterChart::selectionHub() const
{
    return m_hub;
}

void ScatterChart::setDescriber(std::function<QString(ConfigId)> describe)
{
    m_describe = std::move(describe);
}

void ScatterChart::setAxisTitles(const QString &x, const QString &y)
{
    m_axisX->setTitleText(x);
    m_axisY->setTitleText(y);
}

void ScatterChart::setDiagonalVisible(bool visible)
{
    m_diagonalVisible = visible;
    m_points->setDiagonal(visible, QPen(QColor(0x60, 0x60, 0x60), 1.2, Qt::DashLine));
}

void ScatterChart::setStatisticsText(const QString &text)
{
    m_statisticsText = text;
    m_statisticsItem->setText(text);
    m_statisticsItem->setFont(font());
    chooseStatisticsPlace();
}

void ScatterChart::setAxisRanges(double xMin, double xMax, double yMin, double yMax)
{
    m_zoomed = true;
    applyRanges(xMin, xMax, yMin, yMax);
}

void ScatterChart::resetZoom()
{
    m_zoomed = false;
    autoRange();
}

void ScatterChart::setDecimation(std::size_t threshold, std::size_t maxPoints)
{
    m_decimateAbove = threshold;
    m_maxDrawn = std::max<std::size_t>(1, maxPoints);
    redraw();
}

std::optional<std::size_t> ScatterChart::rowAt(const QPoint &viewportPos) const
{
    // One linear map from data to pixels, then a plain scan: fast enough for
    // a million points per mouse move.
    const double x0 = m_axisX->min(), x1 = m_axisX->max(), y0 = m_axisY->min(), y1 = m_axisY->max();
    const QPointF p0 = viewportPosition(x0, y0);
    const QPointF p1 = viewportPosition(x1, y1);
    if (x1 <= x0 || y1 <= y0)
        return std::nullopt;
    const double sx = (p1.x() - p0.x()) / (x1 - x0), sy = (p1.y() - p0.y()) / (y1 - y0);
    const double px = viewportPos.x(), py = viewportPos.y();
    double best = kPickRadius * kPickRadius;
    std::optional<std::size_t> found;
    for (std::size_t row = 0; row < m_ids.size(); ++row) {
        const double dx = p0.x() + (m_x[row] - x0) * sx - px;
        const double dy = p0.y() + (m_y[row] - y0) * sy - py;
        const double d = dx * dx + dy * dy;
        if (d <= best) { // NaN never passes
            best = d;
            found = row;
        }
    }
    return found;
}

std::vector<std::size_t> ScatterChart::rowsIn(const QRect &viewportRect) const
{
    const QPointF a = valueAt(viewportRect.topLeft());
    const QPointF b =
        valueAt(QPointF(viewportRect.left() + viewportRect.width(), viewportRect.top() + viewportRect.height()));
    const double xLo = std::min(a.x(), b.x()), xHi = std::max(a.x(), b.x());
    const double yLo = std::min(a.y(), b.y()), yHi = std::max(a.y(), b.y());
    std::vector<std::size_t> rows;
    for (std::size_t row = 0; row < m_ids.size(); ++row)
        if (m_x[row] >= xLo && m_x[row] <= xHi && m_y[row] >= yLo && m_y[row] <= yHi)
            rows.push_back(row);
    return rows;
}

QPointF ScatterChart::viewportPosition(double x, double y) const
{
    const QPointF inChart = m_chart->mapToPosition(QPointF(x, y), m_anchor);
    return mapFromScene(m_chart->mapToScene(inChart));
}

QPointF ScatterChart::valueAt(const QPointF &viewportPos) const
{
    const QPointF inChart = m_chart->mapFromScene(mapToScene(viewportPos.toPoint()));
    return m_chart->mapToValue(inChart, m_anchor);
}

void ScatterChart::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    const std::optional<std::size_t> hover = m_hoverRow;
    m_hoverRow.reset();
    redrawOverlay();
    const QFont statisticsFont = m_statisticsItem->font();
    m_statisticsItem->setFont(scaledFont(statisticsFont, fontScale));
    {
        ChartFigureScope scope(m_chart, target.size(), fontScale);
        // The box grew with its font, and may move to another corner or above.
        chooseStatisticsPlace();
        scope.relayout();
        updateWindow();
        placeStatistics();
        scope.render(painter, target);
    }
    m_statisticsItem->setFont(statisticsFont);
    chooseStatisticsPlace();
    updateWindow();
    placeStatistics();
    m_hoverRow = hover;
    redrawOverlay();
}

void ScatterChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_band->setGeometry(QRect(*m_pressPos, QSize()));
    event->accept();
}

void ScatterChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressPos) {
        const QRect rect = QRect(*m_pressPos, pos).normalized();
        m_band->setGeometry(rect);
        m_band->setVisible((pos - *m_pressPos).manhattanLength() >= kClickSlop);
        event->accept();
        return;
    }
    const std::optional<std::size_t> row = rowAt(pos);
    setHoverRow(row, true);
    if (row) {
        const ConfigId id = m_ids[*row];
        const QLocale locale;
        const QString name = m_describe ? m_describe(id) : tr("configuration %1").arg(id);
        const QString xTitle = m_axisX->titleText().isEmpty() ? QStringLiteral("x") : m_axisX->titleText();
        const QString yTitle = m_axisY->titleText().isEmpty() ? QStringLiteral("y") : m_axisY->titleText();
        QToolTip::showText(
            event->globalPosition().toPoint(),
            tr("%1\n%2: %3\n%4: %5")
                .arg(name, xTitle, locale.toString(m_x[*row], 'g', 4), yTitle, locale.toString(m_y[*row], 'g', 4)),
            viewport());
    } else {
        QToolTip::hideText();
    }
    event->accept();
}

void ScatterChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressPos) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPoint from = *m_pressPos;
    const QPoint to = event->position().toPoint();
    m_pressPos.reset();
    m_band->hide();
    event->accept();
    const bool adding = event->modifiers() & Qt::ShiftModifier;
    std::vector<ConfigId> ids;
    if (adding && m_hub)
        ids = m_hub->selection();
    if ((to - from).manhattanLength() < kClickSlop) {
        const std::optional<std::size_t> row = rowAt(to);
        if (!row && adding)
            return; // Shift-click on nothing keeps the selection
        if (row)
            ids.push_back(m_ids[*row]);
        else
            ids.clear();
    } else {
        for (const std::size_t row : rowsIn(QRect(from, to).normalized()))
            ids.push_back(m_ids[row]);
    }
    applySelection(std::move(ids));
}

void ScatterChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_zoomed) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ScatterChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || m_ids.empty()) {
        event->ignore();
        return;
    }
    const double factor = std::pow(0.8, steps); // < 1 zooms in
    const QPointF at = valueAt(event->position());
    const double x0 = at.x() + (m_axisX->min() - at.x()) * factor;
    const double x1 = at.x() + (m_axisX->max() - at.x()) * factor;
    const double y0 = at.y() + (m_axisY->min() - at.y()) * factor;
    const double y1 = at.y() + (m_axisY->max() - at.y()) * factor;
    setAxisRanges(x0, x1, y0, y1);
    event->accept();
}

void ScatterChart::leaveEvent(QEvent *event)
{
    setHoverRow(std::nullopt, true);
    QChartView::leaveEvent(event);
}

void ScatterChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    scheduleRedraw();
}

void ScatterChart::rebuildSeries()
{
    // The group series stay empty: they only give the legend its entries.
    for (QScatterSeries *series : m_groupSeries) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_groupSeries.clear();
    if (!m_chart->series().contains(m_anchor)) {
        m_chart->addSeries(m_anchor);
        m_anchor->attachAxis(m_axisX);
        m_anchor->attachAxis(m_axisY);
        hideLegendEntry(m_chart, m_anchor);
    }
    m_markerSize = markerSize(pointCount());
    for (const ColourGroup &group : m_grouping.groups) {
        auto *series = new QScatterSeries(m_chart);
        series->setName(group.name);
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(9.0);
        series->setBrush(group.colour);
        series->setPen(QPen(Qt::NoPen));
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_groupSeries.push_back(series);
    }
    m_chart->legend()->setVisible(m_grouping.groups.size() > 1);
}

void ScatterChart::autoRange()
{
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    for (std::size_t row = 0; row < m_ids.size(); ++row) {
        if (!std::isfinite(m_x[row]) || !std::isfinite(m_y[row]))
            continue;
        x0 = std::min(x0, m_x[row]);
        x1 = std::max(x1, m_x[row]);
        y0 = std::min(y0, m_y[row]);
        y1 = std::max(y1, m_y[row]);
    }
    if (x0 > x1) {
        x0 = y0 = 0.0;
        x1 = y1 = 1.0;
    }
    auto pad = [](double &lo, double &hi) {
        const double span = hi - lo;
        const double margin = span > 0.0 ? 0.04 * span : std::max(0.5, 0.05 * std::abs(lo));
        lo -= margin;
        hi += margin;
    };
    pad(x0, x1);
    pad(y0, y1);
    applyRanges(x0, x1, y0, y1);
}

void ScatterChart::applyRanges(double xMin, double xMax, double yMin, double yMax)
{
    // About five ticks on a 1-2-5 step. Qt Charts makes one item per tick:
    // while the range changes the interval must never be tiny against it
    // (a step of 0.001 over a range of 7,000 is millions of items), so the
    // interval goes coarse first and fine last.
    const std::pair<double, double> ranges[] = {{xMin, xMax}, {yMin, yMax}};
    QValueAxis *axes[] = {m_axisX, m_axisY};
    for (int i = 0; i < 2; ++i) {
        QValueAxis *axis = axes[i];
        const auto [lo, hi] = ranges[i];
        const double span = hi - lo;
        axis->setTickInterval(std::max({axis->tickInterval(), axis->max() - axis->min(), span, 1e-300}));
        axis->setRange(lo, hi);
        if (!(span > 0.0))
            continue;
        const double raw = span / 5.0;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        const double step = raw / power < 1.5   ? power
                            : raw / power < 3.5 ? 2 * power
                            : raw / power < 7.5 ? 5 * power
                                                : 10 * power;
        axis->setTickAnchor(std::ceil(axis->min() / step) * step);
        axis->setTickInterval(step);
        // As many decimals as the step needs: ranks read "1000", not "1e+03".
        const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
        const double largest = std::max(std::abs(axis->min()), std::abs(axis->max()));
        axis->setLabelFormat(decimals > 6 || largest >= 1e7 ? QStringLiteral("%.3g")
                                                            : QStringLiteral("%.%1f").arg(decimals));
    }
    redraw();
    chooseStatisticsPlace();
}

void ScatterChart::scheduleRedraw()
{
    if (m_redrawPending)
        return;
    m_redrawPending = true;
    QTimer::singleShot(0, this, [this] {
        m_redrawPending = false;
        redraw();
    });
}

void ScatterChart::updateWindow()
{
    const QRectF area = m_chart->plotArea();
    for (ScatterPointsItem *item : {m_points, m_overlay})
        item->setWindow(area, m_axisX->min(), m_axisX->max(), m_axisY->min(), m_axisY->max());
}

void ScatterChart::redraw()
{
    updateWindow();
    redrawPoints();
    redrawHighlight(); // and the hover marker
    placeStatistics();
}

std::vector<std::uint32_t> ScatterChart::drawnRows(const std::vector<std::uint32_t> &candidates,
                                                   const std::vector<int> &group, int groupCount) const
{
    if (candidates.size() <= m_decimateAbove)
        return candidates;
    std::vector<double> x(candidates.size()), y(candidates.size());
    std::vector<int> g(group.empty() ? 0 : candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        x[i] = m_x[candidates[i]];
        y[i] = m_y[candidates[i]];
        if (!group.empty())
            g[i] = group[candidates[i]];
    }
    QRectF area = m_chart->plotArea();
    if (area.width() < 10 || area.height() < 10)
        area = QRectF(0, 0, 600, 400); // not laid out yet: a plausible size
    std::vector<std::uint32_t> kept;
    for (double cell = 1.5;; cell *= 1.5) {
        DecimationGrid grid{m_axisX->min(),
                            m_axisX->max(),
                            m_axisY->min(),
                            m_axisY->max(),
                            std::max(1, static_cast<int>(std::ceil(area.width() / cell))),
                            std::max(1, static_cast<int>(std::ceil(area.height() / cell)))};
        kept = decimatePoints(x, y, g, groupCount, grid);
        if (kept.size() <= m_maxDrawn || cell > 64.0)
            break;
    }
    for (std::uint32_t &i : kept)
        i = candidates[i];
    return kept;
}

void ScatterChart::redrawPoints()
{
    std::vector<std::uint32_t> all;
    all.reserve(m_ids.size());
    for (std::size_t row = 0; row < m_ids.size(); ++row)
        if (std::isfinite(m_x[row]) && std::isfinite(m_y[row]))
            all.push_back(static_cast<std::uint32_t>(row));
    const auto groupCount = static_cast<int>(m_grouping.groups.size());
    const std::vector<std::uint32_t> rows = drawnRows(all, m_grouping.groupOfRow, groupCount);
    // A thin light rim separates touching markers; at high density it would
    // only grey the picture.
    const QPen rim = pointCount() <= 5000 ? QPen(QColor(255, 255, 255, 200), 0.8) : QPen(Qt::NoPen);
    std::vector<ScatterPointsItem::Layer> layers(m_grouping.groups.size());
    for (std::size_t g = 0; g < layers.size(); ++g)
        layers[g] = {m_grouping.groups[g].colour, rim, m_markerSize, {}};
    for (const std::uint32_t row : rows)
        layers[static_cast<std::size_t>(m_grouping.groupOfRow[row])].points.emplace_back(m_x[row], m_y[row]);
    m_points->setLayers(std::move(layers));
    m_drawn = rows.size();
}

void ScatterChart::redrawHighlight()
{
    std::vector<std::uint32_t> selected;
    if (m_hub && !m_hub->selection().empty())
        for (std::size_t row = 0; row < m_ids.size(); ++row)
            if (m_hub->isSelected(m_ids[row]) && std::isfinite(m_x[row]) && std::isfinite(m_y[row]))
                selected.push_back(static_cast<std::uint32_t>(row));
    const std::vector<std::uint32_t> rows = drawnRows(selected, {}, 1);
    m_highlightPoints.clear();
    for (const std::uint32_t row : rows)
        m_highlightPoints.emplace_back(m_x[row], m_y[row]);
    m_drawnHighlight = rows.size();
    redrawOverlay();
}

void ScatterChart::redrawOverlay()
{
    std::vector<ScatterPointsItem::Layer> layers(2);
    layers[0] = {kHighlightFill, QPen(kOutline, 1.2), m_markerSize + 4.0, m_highlightPoints};
    layers[1] = {Qt::transparent, QPen(kOutline, 2.0), m_markerSize + 9.0, {}};
    if (m_hoverRow && std::isfinite(m_x[*m_hoverRow]) && std::isfinite(m_y[*m_hoverRow]))
        layers[1].points.emplace_back(m_x[*m_hoverRow], m_y[*m_hoverRow]);
    m_overlay->setLayers(std::move(layers));
}

namespace {

constexpr double kBoxPadding = 5.0; // text to box edge
constexpr double kBoxInset = 8.0;   // box to plot area edge

QRectF boxAt(Qt::Corner corner, const QRectF &area, const QSizeF &size)
{
    const bool right = corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner;
    const bool bottom = corner == Qt::BottomLeftCorner || corner == Qt::BottomRightCorner;
    return {QPointF(right ? area.right() - size.width() - kBoxInset : area.left() + kBoxInset,
                    bottom ? area.bottom() - size.height() - kBoxInset : area.top() + kBoxInset),
            size};
}

} // namespace

void ScatterChart::chooseStatisticsPlace()
{
    const QRectF text = m_statisticsItem->boundingRect();
    const QSizeF size(text.width() + 2 * kBoxPadding, text.height() + 2 * kBoxPadding);
    const QRectF area = m_chart->plotArea();
    // The corner whose box covers the fewest points (bottom right first:
    // below the diagonal of a test-vs-train plot is usually empty).
    std::size_t fewest = std::numeric_limits<std::size_t>::max();
    // Before the first layout the plot area is empty: decide later. A laid
    // out plot smaller than the box gets the text above it.
    m_statisticsUndecided = area.width() < 20 || area.height() < 20;
    const bool fits = area.width() > size.width() && area.height() > size.height();
    if (!m_statisticsText.isEmpty() && !m_statisticsUndecided && fits) {
        const double x0 = m_axisX->min(), y0 = m_axisY->min();
        const double sx = area.width() / (m_axisX->max() - x0), sy = area.height() / (m_axisY->max() - y0);
        for (const Qt::Corner corner :
             {Qt::BottomRightCorner, Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner}) {
            // A few pixels more: a marker's edge under the box hides it too.
            const QRectF box = boxAt(corner, area, size)
                                   .adjusted(-m_markerSize / 2, -m_markerSize / 2, m_markerSize / 2, m_markerSize / 2);
            std::size_t covered = 0;
            for (std::size_t row = 0; row < m_ids.size() && covered < fewest; ++row)
                if (box.contains(area.left() + (m_x[row] - x0) * sx, area.bottom() - (m_y[row] - y0) * sy))
                    ++covered;
            if (covered < fewest) {
                fewest = covered;
                m_statisticsCorner = corner;
            }
        }
    }
    m_statisticsInside = m_statisticsText.isEmpty() || m_ids.empty() || m_statisticsUndecided || (fits && fewest == 0);
    m_statisticsBox->setVisible(m_statisticsInside && !m_statisticsText.isEmpty());
    if (m_statisticsInside) {
        m_chart->setTitle(QString());
    } else {
        // The statistics' font: scaled while a figure is drawn.
        m_chart->setTitleFont(m_statisticsItem->font());
        m_chart->setTitle(m_statisticsText.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    placeStatistics();
}

void ScatterChart::placeStatistics()
{
    if (m_statisticsText.isEmpty() || !m_statisticsInside)
        return;
    const QRectF text = m_statisticsItem->boundingRect();
    const QSizeF size(text.width() + 2 * kBoxPadding, text.height() + 2 * kBoxPadding);
    m_statisticsBox->setRect(QRectF(QPointF(0, 0), size));
    m_statisticsItem->setPos(kBoxPadding, kBoxPadding);
    m_statisticsBox->setPos(boxAt(m_statisticsCorner, m_chart->plotArea(), size).topLeft());
}

void ScatterChart::setHoverRow(std::optional<std::size_t> row, bool tellHub)
{
    if (row && *row >= m_ids.size())
        row.reset();
    const bool changed = row != m_hoverRow;
    m_hoverRow = row;
    if (changed)
        redrawOverlay();
    if (tellHub && changed && m_hub) {
        std::optional<ConfigId> id;
        if (row)
            id = m_ids[*row];
        m_hub->setHovered(id, this);
    }
}

void ScatterChart::applySelection(std::vector<ConfigId> ids)
{
    if (!m_hub)
        return;
    m_hub->setSelection(std::move(ids), this);
    redrawHighlight();
    Q_EMIT selectionBrushed();
}

} // namespace hplx
