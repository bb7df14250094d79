#include "vtk/LonView.h"

#include "vtk/ColourBar.h"
#include "vtk/ColourMaps.h"
#include "vtk/VtkWidget.h"

#include <QResizeEvent>
#include <QVBoxLayout>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCommand.h>
#include <vtkConeSource.h>
#include <vtkDiskSource.h>
#include <vtkDoubleArray.h>
#include <vtkFloatArray.h>
#include <vtkForceDirectedLayoutStrategy.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkGlyph3DMapper.h>
#include <vtkGraphLayout.h>
#include <vtkInteractorObserver.h>
#include <vtkLookupTable.h>
#include <vtkMatrix4x4.h>
#include <vtkMutableDirectedGraph.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkSphereSource.h>
#include <vtkTextProperty.h>
#include <vtkTubeFilter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hplx {

namespace {

constexpr int layoutSeed = 20240611;
constexpr double heightScale = 0.4; // world z range relative to the xy extent (1)
constexpr vtkIdType maxDropLines = 400;
constexpr double floorZ = -0.08; // the floor that carries the nodes' shadows

// The edges of one kind (monotonic or not): tubes plus arrow heads.
struct EdgeLayer
{
    vtkNew<vtkPolyData> lines;
    vtkNew<vtkTubeFilter> tubes;
    vtkNew<vtkPolyDataMapper> tubeMapper;
    vtkNew<vtkActor> tubeActor;
    vtkNew<vtkPolyData> heads;
    vtkNew<vtkGlyph3DMapper> headMapper;
    vtkNew<vtkActor> headActor;
    // While the camera moves, large networks draw their edges as plain lines:
    // tubes cost most of a software-rendered frame.
    vtkNew<vtkPolyDataMapper> lineMapper;
    vtkNew<vtkActor> lineActor;
};

// A seeded force-directed (Fruchterman-Reingold) layout of one connected
// graph: positions centred on the origin, larger extent 1 (all zero for one node).
std::vector<std::array<double, 2>> forceLayout(std::size_t count,
                                               const std::vector<std::pair<std::size_t, std::size_t>> &edges)
{
    std::vector<std::array<double, 2>> positions(count, {0.0, 0.0});
    if (count < 2)
        return positions;
    vtkNew<vtkMutableDirectedGraph> graph;
    for (std::size_t i = 0; i < count; ++i)
        graph->AddVertex();
    for (const auto &[from, to] : edges)
        graph->AddEdge(static_cast<vtkIdType>(from), static_cast<vtkIdType>(to));
    vtkNew<vtkForceDirectedLayoutStrategy> strategy;
    strategy->SetRandomSeed(layoutSeed);
    strategy->RandomInitialPointsOn();
    strategy->ThreeDimensionalLayoutOff();
    strategy->AutomaticBoundsComputationOff();
    strategy->SetGraphBounds(-0.5, 0.5, -0.5, 0.5, 0.0, 0.0);
    // O(n^2) per iteration: fewer iterations for large networks keep
    // setNetwork near a second or two for a few thousand optima.
    const double size = static_cast<double>(count);
    const int iterations = static_cast<int>(std::clamp(2.0e8 / (size * size), 30.0, 300.0));
    strategy->SetMaxNumberOfIterations(iterations);
    strategy->SetIterationsPerLayout(iterations);
    vtkNew<vtkGraphLayout> layout;
    layout->SetInputData(graph);
    layout->SetLayoutStrategy(strategy);
    layout->Update();
    vtkPoints *points = layout->GetOutput()->GetPoints();
    if (!points || points->GetNumberOfPoints() != static_cast<vtkIdType>(count))
        return positions;
    for (std::size_t i = 0; i < count; ++i) {
        double xyz[3];
        points->GetPoint(static_cast<vtkIdType>(i), xyz);
        // A diverged layout is no reason to draw nothing: fall back to the origin.
        positions[i] = {std::isfinite(xyz[0]) ? xyz[0] : 0.0, std::isfinite(xyz[1]) ? xyz[1] : 0.0};
    }
    double lo[2] = {positions[0][0], positions[0][1]}, hi[2] = {lo[0], lo[1]};
    for (const auto &p : positions)
        for (std::size_t axis = 0; axis < 2; ++axis) {
            lo[axis] = std::min(lo[axis], p[axis]);
            hi[axis] = std::max(hi[axis], p[axis]);
        }
    const double extent = std::max(hi[0] - lo[0], hi[1] - lo[1]);
    const double scale = extent > 0.0 ? 1.0 / extent : 1.0;
    for (auto &p : positions)
        for (std::size_t axis = 0; axis < 2; ++axis)
            p[axis] = (p[axis] - 0.5 * (lo[axis] + hi[axis])) * scale;
    return positions;
}

std::string range(std::size_t n)
{
    return n == 0 ? std::string("(no nodes)") : "0.." + std::to_string(n - 1);
}

} // namespace

struct LonView::Pipeline
{
    std::vector<std::pair<vtkObject *, unsigned long>> observers;
    vtkNew<vtkLookupTable> lut;
    vtkNew<vtkRenderer> barRenderer;
    vtkNew<vtkScalarBarActor> scalarBar;

    vtkNew<vtkPolyData> nodes;
    vtkNew<vtkSphereSource> sphere;
    vtkNew<vtkGlyph3DMapper> nodeMapper;
    vtkNew<vtkActor> nodeActor;

    vtkNew<vtkConeSource> arrow; // tip at the origin, pointing along +x
    EdgeLayer monotonic, other;

    // Depth cues: a floor, each node's shadow on it and a drop line to it.
    vtkNew<vtkDiskSource> floor; // a round floor: its ellipse on screen is more compact than a square's diamond
    double floorRadius = 0.0;
    vtkNew<vtkPolyDataMapper> floorMapper;
    vtkNew<vtkActor> floorActor;
    vtkNew<vtkPolyData> shadows;
    vtkNew<vtkDiskSource> disk;
    vtkNew<vtkGlyph3DMapper> shadowMapper;
    vtkNew<vtkActor> shadowActor;
    vtkNew<vtkPolyData> drops;
    vtkNew<vtkPolyDataMapper> dropMapper;
    vtkNew<vtkActor> dropActor;

    vtkNew<vtkConeSource> marker;
    vtkNew<vtkPolyDataMapper> markerMapper;
    vtkNew<vtkActor> markerActor;

    vtkNew<vtkDiskSource> ring;
    vtkNew<vtkPolyData> highlight;
    vtkNew<vtkGlyph3DMapper> highlightMapper;
    vtkNew<vtkActor> highlightActor;
};

LonView::LonView(QWidget *parent) : QWidget(parent), m_p(std::make_unique<Pipeline>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_widget = new VtkWidget(this);
    layout->addWidget(m_widget);

    auto &p = *m_p;
    vtkRenderer *renderer = m_widget->renderer();
    // The scene on the left, the colour bar in its own strip on the right.
    renderer->SetViewport(0.0, 0.0, 0.85, 1.0);
    renderer->SetBackground(1.0, 1.0, 1.0);
    p.barRenderer->SetViewport(0.85, 0.0, 1.0, 1.0);
    p.barRenderer->SetBackground(1.0, 1.0, 1.0);
    p.barRenderer->InteractiveOff();
    m_widget->renderWindow()->AddRenderer(p.barRenderer);

    p.lut->SetNumberOfTableValues(256);
    p.lut->Build();

    p.scalarBar->SetLookupTable(p.lut);
    styleColourBar(p.scalarBar);
    p.barRenderer->AddActor2D(p.scalarBar);

    // Nodes: unit spheres scaled by "radius", coloured by "loss".
    p.sphere->SetRadius(1.0);
    p.nodeMapper->SetInputData(p.nodes);
    p.nodeMapper->SetSourceConnection(p.sphere->GetOutputPort());
    p.nodeMapper->SetScaleArray("radius");
    p.nodeMapper->SetScaleModeToScaleByMagnitude();
    p.nodeMapper->SetLookupTable(p.lut);
    p.nodeMapper->UseLookupTableScalarRangeOn();
    p.nodeMapper->SetScalarModeToUsePointFieldData();
    p.nodeMapper->SelectColorArray("loss");
    p.nodeMapper->ScalarVisibilityOn();
    p.nodeActor->SetMapper(p.nodeMapper);
    // Ambient + diffuse = 1: a sphere's centre shows the colour map's exact colour.
    p.nodeActor->GetProperty()->SetAmbient(0.3);
    p.nodeActor->GetProperty()->SetDiffuse(0.7);
    p.nodeActor->GetProperty()->SetSpecular(0.0);
    p.nodeActor->PickableOff();
    p.nodeActor->VisibilityOff();
    renderer->AddActor(p.nodeActor);

    // Arrow heads: unit-length cones whose tip is the glyph's origin.
    p.arrow->SetResolution(16);
    p.arrow->SetHeight(1.0);
    p.arrow->SetRadius(0.32);
    p.arrow->SetCenter(-0.5, 0.0, 0.0);
    p.arrow->SetDirection(1.0, 0.0, 0.0);
    for (EdgeLayer *layer : {&p.monotonic, &p.other}) {
        layer->tubes->SetInputData(layer->lines);
        layer->tubes->SetNumberOfSides(8);
        layer->tubes->SetVaryRadiusToVaryRadiusByAbsoluteScalar();
        layer->tubes->CappingOff();
        layer->tubeMapper->SetInputConnection(layer->tubes->GetOutputPort());
        layer->tubeMapper->ScalarVisibilityOff();
        layer->tubeActor->SetMapper(layer->tubeMapper);
        layer->tubeActor->PickableOff();
        layer->tubeActor->VisibilityOff();
        layer->headMapper->SetInputData(layer->heads);
        layer->headMapper->SetSourceConnection(p.arrow->GetOutputPort());
        layer->headMapper->SetScaleArray("length");
        layer->headMapper->SetScaleModeToScaleByMagnitude();
        layer->headMapper->SetOrientationArray("direction");
        layer->headMapper->SetOrientationModeToDirection();
        layer->headMapper->ScalarVisibilityOff();
        layer->headActor->SetMapper(layer->headMapper);
        layer->headActor->SetProperty(layer->tubeActor->GetProperty());
        layer->headActor->PickableOff();
        layer->headActor->VisibilityOff();
        renderer->AddActor(layer->tubeActor);
        renderer->AddActor(layer->headActor);
        layer->lineMapper->SetInputData(layer->lines);
        layer->lineMapper->ScalarVisibilityOff();
        layer->lineActor->SetMapper(layer->lineMapper);
        layer->lineActor->SetProperty(layer->tubeActor->GetProperty());
        layer->lineActor->PickableOff();
        layer->lineActor->VisibilityOff();
        renderer->AddActor(layer->lineActor);
    }
    // Improving (monotonic) transitions solid and dark; the others, which
    // climb out of a funnel, light and translucent.
    vtkProperty *solid = p.monotonic.tubeActor->GetProperty();
    solid->SetColor(0.33, 0.34, 0.38);
    solid->SetAmbient(0.35);
    solid->SetDiffuse(0.65);
    vtkProperty *faint = p.other.tubeActor->GetProperty();
    faint->SetColor(0.55, 0.62, 0.78);
    faint->SetOpacity(0.5);
    faint->SetAmbient(0.35);
    faint->SetDiffuse(0.65);

    p.floor->SetInnerRadius(0.0);
    p.floor->SetCircumferentialResolution(128);
    p.floorMapper->SetInputConnection(p.floor->GetOutputPort());
    p.floorActor->SetMapper(p.floorMapper);
    p.floorActor->GetProperty()->SetColor(0.955, 0.955, 0.96);
    p.floorActor->GetProperty()->LightingOff();
    p.floorActor->PickableOff();
    p.floorActor->VisibilityOff();
    renderer->AddActor(p.floorActor);
    p.disk->SetInnerRadius(0.0);
    p.disk->SetOuterRadius(1.0);
    p.disk->SetCircumferentialResolution(24);
    p.shadowMapper->SetInputData(p.shadows);
    p.shadowMapper->SetSourceConnection(p.disk->GetOutputPort());
    p.shadowMapper->SetScaleArray("radius");
    p.shadowMapper->SetScaleModeToScaleByMagnitude();
    p.shadowMapper->ScalarVisibilityOff();
    p.shadowActor->SetMapper(p.shadowMapper);
    p.shadowActor->GetProperty()->SetColor(0.83, 0.83, 0.85);
    p.shadowActor->GetProperty()->LightingOff();
    p.shadowActor->PickableOff();
    p.shadowActor->VisibilityOff();
    renderer->AddActor(p.shadowActor);
    p.dropMapper->SetInputData(p.drops);
    p.dropMapper->ScalarVisibilityOff();
    p.dropActor->SetMapper(p.dropMapper);
    p.dropActor->GetProperty()->SetColor(0.78, 0.78, 0.80);
    p.dropActor->GetProperty()->LightingOff();
    p.dropActor->PickableOff();
    p.dropActor->VisibilityOff();
    renderer->AddActor(p.dropActor);

    p.marker->SetResolution(32);
    p.marker->SetDirection(0.0, 0.0, -1.0);
    p.markerMapper->SetInputConnection(p.marker->GetOutputPort());
    p.markerActor->SetMapper(p.markerMapper);
    p.markerActor->GetProperty()->SetColor(0.84, 0.15, 0.16);
    p.markerActor->GetProperty()->SetSpecular(0.3);
    p.markerActor->PickableOff();
    p.markerActor->VisibilityOff();
    renderer->AddActor(p.markerActor);

    // Highlight: a flat ring around the sphere's equator (unit sphere scale).
    p.ring->SetInnerRadius(1.3);
    p.ring->SetOuterRadius(1.75);
    p.ring->SetCircumferentialResolution(48);
    p.highlightMapper->SetInputData(p.highlight);
    p.highlightMapper->SetSourceConnection(p.ring->GetOutputPort());
    p.highlightMapper->SetScaleArray("radius");
    p.highlightMapper->SetScaleModeToScaleByMagnitude();
    p.highlightMapper->ScalarVisibilityOff();
    p.highlightActor->SetMapper(p.highlightMapper);
    p.highlightActor->GetProperty()->SetColor(1.0, 0.1, 0.75);
    p.highlightActor->GetProperty()->SetAmbient(0.4);
    p.highlightActor->GetProperty()->SetDiffuse(0.6);
    p.highlightActor->PickableOff();
    p.highlightActor->VisibilityOff();
    renderer->AddActor(p.highlightActor);

    applyColourMap();

    vtkObject *style = m_widget->interactor()->GetInteractorStyle();
    for (const unsigned long event : {vtkCommand::StartInteractionEvent, vtkCommand::EndInteractionEvent})
        p.observers.emplace_back(style, style->AddObserver(event, this, &LonView::onInteraction));

    connect(m_widget, &VtkWidget::clicked, this, [this](QPoint position, Qt::MouseButton button) {
        if (button == Qt::LeftButton)
            Q_EMIT nodePicked(pickNode(position));
    });
    connect(m_widget, &VtkWidget::hovered, this, [this](QPoint position) {
        const int node = pickNode(position);
        if (node != m_hovered) {
            m_hovered = node;
            Q_EMIT nodeHovered(node);
        }
    });
    connect(m_widget, &VtkWidget::left, this, [this] {
        if (m_hovered != -1) {
            m_hovered = -1;
            Q_EMIT nodeHovered(-1);
        }
    });
    resetCamera();
}

LonView::~LonView()
{
    for (const auto &[object, tag] : m_p->observers)
        object->RemoveObserver(tag);
}

void LonView::onInteraction(vtkObject *, unsigned long eventId, void *)
{
    m_interacting = eventId == vtkCommand::StartInteractionEvent;
    updateEdgeVisibility();
    if (!m_interacting)
        m_widget->render(); // the still frame with tubes
}

void LonView::updateEdgeVisibility()
{
    for (EdgeLayer *layer : {&m_p->monotonic, &m_p->other}) {
        const bool any = layer->lines->GetNumberOfCells() > 0;
        const bool reduced = m_interacting && edgeCount() > interactiveEdgeLimit;
        layer->tubeActor->SetVisibility(any && !reduced);
        layer->headActor->SetVisibility(any && !reduced);
        layer->lineActor->SetVisibility(any && reduced);
    }
}

void LonView::setNetwork(std::vector<LonViewNode> nodes, std::vector<LonViewEdge> edges, int globalNode,
                         const QString &colourBarTitle, std::optional<LonLayout> layout)
{
    const std::size_t n = nodes.size();
    if (layout && (layout->x.size() != n || layout->y.size() != n))
        throw std::invalid_argument("LonView::setNetwork: a layout of " + std::to_string(layout->x.size())
                                    + " positions for " + std::to_string(n) + " nodes");
    if (n > static_cast<std::size_t>(std::numeric_limits<int>::max())
        || edges.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw std::invalid_argument("LonView::setNetwork: too many nodes or edges");
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(nodes[i].loss))
            throw std::invalid_argument("LonView::setNetwork: loss of node " + std::to_string(i) + " is not finite");
        if (!std::isfinite(nodes[i].basinSize) || nodes[i].basinSize < 0.0)
            throw std::invalid_argument("LonView::setNetwork: basin size of node " + std::to_string(i)
                                        + " is negative or not finite");
    }
    const auto valid = [n](int node) { return node >= 0 && static_cast<std::size_t>(node) < n; };
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const LonViewEdge &edge = edges[e];
        if (!valid(edge.from) || !valid(edge.to))
            throw std::invalid_argument("LonView::setNetwork: edge " + std::to_string(e) + " ("
                                        + std::to_string(edge.from) + " -> " + std::to_string(edge.to)
                                        + ") leaves the nodes " + range(n));
        if (edge.from == edge.to)
            throw std::invalid_argument("LonView::setNetwork: edge " + std::to_string(e) + " is a self-loop on node "
                                        + std::to_string(edge.from));
        if (!std::isfinite(edge.weight) || edge.weight < 0.0)
            throw std::invalid_argument("LonView::setNetwork: weight of edge " + std::to_string(e)
                                        + " is negative or not finite");
    }
    if (globalNode != -1 && !valid(globalNode))
        throw std::invalid_argument("LonView::setNetwork: global node " + std::to_string(globalNode) + " outside "
                                    + range(n));

    m_nodes = std::move(nodes);
    m_edges = std::move(edges);
    m_globalNode = globalNode;
    m_title = colourBarTitle;
    m_layout = std::move(layout);
    m_highlighted.clear();
    m_hovered = -1;

    computeLayout();

    auto &p = *m_p;
    double lo = 0.0, hi = 1.0;
    if (n > 0) {
        const auto [minIt, maxIt] = std::minmax_element(
            m_nodes.begin(), m_nodes.end(), [](const LonViewNode &a, const LonViewNode &b) { return a.loss < b.loss; });
        lo = minIt->loss;
        hi = maxIt->loss > minIt->loss ? double(maxIt->loss) : lo + 1.0;
    }
    p.lut->SetTableRange(lo, hi);
    vtkNew<vtkDoubleArray> labels;
    for (double v : colourBarLabels(lo, hi))
        labels->InsertNextValue(v);
    p.scalarBar->SetCustomLabels(labels);
    p.scalarBar->UseCustomLabelsOn();
    p.scalarBar->SetTitle(m_title.toStdString().c_str());
    p.scalarBar->SetVisibility(n > 0);

    rebuildNodes();
    rebuildEdges();
    rebuildMarker();
    rebuildHighlight();
    resetCamera();
}

std::pair<double, double> LonView::colourRange() const
{
    const double *range = m_p->lut->GetTableRange();
    return {range[0], range[1]};
}

void LonView::setColourBarVisible(bool visible)
{
    m_widget->renderer()->SetViewport(0.0, 0.0, visible ? 0.85 : 1.0, 1.0);
    m_p->barRenderer->SetDraw(visible);
    m_widget->render();
}

int LonView::nodeCount() const
{
    return static_cast<int>(m_nodes.size());
}

int LonView::edgeCount() const
{
    return static_cast<int>(m_edges.size());
}

LonLayout lonLayout(std::size_t n, const std::vector<LonViewEdge> &edges)
{
    std::vector<double> x(n, 0.0), y(n, 0.0);
    if (n >= 2) {
        // Each connected component is laid out on its own and the components
        // are packed side by side: in one force-directed layout, optima
        // without edges fly to the border and squash the rest into a blob.
        std::vector<std::size_t> parent(n);
        for (std::size_t i = 0; i < n; ++i)
            parent[i] = i;
        const auto root = [&parent](std::size_t i) {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        };
        for (const LonViewEdge &edge : edges) {
            const std::size_t a = root(static_cast<std::size_t>(edge.from));
            const std::size_t b = root(static_cast<std::size_t>(edge.to));
            if (a != b)
                parent[std::max(a, b)] = std::min(a, b);
        }
        std::vector<std::vector<std::size_t>> components;
        std::vector<std::size_t> componentOf(n), local(n);
        std::vector<std::size_t> index(n, n); // root -> component
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t r = root(i);
            if (index[r] == n) {
                index[r] = components.size();
                components.emplace_back();
            }
            componentOf[i] = index[r];
            local[i] = components[index[r]].size();
            components[index[r]].push_back(i);
        }
        std::vector<std::vector<std::pair<std::size_t, std::size_t>>> componentEdges(components.size());
        for (const LonViewEdge &edge : edges) {
            const auto a = static_cast<std::size_t>(edge.from), b = static_cast<std::size_t>(edge.to);
            componentEdges[componentOf[a]].emplace_back(local[a], local[b]);
        }
        // Largest first (ties: lowest node), rows of at most a square's width.
        std::vector<std::size_t> order(components.size());
        for (std::size_t c = 0; c < order.size(); ++c)
            order[c] = c;
        std::stable_sort(order.begin(), order.end(), [&components](std::size_t a, std::size_t b) {
            return components[a].size() > components[b].size();
        });
        double area = 0.0;
        for (const auto &component : components)
            area += static_cast<double>(component.size());
        // Side of a component's box: sqrt(size) node spacings, plus a gap.
        const auto side = [](std::size_t size) { return std::sqrt(static_cast<double>(size)); };
        constexpr double gap = 0.8;
        const double rowWidth = std::max(side(components[order.front()].size()), 1.15 * std::sqrt(area));
        double cursorX = 0.0, cursorY = 0.0, rowHeight = 0.0;
        for (std::size_t c : order) {
            const auto &component = components[c];
            const double s = side(component.size());
            if (cursorX > 0.0 && cursorX + s > rowWidth) {
                cursorX = 0.0;
                cursorY -= rowHeight + gap;
                rowHeight = 0.0;
            }
            const auto positions = forceLayout(component.size(), componentEdges[c]);
            for (std::size_t k = 0; k < component.size(); ++k) {
                x[component[k]] = cursorX + 0.5 * s + positions[k][0] * s;
                y[component[k]] = cursorY - 0.5 * s + positions[k][1] * s;
            }
            cursorX += s + gap;
            rowHeight = std::max(rowHeight, s);
        }
        // Normalise: centred, larger extent 1.
        const auto [xMin, xMax] = std::minmax_element(x.begin(), x.end());
        const auto [yMin, yMax] = std::minmax_element(y.begin(), y.end());
        const double extent = std::max(*xMax - *xMin, *yMax - *yMin);
        const double cx = 0.5 * (*xMin + *xMax), cy = 0.5 * (*yMin + *yMax);
        const double scale = extent > 0.0 ? 1.0 / extent : 1.0;
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = (x[i] - cx) * scale;
            y[i] = (y[i] - cy) * scale;
        }
    }
    return {std::move(x), std::move(y)};
}

void LonView::computeLayout()
{
    const std::size_t n = m_nodes.size();
    LonLayout layout = m_layout ? std::move(*m_layout) : lonLayout(n, m_edges);
    m_layout.reset();
    m_x = std::move(layout.x);
    m_y = std::move(layout.y);
    m_z.assign(n, 0.0);
    if (n > 0) {
        const auto [minIt, maxIt] = std::minmax_element(
            m_nodes.begin(), m_nodes.end(), [](const LonViewNode &a, const LonViewNode &b) { return a.loss < b.loss; });
        const double lo = minIt->loss, span = double(maxIt->loss) - lo;
        for (std::size_t i = 0; i < n; ++i)
            m_z[i] = span > 0.0 ? (double(m_nodes[i].loss) - lo) / span * heightScale : 0.0;
    }

    // Sphere radius: sqrt(basin) between a floor and a ceiling that follow the
    // typical node spacing, so large networks do not become one blob.
    double maxBasin = 0.0;
    for (const LonViewNode &node : m_nodes)
        maxBasin = std::max(maxBasin, node.basinSize);
    const double spacing = 1.0 / std::sqrt(std::max<double>(1.0, static_cast<double>(n)));
    const double rMax = std::clamp(0.32 * spacing, 0.006, 0.05);
    const double rMin = 0.3 * rMax;
    m_radius.assign(n, rMax);
    for (std::size_t i = 0; i < n; ++i)
        m_radius[i] = maxBasin > 0.0 ? rMin + (rMax - rMin) * std::sqrt(m_nodes[i].basinSize / maxBasin) : rMax;
}

void LonView::rebuildNodes()
{
    auto &p = *m_p;
    const auto n = static_cast<vtkIdType>(m_nodes.size());
    vtkNew<vtkPoints> points;
    points->SetNumberOfPoints(n);
    vtkNew<vtkFloatArray> radius;
    radius->SetName("radius");
    radius->SetNumberOfValues(n);
    vtkNew<vtkFloatArray> loss;
    loss->SetName("loss");
    loss->SetNumberOfValues(n);
    for (vtkIdType i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        points->SetPoint(i, m_x[k], m_y[k], m_z[k]);
        radius->SetValue(i, static_cast<float>(m_radius[k]));
        loss->SetValue(i, m_nodes[k].loss);
    }
    p.nodes->Initialize();
    p.nodes->SetPoints(points);
    p.nodes->GetPointData()->AddArray(radius);
    p.nodes->GetPointData()->AddArray(loss);
    // Software rendering pays per triangle: coarser spheres for large networks.
    const int theta = n > 1000 ? 12 : n > 200 ? 16 : 24;
    p.sphere->SetThetaResolution(theta);
    p.sphere->SetPhiResolution(theta * 2 / 3);
    p.nodeActor->SetVisibility(n > 0);

    vtkNew<vtkPoints> shadowPoints;
    shadowPoints->SetNumberOfPoints(n);
    vtkNew<vtkPoints> dropPoints;
    vtkNew<vtkCellArray> dropLines;
    double floorRadius = 0.5;
    for (vtkIdType i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        shadowPoints->SetPoint(i, m_x[k], m_y[k], floorZ + 1e-4);
        const std::array<vtkIdType, 2> ids{dropPoints->InsertNextPoint(m_x[k], m_y[k], m_z[k] - m_radius[k]),
                                           dropPoints->InsertNextPoint(m_x[k], m_y[k], floorZ)};
        if (m_z[k] - m_radius[k] > floorZ)
            dropLines->InsertNextCell(2, ids.data());
        floorRadius = std::max(floorRadius, std::hypot(m_x[k], m_y[k]) + m_radius[k]);
    }
    p.shadows->Initialize();
    p.shadows->SetPoints(shadowPoints);
    p.shadows->GetPointData()->AddArray(radius);
    p.drops->Initialize();
    p.drops->SetPoints(dropPoints);
    p.drops->SetLines(dropLines);
    p.floorRadius = floorRadius + 0.05;
    p.floor->SetOuterRadius(p.floorRadius);
    p.floorActor->SetPosition(0.0, 0.0, floorZ); // vtkDiskSource of VTK 9.1 lies at the origin
    p.floorActor->SetVisibility(n > 0);
    p.shadowActor->SetVisibility(n > 0);
    // Drop lines help to read heights; in a hairball of hundreds they only add grey.
    p.dropActor->SetVisibility(dropLines->GetNumberOfCells() > 0 && n <= maxDropLines);
}

void LonView::rebuildEdges()
{
    auto &p = *m_p;
    double maxWeight = 0.0;
    for (const LonViewEdge &edge : m_edges)
        maxWeight = std::max(maxWeight, edge.weight);
    double smallest = std::numeric_limits<double>::infinity();
    for (double r : m_radius)
        smallest = std::min(smallest, r);
    if (!std::isfinite(smallest))
        smallest = 0.01;
    const double tubeMin = 0.07 * smallest, tubeMax = 0.26 * smallest;
    // Software rendering pays per triangle: coarser tubes and arrow heads for
    // many edges (thin at that density, the facets do not show).
    const bool many = m_edges.size() > 1500;
    p.arrow->SetResolution(many ? 8 : 16);

    for (bool monotonic : {true, false}) {
        EdgeLayer &layer = monotonic ? p.monotonic : p.other;
        layer.tubes->SetNumberOfSides(many ? 5 : 8);
        vtkNew<vtkPoints> points;
        vtkNew<vtkCellArray> lines;
        vtkNew<vtkFloatArray> tubeRadius;
        tubeRadius->SetName("tubeRadius");
        vtkNew<vtkPoints> headPoints;
        vtkNew<vtkFloatArray> length;
        length->SetName("length");
        length->SetNumberOfComponents(1);
        vtkNew<vtkFloatArray> direction;
        direction->SetName("direction");
        direction->SetNumberOfComponents(3);
        for (const LonViewEdge &edge : m_edges) {
            if (edge.monotonic != monotonic)
                continue;
            const auto a = static_cast<std::size_t>(edge.from), b = static_cast<std::size_t>(edge.to);
            const std::array<double, 3> pa{m_x[a], m_y[a], m_z[a]}, pb{m_x[b], m_y[b], m_z[b]};
            std::array<double, 3> d{pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]};
            const double distance = std::sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            const double gap = m_radius[a] + m_radius[b];
            if (distance <= gap)
                continue; // touching spheres: no room for a visible edge
            for (double &c : d)
                c /= distance;
            const double share = maxWeight > 0.0 ? std::sqrt(edge.weight / maxWeight) : 1.0;
            const double r = tubeMin + (tubeMax - tubeMin) * share;
            const double head = std::min(4.5 * r + 0.6 * smallest, 0.5 * (distance - gap));
            const double start = m_radius[a], end = distance - m_radius[b];
            const std::array<vtkIdType, 2> ids{
                points->InsertNextPoint(pa[0] + d[0] * start, pa[1] + d[1] * start, pa[2] + d[2] * start),
                points->InsertNextPoint(pa[0] + d[0] * (end - 0.8 * head), pa[1] + d[1] * (end - 0.8 * head),
                                        pa[2] + d[2] * (end - 0.8 * head))};
            lines->InsertNextCell(2, ids.data());
            tubeRadius->InsertNextValue(static_cast<float>(r));
            tubeRadius->InsertNextValue(static_cast<float>(r));
            headPoints->InsertNextPoint(pa[0] + d[0] * end, pa[1] + d[1] * end, pa[2] + d[2] * end);
            length->InsertNextValue(static_cast<float>(head));
            direction->InsertNextTuple(d.data());
        }
        layer.lines->Initialize();
        layer.lines->SetPoints(points);
        layer.lines->SetLines(lines);
        layer.lines->GetPointData()->SetScalars(tubeRadius);
        layer.heads->Initialize();
        layer.heads->SetPoints(headPoints);
        layer.heads->GetPointData()->AddArray(length);
        layer.heads->GetPointData()->AddArray(direction);
    }
    updateEdgeVisibility();
}

void LonView::rebuildMarker()
{
    auto &p = *m_p;
    if (m_globalNode < 0) {
        p.markerActor->VisibilityOff();
        return;
    }
    const auto k = static_cast<std::size_t>(m_globalNode);
    const double height = std::max(1.7 * m_radius[k], 0.04);
    p.marker->SetHeight(height);
    p.marker->SetRadius(0.33 * height);
    // Pointing down at the sphere, its apex a little above the sphere's top.
    p.marker->SetCenter(m_x[k], m_y[k], m_z[k] + m_radius[k] + 0.25 * height + 0.5 * height);
    p.markerActor->VisibilityOn();
}

void LonView::setHighlighted(std::vector<int> nodes)
{
    const int n = nodeCount();
    nodes.erase(std::remove_if(nodes.begin(), nodes.end(), [n](int i) { return i < 0 || i >= n; }), nodes.end());
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    m_highlighted = std::move(nodes);
    rebuildHighlight();
    m_widget->render();
}

void LonView::rebuildHighlight()
{
    auto &p = *m_p;
    vtkNew<vtkPoints> points;
    vtkNew<vtkFloatArray> radius;
    radius->SetName("radius");
    for (int node : m_highlighted) {
        const auto k = static_cast<std::size_t>(node);
        points->InsertNextPoint(m_x[k], m_y[k], m_z[k]);
        radius->InsertNextValue(static_cast<float>(m_radius[k]));
    }
    p.highlight->Initialize();
    p.highlight->SetPoints(points);
    p.highlight->GetPointData()->AddArray(radius);
    p.highlightActor->SetVisibility(!m_highlighted.empty());
}

void LonView::setColourMap(const QString &name)
{
    if (anchors(name).empty())
        throw std::invalid_argument("LonView::setColourMap: unknown colour map '" + name.toStdString()
                                    + "'; expected viridis, cividis, magma, coolwarm or greys");
    m_colourMap = name;
    applyColourMap();
    m_widget->render();
}

void LonView::applyColourMap()
{
    const auto &map = anchors(m_colourMap);
    auto &lut = *m_p->lut;
    const vtkIdType entries = lut.GetNumberOfTableValues();
    for (vtkIdType i = 0; i < entries; ++i) {
        const auto rgb = mapColour(map, static_cast<double>(i) / static_cast<double>(entries - 1));
        lut.SetTableValue(i, rgb[0], rgb[1], rgb[2], 1.0);
    }
    lut.Modified();
}

void LonView::resetCamera()
{
    vtkRenderer *renderer = m_widget->renderer();
    vtkCamera *camera = renderer->GetActiveCamera();
    double bounds[6] = {-0.5, 0.5, -0.5, 0.5, floorZ, heightScale};
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        const double r = m_radius[i];
        bounds[0] = std::min(bounds[0], m_x[i] - r);
        bounds[1] = std::max(bounds[1], m_x[i] + r);
        bounds[2] = std::min(bounds[2], m_y[i] - r);
        bounds[3] = std::max(bounds[3], m_y[i] + r);
        bounds[4] = std::min(bounds[4], m_z[i] - r);
        bounds[5] = std::max(bounds[5], m_z[i] + r);
    }
    if (m_globalNode >= 0)
        bounds[5] = std::max(bounds[5], m_z[static_cast<std::size_t>(m_globalNode)] + 0.15);
    const double centre[3] = {0.5 * (bounds[0] + bounds[1]), 0.5 * (bounds[2] + bounds[3]),
                              0.5 * (bounds[4] + bounds[5])};
    camera->ParallelProjectionOff();
    camera->SetViewAngle(30.0);
    camera->SetFocalPoint(centre);
    // Looking from the south-west, 30 degrees above the plane.
    camera->SetPosition(centre[0], centre[1] - 1.0, centre[2]);
    camera->SetViewUp(0.0, 0.0, 1.0);
    camera->Azimuth(-35.0);
    camera->Elevation(30.0);
    camera->OrthogonalizeViewUp();
    renderer->ResetCamera(bounds);
    // ResetCamera fits the bounding sphere, which leaves a wide margin: pan
    // and dolly until what is drawn (floor corners, sphere tops and bottoms,
    // the marker) just fits (perspective: a few steps converge).
    std::vector<std::array<double, 3>> content;
    if (!m_x.empty()) {
        auto &p = *m_p;
        const double pi = std::acos(-1.0);
        for (int k = 0; k < 64; ++k)
            content.push_back(
                {p.floorRadius * std::cos(2.0 * pi * k / 64.0), p.floorRadius * std::sin(2.0 * pi * k / 64.0), floorZ});
        for (std::size_t i = 0; i < m_x.size(); ++i) {
            content.push_back({m_x[i], m_y[i], m_z[i] + m_radius[i]});
            content.push_back({m_x[i], m_y[i], m_z[i] - m_radius[i]});
        }
        if (m_globalNode >= 0) {
            const double *cone = p.marker->GetCenter();
            content.push_back({cone[0], cone[1], cone[2] + 0.5 * p.marker->GetHeight()});
        }
    }
    // The widget's own shape: the render window learns a new size only when
    // it next paints, too late for a resize or a call before show().
    const double aspect = height() > 0 ? 0.85 * width() / height() : renderer->GetTiledAspectRatio();
    for (int step = 0; step < 6 && !content.empty(); ++step) {
        renderer->ResetCameraClippingRange(bounds);
        vtkMatrix4x4 *matrix = camera->GetCompositeProjectionTransformMatrix(aspect, -1, 1);
        double lo[2] = {1e300, 1e300}, hi[2] = {-1e300, -1e300};
        for (const auto &point : content) {
            const double in[4] = {point[0], point[1], point[2], 1.0};
            double out[4];
            matrix->MultiplyPoint(in, out);
            if (out[3] <= 0.0)
                continue;
            for (int axis = 0; axis < 2; ++axis) {
                lo[axis] = std::min(lo[axis], out[axis] / out[3]);
                hi[axis] = std::max(hi[axis], out[axis] / out[3]);
            }
        }
        const double half = std::max(hi[0] - lo[0], hi[1] - lo[1]) * 0.5;
        if (!(half > 0.0) || !std::isfinite(half))
            break;
        // Pan: move the camera so the content's centre is the view's centre.
        const double shift[2] = {0.5 * (lo[0] + hi[0]), 0.5 * (lo[1] + hi[1])};
        const double distance = camera->GetDistance();
        const double halfHeight = distance * std::tan(0.5 * camera->GetViewAngle() * std::acos(-1.0) / 180.0);
        const double halfWidth = halfHeight * aspect;
        double up[3], right[3], forward[3];
        camera->GetViewUp(up);
        camera->GetDirectionOfProjection(forward);
        right[0] = forward[1] * up[2] - forward[2] * up[1];
        right[1] = forward[2] * up[0] - forward[0] * up[2];
        right[2] = forward[0] * up[1] - forward[1] * up[0];
        double focal[3], position[3];
        camera->GetFocalPoint(focal);
        camera->GetPosition(position);
        for (int c = 0; c < 3; ++c) {
            const double move = shift[0] * halfWidth * right[c] + shift[1] * halfHeight * up[c];
            focal[c] += move;
            position[c] += move;
        }
        camera->SetFocalPoint(focal);
        camera->SetPosition(position);
        // Dolly: the larger half-extent (NDC, both axes span [-1, 1]) to 0.92.
        const double fit = std::min(1.0 / std::max(hi[0] - lo[0], 1e-9), 1.0 / std::max(hi[1] - lo[1], 1e-9)) * 2.0;
        camera->Dolly(std::clamp(0.92 * fit, 0.25, 4.0));
    }
    renderer->ResetCameraClippingRange(bounds);
    camera->GetPosition(m_fittedCamera.data());
    camera->GetFocalPoint(m_fittedCamera.data() + 3);
    m_widget->render();
}

void LonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    std::array<double, 6> now{};
    vtkCamera *camera = m_widget->renderer()->GetActiveCamera();
    camera->GetPosition(now.data());
    camera->GetFocalPoint(now.data() + 3);
    if (now == m_fittedCamera)
        resetCamera();
}

int LonView::pickNode(QPoint position, double radius) const
{
    if (m_nodes.empty())
        return -1;
    vtkRenderer *renderer = m_widget->renderer();
    const int *size = renderer->GetSize();
    const int *origin = renderer->GetOrigin();
    if (size[0] <= 0 || size[1] <= 0)
        return -1;
    const auto display = m_widget->toDisplay(QPointF(position));
    const double ratio = m_widget->devicePixelRatioF();
    const double maxDistance = radius * ratio;
    vtkMatrix4x4 *matrix =
        renderer->GetActiveCamera()->GetCompositeProjectionTransformMatrix(renderer->GetTiledAspectRatio(), -1.0, 1.0);
    double m[16];
    vtkMatrix4x4::DeepCopy(m, matrix);
    int inside = -1, near = -1;
    double insideDepth = std::numeric_limits<double>::infinity();
    double nearDistance = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const double wx = m_x[i], wy = m_y[i], wz = m_z[i];
        const double w = m[12] * wx + m[13] * wy + m[14] * wz + m[15];
        if (w <= 0.0)
            continue;
        const double nx = (m[0] * wx + m[1] * wy + m[2] * wz + m[3]) / w;
        const double ny = (m[4] * wx + m[5] * wy + m[6] * wz + m[7]) / w;
        const double nz = (m[8] * wx + m[9] * wy + m[10] * wz + m[11]) / w;
        const double sx = (nx + 1.0) * 0.5 * size[0] + origin[0];
        const double sy = (ny + 1.0) * 0.5 * size[1] + origin[1];
        const double distance = std::hypot(sx - display[0], sy - display[1]);
        // The sphere's radius on screen (m[5]: the projection's y scale).
        const double screenRadius = m_radius[i] * std::abs(m[5]) / w * 0.5 * size[1];
        if (distance <= screenRadius && nz < insideDepth) {
            inside = static_cast<int>(i);
            insideDepth = nz;
        }
        if (distance <= maxDistance && distance < nearDistance) {
            near = static_cast<int>(i);
            nearDistance = distance;
        }
    }
    return inside >= 0 ? inside : near;
}

QPointF LonView::screenPosition(int node) const
{
    if (node < 0 || node >= nodeCount())
        return {-1.0, -1.0};
    const auto k = static_cast<std::size_t>(node);
    vtkRenderer *renderer = m_widget->renderer();
    renderer->SetWorldPoint(m_x[k], m_y[k], m_z[k], 1.0);
    renderer->WorldToDisplay();
    double display[3];
    renderer->GetDisplayPoint(display);
    return m_widget->fromDisplay(display[0], display[1]);
}

QPointF LonView::layoutPosition(int node) const
{
    if (node < 0 || node >= nodeCount())
        return {0.0, 0.0};
    const auto k = static_cast<std::size_t>(node);
    return {m_x[k], m_y[k]};
}

QImage LonView::grabImage()
{
    return m_widget->grabImage();
}

} // namespace hplx
