#pragma once

#include <QSortFilterProxyModel>

namespace ScimDesk {

class UserTableModel;

// Quick search and sorting over a UserTableModel. Search words must all appear (in any field
// the table shows as text, case-insensitively); sorting compares raw values, not display text.
class UserFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterProxy)

public:
    explicit UserFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setQuickSearch(const QString &text);
    // While a directory loads, new rows are appended instead of sorted in: keeping 100,000 rows
    // sorted as pages arrive costs QSortFilterProxyModel rows x rows. Sorting resumes (once)
    // when loading ends. Filtering applies to new rows throughout.
    void setLoading(bool loading);
    QString quickSearch() const { return m_text; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static bool matches(const QString &haystack, const QStringList &words);

    UserTableModel *m_users = nullptr;
    QString m_text;
    QStringList m_words;
};

} // namespace ScimDesk
