// Filters a LandscapeTreeModel by words: a landscape stays when its path
// (space, model, dataset, fidelity, split, loss) contains every word of the
// filter text, case-insensitively ("wine test"); its ancestors stay with it.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace hplx {

class LandscapeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LandscapeFilterProxy(QObject *parent = nullptr);

    // Words separated by blanks; empty text shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace hplx
