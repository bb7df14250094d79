#include "panels/RankAgreementPanel.h"

#include "charts/ColourGroups.h"
#include "charts/ScatterChart.h"
#include "export/ChartFigure.h"
#include "metrics/Statistics.h"
#include "panels/LandscapeLabels.h"
#include "util/Error.h"
#include "window/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hplx {

struct RankAgreementPanel::Result
{
    std::vector<double> rankA, rankB; // one row per configuration evaluated in both
    std::vector<ConfigId> ids;
    std::vector<int> group; // RankAgreementPanel::Group per row
    std::uint64_t leftOut = 0;
    std::shared_ptr<const SimilarityResult> similarity; // null below two common configurations
    QString error;
};

namespace {

// Rows of the `size` lowest losses, ties to the lower id (as compareLandscapes).
std::vector<bool> topRows(const std::vector<double> &loss, const std::vector<ConfigId> &ids, std::size_t size)
{
    std::vector<std::size_t> order(loss.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return loss[a] != loss[b] ? loss[a] < loss[b] : ids[a] < ids[b]; });
    std::vector<bool> top(loss.size(), false);
    for (std::size_t i = 0; i < size && i < order.size(); ++i)
        top[order[i]] = true;
    return top;
}

double fidelityOf(const Landscape &landscape)
{
    return landscape.info().key.fidelityValue.value_or(0.0);
}

} // namespace

RankAgreementPanel::RankAgreementPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("rankAgreementPanel"));
    m_chart = new ScatterChart(this);
    m_chart->setSelectionHub(workspace->selectionHub());
    m_chart->setDiagonalVisible(true);
    m_a = new QComboBox(this);
    m_a->setObjectName(QStringLiteral("rankAgreementA"));
    m_b = new QComboBox(this);
    m_b->setObjectName(QStringLiteral("rankAgreementB"));
    for (QComboBox *box : {m_a, m_b})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("A (x):"), this));
    bar->addWidget(m_a);
    bar->addWidget(new QLabel(tr("B (y):"), this));
    bar->addWidget(m_b);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);

    auto chosen = [this] {
        m_userChose = true;
        recompute();
    };
    connect(m_a, &QComboBox::activated, this, chosen);
    connect(m_b, &QComboBox::activated, this, chosen);
    connect(m_workspace, &Workspace::landscapesChanged, this, &RankAgreementPanel::rebuild);
    rebuild();
}

int RankAgreementPanel::landscapeA() const
{
    return m_a->currentIndex() >= 0 ? m_a->currentData().toInt() : -1;
}

int RankAgreementPanel::landscapeB() const
{
    return m_b->currentIndex() >= 0 ? m_b->currentData().toInt() : -1;
}

void RankAgreementPanel::setLandscapes(int a, int b)
{
    const int ia = m_a->findData(a), ib = m_b->findData(b);
    if (ia < 0 || ib < 0)
        return;
    m_a->setCurrentIndex(ia);
    m_b->setCurrentIndex(ib);
    m_userChose = true;
    recompute();
}

const SimilarityResult *RankAgreementPanel::similarity() const
{
    return m_result ? m_result->similarity.get() : nullptr;
}

std::uint64_t RankAgreementPanel::leftOut() const
{
    return m_result ? m_result->leftOut : 0;
}

void RankAgreementPanel::rebuild()
{
    const QString previousA = m_a->currentText(), previousB = m_b->currentText();
    m_a->clear();
    m_b->clear();
    m_candidates.clear();
    m_result.reset();
    ++m_request;
    const auto &set = m_workspace->landscapes();
    if (!set || set->primary < 0) {
        m_chart->clear();
        m_chart->setAxisTitles(QString(), QString());
        m_chart->setStatisticsText(tr("Select a landscape."));
        return;
    }
    m_candidates = set->siblings;
    int compare = -1;
    if (set->compare) {
        for (std::size_t i = 0; i < m_candidates.size(); ++i)
            if (m_candidates[i]->info().id == set->compare->info().id)
                compare = static_cast<int>(i);
        if (compare < 0 && set->compare->space() == set->primaryLandscape()->space()) {
            compare = static_cast<int>(m_candidates.size());
            m_candidates.push_back(set->compare);
        }
    }
    for (std::size_t i = 0; i < m_candidates.size(); ++i) {
        const LandscapeKey &key = m_candidates[i]->info().key;
        // The comparison landscape may be another dataset: landscapeLabel names it.
        const QString label = landscapeLabel(key, set->primaryLandscape()->info().key);
        m_a->addItem(label, static_cast<int>(i));
        m_b->addItem(label, static_cast<int>(i));
    }

    // Default: the primary against the comparison, else against the highest
    // fidelity of its own split, else against any other sibling.
    const int a = set->primary;
    int b = compare;
    const Landscape &primary = *set->primaryLandscape();
    for (std::size_t i = 0; b < 0 && i < set->siblings.size(); ++i) {
        if (static_cast<int>(i) == a || set->siblings[i]->info().key.split != primary.info().key.split)
            continue;
        int best = static_cast<int>(i);
        for (std::size_t j = i + 1; j < set->siblings.size(); ++j)
            if (static_cast<int>(j) != a && set->siblings[j]->info().key.split == primary.info().key.split
                && fidelityOf(*set->siblings[j]) > fidelityOf(*set->siblings[std::size_t(best)]))
                best = static_cast<int>(j);
        b = best;
    }
    for (std::size_t i = 0; b < 0 && i < set->siblings.size(); ++i)
        if (static_cast<int>(i) != a)
            b = static_cast<int>(i);
    if (b < 0)
        b = a;
    int ia = m_a->findData(a), ib = m_b->findData(b);
    if (m_userChose && m_a->findText(previousA) >= 0 && m_b->findText(previousB) >= 0) {
        ia = m_a->findText(previousA);
        ib = m_b->findText(previousB);
    }
    m_a->setCurrentIndex(ia);
    m_b->setCurrentIndex(ib);
    recompute();
}

void RankAgreementPanel::recompute()
{
    const int a = landscapeA(), b = landscapeB();
    if (a < 0 || b < 0)
        return;
    const auto la = m_candidates[std::size_t(a)];
    const auto lb = m_candidates[std::size_t(b)];
    m_chart->setAxisTitles(tr("rank in %1 (1 = lowest loss)").arg(m_a->currentText()),
                           tr("rank in %1 (1 = lowest loss)").arg(m_b->currentText()));
    m_chart->setStatisticsText(tr("Computing…"));
    const quint64 request = ++m_request;
    const QString key =
        QStringLiteral("rankagreement:%1:%2:%3").arg(m_workspace->databasePath()).arg(la->info().id).arg(lb->info().id);
    m_workspace->runJob<Result>(
        tr("Rank agreement"), key,
        [la, lb](Feedback &feedback) {
            Result result;
            const auto &lossA = la->losses();
            const auto &lossB = lb->losses();
            std::vector<double> commonA, commonB;
            for (std::size_t id = 0; id < lossA.size() && id < lossB.size(); ++id) {
                const bool inA = !std::isnan(lossA[id]), inB = !std::isnan(lossB[id]);
                if (inA && inB) {
                    commonA.push_back(lossA[id]);
                    commonB.push_back(lossB[id]);
                    result.ids.push_back(static_cast<ConfigId>(id));
                } else if (inA || inB) {
                    ++result.leftOut;
                }
            }
            feedback.throwIfCancelled();
            result.rankA = averageRanks(commonA);
            result.rankB = averageRanks(commonB);
            feedback.throwIfCancelled();
            result.group.assign(result.ids.size(), Other);
            try {
                result.similarity = std::make_shared<const SimilarityResult>(compareLandscapes(lossA, lossB));
            } catch (const Error &error) {
                if (error.kind() == ErrorKind::Cancelled)
                    throw;
                result.error = QString::fromUtf8(error.what());
                return result;
            }
            const std::size_t size = result.similarity->topSize;
            const std::vector<bool> topA = topRows(commonA, result.ids, size);
            const std::vector<bool> topB = topRows(commonB, result.ids, size);
            for (std::size_t row = 0; row < result.ids.size(); ++row)
                result.group[row] = topA[row] && topB[row] ? TopInBoth
                                    : topA[row]            ? TopInAOnly
                                    : topB[row]            ? TopInBOnly
                                                           : Other;
            return result;
        },
        [this, request](std::shared_ptr<const Result> result) {
            if (request == m_request)
                showResult(std::move(result));
        });
}

void RankAgreementPanel::showResult(std::shared_ptr<const Result> result)
{
    m_result = std::move(result);
    const Result &r = *m_result;
    auto space = m_candidates.front()->spacePtr();
    m_chart->setDescriber([space](ConfigId id) { return QString::fromStdString(space->describe(id)); });
    m_chart->setPoints(r.rankA, r.rankB, r.ids);

    const QLocale locale;
    const SimilarityOptions defaults;
    const QString gamma =
        locale.toString(100.0 * (r.similarity ? r.similarity->options.gamma : defaults.gamma), 'g', 3);
    ColourGrouping grouping;
    grouping.groups = {{tr("other"), QColor(0xc4, 0xc4, 0xc4)},
                       {tr("top %1 % in A only").arg(gamma), qualitativeColour(0)},
                       {tr("top %1 % in B only").arg(gamma), qualitativeColour(1)},
                       {tr("top %1 % in both").arg(gamma), qualitativeColour(2)}};
    grouping.groupOfRow = r.group;
    m_chart->setGrouping(std::move(grouping));

    QStringList lines;
    lines << tr("%L1 configurations compared").arg(r.ids.size());
    if (r.leftOut > 0)
        lines << tr("left out (missing in either landscape): %L1").arg(r.leftOut);
    if (const SimilarityResult *s = r.similarity.get()) {
        lines << tr("Spearman ρ = %1").arg(std::isnan(s->spearman) ? tr("n/a") : locale.toString(s->spearman, 'f', 3));
        lines << tr("shake-up: all %1 · top %2 % of A %3")
                     .arg(locale.toString(s->shakeupAll, 'f', 3),
                          locale.toString(100.0 * s->options.shakeupTop, 'g', 3),
                          locale.toString(s->shakeupTop, 'f', 3));
        lines << tr("top %1 % sets (%L2 each): IoU %3 · overlap %4")
                     .arg(gamma)
                     .arg(s->topSize)
                     .arg(locale.toString(s->gammaIoU, 'f', 3), locale.toString(s->gammaOverlap, 'f', 3));
    } else {
        lines << r.error;
    }
    m_chart->setStatisticsText(lines.join(QLatin1Char('\n')));
    Q_EMIT updated();
}

QString RankAgreementPanel::figureTitle() const
{
    const auto &set = m_workspace->landscapes();
    const Landscape *primary = set ? set->primaryLandscape() : nullptr;
    return primary ? tr("Rank agreement — %1").arg(figureLandscapeName(primary->info().key)) : tr("Rank agreement");
}

void RankAgreementPanel::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    m_chart->paintFigure(painter, target, fontScale);
}

} // namespace hplx
