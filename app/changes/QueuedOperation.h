#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ScimDesk {

// One thing the admin asked for, as the change queue keeps it: by hand (deactivate these users,
// grant a licence) or from a row of an imported file (update these attributes, create this
// user). The queue plans its operations again on every edit, so a user's operations merge into
// one change whatever their origin.
struct QueuedOperation
{
    enum class Kind {
        Deactivate,
        Reactivate,
        DeleteUser,
        GrantLicence,
        RevokeLicence,
        AddToGroup,
        RemoveFromGroup,
        Update, // an import: `values` are the attributes the file sets
        Create, // an import: `values` is the new user, `groupIds` the groups it joins
    };
    Kind kind = Kind::Deactivate;
    QString userId; // empty for a create
    QString userName; // for messages; a create's key
    QString licence; // for licence operations
    QString groupId; // for group operations
    QJsonObject values; // Update: attribute path -> value ("active" too); Create: the resource
    QStringList groupIds; // Create
    // Update that reactivates: the licences the file says what to do with, not given back
    // from the history.
    QStringList keepLicences;
    QString why; // said with the change: "row 7", "not in the file"
    QString source; // the file it came from; empty when asked for by hand

    bool operator==(const QueuedOperation &other) const = default;
};

// A user an import's row keeps (a provision or sync row naming them, not deactivating them),
// and the licence cells it fills in, whether or not they change anything: a pending change
// that contradicts them is a conflict.
struct KeptUser
{
    int row = 0;
    quint32 licencesStated = 0; // bit i: the row says whether the user holds licenceNames[i]
    quint32 licencesHeld = 0; // bit i: the row says they do

    bool operator==(const KeptUser &other) const = default;
};

// What an import adds to the queue: its operations, and the users its rows keep, by id, so
// that a pending deactivation of someone the file keeps is a conflict to resolve.
struct ImportedOperations
{
    QString fileName;
    QList<QueuedOperation> operations;
    QHash<QString, KeptUser> kept;
    QStringList licenceNames; // what KeptUser's bits stand for
};

} // namespace ScimDesk
