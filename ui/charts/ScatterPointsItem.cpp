#include "charts/ScatterPointsItem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace hplx {

ScatterPointsItem::ScatterPointsItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    // exposedRect lets a hover repaint stamp only the markers it touches.
    setFlag(ItemUsesExtendedStyleOption);
    setFlag(ItemClipsToShape);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ScatterPointsItem::setLayers(std::vector<Layer> layers)
{
    m_layers = std::move(layers);
    renderSprites(m_spriteRatio);
    update();
}

void ScatterPointsItem::renderSprites(double ratio)
{
    m_spriteRatio = ratio;
    m_sprites.clear();
    for (const Layer &layer : m_layers) {
        const double pen = layer.outline.style() == Qt::NoPen ? 0.0 : layer.outline.widthF();
        const int side = static_cast<int>(std::ceil(layer.size + pen)) + 2;
        // Rendered at the device's pixel ratio: sharp markers on HiDPI screens.
        QPixmap sprite(static_cast<int>(std::ceil(side * ratio)), static_cast<int>(std::ceil(side * ratio)));
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(layer.outline);
        painter.setBrush(layer.fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(layer.fill));
        const double r = layer.size / 2.0;
        painter.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
        m_sprites.push_back(sprite);
    }
}

std::size_t ScatterPointsItem::pointCount() const
{
    std::size_t count = 0;
    for (const Layer &layer : m_layers)
        count += layer.points.size();
    return count;
}

void ScatterPointsItem::setWindow(const QRectF &plotArea, double xMin, double xMax, double yMin, double yMax)
{
    if (plotArea != m_area)
        prepareGeometryChange();
    m_area = plotArea;
    m_xMin = xMin;
    m_xMax = xMax;
    m_yMin = yMin;
    m_yMax = yMax;
    update();
}

void ScatterPointsItem::setDiagonal(bool visible, const QPen &pen)
{
    m_diagonal = visible;
    m_diagonalPen = pen;
    update();
}

QPointF ScatterPointsItem::toItem(const QPointF &value) const
{
    const double w = m_xMax - m_xMin, h = m_yMax - m_yMin;
    return {m_area.left() + (w > 0 ? (value.x() - m_xMin) / w : 0.5) * m_area.width(),
            m_area.bottom() - (h > 0 ? (value.y() - m_yMin) / h : 0.5) * m_area.height()};
}

void ScatterPointsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_area.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_area);
    if (m_diagonal) {
        const double lo = std::max(m_xMin, m_yMin), hi = std::min(m_xMax, m_yMax);
        if (lo < hi) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(m_diagonalPen);
            painter->drawLine(toItem(QPointF(lo, lo)), toItem(QPointF(hi, hi)));
        }
    }
    const QRectF exposed = option->exposedRect.isEmpty() ? m_area : option->exposedRect & m_area;
    // Sprites only where they are pixel-exact: a raster device without
    // scaling. Exports (SVG, PDF, a PNG at another DPI) get true circles.
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster
        || painter->worldTransform().type() > QTransform::TxTranslate) {
        paintVector(painter, exposed);
        painter->restore();
        return;
    }
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (ratio != m_spriteRatio)
        renderSprites(ratio);
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        const QPixmap &sprite = m_sprites[l];
        const double half = sprite.deviceIndependentSize().width() / 2.0;
        const QRectF reach = exposed.adjusted(-half, -half, half, half);
        for (const QPointF &value : m_layers[l].points) {
            const QPointF at = toItem(value);
            if (reach.contains(at))
                painter->drawPixmap(QPointF(std::round(at.x() - half), std::round(at.y() - half)), sprite);
        }
    }
    painter->restore();
}

void ScatterPointsItem::paintVector(QPainter *painter, const QRectF &exposed) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Layer &layer : m_layers) {
        painter->setPen(layer.outline);
        painter->setBrush(layer.fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(layer.fill));
        const double r = layer.size / 2.0;
        const QRectF reach = exposed.adjusted(-r - 1, -r - 1, r + 1, r + 1);
        for (const QPointF &value : layer.points) {
            const QPointF at = toItem(value);
            if (reach.contains(at))
                painter->drawEllipse(at, r, r);
        }
    }
}

} // namespace hplx
