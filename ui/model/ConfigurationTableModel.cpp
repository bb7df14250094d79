#include "model/ConfigurationTableModel.h"

#include "graph/ImprovingGraph.h"
#include "metrics/Statistics.h"
#include "util/Format.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace hplx {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Op = int; // index into kOperators
const char *const kOperators[] = {"=", "!=", "<", "<=", ">", ">="};

template <typename T>
bool holds(T left, int op, T right)
{
    switch (op) {
    case 0:
        return left == right;
    case 1:
        return left != right;
    case 2:
        return left < right;
    case 3:
        return left <= right;
    case 4:
        return left > right;
    default:
        return left >= right;
    }
}

QString hpNames(const SearchSpace &space)
{
    QStringList names;
    for (const auto &hp : space.hyperparameters())
        names << QString::fromStdString(hp.name());
    return names.join(QStringLiteral(", "));
}

} // namespace

ConfigurationTableModel::ConfigurationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfigurationTableModel::setSpace(std::shared_ptr<const SearchSpace> space)
{
    beginResetModel();
    m_space = std::move(space);
    m_hpText.clear();
    if (m_space) {
        for (const auto &hp : m_space->hyperparameters()) {
            std::vector<QString> texts;
            for (std::uint32_t v = 0; v < hp.size(); ++v) {
                // Numbers as the shortest text that reads back ("1e-05", not "0.00001000").
                texts.push_back(hp.isNumeric() ? QString::fromStdString(formatNumber(hp.numeric(v)))
                                               : QString::fromStdString(hp.label(v)));
            }
            m_hpText.push_back(std::move(texts));
        }
    }
    m_landscapes.clear();
    m_lossHeaders.clear();
    m_primary = -1;
    m_rank.clear();
    m_ranked = 0;
    m_isLocalOptimum.clear();
    m_basinOf.clear();
    m_filterText.clear();
    m_conditions.clear();
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    rebuildRows();
    endResetModel();
}

void ConfigurationTableModel::setLandscapes(std::vector<std::shared_ptr<const Landscape>> landscapes, int primary)
{
    if (!m_space) {
        for (const auto &landscape : landscapes) {
            if (landscape) {
                setSpace(landscape->spacePtr());
                break;
            }
        }
    }
    beginResetModel();
    const std::shared_ptr<const Landscape> primaryLandscape =
        primary >= 0 && static_cast<std::size_t>(primary) < landscapes.size()
            ? landscapes[static_cast<std::size_t>(primary)]
            : nullptr;
    m_landscapes.clear();
    m_primary = -1;
    for (auto &landscape : landscapes) {
        if (!landscape)
            continue;
        if (!m_space || landscape->space() != *m_space) {
            qWarning("ConfigurationTableModel: landscape '%s' is on another search space; not shown",
                     landscape->info().key.describe().c_str());
            continue;
        }
        if (landscape == primaryLandscape)
            m_primary = static_cast<int>(m_landscapes.size());
        m_landscapes.push_back(std::move(landscape));
    }
    m_lossHeaders.clear();
    for (std::size_t i = 0; i < m_landscapes.size(); ++i)
        m_lossHeaders << lossHeader(i);
    computeRanks();
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    std::vector<Condition> conditions;
    if (!m_filterText.isEmpty() && parseFilter(m_filterText, conditions).isEmpty()) {
        m_conditions = std::move(conditions);
    } else {
        m_filterText.clear();
        m_conditions.clear();
    }
    rebuildRows();
    endResetModel();
}

void ConfigurationTableModel::setGraphInfo(std::vector<std::uint8_t> isLocalOptimum, std::vector<ConfigId> basinOf)
{
    const std::size_t n = m_space ? m_space->size() : 0;
    if (isLocalOptimum.size() != basinOf.size() || (!isLocalOptimum.empty() && isLocalOptimum.size() != n)) {
        qWarning("ConfigurationTableModel: graph information must have one entry per configuration; ignored");
        return;
    }
    beginResetModel();
    m_isLocalOptimum = std::move(isLocalOptimum);
    m_basinOf = std::move(basinOf);
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    std::vector<Condition> conditions;
    if (!m_filterText.isEmpty() && parseFilter(m_filterText, conditions).isEmpty()) {
        m_conditions = std::move(conditions);
    } else {
        m_filterText.clear();
        m_conditions.clear();
    }
    rebuildRows();
    endResetModel();
}

QString ConfigurationTableModel::lossHeader(std::size_t landscape) const
{
    const LandscapeKey &key = m_landscapes[landscape]->info().key;
    QString header = QString::fromStdString(key.split);
    if (key.fidelityValue) {
        header += QStringLiteral(" (%1=%2)")
                      .arg(QString::fromStdString(key.fidelityName),
                           QString::fromStdString(formatNumber(*key.fidelityValue)));
    }
    // Split and fidelity name a column unless two landscapes share them (two
    // datasets or models side by side): then the dataset and model say which.
    for (std::size_t other = 0; other < m_landscapes.size(); ++other) {
        const LandscapeKey &o = m_landscapes[other]->info().key;
        if (other != landscape && o.split == key.split && o.fidelityName == key.fidelityName
            && o.fidelityValue == key.fidelityValue) {
            QString prefix = QString::fromStdString(key.dataset);
            if (o.dataset == key.dataset)
                prefix = QString::fromStdString(key.model) + QLatin1Char('/') + prefix;
            if (o.dataset == key.dataset && o.model == key.model)
                prefix += QLatin1Char('/') + QString::fromStdString(key.lossName);
            return prefix + QLatin1Char(' ') + header;
        }
    }
    return header;
}

void ConfigurationTableModel::computeRanks()
{
    m_rank.clear();
    m_ranked = 0;
    if (m_primary < 0)
        return;
    const std::vector<double> &loss = m_landscapes[static_cast<std::size_t>(m_primary)]->losses();
    std::vector<double> evaluated;
    evaluated.reserve(loss.size());
    for (double value : loss) {
        if (!std::isnan(value))
            evaluated.push_back(value);
    }
    const std::vector<double> ranks = averageRanks(evaluated);
    m_rank.assign(loss.size(), kNaN);
    std::size_t next = 0;
    for (std::size_t id = 0; id < loss.size(); ++id) {
        if (!std::isnan(loss[id]))
            m_rank[id] = ranks[next++];
    }
    m_ranked = evaluated.size();
}

double ConfigurationTableModel::rankOf(ConfigId id) const
{
    return id < m_rank.size() ? m_rank[id] : kNaN;
}

ConfigurationTableModel::ColumnKind ConfigurationTableModel::columnKind(int column) const
{
    if (!m_space || column < 0)
        return ColumnKind::Invalid;
    if (column == 0)
        return ColumnKind::Config;
    column -= 1;
    if (column < static_cast<int>(m_space->dimension()))
        return ColumnKind::Hyperparameter;
    column -= static_cast<int>(m_space->dimension());
    if (column < static_cast<int>(m_landscapes.size()))
        return ColumnKind::Loss;
    column -= static_cast<int>(m_landscapes.size());
    if (m_primary >= 0) {
        if (column == 0)
            return ColumnKind::Rank;
        column -= 1;
    }
    if (hasGraphInfo()) {
        if (column == 0)
            return ColumnKind::LocalOptimum;
        if (column == 1)
            return ColumnKind::Basin;
    }
    return ColumnKind::Invalid;
}

int ConfigurationTableModel::lossColumn(int landscape) const
{
    if (!m_space || landscape < 0 || landscape >= static_cast<int>(m_landscapes.size()))
        return -1;
    return 1 + static_cast<int>(m_space->dimension()) + landscape;
}

int ConfigurationTableModel::rankColumn() const
{
    if (!m_space || m_primary < 0)
        return -1;
    return 1 + static_cast<int>(m_space->dimension() + m_landscapes.size());
}

int ConfigurationTableModel::localOptimumColumn() const
{
    if (!m_space || !hasGraphInfo())
        return -1;
    return 1 + static_cast<int>(m_space->dimension() + m_landscapes.size()) + (m_primary >= 0 ? 1 : 0);
}

int ConfigurationTableModel::basinColumn() const
{
    const int column = localOptimumColumn();
    return column < 0 ? -1 : column + 1;
}

int ConfigurationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConfigurationTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_space)
        return 0;
    return 1 + static_cast<int>(m_space->dimension() + m_landscapes.size()) + (m_primary >= 0 ? 1 : 0)
           + (hasGraphInfo() ? 2 : 0);
}

Qt::ItemFlags ConfigurationTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

double ConfigurationTableModel::sortKey(int column, ConfigId id) const
{
    switch (columnKind(column)) {
    case ColumnKind::Config:
        return static_cast<double>(id);
    case ColumnKind::Hyperparameter: {
        const auto h = static_cast<std::size_t>(column - 1);
        const Hyperparameter &hp = m_space->hp(h);
        const std::uint32_t v = m_space->valueIndex(id, h);
        // Categorical and word-valued HPs sort in the order of their value list.
        return hp.isNumeric() ? hp.numeric(v) : static_cast<double>(v);
    }
    case ColumnKind::Loss:
        return m_landscapes[static_cast<std::size_t>(column - lossColumn(0))]->loss(id);
    case ColumnKind::Rank:
        return m_rank[id];
    case ColumnKind::LocalOptimum:
        return m_isLocalOptimum[id] ? 1.0 : 0.0;
    case ColumnKind::Basin:
        return m_basinOf[id] == kNoConfig ? kNaN : static_cast<double>(m_basinOf[id]);
    case ColumnKind::Invalid:
        break;
    }
    return kNaN;
}

QVariant ConfigurationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ConfigId id = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const ColumnKind kind = columnKind(column);
    switch (role) {
    case ConfigIdRole:
        return QVariant::fromValue<qint64>(id);
    case SortRole:
        return sortKey(column, id);
    case Qt::TextAlignmentRole: {
        bool numeric = kind != ColumnKind::LocalOptimum;
        if (kind == ColumnKind::Hyperparameter)
            numeric = m_space->hp(static_cast<std::size_t>(column - 1)).isNumeric();
        return QVariant::fromValue<int>(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::ToolTipRole: {
        const QString config = tr("Configuration %1: %2").arg(id).arg(QString::fromStdString(m_space->describe(id)));
        if (kind == ColumnKind::Loss) {
            const Landscape &landscape = *m_landscapes[static_cast<std::size_t>(column - lossColumn(0))];
            const QString what = QString::fromStdString(landscape.info().key.describe());
            return landscape.isEvaluated(id)
                       ? tr("%1\n%2: %3").arg(config, what, QString::fromStdString(formatNumber(landscape.loss(id))))
                       : tr("%1\n%2: not evaluated").arg(config, what);
        }
        if (kind == ColumnKind::Rank) {
            return std::isnan(m_rank[id]) ? tr("%1\nNot evaluated in the primary landscape").arg(config)
                                          : tr("%1\nRank %2 of %3 (1 = best; ties share the average rank)")
                                                .arg(config, QString::number(m_rank[id], 'g', 12))
                                                .arg(m_ranked);
        }
        if (kind == ColumnKind::Basin && m_basinOf[id] != kNoConfig) {
            return tr("%1\nIn the greedy basin of local optimum %2: %3")
                .arg(config)
                .arg(m_basinOf[id])
                .arg(QString::fromStdString(m_space->describe(m_basinOf[id])));
        }
        return config;
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (kind) {
    case ColumnKind::Config:
        return QString::number(id);
    case ColumnKind::Hyperparameter: {
        const auto h = static_cast<std::size_t>(column - 1);
        return m_hpText[h][m_space->valueIndex(id, h)];
    }
    case ColumnKind::Loss: {
        const double loss = m_landscapes[static_cast<std::size_t>(column - lossColumn(0))]->loss(id);
        return std::isnan(loss) ? QString() : QString::number(loss, 'g', 6);
    }
    case ColumnKind::Rank:
        return std::isnan(m_rank[id]) ? QString() : QString::number(m_rank[id], 'g', 12);
    case ColumnKind::LocalOptimum:
        return m_isLocalOptimum[id] ? tr("yes") : QString();
    case ColumnKind::Basin:
        return m_basinOf[id] == kNoConfig ? QString() : QString::number(m_basinOf[id]);
    case ColumnKind::Invalid:
        break;
    }
    return {};
}

QVariant ConfigurationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (columnKind(section)) {
    case ColumnKind::Config:
        return tip ? tr("Configuration id: the position in the grid, the last hyperparameter varying fastest")
                   : tr("config");
    case ColumnKind::Hyperparameter: {
        const Hyperparameter &hp = m_space->hp(static_cast<std::size_t>(section - 1));
        if (!tip)
            return QString::fromStdString(hp.name());
        return (hp.kind() == HpKind::Ordinal ? tr("Ordinal hyperparameter, %1 values")
                                             : tr("Categorical hyperparameter, %1 values"))
            .arg(hp.size());
    }
    case ColumnKind::Loss: {
        const auto landscape = static_cast<std::size_t>(section - lossColumn(0));
        if (!tip)
            return m_lossHeaders[static_cast<int>(landscape)];
        QString text = QString::fromStdString(m_landscapes[landscape]->info().key.describe());
        if (static_cast<int>(landscape) == m_primary)
            text += tr(" (primary: loss and rank in the filter refer to it)");
        return text;
    }
    case ColumnKind::Rank:
        return tip ? tr("Rank of the loss in %1 (1 = best; ties share the average rank)")
                         .arg(QString::fromStdString(
                             m_landscapes[static_cast<std::size_t>(m_primary)]->info().key.describe()))
                   : tr("rank");
    case ColumnKind::LocalOptimum:
        return tip ? tr("No neighbour has a strictly lower loss") : tr("local optimum");
    case ColumnKind::Basin:
        return tip ? tr("The local optimum that steepest descent reaches from this configuration") : tr("basin");
    case ColumnKind::Invalid:
        break;
    }
    return {};
}

void ConfigurationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<ConfigId> ids;
    ids.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex &index : before)
        ids.push_back(m_rows[static_cast<std::size_t>(index.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    // Back to id order first (O(n) through the inverse), so that ties end in
    // id order whatever came before.
    std::size_t next = 0;
    for (ConfigId id = 0; id < m_rowOf.size(); ++id) {
        if (m_rowOf[id] >= 0)
            m_rows[next++] = id;
    }
    applySort();
    rebuildInverse();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(m_rowOf[ids[static_cast<std::size_t>(i)]], before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ConfigurationTableModel::applySort()
{
    // m_rows is in id order here, so a stable sort leaves ties in id order.
    if (m_sortColumn < 0 || !m_space)
        return;
    // Keys are gathered once into (key, id) pairs: the sort then moves over
    // contiguous memory instead of looking keys up through the permutation.
    // Descending sorts the negated key, which keeps ties in id order too.
    const double sign = m_sortOrder == Qt::AscendingOrder ? 1.0 : -1.0;
    std::vector<std::pair<double, ConfigId>> keyed;
    keyed.reserve(m_rows.size());
    std::vector<ConfigId> missing;
    auto add = [&](ConfigId id, double key) {
        if (std::isnan(key))
            missing.push_back(id);
        else
            keyed.emplace_back(sign * key, id);
    };
    switch (columnKind(m_sortColumn)) {
    case ColumnKind::Hyperparameter: {
        const auto h = static_cast<std::size_t>(m_sortColumn - 1);
        std::vector<double> valueKey(m_space->hp(h).size());
        for (std::uint32_t v = 0; v < valueKey.size(); ++v)
            valueKey[v] = m_space->hp(h).isNumeric() ? m_space->hp(h).numeric(v) : static_cast<double>(v);
        for (ConfigId id : m_rows)
            add(id, valueKey[m_space->valueIndex(id, h)]);
        break;
    }
    case ColumnKind::Loss: {
        const std::vector<double> &loss =
            m_landscapes[static_cast<std::size_t>(m_sortColumn - lossColumn(0))]->losses();
        for (ConfigId id : m_rows)
            add(id, loss[id]);
        break;
    }
    case ColumnKind::Rank:
        for (ConfigId id : m_rows)
            add(id, m_rank[id]);
        break;
    default:
        for (ConfigId id : m_rows)
            add(id, sortKey(m_sortColumn, id));
        break;
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::size_t row = 0;
    for (const auto &entry : keyed)
        m_rows[row++] = entry.second;
    for (ConfigId id : missing) // missing values last in both orders
        m_rows[row++] = id;
}

void ConfigurationTableModel::rebuildRows()
{
    m_rows.clear();
    if (m_space) {
        m_rows.reserve(m_conditions.empty() ? m_space->size() : 0);
        for (ConfigId id = 0; id < m_space->size(); ++id) {
            if (m_conditions.empty() || accepts(id))
                m_rows.push_back(id);
        }
    }
    applySort();
    rebuildInverse();
}

void ConfigurationTableModel::rebuildInverse()
{
    m_rowOf.assign(m_space ? m_space->size() : 0, -1);
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        m_rowOf[m_rows[row]] = static_cast<int>(row);
}

bool ConfigurationTableModel::accepts(ConfigId id) const
{
    for (const Condition &c : m_conditions) {
        const int op = static_cast<int>(c.op);
        switch (c.target) {
        case Condition::Target::Hyperparameter:
            if (!c.acceptsValue[m_space->valueIndex(id, c.hp)])
                return false;
            break;
        case Condition::Target::Optimum:
            if (!m_isLocalOptimum[id])
                return false;
            break;
        case Condition::Target::Config:
            if (!holds(static_cast<double>(id), op, c.value))
                return false;
            break;
        case Condition::Target::Loss:
        case Condition::Target::Rank: {
            const double value = c.target == Condition::Target::Loss
                                     ? m_landscapes[static_cast<std::size_t>(m_primary)]->loss(id)
                                     : m_rank[id];
            // Not evaluated: no condition on the value holds, != included.
            if (std::isnan(value) || !holds(value, op, c.value))
                return false;
            break;
        }
        }
    }
    return true;
}

bool ConfigurationTableModel::setFilter(const QString &text)
{
    std::vector<Condition> conditions;
    const QString error = parseFilter(text, conditions);
    if (!error.isEmpty()) {
        Q_EMIT filterError(error);
        return false;
    }
    const QString normalised = text.trimmed();
    if (normalised == m_filterText)
        return true;
    beginResetModel();
    m_filterText = normalised;
    m_conditions = std::move(conditions);
    rebuildRows();
    endResetModel();
    Q_EMIT filterChanged(m_filterText);
    return true;
}

QString ConfigurationTableModel::parseFilter(const QString &text, std::vector<Condition> &conditions) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    static const QRegularExpression condition(
        QStringLiteral("([^\\s,<>=!]+)\\s*(<=|>=|!=|==|=|<|>)\\s*([^\\s,<>=!]+)"));
    static const QRegularExpression word(QStringLiteral("[^\\s,]+"));
    if (text.trimmed().isEmpty())
        return {};
    if (!m_space)
        return tr("There are no configurations to filter: no search space is shown");
    qsizetype pos = 0;
    while (pos < text.size()) {
        const auto skip =
            separators.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (skip.hasMatch())
            pos = skip.capturedEnd();
        if (pos >= text.size())
            break;
        const auto match =
            condition.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        Condition parsed;
        if (match.hasMatch()) {
            QString op = match.captured(2);
            if (op == QStringLiteral("=="))
                op = QStringLiteral("=");
            const QString error = parseCondition(match.captured(1), op, match.captured(3), parsed);
            if (!error.isEmpty())
                return error;
            pos = match.capturedEnd();
        } else {
            const QString token =
                word.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                    .captured(0);
            const QString lower = token.toLower();
            if (lower != QStringLiteral("optimum") && lower != QStringLiteral("optima")
                && lower != tr("optimum", "filter word").toLower()) {
                return tr("Cannot read '%1': write conditions such as max_depth=3, learning_rate<=0.1, loss<0.2, "
                          "rank<=10 or optimum, separated by spaces or commas")
                    .arg(token);
            }
            if (!hasGraphInfo())
                return tr("'optimum' needs the local optima, which are not computed for this table yet");
            parsed.target = Condition::Target::Optimum;
            pos += token.size();
        }
        conditions.push_back(std::move(parsed));
    }
    return {};
}

QString ConfigurationTableModel::parseCondition(const QString &name, const QString &op, const QString &value,
                                                Condition &condition) const
{
    int opIndex = 0;
    for (int i = 0; i < 6; ++i) {
        if (op == QLatin1String(kOperators[i]))
            opIndex = i;
    }
    condition.op = static_cast<Condition::Op>(opIndex);

    int hpIndex = m_space->indexOfHp(name.toStdString());
    if (hpIndex < 0) {
        for (std::size_t h = 0; h < m_space->dimension(); ++h) {
            if (QString::fromStdString(m_space->hp(h).name()).compare(name, Qt::CaseInsensitive) == 0)
                hpIndex = static_cast<int>(h);
        }
    }
    if (hpIndex >= 0) {
        const auto h = static_cast<std::size_t>(hpIndex);
        const Hyperparameter &hp = m_space->hp(h);
        condition.target = Condition::Target::Hyperparameter;
        condition.hp = h;
        condition.acceptsValue.assign(hp.size(), 0);
        if (hp.isNumeric()) {
            const auto number = parseNumber(value.toStdString());
            if (!number || std::isnan(*number))
                return tr("'%1' is numeric: '%2' needs a number, not '%3'").arg(name, op, value);
            for (std::uint32_t v = 0; v < hp.size(); ++v)
                condition.acceptsValue[v] = holds(hp.numeric(v), opIndex, *number) ? 1 : 0;
            return {};
        }
        const auto found = hp.indexOf(value.toStdString());
        if (!found) {
            QStringList labels;
            for (const auto &label : hp.labels())
                labels << QString::fromStdString(label);
            return tr("'%1' has no value '%2' (its values: %3)").arg(name, value, labels.join(QStringLiteral(", ")));
        }
        if (hp.kind() == HpKind::Categorical && opIndex > 1)
            return tr("'%1' is categorical: only = and != apply, not %2").arg(name, op);
        // Word-valued ordinal HPs compare by their position in the value list.
        for (std::uint32_t v = 0; v < hp.size(); ++v)
            condition.acceptsValue[v] = holds(v, opIndex, *found) ? 1 : 0;
        return {};
    }

    // The English words always work; so do the words in the user's language
    // (the column headers "config" and "rank" as translated).
    const QString lower = name.toLower();
    auto is = [&lower](const char *english, const QString &translated) {
        return lower == QLatin1String(english) || lower == translated.toLower();
    };
    if (is("loss", tr("loss", "filter word")))
        condition.target = Condition::Target::Loss;
    else if (is("rank", tr("rank")))
        condition.target = Condition::Target::Rank;
    else if (is("config", tr("config")) || lower == QStringLiteral("id"))
        condition.target = Condition::Target::Config;
    else
        return tr("Unknown name '%1' in the filter: use a hyperparameter (%2), loss, rank, config or optimum")
            .arg(name, hpNames(*m_space));
    if (condition.target != Condition::Target::Config && m_primary < 0)
        return tr("'%1' needs a landscape, and this table shows none").arg(name);
    const auto number = parseNumber(value.toStdString());
    if (!number || std::isnan(*number))
        return tr("'%1' needs a number after %2, not '%3'").arg(name, op, value);
    condition.value = *number;
    return {};
}

} // namespace hplx
