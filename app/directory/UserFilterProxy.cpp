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
    disconnect(m_sourceReset);
    m_users = qobject_cast<UserTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_users)
        m_sourceReset = connect(m_users, &QAbstractItemModel::modelReset, this,
                                &UserFilterProxy::onSourceReset);
    onSourceReset();
}

void UserFilterProxy::setQuickSearch(const QString &text)
{
    Criteria criteria = m_criteria;
    criteria.words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (criteria.words == m_criteria.words)
        return;
    // Folded UTF-8 in folded UTF-8: a word is found where its characters are, as in UTF-16.
    criteria.needles.clear();
    for (const QString &word : std::as_const(criteria.words))
        criteria.needles.append(word.toUtf8());
    m_text = text;
    apply(criteria);
}

bool UserFilterProxy::setLicenceFilter(const QString &licence, LicenceFilter filter)
{
    Criteria criteria = m_criteria;
    criteria.licenceFilter = filter;
    criteria.licenceIndex = -1;
    if (filter != LicenceFilter::None) {
        criteria.licenceIndex = m_users ? m_users->store().licences().indexOf(licence) : -1;
        if (criteria.licenceIndex < 0)
            return false;
    }
    if (criteria.licenceFilter == m_criteria.licenceFilter
        && criteria.licenceIndex == m_criteria.licenceIndex)
        return true;
    m_licence = filter == LicenceFilter::None ? QString() : licence;
    apply(criteria);
    Q_EMIT licenceFilterChanged();
    return true;
}

void UserFilterProxy::onSourceReset()
{
    // A reload may bring other licences (another connection): follow the licence by name, and
    // drop the filter when it is gone rather than filter on whatever took its place.
    if (m_criteria.licenceFilter == LicenceFilter::None)
        return;
    const int index = m_users ? m_users->store().licences().indexOf(m_licence) : -1;
    if (index < 0) {
        clearLicenceFilter();
    } else if (index != m_criteria.licenceIndex) {
        m_criteria.licenceIndex = index;
        invalidateRowsFilter();
    }
}

void UserFilterProxy::apply(const Criteria &criteria)
{
    // QSortFilterProxyModel removes filtered-out rows range by range, which costs rows x ranges:
    // narrowing 100,000 sorted rows to a few thousand scattered ones takes it ~400 ms. When most
    // rows go, rebuilding the mapping (and sorting what is left) is far cheaper. A licence's
    // holders are scattered through any sort order, so a licence filter coming or going moves
    // a scattered third or half of the rows: rebuilt whenever more than a few rows move.
    const bool licenceOnly = criteria.words == m_criteria.words;
    int remaining = 0;
    int changed = 0;
    if (m_users) {
        const int rows = m_users->rowCount();
        for (int row = 0; row < rows; ++row) {
            const bool shown = accepts(row, criteria);
            remaining += shown ? 1 : 0;
            if (licenceOnly)
                changed += shown != accepts(row, m_criteria) ? 1 : 0;
        }
    }
    const bool rebuild = licenceOnly ? changed > 1000
                                     : qAbs(remaining - rowCount()) > 1000
            && qAbs(remaining - rowCount()) * 2 > qMax(remaining, rowCount());
    if (rebuild) {
        beginResetModel();
        m_criteria = criteria;
        endResetModel();
    } else {
        m_criteria = criteria;
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

bool UserFilterProxy::matches(QByteArrayView haystack, const QByteArrayList &needles)
{
    for (const QByteArray &needle : needles) {
        if (!haystack.contains(needle))
            return false;
    }
    return true;
}

bool UserFilterProxy::accepts(int sourceRow, const Criteria &criteria) const
{
    if (criteria.licenceFilter != LicenceFilter::None) {
        // The bar's numbers count active users; the rows behind them are the same users.
        const UserRecord &user = m_users->store().at(sourceRow);
        if (!user.isActive()
            || user.hasLicence(criteria.licenceIndex)
                != (criteria.licenceFilter == LicenceFilter::ActiveHolders))
            return false;
    }
    return criteria.needles.isEmpty() || matches(m_users->searchText(sourceRow), criteria.needles);
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return true;
    return accepts(sourceRow, m_criteria);
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
