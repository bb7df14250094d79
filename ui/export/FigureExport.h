// Publication figures of the main window's views: one routine writes any
// view's figure as PNG (at a chosen DPI, the DPI stored in the file), SVG or
// PDF (vector: text stays text, lines stay lines; 3-D views embed a raster at
// the chosen DPI).
//
// Units. A figure is painted in device-independent "logical" units: the
// application's logical DPI (figureLogicalDpi(), 96 on most systems) per
// inch of the physical figure, so a font of N pt is as tall in the figure as
// N pt on paper, whatever the output resolution, and the panels' own font
// metrics (computed for the screen) match what is drawn. PNG scales the
// painter by dpi / logical DPI; SVG and PDF are written at the logical DPI.
#pragma once

#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

class QImage;
class QPainter;
class QWidget;

namespace hplx {

struct FigureOptions
{
    enum class Unit { Pixels, Millimetres };
    Unit unit = Unit::Millimetres;
    double width = 160.0, height = 100.0; // in unit
    double dpi = 300.0;                   // raster resolution; converts mm to px
    double fontScale = 1.0;               // text size relative to the view's
};

// The scale a figure's colour bar shows, so that a composite of several
// figures can draw one bar for all of them (FigureComposer).
struct FigureColourScale
{
    QString title;
    QString map = QStringLiteral("viridis"); // a ColourMaps name (numeric and ordinal scales)
    double lo = 0.0, hi = 1.0;
    QStringList levels; // named levels at the values 0..n-1; empty: numbers
    bool categorical = false;
    bool operator==(const FigureColourScale &o) const
    {
        return title == o.title && map == o.map && lo == o.lo && hi == o.hi && levels == o.levels
               && categorical == o.categorical;
    }
    bool operator!=(const FigureColourScale &o) const { return !(*this == o); }
};

// What a view exports: its figure (the plot(s), colour bars, legends, titles —
// no toolbars or combo boxes).
class FigureSource
{
public:
    virtual ~FigureSource() = default;
    virtual QString figureTitle() const = 0; // e.g. "Overfitting — xgboost / wine / test"
    virtual bool isVectorFigure() const = 0; // false for VTK views (raster embedded in SVG/PDF)
    // Paints the figure into target (device-independent units of painter) at fontScale.
    virtual void paintFigure(QPainter &painter, const QRectF &target, double fontScale) = 0;
    // The colour bar's scale when the figure has one a composite may share.
    virtual std::optional<FigureColourScale> figureColourScale() const { return std::nullopt; }
    // The figure without its colour bar (the plot takes its place); used when
    // a composite draws one shared bar instead.
    virtual void paintFigureWithoutColourBar(QPainter &painter, const QRectF &target, double fontScale)
    {
        paintFigure(painter, target, fontScale);
    }
};

// The panel (or one of its ancestors up to window) that is a FigureSource; null if none.
FigureSource *figureSourceOf(QWidget *widget);

// Size of the PNG: Pixels: width x height rounded to the nearest integer;
// Millimetres: mm / 25.4 * dpi rounded to the nearest integer (half up), so
// 80 mm at 300 DPI = 944.88 -> 945 px. At least 1 x 1.
QSize figurePixelSize(const FigureOptions &options);
// The physical size in millimetres (Pixels: px / dpi * 25.4).
QSizeF figureMillimetres(const FigureOptions &options);
// Logical units per inch of figures: the application's logical DPI.
double figureLogicalDpi();
// The figure's size in logical units (what paintFigure's target measures).
QSizeF figureLogicalSize(const FigureOptions &options);

// For raster content (3-D views) inside paintFigure: how many device pixels
// target should be rendered at — the pixels it covers on a raster device,
// and on SVG/PDF the chosen DPI of the export in progress (300 otherwise).
QSize figureRasterSize(const QPainter &painter, const QRectF &target);

// The figure as exported to PNG: figurePixelSize() pixels, white background,
// DPI stored in the image.
QImage renderFigure(FigureSource &source, const FigureOptions &options);

// Writes source's figure to file, format by suffix (.png, .svg, .pdf;
// case-insensitive). Returns an error message naming the file, or empty on
// success.
QString exportFigure(FigureSource &source, const QString &file, const FigureOptions &options);

} // namespace hplx
