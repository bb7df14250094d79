// Draws many scatter markers in one paint call, inside a QChart's plot area.
// Qt Charts' QScatterSeries makes one QGraphicsItem per point (Qt 6.4), which
// takes about a second to refill with a few thousand points; this item keeps
// plain coordinates and stamps one pre-rendered marker per point instead.
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPen>
#include <QPixmap>
#include <QRectF>

#include <vector>

namespace hplx {

class ScatterPointsItem : public QGraphicsItem
{
public:
    // One marker look and the points drawn with it (data coordinates).
    struct Layer
    {
        QColor fill;       // Qt::transparent: ring only
        QPen outline;      // Qt::NoPen: no outline
        double size = 6.0; // marker diameter in pixels
        std::vector<QPointF> points;
    };

    explicit ScatterPointsItem(QGraphicsItem *parent = nullptr);

    // Layers are painted in order (the last on top).
    void setLayers(std::vector<Layer> layers);
    const std::vector<Layer> &layers() const { return m_layers; }
    std::size_t pointCount() const;

    // plotArea: in the parent's coordinates; the data window it shows.
    void setWindow(const QRectF &plotArea, double xMin, double xMax, double yMin, double yMax);
    // A line y = x across the window, drawn under the markers.
    void setDiagonal(bool visible, const QPen &pen);

    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF toItem(const QPointF &value) const;
    // Every marker as a circle (vector devices, scaled painters).
    void paintVector(QPainter *painter, const QRectF &exposed) const;
    void renderSprites(double ratio);

    std::vector<Layer> m_layers;
    std::vector<QPixmap> m_sprites; // one rendered marker per layer
    double m_spriteRatio = 1.0;     // device pixel ratio they were rendered for
    QRectF m_area;
    double m_xMin = 0.0, m_xMax = 1.0, m_yMin = 0.0, m_yMax = 1.0;
    bool m_diagonal = false;
    QPen m_diagonalPen;
};

} // namespace hplx
