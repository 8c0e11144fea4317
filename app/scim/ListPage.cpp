#include "ListPage.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace ScimDesk {

IdKey IdKey::of(const QString &id)
{
    return id.isEmpty() ? IdKey() : ofUtf8(id.toUtf8());
}

namespace {

// Qt 6.4's qHashBits() hashes with 256-bit AES instructions where the processor has them, and
// returns with the upper halves of the vector registers still in use. Until they are cleared,
// every SSE instruction after it (the scanner's, which checks strings 16 bytes at a time) waits
// on those halves on Intel processors: hashing each resource's id made the whole scan slower.
void clearUpperVectorHalves()
{
#if defined(Q_PROCESSOR_X86_64) && defined(Q_CC_GNU)
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        asm volatile("vzeroupper"); // the assembler knows it without -mavx; the compiler uses
                                    // no more than the low halves (SSE2)
#endif
}

quint64 hashOfId(QByteArrayView id, quint64 seed)
{
    return quint64(qHashBits(id.data(), size_t(id.size()), seed));
}

constexpr quint64 HighSeed = 0x9e3779b97f4a7c15u;

} // namespace

IdKey IdKey::ofUtf8(QByteArrayView id)
{
    // Two independent 64-bit hashes: ids that collide in both would be needed for a resource to
    // pass for one already seen, which 2^-128 per pair makes as good as impossible. Over the
    // UTF-8, as ids come in the page, so that most are never decoded.
    if (id.isEmpty())
        return {};
    IdKey key {hashOfId(id, HighSeed), hashOfId(id, 0xc2b2ae3d27d4eb4fu)};
    clearUpperVectorHalves();
    if (key == IdKey())
        key.low = 1; // (0, 0) says "no id"
    return key;
}

quint64 IdKey::highOf(QByteArrayView id)
{
    const quint64 high = hashOfId(id, HighSeed);
    clearUpperVectorHalves();
    return high;
}

// A strict RFC 8259 reader over the bytes of a list response that stores nothing but what a
// read needs: the count, where each resource starts and ends, and where its id is; in the
// indexed form also an index of every value in the resources, as JsonIndex builds it. The bytes
// are checked as QJsonDocument would check them (UTF-8 included), so that what is passed on
// unchanged is JSON. Written for speed: a page of a thousand users is a megabyte, and this is
// most of what passing it on costs. The common case (plain ASCII strings, compact JSON) stays
// in a few tight loops; escapes, UTF-8 and errors are handled out of line. Each way of reading
// is a scanner of its own, so that one that does not index or pick never asks.
enum class ListPageScan : quint8 {
    Check, // the bytes, and where the resources and their ids are
    Index, // ... and an index of every value in the resources
    Pick, // ... and each resource's values its converter's paths() name, picked out
};

template<ListPageScan Mode> class ListPageScanner
{
    static constexpr bool Checking = Mode == ListPageScan::Check;
    static constexpr bool Indexing = Mode == ListPageScan::Index;
    static constexpr bool Picking = Mode == ListPageScan::Pick;

public:
    // `index` with Indexing only; `converter` (the page's, if any) when indexing, which then
    // gets each resource as soon as it is indexed, the index holding one resource at a time;
    // and when picking, for what it picks.
    ListPageScanner(const QByteArray &body, ListPage &page, JsonIndex *index,
                    ListPage::Converter *converter = nullptr)
        : m_begin(body.constData())
        , m_pos(m_begin)
        , m_end(m_begin + body.size())
        , m_page(page)
        , m_index(index)
        , m_entries(index ? &index->m_entries : nullptr)
        , m_converter(converter)
        , m_paths(Picking ? converter->paths() : nullptr)
    {
        Q_ASSERT(Indexing == bool(index));
        Q_ASSERT(!converter || !Checking);
        Q_ASSERT(!Picking || m_paths);
        if constexpr (Indexing)
            m_entries->reserve(converter ? 4096 : size_t(body.size() / 12));
        if constexpr (Picking) {
            m_picks.resize(size_t(m_paths->slotCount()));
            m_expected.resize(size_t(m_paths->levelCount()));
        }
    }

    bool run()
    {
        skipSpace();
        if (*m_pos != '{')
            return fail(tr("expected a JSON object"));
        ++m_pos;
        skipSpace();
        if (*m_pos == '}')
            ++m_pos;
        else if (!topMembers())
            return false;
        skipSpace();
        if (m_pos != m_end)
            return fail(tr("garbage after the JSON object"));
        return true;
    }

private:
    using Type = JsonIndex::Type;

    static QString tr(const char *text)
    {
        return QCoreApplication::translate("ScimDesk::ListPageScanner", text);
    }

    Q_DECL_COLD_FUNCTION bool fail(const QString &why)
    {
        if (m_page.m_error.isEmpty())
            m_page.m_error = tr("%1 at byte %2").arg(why).arg(m_pos - m_begin);
        return false;
    }

    Q_ALWAYS_INLINE void skipSpace()
    {
        // Most services send compact JSON: one comparison says there is nothing to skip. The
        // body ends with a 0 (see ListPage::read()), which is not white space, so the end
        // needs no comparison of its own; nor in the checks for one character below.
        if (Q_LIKELY(uchar(*m_pos) > ' '))
            return;
        while (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t')
            ++m_pos;
    }

    // After a value: a ',' (true, with `more` set) or `close` (true, `more` cleared).
    Q_ALWAYS_INLINE bool separator(char close, bool *more)
    {
        skipSpace();
        if (*m_pos == ',') {
            ++m_pos;
            skipSpace();
            *more = true;
            return true;
        }
        if (*m_pos == close) {
            ++m_pos;
            *more = false;
            return true;
        }
        return fail(close == '}' ? tr("missing ',' or '}' in an object")
                                 : tr("missing ',' or ']' in an array"));
    }

    // A member's name (at m_pos) and the colon after it: `name` gets what is between the
    // quotes, `escaped` whether that holds escape sequences.
    Q_ALWAYS_INLINE bool name(QByteArrayView *text, bool *escaped)
    {
        if (*m_pos != '"')
            return fail(tr("expected a string"));
        const quint32 entry = open(Type::String);
        const char *start = m_pos + 1;
        if (!string(escaped))
            return false;
        *text = QByteArrayView(start, m_pos - 1 - start);
        closeString(entry, start, *escaped);
        return colon();
    }
    // The colon after a member's name, m_pos past the name.
    Q_ALWAYS_INLINE bool colon()
    {
        skipSpace();
        if (*m_pos != ':')
            return fail(tr("missing ':' after a name"));
        ++m_pos;
        skipSpace();
        return true;
    }

    // The members of the top-level object, its '{' read.
    bool topMembers()
    {
        for (bool more = true; more;) {
            QByteArrayView key;
            bool escaped = false;
            if (!name(&key, &escaped))
                return false;
            const QString decoded = escaped ? JsonText::unescape(key) : QString();
            const auto is = [&](const char *word) {
                return escaped ? decoded == QLatin1StringView(word) : key == QByteArrayView(word);
            };
            bool read = false;
            if (is("totalResults")) {
                m_page.m_hasTotal = true;
                m_page.m_total = 0;
                // Not a number counts as 0, as QJsonValue::toInteger() says.
                read = *m_pos == '-' || isDigit(*m_pos) ? number(&m_page.m_total) : skip(1);
            } else if (is("Resources")) {
                m_page.m_hasResources = true;
                // A second "Resources" replaces the first, as in a QJsonObject.
                if (m_converter && !m_page.m_spans.isEmpty())
                    m_converter->keepOnly(QList<bool>(m_page.m_spans.size(), false));
                if constexpr (Indexing)
                    m_entries->clear();
                m_page.m_spans.clear();
                m_page.m_keys.clear();
                m_page.m_nonStandard.clear();
                m_page.m_rewritten.clear();
                read = *m_pos == '[' ? resources() : skip(1); // else: none
            } else {
                read = skip(1);
            }
            if (!read || !separator('}', &more))
                return false;
        }
        return true;
    }

    // A value outside the resources: checked, not indexed.
    bool skip(int depth)
    {
        if constexpr (Checking) {
            return value(depth);
        } else {
            ListPageScanner<ListPageScan::Check> plain(*this);
            const bool ok = plain.value(depth);
            m_pos = plain.m_pos;
            return ok;
        }
    }

    bool resources()
    {
        ++m_pos; // '['
        skipSpace();
        if (*m_pos == ']') {
            ++m_pos;
            return true;
        }
        for (bool more = true; more;) {
            ListPage::Span span;
            span.offset = m_pos - m_begin;
            if constexpr (Indexing)
                span.entry = quint32(m_entries->size());
            m_nonStandard = false;
            if constexpr (Picking)
                std::fill(m_picks.begin(), m_picks.end(), JsonPick());
            if (!(*m_pos == '{' ? object(2, &span, JsonPaths::Root) : value(2)))
                return false;
            span.length = m_pos - m_begin - span.offset;
            if (m_nonStandard)
                m_page.m_nonStandard.insert(m_page.m_spans.size());
            m_page.m_keys.append(
                span.idLength <= 0 ? IdKey()
                    : span.idEscaped
                    ? IdKey::of(
                        JsonText::unescape(QByteArrayView(m_begin + span.idOffset, span.idLength)))
                    : IdKey::ofUtf8(QByteArrayView(m_begin + span.idOffset, span.idLength)));
            m_page.m_spans.append(span);
            if constexpr (!Checking) {
                if (m_converter && !convert(span))
                    return false;
            }
            if (!separator(']', &more))
                return false;
        }
        return true;
    }

    // The resource just read, to the converter; its entries then make room for the next one's.
    bool convert(const ListPage::Span &span) requires(!Checking)
    {
        const qsizetype i = m_page.m_spans.size() - 1;
        if (m_nonStandard) {
            m_page.m_nonStandard.remove(i);
            if (!m_page.rewrite(i, Indexing))
                return false;
            auto rewritten = m_page.m_rewritten.find(i);
            if constexpr (Indexing) {
                m_converter->add(rewritten->index->root());
                rewritten->index.reset(); // as the page's: it keeps none
            } else {
                ListPageScanner(rewritten->bytes, m_page, nullptr, m_converter).pickResource();
            }
        } else if constexpr (Indexing) {
            m_converter->add(m_index->view(span.entry));
        } else {
            m_converter->addPicked(QByteArrayView(m_begin + span.offset, span.length),
                                   m_picks.data(), m_page.m_keys.constLast());
        }
        if constexpr (Indexing)
            m_entries->clear();
        return true;
    }

    // The bytes on their own are one resource, JSON (one written out again): its picks to the
    // converter.
    void pickResource() requires Picking
    {
        skipSpace();
        const char *start = m_pos;
        [[maybe_unused]] const bool read
            = *m_pos == '{' ? object(2, nullptr, JsonPaths::Root) : value(2);
        Q_ASSERT(read);
        m_converter->addPicked(QByteArrayView(start, m_pos - start), m_picks.data(),
                               m_page.m_keys.constLast());
    }

    // A name at m_pos that an object at `level` had before, at `*next` or a few further on
    // (members some resources lack): read by comparing its bytes, neither scanned nor looked
    // up. A service writes its resources' members in one order, so most names come so.
    // Then `key` and `picked` are set, m_pos is past the name and `*next` past its place.
    Q_ALWAYS_INLINE bool expected(int level, size_t *next, QByteArrayView *key,
                                  const JsonPaths::Member **picked) requires Picking
    {
        if (*m_pos != '"')
            return false;
        const std::vector<Expected> &names = m_expected[size_t(level)];
        const size_t last = qMin(names.size(), *next + Skippable + 1);
        const char *const start = m_pos + 1;
        const auto room = size_t(m_end - start);
        for (size_t i = *next; i < last; ++i) {
            const Expected &name = names[i];
            const auto length = size_t(name.bytes.size());
            // The name holds no backslash, so the '"' after it ends it.
            if (length < room && start[length] == '"'
                && JsonText::sameBytes(start, name.bytes.constData(), length)) {
                *key = QByteArrayView(start, qsizetype(length));
                *picked = name.member;
                *next = i + 1;
                m_pos = start + length + 1;
                return true;
            }
        }
        return false;
    }
    // A name read at `*next` of `level`'s names, now expected there. Not one with escapes or
    // control characters: bytes that compare equal must be as good JSON as these were.
    void learn(int level, size_t *next, QByteArrayView key, bool escaped,
               const JsonPaths::Member *picked) requires Picking
    {
        std::vector<Expected> &names = m_expected[size_t(level)];
        if (escaped || names.size() >= ExpectedMax
            || std::any_of(key.begin(), key.end(), [](char c) { return uchar(c) < 0x20; }))
            return;
        names.insert(names.begin() + qsizetype(*next), Expected {key.toByteArray(), picked});
        ++*next;
    }

    // The member `name` of an object at `level` that the converter wants, or nullptr.
    const JsonPaths::Member *wanted(int level, QByteArrayView name, bool escaped) requires Picking
    {
        if (!escaped)
            return m_paths->find(level, name);
        m_unescaped = JsonText::unescapeUtf8(name);
        return m_paths->find(level, m_unescaped);
    }

    // The value at m_pos, a member the converter wants, picked: its own members looked for too
    // when it is an object, those an earlier member of its name gave dropped first.
    bool pick(int depth, const JsonPaths::Member &member) requires Picking
    {
        drop(member);
        const char *start = m_pos;
        bool escaped = false;
        quint32 count = 0;
        using Type = JsonPick::Type;
        Type type = Type::Number;
        bool read = false;
        switch (*m_pos) {
        case '"':
            type = Type::String;
            read = string(&escaped);
            break;
        case '{':
            type = Type::Object;
            read = object(depth, nullptr, member.level);
            break;
        case '[':
            type = Type::Array;
            read = array(depth, &count, member.elements);
            break;
        default:
            type = *m_pos == 't' ? Type::True
                : *m_pos == 'f'  ? Type::False
                : *m_pos == 'n'  ? Type::Null
                                 : Type::Number;
            read = value(depth);
        }
        if (read)
            set(member, JsonPick(type, QByteArrayView(start, m_pos - start), count, escaped));
        return read;
    }
    // What an earlier member of the name gave, from inside it, dropped.
    void drop(const JsonPaths::Member &member) requires Picking
    {
        if (member.level >= 0) {
            for (const int slot : m_paths->slotsUnder(member.level))
                m_picks[size_t(slot)] = JsonPick();
        }
        if (member.elements >= 0) {
            const JsonPaths::Elements &elements = m_paths->elements(member.elements);
            const auto first = m_picks.begin() + elements.first;
            std::fill(first, first + elements.stride * elements.max, JsonPick());
        }
    }
    void set(const JsonPaths::Member &member, const JsonPick &value) requires Picking
    {
        if (member.slot >= 0)
            m_picks[size_t(m_slotBase + member.slot)] = value;
    }

    // An object at m_pos; with `resource` set, the span of its member "id" (last one wins, as
    // in QJsonDocument) when that is a string. Picking, its members the converter wants at
    // `level` (-1: none) are picked.
    bool object(int depth, ListPage::Span *resource = nullptr, int level = -1)
    {
        if (depth > MaxDepth)
            return fail(tr("too deeply nested"));
        const quint32 entry = open(Type::Object);
        ++m_pos; // '{'
        skipSpace();
        if (*m_pos == '}') {
            ++m_pos;
            return close(entry);
        }
        [[maybe_unused]] size_t next = 0; // picking: where the next name is expected
        for (bool more = true; more;) {
            QByteArrayView key;
            bool escaped = false;
            const JsonPaths::Member *picked = nullptr;
            bool known = false;
            if constexpr (Picking) {
                if (level >= 0)
                    known = expected(level, &next, &key, &picked);
            }
            if (known) {
                if (!colon())
                    return false;
            } else {
                if (!name(&key, &escaped))
                    return false;
                if constexpr (Picking) {
                    if (level >= 0) {
                        picked = wanted(level, key, escaped);
                        learn(level, &next, key, escaped, picked);
                    }
                } else {
                    Q_UNUSED(level);
                }
            }
            if (resource
                && (escaped ? JsonText::unescape(key) == u"id" : key == QByteArrayView("id"))) {
                resource->idLength = -1;
                if (*m_pos == '"') {
                    const quint32 id = open(Type::String);
                    const char *start = m_pos + 1;
                    if (!string(&resource->idEscaped))
                        return false;
                    closeString(id, start, resource->idEscaped);
                    resource->idOffset = start - m_begin;
                    resource->idLength = m_pos - 1 - start;
                    if constexpr (Picking) {
                        if (picked) {
                            drop(*picked);
                            set(*picked,
                                JsonPick(JsonPick::Type::String,
                                         QByteArrayView(start - 1, m_pos - start + 1), 0,
                                         resource->idEscaped));
                        }
                    }
                    if (!separator('}', &more))
                        return false;
                    continue;
                }
            }
            if constexpr (Picking) {
                if (picked) {
                    if (!pick(depth + 1, *picked))
                        return false;
                    if (!separator('}', &more))
                        return false;
                    continue;
                }
            }
            if (!member(depth + 1) || !separator('}', &more))
                return false;
        }
        return close(entry);
    }

    // A value inside a container: a string, the most common, without a call.
    Q_ALWAYS_INLINE bool member(int depth)
    {
        if (*m_pos == '"') {
            const quint32 entry = open(Type::String);
            const char *start = m_pos + 1;
            bool escaped = false;
            if (!string(&escaped))
                return false;
            closeString(entry, start, escaped);
            return true;
        }
        return value(depth);
    }

    // `count`, if given, gets its elements. Picking, the members the converter wants of each
    // element at `elements` (-1: none) are picked.
    bool array(int depth, quint32 *count = nullptr, int elements = -1)
    {
        if (depth > MaxDepth)
            return fail(tr("too deeply nested"));
        const quint32 entry = open(Type::Array);
        ++m_pos; // '['
        skipSpace();
        if (*m_pos == ']') {
            ++m_pos;
            return close(entry);
        }
        const JsonPaths::Elements *picked = nullptr;
        if constexpr (Picking)
            picked = elements >= 0 ? &m_paths->elements(elements) : nullptr;
        int i = 0;
        for (bool more = true; more; ++i) {
            bool read = false;
            if constexpr (Picking) {
                if (picked && i < picked->max && *m_pos == '{') {
                    const int base = std::exchange(m_slotBase, picked->first + i * picked->stride);
                    read = object(depth + 1, nullptr, elements);
                    m_slotBase = base;
                } else {
                    read = member(depth + 1);
                }
            } else {
                Q_UNUSED(picked);
                read = member(depth + 1);
            }
            if (!read || !separator(']', &more))
                return false;
            if (count)
                ++*count;
        }
        return close(entry);
    }

    bool value(int depth)
    {
        if (m_pos == m_end)
            return fail(tr("unexpected end of the document"));
        switch (*m_pos) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"': {
            const quint32 entry = open(Type::String);
            const char *start = m_pos + 1;
            bool escaped = false;
            if (!string(&escaped))
                return false;
            closeString(entry, start, escaped);
            return true;
        }
        case 't':
            return literal("true", Type::True);
        case 'f':
            return literal("false", Type::False);
        case 'n':
            return literal("null", Type::Null);
        default: {
            const quint32 entry = open(Type::Number);
            return number(nullptr) && close(entry);
        }
        }
    }

    template<qsizetype N> bool literal(const char (&word)[N], Type type)
    {
        constexpr qsizetype length = N - 1;
        if (m_end - m_pos < length || std::memcmp(m_pos, word, size_t(length)) != 0)
            return fail(tr("illegal value"));
        const quint32 entry = open(type);
        m_pos += length;
        return close(entry);
    }

    // Indexing: a value starts at m_pos.
    quint32 open(Type type)
    {
        if constexpr (!Indexing)
            return 0;
        const auto entry = quint32(m_entries->size());
        m_entries->push_back({quint32(m_pos - m_begin), 0, 0, type, false});
        return entry;
    }
    // ... and ends at m_pos, with everything inside it.
    bool close(quint32 entry)
    {
        if constexpr (Indexing) {
            JsonIndex::Entry &e = (*m_entries)[entry];
            e.length = quint32(m_pos - m_begin) - e.start;
            e.next = quint32(m_entries->size());
        }
        return true;
    }
    // A string: its entry holds its content, without the quotes.
    void closeString(quint32 entry, const char *start, bool escaped)
    {
        if constexpr (Indexing) {
            JsonIndex::Entry &e = (*m_entries)[entry];
            e.start = quint32(start - m_begin);
            e.length = quint32(m_pos - 1 - start);
            e.next = entry + 1;
            e.escaped = escaped;
        }
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?; `integer` gets its value when it is one.
    bool number(qint64 *integer)
    {
        const char *start = m_pos;
        bool integral = true;
        if (*m_pos == '-')
            ++m_pos;
        if (*m_pos == '0') {
            ++m_pos;
        } else if (isDigit(*m_pos)) {
            while (isDigit(*m_pos))
                ++m_pos;
        } else {
            return fail(tr("illegal value"));
        }
        if (*m_pos == '.') {
            integral = false;
            ++m_pos;
            if (!isDigit(*m_pos))
                return fail(tr("illegal number"));
            while (isDigit(*m_pos))
                ++m_pos;
        }
        const bool exponent = *m_pos == 'e' || *m_pos == 'E';
        if (exponent) {
            integral = false;
            ++m_pos;
            if (*m_pos == '+' || *m_pos == '-')
                ++m_pos;
            if (!isDigit(*m_pos))
                return fail(tr("illegal number"));
            while (isDigit(*m_pos))
                ++m_pos;
        }
        // A number beyond a double's range (or so small it would be 0) is JSON, but
        // QJsonDocument refuses it: so does this. Only an exponent or some 300 digits can get
        // there, so only those are converted.
        if (exponent || m_pos - start > 300) {
            bool inRange = false;
            const double value = QByteArrayView(start, m_pos - start).toDouble(&inRange);
            if (!inRange || qIsInf(value))
                return fail(tr("illegal number"));
        }
        if (integer) {
            const QByteArrayView text(start, m_pos - start);
            bool ok = false;
            *integer = integral ? text.toLongLong(&ok) : 0;
            if (!ok) {
                // As QJsonValue::toInteger(): a double counts only when it is a whole number.
                const double value = text.toDouble(&ok);
                const bool inRange = value >= -0x1p63 && value < 0x1p63; // else no qint64
                *integer = ok && inRange && value == double(qint64(value)) ? qint64(value) : 0;
            }
        }
        return true;
    }

    // A string at m_pos ('"'), and past it; `escaped` says whether it holds escape sequences.
    // Plain runs are skipped 16 bytes at a time; anything else is special().
    Q_ALWAYS_INLINE bool string(bool *escaped)
    {
        const char *pos = m_pos + 1;
        *escaped = false;
        for (;;) {
            pos = JsonText::skipPlain(pos, m_end);
            if (*pos == '"')
                break;
            if (!special(&pos, escaped))
                return false;
        }
        m_pos = pos + 1;
        return true;
    }

    // What skipPlain() stops at inside a string other than its end: an escape, a UTF-8
    // sequence, a control character, or the end of the body.
    Q_DECL_COLD_FUNCTION Q_NEVER_INLINE bool special(const char **at, bool *escaped)
    {
        const char *pos = *at;
        if (pos == m_end) {
            m_pos = pos;
            return fail(tr("unterminated string"));
        }
        const uchar c = uchar(*pos);
        if (c < 0x20) {
            // Not JSON, but QJsonDocument takes it: so does this, and the resource is written
            // out again properly rather than passed on.
            m_nonStandard = true;
            *at = pos + 1;
            return true;
        }
        if (c == '\\') {
            *escaped = true;
            if (m_end - pos < 2) {
                m_pos = pos;
                return fail(tr("unterminated string"));
            }
            const char next = pos[1];
            if (next == 'u') {
                for (int i = 2; i < 6; ++i) {
                    if (m_end - pos <= i || JsonText::hexDigit(pos[i]) < 0) {
                        m_pos = pos;
                        return fail(tr("illegal escape sequence"));
                    }
                }
                *at = pos + 6;
            } else {
                // An unknown escape stands for the character, as QJsonDocument reads it.
                m_nonStandard
                    = m_nonStandard || JsonText::Escapes.find(next) == std::string_view::npos;
                *at = pos + 2;
            }
            return true;
        }
        m_pos = pos;
        if (!utf8Sequence())
            return false;
        *at = m_pos;
        return true;
    }

    // One UTF-8 sequence starting at m_pos (a lead byte >= 0x80), checked as RFC 3629 says.
    bool utf8Sequence()
    {
        const auto byte = [this](qsizetype i) {
            return uchar(m_pos[i]);
        };
        const uchar lead = byte(0);
        int more = 0;
        uchar low = 0x80;
        uchar high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            more = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            more = 2;
            low = lead == 0xe0 ? 0xa0 : 0x80;
            high = lead == 0xed ? 0x9f : 0xbf; // no surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            more = 3;
            low = lead == 0xf0 ? 0x90 : 0x80;
            high = lead == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
        } else {
            return fail(tr("illegal UTF-8 sequence"));
        }
        if (m_end - m_pos <= more)
            return fail(tr("illegal UTF-8 sequence"));
        if (byte(1) < low || byte(1) > high)
            return fail(tr("illegal UTF-8 sequence"));
        for (int i = 2; i <= more; ++i) {
            if ((byte(i) & 0xc0) != 0x80)
                return fail(tr("illegal UTF-8 sequence"));
        }
        m_pos += more + 1;
        return true;
    }

    static constexpr int MaxDepth = 512;

    bool m_nonStandard = false; // the value being read is not strictly JSON
    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    ListPage &m_page;
    JsonIndex *m_index; // with Indexing
    std::vector<JsonIndex::Entry> *m_entries; // ... its entries
    ListPage::Converter *m_converter; // indexing or picking, if the page has one
    const JsonPaths *m_paths; // picking: the converter's
    std::vector<JsonPick> m_picks; // ... for the resource being read
    QByteArray m_unescaped; // ... a member's name with escapes (rare)
    // ... the names objects at each level had, in the order they came (see expected())
    struct Expected
    {
        QByteArray bytes;
        const JsonPaths::Member *member = nullptr;
    };
    std::vector<std::vector<Expected>> m_expected;
    static constexpr size_t ExpectedMax = 64; // names kept for a level
    static constexpr size_t Skippable = 3; // members a resource may lack between two it has
    int m_slotBase = 0; // ... where the slots of the element being read start (see set())

    // A scanner that only checks, where one that indexes or picks is.
    template<ListPageScan Other>
    explicit ListPageScanner(const ListPageScanner<Other> &other) requires(Checking)
        : m_begin(other.m_begin)
        , m_pos(other.m_pos)
        , m_end(other.m_end)
        , m_page(other.m_page)
        , m_index(nullptr)
        , m_entries(nullptr)
        , m_converter(nullptr)
        , m_paths(nullptr)
    { }
    template<ListPageScan> friend class ListPageScanner;
};

ListPage::Converter::~Converter() = default;

void ListPage::Converter::add(const JsonView &)
{
    Q_ASSERT_X(false, "ListPage::Converter", "a converter without paths() must have add()");
}

void ListPage::Converter::addPicked(QByteArrayView, const JsonPick *, const IdKey &)
{
    Q_ASSERT_X(false, "ListPage::Converter", "a converter with paths() must have addPicked()");
}

ListPage ListPage::read(const QByteArray &body, Form form, std::shared_ptr<Converter> converter)
{
    Q_ASSERT(!converter || form == Form::Indexed);
    ListPage page;
    page.m_converter = std::move(converter);
    if (std::all_of(body.cbegin(), body.cend(), [](char c) { return QChar::isSpace(uchar(c)); }))
        return page; // says nothing: neither a count nor resources
    if (form != Form::Parsed) {
        page.m_body = body;
        // The scanner counts on the 0 that ends what a QByteArray allocates; bytes it does not
        // own (fromRawData()) may have none.
        if (!page.m_body.data_ptr().isMutable())
            page.m_body = QByteArray(body.constData(), body.size());
        // A converter that names what it wants has it picked out: no index at all.
        Converter *const to = page.m_converter.get();
        const bool picking = to && to->paths();
        std::shared_ptr<JsonIndex> index;
        if (form == Form::Indexed && !picking) {
            index.reset(new JsonIndex);
            index->m_json = QByteArrayView(page.m_body);
        }
        const bool read = picking
            ? ListPageScanner<ListPageScan::Pick>(page.m_body, page, nullptr, to).run()
            : index ? ListPageScanner<ListPageScan::Index>(page.m_body, page, index.get(), to).run()
                    : ListPageScanner<ListPageScan::Check>(page.m_body, page, nullptr).run();
        if (!page.m_converter) // else it held one resource at a time
            page.m_index = std::move(index);
        if (read)
            page.rewriteNonStandard();
        return page;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        page.m_body = body; // for the error: an HTML page is not a SCIM service
        page.m_error = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : QCoreApplication::translate("ListPage", "expected a JSON object");
        return page;
    }
    const QJsonObject object = doc.object();
    page.m_hasTotal = object.contains(u"totalResults");
    page.m_total = object.value(u"totalResults").toInteger();
    page.m_hasResources = object.contains(u"Resources");
    page.m_resources = object.value(u"Resources").toArray();
    page.m_ids.reserve(page.m_resources.size());
    page.m_keys.reserve(page.m_resources.size());
    for (const QJsonValue &resource : std::as_const(page.m_resources))
        page.addId(resource.toObject().value(u"id").toString());
    return page;
}

QString ListPage::id(qsizetype i) const
{
    if (!m_ids.isEmpty() || m_spans.isEmpty())
        return m_ids.value(i);
    if (!m_rewritten.isEmpty() && m_rewritten.contains(i))
        return m_rewritten[i].id;
    const Span &span = m_spans.at(i);
    if (span.idLength <= 0)
        return {};
    const QByteArrayView text = QByteArrayView(m_body).sliced(span.idOffset, span.idLength);
    return span.idEscaped ? JsonText::unescape(text) : QString::fromUtf8(text);
}

JsonView ListPage::view(qsizetype i) const
{
    if (!m_rewritten.isEmpty() && m_rewritten.contains(i)) {
        const Rewritten &rewritten = m_rewritten[i];
        return rewritten.index ? rewritten.index->root() : JsonView();
    }
    return m_index ? m_index->view(m_spans.at(i).entry) : JsonView();
}

void ListPage::rewriteNonStandard()
{
    for (const qsizetype i : std::as_const(m_nonStandard)) {
        if (!rewrite(i, bool(m_index)))
            return;
    }
    m_nonStandard.clear();
}

bool ListPage::rewrite(qsizetype i, bool indexed)
{
    const QByteArrayView bytes = raw(i);
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray('[' + bytes.toByteArray() + ']'), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = parseError.errorString();
        return false;
    }
    // Written out as the only element of an array, without the brackets: any value, not only
    // an object, so that no raw control character is passed on.
    const QJsonValue value = doc.array().first();
    QByteArray written = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    written = written.sliced(1, written.size() - 2);
    // Its id too is what QJsonDocument makes of it: the bytes are not JSON, and the resource
    // must be the same one however the page is read.
    Rewritten rewritten {written, {}, value.toObject().value(u"id").toString()};
    m_keys[i] = IdKey::of(rewritten.id);
    if (indexed) // the index of the bytes as they are now: they are JSON
        rewritten.index = std::make_shared<const JsonIndex>(QByteArrayView(rewritten.bytes));
    m_rewritten.insert(i, std::move(rewritten));
    return true;
}

QByteArrayView ListPage::rawRun(qsizetype first, qsizetype *count) const
{
    const auto rewritten = [this](qsizetype i) {
        return !m_rewritten.isEmpty() && m_rewritten.contains(i);
    };
    const auto onlyComma = [this](qsizetype from, qsizetype to) {
        int commas = 0;
        for (qsizetype i = from; i < to; ++i) {
            const char c = m_body.at(i);
            if (c == ',')
                ++commas;
            else if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return false;
        }
        return commas == 1;
    };
    qsizetype last = first;
    if (!rewritten(first)) {
        while (last + 1 < size() && !rewritten(last + 1)
               && onlyComma(m_spans.at(last).offset + m_spans.at(last).length,
                            m_spans.at(last + 1).offset))
            ++last;
    }
    *count = last - first + 1;
    if (last == first)
        return raw(first);
    const qsizetype start = m_spans.at(first).offset;
    return QByteArrayView(m_body).sliced(start,
                                         m_spans.at(last).offset + m_spans.at(last).length - start);
}

void SeenIds::clear()
{
    m_slots.clear();
    m_size = 0;
}

void SeenIds::reserve(qsizetype count)
{
    size_t capacity = 16;
    while (capacity < size_t(count) * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        rehash(capacity);
}

int SeenIds::see(const IdKey &key, int pass)
{
    Q_ASSERT(!(key == IdKey()));
    if (size_t(m_size + 1) * 2 > m_slots.size())
        rehash(qMax<size_t>(16, m_slots.size() * 2));
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(key.low) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.pass == 0) {
            slot = {key, pass};
            ++m_size;
            return 0;
        }
        if (slot.key == key)
            return std::exchange(slot.pass, pass);
    }
}

void SeenIds::rehash(size_t capacity)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
    const size_t mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.pass == 0)
            continue;
        size_t i = size_t(slot.key.low) & mask;
        while (m_slots[i].pass != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

void ListPage::addId(const QString &id)
{
    m_ids.append(id);
    m_keys.append(IdKey::of(id));
}

void ListPage::keepOnly(const QList<bool> &keep)
{
    Q_ASSERT(keep.size() == size());
    if (!keep.contains(false))
        return;
    if (m_converter)
        m_converter->keepOnly(keep);
    qsizetype to = 0;
    QJsonArray kept;
    QHash<qsizetype, Rewritten> rewritten;
    for (qsizetype i = 0; i < keep.size(); ++i) {
        if (!keep.at(i))
            continue;
        if (!m_rewritten.isEmpty() && m_rewritten.contains(i))
            rewritten.insert(to, m_rewritten.value(i));
        if (!m_spans.isEmpty())
            m_spans[to] = m_spans.at(i);
        if (!m_resources.isEmpty())
            kept.append(m_resources.at(i));
        if (!m_ids.isEmpty())
            m_ids[to] = m_ids.at(i);
        m_keys[to] = m_keys.at(i);
        ++to;
    }
    if (!m_spans.isEmpty())
        m_spans.resize(to);
    if (!m_ids.isEmpty())
        m_ids.resize(to);
    m_keys.resize(to);
    m_rewritten = rewritten;
    if (!m_resources.isEmpty())
        m_resources = kept;
}

} // namespace ScimDesk
