#include "model/LandscapeTreeModel.h"

#include "util/Format.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace hplx {

namespace {

int splitOrder(const std::string &split)
{
    if (split == "train")
        return 0;
    if (split == "valid")
        return 1;
    if (split == "test")
        return 2;
    return 3;
}

} // namespace

LandscapeTreeModel::LandscapeTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.emplace_back();
}

LandscapeTreeModel::LandscapeTreeModel(std::shared_ptr<const LandscapeDatabase> db, QObject *parent)
    : LandscapeTreeModel(parent)
{
    setDatabase(std::move(db));
}

void LandscapeTreeModel::setDatabase(std::shared_ptr<const LandscapeDatabase> db)
{
    beginResetModel();
    m_db = std::move(db);
    build();
    endResetModel();
}

int LandscapeTreeModel::childFor(int parent, NodeKind kind, const QString &groupKey)
{
    for (int child : m_nodes[static_cast<std::size_t>(parent)].children) {
        if (m_nodes[static_cast<std::size_t>(child)].groupKey == groupKey)
            return child;
    }
    Node node;
    node.kind = kind;
    node.parent = parent;
    node.groupKey = groupKey;
    const int index = static_cast<int>(m_nodes.size());
    m_nodes.push_back(std::move(node));
    m_nodes[static_cast<std::size_t>(parent)].children.push_back(index);
    return index;
}

void LandscapeTreeModel::build()
{
    m_nodes.clear();
    m_nodes.emplace_back();
    m_leafOf.clear();
    if (!m_db)
        return;
    for (const LandscapeInfo &info : m_db->landscapes()) {
        const SpaceInfo &space = m_db->space(info.spaceId);
        const LandscapeKey &key = info.key;
        const QString spaceName = QString::fromStdString(space.name);
        const QString model = QString::fromStdString(key.model);
        const QString dataset = QString::fromStdString(key.dataset);
        const QString fidelity =
            key.fidelityValue ? QStringLiteral("%1 = %2").arg(QString::fromStdString(key.fidelityName),
                                                              QString::fromStdString(formatNumber(*key.fidelityValue)))
                              : QStringLiteral("—");
        const QString leaf =
            QStringLiteral("%1 · %2").arg(QString::fromStdString(key.split), QString::fromStdString(key.lossName));

        // A unit separator keeps "a"+"bc" and "ab"+"c" apart in group keys.
        const int spaceNode = childFor(0, NodeKind::Space, QString::number(info.spaceId));
        const int modelNode = childFor(spaceNode, NodeKind::Model, model);
        const int datasetNode = childFor(modelNode, NodeKind::Dataset, dataset);
        const int fidelityNode =
            childFor(datasetNode, NodeKind::Fidelity,
                     key.fidelityValue ? QString::fromStdString(key.fidelityName) + QChar(0x1f)
                                             + QString::fromStdString(formatNumber(*key.fidelityValue))
                                       : QString());
        const int leafNode = childFor(fidelityNode, NodeKind::Landscape, QString::number(info.id));

        const auto gridSize = static_cast<quint64>(space.space->size());
        const int chain[] = {spaceNode, modelNode, datasetNode, fidelityNode, leafNode};
        const QString labels[] = {spaceName, model, dataset, fidelity, leaf};
        const QString pathParts[] = {spaceName, model, dataset, fidelity,
                                     QString::fromStdString(key.split) + QStringLiteral(" / ")
                                         + QString::fromStdString(key.lossName)};
        QString path;
        for (std::size_t level = 0; level < 5; ++level) {
            Node &node = m_nodes[static_cast<std::size_t>(chain[level])];
            path += (level ? QStringLiteral(" / ") : QString()) + pathParts[level];
            node.label = labels[level];
            node.path = path;
            node.spaceId = info.spaceId;
            node.landscapes += 1;
            node.evaluated += info.evaluated;
            node.gridSize += gridSize;
        }
        m_nodes[static_cast<std::size_t>(spaceNode)].orderText = spaceName;
        m_nodes[static_cast<std::size_t>(spaceNode)].orderValue = static_cast<double>(info.spaceId);
        m_nodes[static_cast<std::size_t>(modelNode)].orderText = model;
        m_nodes[static_cast<std::size_t>(datasetNode)].orderText = dataset;
        Node &fidelityEntry = m_nodes[static_cast<std::size_t>(fidelityNode)];
        fidelityEntry.orderGroup = key.fidelityValue ? 1 : 0;
        fidelityEntry.orderText = QString::fromStdString(key.fidelityName);
        fidelityEntry.orderValue = key.fidelityValue.value_or(0.0);
        Node &leafEntry = m_nodes[static_cast<std::size_t>(leafNode)];
        leafEntry.orderGroup = splitOrder(key.split);
        leafEntry.orderText = QString::fromStdString(key.split);
        leafEntry.orderText2 = QString::fromStdString(key.lossName);
        leafEntry.orderValue = static_cast<double>(info.id);
        leafEntry.landscapeId = info.id;
        m_leafOf.insert(info.id, leafNode);
    }
    sortChildren(0);
}

void LandscapeTreeModel::sortChildren(int node)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto &children = m_nodes[static_cast<std::size_t>(node)].children;
    std::stable_sort(children.begin(), children.end(), [&](int a, int b) {
        const Node &x = m_nodes[static_cast<std::size_t>(a)];
        const Node &y = m_nodes[static_cast<std::size_t>(b)];
        if (x.orderGroup != y.orderGroup)
            return x.orderGroup < y.orderGroup;
        if (const int c = collator.compare(x.orderText, y.orderText))
            return c < 0;
        // Fidelity values (and ids of spaces and leaves) after the names.
        if (x.kind != NodeKind::Landscape && x.orderValue != y.orderValue)
            return x.orderValue < y.orderValue;
        if (const int c = collator.compare(x.orderText2, y.orderText2))
            return c < 0;
        return x.orderValue < y.orderValue;
    });
    for (std::size_t row = 0; row < children.size(); ++row) {
        m_nodes[static_cast<std::size_t>(children[row])].row = static_cast<int>(row);
        sortChildren(children[row]);
    }
}

QModelIndex LandscapeTreeModel::indexOfLandscape(qint64 id, int column) const
{
    const auto found = m_leafOf.constFind(id);
    if (found == m_leafOf.constEnd())
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(*found)].row, column, static_cast<quintptr>(*found));
}

QModelIndex LandscapeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const std::size_t parentNode = parent.isValid() ? static_cast<std::size_t>(parent.internalId()) : 0;
    const auto &children = m_nodes[parentNode].children;
    if (static_cast<std::size_t>(row) >= children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<std::size_t>(row)]));
}

QModelIndex LandscapeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[static_cast<std::size_t>(child.internalId())].parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(parentNode)].row, 0, static_cast<quintptr>(parentNode));
}

int LandscapeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const std::size_t node = parent.isValid() ? static_cast<std::size_t>(parent.internalId()) : 0;
    return static_cast<int>(m_nodes[node].children.size());
}

int LandscapeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags LandscapeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_nodes[static_cast<std::size_t>(index.internalId())].kind == NodeKind::Landscape)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QString LandscapeTreeModel::countText(const Node &node) const
{
    const QLocale locale;
    if (node.kind == NodeKind::Landscape)
        return tr("%1 / %2 configs").arg(locale.toString(node.evaluated), locale.toString(node.gridSize));
    return node.landscapes == 1 ? tr("1 landscape") : tr("%1 landscapes").arg(locale.toString(node.landscapes));
}

QString LandscapeTreeModel::toolTip(const Node &node) const
{
    if (node.kind != NodeKind::Landscape)
        return node.path;
    const QString coverage = node.evaluated == node.gridSize
                                 ? tr("complete grid")
                                 : tr("partial: %1 of %2 configurations evaluated")
                                       .arg(QLocale().toString(node.evaluated), QLocale().toString(node.gridSize));
    return tr("%1\nLandscape %2, %3").arg(node.path).arg(node.landscapeId).arg(coverage);
}

QVariant LandscapeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes[static_cast<std::size_t>(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Label ? node.label : countText(node);
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue<int>(index.column() == Count ? Qt::AlignRight | Qt::AlignVCenter
                                                                : Qt::AlignLeft | Qt::AlignVCenter);
    case LandscapeIdRole:
        return QVariant::fromValue<qint64>(node.landscapeId);
    case SpaceIdRole:
        return QVariant::fromValue<qint64>(node.spaceId);
    case PathRole:
        return node.path;
    case NodeKindRole:
        return static_cast<int>(node.kind);
    default:
        return {};
    }
}

QVariant LandscapeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (section == Label)
        return tr("Landscape");
    if (section == Count)
        return tr("Count");
    return {};
}

} // namespace hplx
