#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QStringList>

namespace ScimDesk {

class UserTableModel;

struct GroupRecord
{
    QString id;
    QString displayName;
    QString externalId;
    QStringList memberIds;
    QStringList memberDisplays; // what the service says, used when the user is not loaded

    // The groups in a page of SCIM Group resources (those without an id are left out).
    static QList<GroupRecord> fromResources(const QJsonArray &resources);
    // id, displayName and members: what planning a membership change needs.
    QJsonObject toResource() const;
};

// The directory's groups, appended page by page.
class GroupTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTableModel)

public:
    enum Column { NameColumn, MembersColumn, ExternalIdColumn, IdColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit GroupTableModel(QObject *parent = nullptr);

    void clear();
    void addPage(const QJsonArray &resources) { addGroups(GroupRecord::fromResources(resources)); }
    // Adds new groups and replaces those already listed (by id).
    void addGroups(QList<GroupRecord> groups);
    const GroupRecord &group(int row) const { return m_groups.at(row); }
    const QList<GroupRecord> &all() const { return m_groups; }
    // The row of the group with `id`, or -1.
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    // The groups `userId` is a member of, by name.
    QStringList groupsOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<GroupRecord> m_groups;
    QHash<QString, int> m_rowById;
};

// The members of one group, each resolved to its user where that user is loaded.
class GroupMembersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMembersModel)

public:
    enum Column { NameColumn, UserNameColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    GroupMembersModel(GroupTableModel *groups, UserTableModel *users, QObject *parent = nullptr);

    // Shows the members of the group in `groupRow` (-1: none).
    void setGroupRow(int groupRow);
    int groupRow() const { return m_groupRow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    GroupTableModel *m_groups;
    UserTableModel *m_users;
    int m_groupRow = -1;
};

} // namespace ScimDesk
