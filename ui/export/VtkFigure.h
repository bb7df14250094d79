// The 3-D views' part of a figure: a VtkWidget rendered off screen at the
// pixels target covers (figureRasterSize) and drawn into it.
#pragma once

#include "export/FigureExport.h"

#include <QRectF>

#include <functional>
#include <optional>

class QPainter;

namespace hplx {

class VtkWidget;

// Narrow views (e.g. three side by side) are rendered as if at least this
// many logical units wide, so the colour bar's text still fits its strip.
constexpr double kMinVtkFigureWidth = 480.0;

// Draws widget's scene into target at fontScale; false (nothing drawn) when
// the widget has not been shown yet.
bool paintVtkFigure(VtkWidget *widget, QPainter &painter, const QRectF &target, double fontScale);

// A 3-D view's figure with its colour bar painted by QPainter (vector in
// SVG/PDF, text selectable) right of the scene, or with drawBar false no bar
// at all (a composite draws a shared one): showBar(false) hides the view's
// own VTK bar while the scene is rendered, showBar(true) restores it.
// Without a scale, as paintVtkFigure.
bool paintVtkFigureWithColourBar(VtkWidget *widget, QPainter &painter, const QRectF &target, double fontScale,
                                 const std::optional<FigureColourScale> &scale,
                                 const std::function<void(bool)> &showBar, bool drawBar = true);

} // namespace hplx
