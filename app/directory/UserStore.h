#pragma once

#include "UserRecord.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>

namespace ScimDesk {

// The users of one directory as loaded, in arrival order, with an index by id. Appending a
// page keeps earlier rows where they are (models insert rows as pages arrive).
class UserStore
{
public:
    explicit UserStore(LicenceCatalog licences = {});

    const LicenceCatalog &licences() const { return m_licences; }
    // Adds the users of one page; a user already present (same id) is updated in place.
    // Returns how many rows were appended.
    qsizetype addPage(const QJsonArray &resources);
    // Adds one record, or replaces the one with the same id. Returns its row, or -1 without id.
    qsizetype put(UserRecord record);
    void clear();
    // Removes the users with these ids; later rows move up. Returns the rows removed, ascending.
    QList<qsizetype> remove(const QSet<QString> &ids);

    qsizetype size() const { return m_users.size(); }
    const UserRecord &at(qsizetype row) const { return m_users.at(row); }
    // The row of the user with `id`, or -1.
    qsizetype rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    qsizetype memoryUsage() const;

private:
    LicenceCatalog m_licences;
    QList<UserRecord> m_users;
    QHash<QString, qsizetype> m_rowById;
};

} // namespace ScimDesk
