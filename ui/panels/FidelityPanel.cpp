#include "panels/FidelityPanel.h"

#include "export/ChartFigure.h"
#include "jobs/Feedback.h"
#include "metrics/Similarity.h"
#include "model/MetricDescriptions.h"
#include "panels/LandscapeLabels.h"
#include "util/Error.h"
#include "window/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hplx {

// Rank agreement of every fidelity with the highest one (the last step).
struct FidelityAgreement
{
    QString key; // the landscape ids it was computed for
    std::vector<double> fidelity;
    std::vector<double> spearman; // NaN where the pair could not be compared
    std::vector<double> gammaIoU;
    double gamma = 0.1;
};

namespace {

const QList<QColor> kPalette = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                QColor(0x17, 0xbe, 0xcf)};

// The landscape metrics of METRICS.md §2 (the keys before delta_l).
QStringList landscapeMetricKeys()
{
    QStringList keys = MetricDescriptions::keys();
    const auto end = keys.indexOf(QStringLiteral("delta_l"));
    return end >= 0 ? keys.mid(0, end) : keys;
}

QString formatFidelity(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Legends below keep the two plot areas aligned, so the marker lines match.
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 200);
    return view;
}

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0.0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0})
        if (factor * power >= raw - 1e-12 * power)
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

} // namespace

FidelityPanel::FidelityPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("fidelityPanel"));
    m_shown = defaultMetrics();

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("fidelityPrevious"));
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("Make the next lower fidelity the primary landscape"));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("fidelityNext"));
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Make the next higher fidelity the primary landscape"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("fidelitySlider"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(1);
    m_slider->setMaximumWidth(220);
    m_fidelityLabel = new QLabel(this);
    m_fidelityLabel->setObjectName(QStringLiteral("fidelityLabel"));
    m_metricButton = new QToolButton(this);
    m_metricButton->setObjectName(QStringLiteral("fidelityMetrics"));
    m_metricButton->setText(tr("Metrics"));
    m_metricButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_metricButton);
    for (const QString &key : landscapeMetricKeys()) {
        QAction *action = menu->addAction(QStringLiteral("%1 — %2").arg(key, metricName(key)));
        action->setData(key);
        action->setCheckable(true);
        action->setChecked(m_shown.contains(key));
        action->setToolTip(metricDescription(key));
        connect(action, &QAction::toggled, this, &FidelityPanel::chooseMetrics);
    }
    menu->setToolTipsVisible(true);
    m_metricButton->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fidelityStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_slider);
    bar->addWidget(m_next);
    bar->addWidget(m_fidelityLabel);
    bar->addSpacing(16);
    bar->addWidget(m_metricButton);
    bar->addStretch(1);
    bar->addWidget(m_status);

    m_metricsChart = new QChart;
    m_metricsView = makeView(m_metricsChart, this);
    m_metricsView->setObjectName(QStringLiteral("fidelityMetricsView"));
    m_agreementChart = new QChart;
    m_agreementView = makeView(m_agreementChart, this);
    m_agreementView->setObjectName(QStringLiteral("fidelityAgreementView"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_metricsView);
    splitter->addWidget(m_agreementView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *charts = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(bar);
    chartLayout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fidelityMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(charts);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    connect(m_previous, &QToolButton::clicked, this, [this] { stepBy(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepBy(1); });
    connect(m_slider, &QSlider::valueChanged, this, &FidelityPanel::stepTo);
    connect(m_workspace, &Workspace::landscapesChanged, this, &FidelityPanel::landscapesChanged);
    // New metric settings re-run the workspace's analysis, which announces itself here.
    connect(m_workspace, &Workspace::metricsChanged, this, &FidelityPanel::refresh);
    landscapesChanged();
}

FidelityPanel::~FidelityPanel() = default;

QStringList FidelityPanel::defaultMetrics()
{
    return {QStringLiteral("l_ast"), QStringLiteral("rho_a"), QStringLiteral("nu"), QStringLiteral("fdc")};
}

int FidelityPanel::currentStep() const
{
    const qint64 id = m_workspace->primaryId();
    for (std::size_t i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].landscapeId == id)
            return static_cast<int>(i);
    return -1;
}

void FidelityPanel::stepTo(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_steps.size() || index == currentStep())
        return;
    m_workspace->select(m_steps[static_cast<std::size_t>(index)].landscapeId, m_workspace->compareId());
    // Until the new landscapes load, show where we are going.
    updateStepper();
    redraw();
}

void FidelityPanel::setShownMetrics(const QStringList &keys)
{
    // Keep METRICS.md order so colours and legend entries stay put.
    QStringList shown;
    for (const QString &key : landscapeMetricKeys())
        if (keys.contains(key))
            shown << key;
    m_shown = shown;
    for (QAction *action : m_metricButton->menu()->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_shown.contains(action->data().toString()));
    }
    drawMetrics();
    Q_EMIT chartsChanged();
}

void FidelityPanel::chooseMetrics()
{
    QStringList keys;
    for (QAction *action : m_metricButton->menu()->actions())
        if (action->isChecked())
            keys << action->data().toString();
    setShownMetrics(keys);
}

void FidelityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void FidelityPanel::landscapesChanged()
{
    const auto &set = m_workspace->landscapes();
    if (!set) {
        // Loading (e.g. after a step): keep the axis, the stepper shows the target.
        if (m_workspace->primaryId() == 0 || currentStep() < 0) {
            m_steps.clear();
            m_message->setText(m_workspace->primaryId() ? tr("Loading…") : tr("Select a landscape."));
            m_stack->setCurrentWidget(m_message);
        }
        updateStepper();
        return;
    }
    const LandscapeKey &key = set->primaryLandscape()->info().key;
    m_steps.clear();
    m_fidelityName = QString::fromStdString(key.fidelityName);
    if (key.fidelityValue) {
        for (const auto &sibling : set->siblings) {
            const LandscapeKey &other = sibling->info().key;
            if (other.split == key.split && other.fidelityName == key.fidelityName && other.fidelityValue)
                m_steps.push_back({sibling->info().id, *other.fidelityValue});
        }
        std::stable_sort(m_steps.begin(), m_steps.end(),
                         [](const Step &a, const Step &b) { return a.fidelity < b.fidelity; });
    }
    if (m_steps.empty()) {
        m_message->setText(tr("%1 has no fidelity axis: there is nothing to compare across fidelities.")
                               .arg(QString::fromStdString(key.describe())));
        m_stack->setCurrentWidget(m_message);
        updateStepper();
        return;
    }
    m_stack->setCurrentIndex(0);
    updateStepper();
    refresh();
}

void FidelityPanel::updateStepper()
{
    const int current = currentStep();
    const int count = static_cast<int>(m_steps.size());
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max(0, count - 1));
        m_slider->setValue(std::max(0, current));
    }
    m_slider->setEnabled(count > 1);
    m_previous->setEnabled(current > 0);
    m_next->setEnabled(current >= 0 && current + 1 < count);
    m_fidelityLabel->setText(
        current >= 0 ? tr("fidelity: %1 = %2")
                           .arg(m_fidelityName, formatFidelity(m_steps[static_cast<std::size_t>(current)].fidelity))
                     : QString());
}

QString FidelityPanel::metricOptionsKey() const
{
    // The same key as the workspace's own metric jobs, so the JobRunner
    // coalesces the primary's computation with theirs.
    const MetricOptions &o = m_workspace->settings().metrics;
    return QStringLiteral("%1/%2/%3/%4/%5/%6")
        .arg(o.neutralityEps, 0, 'g', 17)
        .arg(o.neutralityRelative)
        .arg(o.walks)
        .arg(o.walkLength)
        .arg(o.seed)
        .arg(QString::fromStdString(o.assortativity + o.autocorrelation));
}

void FidelityPanel::refresh()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    const auto &set = m_workspace->landscapes();
    if (!set || m_steps.empty())
        return;
    m_dirty = false;
    const QString optionsKey = metricOptionsKey();
    const QString metricsFor = m_workspace->databasePath() + QLatin1Char('|') + optionsKey;
    if (metricsFor != m_metricsFor) {
        m_metrics.clear();
        m_metricsFor = metricsFor;
    }
    std::vector<std::shared_ptr<const Landscape>> landscapes;
    QString agreementKey = m_workspace->databasePath();
    for (const Step &step : m_steps) {
        for (const auto &sibling : set->siblings)
            if (sibling->info().id == step.landscapeId)
                landscapes.push_back(sibling);
        agreementKey += QLatin1Char(':') + QString::number(step.landscapeId);
    }
    const MetricOptions options = m_workspace->settings().metrics;
    for (const auto &landscape : landscapes) {
        const qint64 id = landscape->info().id;
        if (m_metrics.contains(id))
            continue;
        m_workspace->runJob<LandscapeMetrics>(
            tr("Metrics of %1").arg(QString::fromStdString(landscape->info().key.describe())),
            QStringLiteral("metrics:%1:%2:%3").arg(m_workspace->databasePath()).arg(id).arg(optionsKey),
            [landscape, options](Feedback &feedback) { return computeMetrics(*landscape, options, &feedback); },
            [this, id, metricsFor](std::shared_ptr<const LandscapeMetrics> metrics) {
                if (metricsFor != m_metricsFor)
                    return;
                m_metrics.insert(id, std::move(metrics));
                drawMetrics();
                Q_EMIT chartsChanged();
            });
    }
    if (!m_agreement || m_agreement->key != agreementKey) {
        m_agreement.reset();
        m_workspace->runJob<FidelityAgreement>(
            tr("Rank agreement across fidelities"), QStringLiteral("fidelity-agreement:") + agreementKey,
            [landscapes, agreementKey](Feedback &feedback) {
                FidelityAgreement out;
                out.key = agreementKey;
                const Landscape &reference = *landscapes.back();
                for (const auto &landscape : landscapes) {
                    feedback.throwIfCancelled();
                    out.fidelity.push_back(*landscape->info().key.fidelityValue);
                    double rho = std::numeric_limits<double>::quiet_NaN();
                    double iou = rho;
                    try {
                        const SimilarityResult similarity = compareLandscapes(landscape->losses(), reference.losses());
                        rho = similarity.spearman;
                        iou = similarity.gammaIoU;
                        out.gamma = similarity.options.gamma;
                    } catch (const Error &) {
                        // Fewer than two common configurations: no point for this fidelity.
                    }
                    out.spearman.push_back(rho);
                    out.gammaIoU.push_back(iou);
                }
                return out;
            },
            [this](std::shared_ptr<const FidelityAgreement> agreement) {
                m_agreement = std::move(agreement);
                drawAgreement();
                Q_EMIT chartsChanged();
            });
    }
    redraw();
}

void FidelityPanel::redraw()
{
    drawMetrics();
    drawAgreement();
    Q_EMIT chartsChanged();
}

QList<QPointF> FidelityPanel::metricPoints(const QString &key) const
{
    QList<QPointF> points;
    const std::string name = key.toStdString();
    for (const Step &step : m_steps) {
        const auto metrics = m_metrics.value(step.landscapeId);
        if (!metrics)
            continue;
        for (const MetricValue &value : metrics->values)
            if (value.key == name && std::isfinite(value.value))
                points.append(QPointF(step.fidelity, value.value));
    }
    return points;
}

QList<QPointF> FidelityPanel::agreementPoints(const QString &key) const
{
    QList<QPointF> points;
    if (!m_agreement)
        return points;
    const bool spearman = key == QLatin1String("spearman");
    if (!spearman && key != QLatin1String("gamma_set"))
        return points;
    for (std::size_t i = 0; i < m_agreement->fidelity.size(); ++i) {
        const double value = spearman ? m_agreement->spearman[i] : m_agreement->gammaIoU[i];
        if (std::isfinite(value))
            points.append(QPointF(m_agreement->fidelity[i], value));
    }
    return points;
}

double FidelityPanel::markerPosition() const
{
    const int current = currentStep();
    return current >= 0 ? m_steps[static_cast<std::size_t>(current)].fidelity
                        : std::numeric_limits<double>::quiet_NaN();
}

namespace {

// Lines with point markers over a shared fidelity axis (log when all values
// are positive and span at least a factor 10), a dashed vertical line at the
// current fidelity, and y from the data (or fixed, e.g. [-1, 1]).
void drawLines(QChart *chart, const QList<QPair<QString, QList<QPointF>>> &lines, const QList<QColor> &colours,
               const std::vector<double> &xs, double marker, const QString &xTitle, const QString &yTitle, double yMin,
               double yMax)
{
    clearChart(chart);
    if (xs.empty())
        return;
    const double xLow = *std::min_element(xs.begin(), xs.end());
    const double xHigh = *std::max_element(xs.begin(), xs.end());
    QAbstractAxis *xAxis = nullptr;
    if (xLow > 0.0 && xHigh / xLow >= 10.0) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10.0);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(8);
        axis->setRange(xLow / 1.25, xHigh * 1.25);
        xAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        const double pad = xHigh > xLow ? 0.05 * (xHigh - xLow) : 0.5;
        axis->setRange(xLow - pad, xHigh + pad);
        axis->setLabelFormat(QStringLiteral("%g"));
        xAxis = axis;
    }
    xAxis->setTitleText(xTitle);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(yTitle);
    // A margin so markers on the limits (e.g. agreement 1) are not clipped;
    // ticks stay at round values anchored at 0.
    const double margin = 0.05 * (yMax - yMin);
    yAxis->setRange(yMin - margin, yMax + margin);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0.0);
    yAxis->setTickInterval(niceStep((yMax - yMin) / 4.0));
    yAxis->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (int i = 0; i < lines.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(lines[i].first);
        series->replace(lines[i].second);
        series->setPointsVisible(true);
        series->setMarkerSize(7);
        series->setPen(QPen(colours[i % colours.size()], 2.0));
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (std::isfinite(marker)) {
        auto *line = new QLineSeries;
        line->setName(FidelityPanel::tr("current fidelity"));
        line->append(marker, yMin - margin);
        line->append(marker, yMax + margin);
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
}

// [-1, 1] when every value fits (the unitless metrics), else the data's range.
std::pair<double, double> valueRange(const QList<QPair<QString, QList<QPointF>>> &lines, double lowest)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto &line : lines)
        for (const QPointF &p : line.second) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    if (!std::isfinite(low))
        return {lowest, 1.0};
    if (low >= -1.0 && high <= 1.0)
        return {std::min(lowest, low < 0.0 ? -1.0 : 0.0), 1.0};
    const double pad = high > low ? 0.08 * (high - low) : std::max(0.5, 0.1 * std::abs(high));
    return {low - pad, high + pad};
}

} // namespace

void FidelityPanel::drawMetrics()
{
    std::vector<double> xs;
    for (const Step &step : m_steps)
        xs.push_back(step.fidelity);
    QList<QPair<QString, QList<QPointF>>> lines;
    QList<QColor> colours;
    const QStringList all = landscapeMetricKeys();
    for (const QString &key : m_shown) {
        // Legends are narrow: the METRICS.md key, the long name is in the menu.
        lines.append({key, metricPoints(key)});
        colours.append(kPalette[static_cast<int>(all.indexOf(key)) % kPalette.size()]);
    }
    const auto [yMin, yMax] = valueRange(lines, 0.0);
    drawLines(m_metricsChart, lines, colours, xs, markerPosition(), m_fidelityName, tr("metric value"), yMin, yMax);
    m_metricsChart->setTitle(tr("Landscape metrics across fidelities"));
    int computed = 0;
    for (const Step &step : m_steps)
        computed += m_metrics.contains(step.landscapeId) ? 1 : 0;
    m_status->setText(computed < static_cast<int>(m_steps.size())
                          ? tr("Computing metrics: %1 of %2 fidelities done…").arg(computed).arg(m_steps.size())
                          : QString());
}

void FidelityPanel::drawAgreement()
{
    std::vector<double> xs;
    for (const Step &step : m_steps)
        xs.push_back(step.fidelity);
    const QString gamma = QLocale().toString(m_agreement ? m_agreement->gamma : 0.1, 'g', 3);
    QList<QPair<QString, QList<QPointF>>> lines = {
        {tr("Spearman ρ"), agreementPoints(QStringLiteral("spearman"))},
        {tr("top-%1 IoU (gamma_set)").arg(gamma), agreementPoints(QStringLiteral("gamma_set"))},
    };
    const auto [yMin, yMax] = valueRange(lines, 0.0);
    drawLines(m_agreementChart, lines, {kPalette[0], kPalette[1]}, xs, markerPosition(), m_fidelityName,
              tr("agreement"), yMin, yMax);
    m_agreementChart->setTitle(
        m_steps.empty()
            ? QString()
            : tr("Rank agreement with %1 = %2").arg(m_fidelityName, formatFidelity(m_steps.back().fidelity)));
}

QString FidelityPanel::figureTitle() const
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    return primary ? tr("Fidelities — %1").arg(figureLandscapeName(primary->info().key)) : tr("Fidelities");
}

void FidelityPanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    if (m_stack->currentWidget() == m_message) {
        paintFigureText(painter, target, Qt::AlignCenter | Qt::TextWordWrap, m_message->text(), font(), fontScale,
                        QColor(0x50, 0x50, 0x50));
        return;
    }
    // Stacked as in the panel for upright figures; side by side for wide
    // ones (where stacking leaves each plot too flat for its axis title),
    // then at least 760 units wide so the legends fit.
    const double gap = 6.0;
    if (target.height() >= 0.8 * target.width()) {
        const double half = (target.height() - gap) / 2.0;
        paintChartFigure(m_metricsChart, painter, QRectF(target.topLeft(), QSizeF(target.width(), half)), fontScale);
        paintChartFigure(m_agreementChart, painter,
                         QRectF(QPointF(target.left(), target.top() + half + gap), QSizeF(target.width(), half)),
                         fontScale);
        return;
    }
    paintAtLeastWide(painter, target, 760.0, [this, fontScale, gap](QPainter &p, const QRectF &r) {
        const double half = (r.width() - gap) / 2.0;
        paintChartFigure(m_metricsChart, p, QRectF(r.topLeft(), QSizeF(half, r.height())), fontScale);
        paintChartFigure(m_agreementChart, p, QRectF(QPointF(r.left() + half + gap, r.top()), QSizeF(half, r.height())),
                         fontScale);
    });
}

} // namespace hplx
