#pragma once

#include <QSortFilterProxyModel>

namespace ScimDesk {

class UserTableModel;

// Quick search, a licence filter and sorting over a UserTableModel. Search words must all appear
// (in any field the table shows as text, case-insensitively); the licence filter keeps the
// active users holding one licence, or those without it; sorting compares raw values, not
// display text. Both filters read the model's per-row data, never the service.
class UserFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterProxy)

public:
    // Which users of one licence to show: the two parts of its bar on the Licences page.
    enum class LicenceFilter { None, ActiveHolders, ActiveWithout };
    Q_ENUM(LicenceFilter)

    explicit UserFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setQuickSearch(const QString &text);
    // Shows only the active users holding `licence` (ActiveHolders) or only the active users
    // without it (ActiveWithout); None shows everyone again. False, and nothing changes, for a
    // licence the loaded users do not have. The filter is kept across reloads while the
    // licence exists, and dropped (licenceFilterChanged) when a reload no longer has it.
    bool setLicenceFilter(const QString &licence, LicenceFilter filter);
    void clearLicenceFilter() { setLicenceFilter({}, LicenceFilter::None); }
    LicenceFilter licenceFilter() const { return m_criteria.licenceFilter; }
    QString licenceFilterName() const { return m_licence; }
    // While a directory loads, new rows are appended instead of sorted in: keeping 100,000 rows
    // sorted as pages arrive costs QSortFilterProxyModel rows x rows. Sorting resumes (once)
    // when loading ends. Filtering applies to new rows throughout.
    void setLoading(bool loading);
    QString quickSearch() const { return m_text; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void licenceFilterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The filter's parts, so a new one can be tried on every row before it is applied.
    struct Criteria
    {
        QStringList words; // case-folded
        QByteArrayList needles; // the same in UTF-8, as the model's search text is
        LicenceFilter licenceFilter = LicenceFilter::None;
        int licenceIndex = -1;
    };
    static bool matches(QByteArrayView haystack, const QByteArrayList &needles);
    bool accepts(int sourceRow, const Criteria &criteria) const;
    void apply(const Criteria &criteria);
    void onSourceReset();

    UserTableModel *m_users = nullptr;
    QMetaObject::Connection m_sourceReset;
    QString m_text;
    QString m_licence;
    Criteria m_criteria;
};

} // namespace ScimDesk
