#include "panels/ConfigurationDetails.h"

#include "panels/LandscapeLabels.h"

#include "metrics/Statistics.h"
#include "model/SelectionHub.h"
#include "util/Format.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace hplx {

namespace {

QString number(double value)
{
    if (std::isnan(value))
        return QString();
    return QLocale().toString(value, 'g', 6);
}

} // namespace

ConfigurationDetails::ConfigurationDetails(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("configurationDetails"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("detailsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Property"), tr("Value")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    display(std::nullopt);
}

void ConfigurationDetails::setLandscapes(std::vector<std::shared_ptr<const Landscape>> landscapes, int primary)
{
    m_landscapes = std::move(landscapes);
    m_primary = primary >= 0 && primary < static_cast<int>(m_landscapes.size()) ? primary : -1;
    m_rank.clear();
    m_improving.reset();
    if (m_primary >= 0) {
        const Landscape &main = *m_landscapes[static_cast<std::size_t>(m_primary)];
        std::vector<double> evaluated;
        std::vector<ConfigId> ids;
        for (ConfigId id = 0; id < main.space().size(); ++id) {
            if (main.isEvaluated(id)) {
                evaluated.push_back(main.loss(id));
                ids.push_back(id);
            }
        }
        m_rank.assign(main.space().size(), std::numeric_limits<double>::quiet_NaN());
        const std::vector<double> ranks = averageRanks(evaluated);
        for (std::size_t i = 0; i < ids.size(); ++i)
            m_rank[ids[i]] = ranks[i];
    }
    followHub();
}

void ConfigurationDetails::setImprovingGraph(std::shared_ptr<const ImprovingGraph> improving)
{
    m_improving = std::move(improving);
    followHub();
}

void ConfigurationDetails::setSelectionHub(SelectionHub *hub)
{
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = hub;
    if (m_hub) {
        connect(m_hub, &SelectionHub::selectionChanged, this, &ConfigurationDetails::followHub);
        connect(m_hub, &SelectionHub::hoveredChanged, this, &ConfigurationDetails::followHub);
    }
    followHub();
}

void ConfigurationDetails::followHub()
{
    if (!m_hub || m_landscapes.empty()) {
        display(std::nullopt);
        return;
    }
    if (const auto hovered = m_hub->hovered())
        display(hovered);
    else if (!m_hub->selection().empty())
        display(m_hub->selection().front());
    else if (m_improving && m_improving->globalOptimum != kNoConfig)
        display(m_improving->globalOptimum); // something worth reading before any click
    else
        display(std::nullopt);
}

QString ConfigurationDetails::valueOf(const QString &property) const
{
    const auto items = m_tree->findItems(property, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

void ConfigurationDetails::display(std::optional<ConfigId> id)
{
    m_tree->clear();
    if (id && (m_landscapes.empty() || *id >= m_landscapes.front()->space().size()))
        id.reset();
    m_shown = id;
    const std::size_t selected = m_hub ? m_hub->selection().size() : 0;
    if (!id) {
        m_heading->setText(m_landscapes.empty() ? tr("Select a landscape to see its configurations.")
                                                : tr("Hover or select a configuration to see its details."));
        return;
    }
    const SearchSpace &space = m_landscapes.front()->space();
    const bool chosen = m_hub && (m_hub->hovered() || !m_hub->selection().empty());
    QString heading = chosen ? tr("<b>Configuration %1</b>").arg(*id)
                             : tr("<b>Global optimum</b>: configuration %1 (hover or select another)").arg(*id);
    if (selected > 1)
        heading += tr(" — %n configurations selected", nullptr, static_cast<int>(selected));
    m_heading->setText(heading);

    auto addRow = [this](const QString &property, const QString &value, const QString &tip = {}) {
        auto *item = new QTreeWidgetItem(m_tree, {property, value});
        if (!tip.isEmpty()) {
            item->setToolTip(0, tip);
            item->setToolTip(1, tip);
        }
        return item;
    };
    auto addSection = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setFirstColumnSpanned(true);
    };

    addSection(tr("Hyperparameters"));
    const std::vector<std::uint32_t> indices = space.decode(*id);
    for (std::size_t h = 0; h < space.dimension(); ++h)
        addRow(QString::fromStdString(space.hp(h).name()), QString::fromStdString(space.hp(h).label(indices[h])));

    addSection(tr("Losses"));
    for (std::size_t i = 0; i < m_landscapes.size(); ++i) {
        const Landscape &landscape = *m_landscapes[i];
        const double loss = landscape.loss(*id);
        addRow(splitAndFidelity(landscape.info().key), std::isnan(loss) ? tr("not evaluated") : number(loss),
               QString::fromStdString(landscape.info().key.describe()));
    }
    if (m_primary < 0)
        return;
    const Landscape &main = *m_landscapes[static_cast<std::size_t>(m_primary)];
    addSection(tr("In %1").arg(splitAndFidelity(main.info().key)));
    if (!main.isEvaluated(*id)) {
        addRow(tr("Rank"), tr("not evaluated"));
        return;
    }
    addRow(tr("Rank"), tr("%1 of %2").arg(number(m_rank[*id])).arg(main.evaluatedCount()),
           tr("1 = lowest loss; tied configurations share their mean rank."));
    if (!m_improving) {
        addRow(tr("Local optimum"), tr("computing…"));
        return;
    }
    const auto optimumIndex = m_improving->optimumIndex(*id);
    addRow(tr("Local optimum"), optimumIndex >= 0 ? tr("yes") : tr("no"),
           tr("No neighbour (one HP changed by one step) has a strictly lower loss."));
    if (*id == m_improving->globalOptimum)
        addRow(tr("Global optimum"), tr("yes"));
    const ConfigId attractor = m_improving->attractor[*id];
    if (attractor != kNoConfig) {
        const auto index = m_improving->optimumIndex(attractor);
        const QString size =
            index >= 0 ? QString::number(m_improving->basinSize[static_cast<std::size_t>(index)]) : QString();
        addRow(
            tr("Basin of"),
            tr("configuration %1 (loss %2, %3 configurations)").arg(attractor).arg(number(main.loss(attractor)), size),
            tr("The local optimum that steepest descent from this configuration reaches."));
    }
}

} // namespace hplx
