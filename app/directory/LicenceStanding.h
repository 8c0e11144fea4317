#pragma once

#include <QList>
#include <QString>

namespace ScimDesk {

class GroupTableModel;
class UserTableModel;
struct ConnectionProfile;

// What the Licences page says about one licence: how many active users hold it, how many go
// without, and, when the connection gives licences by group, which group grants it and whether
// the service has that group.
struct LicenceStanding
{
    enum class Grant {
        ByAttribute, // the connection gives licences by the users' licence attributes
        NoGroupSet, // by group, but the connection names no group for this licence
        GroupFound,
        GroupMissing, // every group is loaded and none has that displayName
        Unchecked, // the groups are not all loaded (yet, or reading them failed)
    };

    QString licence;
    qint64 holders = 0; // active users holding it
    qint64 without = 0; // active users without it
    Grant grant = Grant::ByAttribute;
    QString group; // the granting group's displayName, when by group
    int groupMembers = 0; // GroupFound: how many members it has
    QString nearMiss; // GroupMissing: a loaded group whose name differs only in case or spaces

    // One per licence of `users`, in catalog order. `groupsComplete`: every group the service
    // lists is loaded, so a group that is not among them does not exist. The service matches a
    // licence group's displayName exactly (Lucid: case-sensitively), and so does this.
    static QList<LicenceStanding> of(const UserTableModel &users, const GroupTableModel &groups,
                                     bool groupsComplete, const ConnectionProfile &profile);
};

} // namespace ScimDesk
