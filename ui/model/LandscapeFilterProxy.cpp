#include "model/LandscapeFilterProxy.h"

#include "model/LandscapeTreeModel.h"

#include <QRegularExpression>

namespace hplx {

LandscapeFilterProxy::LandscapeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Inner nodes never match themselves; they stay while a leaf below matches.
    setRecursiveFilteringEnabled(true);
}

void LandscapeFilterProxy::setFilterText(const QString &text)
{
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    const QStringList words = text.split(blanks, Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool LandscapeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LandscapeTreeModel::LandscapeIdRole).toLongLong() < 0)
        return false;
    const QString path = index.data(LandscapeTreeModel::PathRole).toString();
    for (const QString &word : m_words) {
        if (!path.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace hplx
