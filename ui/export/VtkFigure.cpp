#include "export/VtkFigure.h"

#include "export/ColourBarPainter.h"
#include "export/FigureExport.h"
#include "vtk/VtkWidget.h"

#include <QImage>
#include <QPainter>

#include <algorithm>

namespace hplx {

bool paintVtkFigure(VtkWidget *widget, QPainter &painter, const QRectF &target, double fontScale)
{
    if (!widget || target.isEmpty())
        return false;
    const QSize pixels = figureRasterSize(painter, target);
    const double scale = pixels.width() / std::max(target.width(), kMinVtkFigureWidth);
    const QImage image = widget->renderFigure(pixels, scale, fontScale);
    if (image.isNull())
        return false;
    painter.drawImage(target, image);
    return true;
}

bool paintVtkFigureWithColourBar(VtkWidget *widget, QPainter &painter, const QRectF &target, double fontScale,
                                 const std::optional<FigureColourScale> &scale,
                                 const std::function<void(bool)> &showBar, bool drawBar)
{
    if (!scale)
        return paintVtkFigure(widget, painter, target, fontScale);
    const double barWidth = drawBar ? colourBarWidth(*scale, fontScale) : 0.0;
    const double gap = barWidth * 0.25;
    const QRectF scene(target.left(), target.top(), std::max(0.0, target.width() - barWidth - gap), target.height());
    showBar(false);
    const bool drawn = paintVtkFigure(widget, painter, scene, fontScale);
    showBar(true);
    if (!drawn || !drawBar)
        return drawn;
    // The middle 80 % of the height, as the views draw their own bar.
    paintColourBar(
        painter,
        QRectF(target.right() - barWidth, target.top() + 0.1 * target.height(), barWidth, 0.8 * target.height()),
        *scale, fontScale);
    return true;
}

} // namespace hplx
