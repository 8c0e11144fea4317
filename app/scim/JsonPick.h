#pragma once

#include "JsonText.h"

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>
#include <vector>

namespace ScimDesk {

// A value a list page's scanner picked out of a resource while checking its bytes (see
// JsonPaths): what it is and where its JSON text lies, valid while those bytes are. Reads as a
// JsonView of the same value does.
class JsonPick
{
public:
    enum class Type : quint8 { Undefined, Object, Array, String, True, False, Null, Number };

    JsonPick() = default;
    // `json`: the value's text, a string's with its quotes; `count`: an array's elements.
    JsonPick(Type type, QByteArrayView json, quint32 count = 0, bool escaped = false)
        : m_data(json.data())
        , m_length(quint32(json.size()))
        , m_count(count)
        , m_type(type)
        , m_escaped(escaped)
    { }

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    // The value's JSON text.
    QByteArrayView json() const { return {m_data, qsizetype(m_length)}; }
    // A string's content as written between its quotes, and whether it holds escape sequences
    // (then it is JsonText::unescapeUtf8() of this); empty when not a string.
    QByteArrayView stringBytes(bool *escaped) const
    {
        *escaped = isString() && m_escaped;
        return isString() ? QByteArrayView(m_data + 1, qsizetype(m_length) - 2) : QByteArrayView();
    }
    bool toBool(bool otherwise = false) const
    {
        return m_type == Type::True ? true : m_type == Type::False ? false : otherwise;
    }
    // An array's elements; 0 for anything else.
    qsizetype size() const { return isArray() ? qsizetype(m_count) : 0; }

private:
    const char *m_data = nullptr;
    quint32 m_length = 0;
    quint32 m_count = 0;
    Type m_type = Type::Undefined;
    bool m_escaped = false;
};

// The members a reader wants of many resources of one shape, by path, each to a slot: what a
// list page's scanner picks out while it checks a resource's bytes (ListPage::Converter::paths()),
// so that reading a few attributes of a hundred thousand resources needs neither an index of
// every value nor a second walk over them. The last member of a name counts, as in a QJsonObject:
// a later one replaces an earlier one's value, and everything picked from inside it.
class JsonPaths
{
public:
    // The slot of the value at `path`: members' names (UTF-8), outermost first. Adding a path
    // again gives its slot again; slots count from 0 in the order they are made.
    int add(std::initializer_list<QByteArrayView> path);
    // The slots of the members `names` of each of the first `max` elements of the array at
    // `path` (objects; any other element, and those after `max`, give none): element i's
    // member j in slot first + i * names.size() + j, where first is what this returns. The
    // array's own slot, with how many elements it has, is add(path).
    int addElements(std::initializer_list<QByteArrayView> path,
                    std::initializer_list<QByteArrayView> names, int max);
    int slotCount() const { return m_slotCount; }
    int levelCount() const { return int(m_levels.size()); }

    // What the scanner looks for in an object: the slot a member's value goes to (in an
    // element, counted from the element's first slot), and/or the level its own members are
    // looked for in, or the level its elements' members are (-1: none).
    struct Member
    {
        QByteArray utf8;
        int slot = -1;
        int level = -1;
        int elements = -1;
    };
    static constexpr int Root = 0; // the level of a resource's own members
    // The member `name` (UTF-8, unescaped) of an object at `level`, or nullptr.
    const Member *find(int level, QByteArrayView name) const
    {
        const Level &here = m_levels[size_t(level)];
        if (size_t(name.size()) >= here.byLength.size())
            return nullptr;
        for (const quint8 i : here.byLength[size_t(name.size())]) {
            if (JsonText::sameBytes(here.members[i].utf8.constData(), name.data(),
                                    size_t(name.size())))
                return &here.members[i];
        }
        return nullptr;
    }
    // The slots filled at `level` and below it: emptied when a later member replaces the one
    // that holds them.
    const std::vector<int> &slotsUnder(int level) const { return m_levels[size_t(level)].under; }
    // An elements' level: element i's slots start at first + i * stride, for i < max.
    struct Elements
    {
        int first = -1;
        int stride = 0;
        int max = 0;
    };
    const Elements &elements(int level) const { return m_levels[size_t(level)].elements; }

private:
    struct Level
    {
        std::vector<Member> members;
        std::vector<std::vector<quint8>> byLength; // members' indexes by their names' length
        std::vector<int> under;
        Elements elements; // an elements' level
    };
    // The member `name` of `level`, made if need be; valid until the next one is made.
    Member &member(int level, QByteArrayView name);
    // The member at `path`, its levels made as need be; `levels` gets those on the way.
    Member &member(std::initializer_list<QByteArrayView> path, std::vector<int> *levels);
    void slotUnder(const std::vector<int> &levels, int slot);

    std::vector<Level> m_levels {1};
    int m_slotCount = 0;
};

} // namespace ScimDesk
