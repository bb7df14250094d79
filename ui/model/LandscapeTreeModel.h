// The landscapes of one database as a tree: search space -> model -> dataset
// -> fidelity -> split/loss leaf. Column 0 is the label, column 1 a count
// ("12 landscapes" on inner nodes, "1,080 / 1,080 configs" evaluated/grid on
// leaves). Children are in natural order: names with numbers compare as
// numbers, fidelities ascending by value, splits train, valid, test, then others.
#pragma once

#include "store/LandscapeDatabase.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace hplx {

class LandscapeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        LandscapeIdRole = Qt::UserRole + 1, // qint64: the landscape id on leaves, -1 on inner nodes
        SpaceIdRole,                        // qint64: the search space id on every node
        PathRole,                           // QString: "space / model / dataset / fidelity / split / loss"
        NodeKindRole,                       // int: a NodeKind
    };
    enum class NodeKind { Space, Model, Dataset, Fidelity, Landscape };
    enum Column { Label, Count, ColumnCount };

    explicit LandscapeTreeModel(QObject *parent = nullptr);
    explicit LandscapeTreeModel(std::shared_ptr<const LandscapeDatabase> db, QObject *parent = nullptr);

    // Rebuilds the tree from db's catalogue (nullptr empties it).
    void setDatabase(std::shared_ptr<const LandscapeDatabase> db);
    const std::shared_ptr<const LandscapeDatabase> &database() const { return m_db; }

    // The leaf of a landscape, or an invalid index for an unknown id.
    QModelIndex indexOfLandscape(qint64 id, int column = Label) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Space;
        int parent = -1; // node index; -1 for the invisible root (node 0)
        int row = 0;     // position among the parent's children
        std::vector<int> children;
        QString label;
        QString path;
        QString groupKey;   // what merges landscapes into this node
        int orderGroup = 0; // compared first: no fidelity before fidelities; train, valid, test, others
        QString orderText;
        double orderValue = 0.0;
        QString orderText2;
        qint64 landscapeId = -1;
        qint64 spaceId = 0;
        int landscapes = 0; // leaves below (1 for a leaf)
        quint64 evaluated = 0;
        quint64 gridSize = 0;
    };

    void build();
    int childFor(int parent, NodeKind kind, const QString &groupKey);
    void sortChildren(int node);
    QString countText(const Node &node) const;
    QString toolTip(const Node &node) const;

    std::shared_ptr<const LandscapeDatabase> m_db;
    std::vector<Node> m_nodes;   // m_nodes[0] is the root
    QHash<qint64, int> m_leafOf; // landscape id -> node index
};

} // namespace hplx
