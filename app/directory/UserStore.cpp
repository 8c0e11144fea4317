#include "UserStore.h"

#include "scim/ListPage.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bit>

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

quint32 UserStore::hashOf(QByteArrayView id)
{
    // The high half of the id's key, which a page read has already made of every id it holds
    // (UserTableModel::Page::idHashes).
    return quint32(IdKey::highOf(id));
}

qsizetype UserStore::slotOf(QByteArrayView id, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot &s = m_slots[slot];
        if (s.row < 0 || (s.hash == hash && m_users.at(s.row).fieldView(UserRecord::Id) == id))
            return qsizetype(slot);
    }
}

qsizetype UserStore::rowOf(QByteArrayView id) const
{
    return rowOf(id, hashOf(id));
}

qsizetype UserStore::rowOf(QByteArrayView id, quint32 hash) const
{
    if (m_slots.empty() || id.isEmpty())
        return -1;
    return m_slots[size_t(slotOf(id, hash))].row;
}

qsizetype UserStore::rowOf(const QString &id) const
{
    // Ids are ASCII nearly always (UUIDs): their UTF-8 without an allocation.
    QVarLengthArray<char, 64> ascii(id.size());
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        if (c >= 0x80)
            return rowOf(QByteArrayView(id.toUtf8()));
        ascii[i] = char(c);
    }
    return rowOf(QByteArrayView(ascii.constData(), ascii.size()));
}

qsizetype UserStore::put(UserRecord record)
{
    const quint32 hash = hashOf(record.fieldView(UserRecord::Id));
    return put(std::move(record), hash);
}

qsizetype UserStore::put(UserRecord record, quint32 hash)
{
    const QByteArrayView id = record.fieldView(UserRecord::Id);
    Q_ASSERT(hash == hashOf(id));
    if (id.isEmpty())
        return -1;
    if (2 * (m_users.size() + 1) > qsizetype(m_slots.size()))
        grow();
    Slot &slot = m_slots[size_t(slotOf(id, hash))];
    if (slot.row >= 0) {
        m_users[slot.row] = std::move(record);
        return slot.row;
    }
    slot = {hash, qint32(m_users.size())};
    m_users.append(std::move(record));
    return slot.row;
}

void UserStore::reserve(qsizetype count)
{
    count = qMin<qsizetype>(count, 1'000'000);
    if (count <= m_users.size())
        return;
    m_users.reserve(count);
    if (const size_t wanted = std::bit_ceil(size_t(2 * count)); wanted > m_slots.size())
        grow(wanted);
}

void UserStore::grow(size_t slotCount)
{
    // From the hashes kept: the records (and their ids) are not read again.
    std::vector<Slot> old(qMax<size_t>(64, slotCount > 0 ? slotCount : 2 * m_slots.size()));
    m_slots.swap(old);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &entry : old) {
        if (entry.row < 0)
            continue;
        size_t slot = entry.hash & mask;
        while (m_slots[slot].row >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

void UserStore::reindex()
{
    std::fill(m_slots.begin(), m_slots.end(), Slot());
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        const QByteArrayView id = m_users.at(row).fieldView(UserRecord::Id);
        const quint32 hash = hashOf(id);
        m_slots[size_t(slotOf(id, hash))] = {hash, qint32(row)};
    }
}

void UserStore::clear()
{
    m_users.clear();
    m_slots.clear();
}

qsizetype UserStore::memoryUsage() const
{
    qsizetype bytes = m_users.capacity() * qsizetype(sizeof(UserRecord));
    for (const UserRecord &user : m_users)
        bytes += user.memoryUsage() - qsizetype(sizeof(UserRecord));
    return bytes + qsizetype(m_slots.capacity() * sizeof(Slot));
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
    reindex();
    return removed;
}

} // namespace ScimDesk
