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
    // QSortFilterProxyModel removes filtered-out rows range by range, which costs rows x ranges:
    // narrowing 100,000 sorted rows to a few thousand scattered ones takes it ~400 ms. When most
    // rows go, rebuilding the mapping (and sorting what is left) is far cheaper.
    int remaining = 0;
    if (m_users && !words.isEmpty()) {
        for (int row = 0; row < m_users->rowCount(); ++row)
            remaining += matches(m_users->searchText(row), words) ? 1 : 0;
    } else if (m_users) {
        remaining = m_users->rowCount();
    }
    const int changed = qAbs(remaining - rowCount());
    if (changed > 1000 && changed * 2 > qMax(remaining, rowCount())) {
        beginResetModel();
        m_words = words;
        endResetModel();
    } else {
        m_words = words;
        invalidateRowsFilter();
    }
}

void UserFilterProxy::setLoading(bool loading)
{
    if (!loading && m_users)
        m_users->prepareSort(sortColumn());
    setDynamicSortFilter(!loading);
}

void UserFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_users)
        m_users->prepareSort(column);
    QSortFilterProxyModel::sort(column, order);
}

bool UserFilterProxy::matches(const QString &haystack, const QStringList &words)
{
    for (const QString &word : words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || !m_users || sourceParent.isValid())
        return true;
    return matches(m_users->searchText(sourceRow), m_words);
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
