#include "UserStore.h"

namespace ScimDesk {

UserStore::UserStore(LicenceCatalog licences)
    : m_licences(std::move(licences))
{ }

qsizetype UserStore::addPage(const QJsonArray &resources)
{
    const qsizetype before = m_users.size();
    m_users.reserve(m_users.size() + resources.size());
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

} // namespace ScimDesk
