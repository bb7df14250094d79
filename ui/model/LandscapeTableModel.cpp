#include "model/LandscapeTableModel.h"

#include "util/Format.h"

namespace hplx {

LandscapeTableModel::LandscapeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LandscapeTableModel::setDatabase(std::shared_ptr<const LandscapeDatabase> db)
{
    beginResetModel();
    m_db = std::move(db);
    endResetModel();
}

int LandscapeTableModel::rowOf(qint64 landscapeId) const
{
    if (!m_db)
        return -1;
    const auto &list = m_db->landscapes();
    for (std::size_t row = 0; row < list.size(); ++row) {
        if (list[row].id == landscapeId)
            return static_cast<int>(row);
    }
    return -1;
}

int LandscapeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_db ? 0 : static_cast<int>(m_db->landscapes().size());
}

int LandscapeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LandscapeTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_db || !index.isValid() || index.row() >= rowCount())
        return {};
    const LandscapeInfo &info = m_db->landscapes()[static_cast<std::size_t>(index.row())];
    const auto gridSize = static_cast<qulonglong>(m_db->space(info.spaceId).space->size());
    if (role == LandscapeIdRole)
        return QVariant::fromValue<qint64>(info.id);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Id || index.column() == Evaluated;
        return QVariant::fromValue<int>(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Evaluated) {
        return info.evaluated == gridSize
                   ? tr("Complete: every configuration of the grid was evaluated")
                   : tr("Partial: %1 of %2 configurations evaluated").arg(info.evaluated).arg(gridSize);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return QVariant::fromValue<qint64>(info.id);
    case Space:
        return QString::fromStdString(m_db->space(info.spaceId).name);
    case Model:
        return QString::fromStdString(info.key.model);
    case Dataset:
        return QString::fromStdString(info.key.dataset);
    case Fidelity:
        if (!info.key.fidelityValue)
            return QStringLiteral("—");
        return QStringLiteral("%1 = %2").arg(QString::fromStdString(info.key.fidelityName),
                                             QString::fromStdString(formatNumber(*info.key.fidelityValue)));
    case Split:
        return QString::fromStdString(info.key.split);
    case Loss:
        return QString::fromStdString(info.key.lossName);
    case Evaluated:
        return info.evaluated == gridSize ? QString::number(gridSize)
                                          : tr("%1 of %2").arg(info.evaluated).arg(gridSize);
    default:
        return {};
    }
}

QVariant LandscapeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Space:
        return tr("Search space");
    case Model:
        return tr("Model");
    case Dataset:
        return tr("Dataset");
    case Fidelity:
        return tr("Fidelity");
    case Split:
        return tr("Split");
    case Loss:
        return tr("Loss");
    case Evaluated:
        return tr("Configurations");
    default:
        return {};
    }
}

} // namespace hplx
