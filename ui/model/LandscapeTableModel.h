// Table of the landscapes stored in one database: one row per landscape with
// its space, model, dataset, fidelity, split, loss and coverage.
#pragma once

#include "store/LandscapeDatabase.h"

#include <QAbstractTableModel>

#include <memory>

namespace hplx {

class LandscapeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Space, Model, Dataset, Fidelity, Split, Loss, Evaluated, ColumnCount };
    // Role holding the landscape id (qint64) on every cell.
    static constexpr int LandscapeIdRole = Qt::UserRole + 1;

    explicit LandscapeTableModel(QObject *parent = nullptr);

    // Shows the catalogue of db (nullptr empties the table).
    void setDatabase(std::shared_ptr<const LandscapeDatabase> db);
    // Row of a landscape id, or -1.
    int rowOf(qint64 landscapeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const LandscapeDatabase> m_db;
};

} // namespace hplx
