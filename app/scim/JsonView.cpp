#include "JsonView.h"

#include "JsonText.h"

#include <algorithm>
#include <cstring>

namespace ScimDesk {

namespace {

void skipSpace(const char *&pos, const char *end)
{
    while (pos < end && (*pos == ' ' || *pos == '\n' || *pos == '\r' || *pos == '\t'))
        ++pos;
}

} // namespace

JsonIndex::JsonIndex(QByteArrayView json)
{
    m_entries.reserve(size_t(json.size() / 16));
    read(json);
}

void JsonIndex::read(QByteArrayView json)
{
    m_json = json;
    m_entries.clear();
    const char *pos = json.data();
    const char *end = pos + json.size();
    skipSpace(pos, end);
    if (pos < end)
        add(pos, end);
}

JsonView JsonIndex::root() const
{
    return m_entries.empty() ? JsonView() : JsonView(this, 0);
}

JsonView JsonIndex::view(quint32 entry) const
{
    return entry < m_entries.size() ? JsonView(this, entry) : JsonView();
}

// Indexes the value at `pos` and what it holds, and moves past it. The bytes are JSON: what
// is not a container or a string runs to the next delimiter.
quint32 JsonIndex::add(const char *&pos, const char *end)
{
    const quint32 self = quint32(m_entries.size());
    m_entries.push_back({quint32(pos - m_json.data()), 0, 0, Type::Null, false});
    const char c = *pos;
    if (c == '{' || c == '[') {
        m_entries[self].type = c == '{' ? Type::Object : Type::Array;
        const char close = c == '{' ? '}' : ']';
        ++pos;
        skipSpace(pos, end);
        while (pos < end && *pos != close) {
            add(pos, end); // a member's key, or an element
            skipSpace(pos, end);
            if (c == '{' && pos < end && *pos == ':') {
                ++pos;
                skipSpace(pos, end);
                add(pos, end);
                skipSpace(pos, end);
            }
            if (pos < end && *pos == ',') {
                ++pos;
                skipSpace(pos, end);
            }
        }
        ++pos;
    } else if (c == '"') {
        m_entries[self].type = Type::String;
        const char *start = ++pos;
        bool escaped = false;
        for (;;) {
            pos = JsonText::skipPlain(pos, end);
            if (pos >= end || *pos == '"')
                break;
            if (*pos == '\\') {
                escaped = true;
                pos += 2;
            } else {
                ++pos;
            }
        }
        m_entries[self].start = quint32(start - m_json.data());
        m_entries[self].length = quint32(pos - start);
        m_entries[self].escaped = escaped;
        ++pos;
    } else {
        m_entries[self].type = c == 't' ? Type::True
            : c == 'f'                  ? Type::False
            : c == 'n'                  ? Type::Null
                                        : Type::Number;
        while (pos < end && *pos != ',' && *pos != '}' && *pos != ']' && *pos != ' ' && *pos != '\n'
               && *pos != '\r' && *pos != '\t')
            ++pos;
    }
    if (m_entries[self].type != Type::String)
        m_entries[self].length = quint32(pos - m_json.data()) - m_entries[self].start;
    m_entries[self].next = quint32(m_entries.size());
    return self;
}

JsonView JsonView::value(QStringView key) const
{
    // An ASCII name is written in as many bytes as it has characters: no allocation for it.
    char ascii[64];
    const qsizetype length = key.size();
    bool isAscii = length <= qsizetype(sizeof ascii);
    for (qsizetype i = 0; isAscii && i < length; ++i) {
        const char16_t c = key[i].unicode();
        isAscii = c < 0x80;
        ascii[i] = char(c);
    }
    if (isAscii)
        return value(QByteArrayView(ascii, length));
    // Other names are compared as text: one may hold a lone surrogate, which UTF-8 cannot carry.
    JsonView found;
    if (!isObject())
        return found;
    const std::vector<JsonIndex::Entry> &entries = m_index->m_entries;
    const char *json = m_index->m_json.data();
    for (quint32 name = m_entry + 1; name < entry().next; name = entries[name + 1].next) {
        const JsonIndex::Entry &e = entries[name];
        if (JsonText::equals(QByteArrayView(json + e.start, e.length), e.escaped, key))
            found = {m_index, name + 1};
    }
    return found;
}

JsonView JsonView::value(QByteArrayView utf8Key) const
{
    JsonView found;
    values(&utf8Key, 1, &found);
    return found;
}

void JsonView::values(const QByteArrayView *names, qsizetype count, JsonView *out) const
{
    std::fill(out, out + count, JsonView());
    if (!isObject())
        return;
    const std::vector<JsonIndex::Entry> &entries = m_index->m_entries;
    const char *json = m_index->m_json.data();
    const quint32 stop = entry().next;
    // Most members are told apart by their length alone. A name with escapes (rare) is
    // compared decoded; the bytes are checked UTF-8, so comparing them is comparing the text.
    for (quint32 name = m_entry + 1; name < stop; name = entries[name + 1].next) {
        const JsonIndex::Entry &e = entries[name];
        for (qsizetype i = 0; i < count; ++i) {
            const bool same = !e.escaped
                ? e.length == quint32(names[i].size())
                    && JsonText::sameBytes(json + e.start, names[i].data(), e.length)
                : JsonText::equals(QByteArrayView(json + e.start, e.length), true,
                                   QString::fromUtf8(names[i]));
            if (same)
                out[i] = {m_index, name + 1};
        }
    }
}

QString JsonView::toString() const
{
    if (!isString())
        return {};
    const QByteArrayView text = m_index->m_json.sliced(entry().start, entry().length);
    return entry().escaped ? JsonText::unescape(text) : QString::fromUtf8(text);
}

QByteArray JsonView::toUtf8() const
{
    if (!isString())
        return {};
    const QByteArrayView text = m_index->m_json.sliced(entry().start, entry().length);
    return entry().escaped ? JsonText::unescapeUtf8(text)
                           : QByteArray::fromRawData(text.data(), text.size());
}

qsizetype JsonView::size() const
{
    qsizetype count = 0;
    if (isArray()) {
        for (quint32 i = m_entry + 1; i < entry().next; i = m_index->m_entries[i].next)
            ++count;
    } else if (isObject()) {
        for (const_iterator it = begin(); it != end(); ++it)
            ++count;
    }
    return count;
}

JsonView JsonView::at(qsizetype i) const
{
    if (!isArray())
        return {};
    for (quint32 e = m_entry + 1; e < entry().next; e = m_index->m_entries[e].next) {
        if (i-- == 0)
            return {m_index, e};
    }
    return {};
}

QString JsonView::const_iterator::key() const
{
    return JsonView(m_index, m_entry).toString();
}

} // namespace ScimDesk
