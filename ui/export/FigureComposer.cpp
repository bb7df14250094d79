#include "export/FigureComposer.h"

#include "export/ColourBarPainter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hplx {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kLetterPt = 10.0;
constexpr double kCaptionPt = 8.0;

QFont figureFont(double points, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Font metrics as fonts resolve on the figure's devices (logical DPI).
QFontMetricsF figureMetrics(const QFont &font)
{
    static const QImage probe(1, 1, QImage::Format_RGB32);
    return QFontMetricsF(font, &probe);
}

// size scaled to fit into box (aspect kept), centred.
QRectF fitted(const QSizeF &size, const QRectF &box)
{
    if (size.isEmpty() || box.isEmpty())
        return QRectF(box.topLeft(), QSizeF(0, 0));
    const double scale = std::min(box.width() / size.width(), box.height() / size.height());
    const QSizeF s = size * scale;
    return QRectF(box.left() + (box.width() - s.width()) / 2, box.top() + (box.height() - s.height()) / 2, s.width(),
                  s.height());
}

void drawSnapshot(QPainter &painter, const QPicture &picture, const QSizeF &size, const QRectF &rect)
{
    if (size.isEmpty() || rect.isEmpty())
        return;
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / size.width(), rect.height() / size.height());
    painter.drawPicture(QPointF(0, 0), picture);
    painter.restore();
}

} // namespace

FigureComposer::FigureComposer(QObject *parent)
    : QObject(parent), m_snapshotSize(88.0 / kMmPerInch * figureLogicalDpi(), 66.0 / kMmPerInch * figureLogicalDpi())
{}

int FigureComposer::add(FigureSource &source, const QSizeF &cellSize, double fontScale)
{
    Panel panel;
    panel.title = source.figureTitle();
    panel.size = cellSize.isEmpty() ? m_snapshotSize : cellSize;
    panel.vector = source.isVectorFigure();
    const double scale = fontScale > 0 ? fontScale : 1.0;
    const auto record = [&panel, scale](QPicture &picture, const auto &paint) {
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF target(QPointF(0, 0), panel.size);
        painter.setClipRect(target);
        paint(painter, target, scale);
    };
    record(panel.picture, [&source](QPainter &p, const QRectF &t, double f) { source.paintFigure(p, t, f); });
    panel.scale = source.figureColourScale();
    if (panel.scale)
        record(panel.withoutColourBar,
               [&source](QPainter &p, const QRectF &t, double f) { source.paintFigureWithoutColourBar(p, t, f); });
    m_panels.push_back(std::move(panel));
    Q_EMIT changed();
    return count() - 1;
}

int FigureComposer::addCurrentView(FigureSource *source)
{
    return source ? add(*source, m_snapshotSize, 1.0) : -1;
}

void FigureComposer::remove(int index)
{
    if (!valid(index))
        return;
    m_panels.erase(m_panels.begin() + index);
    Q_EMIT changed();
}

void FigureComposer::move(int from, int to)
{
    if (!valid(from) || !valid(to) || from == to)
        return;
    Panel panel = std::move(m_panels[from]);
    m_panels.erase(m_panels.begin() + from);
    m_panels.insert(m_panels.begin() + to, std::move(panel));
    Q_EMIT changed();
}

void FigureComposer::clear()
{
    if (m_panels.empty())
        return;
    m_panels.clear();
    Q_EMIT changed();
}

QString FigureComposer::title(int index) const
{
    return valid(index) ? m_panels[index].title : QString();
}

void FigureComposer::setTitle(int index, const QString &title)
{
    if (!valid(index) || m_panels[index].title == title)
        return;
    m_panels[index].title = title;
    Q_EMIT changed();
}

const QPicture &FigureComposer::picture(int index) const
{
    static const QPicture empty;
    return valid(index) ? m_panels[index].picture : empty;
}

const QPicture &FigureComposer::pictureWithoutColourBar(int index) const
{
    if (!valid(index) || !m_panels[index].scale)
        return picture(index);
    return m_panels[index].withoutColourBar;
}

std::optional<FigureColourScale> FigureComposer::colourScale(int index) const
{
    return valid(index) ? m_panels[index].scale : std::nullopt;
}

std::optional<FigureColourScale> FigureComposer::commonColourScale() const
{
    if (m_panels.empty() || !m_panels.front().scale)
        return std::nullopt;
    for (const Panel &panel : m_panels)
        if (!panel.scale || *panel.scale != *m_panels.front().scale)
            return std::nullopt;
    return m_panels.front().scale;
}

QSizeF FigureComposer::snapshotSize(int index) const
{
    return valid(index) ? m_panels[index].size : QSizeF();
}

bool FigureComposer::isVector(int index) const
{
    return valid(index) && m_panels[index].vector;
}

QImage FigureComposer::thumbnail(int index, const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!valid(index))
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const Panel &panel = m_panels[index];
    drawSnapshot(painter, panel.picture, panel.size, fitted(panel.size, QRectF(QPointF(0, 0), QSizeF(size))));
    return image;
}

void FigureComposer::setLayout(const ComposerLayout &layout)
{
    ComposerLayout l = layout;
    l.columns = std::max(1, l.columns);
    l.gapMm = std::max(0.0, l.gapMm);
    if (l == m_layout)
        return;
    m_layout = l;
    Q_EMIT changed();
}

QString FigureComposer::letter(int index, ComposerLayout::LetterStyle style)
{
    // Bijective base 26: a..z, aa..az, ba...
    QString text;
    for (int n = std::max(0, index) + 1; n > 0; n = (n - 1) / 26)
        text.prepend(QChar(u'a' + (n - 1) % 26));
    switch (style) {
    case ComposerLayout::LetterStyle::Lower:
        return text;
    case ComposerLayout::LetterStyle::LowerParenthesised:
        return QLatin1Char('(') + text + QLatin1Char(')');
    case ComposerLayout::LetterStyle::Upper:
        return text.toUpper();
    }
    return text;
}

QString CompositeFigure::figureTitle() const
{
    // Short: the export dialog shows it as its heading.
    return QCoreApplication::translate("hplx::CompositeFigure", "Figure of %n view(s)", nullptr, m_composer->count());
}

bool CompositeFigure::isVectorFigure() const
{
    for (int i = 0; i < m_composer->count(); ++i)
        if (!m_composer->isVector(i))
            return false;
    return true;
}

std::optional<FigureColourScale> CompositeFigure::sharedColourScale() const
{
    return m_composer->layout().sharedColourBar ? m_composer->commonColourScale() : std::nullopt;
}

CompositeFigure::Grid CompositeFigure::grid(double width, double fontScale) const
{
    const ComposerLayout layout = m_composer->layout();
    Grid g;
    const int n = m_composer->count();
    g.columns = std::max(1, std::min(layout.columns, n));
    g.rows = (n + g.columns - 1) / g.columns;
    g.gap = layout.gapMm / kMmPerInch * figureLogicalDpi();
    if (const auto scale = sharedColourScale()) {
        g.barWidth = colourBarWidth(*scale, fontScale);
        width = std::max(0.0, width - g.barWidth - g.gap);
    }
    g.cellWidth = std::max(0.0, (width - (g.columns - 1) * g.gap) / g.columns);
    if (layout.letters)
        g.letterHeight = figureMetrics(figureFont(kLetterPt * fontScale, true)).height();
    if (layout.captions) {
        // Two lines when a caption is wider than its cell: eliding would
        // drop the dataset, the part that tells the panels apart.
        const QFontMetricsF metrics = figureMetrics(figureFont(kCaptionPt * fontScale, false));
        int lines = 1;
        for (int i = 0; i < n; ++i)
            if (metrics.horizontalAdvance(m_composer->title(i)) > g.cellWidth)
                lines = 2;
        g.captionHeight = metrics.lineSpacing() * lines + metrics.height() * 0.3;
    }
    return g;
}

QRectF CompositeFigure::cellBox(int index, const QRectF &target, const Grid &g) const
{
    const double rowH = (target.height() - (g.rows - 1) * g.gap) / g.rows;
    const int row = index / g.columns, column = index % g.columns;
    // Letter strip above the snapshot, caption strip below it.
    return QRectF(target.left() + column * (g.cellWidth + g.gap), target.top() + row * (rowH + g.gap) + g.letterHeight,
                  g.cellWidth, std::max(0.0, rowH - g.letterHeight - g.captionHeight));
}

QRectF CompositeFigure::panelRect(int index, const QRectF &target, double fontScale) const
{
    if (index < 0 || index >= m_composer->count())
        return {};
    return fitted(m_composer->snapshotSize(index), cellBox(index, target, grid(target.width(), fontScale)));
}

double CompositeFigure::heightForWidth(double width, double fontScale) const
{
    const Grid g = grid(width, fontScale);
    if (g.rows == 0)
        return width * 0.625;
    const double cellW = g.cellWidth;
    double height = (g.rows - 1) * g.gap;
    for (int row = 0; row < g.rows; ++row) {
        // The tallest snapshot of the row at the cell width.
        double tallest = 0;
        for (int i = row * g.columns; i < std::min(m_composer->count(), (row + 1) * g.columns); ++i) {
            const QSizeF s = m_composer->snapshotSize(i);
            if (!s.isEmpty())
                tallest = std::max(tallest, cellW * s.height() / s.width());
        }
        height += tallest + g.letterHeight + g.captionHeight;
    }
    return height;
}

void CompositeFigure::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    const ComposerLayout layout = m_composer->layout();
    const Grid g = grid(target.width(), fontScale);
    const QFont letterFont = figureFont(kLetterPt * fontScale, true);
    const QFont captionFont = figureFont(kCaptionPt * fontScale, false);
    const auto shared = sharedColourScale();
    QRectF panels; // union of the drawn snapshots: the shared bar spans their height
    for (int i = 0; i < m_composer->count(); ++i) {
        const QRectF box = cellBox(i, target, g);
        const QRectF rect = fitted(m_composer->snapshotSize(i), box);
        drawSnapshot(painter, shared ? m_composer->pictureWithoutColourBar(i) : m_composer->picture(i),
                     m_composer->snapshotSize(i), rect);
        panels = panels.isNull() ? rect : panels.united(rect);
        painter.save();
        painter.setPen(Qt::black);
        if (layout.letters) {
            painter.setFont(letterFont);
            const QRectF strip(rect.left(), rect.top() - g.letterHeight, rect.width(), g.letterHeight);
            painter.drawText(strip, Qt::AlignLeft | Qt::AlignVCenter, FigureComposer::letter(i, layout.letterStyle));
        }
        if (layout.captions) {
            painter.setFont(captionFont);
            // Under the snapshot, as wide as the cell.
            const QRectF strip(box.left(), rect.bottom(), box.width(), g.captionHeight);
            painter.drawText(strip, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_composer->title(i));
        }
        painter.restore();
    }
    if (shared && !panels.isNull()) {
        // The middle 80 % of the panels' height, in the strip at the right.
        const double inset = panels.height() * 0.1;
        paintColourBar(
            painter, QRectF(target.right() - g.barWidth, panels.top() + inset, g.barWidth, panels.height() - 2 * inset),
            *shared, fontScale);
    }
}

} // namespace hplx
