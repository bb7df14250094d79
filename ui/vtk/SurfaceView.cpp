#include "vtk/SurfaceView.h"

#include "embed/Delaunay2D.h"
#include "embed/SurfaceGrid.h"
#include "vtk/ColourBar.h"
#include "vtk/ColourMaps.h"
#include "vtk/VtkWidget.h"

#include <QVBoxLayout>

#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCommand.h>
#include <vtkConeSource.h>
#include <vtkContourFilter.h>
#include <vtkDoubleArray.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGlyph3DMapper.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkLookupTable.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkObjectFactory.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkRenderWindowInteractor.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkSphereSource.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <string>

namespace hplx {

namespace {

// Top-down mode: the left button pans (no rotation away from the map view).
class TopDownStyle : public vtkInteractorStyleTrackballCamera
{
public:
    static TopDownStyle *New();
    vtkTypeMacro(TopDownStyle, vtkInteractorStyleTrackballCamera)

        void OnLeftButtonDown() override
    {
        const int *position = Interactor->GetEventPosition();
        FindPokedRenderer(position[0], position[1]);
        if (!CurrentRenderer)
            return;
        GrabFocus(EventCallbackCommand);
        StartPan();
    }
    void OnLeftButtonUp() override
    {
        if (State == VTKIS_PAN) {
            EndPan();
            if (Interactor)
                ReleaseFocus();
        }
    }
};
vtkStandardNewMacro(TopDownStyle);

constexpr int maxResolution = 2000;

} // namespace

struct SurfaceView::Pipeline
{
    vtkNew<vtkLookupTable> lut;
    vtkNew<vtkLookupTable> pointLut; // lut darkened: points stand out on the surface
    vtkNew<vtkRenderer> barRenderer;
    vtkNew<vtkRenderer> overlay; // layer 1, same camera: the highlight is never hidden
    vtkNew<vtkScalarBarActor> scalarBar;

    std::vector<Triangle> triangulation; // Delaunay triangles over the input point indices
    vtkNew<vtkPolyData> surface;
    vtkNew<vtkPolyDataNormals> normals;
    vtkNew<vtkPolyDataMapper> surfaceMapper;
    vtkNew<vtkActor> surfaceActor;
    int surfaceNodes = 0;

    vtkNew<vtkContourFilter> contours;
    vtkNew<vtkPolyDataMapper> contourMapper;
    vtkNew<vtkActor> contourActor;

    vtkNew<vtkPolyData> points;
    vtkNew<vtkPolyDataMapper> pointMapper;
    vtkNew<vtkActor> pointActor;
    // While the camera moves, large point sets are drawn subsampled (at most
    // interactivePointLimit points): software rendering pays per point.
    vtkNew<vtkPolyData> lodPoints;
    vtkNew<vtkPolyDataMapper> lodMapper;
    vtkNew<vtkActor> lodActor;

    vtkNew<vtkPolyData> highlight;
    vtkNew<vtkPolyDataMapper> highlightMapper;
    vtkNew<vtkActor> highlightActor;

    vtkNew<vtkConeSource> pin;
    vtkNew<vtkPolyDataMapper> pinMapper;
    vtkNew<vtkActor> pinActor;

    vtkNew<vtkPolyData> optima;
    vtkNew<vtkSphereSource> sphere;
    vtkNew<vtkGlyph3DMapper> optimaMapper;
    vtkNew<vtkActor> optimaActor;

    vtkNew<vtkInteractorStyleTrackballCamera> trackballStyle;
    vtkNew<TopDownStyle> topDownStyle;
    std::vector<std::pair<vtkObject *, unsigned long>> observers;
};

QStringList SurfaceView::colourMapNames()
{
    return {QStringLiteral("viridis"), QStringLiteral("cividis"), QStringLiteral("magma"), QStringLiteral("coolwarm"),
            QStringLiteral("greys")};
}

QColor SurfaceView::colourMapColour(const QString &name, double t)
{
    const auto &map = anchors(name);
    if (map.empty())
        return {};
    const auto rgb = mapColour(map, t);
    return QColor::fromRgbF(static_cast<float>(rgb[0]), static_cast<float>(rgb[1]), static_cast<float>(rgb[2]));
}

SurfaceView::SurfaceView(QWidget *parent) : QWidget(parent), m_p(std::make_unique<Pipeline>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_widget = new VtkWidget(this);
    layout->addWidget(m_widget);

    auto &p = *m_p;
    vtkRenderer *renderer = m_widget->renderer();
    // The scene on the left, the colour bar in its own strip on the right so
    // the two never overlap whatever the camera does.
    // Viewports: updateViewports() (the bar's strip keeps a minimum width).
    renderer->SetBackground(1.0, 1.0, 1.0);
    p.barRenderer->SetBackground(1.0, 1.0, 1.0);
    p.barRenderer->InteractiveOff();
    m_widget->renderWindow()->AddRenderer(p.barRenderer);
    m_widget->renderWindow()->SetNumberOfLayers(2);
    p.overlay->SetLayer(1);
    p.overlay->SetActiveCamera(renderer->GetActiveCamera());
    p.overlay->InteractiveOff();
    m_widget->renderWindow()->AddRenderer(p.overlay);

    for (vtkLookupTable *table : {p.lut.GetPointer(), p.pointLut.GetPointer()}) {
        table->SetNumberOfTableValues(256);
        table->Build();
    }

    p.scalarBar->SetLookupTable(p.lut);
    styleColourBar(p.scalarBar);
    p.barRenderer->AddActor2D(p.scalarBar);

    p.normals->SetInputData(p.surface);
    p.normals->SplittingOff();
    p.normals->ConsistencyOff();
    p.normals->AutoOrientNormalsOff();
    p.surfaceMapper->SetInputConnection(p.normals->GetOutputPort());
    p.surfaceMapper->SetLookupTable(p.lut);
    p.surfaceMapper->UseLookupTableScalarRangeOn();
    p.surfaceMapper->SetScalarModeToUsePointFieldData();
    p.surfaceMapper->SelectColorArray("colour");
    p.surfaceMapper->SetInterpolateScalarsBeforeMapping(true);
    p.surfaceActor->SetMapper(p.surfaceMapper);
    p.surfaceActor->PickableOff();
    p.surfaceActor->VisibilityOff();
    renderer->AddActor(p.surfaceActor);

    p.contours->SetInputData(p.surface);
    p.contours->SetInputArrayToProcess(0, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS, "height");
    p.contours->ComputeScalarsOff();
    p.contours->ComputeNormalsOff();
    p.contourMapper->SetInputConnection(p.contours->GetOutputPort());
    p.contourMapper->ScalarVisibilityOff();
    p.contourActor->SetMapper(p.contourMapper);
    p.contourActor->GetProperty()->SetColor(0.15, 0.15, 0.15);
    p.contourActor->GetProperty()->SetLineWidth(1.0f);
    p.contourActor->GetProperty()->LightingOff();
    p.contourActor->PickableOff();
    p.contourActor->VisibilityOff();
    renderer->AddActor(p.contourActor);

    p.pointMapper->SetInputData(p.points);
    p.pointMapper->SetLookupTable(p.pointLut);
    p.pointMapper->UseLookupTableScalarRangeOn();
    p.pointMapper->SetScalarModeToUsePointFieldData();
    p.pointMapper->SelectColorArray("colour");
    p.pointActor->SetMapper(p.pointMapper);
    p.pointActor->GetProperty()->SetPointSize(3.0f);
    // Flat dots: unlit points cost a third of lit ones under llvmpipe.
    p.pointActor->GetProperty()->LightingOff();
    p.pointActor->PickableOff();
    renderer->AddActor(p.pointActor);
    p.lodMapper->SetInputData(p.lodPoints);
    p.lodMapper->SetLookupTable(p.pointLut);
    p.lodMapper->UseLookupTableScalarRangeOn();
    p.lodMapper->SetScalarModeToUsePointFieldData();
    p.lodMapper->SelectColorArray("colour");
    p.lodActor->SetMapper(p.lodMapper);
    p.lodActor->SetProperty(p.pointActor->GetProperty());
    p.lodActor->PickableOff();
    p.lodActor->VisibilityOff();
    renderer->AddActor(p.lodActor);

    p.highlightMapper->SetInputData(p.highlight);
    p.highlightMapper->ScalarVisibilityOff();
    p.highlightActor->SetMapper(p.highlightMapper);
    p.highlightActor->GetProperty()->SetColor(1.0, 0.1, 0.75);
    p.highlightActor->GetProperty()->SetPointSize(12.0f);
    p.highlightActor->GetProperty()->SetRenderPointsAsSpheres(true);
    p.highlightActor->PickableOff();
    p.overlay->AddActor(p.highlightActor);

    p.pin->SetResolution(24);
    p.pin->SetDirection(0.0, 0.0, -1.0);
    p.pinMapper->SetInputConnection(p.pin->GetOutputPort());
    p.pinActor->SetMapper(p.pinMapper);
    p.pinActor->GetProperty()->SetColor(0.84, 0.15, 0.16);
    p.pinActor->GetProperty()->SetSpecular(0.3);
    p.pinActor->PickableOff();
    p.pinActor->VisibilityOff();
    renderer->AddActor(p.pinActor);

    p.sphere->SetRadius(1.0);
    p.sphere->SetThetaResolution(20);
    p.sphere->SetPhiResolution(12);
    p.optimaMapper->SetInputData(p.optima);
    p.optimaMapper->SetSourceConnection(p.sphere->GetOutputPort());
    p.optimaMapper->SetScaleArray("radius");
    p.optimaMapper->SetScaleModeToScaleByMagnitude();
    p.optimaMapper->ScalarVisibilityOff();
    p.optimaActor->SetMapper(p.optimaMapper);
    p.optimaActor->GetProperty()->SetColor(0.96, 0.96, 0.96);
    p.optimaActor->GetProperty()->SetSpecular(0.4);
    p.optimaActor->GetProperty()->SetSpecularPower(30.0);
    p.optimaActor->PickableOff();
    p.optimaActor->VisibilityOff();
    renderer->AddActor(p.optimaActor);

    updateViewports();
    applyColourMap();
    applyViewMode();

    for (vtkObject *style : {static_cast<vtkObject *>(p.trackballStyle), static_cast<vtkObject *>(p.topDownStyle)}) {
        p.observers.emplace_back(
            style, style->AddObserver(vtkCommand::StartInteractionEvent, this, &SurfaceView::onInteraction));
        p.observers.emplace_back(
            style, style->AddObserver(vtkCommand::EndInteractionEvent, this, &SurfaceView::onInteraction));
    }

    connect(m_widget, &VtkWidget::clicked, this, [this](QPoint position, Qt::MouseButton button) {
        if (button == Qt::LeftButton)
            Q_EMIT pointPicked(pickPoint(position));
    });
    connect(m_widget, &VtkWidget::hovered, this, [this](QPoint position) {
        const int index = pickPoint(position);
        if (index != m_hovered) {
            m_hovered = index;
            Q_EMIT pointHovered(index);
        }
    });
    connect(m_widget, &VtkWidget::left, this, [this] {
        if (m_hovered != -1) {
            m_hovered = -1;
            Q_EMIT pointHovered(-1);
        }
    });
}

SurfaceView::~SurfaceView()
{
    for (const auto &[object, tag] : m_p->observers)
        object->RemoveObserver(tag);
}

void SurfaceView::onInteraction(vtkObject *, unsigned long eventId, void *)
{
    m_interacting = eventId == vtkCommand::StartInteractionEvent;
    updatePointVisibility();
    if (!m_interacting)
        m_widget->render(); // the still frame with every point
}

void SurfaceView::updatePointVisibility()
{
    const bool reduced = m_interacting && pointCount() > interactivePointLimit;
    m_p->pointActor->SetVisibility(m_pointsVisible && !reduced);
    m_p->lodActor->SetVisibility(m_pointsVisible && reduced);
}

void SurfaceView::setData(std::vector<float> x, std::vector<float> y, std::vector<float> height,
                          std::vector<float> colour, const QString &colourBarTitle,
                          std::optional<std::vector<Triangle>> triangulation)
{
    const std::size_t n = x.size();
    if (y.size() != n || height.size() != n || colour.size() != n)
        throw std::invalid_argument("SurfaceView::setData: x, y, height and colour have " + std::to_string(n) + ", "
                                    + std::to_string(y.size()) + ", " + std::to_string(height.size()) + " and "
                                    + std::to_string(colour.size()) + " entries; expected one per point each");
    if (n > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw std::invalid_argument("SurfaceView::setData: too many points");
    for (const auto *values : {&x, &y, &height, &colour}) {
        const auto bad = std::find_if(values->begin(), values->end(), [](float v) { return !std::isfinite(v); });
        if (bad != values->end())
            throw std::invalid_argument("SurfaceView::setData: non-finite value at index "
                                        + std::to_string(bad - values->begin()));
    }
    m_x = std::move(x);
    m_y = std::move(y);
    m_height = std::move(height);
    m_colour = std::move(colour);
    m_title = colourBarTitle;
    m_globalOptimum = -1;
    m_localOptima.clear();
    m_basinSizes.clear();
    m_highlighted.clear();
    m_hovered = -1;

    // World z: height rescaled so the terrain is 0.4x the larger xy extent.
    m_z.assign(n, 0.0);
    m_extent = 1.0;
    if (n > 0) {
        const auto [xMin, xMax] = std::minmax_element(m_x.begin(), m_x.end());
        const auto [yMin, yMax] = std::minmax_element(m_y.begin(), m_y.end());
        const auto [hMinIt, hMaxIt] = std::minmax_element(m_height.begin(), m_height.end());
        const bool fixedHeight = m_heightLo < m_heightHi;
        const double hMin = fixedHeight ? m_heightLo : double(*hMinIt);
        const double hMax = fixedHeight ? m_heightHi : double(*hMaxIt);
        const double extent = std::max(double(*xMax) - double(*xMin), double(*yMax) - double(*yMin));
        m_extent = extent > 0.0 ? extent : 1.0;
        const double range = hMax - hMin;
        for (std::size_t i = 0; i < n; ++i)
            m_z[i] = range > 0.0 ? (double(m_height[i]) - hMin) / range * 0.4 * m_extent : 0.0;
    }

    // Triangulate once per data set; the grid resolution can change later.
    m_p->triangulation = triangulation ? std::move(*triangulation) : delaunay(m_x, m_y);

    m_levels.clear();
    m_categorical = false;
    applyColourMap();
    applyColourRange();
    m_p->scalarBar->SetVisibility(n > 0);

    rebuildSurface();
    rebuildPoints();
    rebuildMarkers();
    rebuildHighlight();
    resetCamera();
}

void SurfaceView::setColours(std::vector<float> colour, const QString &colourBarTitle, const QStringList &levels,
                             bool categorical)
{
    if (colour.size() != m_x.size())
        throw std::invalid_argument("SurfaceView::setColours: " + std::to_string(colour.size()) + " colour values for "
                                    + std::to_string(m_x.size()) + " points");
    const auto bad = std::find_if(colour.begin(), colour.end(), [](float v) { return !std::isfinite(v); });
    if (bad != colour.end())
        throw std::invalid_argument("SurfaceView::setColours: non-finite value at index "
                                    + std::to_string(bad - colour.begin()));
    m_colour = std::move(colour);
    m_title = colourBarTitle;
    m_levels = levels;
    m_categorical = categorical && !levels.isEmpty();
    applyColourMap();
    applyColourRange();
    rebuildSurface();
    rebuildPoints();
    m_widget->render();
}

void SurfaceView::applyColourRange()
{
    auto &p = *m_p;
    double cMin = 0.0, cMax = 1.0;
    if (!m_levels.isEmpty()) {
        cMin = 0.0;
        cMax = std::max(1.0, double(m_levels.size() - 1));
    } else if (m_colourLo < m_colourHi) {
        cMin = m_colourLo;
        cMax = m_colourHi;
    } else if (!m_colour.empty()) {
        const auto [lo, hi] = std::minmax_element(m_colour.begin(), m_colour.end());
        cMin = *lo;
        cMax = *hi > *lo ? double(*hi) : double(*lo) + 1.0;
    }
    p.lut->SetTableRange(cMin, cMax);
    p.pointLut->SetTableRange(cMin, cMax);
    vtkNew<vtkDoubleArray> labels;
    for (double v : colourBarLabels(cMin, cMax))
        labels->InsertNextValue(v);
    p.scalarBar->SetCustomLabels(labels);
    p.scalarBar->UseCustomLabelsOn();
    updateColourBarTitle();
}

std::pair<double, double> SurfaceView::colourRange() const
{
    const double *range = m_p->lut->GetTableRange();
    return {range[0], range[1]};
}

void SurfaceView::setColourBarVisible(bool visible)
{
    m_colourBarVisible = visible;
    updateViewports();
    m_widget->render();
}

double SurfaceView::colourBarFraction() const
{
    // 15 % of the width, but at least ~100 px (up to 30 %): in narrow views,
    // such as Compare's two columns, the labels would run into the bar.
    return std::clamp(100.0 / std::max(width(), 1), 0.15, 0.3);
}

void SurfaceView::updateViewports()
{
    auto &p = *m_p;
    const double right = m_colourBarVisible ? 1.0 - colourBarFraction() : 1.0;
    m_widget->renderer()->SetViewport(0.0, 0.0, right, 1.0);
    p.overlay->SetViewport(0.0, 0.0, right, 1.0);
    p.barRenderer->SetViewport(std::min(right, 0.999), 0.0, 1.0, 1.0);
    p.barRenderer->SetDraw(m_colourBarVisible);
}

void SurfaceView::updateColourBarTitle()
{
    // About 9 px per title character.
    const int strip = static_cast<int>(colourBarFraction() * std::max(width(), 1));
    m_p->scalarBar->SetTitle(wrapColourBarTitle(m_title, std::max(4, strip / 9)).toStdString().c_str());
}

void SurfaceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateViewports();
    updateColourBarTitle();
}

void SurfaceView::setColourRange(double lo, double hi)
{
    // NaN compares false, so it falls back to automatic like lo >= hi.
    m_colourLo = lo < hi ? lo : 0.0;
    m_colourHi = lo < hi ? hi : 0.0;
}

void SurfaceView::setHeightRange(double lo, double hi)
{
    m_heightLo = lo < hi ? lo : 0.0;
    m_heightHi = lo < hi ? hi : 0.0;
}

int SurfaceView::pointCount() const
{
    return static_cast<int>(m_x.size());
}

void SurfaceView::setColourMap(const QString &name)
{
    if (anchors(name).empty())
        throw std::invalid_argument("SurfaceView::setColourMap: unknown colour map '" + name.toStdString()
                                    + "'; expected viridis, cividis, magma, coolwarm or greys");
    m_colourMap = name;
    applyColourMap();
    m_widget->render();
}

QString SurfaceView::colourMap() const
{
    return m_colourMap;
}

void SurfaceView::setColourBarTitle(const QString &title)
{
    m_title = title;
    updateColourBarTitle();
    m_widget->render();
}

void SurfaceView::setGridResolution(int n)
{
    n = std::clamp(n, 2, maxResolution);
    if (n == m_resolution)
        return;
    m_resolution = n;
    rebuildSurface();
    m_widget->render();
}

int SurfaceView::gridResolution() const
{
    return m_resolution;
}

int SurfaceView::surfaceNodeCount() const
{
    return m_p->surfaceNodes;
}

void SurfaceView::setSurfaceVisible(bool visible)
{
    m_p->surfaceActor->SetVisibility(visible && m_p->surfaceNodes > 0);
    m_p->contourActor->SetVisibility(visible && m_contoursVisible && m_p->surfaceNodes > 0);
    m_widget->render();
}

void SurfaceView::setPointsVisible(bool visible)
{
    m_pointsVisible = visible;
    updatePointVisibility();
    m_widget->render();
}

void SurfaceView::setContoursVisible(bool visible)
{
    m_contoursVisible = visible;
    m_p->contourActor->SetVisibility(visible && m_p->surfaceActor->GetVisibility());
    m_widget->render();
}

void SurfaceView::setContourCount(int count)
{
    m_contourCount = std::clamp(count, 1, 100);
    rebuildContours();
    m_widget->render();
}

void SurfaceView::setGlobalOptimum(int index)
{
    if (index < -1 || index >= pointCount())
        throw std::invalid_argument("SurfaceView::setGlobalOptimum: index " + std::to_string(index) + " outside 0.."
                                    + std::to_string(pointCount() - 1));
    m_globalOptimum = index;
    rebuildMarkers();
    m_widget->render();
}

void SurfaceView::setLocalOptima(std::vector<int> indices, std::vector<float> basinSizes)
{
    if (indices.size() != basinSizes.size())
        throw std::invalid_argument("SurfaceView::setLocalOptima: " + std::to_string(indices.size()) + " indices but "
                                    + std::to_string(basinSizes.size()) + " basin sizes");
    for (std::size_t i = 0; i < indices.size(); ++i) {
        if (indices[i] < 0 || indices[i] >= pointCount())
            throw std::invalid_argument("SurfaceView::setLocalOptima: index " + std::to_string(indices[i])
                                        + " outside 0.." + std::to_string(pointCount() - 1));
        if (!(basinSizes[i] >= 0.0f) || !std::isfinite(basinSizes[i]))
            throw std::invalid_argument("SurfaceView::setLocalOptima: basin size of optimum "
                                        + std::to_string(indices[i]) + " is negative or not finite");
    }
    m_localOptima = std::move(indices);
    m_basinSizes = std::move(basinSizes);
    rebuildMarkers();
    m_widget->render();
}

void SurfaceView::setHighlighted(std::vector<int> indices)
{
    const int n = pointCount();
    indices.erase(std::remove_if(indices.begin(), indices.end(), [n](int i) { return i < 0 || i >= n; }),
                  indices.end());
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    m_highlighted = std::move(indices);
    rebuildHighlight();
    m_widget->render();
}

void SurfaceView::setViewMode(ViewMode mode)
{
    m_mode = mode;
    applyViewMode();
    resetCamera();
}

double SurfaceView::pointLift() const
{
    // Points sit just above the surface so it never hides them from above.
    return 0.004 * m_extent;
}

void SurfaceView::rebuildSurface()
{
    auto &p = *m_p;
    p.surface->Initialize();
    p.surfaceNodes = 0;
    if (p.triangulation.empty() || m_x.empty()) {
        p.surfaceActor->VisibilityOff();
        p.contourActor->VisibilityOff();
        return;
    }
    const int n = m_resolution;
    const SurfaceGrid grid =
        interpolateOnGrid(m_x, m_y, p.triangulation, {m_z, std::vector<double>(m_colour.begin(), m_colour.end())}, n);
    const std::size_t nodes = grid.nodeCount();

    vtkNew<vtkPoints> points;
    vtkNew<vtkFloatArray> heights;
    heights->SetName("height");
    vtkNew<vtkFloatArray> colours;
    colours->SetName("colour");
    std::vector<vtkIdType> pointId(nodes, -1);
    for (std::size_t node = 0; node < nodes; ++node) {
        if (!grid.inside[node])
            continue;
        const double z = grid.fields[0][node];
        pointId[node] = points->InsertNextPoint(grid.nodeX(node), grid.nodeY(node), z);
        heights->InsertNextValue(static_cast<float>(z));
        colours->InsertNextValue(static_cast<float>(grid.fields[1][node]));
    }
    vtkNew<vtkCellArray> cells;
    for (int j = 0; j + 1 < n; ++j) {
        for (int i = 0; i + 1 < n; ++i) {
            const std::size_t base = static_cast<std::size_t>(j) * static_cast<std::size_t>(n);
            const std::size_t next = base + static_cast<std::size_t>(n);
            // Counter-clockwise seen from +z.
            const std::array<vtkIdType, 4> corner{
                pointId[base + static_cast<std::size_t>(i)], pointId[base + static_cast<std::size_t>(i) + 1],
                pointId[next + static_cast<std::size_t>(i) + 1], pointId[next + static_cast<std::size_t>(i)]};
            std::array<vtkIdType, 4> present{};
            int count = 0;
            for (vtkIdType id : corner)
                if (id >= 0)
                    present[static_cast<std::size_t>(count++)] = id;
            if (count >= 3)
                cells->InsertNextCell(count, present.data());
        }
    }
    p.surface->SetPoints(points);
    p.surface->SetPolys(cells);
    p.surface->GetPointData()->AddArray(heights);
    p.surface->GetPointData()->AddArray(colours);
    p.surfaceNodes = static_cast<int>(points->GetNumberOfPoints());
    p.surfaceActor->SetVisibility(p.surfaceNodes > 0);
    rebuildContours();
}

void SurfaceView::rebuildContours()
{
    auto &p = *m_p;
    if (p.surfaceNodes == 0) {
        p.contourActor->VisibilityOff();
        return;
    }
    double range[2];
    p.surface->GetPointData()->GetArray("height")->GetRange(range);
    // Levels strictly inside the height range, evenly spaced.
    p.contours->SetNumberOfContours(m_contourCount);
    for (int k = 0; k < m_contourCount; ++k)
        p.contours->SetValue(k, range[0] + (range[1] - range[0]) * (k + 1) / (m_contourCount + 1));
    p.contours->Modified();
    p.contourActor->SetVisibility(m_contoursVisible && p.surfaceActor->GetVisibility());
}

void SurfaceView::rebuildPoints()
{
    auto &p = *m_p;
    const auto n = static_cast<vtkIdType>(m_x.size());
    vtkNew<vtkPoints> points;
    points->SetNumberOfPoints(n);
    vtkNew<vtkFloatArray> colours;
    colours->SetName("colour");
    colours->SetNumberOfValues(n);
    // All points in one poly-vertex cell: one draw, whatever the point count.
    vtkNew<vtkCellArray> verts;
    if (n > 0) {
        verts->AllocateExact(1, n);
        verts->InsertNextCell(static_cast<int>(n));
    }
    const double lift = pointLift();
    for (vtkIdType i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        points->SetPoint(i, m_x[k], m_y[k], m_z[k] + lift);
        colours->SetValue(i, m_colour[k]);
        verts->InsertCellPoint(i);
    }
    p.points->Initialize();
    p.points->SetPoints(points);
    p.points->SetVerts(verts);
    p.points->GetPointData()->AddArray(colours);

    const vtkIdType stride = n > interactivePointLimit ? (n + interactivePointLimit - 1) / interactivePointLimit : 1;
    vtkNew<vtkPoints> lodPoints;
    vtkNew<vtkFloatArray> lodColours;
    lodColours->SetName("colour");
    vtkNew<vtkCellArray> lodVerts;
    const vtkIdType lodCount = n > 0 ? (n + stride - 1) / stride : 0;
    if (lodCount > 0)
        lodVerts->InsertNextCell(static_cast<int>(lodCount));
    for (vtkIdType i = 0; i < n; i += stride) {
        lodVerts->InsertCellPoint(lodPoints->InsertNextPoint(points->GetPoint(i)));
        lodColours->InsertNextValue(colours->GetValue(i));
    }
    p.lodPoints->Initialize();
    p.lodPoints->SetPoints(lodPoints);
    p.lodPoints->SetVerts(lodVerts);
    p.lodPoints->GetPointData()->AddArray(lodColours);
    updatePointVisibility();
}

void SurfaceView::rebuildMarkers()
{
    auto &p = *m_p;
    if (m_globalOptimum >= 0) {
        const auto k = static_cast<std::size_t>(m_globalOptimum);
        const double height = 0.07 * m_extent;
        p.pin->SetHeight(height);
        p.pin->SetRadius(0.022 * m_extent);
        // The cone points down; its centre sits half a height above the apex.
        p.pin->SetCenter(m_x[k], m_y[k], m_z[k] + pointLift() + 0.5 * height);
        p.pinActor->VisibilityOn();
    } else {
        p.pinActor->VisibilityOff();
    }

    vtkNew<vtkPoints> points;
    vtkNew<vtkFloatArray> radius;
    radius->SetName("radius");
    float maxSize = 0.0f;
    for (float s : m_basinSizes)
        maxSize = std::max(maxSize, s);
    const double rMin = 0.006 * m_extent, rMax = 0.025 * m_extent;
    for (std::size_t i = 0; i < m_localOptima.size(); ++i) {
        const auto k = static_cast<std::size_t>(m_localOptima[i]);
        const double f = maxSize > 0.0f ? std::sqrt(double(m_basinSizes[i]) / double(maxSize)) : 0.0;
        const double r = rMin + (rMax - rMin) * f;
        points->InsertNextPoint(m_x[k], m_y[k], m_z[k] + pointLift());
        radius->InsertNextValue(static_cast<float>(r));
    }
    p.optima->Initialize();
    p.optima->SetPoints(points);
    p.optima->GetPointData()->AddArray(radius);
    p.optimaActor->SetVisibility(!m_localOptima.empty());
}

void SurfaceView::rebuildHighlight()
{
    auto &p = *m_p;
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> verts;
    const double lift = 2.0 * pointLift();
    for (int index : m_highlighted) {
        const auto k = static_cast<std::size_t>(index);
        const vtkIdType id = points->InsertNextPoint(m_x[k], m_y[k], m_z[k] + lift);
        verts->InsertNextCell(1, &id);
    }
    p.highlight->Initialize();
    p.highlight->SetPoints(points);
    p.highlight->SetVerts(verts);
    p.highlightActor->SetVisibility(!m_highlighted.empty());
}

void SurfaceView::applyColourMap()
{
    auto &p = *m_p;
    auto &lut = *p.lut;
    auto &pointLut = *p.pointLut;
    setColourBarLevels(p.scalarBar, &lut, m_levels, m_categorical);
    setColourBarLevels(p.scalarBar, &pointLut, m_levels, m_categorical);
    // Categories: the points carry the colours, the terrain is neutral.
    p.surfaceMapper->SetScalarVisibility(!m_categorical);
    p.surfaceActor->GetProperty()->SetColor(0.86, 0.86, 0.86);
    if (m_categorical) {
        lut.Modified();
        pointLut.Modified();
        return;
    }
    const auto &map = anchors(m_colourMap);
    constexpr vtkIdType entries = 256;
    lut.SetNumberOfTableValues(entries);
    pointLut.SetNumberOfTableValues(entries);
    constexpr double darken = 0.6;
    for (vtkIdType i = 0; i < entries; ++i) {
        const auto rgb = mapColour(map, static_cast<double>(i) / static_cast<double>(entries - 1));
        lut.SetTableValue(i, rgb[0], rgb[1], rgb[2], 1.0);
        pointLut.SetTableValue(i, darken * rgb[0], darken * rgb[1], darken * rgb[2], 1.0);
    }
    lut.Modified();
    pointLut.Modified();
}

void SurfaceView::applyViewMode()
{
    auto &p = *m_p;
    vtkProperty *surface = p.surfaceActor->GetProperty();
    if (m_mode == ViewMode::TopDown) {
        // A map: exact colour-map colours, no shading.
        surface->SetAmbient(1.0);
        surface->SetDiffuse(0.0);
        surface->SetSpecular(0.0);
        m_widget->setInteractorStyle(p.topDownStyle);
    } else {
        surface->SetAmbient(0.25);
        surface->SetDiffuse(0.8);
        surface->SetSpecular(0.08);
        surface->SetSpecularPower(20.0);
        m_widget->setInteractorStyle(p.trackballStyle);
    }
}

void SurfaceView::resetCamera()
{
    vtkRenderer *renderer = m_widget->renderer();
    vtkCamera *camera = renderer->GetActiveCamera();
    double bounds[6] = {-1, 1, -1, 1, 0, 0};
    if (!m_x.empty()) {
        const auto [xMin, xMax] = std::minmax_element(m_x.begin(), m_x.end());
        const auto [yMin, yMax] = std::minmax_element(m_y.begin(), m_y.end());
        bounds[0] = *xMin;
        bounds[1] = *xMax;
        bounds[2] = *yMin;
        bounds[3] = *yMax;
        bounds[4] = 0.0;
        bounds[5] = 0.4 * m_extent + 0.08 * m_extent;
    }
    const double centre[3] = {0.5 * (bounds[0] + bounds[1]), 0.5 * (bounds[2] + bounds[3]),
                              0.5 * (bounds[4] + bounds[5])};
    camera->SetFocalPoint(centre);
    if (m_mode == ViewMode::TopDown) {
        camera->ParallelProjectionOn();
        camera->SetPosition(centre[0], centre[1], centre[2] + 10.0 * m_extent);
        camera->SetViewUp(0.0, 1.0, 0.0);
        renderer->ResetCamera(bounds);
        // ResetCamera fits the bounding sphere; fit the xy box more tightly.
        const double aspect = renderer->GetTiledAspectRatio();
        const double halfHeight = 0.5 * (bounds[3] - bounds[2]);
        const double halfWidth = 0.5 * (bounds[1] - bounds[0]);
        camera->SetParallelScale(1.06 * std::max(halfHeight, aspect > 0.0 ? halfWidth / aspect : halfWidth));
    } else {
        camera->ParallelProjectionOff();
        camera->SetViewAngle(30.0);
        // Looking from the south-west, 30 degrees above the plane.
        camera->SetPosition(centre[0], centre[1] - 1.0, centre[2]);
        camera->SetViewUp(0.0, 0.0, 1.0);
        camera->Azimuth(-35.0);
        camera->Elevation(32.0);
        camera->OrthogonalizeViewUp();
        renderer->ResetCamera(bounds);
        camera->Dolly(1.25);
    }
    renderer->ResetCameraClippingRange(bounds);
    m_widget->render();
}

int SurfaceView::pickPoint(QPoint position, double radius) const
{
    if (m_x.empty() || !m_pointsVisible)
        return -1;
    vtkRenderer *renderer = m_widget->renderer();
    const int *size = renderer->GetSize();
    const int *origin = renderer->GetOrigin();
    if (size[0] <= 0 || size[1] <= 0)
        return -1;
    const auto display = m_widget->toDisplay(QPointF(position));
    const double ratio = m_widget->devicePixelRatioF();
    const double maxDistance2 = (radius * ratio) * (radius * ratio);
    vtkMatrix4x4 *matrix =
        renderer->GetActiveCamera()->GetCompositeProjectionTransformMatrix(renderer->GetTiledAspectRatio(), -1.0, 1.0);
    double m[16];
    vtkMatrix4x4::DeepCopy(m, matrix);
    const double lift = pointLift();
    int best = -1;
    double bestDistance2 = std::numeric_limits<double>::infinity();
    double bestDepth = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        const double wx = m_x[i], wy = m_y[i], wz = m_z[i] + lift;
        const double w = m[12] * wx + m[13] * wy + m[14] * wz + m[15];
        if (w <= 0.0)
            continue;
        const double nx = (m[0] * wx + m[1] * wy + m[2] * wz + m[3]) / w;
        const double ny = (m[4] * wx + m[5] * wy + m[6] * wz + m[7]) / w;
        const double nz = (m[8] * wx + m[9] * wy + m[10] * wz + m[11]) / w;
        const double sx = (nx + 1.0) * 0.5 * size[0] + origin[0];
        const double sy = (ny + 1.0) * 0.5 * size[1] + origin[1];
        const double d2 = (sx - display[0]) * (sx - display[0]) + (sy - display[1]) * (sy - display[1]);
        if (d2 > maxDistance2)
            continue;
        // Nearest on screen; among (almost) equally near ones, nearest to the camera.
        if (best < 0 || d2 < bestDistance2 - 0.25 || (d2 <= bestDistance2 + 0.25 && nz < bestDepth)) {
            best = static_cast<int>(i);
            bestDistance2 = d2;
            bestDepth = nz;
        }
    }
    return best;
}

QPointF SurfaceView::screenPosition(int index) const
{
    if (index < 0 || index >= pointCount())
        return {-1.0, -1.0};
    const auto k = static_cast<std::size_t>(index);
    vtkRenderer *renderer = m_widget->renderer();
    renderer->SetWorldPoint(m_x[k], m_y[k], m_z[k] + pointLift(), 1.0);
    renderer->WorldToDisplay();
    double display[3];
    renderer->GetDisplayPoint(display);
    return m_widget->fromDisplay(display[0], display[1]);
}

QImage SurfaceView::grabImage()
{
    return m_widget->grabImage();
}

} // namespace hplx
