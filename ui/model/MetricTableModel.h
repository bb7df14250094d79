// The landscape metrics of one or more landscapes side by side: one row per
// metric key (METRICS.md, in LandscapeMetrics order, then the graph summary:
// configurations, evaluated, edges, local optima, global optimum loss), the
// columns "metric", "variant", "parameters" and one value column per result.
// Sort it through a QSortFilterProxyModel with sortRole() = SortRole.
#pragma once

#include "metrics/LandscapeMetrics.h"

#include <QAbstractTableModel>
#include <QModelIndexList>
#include <QStringList>

#include <memory>
#include <vector>

namespace hplx {

class MetricTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        SortRole = Qt::UserRole + 1, // double for values (invalid when undefined), the text otherwise
        MetricKeyRole,               // QString: the metric key of the row on every cell
    };
    enum Column { Metric, Variant, Parameters, FirstValue };

    explicit MetricTableModel(QObject *parent = nullptr);

    // One value column per result, headed by columnTitles (missing titles read
    // "landscape N"); a nullptr result gives an empty column.
    void setResults(QStringList columnTitles, std::vector<std::shared_ptr<const LandscapeMetrics>> results);
    const std::vector<std::shared_ptr<const LandscapeMetrics>> &results() const { return m_results; }

    // The row of a metric key ("l_ast", or a summary key: "configurations",
    // "evaluated", "edges", "local_optima", "global_loss"), or -1.
    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const;

    // Tab-separated text of the cells in the rows and columns the selection
    // touches (indexes of this model or of proxies over it), in this model's
    // order, after a header line; the whole table when selection is empty.
    // Every line ends with '\n'.
    QString toTsv(const QModelIndexList &selection = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // 4 significant digits; integers in full; "n/a" for NaN.
    static QString formatValue(double value);

private:
    struct Row
    {
        QString key;
        bool summary = false;
    };

    const MetricValue *valueOf(std::size_t row, std::size_t result) const;
    // Raw value of a cell column >= FirstValue; NaN when undefined or missing.
    double rawValue(std::size_t row, std::size_t result) const;
    QString variantText(std::size_t row, bool parameters) const;

    std::vector<Row> m_rows;
    QStringList m_titles;
    std::vector<std::shared_ptr<const LandscapeMetrics>> m_results;
};

} // namespace hplx
