#include "panels/SimilarityPanel.h"

#include "charts/HeatmapView.h"
#include "export/ChartFigure.h"
#include "jobs/Feedback.h"
#include "metrics/Similarity.h"
#include "panels/LandscapeLabels.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "vtk/ColourMaps.h"
#include "window/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

namespace hplx {

// Every measure of every ordered pair of a set of landscapes.
struct SimilarityMatrix
{
    std::string path; // the database the landscapes came from
    std::vector<qint64> ids;
    SimilarityOptions options;
    std::array<std::vector<double>, 5> values; // per Measure, n x n row-major, NaN: not comparable
    std::vector<std::uint64_t> compared;       // configurations evaluated in both
    QString error;                             // set when the job failed or was cancelled
    bool cancelled = false;

    double at(SimilarityPanel::Measure measure, int row, int column) const
    {
        const auto n = static_cast<int>(ids.size());
        if (row < 0 || column < 0 || row >= n || column >= n || !error.isEmpty())
            return std::numeric_limits<double>::quiet_NaN();
        return values[static_cast<std::size_t>(measure)][static_cast<std::size_t>(row * n + column)];
    }
};

namespace {

SimilarityMatrix computeMatrix(const std::string &path, const std::vector<qint64> &ids, Feedback &feedback)
{
    SimilarityMatrix matrix;
    matrix.path = path;
    matrix.ids = ids;
    const std::size_t n = ids.size();
    for (auto &values : matrix.values)
        values.assign(n * n, std::numeric_limits<double>::quiet_NaN());
    matrix.compared.assign(n * n, 0);
    LandscapeDatabase db(path); // one connection per thread
    std::vector<std::vector<double>> losses(n);
    {
        FeedbackStage stage(&feedback, 0.0, 0.4);
        for (std::size_t i = 0; i < n; ++i) {
            feedback.throwIfCancelled();
            losses[i] = db.loadLandscape(ids[i]).losses();
            feedback.setProgress(double(i + 1) / double(n), "loading landscapes");
        }
    }
    FeedbackStage stage(&feedback, 0.4, 1.0);
    // Every ordered pair: shake-up (top) depends on which landscape is the reference.
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            feedback.throwIfCancelled();
            const std::size_t k = i * n + j;
            try {
                const SimilarityResult r = compareLandscapes(losses[i], losses[j], matrix.options);
                matrix.values[0][k] = r.spearman;
                matrix.values[1][k] = r.shakeupAll;
                matrix.values[2][k] = r.shakeupTop;
                matrix.values[3][k] = r.gammaIoU;
                matrix.values[4][k] = r.gammaOverlap;
                matrix.compared[k] = r.compared;
            } catch (const Error &error) {
                if (error.kind() == ErrorKind::Cancelled)
                    throw;
                // Fewer than 2 common configurations: the cell stays NaN.
            }
        }
        feedback.setProgress(double(i + 1) / double(n), "comparing landscapes");
    }
    return matrix;
}

QString fidelityText(const LandscapeInfo &info)
{
    return info.key.fidelityValue ? QLocale().toString(*info.key.fidelityValue, 'g', 6) : QString();
}

} // namespace

SimilarityPanel::SimilarityPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("similarityPanel"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("similarityMode"));
    m_mode->addItem(tr("Datasets (at this fidelity and split)"));
    m_mode->addItem(tr("Datasets × fidelities (this split)"));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("similarityMeasure"));
    m_measure->addItem(tr("Spearman ρ"));
    m_measure->addItem(tr("Shake-up (all)"));
    m_measure->addItem(tr("Shake-up (top)"));
    m_measure->addItem(tr("γ-set IoU"));
    m_measure->addItem(tr("γ-set overlap"));
    m_measure->setItemData(0, tr("Spearman rank correlation of the losses on the configurations both evaluated"),
                           Qt::ToolTipRole);
    m_measure->setItemData(1, tr("Mean |rank difference| / n over all common configurations (0: same ranking)"),
                           Qt::ToolTipRole);
    m_measure->setItemData(
        2, tr("Mean |rank difference| / n over the best 10 % of the row landscape (0: same ranking)"), Qt::ToolTipRole);
    m_measure->setItemData(3, tr("Intersection over union of the best-10 % sets"), Qt::ToolTipRole);
    m_measure->setItemData(4, tr("Share of the row landscape's best 10 % that is also among the column's"),
                           Qt::ToolTipRole);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("similarityHeading"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("similarityStatus"));
    m_retry = new QPushButton(tr("Compute again"), this);
    m_retry->hide();
    m_heatmap = new HeatmapView(this);
    m_heatmap->setObjectName(QStringLiteral("similarityHeatmap"));
    m_heatmap->setToolTipDetail([this](int row, int column) {
        if (!m_shown || !m_matrix)
            return QString();
        const auto n = m_matrix->ids.size();
        const std::uint64_t compared = m_matrix->compared[std::size_t(row) * n + std::size_t(column)];
        return compared < 2 ? tr("Fewer than 2 configurations evaluated in both.")
                            : tr("%L1 configurations evaluated in both.").arg(compared);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare:"), this));
    bar->addWidget(m_mode);
    bar->addWidget(new QLabel(tr("Measure:"), this));
    bar->addWidget(m_measure);
    bar->addStretch(1);
    bar->addWidget(m_retry);
    // The status wraps rather than widening the panel.
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *info = new QHBoxLayout;
    info->addWidget(m_heading, 1);
    info->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(info);
    layout->addWidget(m_heatmap, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { reconsider(isVisible()); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, &SimilarityPanel::redraw);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_failedIds.clear();
        reconsider(true);
    });
    connect(m_heatmap, &HeatmapView::cellClicked, this, [this](int row, int column) {
        const auto ids = landscapeIds();
        if (row != column && row < int(ids.size()) && column < int(ids.size()))
            Q_EMIT openPair(ids[std::size_t(row)], ids[std::size_t(column)]);
    });
    connect(m_workspace, &Workspace::landscapesChanged, this, [this] {
        // A job started for another selection was dropped by the workspace.
        if (!m_pendingIds.empty()
            && (m_pendingPrimary != m_workspace->primaryId() || m_pendingCompare != m_workspace->compareId()))
            m_pendingIds.clear();
        reconsider(isVisible());
    });
    // A settings change also drops running jobs, without a new selection.
    connect(m_workspace, &Workspace::idle, this, [this] {
        if (!m_pendingIds.empty()) {
            m_pendingIds.clear();
            reconsider(isVisible());
        }
    });
    reconsider(false);
}

SimilarityPanel::~SimilarityPanel() = default;

void SimilarityPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(static_cast<int>(mode));
}

SimilarityPanel::Mode SimilarityPanel::mode() const
{
    return static_cast<Mode>(m_mode->currentIndex());
}

void SimilarityPanel::setMeasure(Measure measure)
{
    m_measure->setCurrentIndex(static_cast<int>(measure));
}

SimilarityPanel::Measure SimilarityPanel::measure() const
{
    return static_cast<Measure>(m_measure->currentIndex());
}

void SimilarityPanel::setColourMap(const QString &name)
{
    // A diverging map would put "no similarity" in the middle of [0, 1].
    const bool sequential = anchors(name).size() >= 2 && name != QLatin1String("coolwarm");
    m_colourMap = sequential ? name : QStringLiteral("viridis");
    redraw();
}

std::vector<qint64> SimilarityPanel::landscapeIds() const
{
    return m_shown && m_matrix ? m_matrix->ids : std::vector<qint64>{};
}

double SimilarityPanel::value(int row, int column) const
{
    if (!m_shown || !m_matrix)
        return std::numeric_limits<double>::quiet_NaN();
    return m_matrix->at(measure(), row, column);
}

void SimilarityPanel::refresh()
{
    reconsider(true);
}

void SimilarityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reconsider(true);
}

// The primary's family (space, model, loss, split; and fidelity in Datasets
// mode), datasets in catalogue order and fidelities ascending within each.
std::vector<qint64> SimilarityPanel::wantedIds() const
{
    const auto &db = m_workspace->database();
    if (!db || m_workspace->primaryId() == 0)
        return {};
    const LandscapeInfo &primary = db->landscapeInfo(m_workspace->primaryId());
    std::map<std::string, int> datasetOrder;
    std::vector<const LandscapeInfo *> members;
    for (const auto &info : db->landscapes()) {
        const LandscapeKey &k = info.key;
        if (info.spaceId != primary.spaceId || k.model != primary.key.model || k.lossName != primary.key.lossName
            || k.split != primary.key.split)
            continue;
        if (mode() == Mode::Datasets
            && (k.fidelityName != primary.key.fidelityName || k.fidelityValue != primary.key.fidelityValue))
            continue;
        datasetOrder.emplace(k.dataset, int(datasetOrder.size()));
        members.push_back(&info);
    }
    std::stable_sort(members.begin(), members.end(), [&](const LandscapeInfo *a, const LandscapeInfo *b) {
        const int da = datasetOrder[a->key.dataset], dbOrder = datasetOrder[b->key.dataset];
        if (da != dbOrder)
            return da < dbOrder;
        return a->key.fidelityValue < b->key.fidelityValue; // nullopt first
    });
    std::vector<qint64> ids;
    for (const LandscapeInfo *info : members)
        ids.push_back(info->id);
    return ids;
}

void SimilarityPanel::reconsider(bool compute)
{
    const std::vector<qint64> ids = wantedIds();
    const auto &db = m_workspace->database();
    if (db && !ids.empty()) {
        const LandscapeKey &key = db->landscapeInfo(m_workspace->primaryId()).key;
        QString heading = tr("%1 · %2 · split %3")
                              .arg(QString::fromStdString(key.model), QString::fromStdString(key.lossName),
                                   QString::fromStdString(key.split));
        if (mode() == Mode::Datasets && key.fidelityValue)
            heading += QStringLiteral(" · %1 = %2")
                           .arg(QString::fromStdString(key.fidelityName),
                                fidelityText(db->landscapeInfo(m_workspace->primaryId())));
        m_heading->setText(heading);
    } else {
        m_heading->clear();
    }
    m_shown = m_matrix && m_matrix->ids == ids && !ids.empty() && m_matrix->path == db->path();
    if (ids.size() < 2) {
        m_shown = false;
        m_status->clear();
        m_heatmap->setPlaceholderText(ids.empty() ? tr("Select a landscape.")
                                                  : tr("Only one landscape of this model, loss and split here: "
                                                       "nothing to compare it with."));
    } else if (!m_shown && m_pendingIds != ids && m_failedIds != ids) {
        if (compute) {
            startJob(ids);
        } else {
            m_status->clear();
            m_heatmap->setPlaceholderText(tr("The matrix is computed when this tab is shown."));
        }
    }
    m_retry->setVisible(!m_shown && !ids.empty() && ids == m_failedIds);
    redraw();
    if (m_shown)
        Q_EMIT matrixShown();
}

void SimilarityPanel::startJob(const std::vector<qint64> &ids)
{
    m_pendingIds = ids;
    m_pendingPrimary = m_workspace->primaryId();
    m_pendingCompare = m_workspace->compareId();
    m_status->setText(tr("Comparing %n landscapes…", nullptr, int(ids.size())));
    m_heatmap->setPlaceholderText(tr("Comparing %n landscapes…", nullptr, int(ids.size())));
    const std::string path = m_workspace->database()->path();
    QStringList idTexts;
    for (const qint64 id : ids)
        idTexts << QString::number(id);
    const QString key =
        QStringLiteral("similarity:%1:%2").arg(QString::fromStdString(path), idTexts.join(QLatin1Char(',')));
    m_workspace->runJob<SimilarityMatrix>(
        tr("Similarity of %n landscapes", nullptr, int(ids.size())), key,
        [path, ids](Feedback &feedback) {
            try {
                return computeMatrix(path, ids, feedback);
            } catch (const std::exception &error) {
                // Reported here rather than as a failed job, so the panel
                // knows not to start it again by itself.
                SimilarityMatrix failed;
                failed.ids = ids;
                const auto *e = dynamic_cast<const Error *>(&error);
                failed.cancelled = e && e->kind() == ErrorKind::Cancelled;
                failed.error = QString::fromStdString(error.what());
                return failed;
            }
        },
        [this](std::shared_ptr<const SimilarityMatrix> matrix) {
            if (matrix->ids != m_pendingIds)
                return;
            m_pendingIds.clear();
            if (!matrix->error.isEmpty()) {
                m_failedIds = matrix->ids;
                m_status->setText(matrix->cancelled ? tr("Cancelled.") : tr("Failed: %1").arg(matrix->error));
                m_heatmap->setPlaceholderText(matrix->cancelled ? tr("The comparison was cancelled.")
                                                                : tr("The comparison failed: %1").arg(matrix->error));
                reconsider(false);
                return;
            }
            m_matrix = std::move(matrix);
            m_status->clear();
            reconsider(false);
        });
}

void SimilarityPanel::redraw()
{
    if (!m_shown || !m_matrix) {
        m_heatmap->setData({}, {}, {});
        return;
    }
    const auto &db = m_workspace->database();
    const SimilarityMatrix &matrix = *m_matrix;
    const int n = static_cast<int>(matrix.ids.size());
    QStringList labels;
    QString fidelityName;
    for (const qint64 id : matrix.ids) {
        const LandscapeInfo &info = db->landscapeInfo(id);
        QString label = QString::fromStdString(info.key.dataset);
        if (mode() == Mode::DatasetsFidelities && info.key.fidelityValue) {
            label += QStringLiteral(" · ") + fidelityText(info);
            fidelityName = QString::fromStdString(info.key.fidelityName);
        }
        labels << label;
    }
    // Same label twice (e.g. two imports of one run): tell them apart by id.
    for (int i = 0; i < n; ++i)
        if (labels.count(labels[i]) > 1)
            labels[i] += QStringLiteral(" (#%1)").arg(matrix.ids[std::size_t(i)]);

    const Measure m = measure();
    std::vector<double> values(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    double minimum = 0.0, maximum = 0.0;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const double v = matrix.at(m, r, c);
            values[std::size_t(r * n + c)] = v;
            if (std::isfinite(v)) {
                minimum = std::min(minimum, v);
                maximum = std::max(maximum, v);
            }
        }
    m_heatmap->setData(labels, labels, std::move(values));
    const QString axis = fidelityName.isEmpty() ? tr("Dataset") : tr("Dataset · %1").arg(fidelityName);
    m_heatmap->setAxisTitles(axis, axis);
    const QString gamma = QLocale().toString(matrix.options.gamma, 'g', 3);
    const QString top = QLocale().toString(100.0 * matrix.options.shakeupTop, 'g', 3);
    switch (m) {
    case Measure::Spearman:
        // Diverging around 0 only when some pair ranks in opposite directions.
        if (minimum < 0.0)
            m_heatmap->setColourScale(QStringLiteral("coolwarm"), -1.0, 1.0);
        else
            m_heatmap->setColourScale(m_colourMap, 0.0, 1.0);
        m_heatmap->setColourBarTitle(tr("Spearman ρ of the losses"));
        break;
    case Measure::ShakeupAll:
    case Measure::ShakeupTop: {
        // From 0 (same ranking) to the largest value rounded up to 0.05.
        const double high = std::max(0.05, std::ceil(maximum / 0.05 - 1e-9) * 0.05);
        m_heatmap->setColourScale(m_colourMap, 0.0, high);
        m_heatmap->setColourBarTitle(m == Measure::ShakeupAll
                                         ? tr("Shake-up, all: mean |Δrank| / n")
                                         : tr("Shake-up, top %1 % of row: mean |Δrank| / n").arg(top));
        break;
    }
    case Measure::GammaIoU:
        m_heatmap->setColourScale(m_colourMap, 0.0, 1.0);
        m_heatmap->setColourBarTitle(tr("γ-set IoU (γ = %1)").arg(gamma));
        break;
    case Measure::GammaOverlap:
        m_heatmap->setColourScale(m_colourMap, 0.0, 1.0);
        m_heatmap->setColourBarTitle(tr("γ-set overlap |A ∩ B| / |A| (γ = %1)").arg(gamma));
        break;
    }

    // Outline the pair being compared (both ways), or the primary alone.
    auto indexOf = [&](qint64 id) {
        const auto it = std::find(matrix.ids.begin(), matrix.ids.end(), id);
        return it == matrix.ids.end() ? -1 : int(it - matrix.ids.begin());
    };
    const int p = indexOf(m_workspace->primaryId());
    const int c = m_workspace->compareId() ? indexOf(m_workspace->compareId()) : -1;
    std::vector<std::pair<int, int>> outlined;
    if (p >= 0 && c >= 0)
        outlined = {{p, c}, {c, p}};
    else if (p >= 0)
        outlined = {{p, p}};
    m_heatmap->setOutlinedCells(std::move(outlined));
    m_heatmap->setEmphasised(p, c >= 0 ? c : p);
    m_heatmap->setToolTip(QString());
    m_status->setText(tr("Click a cell to compare its two landscapes side by side."));
}

QString SimilarityPanel::figureTitle() const
{
    const QString heading = m_heading->text();
    return heading.isEmpty() ? tr("Similarity") : tr("Similarity — %1").arg(heading);
}

void SimilarityPanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    // The matrix measures its labels with its own font. The outlined pair
    // and bold labels mark what is being compared on screen: not in a figure.
    const QFont font = m_heatmap->font();
    const std::vector<std::pair<int, int>> outlined = m_heatmap->outlinedCells();
    const int row = m_heatmap->emphasisedRow(), column = m_heatmap->emphasisedColumn();
    m_heatmap->setFont(scaledFont(font, fontScale));
    m_heatmap->setOutlinedCells({});
    m_heatmap->setEmphasised(-1, -1);
    m_heatmap->paintFigure(painter, target);
    m_heatmap->setOutlinedCells(outlined);
    m_heatmap->setEmphasised(row, column);
    m_heatmap->setFont(font);
}

} // namespace hplx
