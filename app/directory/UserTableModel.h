#pragma once

#include "PendingEdit.h"
#include "UserStore.h"
#include "scim/ListPage.h"

#include <QAbstractTableModel>
#include <QVector>

#include <functional>

namespace ScimDesk {

// The users of a directory as a table, in Qt Core only so the CLI and tests can use it. Rows
// are appended page by page (exact beginInsertRows/endInsertRows); licences get one column
// each, in the service's order. Sorting and searching go through cached per-row keys so that
// 100,000 rows stay fast.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column {
        UserNameColumn,
        DisplayNameColumn,
        GivenNameColumn,
        FamilyNameColumn,
        EmailColumn,
        ActiveColumn,
        GroupsColumn,
        ExternalIdColumn,
        DepartmentColumn,
        LastModifiedColumn,
        FixedColumnCount,
        // Licence columns follow, one per LicenceCatalog name.
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value the proxy sorts on
        IdRole,
        UserNameRole,
        ActiveRole,
        // True on a cell a pending change will change (the status of a user to be deleted too);
        // a dataChanged() that carries it says only what is pending changed, not the users.
        PendingRole,
        ExportRole = Qt::UserRole + 64, // TableExport: plain text for spreadsheets
    };

    explicit UserTableModel(QObject *parent = nullptr);

    // Forgets every row and sets the licences the service knows (their columns change). On a
    // reload of the same directory, `keepDeactivated` remembers the deactivated users (see
    // departed()).
    void reset(const LicenceCatalog &licences, bool keepDeactivated = false);
    // Room for `users` in all (UserStore::reserve()), when a load knows how many are coming.
    void reserve(qsizetype users) { m_store.reserve(users); }
    // A page of SCIM user resources turned into what the model keeps. Pure: a directory load
    // does it on a worker thread, so that the window only inserts rows.
    struct Page
    {
        std::vector<UserRecord> users;
        // What quick search looks in (see searchText()), the users' one after another: user i's
        // ends at searchEnds[i], where user i + 1's starts. One allocation a page, not a user.
        QByteArray searchText;
        std::vector<quint32> searchEnds;
        // UserStore::hashOf() each user's id, when the page's reader made them (the high half
        // of its keys): the ids are not hashed again. Empty: addPage() hashes them.
        std::vector<quint32> idHashes;
    };
    static Page convert(const QJsonArray &resources, const LicenceCatalog &licences);
    // The same made from a page as the service sent it while the page is read, without
    // QJsonObjects (much faster): each user from what the page's scanner picks out of its bytes
    // as it checks them (UserRecord::Reader), on the thread reading the page. Read the page
    // Indexed with one (ListPage::read()), then take().
    class PageConverter final : public ListPage::Converter
    {
    public:
        // `reader` may be shared by converters on several threads: reading is const.
        explicit PageConverter(std::shared_ptr<const UserRecord::Reader> reader);
        const JsonPaths *paths() const override { return &m_reader->paths(); }
        void addPicked(QByteArrayView resource, const JsonPick *picks, const IdKey &id) override;
        void keepOnly(const QList<bool> &keep) override;
        // What was made, for addPage(); the converter is empty after.
        Page take();

    private:
        std::shared_ptr<const UserRecord::Reader> m_reader;
        Page m_page;
        UserRecord::Arena m_arena; // the page's records' text
    };
    // A deactivated user that an earlier load of this directory held and this one does not
    // list (Lucid leaves deactivated users out of lists): who a group's member is. nullptr when
    // the console never saw them.
    const UserRecord *departed(const QString &id) const;
    // Users read one by one that the list leaves out (a group's deactivated members): known by
    // departed(), not rows of the table.
    void addDeparted(const QJsonArray &resources);
    // Appends one page of SCIM user resources; users already present are updated in place.
    void addPage(const QJsonArray &resources);
    // The same for a page convert() or a PageConverter made (with this model's licences).
    void addPage(Page page);
    // Removes the users with these ids (deleted on the service).
    void removeUsers(const QSet<QString> &ids);

    const UserStore &store() const { return m_store; }
    // What pending changes will do, by user id: the cells they change read "before → after".
    void setPending(QHash<QString, PendingEdit> byUserId);
    const QHash<QString, PendingEdit> &pending() const { return m_pending; }
    int licenceColumn(int licenceIndex) const { return FixedColumnCount + licenceIndex; }
    // Column identifiers stable across services: "userName", …, "licence:Lucidchart".
    QString columnKey(int column) const;
    int columnForKey(const QString &key) const;

    // Active users holding each licence, in catalog order.
    QList<qint64> activeLicenceCounts() const { return m_activeLicenceCounts; }
    qint64 activeCount() const { return m_activeCount; }

    // For the proxy: the text quick search looks in, case-folded (QString::toCaseFolded) and in
    // UTF-8, the text columns separated by U+001F; and a three-way comparison of two rows on a
    // column's raw value.
    QByteArrayView searchText(int row) const
    {
        const SearchSpan &span = m_searchText.at(row);
        return QByteArrayView(m_searchChunks[span.chunk]).sliced(span.start, span.size);
    }
    int compareRows(int left, int right, int column) const;
    // Ranks every row on a text column once (ties share a rank), so that a sort over 100,000
    // rows compares integers rather than strings. Rows added or changed afterwards drop the
    // ranks; comparisons then use the keys until the next call.
    void prepareSort(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Fetch-more: the directory loads everything once asked; no more to fetch while loading or
    // once loaded.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void setFetcher(std::function<void()> fetcher) { m_fetcher = std::move(fetcher); }
    void setCanFetch(bool canFetch) { m_canFetch = canFetch; }

Q_SIGNALS:
    void licenceCountsChanged();
    void departedChanged();

private:
    QVariant sortValue(const UserRecord &user, int column) const;
    // The cell as the service holds it now.
    QVariant shown(const UserRecord &user, int column) const;
    // The cell as a pending change leaves it; invalid when none changes it.
    QVariant pendingValue(const UserRecord &user, int column) const;
    const QVector<QString> &sortKeys(int column) const;
    static QString sortKey(const UserRecord &user, int column);
    void count(const UserRecord &user, int sign);

    UserStore m_store;
    // Each row's search text, in UTF-8 (half a QString's size for the usual names), kept in the
    // pages' buffers as they came: a row's span moves to the newer page when it is updated, and
    // the text it leaves stays until the next reset (updates are few next to a load).
    struct SearchSpan
    {
        quint32 chunk;
        quint32 start;
        quint32 size;
    };
    std::vector<QByteArray> m_searchChunks;
    QList<SearchSpan> m_searchText; // one a row
    mutable QHash<int, QVector<QString>> m_sortKeys; // text columns, built on first sort
    mutable QHash<int, QVector<int>> m_ranks; // text columns, valid for every row, or absent
    QList<qint64> m_activeLicenceCounts;
    qint64 m_activeCount = 0;
    QHash<QString, PendingEdit> m_pending; // by user id
    QHash<QString, UserRecord> m_departed; // by user id
    std::function<void()> m_fetcher;
    bool m_canFetch = false;
};

} // namespace ScimDesk
