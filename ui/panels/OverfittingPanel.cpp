#include "panels/OverfittingPanel.h"

#include "charts/ColourGroups.h"
#include "charts/ScatterChart.h"
#include "export/ChartFigure.h"
#include "panels/LandscapeLabels.h"
#include "window/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace hplx {

struct OverfittingPanel::Result
{
    std::vector<double> x, y; // one row per configuration evaluated in both
    std::vector<ConfigId> ids;
    std::shared_ptr<const GeneralisationGap> gap; // null when nothing is in common
    std::uint64_t leftOut = 0;                    // evaluated in only one of the two
};

namespace {

bool sameFidelity(const LandscapeKey &a, const LandscapeKey &b)
{
    return a.fidelityName == b.fidelityName && a.fidelityValue == b.fidelityValue;
}

// Sibling with this split, at the reference's fidelity if there is one, else
// at the highest fidelity; -1 when no sibling has the split.
int findSplit(const std::vector<std::shared_ptr<const Landscape>> &siblings, const std::string &split,
              const LandscapeKey &reference)
{
    int best = -1;
    for (std::size_t i = 0; i < siblings.size(); ++i) {
        const LandscapeKey &key = siblings[i]->info().key;
        if (key.split != split)
            continue;
        if (sameFidelity(key, reference))
            return static_cast<int>(i);
        if (best < 0
            || key.fidelityValue.value_or(0.0) > siblings[std::size_t(best)]->info().key.fidelityValue.value_or(0.0))
            best = static_cast<int>(i);
    }
    return best;
}

// Train on x and test (else valid) on y at the primary's fidelity; a missing
// split falls back to the primary or another sibling so the axes differ
// whenever there are two landscapes.
std::pair<int, int> defaultPair(const LandscapeSet &set)
{
    const auto &siblings = set.siblings;
    const LandscapeKey &primary = siblings[std::size_t(set.primary)]->info().key;
    int x = findSplit(siblings, "train", primary);
    int y = findSplit(siblings, "test", primary);
    if (y < 0 || y == x)
        y = findSplit(siblings, "valid", primary);
    auto other = [&](int not_) {
        if (set.primary != not_)
            return set.primary;
        for (std::size_t i = 0; i < siblings.size(); ++i)
            if (static_cast<int>(i) != not_ && sameFidelity(siblings[i]->info().key, primary))
                return static_cast<int>(i);
        for (std::size_t i = 0; i < siblings.size(); ++i)
            if (static_cast<int>(i) != not_)
                return static_cast<int>(i);
        return not_;
    };
    if (x < 0 && y < 0)
        x = set.primary;
    if (x < 0)
        x = other(y);
    if (y < 0 || y == x)
        y = other(x);
    return {x, y};
}

QString axisTitle(const Landscape &landscape)
{
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(landscape.info().key.lossName),
                                         splitAndFidelity(landscape.info().key));
}

} // namespace

OverfittingPanel::OverfittingPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("overfittingPanel"));
    m_chart = new ScatterChart(this);
    m_chart->setSelectionHub(workspace->selectionHub());
    m_chart->setDiagonalVisible(true);
    m_x = new QComboBox(this);
    m_x->setObjectName(QStringLiteral("overfittingX"));
    m_y = new QComboBox(this);
    m_y->setObjectName(QStringLiteral("overfittingY"));
    m_colour = new QComboBox(this);
    m_colour->setObjectName(QStringLiteral("overfittingColour"));
    for (QComboBox *box : {m_x, m_y, m_colour})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("x:"), this));
    bar->addWidget(m_x);
    bar->addWidget(new QLabel(tr("y:"), this));
    bar->addWidget(m_y);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Colour:"), this));
    bar->addWidget(m_colour);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);

    auto chosen = [this] {
        m_userChose = true;
        recompute();
    };
    connect(m_x, &QComboBox::activated, this, chosen);
    connect(m_y, &QComboBox::activated, this, chosen);
    connect(m_colour, &QComboBox::activated, this, &OverfittingPanel::recolour);
    connect(m_workspace, &Workspace::landscapesChanged, this, &OverfittingPanel::rebuild);
    rebuild();
}

int OverfittingPanel::xLandscape() const
{
    return m_x->currentIndex() >= 0 ? m_x->currentData().toInt() : -1;
}

int OverfittingPanel::yLandscape() const
{
    return m_y->currentIndex() >= 0 ? m_y->currentData().toInt() : -1;
}

void OverfittingPanel::setLandscapes(int x, int y)
{
    const int ix = m_x->findData(x), iy = m_y->findData(y);
    if (ix < 0 || iy < 0)
        return;
    m_x->setCurrentIndex(ix);
    m_y->setCurrentIndex(iy);
    m_userChose = true;
    recompute();
}

int OverfittingPanel::colourBy() const
{
    return m_colour->currentIndex() >= 0 ? m_colour->currentData().toInt() : kColourNone;
}

void OverfittingPanel::setColourBy(int choice)
{
    const int index = m_colour->findData(choice);
    if (index < 0)
        return;
    m_colour->setCurrentIndex(index);
    recolour();
}

void OverfittingPanel::rebuild()
{
    const QString previousX = m_x->currentText(), previousY = m_y->currentText();
    const int previousColour = colourBy();
    m_x->clear();
    m_y->clear();
    m_colour->clear();
    m_result.reset();
    m_gap.reset();
    ++m_request;
    const auto &set = m_workspace->landscapes();
    if (!set || set->primary < 0) {
        m_chart->clear();
        m_chart->setAxisTitles(QString(), QString());
        m_chart->setStatisticsText(tr("Select a landscape."));
        return;
    }
    for (std::size_t i = 0; i < set->siblings.size(); ++i) {
        const QString label = splitAndFidelity(set->siblings[i]->info().key);
        m_x->addItem(label, static_cast<int>(i));
        m_y->addItem(label, static_cast<int>(i));
    }
    auto [x, y] = defaultPair(*set);
    int ix = m_x->findData(x), iy = m_y->findData(y);
    if (m_userChose && m_x->findText(previousX) >= 0 && m_y->findText(previousY) >= 0) {
        ix = m_x->findText(previousX);
        iy = m_y->findText(previousY);
    }
    m_x->setCurrentIndex(ix);
    m_y->setCurrentIndex(iy);

    const SearchSpace &space = set->primaryLandscape()->space();
    m_colour->addItem(tr("none"), kColourNone);
    m_colour->addItem(tr("ΔL = L(y) − L(x)"), kColourGap);
    for (std::size_t h = 0; h < space.dimension(); ++h)
        m_colour->addItem(QString::fromStdString(space.hp(h).name()), static_cast<int>(h));
    const int colour = m_colour->findData(previousColour);
    m_colour->setCurrentIndex(colour < 0 ? 0 : colour);
    recompute();
}

void OverfittingPanel::recompute()
{
    const auto &set = m_workspace->landscapes();
    const int x = xLandscape(), y = yLandscape();
    if (!set || x < 0 || y < 0)
        return;
    const auto lx = set->siblings[std::size_t(x)];
    const auto ly = set->siblings[std::size_t(y)];
    m_chart->setAxisTitles(axisTitle(*lx), axisTitle(*ly));
    m_chart->setStatisticsText(tr("Computing…"));
    const quint64 request = ++m_request;
    const QString key =
        QStringLiteral("overfitting:%1:%2:%3").arg(m_workspace->databasePath()).arg(lx->info().id).arg(ly->info().id);
    m_workspace->runJob<Result>(
        tr("Generalisation gap"), key,
        [lx, ly](Feedback &feedback) {
            Result result;
            const auto &a = lx->losses();
            const auto &b = ly->losses();
            for (std::size_t id = 0; id < a.size() && id < b.size(); ++id) {
                const bool inA = !std::isnan(a[id]), inB = !std::isnan(b[id]);
                if (inA && inB) {
                    result.x.push_back(a[id]);
                    result.y.push_back(b[id]);
                    result.ids.push_back(static_cast<ConfigId>(id));
                } else if (inA || inB) {
                    ++result.leftOut;
                }
            }
            feedback.throwIfCancelled();
            if (!result.ids.empty())
                result.gap = std::make_shared<const GeneralisationGap>(generalisationGap(a, b));
            return result;
        },
        [this, request](std::shared_ptr<const Result> result) {
            if (request == m_request)
                showResult(std::move(result));
        });
}

void OverfittingPanel::showResult(std::shared_ptr<const Result> result)
{
    m_result = std::move(result);
    m_gap = m_result->gap;
    const auto &set = m_workspace->landscapes();
    const Landscape &lx = *set->siblings[std::size_t(xLandscape())];
    const Landscape &ly = *set->siblings[std::size_t(yLandscape())];
    auto space = lx.spacePtr();
    m_chart->setDescriber([space](ConfigId id) { return QString::fromStdString(space->describe(id)); });
    m_chart->setPoints(m_result->x, m_result->y, m_result->ids);
    recolour();

    // Short names of the two sides: the split, unless both share it.
    const LandscapeKey &kx = lx.info().key, &ky = ly.info().key;
    const QString nx = kx.split == ky.split ? splitAndFidelity(kx) : QString::fromStdString(kx.split);
    const QString ny = kx.split == ky.split ? splitAndFidelity(ky) : QString::fromStdString(ky.split);
    const QLocale locale;
    QStringList lines;
    if (!m_gap) {
        lines << tr("No configuration is evaluated in both landscapes.");
    } else {
        const GeneralisationGap &gap = *m_gap;
        lines << tr("ΔL = L(%1) − L(%2) over %L3 configurations").arg(ny, nx).arg(gap.compared);
        lines << tr("mean %1 · median %2 · sd %3")
                     .arg(locale.toString(gap.mean, 'g', 3), locale.toString(gap.median, 'g', 3),
                          locale.toString(gap.stddev, 'g', 3));
        lines << tr("%1 above %2: %3 %").arg(ny, nx, locale.toString(100.0 * gap.positiveShare, 'f', 1));
        lines << tr("Spearman ρ(%1, %2) = %3")
                     .arg(nx, ny, std::isnan(gap.spearman) ? tr("n/a") : locale.toString(gap.spearman, 'f', 3));
    }
    if (m_result->leftOut > 0)
        lines << tr("left out (evaluated in only one landscape): %L1").arg(m_result->leftOut);
    m_chart->setStatisticsText(lines.join(QLatin1Char('\n')));
    Q_EMIT updated();
}

void OverfittingPanel::recolour()
{
    if (!m_result)
        return;
    const auto &set = m_workspace->landscapes();
    const SearchSpace &space = set->primaryLandscape()->space();
    const int choice = colourBy();
    if (choice >= 0 && static_cast<std::size_t>(choice) < space.dimension()) {
        m_chart->setGrouping(groupByHp(space, static_cast<std::size_t>(choice), m_result->ids));
    } else if (choice == kColourGap && m_gap) {
        std::vector<double> gap(m_result->ids.size());
        for (std::size_t row = 0; row < gap.size(); ++row)
            gap[row] = m_result->y[row] - m_result->x[row];
        m_chart->setGrouping(groupByValue(gap, 7, QStringLiteral("coolwarm"), true));
    } else {
        m_chart->setGrouping(ColourGrouping::single(m_result->ids.size(), QString(), qualitativeColour(4)));
    }
}

QString OverfittingPanel::figureTitle() const
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    return primary ? tr("Overfitting — %1").arg(figureLandscapeName(primary->info().key)) : tr("Overfitting");
}

void OverfittingPanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    m_chart->paintFigure(painter, target, fontScale);
}

} // namespace hplx
