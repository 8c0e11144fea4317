#include "UserFilterProxy.h"

#include "UserTableModel.h"

namespace ScimDesk {

UserFilterProxy::UserFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setDynamicSortFilter(true);
}

void UserFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_users = qobject_cast<UserTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void UserFilterProxy::setQuickSearch(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_text = text;
    m_words = words;
    invalidateRowsFilter();
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || !m_users || sourceParent.isValid())
        return true;
    const QString &haystack = m_users->searchText(sourceRow);
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool UserFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users)
        return QSortFilterProxyModel::lessThan(left, right);
    const int order = m_users->compareRows(left.row(), right.row(), left.column());
    if (order != 0)
        return order < 0;
    return left.row() < right.row(); // stable: equal keys keep arrival order
}

} // namespace ScimDesk
