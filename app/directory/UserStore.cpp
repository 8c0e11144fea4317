#include "UserStore.h"

#include <algorithm>

namespace ScimDesk {

UserStore::UserStore(LicenceCatalog licences)
    : m_licences(std::move(licences))
{ }

qsizetype UserStore::addPage(const QJsonArray &resources)
{
    const qsizetype before = m_users.size();
    // Grown as a list grows: an exact reserve on every page would copy all users each time.
    if (m_users.capacity() < m_users.size() + resources.size())
        m_users.reserve(qMax(2 * m_users.capacity(), m_users.size() + resources.size()));
    for (const QJsonValue &value : resources)
        put(UserRecord::fromResource(value.toObject(), m_licences));
    return m_users.size() - before;
}

qsizetype UserStore::put(UserRecord record)
{
    const QString id = record.id();
    if (id.isEmpty())
        return -1;
    const auto existing = m_rowById.constFind(id);
    if (existing != m_rowById.cend()) {
        m_users[*existing] = std::move(record);
        return *existing;
    }
    const qsizetype row = m_users.size();
    m_rowById.insert(id, row);
    m_users.append(std::move(record));
    return row;
}

void UserStore::clear()
{
    m_users.clear();
    m_rowById.clear();
}

qsizetype UserStore::memoryUsage() const
{
    qsizetype bytes = m_users.capacity() * qsizetype(sizeof(UserRecord));
    for (const UserRecord &user : m_users)
        bytes += user.memoryUsage() - qsizetype(sizeof(UserRecord));
    // The id index: a hash node and the id string per user.
    bytes += m_rowById.size() * (qsizetype(sizeof(QString) + sizeof(qsizetype)) + 64);
    return bytes;
}

QList<qsizetype> UserStore::remove(const QSet<QString> &ids)
{
    QList<qsizetype> removed;
    for (const QString &id : ids) {
        if (const qsizetype row = rowOf(id); row >= 0)
            removed.append(row);
    }
    if (removed.isEmpty())
        return removed;
    std::sort(removed.begin(), removed.end());
    for (auto it = removed.crbegin(); it != removed.crend(); ++it)
        m_users.removeAt(*it);
    m_rowById.clear();
    m_rowById.reserve(m_users.size());
    for (qsizetype row = 0; row < m_users.size(); ++row)
        m_rowById.insert(m_users.at(row).id(), row);
    return removed;
}

} // namespace ScimDesk
