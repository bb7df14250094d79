#include "panels/HpMarginalsPanel.h"

#include "export/ChartFigure.h"
#include "jobs/Feedback.h"
#include "metrics/Statistics.h"
#include "model/SelectionHub.h"
#include "panels/LandscapeLabels.h"
#include "util/Error.h"
#include "window/Workspace.h"

#include <QComboBox>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace hplx {

// What a box-plot job hands back: the scaled loss of every configuration
// (for the selection overlay) and one box per value of the HP.
struct MarginalBoxes
{
    qint64 landscapeId = 0;
    std::size_t hp = 0;
    LossScale scale = LossScale::Raw;
    std::vector<double> scaled; // per configuration id; NaN where not evaluated
    std::vector<BoxStatistics> boxes;
    std::string error; // set instead of boxes when the scale does not apply
};

// fANOVA errors (partial landscape, log of non-positive losses) belong in the
// panel, not in an error dialog, so the job returns them as data.
struct FanovaOutcome
{
    qint64 landscapeId = 0;
    LossScale scale = LossScale::Raw;
    std::optional<FanovaResult> result;
    std::string error;
};

namespace {

const QColor kBoxColour(0x9e, 0xc5, 0xe8);
const QColor kBoxEdge(0x2b, 0x5c, 0x8a);
const QColor kHighlightColour(0xf4, 0xa2, 0x61);
const QColor kSelectionColour(0xd6, 0x27, 0x28);
const QColor kOutlierColour(0x80, 0x80, 0x80);

// Losses on the chosen scale: log10 (the box axis reads in decades) or
// average ranks over the evaluated configurations (1 = best).
std::vector<double> scaledLosses(const Landscape &landscape, LossScale scale)
{
    std::vector<double> out = landscape.losses();
    if (scale == LossScale::Log) {
        for (double &v : out) {
            if (std::isnan(v))
                continue;
            if (v <= 0.0)
                throw Error(ErrorKind::InvalidData, "the log scale needs positive losses");
            v = std::log10(v);
        }
    } else if (scale == LossScale::Rank) {
        std::vector<double> evaluated;
        evaluated.reserve(out.size());
        for (double v : out)
            if (!std::isnan(v))
                evaluated.push_back(v);
        const std::vector<double> ranks = averageRanks(evaluated);
        std::size_t next = 0;
        for (double &v : out)
            if (!std::isnan(v))
                v = ranks[next++];
    }
    return out;
}

// A fixed horizontal offset in [-0.18, 0.18] per configuration, so the same
// point never jumps between redraws.
double jitter(ConfigId id)
{
    std::uint32_t h = id * 2654435761U;
    h ^= h >> 15;
    h *= 2246822519U;
    h ^= h >> 13;
    return (static_cast<double>(h % 1001U) / 1000.0 - 0.5) * 0.36;
}

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0.0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0})
        if (factor * power >= raw)
            return factor * power;
    return 10.0 * power;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString scaleName(LossScale scale)
{
    switch (scale) {
    case LossScale::Log:
        return HpMarginalsPanel::tr("log");
    case LossScale::Rank:
        return HpMarginalsPanel::tr("rank");
    case LossScale::Raw:
        break;
    }
    return HpMarginalsPanel::tr("raw");
}

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 220);
    return view;
}

QLabel *makeMessage(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

HpMarginalsPanel::HpMarginalsPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("hpMarginalsPanel"));
    m_hpCombo = new QComboBox(this);
    m_hpCombo->setObjectName(QStringLiteral("marginalHp"));
    m_hpCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hpCombo->setToolTip(tr("The hyperparameter whose values the box plot spreads the loss over."));
    m_scaleCombo = new QComboBox(this);
    m_scaleCombo->setObjectName(QStringLiteral("marginalScale"));
    m_scaleCombo->addItem(tr("raw loss"), static_cast<int>(LossScale::Raw));
    m_scaleCombo->addItem(tr("log loss"), static_cast<int>(LossScale::Log));
    m_scaleCombo->addItem(tr("loss rank"), static_cast<int>(LossScale::Rank));
    m_scaleCombo->setToolTip(tr("The loss scale of the box plot and of the functional ANOVA. "
                                "Heavy-tailed losses make raw-scale variance shares meaningless."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("marginalStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Hyperparameter:"), this));
    bar->addWidget(m_hpCombo);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Scale:"), this));
    bar->addWidget(m_scaleCombo);
    bar->addStretch(1);
    bar->addWidget(m_status);

    m_boxChart = new QChart;
    m_boxView = makeView(m_boxChart, this);
    m_boxView->setObjectName(QStringLiteral("marginalBoxView"));
    m_boxMessage = makeMessage(this);
    m_boxStack = new QStackedWidget(this);
    m_boxStack->addWidget(m_boxView);
    m_boxStack->addWidget(m_boxMessage);

    m_fanovaChart = new QChart;
    m_fanovaView = makeView(m_fanovaChart, this);
    m_fanovaView->setObjectName(QStringLiteral("fanovaView"));
    m_fanovaMessage = makeMessage(this);
    m_fanovaMessage->setObjectName(QStringLiteral("fanovaMessage"));
    m_fanovaStack = new QStackedWidget(this);
    m_fanovaStack->addWidget(m_fanovaView);
    m_fanovaStack->addWidget(m_fanovaMessage);
    m_fanovaSummary = new QLabel(this);
    m_fanovaSummary->setObjectName(QStringLiteral("fanovaSummary"));
    m_fanovaSummary->setWordWrap(true);
    auto *fanovaBox = new QWidget(this);
    auto *fanovaLayout = new QVBoxLayout(fanovaBox);
    fanovaLayout->setContentsMargins(0, 0, 0, 0);
    fanovaLayout->addWidget(m_fanovaStack, 1);
    fanovaLayout->addWidget(m_fanovaSummary);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_boxStack);
    splitter->addWidget(fanovaBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 900}); // shares of the width, about even

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_hpCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_highlighted = -1;
        requestBoxes();
    });
    connect(m_scaleCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_scale = static_cast<LossScale>(m_scaleCombo->currentData().toInt());
        refresh();
    });
    connect(m_workspace, &Workspace::landscapesChanged, this, &HpMarginalsPanel::landscapesChanged);
    connect(m_workspace->selectionHub(), &SelectionHub::selectionChanged, this, &HpMarginalsPanel::showSelection);
    landscapesChanged();
}

HpMarginalsPanel::~HpMarginalsPanel() = default;

int HpMarginalsPanel::hpIndex() const
{
    return m_hpCombo->currentIndex();
}

void HpMarginalsPanel::setHpIndex(int hp)
{
    m_hpCombo->setCurrentIndex(hp);
}

void HpMarginalsPanel::setLossScale(LossScale scale)
{
    m_scaleCombo->setCurrentIndex(m_scaleCombo->findData(static_cast<int>(scale)));
}

std::vector<BoxStatistics> HpMarginalsPanel::boxes() const
{
    return m_boxes ? m_boxes->boxes : std::vector<BoxStatistics>();
}

QString HpMarginalsPanel::fanovaText() const
{
    return m_fanovaFailed ? m_fanovaMessage->text() : m_fanovaSummary->text();
}

void HpMarginalsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void HpMarginalsPanel::landscapesChanged()
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    // Keep the chosen HP by name when the new landscape has it (e.g. another split).
    const QString chosen = m_hpCombo->currentText();
    QStringList names;
    if (primary)
        for (const Hyperparameter &hp : primary->space().hyperparameters())
            names << QString::fromStdString(hp.name());
    bool same = names.size() == m_hpCombo->count();
    for (int i = 0; same && i < names.size(); ++i)
        same = m_hpCombo->itemText(i) == names[i];
    if (!same) {
        const QSignalBlocker blocker(m_hpCombo);
        m_hpCombo->clear();
        m_hpCombo->addItems(names);
        m_hpCombo->setCurrentIndex(std::max(0, static_cast<int>(names.indexOf(chosen))));
        m_highlighted = -1;
    }
    m_boxes.reset();
    refresh();
}

void HpMarginalsPanel::refresh()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    requestBoxes();
    requestFanova();
}

QString HpMarginalsPanel::lossTitle() const
{
    const auto &set = m_workspace->landscapes();
    const QString loss = set ? QString::fromStdString(set->primaryLandscape()->info().key.lossName) : QString();
    switch (m_scale) {
    case LossScale::Log:
        return tr("log₁₀ %1").arg(loss);
    case LossScale::Rank:
        return tr("rank of %1 (1 = best)").arg(loss);
    case LossScale::Raw:
        break;
    }
    return loss;
}

void HpMarginalsPanel::requestBoxes()
{
    const auto &set = m_workspace->landscapes();
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (!set || m_hpCombo->currentIndex() < 0) {
        m_boxes.reset();
        m_boxMessage->setText(set                        ? tr("This landscape has no hyperparameters.")
                              : m_workspace->primaryId() ? tr("Loading…")
                                                         : tr("Select a landscape."));
        m_boxStack->setCurrentWidget(m_boxMessage);
        m_status->clear();
        return;
    }
    const auto primary = set->siblings[static_cast<std::size_t>(set->primary)];
    const auto hp = static_cast<std::size_t>(m_hpCombo->currentIndex());
    const LossScale scale = m_scale;
    m_status->setText(tr("Computing…"));
    const QString key = QStringLiteral("hp-marginals:%1:%2:%3:%4")
                            .arg(m_workspace->databasePath())
                            .arg(primary->info().id)
                            .arg(hp)
                            .arg(static_cast<int>(scale));
    m_workspace->runJob<MarginalBoxes>(
        tr("Loss by %1").arg(m_hpCombo->currentText()), key,
        [primary, hp, scale](Feedback &) {
            MarginalBoxes out;
            out.landscapeId = primary->info().id;
            out.hp = hp;
            out.scale = scale;
            try {
                out.scaled = scaledLosses(*primary, scale);
            } catch (const Error &error) {
                out.error = error.what();
                return out;
            }
            const SearchSpace &space = primary->space();
            std::vector<std::vector<double>> groups(space.hp(hp).size());
            for (ConfigId id = 0; id < space.size(); ++id)
                if (!std::isnan(out.scaled[id]))
                    groups[space.valueIndex(id, hp)].push_back(out.scaled[id]);
            for (auto &group : groups)
                out.boxes.push_back(boxStatistics(std::move(group)));
            return out;
        },
        [this](std::shared_ptr<const MarginalBoxes> boxes) { showBoxes(std::move(boxes)); });
}

void HpMarginalsPanel::showBoxes(std::shared_ptr<const MarginalBoxes> boxes)
{
    // A result for an HP or scale chosen before the latest change is stale.
    if (static_cast<int>(boxes->hp) != m_hpCombo->currentIndex() || boxes->scale != m_scale)
        return;
    m_boxes = std::move(boxes);
    m_status->clear();
    clearChart(m_boxChart);
    m_boxSeries = nullptr;
    m_outlierSeries = m_selectionSeries = nullptr;
    if (!m_boxes->error.empty()) {
        m_boxMessage->setText(
            tr("No box plot on the %1 scale: %2").arg(scaleName(m_scale), QString::fromStdString(m_boxes->error)));
        m_boxStack->setCurrentWidget(m_boxMessage);
        Q_EMIT boxesChanged();
        return;
    }
    const Landscape *primary = m_workspace->landscapes()->primaryLandscape();
    const Hyperparameter &hp = primary->space().hp(m_boxes->hp);

    m_boxSeries = new QBoxPlotSeries;
    m_boxSeries->setBoxWidth(0.55);
    m_outlierSeries = new QScatterSeries;
    m_outlierSeries->setMarkerSize(5);
    m_outlierSeries->setColor(kOutlierColour);
    m_outlierSeries->setBorderColor(kOutlierColour);
    m_selectionSeries = new QScatterSeries;
    m_selectionSeries->setMarkerSize(6);
    m_selectionSeries->setColor(kSelectionColour);
    m_selectionSeries->setBorderColor(Qt::white);

    QStringList categories;
    QList<QPointF> outliers;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (std::size_t v = 0; v < m_boxes->boxes.size(); ++v) {
        const BoxStatistics &box = m_boxes->boxes[v];
        const QString label = QString::fromStdString(hp.label(static_cast<std::uint32_t>(v)));
        categories << label;
        auto *set = new QBoxSet(label);
        if (box.count > 0) {
            set->setValue(QBoxSet::LowerExtreme, box.lowerWhisker);
            set->setValue(QBoxSet::LowerQuartile, box.lowerQuartile);
            set->setValue(QBoxSet::Median, box.median);
            set->setValue(QBoxSet::UpperQuartile, box.upperQuartile);
            set->setValue(QBoxSet::UpperExtreme, box.upperWhisker);
            low = std::min(low, box.minimum);
            high = std::max(high, box.maximum);
            for (double value : box.outliers)
                outliers.append(QPointF(static_cast<double>(v), value));
        }
        set->setPen(QPen(kBoxEdge, 1.2));
        set->setBrush(static_cast<int>(v) == m_highlighted ? kHighlightColour : kBoxColour);
        m_boxSeries->append(set);
    }
    m_outlierSeries->replace(outliers);
    m_boxChart->addSeries(m_boxSeries);
    m_boxChart->addSeries(m_outlierSeries);
    m_boxChart->addSeries(m_selectionSeries);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTitleText(QString::fromStdString(hp.name()));
    // The points share the boxes' frame: box v is centred on v, the category
    // axis spans [-0.5, n - 0.5].
    auto *pointAxis = new QValueAxis;
    pointAxis->setRange(-0.5, static_cast<double>(categories.size()) - 0.5);
    pointAxis->setVisible(false);
    auto *lossAxis = new QValueAxis;
    lossAxis->setTitleText(lossTitle());
    if (std::isfinite(low)) {
        const double pad = high > low ? 0.05 * (high - low) : std::max(0.5, std::abs(low) * 0.05);
        lossAxis->setRange(low - pad, high + pad);
        // Ticks at round multiples anchored at 0, without widening the range
        // (applyNiceNumbers would add a band of negative losses).
        lossAxis->setTickType(QValueAxis::TicksDynamic);
        lossAxis->setTickAnchor(0.0);
        lossAxis->setTickInterval(niceStep((high - low + 2 * pad) / 5.0));
        lossAxis->setLabelFormat(QStringLiteral("%g"));
    }
    m_boxChart->addAxis(categoryAxis, Qt::AlignBottom);
    m_boxChart->addAxis(pointAxis, Qt::AlignTop);
    m_boxChart->addAxis(lossAxis, Qt::AlignLeft);
    m_boxSeries->attachAxis(categoryAxis);
    m_boxSeries->attachAxis(lossAxis);
    for (QScatterSeries *series : {m_outlierSeries, m_selectionSeries}) {
        series->attachAxis(pointAxis);
        series->attachAxis(lossAxis);
    }
    m_boxChart->setTitle(tr("Loss by %1").arg(QString::fromStdString(hp.name())));
    connect(m_boxSeries, &QBoxPlotSeries::clicked, this, &HpMarginalsPanel::boxClicked);
    m_boxStack->setCurrentWidget(m_boxView);
    drawSelection();
    Q_EMIT boxesChanged();
}

void HpMarginalsPanel::boxClicked(QBoxSet *set)
{
    if (m_boxSeries)
        selectValue(static_cast<int>(m_boxSeries->boxSets().indexOf(set)));
}

void HpMarginalsPanel::selectValue(int valueIndex)
{
    const auto &set = m_workspace->landscapes();
    const int hp = m_hpCombo->currentIndex();
    if (!set || hp < 0)
        return;
    const Landscape *primary = set->primaryLandscape();
    const SearchSpace &space = primary->space();
    if (valueIndex < 0 || static_cast<std::uint32_t>(valueIndex) >= space.hp(static_cast<std::size_t>(hp)).size())
        return;
    std::vector<ConfigId> ids;
    for (ConfigId id = 0; id < space.size(); ++id)
        if (space.valueIndex(id, static_cast<std::size_t>(hp)) == static_cast<std::uint32_t>(valueIndex))
            ids.push_back(id);
    m_highlighted = valueIndex;
    m_workspace->selectionHub()->setSelection(std::move(ids), this);
    // The hub emits nothing when the selection did not change; draw anyway.
    drawSelection();
}

void HpMarginalsPanel::showSelection(QObject *source)
{
    // Another view's selection replaces the box this panel highlighted. The
    // echo of our own click keeps the highlight and draws no points: they
    // would just fill the highlighted box.
    if (source != this)
        m_highlighted = -1;
    drawSelection();
}

void HpMarginalsPanel::drawSelection()
{
    if (!m_boxSeries || !m_boxes)
        return;
    const QList<QBoxSet *> sets = m_boxSeries->boxSets();
    for (int v = 0; v < sets.size(); ++v)
        sets[v]->setBrush(v == m_highlighted ? kHighlightColour : kBoxColour);
    QList<QPointF> points;
    const std::vector<ConfigId> &selection = m_workspace->selectionHub()->selection();
    const Landscape *primary = m_workspace->landscapes()->primaryLandscape();
    std::size_t shown = 0;
    if (m_highlighted < 0) {
        for (ConfigId id : selection) {
            if (id >= m_boxes->scaled.size() || std::isnan(m_boxes->scaled[id]))
                continue;
            if (++shown > static_cast<std::size_t>(kMaxSelectionPoints))
                break;
            const double x = primary->space().valueIndex(id, m_boxes->hp) + jitter(id);
            points.append(QPointF(x, m_boxes->scaled[id]));
        }
    }
    m_selectionSeries->replace(points);
    if (shown > static_cast<std::size_t>(kMaxSelectionPoints))
        m_status->setText(
            tr("Showing %L1 of %L2 selected configurations as points.").arg(kMaxSelectionPoints).arg(selection.size()));
    else
        m_status->clear();
}

void HpMarginalsPanel::requestFanova()
{
    const auto &set = m_workspace->landscapes();
    m_bars.clear();
    if (!set) {
        m_fanovaFailed = false;
        clearChart(m_fanovaChart);
        m_fanovaSummary->clear();
        m_fanovaMessage->setText(m_workspace->primaryId() ? tr("Loading…") : tr("Select a landscape."));
        m_fanovaStack->setCurrentWidget(m_fanovaMessage);
        return;
    }
    const auto primary = set->siblings[static_cast<std::size_t>(set->primary)];
    FanovaOptions options;
    options.scale = m_scale;
    const QString key = QStringLiteral("fanova:%1:%2:%3")
                            .arg(m_workspace->databasePath())
                            .arg(primary->info().id)
                            .arg(static_cast<int>(m_scale));
    m_workspace->runJob<FanovaOutcome>(
        tr("Functional ANOVA of %1").arg(QString::fromStdString(primary->info().key.describe())), key,
        [primary, options](Feedback &feedback) {
            FanovaOutcome out;
            out.landscapeId = primary->info().id;
            out.scale = options.scale;
            feedback.throwIfCancelled();
            try {
                out.result = functionalAnova(*primary, options);
            } catch (const Error &error) {
                if (error.kind() == ErrorKind::Cancelled)
                    throw;
                out.error = error.what();
            }
            return out;
        },
        [this](std::shared_ptr<const FanovaOutcome> outcome) { showFanova(std::move(outcome)); });
}

void HpMarginalsPanel::showFanova(std::shared_ptr<const FanovaOutcome> outcome)
{
    if (outcome->scale != m_scale)
        return; // a scale chosen before the latest change
    clearChart(m_fanovaChart);
    m_bars.clear();
    m_fanovaFailed = !outcome->result;
    if (m_fanovaFailed) {
        m_fanovaMessage->setText(tr("No functional ANOVA on the %1 scale: %2")
                                     .arg(scaleName(m_scale), QString::fromStdString(outcome->error)));
        m_fanovaSummary->clear();
        m_fanovaStack->setCurrentWidget(m_fanovaMessage);
        Q_EMIT fanovaChanged();
        return;
    }
    const FanovaResult &result = *outcome->result;
    const Landscape *primary = m_workspace->landscapes()->primaryLandscape();
    auto name = [primary](std::size_t h) { return QString::fromStdString(primary->space().hp(h).name()); };
    std::vector<FanovaBar> all;
    for (const FanovaTerm &term : result.singles)
        all.push_back({name(term.hps[0]), term.share});
    for (const FanovaTerm &term : result.pairs)
        all.push_back({tr("%1 × %2").arg(name(term.hps[0]), name(term.hps[1])), term.share});
    // Largest first; equal shares keep HP order (main effects before pairs).
    std::stable_sort(all.begin(), all.end(), [](const FanovaBar &a, const FanovaBar &b) { return a.share > b.share; });
    double total = 0.0;
    for (const FanovaBar &bar : all)
        total += bar.share;
    const std::size_t shown = std::min<std::size_t>(all.size(), kMaxBars);
    m_bars.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(shown));

    if (result.constant) {
        m_fanovaFailed = true;
        m_bars.clear();
        m_fanovaMessage->setText(
            tr("The loss is constant on the %1 scale: there is no variance to decompose.").arg(scaleName(m_scale)));
        m_fanovaSummary->clear();
        m_fanovaStack->setCurrentWidget(m_fanovaMessage);
        Q_EMIT fanovaChanged();
        return;
    }

    auto *bars = new QBarSet(tr("share of variance"));
    bars->setColor(kBoxEdge);
    bars->setBorderColor(kBoxEdge);
    bars->setLabelColor(Qt::black);
    QStringList categories;
    double largest = 0.0;
    // A horizontal bar chart draws its first category at the bottom: append
    // in reverse so the largest share is on top.
    for (std::size_t i = shown; i-- > 0;) {
        bars->append(100.0 * m_bars[i].share);
        categories << m_bars[i].label;
        largest = std::max(largest, 100.0 * m_bars[i].share);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(bars);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    m_fanovaChart->addSeries(series);
    auto *termAxis = new QBarCategoryAxis;
    termAxis->append(categories);
    auto *shareAxis = new QValueAxis;
    // Room on the right for the value labels.
    shareAxis->setRange(0.0, std::min(100.0, largest * 1.2 + 1.0));
    shareAxis->applyNiceNumbers();
    shareAxis->setLabelFormat(QStringLiteral("%g"));
    shareAxis->setTitleText(tr("share of variance (%), %1 scale").arg(scaleName(m_scale)));
    m_fanovaChart->addAxis(termAxis, Qt::AlignLeft);
    m_fanovaChart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(termAxis);
    series->attachAxis(shareAxis);
    m_fanovaChart->setTitle(tr("Functional ANOVA"));

    double shownSum = 0.0;
    for (const FanovaBar &bar : m_bars)
        shownSum += bar.share;
    const QLocale locale;
    auto percent = [&locale](double share) { return locale.toString(100.0 * share, 'f', 1) + QStringLiteral(" %"); };
    QString text = tr("Exact decomposition over %L1 configurations. %2 largest of %3 terms shown (%4).")
                       .arg(primary->evaluatedCount())
                       .arg(shown)
                       .arg(all.size())
                       .arg(percent(shownSum));
    if (shown < all.size())
        text += QLatin1Char(' ') + tr("The other %1 terms: %2.").arg(all.size() - shown).arg(percent(total - shownSum));
    // Main effects and pairs do not exhaust the variance on a grid with more
    // than two HPs: the rest belongs to interactions of three or more.
    if (primary->space().dimension() > 2)
        text +=
            QLatin1Char(' ') + tr("Interactions of three or more HPs: %1.").arg(percent(std::max(0.0, 1.0 - total)));
    m_fanovaSummary->setText(text);
    m_fanovaStack->setCurrentWidget(m_fanovaView);
    Q_EMIT fanovaChanged();
}

QString HpMarginalsPanel::figureTitle() const
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    return primary ? tr("Hyperparameter importance — %1").arg(figureLandscapeName(primary->info().key))
                   : tr("Hyperparameter importance");
}

void HpMarginalsPanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    // Two charts side by side need about 760 units at the view's text size.
    paintAtLeastWide(painter, target, 760.0,
                     [this, fontScale](QPainter &p, const QRectF &r) { paintPanels(p, r, fontScale); });
}

void HpMarginalsPanel::paintPanels(QPainter &painter, const QRectF &target, double fontScale)
{
    const QColor grey(0x50, 0x50, 0x50);
    const double gap = 6.0;
    // The bars' labels ("eta × max_depth") need the room: Qt Charts gives an
    // axis at most 40 % of its chart's width and elides the rest.
    const double boxWidth = 0.4 * (target.width() - gap);
    const QRectF left(target.topLeft(), QSizeF(boxWidth, target.height()));
    QRectF right(QPointF(target.left() + boxWidth + gap, target.top()),
                 QSizeF(target.width() - boxWidth - gap, target.height()));
    const int wrap = Qt::AlignCenter | Qt::TextWordWrap;
    if (m_boxStack->currentWidget() == m_boxView)
        paintChartFigure(m_boxChart, painter, left, fontScale);
    else
        paintFigureText(painter, left, wrap, m_boxMessage->text(), font(), fontScale, grey);
    if (m_fanovaFailed || m_fanovaStack->currentWidget() != m_fanovaView) {
        paintFigureText(painter, right, wrap, m_fanovaMessage->text(), font(), fontScale, grey);
        return;
    }
    // What the bars leave out, under the chart as in the panel, a little
    // smaller than the chart's text.
    const QString summary = m_fanovaSummary->text();
    if (!summary.isEmpty()) {
        const double noteScale = 0.85 * fontScale;
        const QRectF box = right.adjusted(8, 0, -8, 0);
        const QFontMetricsF metrics(scaledFont(font(), noteScale));
        const QRectF text = metrics.boundingRect(box, Qt::TextWordWrap, summary);
        const double height = std::min(text.height() + 4.0, right.height() / 3.0);
        paintFigureText(painter, QRectF(box.left(), right.bottom() - height, box.width(), height),
                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, summary, font(), noteScale, grey);
        right.setBottom(right.bottom() - height);
    }
    paintChartFigure(m_fanovaChart, painter, right, fontScale);
}

} // namespace hplx
