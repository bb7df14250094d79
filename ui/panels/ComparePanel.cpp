#include "panels/ComparePanel.h"

#include "export/ChartFigure.h"
#include "export/VtkFigure.h"
#include "metrics/Statistics.h"
#include "model/SelectionHub.h"
#include "panels/ConfigurationDetails.h"
#include "panels/LandscapeLabels.h"
#include "vtk/SurfaceView.h"
#include "vtk/VtkWidget.h"
#include "window/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace hplx {

namespace {

vtkCamera *cameraOf(SurfaceView *view)
{
    return view->vtkWidget()->renderer()->GetActiveCamera();
}

QString landscapeTitle(const LandscapeInfo &info)
{
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(info.key.dataset), splitAndFidelity(info.key));
}

} // namespace

ComparePanel::ComparePanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("comparePanel"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    m_mode->addItem(tr("3-D terrain"));
    m_mode->addItem(tr("Top-down map"));
    m_difference = new QCheckBox(tr("Difference"), this);
    m_difference->setObjectName(QStringLiteral("compareDifference"));
    m_difference->setToolTip(tr("A third view: rank in the compare landscape minus rank in the primary "
                                "(blue: better in the compare landscape, red: worse)"));
    auto *reset = new QPushButton(tr("Reset view"), this);
    m_controls = {m_mode, m_difference, reset};
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_difference);
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(m_status);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    auto *views = new QWidget(this);
    auto *row = new QHBoxLayout(views);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    for (int v = 0; v < 3; ++v) {
        m_columns[v] = new QWidget(views);
        m_titles[v] = new QLabel(m_columns[v]);
        m_titles[v]->setAlignment(Qt::AlignCenter);
        m_titles[v]->setWordWrap(true);
        m_views[v] = new SurfaceView(m_columns[v]);
        auto *column = new QVBoxLayout(m_columns[v]);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(m_titles[v]);
        column->addWidget(m_views[v], 1);
        row->addWidget(m_columns[v], 1);
    }
    m_views[Primary]->setObjectName(QStringLiteral("comparePrimaryView"));
    m_views[Compare]->setObjectName(QStringLiteral("compareCompareView"));
    m_views[Difference]->setObjectName(QStringLiteral("compareDifferenceView"));
    m_views[Difference]->setColourMap(QStringLiteral("coolwarm"));
    m_columns[Difference]->hide();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(views);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        const auto mode = index == 0 ? SurfaceView::ViewMode::ThreeD : SurfaceView::ViewMode::TopDown;
        // The primary last: its camera is the one the others follow.
        for (int v : {Difference, Compare, Primary})
            m_views[v]->setViewMode(mode);
    });
    connect(m_difference, &QCheckBox::toggled, this, &ComparePanel::setDifferenceVisible);
    connect(reset, &QPushButton::clicked, m_views[Primary], &SurfaceView::resetCamera);
    connect(m_workspace, &Workspace::landscapesChanged, this, &ComparePanel::rebuild);
    connect(m_workspace, &Workspace::embeddingChanged, this, &ComparePanel::rebuild);
    connect(m_workspace->selectionHub(), &SelectionHub::selectionChanged, this, &ComparePanel::showSelection);

    for (int v = 0; v < 3; ++v) {
        SurfaceView *view = m_views[v];
        connect(view, &SurfaceView::pointPicked, this, [this, v](int index) {
            std::vector<ConfigId> ids;
            if (index >= 0 && index < int(m_rows[v].size()))
                ids.push_back(m_rows[v][std::size_t(index)]);
            m_workspace->selectionHub()->setSelection(std::move(ids), this);
        });
        connect(view, &SurfaceView::pointHovered, this, [this, v](int index) {
            std::optional<ConfigId> id;
            if (index >= 0 && index < int(m_rows[v].size()))
                id = m_rows[v][std::size_t(index)];
            m_workspace->selectionHub()->setHovered(id, this);
        });
        // Any camera change (drag, wheel, reset) is copied to the other views.
        m_observers.push_back(cameraOf(view)->AddObserver(vtkCommand::ModifiedEvent, this, &ComparePanel::onCamera));
    }
    for (int v = 0; v < 3; ++v)
        m_views[v]->setViewMode(SurfaceView::ViewMode::ThreeD);
    rebuild();
}

ComparePanel::~ComparePanel()
{
    // The views (and their cameras) outlive this body: stop observing first.
    for (int v = 0; v < 3; ++v)
        cameraOf(m_views[v])->RemoveObserver(m_observers[std::size_t(v)]);
}

void ComparePanel::setColourMap(const QString &name)
{
    m_views[Primary]->setColourMap(name);
    m_views[Compare]->setColourMap(name);
}

void ComparePanel::setDifferenceVisible(bool visible)
{
    if (m_difference->isChecked() != visible) {
        m_difference->setChecked(visible); // comes back here through toggled
        return;
    }
    m_columns[Difference]->setVisible(visible);
    if (visible)
        rebuild(); // the hidden view is not kept up to date
    refitLater();
}

void ComparePanel::refitLater()
{
    // After the layout gave the views their new size: a camera fitted to the
    // old width would crop the terrain.
    QTimer::singleShot(0, this, [this] { m_views[Primary]->resetCamera(); });
}

bool ComparePanel::isDifferenceVisible() const
{
    return m_difference->isChecked();
}

QString ComparePanel::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

int ComparePanel::rowOf(View which, quint32 config) const
{
    const auto &rowOf = m_rowOf[which];
    return config < rowOf.size() ? rowOf[config] : -1;
}

void ComparePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the tab keeps the camera unless the data changed.
    if (m_builtSet != m_workspace->landscapes().get() || m_builtEmbedding != m_workspace->embedding().get()
        || !m_workspace->embedding())
        rebuild();
}

void ComparePanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    for (QWidget *control : m_controls)
        control->setEnabled(false);
    m_status->clear();
    for (auto &rows : m_rows)
        rows.clear();
    for (auto &rowOf : m_rowOf)
        rowOf.clear();
}

void ComparePanel::rebuild()
{
    const auto &set = m_workspace->landscapes();
    m_builtSet = set.get();
    m_builtEmbedding = m_workspace->embedding().get();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    const Landscape *compare = set ? set->compare.get() : nullptr;
    const QString howTo = tr("To pick one, Ctrl+click a second landscape in the Landscapes browser, or click a "
                             "cell of the matrix in the Similarity tab.");
    if (!primary) {
        setMessage(tr("Select a landscape."));
        return;
    }
    if (!compare) {
        setMessage(tr("No landscape to compare %1 with.\n\n%2").arg(landscapeTitle(primary->info()), howTo));
        return;
    }
    if (compare->info().spaceId != primary->info().spaceId) {
        setMessage(tr("%1 and %2 are on different search spaces, so their configurations cannot be placed side by "
                      "side.\n\n%3")
                       .arg(QString::fromStdString(primary->info().key.describe()),
                            QString::fromStdString(compare->info().key.describe()), howTo));
        return;
    }
    m_stack->setCurrentIndex(1);
    for (QWidget *control : m_controls)
        control->setEnabled(true);
    m_titles[Primary]->setText(tr("<b>Primary:</b> %1").arg(landscapeTitle(primary->info()).toHtmlEscaped()));
    m_titles[Compare]->setText(tr("<b>Compare:</b> %1").arg(landscapeTitle(compare->info()).toHtmlEscaped()));
    m_titles[Difference]->setText(tr("<b>Rank difference</b> (compare − primary)"));

    const auto &embedding = m_workspace->embedding();
    if (!embedding) {
        if (isVisible())
            m_workspace->requestEmbedding();
        for (auto *view : m_views)
            view->setData({}, {}, {}, {}, QString());
        for (auto &rows : m_rows)
            rows.clear();
        for (auto &rowOf : m_rowOf)
            rowOf.clear();
        m_status->setText(tr("Computing the layout of the primary landscape…"));
        return;
    }

    // Which layout rows each view draws, and each landscape's ranks on them.
    const std::size_t n = embedding->rows.size();
    const std::size_t spaceSize = primary->space().size();
    std::array<std::vector<std::size_t>, 3> layoutRows;
    std::vector<double> primaryLoss, compareLoss;
    for (std::size_t row = 0; row < n; ++row) {
        const ConfigId id = embedding->rows[row];
        if (!std::isnan(primary->loss(id))) {
            layoutRows[Primary].push_back(row);
            primaryLoss.push_back(primary->loss(id));
        }
        if (!std::isnan(compare->loss(id))) {
            layoutRows[Compare].push_back(row);
            compareLoss.push_back(compare->loss(id));
        }
    }
    const std::vector<double> primaryRank = averageRanks(primaryLoss);
    const std::vector<double> compareRank = averageRanks(compareLoss);
    std::vector<double> rankOf[2] = {std::vector<double>(spaceSize, std::nan("")),
                                     std::vector<double>(spaceSize, std::nan(""))};
    for (std::size_t i = 0; i < layoutRows[Primary].size(); ++i)
        rankOf[0][embedding->rows[layoutRows[Primary][i]]] = primaryRank[i];
    for (std::size_t i = 0; i < layoutRows[Compare].size(); ++i)
        rankOf[1][embedding->rows[layoutRows[Compare][i]]] = compareRank[i];
    for (std::size_t row = 0; row < n; ++row) {
        const ConfigId id = embedding->rows[row];
        if (!std::isnan(rankOf[0][id]) && !std::isnan(rankOf[1][id]))
            layoutRows[Difference].push_back(row);
    }

    // One scale for both rank views: rank 1 (best) .. the larger count.
    const double maxRank = double(std::max<std::size_t>({primaryLoss.size(), compareLoss.size(), 2}));
    double maxDifference = 1.0;
    for (std::size_t row : layoutRows[Difference]) {
        const ConfigId id = embedding->rows[row];
        maxDifference = std::max(maxDifference, std::abs(rankOf[1][id] - rankOf[0][id]));
    }
    const std::size_t inBoth = layoutRows[Difference].size();
    // Rounded up to 1, 2 or 5 times a power of ten: round colour-bar ends.
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxDifference)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * magnitude >= maxDifference - 1e-9) {
            maxDifference = factor * magnitude;
            break;
        }
    for (int v = 0; v < 3; ++v) {
        if (v == Difference && !isDifferenceVisible())
            layoutRows[v].clear(); // not drawn: skip its triangulation
        const auto &rows = layoutRows[v];
        std::vector<float> x(rows.size()), y(rows.size()), value(rows.size());
        m_rows[v].assign(rows.size(), 0);
        m_rowOf[v].assign(spaceSize, -1);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto r = static_cast<Eigen::Index>(rows[i]);
            const ConfigId id = embedding->rows[rows[i]];
            x[i] = embedding->layout(r, 0);
            y[i] = embedding->layout.cols() > 1 ? embedding->layout(r, 1) : 0.0f;
            const double d = v == Difference ? rankOf[1][id] - rankOf[0][id] : rankOf[v][id];
            value[i] = static_cast<float>(d);
            m_rows[v][i] = id;
            m_rowOf[v][id] = static_cast<int>(i);
        }
        SurfaceView *view = m_views[v];
        if (v == Difference) {
            // Symmetric around 0 so the diverging map's neutral colour is "no change".
            view->setColourRange(-maxDifference, maxDifference);
            view->setHeightRange(-maxDifference, maxDifference);
        } else {
            view->setColourRange(1.0, maxRank);
            view->setHeightRange(1.0, maxRank);
        }
        std::vector<float> height = value;
        view->setData(std::move(x), std::move(y), std::move(height), std::move(value),
                      v == Difference ? tr("Δ rank") : tr("Loss rank"));
    }
    // setData resets each camera; the primary's (last) is the one all follow.
    m_views[Primary]->resetCamera();
    refitLater();
    m_status->setText(tr("%L1 and %L2 evaluated configurations · %L3 in both")
                          .arg(layoutRows[Primary].size())
                          .arg(layoutRows[Compare].size())
                          .arg(inBoth));
    showSelection();
}

void ComparePanel::showSelection()
{
    const auto &selection = m_workspace->selectionHub()->selection();
    for (int v = 0; v < 3; ++v) {
        std::vector<int> rows;
        for (const ConfigId id : selection)
            if (rowOf(View(v), id) >= 0)
                rows.push_back(rowOf(View(v), id));
        m_views[v]->setHighlighted(std::move(rows));
    }
}

void ComparePanel::onCamera(vtkObject *caller, unsigned long, void *)
{
    if (m_syncing)
        return;
    m_syncing = true;
    auto *source = static_cast<vtkCamera *>(caller);
    for (SurfaceView *view : m_views) {
        vtkCamera *camera = cameraOf(view);
        if (camera == source)
            continue;
        camera->DeepCopy(source);
        camera->Modified(); // DeepCopy keeps the old time stamp, and cached matrices with it
        view->vtkWidget()->render();
    }
    m_syncing = false;
}

QString ComparePanel::figureTitle() const
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    if (!primary)
        return tr("Compare");
    if (!set->compare)
        return tr("Compare — %1").arg(figureLandscapeName(primary->info().key));
    return tr("Compare — %1 vs %2")
        .arg(figureLandscapeName(primary->info().key), figureLandscapeName(set->compare->info().key));
}

void ComparePanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    const QColor grey(0x50, 0x50, 0x50);
    if (m_stack->currentWidget() == m_message) {
        paintFigureText(painter, target, Qt::AlignCenter | Qt::TextWordWrap, m_message->text(), font(), fontScale,
                        grey);
        return;
    }
    std::vector<int> shown{Primary, Compare};
    if (isDifferenceVisible())
        shown.push_back(Difference);
    const double gap = 6.0;
    const auto count = static_cast<double>(shown.size());
    // Each view needs kMinVtkFigureWidth for its colour bar's text: narrower
    // figures are drawn that wide and scaled down, titles included, so all
    // text keeps one size.
    paintAtLeastWide(
        painter, target, count * kMinVtkFigureWidth + (count - 1) * gap, [&](QPainter &p, const QRectF &area) {
            const double width = (area.width() - gap * (count - 1)) / count;
            for (std::size_t i = 0; i < shown.size(); ++i) {
                const QRectF column(area.left() + double(i) * (width + gap), area.top(), width, area.height());
                paintColumn(p, column, shown[i], fontScale);
            }
        });
}

void ComparePanel::paintColumn(QPainter &painter, const QRectF &column, int v, double fontScale)
{
    const QFont titleFont = scaledFont(font(), fontScale);
    // Titles as in the panel (rich text: the bold lead word), two lines at most.
    const double titleHeight = 2.2 * QFontMetricsF(titleFont).height();
    QTextDocument title;
    title.setDefaultFont(titleFont);
    title.setDocumentMargin(0);
    title.setTextWidth(column.width());
    title.setHtml(QStringLiteral("<div align=\"center\">%1</div>").arg(m_titles[std::size_t(v)]->text()));
    painter.save();
    painter.translate(column.topLeft());
    title.drawContents(&painter, QRectF(0, 0, column.width(), titleHeight));
    painter.restore();
    const QRectF view(column.left(), column.top() + titleHeight, column.width(), column.height() - titleHeight);
    if (!paintVtkFigure(m_views[std::size_t(v)]->vtkWidget(), painter, view, fontScale))
        paintFigureText(painter, view, Qt::AlignCenter, tr("The 3-D view is not shown yet."), font(), fontScale,
                        QColor(0x50, 0x50, 0x50));
}

} // namespace hplx
