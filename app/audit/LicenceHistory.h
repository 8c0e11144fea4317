#pragma once

#include "AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ScimDesk {

class UserStore;

// What each user held before they were deactivated, for a reactivation to give back. First the
// audit log: what an apply's deactivation recorded. For a user it has no deactivation of (one
// deactivated in the service's admin panel, or by an identity provider), the licences the
// console last saw them hold while they were active, which remember() keeps per connection
// next to the audit log, readable by its owner only.
class LicenceHistory
{
    Q_DECLARE_TR_FUNCTIONS(LicenceHistory)

public:
    // For the connection with `connectionId`; `directory` overrides the audit log's folder.
    explicit LicenceHistory(const QString &connectionId, const QString &directory = {});

    // Licences by user id. A user deactivated by an apply is listed even when they held none;
    // one reactivated since is not. `error` says why the audit log could not be read (what the
    // console saw still counts).
    QHash<QString, QStringList> read(QString *error = nullptr) const;
    // Keeps what the active users of `store` hold now. Everyone else keeps what was kept before
    // — inactive users, and those the service no longer lists (Lucid hides deactivated users).
    // Empty on success, else why not.
    QString remember(const UserStore &store) const;

    QString seenPath() const { return m_seenPath; }

private:
    QHash<QString, QStringList> readSeen() const;

    AuditLog m_audit;
    QString m_seenPath;
};

} // namespace ScimDesk
