#pragma once

#include "QueuedOperation.h"

#include <QCoreApplication>

#include <functional>

namespace ScimDesk {

// How an import joins the pending changes rather than replacing them. Users only one side
// changes keep that side's operations; a user both change keeps both, merged into one change as
// manual edits are. Where the two disagree — one attribute, licence or membership set two ways,
// a delete against any other change, or a pending deactivation of someone the file keeps — the
// admin chooses, for that user, which side stays.
class ImportMerge
{
    Q_DECLARE_TR_FUNCTIONS(ImportMerge)

public:
    struct Conflict
    {
        QString userKey; // userKey() of the operations in conflict
        QString userName;
        QStringList pending; // what the queue does to them, in words
        QStringList file; // what the file asks, in words
    };
    enum class Choice { KeepPending, UseFile };
    // A group's name for its id (for words about memberships).
    using GroupName = std::function<QString(const QString &groupId)>;

    // The user an operation is about: "User:<id>", or "User:+<userName>" for a create.
    static QString userKey(const QueuedOperation &operation);
    // "deactivate", "grant Lucidspark", "set Department, Title (row 7)".
    static QString describe(const QueuedOperation &operation, const GroupName &groupName);

    // The users the queue's `pending` operations and the import disagree on, in the file's order.
    static QList<Conflict> conflicts(const QList<QueuedOperation> &pending,
                                     const ImportedOperations &import, const GroupName &groupName);
    // `pending` with the import merged in; for a user in conflict, `choices` (by userKey; keep
    // pending when absent) says whose operations stay. Operations already pending are not
    // added twice.
    static QList<QueuedOperation> merged(QList<QueuedOperation> pending,
                                         const ImportedOperations &import,
                                         const QHash<QString, Choice> &choices);
};

} // namespace ScimDesk
