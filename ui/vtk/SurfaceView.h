// The landscape as terrain (METRICS.md §5): configurations embedded in 2-D,
// drawn as points on an interpolated surface whose height and colour come from
// per-configuration values (loss rank by default; the caller chooses).
//
// Surface: the 2-D points are Delaunay-triangulated (Qhull, as SciPy's
// griddata) and interpolated linearly onto a regular N x N grid over the
// points' bounding box (core/embed/SurfaceGrid), so grid nodes outside the
// convex hull get no value. Grid cells with four valid corners become quads,
// cells with three become one triangle (a smooth hull boundary); cells with
// fewer are dropped, so nothing is drawn outside the hull.
//
// Geometry: world x, y are the embedding coordinates as given; world z is the
// height rescaled to [0, 0.4 * max(x extent, y extent)]. Rendering cost beyond
// the N x N surface is one vertex per point (one actor for all points).
//
// Indices: every index in and out of this class is a row of the arrays passed
// to setData (configuration order is the caller's).
#pragma once

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "embed/Delaunay2D.h"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class vtkObject;

namespace hplx {

class VtkWidget;

class SurfaceView : public QWidget
{
    Q_OBJECT

public:
    enum class ViewMode {
        TopDown, // parallel projection looking down -z, flat (unlit) colours, pan/zoom
        ThreeD   // perspective, lit terrain, trackball rotation
    };

    explicit SurfaceView(QWidget *parent = nullptr);
    ~SurfaceView() override;

    // Colour maps: "viridis", "cividis", "magma", "coolwarm", "greys" (low end
    // first; greys runs dark to light so both ends show on a white page).
    static QStringList colourMapNames();
    // Colour of map name at t in [0, 1] (clamped); invalid QColor for an unknown name.
    static QColor colourMapColour(const QString &name, double t);

    // One entry per point, same order; x, y: embedding; height: any scale
    // (rescaled, larger = higher); colour: value mapped through the colour map
    // (range = its min..max). NaN is not allowed. Throws std::invalid_argument
    // on different sizes or non-finite values. Fewer than 3 non-collinear
    // points give points but no surface. Clears markers and highlight.
    // triangulation: delaunay(x, y) when the caller has it (computed off the
    // GUI thread: it is the costly part, ~0.5 s at 60k points); else computed here.
    void setData(std::vector<float> x, std::vector<float> y, std::vector<float> height, std::vector<float> colour,
                 const QString &colourBarTitle, std::optional<std::vector<Triangle>> triangulation = std::nullopt);
    int pointCount() const;
    // New colours for the same points: geometry, camera, markers and highlight
    // stay. colour as in setData. With levels, colour values are level indices
    // 0..n-1 and the colour bar names them; categorical levels colour the
    // points in a qualitative palette over a neutral grey surface (a blend of
    // two categories means nothing), ordinal ones use the colour map. Throws
    // std::invalid_argument like setData.
    void setColours(std::vector<float> colour, const QString &colourBarTitle, const QStringList &levels = {},
                    bool categorical = false);

    // Throws std::invalid_argument for an unknown name.
    void setColourMap(const QString &name);
    QString colourMap() const;
    void setColourBarTitle(const QString &title);
    // What the colour bar shows: its title (unwrapped), the range of colour
    // values its ends stand for, and the named levels (if any).
    QString colourBarTitle() const { return m_title; }
    std::pair<double, double> colourRange() const;
    const QStringList &colourLevels() const { return m_levels; }
    bool categoricalColours() const { return m_categorical; }
    // Hides the colour bar and gives its strip to the scene (a figure whose
    // bar is drawn elsewhere, e.g. shared by a composite); default shown.
    void setColourBarVisible(bool visible);
    // Fixed ranges instead of the data's min..max, so views side by side share
    // one scale (values outside are clamped in colour). lo >= hi or NaN
    // restores the automatic range (the default). Applies from the next
    // setData or setColours.
    void setColourRange(double lo, double hi);
    void setHeightRange(double lo, double hi);

    // Surface grid resolution N (N x N nodes, 2..2000, default 100).
    void setGridResolution(int n);
    int gridResolution() const;
    // Number of grid nodes inside the hull (0 without a surface); for tests.
    int surfaceNodeCount() const;

    void setSurfaceVisible(bool visible);
    // While the user moves the camera, more points than this are drawn as an
    // even subsample (software rendering pays per point); still frames show all.
    static constexpr int interactivePointLimit = 20000;
    void setPointsVisible(bool visible);
    // Height contour lines on the surface (default: on, 10 levels).
    void setContoursVisible(bool visible);
    void setContourCount(int count);

    // Markers. The global optimum (a red pin): an index or -1 for none. Local
    // optima: spheres with radius growing with sqrt(basin size); sizes >= 0,
    // same length as indices. Out-of-range indices throw std::invalid_argument.
    void setGlobalOptimum(int index);
    void setLocalOptima(std::vector<int> indices, std::vector<float> basinSizes);

    // Linked selection: these points are drawn enlarged in a highlight colour.
    // Out-of-range indices are ignored.
    void setHighlighted(std::vector<int> indices);
    const std::vector<int> &highlighted() const { return m_highlighted; }

    void setViewMode(ViewMode mode); // also resets the camera
    ViewMode viewMode() const { return m_mode; }
    void resetCamera();

    // The point drawn nearest to a position of vtkWidget() (logical pixels),
    // within radius logical pixels, or -1.
    int pickPoint(QPoint position, double radius = 6.0) const;
    // Where point index is drawn, in vtkWidget() logical coordinates.
    QPointF screenPosition(int index) const;

    VtkWidget *vtkWidget() const { return m_widget; }
    // Renders now and returns the frame (for export and tests).
    QImage grabImage();

Q_SIGNALS:
    // A click (no drag) on a point: its index; on empty space: -1.
    void pointPicked(int index);
    // The point under the mouse changed (-1: none).
    void pointHovered(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onInteraction(vtkObject *caller, unsigned long eventId, void *callData);
    void updatePointVisibility();
    void rebuildSurface();
    void rebuildPoints();
    void rebuildContours();
    void rebuildMarkers();
    void rebuildHighlight();
    void applyColourMap();
    void applyColourRange();
    double colourBarFraction() const; // of the width, for the bar's strip
    void updateViewports();
    void updateColourBarTitle();
    void applyViewMode();
    double pointLift() const;

    struct Pipeline;
    std::unique_ptr<Pipeline> m_p;
    VtkWidget *m_widget = nullptr;
    std::vector<float> m_x, m_y, m_height, m_colour;
    std::vector<double> m_z; // world z of each point (rescaled height)
    QString m_colourMap = QStringLiteral("viridis");
    QString m_title;
    QStringList m_levels; // named colour levels (empty: numeric colours)
    bool m_categorical = false;
    bool m_colourBarVisible = true;
    int m_resolution = 100;
    int m_contourCount = 10;
    bool m_contoursVisible = true;
    int m_globalOptimum = -1;
    std::vector<int> m_localOptima;
    std::vector<float> m_basinSizes;
    std::vector<int> m_highlighted;
    ViewMode m_mode = ViewMode::ThreeD;
    int m_hovered = -1;
    bool m_pointsVisible = true;
    bool m_interacting = false;
    double m_extent = 1.0;                     // max(x extent, y extent), world units
    double m_colourLo = 0.0, m_colourHi = 0.0; // fixed colour range when lo < hi
    double m_heightLo = 0.0, m_heightHi = 0.0; // fixed height range when lo < hi
};

} // namespace hplx
