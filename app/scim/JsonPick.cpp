#include "JsonPick.h"

#include <algorithm>

namespace ScimDesk {

JsonPaths::Member &JsonPaths::member(int level, QByteArrayView name)
{
    Level &here = m_levels[size_t(level)];
    const auto it = std::find_if(here.members.begin(), here.members.end(),
                                 [name](const Member &member) { return member.utf8 == name; });
    if (it != here.members.end())
        return *it;
    here.members.push_back({name.toByteArray()});
    return here.members.back();
}

void JsonPaths::index()
{
    m_buckets.assign(m_levels.size() * Lengths, Bucket());
    m_candidates.clear();
    for (size_t level = 0; level < m_levels.size(); ++level) {
        const std::vector<Member> &members = m_levels[level].members;
        for (size_t length = 0; length < Lengths; ++length) {
            Bucket &bucket = m_buckets[level * Lengths + length];
            bucket.first = quint32(m_candidates.size());
            for (const Member &member : members) {
                const auto size = size_t(member.utf8.size());
                if (qMin(size, Lengths - 1) == length)
                    m_candidates.push_back({keyOf(member.utf8.constData(), size), size, &member});
            }
            bucket.count = quint32(m_candidates.size()) - bucket.first;
        }
    }
}

JsonPaths::Member &JsonPaths::member(std::initializer_list<QByteArrayView> path,
                                     std::vector<int> *levels)
{
    Q_ASSERT(path.size() > 0);
    int level = Root;
    for (auto name = path.begin();; ++name) {
        levels->push_back(level);
        if (name + 1 == path.end())
            return member(level, *name);
        int next = member(level, *name).level;
        if (next < 0) {
            next = int(m_levels.size());
            m_levels.emplace_back(); // moves the levels and their members
            member(level, *name).level = next;
        }
        level = next;
    }
}

void JsonPaths::slotUnder(const std::vector<int> &levels, int slot)
{
    for (const int level : levels)
        m_levels[size_t(level)].under.push_back(slot);
}

int JsonPaths::add(std::initializer_list<QByteArrayView> path)
{
    std::vector<int> levels;
    Member &added = member(path, &levels);
    if (added.slot < 0) {
        added.slot = m_slotCount++;
        slotUnder(levels, added.slot);
    }
    const int slot = added.slot;
    index();
    return slot;
}

int JsonPaths::addElements(std::initializer_list<QByteArrayView> path,
                           std::initializer_list<QByteArrayView> names, int max)
{
    const int level = int(m_levels.size());
    m_levels.emplace_back();
    const Elements elements {m_slotCount, int(names.size()), max};
    m_levels.back().elements = elements;
    std::vector<int> levels;
    Member &array = member(path, &levels);
    Q_ASSERT(array.elements < 0); // once for an array
    array.elements = level;
    int slot = 0;
    for (const QByteArrayView name : names)
        member(level, name).slot = slot++;
    m_slotCount += elements.stride * max;
    for (int i = elements.first; i < m_slotCount; ++i)
        slotUnder(levels, i);
    index();
    return elements.first;
}

} // namespace ScimDesk
