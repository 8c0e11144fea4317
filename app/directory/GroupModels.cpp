#include "GroupModels.h"

#include "UserTableModel.h"

#include <QJsonObject>

namespace ScimDesk {

GroupTableModel::GroupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GroupTableModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_rowById.clear();
    endResetModel();
}

QList<GroupRecord> GroupRecord::fromResources(const QJsonArray &resources)
{
    QList<GroupRecord> groups;
    groups.reserve(resources.size());
    for (const QJsonValue &value : resources) {
        const QJsonObject object = value.toObject();
        GroupRecord group;
        group.id = object.value(u"id").toString();
        if (group.id.isEmpty())
            continue;
        group.displayName = object.value(u"displayName").toString();
        group.externalId = object.value(u"externalId").toString();
        const QJsonArray members = object.value(u"members").toArray();
        group.memberIds.reserve(members.size());
        group.memberDisplays.reserve(members.size());
        for (const QJsonValue &member : members) {
            const QJsonObject entry = member.toObject();
            group.memberIds.append(entry.value(u"value").toString());
            group.memberDisplays.append(entry.value(u"display").toString());
        }
        groups.append(std::move(group));
    }
    return groups;
}

QJsonObject GroupRecord::toResource() const
{
    QJsonArray members;
    for (qsizetype i = 0; i < memberIds.size(); ++i)
        members.append(QJsonObject {{QStringLiteral("value"), memberIds.at(i)},
                                    {QStringLiteral("display"), memberDisplays.value(i)}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("members"), members}};
}

void GroupTableModel::addGroups(QList<GroupRecord> groups)
{
    QList<GroupRecord> fresh;
    for (GroupRecord &group : groups) {
        const int existing = m_rowById.value(group.id, -1);
        if (existing >= 0) {
            m_groups[existing] = std::move(group);
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        } else if (!m_rowById.contains(group.id)) {
            m_rowById.insert(group.id, -1); // a duplicate within the same page counts once
            fresh.append(std::move(group));
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_groups.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (GroupRecord &group : fresh) {
        m_rowById.insert(group.id, int(m_groups.size()));
        m_groups.append(std::move(group));
    }
    endInsertRows();
}

QStringList GroupTableModel::groupsOf(const QString &userId) const
{
    QStringList names;
    for (const GroupRecord &group : m_groups) {
        if (group.memberIds.contains(userId))
            names.append(group.displayName);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRecord &group = m_groups.at(index.row());
    if (role == IdRole)
        return group.id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return group.displayName;
    case MembersColumn:
        return int(group.memberIds.size());
    case ExternalIdColumn:
        return group.externalId;
    case IdColumn:
        return group.id;
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row's header is what names it, as a screen reader announces it with each cell.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < rowCount())
        return index(section, NameColumn).data();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Group");
    case MembersColumn:
        return tr("Members");
    case ExternalIdColumn:
        return tr("External ID");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

GroupMembersModel::GroupMembersModel(GroupTableModel *groups, UserTableModel *users,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_groups(groups)
    , m_users(users)
{
    // Members resolve as users arrive (or are read one by one); a reset of either side empties
    // the list.
    const auto resolve = [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(m_users, &QAbstractItemModel::rowsInserted, this, resolve);
    connect(m_users, &UserTableModel::departedChanged, this, resolve);
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] { setGroupRow(-1); });
    connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, [this] { setGroupRow(-1); });
}

void GroupMembersModel::setGroupRow(int groupRow)
{
    beginResetModel();
    m_groupRow = groupRow >= 0 && groupRow < m_groups->rowCount() ? groupRow : -1;
    endResetModel();
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_groupRow < 0)
        return 0;
    return int(m_groups->group(m_groupRow).memberIds.size());
}

int GroupMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRecord &group = m_groups->group(m_groupRow);
    const QString id = group.memberIds.at(index.row());
    if (role == IdRole)
        return id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const qsizetype userRow = m_users->store().rowOf(id);
    const UserRecord *user = userRow >= 0 ? &m_users->store().at(userRow) : nullptr;
    if (!user)
        user = m_users->departed(id); // deactivated, and left out of the list since
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && user && userRow < 0)
        return tr("Deactivated: the service no longer lists this user (Lucid hides deactivated "
                  "users); this is who the console saw before.");
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !user)
        return tr("This member is not among the loaded users: it may be outside the server-side "
                  "filter, or the service leaves it out of lists (Lucid hides deactivated users). "
                  "Look it up by user name on the Users page.");
    switch (index.column()) {
    case NameColumn:
        if (user && !user->field(UserRecord::DisplayName).isEmpty())
            return user->field(UserRecord::DisplayName);
        return group.memberDisplays.at(index.row()).isEmpty()
            ? id
            : group.memberDisplays.at(index.row());
    case UserNameColumn:
        return user ? user->userName() : tr("(not loaded: %1)").arg(id);
    case StatusColumn:
        if (!user)
            return tr("Not loaded");
        if (userRow < 0)
            return user->isActive() ? tr("Not listed") : tr("Deactivated (not listed)");
        return user->isActive() ? tr("Active") : tr("Deactivated");
    default:
        return {};
    }
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row's header is what names it, as a screen reader announces it with each cell.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < rowCount())
        return index(section, NameColumn).data();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Member");
    case UserNameColumn:
        return tr("User name");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ScimDesk
