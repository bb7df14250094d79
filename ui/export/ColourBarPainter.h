// A colour bar painted with QPainter (vector in SVG/PDF): the composer's
// shared bar for several figures on one scale. Continuous maps are exact
// gradients (ColourMaps are linear between their anchors); categorical
// levels are swatches in the qualitative palette.
#pragma once

#include "export/FigureExport.h"

#include <QRectF>

class QPainter;

namespace hplx {

// Width the bar needs (logical units): bar, tick labels or level names, and
// the longest word of the title.
double colourBarWidth(const FigureColourScale &scale, double fontScale);

// Paints the title at the top of rect and the bar below it, labels right of
// the bar.
void paintColourBar(QPainter &painter, const QRectF &rect, const FigureColourScale &scale, double fontScale);

} // namespace hplx
