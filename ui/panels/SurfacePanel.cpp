#include "panels/SurfacePanel.h"

#include "embed/Delaunay2D.h"
#include "export/ChartFigure.h"
#include "export/VtkFigure.h"
#include "jobs/Feedback.h"
#include "metrics/Statistics.h"
#include "model/SelectionHub.h"
#include "panels/LandscapeLabels.h"
#include "vtk/SurfaceView.h"
#include "vtk/VtkWidget.h"
#include "window/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace hplx {

namespace {

enum ColourBy { ByRank = -2, ByLoss = -1 }; // >= 0: an HP index

} // namespace

SurfacePanel::SurfacePanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("surfacePanel"));
    m_view = new SurfaceView(this);
    m_colourBy = new QComboBox(this);
    m_colourBy->setObjectName(QStringLiteral("surfaceColourBy"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("surfaceMode"));
    m_mode->addItem(tr("3-D terrain"));
    m_mode->addItem(tr("Top-down map"));
    m_contours = new QCheckBox(tr("Contours"), this);
    m_contours->setChecked(true);
    m_points = new QCheckBox(tr("Points"), this);
    m_points->setChecked(true);
    auto *reset = new QPushButton(tr("Reset view"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("surfaceStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Colour:"), this));
    bar->addWidget(m_colourBy);
    bar->addWidget(m_mode);
    bar->addWidget(m_contours);
    bar->addWidget(m_points);
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_colourBy, &QComboBox::activated, this, &SurfacePanel::recolour);
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        m_view->setViewMode(index == 0 ? SurfaceView::ViewMode::ThreeD : SurfaceView::ViewMode::TopDown);
    });
    connect(m_contours, &QCheckBox::toggled, m_view, &SurfaceView::setContoursVisible);
    connect(m_points, &QCheckBox::toggled, m_view, &SurfaceView::setPointsVisible);
    connect(reset, &QPushButton::clicked, m_view, &SurfaceView::resetCamera);

    connect(m_workspace, &Workspace::embeddingChanged, this, &SurfacePanel::rebuild);
    connect(m_workspace, &Workspace::improvingChanged, this, &SurfacePanel::showMarkers);
    connect(m_workspace, &Workspace::landscapesChanged, this, &SurfacePanel::rebuild);
    SelectionHub *hub = m_workspace->selectionHub();
    connect(hub, &SelectionHub::selectionChanged, this, &SurfacePanel::showSelection);
    connect(m_view, &SurfaceView::pointPicked, this, [this](int row) {
        const auto &embedding = m_workspace->embedding();
        if (!embedding)
            return;
        std::vector<ConfigId> ids;
        if (row >= 0)
            ids.push_back(embedding->rows[static_cast<std::size_t>(row)]);
        m_workspace->selectionHub()->setSelection(std::move(ids), this);
    });
    connect(m_view, &SurfaceView::pointHovered, this, [this](int row) {
        const auto &embedding = m_workspace->embedding();
        std::optional<ConfigId> id;
        if (embedding && row >= 0)
            id = embedding->rows[static_cast<std::size_t>(row)];
        m_workspace->selectionHub()->setHovered(id, this);
    });
    m_view->setViewMode(SurfaceView::ViewMode::ThreeD);
    rebuild();
}

void SurfacePanel::setColourMap(const QString &name)
{
    m_view->setColourMap(name);
}

int SurfacePanel::rowOf(quint32 config) const
{
    return config < m_rowOf.size() ? m_rowOf[config] : -1;
}

void SurfacePanel::rebuild()
{
    const auto &embedding = m_workspace->embedding();
    const auto &set = m_workspace->landscapes();
    m_rowOf.clear();
    m_rank.clear();
    if (!set || !embedding) {
        m_view->setData({}, {}, {}, {}, QString());
        m_status->setText(set ? tr("Computing the embedding…") : tr("Select a landscape."));
        return;
    }
    const Landscape &landscape = *set->primaryLandscape();
    const std::size_t n = embedding->rows.size();
    m_rowOf.assign(landscape.space().size(), -1);
    std::vector<double> losses(n);
    for (std::size_t row = 0; row < n; ++row) {
        m_rowOf[embedding->rows[row]] = static_cast<int>(row);
        losses[row] = landscape.loss(embedding->rows[row]);
    }
    const std::vector<double> ranks = averageRanks(losses);
    m_rank.assign(ranks.begin(), ranks.end());

    // The previous terrain's rows no longer match; the new one appears when
    // its triangulation (the costly part, ~0.5 s at 60k points) is done.
    m_view->setData({}, {}, {}, {}, QString());
    auto geometry = std::make_shared<SurfaceGeometry>();
    geometry->x.resize(n);
    geometry->y.resize(n);
    for (std::size_t row = 0; row < n; ++row) {
        const auto r = static_cast<Eigen::Index>(row);
        geometry->x[row] = embedding->layout(r, 0);
        geometry->y[row] = embedding->layout.cols() > 1 ? embedding->layout(r, 1) : 0.0f;
    }
    const quint64 request = ++m_geometryRequest;
    m_workspace->runJob<SurfaceGeometry>(
        tr("Triangulating the surface"), QString(),
        [geometry](Feedback &) {
            SurfaceGeometry result = *geometry;
            result.triangles = delaunay(result.x, result.y);
            return result;
        },
        [this, request](std::shared_ptr<const SurfaceGeometry> result) {
            if (request != m_geometryRequest || result->x.size() != m_rank.size())
                return; // a newer layout is on its way
            // Lower loss is lower ground: height grows with the rank. The
            // colour choice only recolours, keeping the camera.
            m_view->setData(result->x, result->y, m_rank, m_rank, tr("Loss rank"), result->triangles);
            recolour();
            showMarkers();
            showSelection();
        });

    // Colour choices: rank, loss, then every HP of the space.
    const int previous = m_colourBy->currentData().isValid() ? m_colourBy->currentData().toInt() : ByRank;
    m_colourBy->clear();
    m_colourBy->addItem(tr("loss rank"), int(ByRank));
    m_colourBy->addItem(tr("loss"), int(ByLoss));
    for (std::size_t h = 0; h < landscape.space().dimension(); ++h)
        m_colourBy->addItem(QString::fromStdString(landscape.space().hp(h).name()), static_cast<int>(h));
    const int index = m_colourBy->findData(previous);
    m_colourBy->setCurrentIndex(index < 0 ? 0 : index);

    m_status->setText(tr("%L1 points · T = %2").arg(n).arg(QLocale().toString(embedding->trustworthiness, 'f', 3)));
    m_status->setToolTip(tr("HOPE embedding of the improving graph, reduced to 2-D by UMAP%1. T: trustworthiness "
                            "(k = %2) of the layout against the HOPE input; 1 keeps every neighbourhood.")
                             .arg(embedding->fromCache ? tr(" (from the result cache)") : QString())
                             .arg(embedding->options.trust.k));
}

void SurfacePanel::recolour()
{
    const auto &embedding = m_workspace->embedding();
    const auto &set = m_workspace->landscapes();
    if (!embedding || !set || m_rank.empty() || m_view->pointCount() == 0)
        return;
    const Landscape &landscape = *set->primaryLandscape();
    const std::size_t n = embedding->rows.size();
    std::vector<float> colour(n);
    const int by = m_colourBy->currentData().toInt();
    QString title = tr("Loss rank");
    QStringList levels;
    bool categorical = false;
    if (by == ByLoss) {
        title = QString::fromStdString(landscape.info().key.lossName);
    } else if (by >= 0) {
        const Hyperparameter &hp = landscape.space().hp(static_cast<std::size_t>(by));
        title = QString::fromStdString(hp.name());
        for (const std::string &label : hp.labels())
            levels.push_back(QString::fromStdString(label));
        categorical = hp.kind() == HpKind::Categorical;
    }
    for (std::size_t row = 0; row < n; ++row) {
        const ConfigId id = embedding->rows[row];
        if (by == ByRank)
            colour[row] = m_rank[row];
        else if (by == ByLoss)
            colour[row] = static_cast<float>(landscape.loss(id));
        else // the value's position in the HP's list: log-spaced grids read evenly
            colour[row] = static_cast<float>(landscape.space().valueIndex(id, static_cast<std::size_t>(by)));
        if (!std::isfinite(colour[row]))
            colour[row] = 0.0f;
    }
    // Ranks run over 1..n whatever the ties, so landscapes of one size share
    // a colour scale (and a composite figure can share one bar).
    if (by == ByRank)
        m_view->setColourRange(1.0, static_cast<double>(n));
    else
        m_view->setColourRange(0.0, 0.0); // automatic: the values' min..max
    m_view->setColours(std::move(colour), title, levels, categorical);
}

void SurfacePanel::showMarkers()
{
    const auto &improving = m_workspace->improving();
    if (!improving || m_rowOf.empty() || m_view->pointCount() == 0)
        return;
    if (improving->globalOptimum != kNoConfig && rowOf(improving->globalOptimum) >= 0)
        m_view->setGlobalOptimum(rowOf(improving->globalOptimum));
    std::vector<int> optima;
    std::vector<float> sizes;
    for (std::size_t i = 0; i < improving->localOptima.size(); ++i) {
        const ConfigId id = improving->localOptima[i];
        if (id == improving->globalOptimum || rowOf(id) < 0)
            continue;
        optima.push_back(rowOf(id));
        sizes.push_back(static_cast<float>(improving->basinSize[i]));
    }
    m_view->setLocalOptima(std::move(optima), std::move(sizes));
}

void SurfacePanel::showSelection()
{
    std::vector<int> rows;
    for (const ConfigId id : m_workspace->selectionHub()->selection())
        if (rowOf(id) >= 0)
            rows.push_back(rowOf(id));
    m_view->setHighlighted(std::move(rows));
}

QString SurfacePanel::figureTitle() const
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    return primary ? tr("Surface — %1").arg(figureLandscapeName(primary->info().key)) : tr("Surface");
}

void SurfacePanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    paintScene(painter, target, fontScale, true);
}

void SurfacePanel::paintScene(QPainter &painter, const QRectF &target, double fontScale, bool colourBar)
{
    if (!paintVtkFigureWithColourBar(
            m_view->vtkWidget(), painter, target, fontScale, figureColourScale(),
            [this](bool shown) { m_view->setColourBarVisible(shown); }, colourBar))
        paintFigureText(painter, target, Qt::AlignCenter, tr("The 3-D view is not shown yet."), font(), fontScale,
                        QColor(0x50, 0x50, 0x50));
}

std::optional<FigureColourScale> SurfacePanel::figureColourScale() const
{
    if (m_view->pointCount() == 0)
        return std::nullopt;
    FigureColourScale scale;
    scale.title = m_view->colourBarTitle();
    scale.map = m_view->colourMap();
    std::tie(scale.lo, scale.hi) = m_view->colourRange();
    scale.levels = m_view->colourLevels();
    scale.categorical = m_view->categoricalColours();
    return scale;
}

void SurfacePanel::paintFigureWithoutColourBar(QPainter &painter, const QRectF &target, double fontScale)
{
    paintScene(painter, target, fontScale, false);
}

} // namespace hplx
