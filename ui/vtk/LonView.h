// The local optima network (METRICS.md §6) in 3-D: one sphere per local
// optimum, placed in x-y by a seeded force-directed graph layout (VTK's
// vtkForceDirectedLayoutStrategy) and lifted to z = loss, so funnels read as
// slopes down to the global optimum.
//
// Geometry: the layout is normalised so its larger xy extent is 1 world unit
// (layoutPosition() returns these coordinates); z is the loss rescaled to
// [0, 0.4] (lower loss = lower). Sphere radius grows with sqrt(basin size),
// colour is the loss through the colour map. Edges are tubes from the source's
// surface to an arrow head touching the target's surface; tube radius grows
// with sqrt(weight / largest weight). Monotonic edges (non-worsening) are
// opaque and dark, the others light and translucent. The global optimum wears
// a red cone above it; highlighted optima a magenta ring.
//
// Cost: every node, edge and arrow is drawn by one glyph mapper or one poly
// data per kind (no per-node actors), so a few thousand optima stay
// interactive. The layout is O(n^2) per iteration; its iteration count drops
// for large networks so setNetwork stays around a second.
//
// Indices: every node index in and out of this class is a position in the
// nodes vector passed to setNetwork.
#pragma once

#include <QImage>
#include <QPoint>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class vtkObject;

namespace hplx {

class VtkWidget;

struct LonViewNode
{
    float loss = 0.0f;      // any scale; finite
    double basinSize = 0.0; // configurations in the basin; finite, >= 0
};

struct LonViewEdge
{
    int from = 0;           // node index
    int to = 0;             // node index, != from
    double weight = 0.0;    // transition share (count / perturbations tried); finite, >= 0
    bool monotonic = false; // loss(to) <= loss(from)
};

// Node positions in the x-y plane: each connected component laid out by a
// seeded force-directed layout, components packed in rows, the whole centred
// with larger extent 1. Pure and thread-safe (no rendering), so panels run it
// off the GUI thread: it is O(n^2) per iteration, seconds at a few thousand optima.
struct LonLayout
{
    std::vector<double> x, y;
};
LonLayout lonLayout(std::size_t nodeCount, const std::vector<LonViewEdge> &edges);

class LonView : public QWidget
{
    Q_OBJECT

public:
    explicit LonView(QWidget *parent = nullptr);
    ~LonView() override;

    // Replaces the network and resets the camera and highlight. globalNode:
    // the node to mark as global optimum, or -1 for none. Throws
    // std::invalid_argument for out-of-range or self-loop edges, a bad
    // globalNode, or non-finite / negative values.
    // layout: lonLayout(nodes.size(), edges) when the caller has it (computed
    // off the GUI thread); else computed here. Its size must match the nodes.
    void setNetwork(std::vector<LonViewNode> nodes, std::vector<LonViewEdge> edges, int globalNode,
                    const QString &colourBarTitle, std::optional<LonLayout> layout = std::nullopt);
    int nodeCount() const;
    int edgeCount() const;

    // Names of ColourMaps.h; throws std::invalid_argument for an unknown name.
    void setColourMap(const QString &name);
    QString colourMap() const { return m_colourMap; }
    // What the colour bar shows: its title and the loss range of its ends.
    QString colourBarTitle() const { return m_title; }
    std::pair<double, double> colourRange() const;
    // Hides the colour bar and gives its strip to the scene (a figure whose
    // bar is drawn elsewhere, e.g. shared by a composite); default shown.
    void setColourBarVisible(bool visible);

    // Linked selection: these optima wear a ring. Out-of-range indices are ignored.
    void setHighlighted(std::vector<int> nodes);
    const std::vector<int> &highlighted() const { return m_highlighted; }

    // An oblique view from the south-west that shows the whole network.
    void resetCamera();

    // The node drawn under a position of vtkWidget() (logical pixels): the
    // front-most sphere containing it, else the nearest centre within radius
    // logical pixels, else -1.
    int pickNode(QPoint position, double radius = 8.0) const;
    // Where a node's centre is drawn, in vtkWidget() logical coordinates
    // ((-1, -1) for a bad index).
    QPointF screenPosition(int node) const;
    // The node's normalised 2-D layout coordinates ((0, 0) for a bad index).
    QPointF layoutPosition(int node) const;

    VtkWidget *vtkWidget() const { return m_widget; }
    // Renders now and returns the frame (for export and tests).
    QImage grabImage();

Q_SIGNALS:
    // A click (no drag) on a node: its index; on empty space: -1.
    void nodePicked(int node);
    // The node under the mouse changed (-1: none).
    void nodeHovered(int node);

protected:
    // Re-fits the camera to the new shape unless the user has moved it.
    void resizeEvent(QResizeEvent *event) override;

    // While the user moves the camera, more edges than this are drawn as
    // plain lines without arrow heads; still frames show the tubes.
    static constexpr int interactiveEdgeLimit = 1500;

private:
    void onInteraction(vtkObject *caller, unsigned long eventId, void *callData);
    void updateEdgeVisibility();
    void computeLayout();
    void rebuildNodes();
    void rebuildEdges();
    void rebuildMarker();
    void rebuildHighlight();
    void applyColourMap();

    struct Pipeline;
    std::unique_ptr<Pipeline> m_p;
    VtkWidget *m_widget = nullptr;
    std::vector<LonViewNode> m_nodes;
    std::vector<LonViewEdge> m_edges;
    std::vector<double> m_x, m_y, m_z; // world coordinates of the node centres
    std::vector<double> m_radius;      // world radius of each sphere
    int m_globalNode = -1;
    QString m_colourMap = QStringLiteral("viridis");
    QString m_title;
    bool m_interacting = false;
    std::optional<LonLayout> m_layout; // handed to setNetwork, consumed by computeLayout
    std::vector<int> m_highlighted;
    int m_hovered = -1;
    // The camera as resetCamera left it (position, focal point): still there
    // on a resize means the user has not moved it.
    std::array<double, 6> m_fittedCamera{};
};

} // namespace hplx
