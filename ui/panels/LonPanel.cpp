#include "panels/LonPanel.h"

#include "export/ChartFigure.h"
#include "export/VtkFigure.h"
#include "jobs/Feedback.h"
#include "model/SelectionHub.h"
#include "panels/LandscapeLabels.h"
#include "vtk/LonView.h"
#include "vtk/VtkWidget.h"
#include "window/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace hplx {

LonPanel::LonPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("lonPanel"));
    m_view = new LonView(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lonStatus"));
    auto *reset = new QPushButton(tr("Reset view"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(reset, &QPushButton::clicked, m_view, &LonView::resetCamera);
    connect(m_workspace, &Workspace::lonChanged, this, &LonPanel::rebuild);
    connect(m_workspace, &Workspace::landscapesChanged, this, &LonPanel::rebuild);
    connect(m_workspace->selectionHub(), &SelectionHub::selectionChanged, this, &LonPanel::showSelection);
    connect(m_view, &LonView::nodePicked, this, &LonPanel::selectBasin);
    connect(m_view, &LonView::nodeHovered, this, [this](int node) {
        const auto &lon = m_workspace->lon();
        std::optional<ConfigId> id;
        if (lon && node >= 0)
            id = lon->nodes[static_cast<std::size_t>(node)].config;
        m_workspace->selectionHub()->setHovered(id, this);
    });
    rebuild();
}

void LonPanel::setColourMap(const QString &name)
{
    m_view->setColourMap(name);
}

void LonPanel::rebuild()
{
    const auto &lon = m_workspace->lon();
    const auto &set = m_workspace->landscapes();
    if (!lon || !set) {
        m_view->setNetwork({}, {}, -1, QString());
        m_status->setText(set ? tr("Computing the local optima network…") : tr("Select a landscape."));
        return;
    }
    std::vector<LonViewNode> nodes;
    nodes.reserve(lon->nodes.size());
    for (const LonNode &node : lon->nodes)
        nodes.push_back({static_cast<float>(node.loss), static_cast<double>(node.basinSize)});
    std::vector<LonViewEdge> edges;
    edges.reserve(lon->edges.size());
    for (const LonEdge &edge : lon->edges)
        edges.push_back({static_cast<int>(edge.from), static_cast<int>(edge.to), edge.weight, edge.monotonic});
    // The force-directed layout is the costly part (seconds at a few
    // thousand optima): a job computes it, then the network is shown.
    m_view->setNetwork({}, {}, -1, QString());
    auto network = std::make_shared<const std::pair<std::vector<LonViewNode>, std::vector<LonViewEdge>>>(
        std::move(nodes), std::move(edges));
    const quint64 request = ++m_layoutRequest;
    const int globalNode = static_cast<int>(lon->globalNode);
    const QString title = QString::fromStdString(set->primaryLandscape()->info().key.lossName);
    m_workspace->runJob<LonLayout>(
        tr("Laying out the optima network"), QString(),
        [network](Feedback &) { return lonLayout(network->first.size(), network->second); },
        [this, request, network, globalNode, title](std::shared_ptr<const LonLayout> layout) {
            if (request != m_layoutRequest)
                return; // a newer network is on its way
            m_view->setNetwork(network->first, network->second, globalNode, title, *layout);
            showSelection();
        });
    m_status->setText(tr("%L1 local optima · %L2 edges (%L3 monotonic) · escape rate %4")
                          .arg(lon->nodes.size())
                          .arg(lon->edges.size())
                          .arg(lon->monotonicEdges)
                          .arg(QLocale().toString(lon->escapeRate, 'f', 3)));
    m_status->setToolTip(tr("Edges: 2-edit perturbations of an optimum that climb to another optimum at least %1 "
                            "times; escape rate: the share of perturbations that leave their basin.")
                             .arg(lon->options.minEdgeFrequency));
    showSelection();
}

void LonPanel::selectBasin(int node)
{
    const auto &lon = m_workspace->lon();
    const auto &improving = m_workspace->improving();
    if (!lon)
        return;
    std::vector<ConfigId> ids;
    if (node >= 0) {
        const ConfigId optimum = lon->nodes[static_cast<std::size_t>(node)].config;
        ids.push_back(optimum);
        // Its greedy basin, when the improving graph is known (the optimum is part of it).
        if (improving)
            for (ConfigId id = 0; id < improving->attractor.size(); ++id)
                if (improving->attractor[id] == optimum && id != optimum)
                    ids.push_back(id);
    }
    m_workspace->selectionHub()->setSelection(std::move(ids), this);
}

void LonPanel::showSelection()
{
    const auto &lon = m_workspace->lon();
    if (!lon || m_view->nodeCount() == 0)
        return;
    const SelectionHub *hub = m_workspace->selectionHub();
    std::vector<int> nodes;
    for (std::size_t i = 0; i < lon->nodes.size(); ++i)
        if (hub->isSelected(lon->nodes[i].config))
            nodes.push_back(static_cast<int>(i));
    m_view->setHighlighted(std::move(nodes));
}

QString LonPanel::figureTitle() const
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    return primary ? tr("Local optima network — %1").arg(figureLandscapeName(primary->info().key))
                   : tr("Local optima network");
}

void LonPanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    paintScene(painter, target, fontScale, true);
}

void LonPanel::paintScene(QPainter &painter, const QRectF &target, double fontScale, bool colourBar)
{
    if (!paintVtkFigureWithColourBar(
            m_view->vtkWidget(), painter, target, fontScale, figureColourScale(),
            [this](bool shown) { m_view->setColourBarVisible(shown); }, colourBar))
        paintFigureText(painter, target, Qt::AlignCenter, tr("The 3-D view is not shown yet."), font(), fontScale,
                        QColor(0x50, 0x50, 0x50));
}

std::optional<FigureColourScale> LonPanel::figureColourScale() const
{
    if (m_view->nodeCount() == 0)
        return std::nullopt;
    FigureColourScale scale;
    scale.title = m_view->colourBarTitle();
    scale.map = m_view->colourMap();
    std::tie(scale.lo, scale.hi) = m_view->colourRange();
    return scale;
}

void LonPanel::paintFigureWithoutColourBar(QPainter &painter, const QRectF &target, double fontScale)
{
    paintScene(painter, target, fontScale, false);
}

} // namespace hplx
