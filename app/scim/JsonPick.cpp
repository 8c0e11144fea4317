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
    Q_ASSERT(here.members.size() < 0xFF);
    const auto length = size_t(name.size());
    if (here.byLength.size() <= length)
        here.byLength.resize(length + 1);
    here.byLength[length].push_back(quint8(here.members.size()));
    here.members.push_back({name.toByteArray()});
    return here.members.back();
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
    return added.slot;
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
    return elements.first;
}

} // namespace ScimDesk
