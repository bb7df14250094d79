#include "export/VtkFigure.h"

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

} // namespace hplx
