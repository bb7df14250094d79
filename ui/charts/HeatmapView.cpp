#include "charts/HeatmapView.h"

#include "vtk/ColourMaps.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hplx {

namespace {

constexpr double kPad = 8.0;     // outer margin
constexpr double kGap = 4.0;     // between a label and what it labels
constexpr double kBarGap = 18.0; // matrix to colour bar
const QColor kNaNFill(0xe8, 0xe8, 0xe8);
const QColor kNaNHatch(0xa8, 0xa8, 0xa8);
const QColor kText(0x20, 0x20, 0x20);

// Relative luminance (WCAG) of an sRGB colour.
double luminance(const QColor &colour)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

// Black or white, whichever has the higher contrast ratio on background
// (they are equal at luminance ~0.179).
QColor readableOn(const QColor &background)
{
    return luminance(background) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QString tickText(double value)
{
    if (std::abs(value) < 1e-12)
        value = 0.0;
    return QLocale().toString(value, 'g', 3).replace(QLatin1Char('-'), QChar(0x2212));
}

double maxAdvance(const QFontMetricsF &metrics, const QStringList &texts)
{
    double width = 0.0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

} // namespace

struct HeatmapView::Layout
{
    double left = 0.0, top = 0.0; // matrix origin
    double cell = 0.0;
    int rows = 0, columns = 0;
    bool rotated = false;          // column labels upright
    double rowLabelWidth = 0.0;    // elision width of row labels
    double columnLabelSpace = 0.0; // elision width (rotated) or height of column labels
    QRectF bar;
    double tickWidth = 0.0;

    double x(int column) const { return std::round(left + column * cell); }
    double y(int row) const { return std::round(top + row * cell); }
    QRectF cell_(int row, int column) const
    {
        return QRectF(QPointF(x(column), y(row)), QPointF(x(column + 1), y(row + 1)));
    }
    double right() const { return x(columns); }
    double bottom() const { return y(rows); }
};

HeatmapView::HeatmapView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapView::setData(const QStringList &rowLabels, const QStringList &columnLabels, std::vector<double> values)
{
    const auto expected = static_cast<std::size_t>(rowLabels.size()) * static_cast<std::size_t>(columnLabels.size());
    if (values.size() != expected)
        throw std::invalid_argument("HeatmapView::setData: " + std::to_string(values.size()) + " values for "
                                    + std::to_string(rowLabels.size()) + " x " + std::to_string(columnLabels.size())
                                    + " cells");
    m_rowLabels = rowLabels;
    m_columnLabels = columnLabels;
    m_values = std::move(values);
    m_outlined.clear();
    m_hovered = m_pressed = {-1, -1};
    updateGeometry();
    update();
}

double HeatmapView::value(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return std::nan("");
    return m_values[static_cast<std::size_t>(row) * static_cast<std::size_t>(columnCount())
                    + static_cast<std::size_t>(column)];
}

void HeatmapView::setColourScale(const QString &mapName, double low, double high)
{
    if (anchors(mapName).size() < 2)
        throw std::invalid_argument("HeatmapView::setColourScale: unknown colour map " + mapName.toStdString());
    if (!(low < high))
        throw std::invalid_argument("HeatmapView::setColourScale: empty range");
    m_map = mapName;
    m_low = low;
    m_high = high;
    update();
}

QColor HeatmapView::colourFor(double value) const
{
    if (std::isnan(value))
        return kNaNFill;
    const auto rgb = mapColour(anchors(m_map), (value - m_low) / (m_high - m_low));
    return QColor::fromRgbF(static_cast<float>(rgb[0]), static_cast<float>(rgb[1]), static_cast<float>(rgb[2]));
}

void HeatmapView::setColourBarTitle(const QString &title)
{
    m_barTitle = title;
    update();
}

void HeatmapView::setAxisTitles(const QString &rowTitle, const QString &columnTitle)
{
    m_rowTitle = rowTitle;
    m_columnTitle = columnTitle;
    update();
}

void HeatmapView::setDecimals(int decimals)
{
    m_decimals = std::clamp(decimals, 0, 6);
    update();
}

void HeatmapView::setToolTipDetail(std::function<QString(int, int)> detail)
{
    m_detail = std::move(detail);
}

void HeatmapView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void HeatmapView::setOutlinedCells(std::vector<std::pair<int, int>> cells)
{
    m_outlined = std::move(cells);
    update();
}

void HeatmapView::setEmphasised(int row, int column)
{
    m_emphasisedRow = row;
    m_emphasisedColumn = column;
    update();
}

QString HeatmapView::formatValue(double value) const
{
    if (std::isnan(value))
        return QString();
    QString text = QLocale().toString(value, 'f', m_decimals);
    // "-0.00" reads as a sign error: print it as 0.
    if (text.startsWith(QLatin1Char('-')) && std::abs(value) < 0.5 * std::pow(10.0, -m_decimals))
        text.remove(0, 1);
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

HeatmapView::Layout HeatmapView::layoutFor(const QRectF &target, const QFontMetricsF &metrics) const
{
    Layout l;
    l.rows = rowCount();
    l.columns = columnCount();
    if (l.rows == 0 || l.columns == 0)
        return l;
    const double lineHeight = metrics.height();
    // Bold labels are a little wider; long labels are elided at a third of the figure.
    l.rowLabelWidth = std::min(1.08 * maxAdvance(metrics, m_rowLabels) + 2.0, target.width() / 3.0);
    const double columnLabelWidth = std::min(1.08 * maxAdvance(metrics, m_columnLabels) + 2.0, target.height() / 3.0);
    QStringList ticks;
    for (double v : colourBarLabels(m_low, m_high))
        ticks << tickText(v);
    l.tickWidth = maxAdvance(metrics, ticks);
    const double rowTitle = m_rowTitle.isEmpty() ? 0.0 : lineHeight + kGap;
    const double columnTitle = m_columnTitle.isEmpty() ? 0.0 : lineHeight + kGap;
    const double barWidth = std::max(12.0, lineHeight);
    const double barTitle = m_barTitle.isEmpty() ? 0.0 : lineHeight + 2 * kGap;
    const double rightPart = kBarGap + barWidth + 4.0 + kGap + l.tickWidth + barTitle;

    const double left = target.left() + kPad + rowTitle + l.rowLabelWidth + kGap;
    const double top = target.top() + kPad + 0.5 * lineHeight; // room for the bar's top tick label
    const double availableWidth = target.right() - kPad - rightPart - left;
    auto cellFor = [&](double labelHeight) {
        const double availableHeight = target.bottom() - kPad - columnTitle - labelHeight - kGap - top;
        return std::max(1.0, std::min(availableWidth / l.columns, availableHeight / l.rows));
    };
    l.cell = cellFor(lineHeight);
    l.columnLabelSpace = lineHeight;
    if (columnLabelWidth + 4.0 > l.cell) {
        l.rotated = true;
        l.columnLabelSpace = columnLabelWidth;
        l.cell = cellFor(columnLabelWidth);
    }
    // Centre the figure horizontally in the space it does not use.
    const double unused = std::max(0.0, availableWidth - l.cell * l.columns);
    l.left = left + 0.5 * unused;
    l.top = top;
    l.bar = QRectF(std::round(l.right() + kBarGap), l.y(0), std::round(barWidth), l.bottom() - l.y(0));
    return l;
}

QRectF HeatmapView::cellRect(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return layoutFor(rect(), QFontMetricsF(font(), this)).cell_(row, column);
}

std::pair<int, int> HeatmapView::cellAt(QPointF position) const
{
    const Layout l = layoutFor(rect(), QFontMetricsF(font(), this));
    if (l.rows == 0 || position.x() < l.x(0) || position.y() < l.y(0))
        return {-1, -1};
    // Against the snapped edges, so the answer matches what is drawn.
    int column = 0, row = 0;
    while (column < l.columns && position.x() >= l.x(column + 1))
        ++column;
    while (row < l.rows && position.y() >= l.y(row + 1))
        ++row;
    if (row >= l.rows || column >= l.columns)
        return {-1, -1};
    return {row, column};
}

void HeatmapView::paintFigure(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.fillRect(target, Qt::white);
    const QFont base = font();
    const QFontMetricsF metrics(base, painter.device());
    const Layout l = layoutFor(target, metrics);
    if (l.rows == 0 || l.columns == 0) {
        painter.setPen(QColor(0x70, 0x70, 0x70));
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        painter.restore();
        return;
    }

    // Cells, then their values in a font sized to the cell.
    QFont valueFont = base;
    const QString widest = formatValue(-0.5 * std::pow(10.0, -m_decimals) - 0.999999);
    const double scale =
        std::min({1.15, 0.84 * l.cell / metrics.horizontalAdvance(widest), 0.42 * l.cell / metrics.height()});
    const bool printValues = metrics.height() * scale >= 8.0;
    if (base.pointSizeF() > 0)
        valueFont.setPointSizeF(base.pointSizeF() * scale);
    else
        valueFont.setPixelSize(std::max(1, static_cast<int>(base.pixelSize() * scale)));
    painter.setFont(valueFont);
    for (int r = 0; r < l.rows; ++r) {
        for (int c = 0; c < l.columns; ++c) {
            const QRectF cell = l.cell_(r, c);
            const double v = value(r, c);
            const QColor fill = colourFor(v);
            painter.fillRect(cell, fill);
            if (std::isnan(v)) {
                painter.fillRect(cell, QBrush(kNaNHatch, Qt::BDiagPattern));
                continue;
            }
            if (printValues) {
                painter.setPen(readableOn(fill));
                painter.drawText(cell, Qt::AlignCenter, formatValue(v));
            }
        }
    }
    // Thin white lines separate the cells on any colour.
    painter.setPen(QPen(Qt::white, 1.0));
    for (int c = 1; c < l.columns; ++c)
        painter.drawLine(QPointF(l.x(c) - 0.5, l.y(0)), QPointF(l.x(c) - 0.5, l.bottom()));
    for (int r = 1; r < l.rows; ++r)
        painter.drawLine(QPointF(l.x(0), l.y(r) - 0.5), QPointF(l.right(), l.y(r) - 0.5));

    // Outlined cells: black frame with a white inner line, visible on any colour.
    const double frame = std::clamp(0.06 * l.cell, 2.0, 4.0);
    painter.setBrush(Qt::NoBrush);
    for (const auto &[r, c] : m_outlined) {
        if (r < 0 || c < 0 || r >= l.rows || c >= l.columns)
            continue;
        const QRectF cell = l.cell_(r, c);
        painter.setPen(QPen(Qt::black, frame, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.drawRect(cell.adjusted(0.5 * frame, 0.5 * frame, -0.5 * frame, -0.5 * frame));
        painter.setPen(QPen(Qt::white, 1.0));
        painter.drawRect(cell.adjusted(frame + 0.5, frame + 0.5, -frame - 0.5, -frame - 0.5));
    }

    // Row labels, right-aligned next to the matrix.
    QFont bold = base;
    bold.setBold(true);
    painter.setPen(kText);
    // Cells lower than a line of text: label every step-th row (and column) only, never overlapping.
    const int step = std::max(1, static_cast<int>(std::ceil(0.95 * metrics.height() / l.cell)));
    for (int r = 0; r < l.rows; r += step) {
        painter.setFont(r == m_emphasisedRow ? bold : base);
        const double middle = 0.5 * (l.y(r) + l.y(r + 1));
        const QRectF box(l.x(0) - kGap - l.rowLabelWidth, middle - 0.5 * metrics.height(), l.rowLabelWidth,
                         metrics.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_rowLabels[r], Qt::ElideMiddle, l.rowLabelWidth));
    }
    // Column labels below, upright (reading upwards, ending at the matrix) when they do not fit.
    for (int c = 0; c < l.columns; c += l.rotated ? step : 1) {
        painter.setFont(c == m_emphasisedColumn ? bold : base);
        const QString text = metrics.elidedText(m_columnLabels[c], Qt::ElideMiddle,
                                                l.rotated ? l.columnLabelSpace : l.x(c + 1) - l.x(c) + kGap);
        if (!l.rotated) {
            const QRectF box(l.x(c) - kGap, l.bottom() + kGap, l.x(c + 1) - l.x(c) + 2 * kGap, metrics.height());
            painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, text);
            continue;
        }
        painter.save();
        painter.translate(0.5 * (l.x(c) + l.x(c + 1)), l.bottom() + kGap);
        painter.rotate(-90.0);
        // Rotated frame: x runs up the page (negative is down), y to the right.
        const QRectF box(-l.columnLabelSpace, -0.5 * metrics.height(), l.columnLabelSpace, metrics.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
        painter.restore();
    }
    painter.setFont(base);
    // Axis titles.
    if (!m_columnTitle.isEmpty()) {
        const double y = l.bottom() + kGap + l.columnLabelSpace + kGap;
        painter.drawText(QRectF(l.x(0) - 100.0, y, l.right() - l.x(0) + 200.0, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, m_columnTitle);
    }
    if (!m_rowTitle.isEmpty()) {
        painter.save();
        const double x = l.x(0) - kGap - l.rowLabelWidth - kGap - 0.5 * metrics.height();
        painter.translate(x, 0.5 * (l.y(0) + l.bottom()));
        painter.rotate(-90.0);
        painter.drawText(QRectF(-0.5 * target.height(), -0.5 * metrics.height(), target.height(), metrics.height()),
                         Qt::AlignCenter, m_rowTitle);
        painter.restore();
    }

    // Colour bar: the map's anchors are linear in sRGB, as QLinearGradient interpolates.
    QLinearGradient gradient(l.bar.bottomLeft(), l.bar.topLeft());
    for (const Anchor &anchor : anchors(m_map))
        gradient.setColorAt(anchor.t, QColor::fromRgb(static_cast<QRgb>(anchor.rgb)));
    painter.fillRect(l.bar, gradient);
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(l.bar.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.setPen(kText);
    for (double v : colourBarLabels(m_low, m_high)) {
        const double y = l.bar.bottom() - (v - m_low) / (m_high - m_low) * l.bar.height();
        painter.drawLine(QPointF(l.bar.right(), y), QPointF(l.bar.right() + 4.0, y));
        painter.drawText(
            QRectF(l.bar.right() + 4.0 + kGap, y - 0.5 * metrics.height(), l.tickWidth + 2.0, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, tickText(v));
    }
    if (!m_barTitle.isEmpty() && target.height() > 2.0 * kPad + 10.0) {
        painter.save();
        // Centred on the bar; a title longer than the bar shifts to stay inside the figure.
        const double room = target.height() - 2.0 * kPad;
        const QString title = metrics.elidedText(m_barTitle, Qt::ElideRight, room);
        const double half = 0.5 * std::min(metrics.horizontalAdvance(title) + 2.0, room);
        const double centre = std::clamp(l.bar.center().y(), target.top() + kPad + half, target.bottom() - kPad - half);
        const double x = l.bar.right() + 4.0 + kGap + l.tickWidth + kGap + 0.5 * metrics.height();
        painter.translate(x, centre);
        painter.rotate(-90.0);
        painter.drawText(QRectF(-half, -0.5 * metrics.height(), 2.0 * half, metrics.height()), Qt::AlignCenter, title);
        painter.restore();
    }
    painter.restore();
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintFigure(painter, rect());
    if (m_hovered.first >= 0) {
        const QRectF cell = cellRect(m_hovered.first, m_hovered.second);
        painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(0.5, 0.5, -1.5, -1.5));
    }
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? cellAt(event->position()) : std::pair<int, int>{-1, -1};
    QWidget::mousePressEvent(event);
}

void HeatmapView::mouseReleaseEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position());
    if (event->button() == Qt::LeftButton && cell.first >= 0 && cell == m_pressed)
        Q_EMIT cellClicked(cell.first, cell.second);
    m_pressed = {-1, -1};
    QWidget::mouseReleaseEvent(event);
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position());
    if (cell != m_hovered) {
        m_hovered = cell;
        setCursor(cell.first >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    if (m_hovered.first >= 0) {
        m_hovered = {-1, -1};
        update();
    }
    QWidget::leaveEvent(event);
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, column] = cellAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const double v = value(row, column);
        QString text =
            tr("<b>%1</b> × <b>%2</b><br>%3: %4")
                .arg(m_rowLabels[row].toHtmlEscaped(), m_columnLabels[column].toHtmlEscaped(),
                     m_barTitle.toHtmlEscaped(), std::isnan(v) ? tr("no value") : QLocale().toString(v, 'g', 4));
        const QString detail = m_detail ? m_detail(row, column) : QString();
        if (!detail.isEmpty())
            text += QStringLiteral("<br>") + detail.toHtmlEscaped();
        QToolTip::showText(help->globalPos(), text, this, cellRect(row, column).toRect());
        return true;
    }
    return QWidget::event(event);
}

QSize HeatmapView::sizeHint() const
{
    return {640, 520};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {240, 200};
}

} // namespace hplx
