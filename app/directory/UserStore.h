#pragma once

#include "UserRecord.h"

#include <QJsonArray>
#include <QList>
#include <QSet>

#include <vector>

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
    // Room for `count` users without growing (at most a million: the count comes from a
    // service), so that a load that knows how many are coming neither copies the records nor
    // rebuilds the index as they arrive.
    void reserve(qsizetype count);
    // Removes the users with these ids; later rows move up. Returns the rows removed, ascending.
    QList<qsizetype> remove(const QSet<QString> &ids);

    qsizetype size() const { return m_users.size(); }
    const UserRecord &at(qsizetype row) const { return m_users.at(row); }
    // The row of the user with `id`, or -1.
    qsizetype rowOf(const QString &id) const;
    // The same by the id's UTF-8 (as a record keeps it).
    qsizetype rowOf(QByteArrayView id) const;

    // What the index looks ids up by. Code adding many users computes it once for each, for
    // rowOf() and put() both, and asks for the index's memory ahead (prefetch()): the index of
    // a large directory is megabytes, and each look-up is otherwise a cache miss.
    static quint32 hashOf(QByteArrayView id);
    qsizetype rowOf(QByteArrayView id, quint32 hash) const;
    qsizetype put(UserRecord record, quint32 hash);
    void prefetch(quint32 hash) const
    {
#if defined(__GNUC__)
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
#else
        Q_UNUSED(hash);
#endif
    }
    qsizetype memoryUsage() const;

private:
    // The index by id: open addressing over rows, the ids being the records' own bytes. A
    // QHash<QString, qsizetype> costs over 100 bytes a user (node and id string); this, 16.
    struct Slot
    {
        quint32 hash = 0;
        qint32 row = -1; // -1: empty
    };
    // The slot holding `id`, or the empty one where it would go.
    qsizetype slotOf(QByteArrayView id, quint32 hash) const;
    void grow(size_t slotCount = 0); // twice the slots, or `slotCount`
    void reindex(); // from the records, after removals

    LicenceCatalog m_licences;
    QList<UserRecord> m_users;
    std::vector<Slot> m_slots; // a power of two, at most half full
};

} // namespace ScimDesk
