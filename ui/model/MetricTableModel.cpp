#include "model/MetricTableModel.h"

#include "model/MetricDescriptions.h"
#include "util/Format.h"

#include <QAbstractProxyModel>

#include <cmath>
#include <limits>
#include <set>

namespace hplx {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const char *const kSummaryKeys[] = {"configurations", "evaluated", "edges", "local_optima", "global_loss"};

} // namespace

MetricTableModel::MetricTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    setResults({}, {});
}

QString MetricTableModel::formatValue(double value)
{
    if (std::isnan(value))
        return tr("n/a");
    if (std::fabs(value) < 1e15 && value == std::floor(value))
        return QString::number(static_cast<qlonglong>(value));
    return QString::number(value, 'g', 4);
}

void MetricTableModel::setResults(QStringList columnTitles,
                                  std::vector<std::shared_ptr<const LandscapeMetrics>> results)
{
    beginResetModel();
    m_results = std::move(results);
    m_titles = std::move(columnTitles);
    while (m_titles.size() < static_cast<qsizetype>(m_results.size()))
        m_titles << tr("landscape %1").arg(m_titles.size() + 1);
    m_titles = m_titles.mid(0, static_cast<qsizetype>(m_results.size()));

    // The landscape metrics in the order LandscapeMetrics lists them, then any
    // key a result has that the list does not know yet.
    m_rows.clear();
    const QStringList known = MetricDescriptions::keys();
    for (const QString &key : known.mid(0, known.indexOf(QStringLiteral("delta_l"))))
        m_rows.push_back({key, false});
    for (const auto &result : m_results) {
        if (!result)
            continue;
        for (const MetricValue &value : result->values) {
            const QString key = QString::fromStdString(value.key);
            if (rowOfKey(key) < 0)
                m_rows.push_back({key, false});
        }
    }
    for (const char *key : kSummaryKeys)
        m_rows.push_back({QString::fromLatin1(key), true});
    endResetModel();
}

int MetricTableModel::rowOfKey(const QString &key) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].key == key)
            return static_cast<int>(row);
    }
    return -1;
}

QString MetricTableModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].key : QString();
}

int MetricTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MetricTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstValue + static_cast<int>(m_results.size());
}

Qt::ItemFlags MetricTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

const MetricValue *MetricTableModel::valueOf(std::size_t row, std::size_t result) const
{
    const auto &metrics = m_results[result];
    if (!metrics || m_rows[row].summary)
        return nullptr;
    const std::string key = m_rows[row].key.toStdString();
    for (const MetricValue &value : metrics->values) {
        if (value.key == key)
            return &value;
    }
    return nullptr;
}

double MetricTableModel::rawValue(std::size_t row, std::size_t result) const
{
    const auto &metrics = m_results[result];
    if (!metrics)
        return kNaN;
    if (!m_rows[row].summary) {
        const MetricValue *value = valueOf(row, result);
        return value ? value->value : kNaN;
    }
    const GraphSummary &graph = metrics->graph;
    const QString &key = m_rows[row].key;
    if (key == QLatin1String("configurations"))
        return static_cast<double>(graph.gridSize);
    if (key == QLatin1String("evaluated"))
        return static_cast<double>(graph.evaluated);
    if (key == QLatin1String("edges"))
        return static_cast<double>(graph.edges);
    if (key == QLatin1String("local_optima"))
        return static_cast<double>(graph.localOptima);
    return graph.globalLoss;
}

QString MetricTableModel::variantText(std::size_t row, bool parameters) const
{
    // Results computed with different options show every variant, in column order.
    QStringList texts;
    for (std::size_t result = 0; result < m_results.size(); ++result) {
        if (const MetricValue *value = valueOf(row, result)) {
            const QString text = QString::fromStdString(parameters ? value->parameters : value->variant);
            if (!texts.contains(text))
                texts << text;
        }
    }
    return texts.join(QStringLiteral(" | "));
}

QVariant MetricTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const int column = index.column();
    const Row &entry = m_rows[row];
    if (role == MetricKeyRole)
        return entry.key;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue<int>(column >= FirstValue ? Qt::AlignRight | Qt::AlignVCenter
                                                             : Qt::AlignLeft | Qt::AlignVCenter);
    if (column < FirstValue) {
        if (role == Qt::ToolTipRole && column == Metric) {
            const QString description = metricDescription(entry.key);
            return description.isEmpty() ? metricName(entry.key)
                                         : QStringLiteral("%1: %2").arg(metricName(entry.key), description);
        }
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        if (column == Metric)
            return entry.summary ? metricName(entry.key) : entry.key;
        return variantText(row, column == Parameters);
    }

    const auto result = static_cast<std::size_t>(column - FirstValue);
    const double value = rawValue(row, result);
    switch (role) {
    case Qt::DisplayRole:
        if (!m_results[result])
            return QString();
        return formatValue(value);
    case SortRole:
        return std::isnan(value) ? QVariant() : QVariant(value);
    case Qt::ToolTipRole: {
        if (!m_results[result])
            return {};
        if (entry.summary) {
            const GraphSummary &graph = m_results[result]->graph;
            if (entry.key == QLatin1String("global_loss")) {
                return tr("Configuration %1 (%2 configurations share this loss)")
                    .arg(graph.globalOptimum)
                    .arg(graph.globalTies);
            }
            if (entry.key == QLatin1String("evaluated") && graph.partial)
                return tr("Partial landscape: metrics use the evaluated configurations only");
            return {};
        }
        const MetricValue *metric = valueOf(row, result);
        if (!metric)
            return tr("Not computed for this landscape");
        const QString note = QString::fromStdString(metric->note);
        if (std::isnan(metric->value))
            return note.isEmpty() ? tr("undefined") : note;
        // The full value, and any caveat (e.g. a partial landscape).
        const QString full = QString::fromStdString(formatNumber(metric->value));
        return note.isEmpty() ? full : QStringLiteral("%1\n%2").arg(full, note);
    }
    default:
        return {};
    }
}

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("metric");
    case Variant:
        return tr("variant");
    case Parameters:
        return tr("parameters");
    default:
        if (section >= FirstValue && section < columnCount())
            return m_titles[section - FirstValue];
        return {};
    }
}

QString MetricTableModel::toTsv(const QModelIndexList &selection) const
{
    std::set<int> rows, columns;
    for (QModelIndex index : selection) {
        // Indexes of a sort proxy (or a chain of them) refer to our cells.
        while (index.isValid() && index.model() != this) {
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
            if (!proxy)
                break;
            index = proxy->mapToSource(index);
        }
        if (!index.isValid() || index.model() != this)
            continue;
        rows.insert(index.row());
        columns.insert(index.column());
    }
    if (selection.isEmpty()) {
        for (int row = 0; row < rowCount(); ++row)
            rows.insert(row);
        for (int column = 0; column < columnCount(); ++column)
            columns.insert(column);
    }
    auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QString tsv;
    if (columns.empty())
        return tsv;
    QStringList cells;
    for (int column : columns)
        cells << clean(headerData(column, Qt::Horizontal).toString());
    tsv += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int row : rows) {
        cells.clear();
        for (int column : columns)
            cells << clean(index(row, column).data().toString());
        tsv += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return tsv;
}

} // namespace hplx
