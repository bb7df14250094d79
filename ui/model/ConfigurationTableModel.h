// The configurations of one search space as a table, built for a million rows:
// no object per row, data() is O(1) through a row -> ConfigId permutation, and
// sorting and filtering are done here on that permutation (a
// QSortFilterProxyModel is too slow at this size).
//
// Columns, left to right: "config" (the id), one per hyperparameter, one loss
// column per landscape given to setLandscapes(), "rank" in the primary
// landscape (when there is one), then "local optimum" and "basin" when
// setGraphInfo() was given data.
#pragma once

#include "space/Landscape.h"
#include "space/SearchSpace.h"

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace hplx {

class ConfigurationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        ConfigIdRole = Qt::UserRole + 1, // qint64: the configuration id of the row (every column)
        SortRole,                        // double: the raw value the column sorts by (NaN when missing)
    };
    enum class ColumnKind { Config, Hyperparameter, Loss, Rank, LocalOptimum, Basin, Invalid };

    explicit ConfigurationTableModel(QObject *parent = nullptr);

    // Shows every configuration of space in id order; drops landscapes, graph
    // information, filter and sort.
    void setSpace(std::shared_ptr<const SearchSpace> space);
    const std::shared_ptr<const SearchSpace> &space() const { return m_space; }

    // One loss column per landscape (nullptr entries and landscapes of another
    // space are skipped with a warning). primary: index into landscapes of the
    // landscape "loss", "rank" and the rank column refer to; -1 for none. When
    // no space was set, the first landscape's space is used. Keeps the filter
    // when it still applies and the sort column when it still exists.
    void setLandscapes(std::vector<std::shared_ptr<const Landscape>> landscapes, int primary = 0);
    const std::vector<std::shared_ptr<const Landscape>> &landscapes() const { return m_landscapes; }
    int primaryLandscape() const { return m_primary; }

    // Per configuration id (both space-sized, or both empty to remove the
    // columns): 1 for a local optimum, and the local optimum whose greedy
    // basin holds the configuration (kNoConfig where not evaluated).
    void setGraphInfo(std::vector<std::uint8_t> isLocalOptimum, std::vector<ConfigId> basinOf);
    bool hasGraphInfo() const { return !m_isLocalOptimum.empty(); }

    ColumnKind columnKind(int column) const;
    int hyperparameterColumn(std::size_t hp) const { return 1 + static_cast<int>(hp); }
    int lossColumn(int landscape) const;
    int rankColumn() const;         // -1 without a primary landscape
    int localOptimumColumn() const; // -1 without graph information
    int basinColumn() const;        // -1 without graph information

    // 1-based average rank in the primary landscape (ties share the mean rank);
    // NaN when the configuration is not evaluated or there is no primary.
    double rankOf(ConfigId id) const;

    // Conditions joined by spaces or commas, all of which must hold:
    // `max_depth=3`, `learning_rate<=0.1`, `booster!=dart`, `loss<0.2` (primary
    // landscape), `rank<=10`, `config>=100`, `optimum` (local optima only).
    // Operators: = == != < <= > >=. Empty text removes the filter. Invalid
    // text emits filterError(message), changes nothing and returns false.
    bool setFilter(const QString &text);
    const QString &filter() const { return m_filterText; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Configuration shown in a row (row must be below rowCount()).
    ConfigId configAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // Row of a configuration, or -1 when it is filtered out or out of range. O(1).
    int rowOf(ConfigId id) const { return id < m_rowOf.size() ? m_rowOf[id] : -1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Stable sort (ties keep id order); missing values last in both orders.
    // column -1 restores id order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void filterError(const QString &message);
    void filterChanged(const QString &text);

private:
    // One parsed filter condition.
    struct Condition
    {
        enum class Target { Hyperparameter, Loss, Rank, Config, Optimum } target = Target::Config;
        enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual } op = Op::Equal;
        std::size_t hp = 0;             // Target::Hyperparameter
        std::vector<char> acceptsValue; // Target::Hyperparameter: per value index
        double value = 0.0;             // the other targets
    };

    // Parses text into conditions; returns an error message or an empty string.
    QString parseFilter(const QString &text, std::vector<Condition> &conditions) const;
    QString parseCondition(const QString &name, const QString &op, const QString &value, Condition &condition) const;
    bool accepts(ConfigId id) const;
    double sortKey(int column, ConfigId id) const;
    // Rows in id order through the filter, then the current sort, then the inverse.
    void rebuildRows();
    void applySort();
    void rebuildInverse();
    void computeRanks();
    QString lossHeader(std::size_t landscape) const;

    std::shared_ptr<const SearchSpace> m_space;
    std::vector<std::vector<QString>> m_hpText; // per HP, per value index: what a cell shows
    std::vector<std::shared_ptr<const Landscape>> m_landscapes;
    QStringList m_lossHeaders;
    int m_primary = -1;
    std::vector<double> m_rank; // per configuration id; empty without a primary
    std::uint64_t m_ranked = 0; // evaluated configurations of the primary
    std::vector<std::uint8_t> m_isLocalOptimum;
    std::vector<ConfigId> m_basinOf;

    QString m_filterText;
    std::vector<Condition> m_conditions;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<ConfigId> m_rows; // row -> configuration
    std::vector<int> m_rowOf;     // configuration -> row, -1 when filtered out
};

} // namespace hplx
