#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace ScimDesk {

class JsonView;
// How a list page's scanner reads (ListPage.cpp).
enum class ListPageScan : quint8;

// An index of JSON bytes already checked to be JSON (a ListPage's resource), for code that reads
// a few attributes of many resources: built in one pass, it decodes a string only when asked
// for it and allocates nothing else. The bytes must outlive it.
class JsonIndex
{
public:
    explicit JsonIndex(QByteArrayView json);
    // An empty index, for read().
    JsonIndex() = default;
    // Indexes `json` instead of what it held, keeping its memory: for code indexing many small
    // values one after another.
    void read(QByteArrayView json);
    JsonView root() const;

private:
    friend class JsonView;
    // A list page's scanner checks and indexes its resources in one pass.
    template<ListPageScan> friend class ListPageScanner;
    friend class ListPage;
    JsonView view(quint32 entry) const;

    enum class Type : quint8 { Object, Array, String, True, False, Null, Number };
    struct Entry
    {
        quint32 start; // of the value's bytes; a string's content, without its quotes
        quint32 length;
        quint32 next; // the entry after this value and everything inside it
        Type type;
        bool escaped; // a string with escape sequences
    };
    quint32 add(const char *&pos, const char *end);

    QByteArrayView m_json;
    std::vector<Entry> m_entries;
};

// One value of a JsonIndex, with the part of QJsonObject's, QJsonArray's and QJsonValue's
// interface that reading a resource needs, so that one template reads either. A missing value
// is undefined, and reads as QJsonValue's would.
class JsonView
{
public:
    JsonView() = default;

    bool isUndefined() const { return !m_index; }
    bool isObject() const { return is(JsonIndex::Type::Object); }
    bool isArray() const { return is(JsonIndex::Type::Array); }
    bool isString() const { return is(JsonIndex::Type::String); }

    // An object's member, or undefined. The last member of a name counts, as in a QJsonObject.
    JsonView value(QStringView key) const;
    // The same for a name given as UTF-8, compared with the members' bytes as they are unless
    // escaped: what code reading many resources uses, with its names converted once.
    JsonView value(QByteArrayView utf8Key) const;
    // Several members at once, for code that wants a few of an object's members: one walk over
    // the members, `out[i]` getting the value of the one named `names[i]` (UTF-8, as above), or
    // undefined.
    void values(const QByteArrayView *names, qsizetype count, JsonView *out) const;
    bool contains(QStringView key) const { return !value(key).isUndefined(); }
    JsonView toObject() const { return isObject() ? *this : JsonView(); }
    JsonView toArray() const { return isArray() ? *this : JsonView(); }
    QString toString() const;
    // A string's UTF-8. Without escapes it is the JSON bytes themselves (no copy): like the
    // view, it must not outlive them.
    QByteArray toUtf8() const;
    // A string's content as written between its quotes, and whether it holds escape sequences
    // (then it is JsonText::unescapeUtf8() of this): for code copying many strings, with no
    // QByteArray made for each. Empty when not a string.
    QByteArrayView stringBytes(bool *escaped) const
    {
        if (!isString()) {
            *escaped = false;
            return {};
        }
        *escaped = entry().escaped;
        return m_index->m_json.sliced(entry().start, entry().length);
    }
    bool toBool(bool otherwise = false) const
    {
        return is(JsonIndex::Type::True) ? true : is(JsonIndex::Type::False) ? false : otherwise;
    }

    // An array's elements, or an object's members.
    qsizetype size() const;
    JsonView at(qsizetype i) const;

    // An object's members, in the order they were written.
    class const_iterator
    {
    public:
        QString key() const;
        // The key's UTF-8: the JSON bytes themselves unless escaped (see toUtf8()).
        QByteArray keyUtf8() const { return JsonView(m_index, m_entry).toUtf8(); }
        JsonView value() const { return {m_index, m_entry + 1}; }
        const_iterator &operator++()
        {
            m_entry = m_index->m_entries[m_entry + 1].next; // past the key and its value
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_entry != other.m_entry; }

    private:
        friend class JsonView;
        const_iterator(const JsonIndex *index, quint32 entry)
            : m_index(index)
            , m_entry(entry)
        { }
        const JsonIndex *m_index;
        quint32 m_entry; // the member's key
    };
    const_iterator begin() const { return {m_index, isObject() ? m_entry + 1 : 0}; }
    const_iterator end() const { return {m_index, isObject() ? entry().next : 0}; }

private:
    friend class JsonIndex;
    JsonView(const JsonIndex *index, quint32 entry)
        : m_index(index)
        , m_entry(entry)
    { }
    bool is(JsonIndex::Type type) const
    {
        return m_index && m_index->m_entries[m_entry].type == type;
    }
    const JsonIndex::Entry &entry() const { return m_index->m_entries[m_entry]; }

    const JsonIndex *m_index = nullptr;
    quint32 m_entry = 0;
};

} // namespace ScimDesk
