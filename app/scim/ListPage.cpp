#include "ListPage.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ScimDesk {

IdKey IdKey::of(const QString &id)
{
    // Two independent 64-bit hashes: ids that collide in both would be needed for a resource to
    // pass for one already seen, which 2^-128 per pair makes as good as impossible.
    const auto bytes = reinterpret_cast<const uchar *>(id.constData());
    const size_t length = size_t(id.size()) * sizeof(QChar);
    return {quint64(qHashBits(bytes, length, 0x9e3779b97f4a7c15u)),
            quint64(qHashBits(bytes, length, 0xc2b2ae3d27d4eb4fu))};
}

// A strict RFC 8259 reader over the bytes of a list response that stores nothing but what a
// read needs: the count, where each resource starts and ends, and its id. The bytes are
// checked as QJsonDocument would check them (UTF-8 included), so that what is passed on
// unchanged is JSON.
class ListPageScanner
{
public:
    ListPageScanner(const QByteArray &body, ListPage &page)
        : m_begin(body.constData())
        , m_pos(m_begin)
        , m_end(m_begin + body.size())
        , m_page(page)
    { }

    bool run()
    {
        skipSpace();
        if (m_pos == m_end || *m_pos != '{')
            return fail(tr("expected a JSON object"));
        const bool members = items('}', [this] {
            QByteArrayView key;
            bool escaped = false;
            return name(&key, &escaped)
                && topMember(escaped ? JsonText::unescape(key) : QString::fromUtf8(key));
        });
        if (!members)
            return false;
        skipSpace();
        if (m_pos != m_end)
            return fail(tr("garbage after the JSON object"));
        return true;
    }

private:
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("ScimDesk::ListPageScanner", text);
    }

    bool fail(const QString &why)
    {
        if (m_page.m_error.isEmpty())
            m_page.m_error = tr("%1 at byte %2").arg(why).arg(m_pos - m_begin);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_end
               && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }

    bool topMember(const QString &key)
    {
        if (key == u"totalResults") {
            m_page.m_hasTotal = true;
            m_page.m_total = 0;
            if (m_pos < m_end && (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9')))
                return number(&m_page.m_total);
            return value(1); // not a number: counts as 0, as QJsonValue::toInteger() says
        }
        if (key == u"Resources") {
            m_page.m_hasResources = true;
            m_page.m_spans.clear();
            m_page.m_ids.clear();
            m_page.m_keys.clear();
            if (m_pos < m_end && *m_pos == '[')
                return resources();
            return value(1); // not an array: no resources
        }
        return value(1);
    }

    // The elements of an array or the members of an object at m_pos: `each` reads one, and
    // the commas between them and the closing bracket are checked here.
    template<typename Each> bool items(char close, Each each)
    {
        ++m_pos; // '[' or '{'
        skipSpace();
        if (m_pos < m_end && *m_pos == close) {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!each())
                return false;
            skipSpace();
            if (m_pos < m_end && *m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_end && *m_pos == close) {
                ++m_pos;
                return true;
            }
            return fail(close == '}' ? tr("missing ',' or '}' in an object")
                                     : tr("missing ',' or ']' in an array"));
        }
    }

    // A member's name and the colon after it.
    bool name(QByteArrayView *key, bool *escaped)
    {
        if (!token(key, escaped))
            return false;
        skipSpace();
        if (m_pos == m_end || *m_pos != ':')
            return fail(tr("missing ':' after a name"));
        ++m_pos;
        skipSpace();
        return true;
    }

    bool resources()
    {
        return items(']', [this] {
            const char *start = m_pos;
            QString id;
            m_nonStandard = false;
            if (!(m_pos < m_end && *m_pos == '{' ? object(2, &id) : value(2)))
                return false;
            if (m_nonStandard)
                m_page.m_nonStandard.insert(m_page.m_spans.size());
            m_page.m_spans.append({start - m_begin, m_pos - start});
            m_page.addId(id);
            return true;
        });
    }

    // An object; with `id` set, the value of its member "id" when that is a string.
    bool object(int depth, QString *id = nullptr)
    {
        if (depth > MaxDepth)
            return fail(tr("too deeply nested"));
        return items('}', [this, depth, id] {
            QByteArrayView key;
            bool escaped = false;
            if (!name(&key, &escaped))
                return false;
            const bool isId = id && (escaped ? JsonText::unescape(key) == u"id" : key == "id");
            if (isId && m_pos < m_end && *m_pos == '"')
                return string(id);
            if (isId)
                id->clear();
            return value(depth + 1);
        });
    }

    bool array(int depth)
    {
        if (depth > MaxDepth)
            return fail(tr("too deeply nested"));
        return items(']', [this, depth] { return value(depth + 1); });
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
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number(nullptr);
        }
    }

    bool literal(const char *word)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_end - m_pos < length || qstrncmp(m_pos, word, size_t(length)) != 0)
            return fail(tr("illegal value"));
        m_pos += length;
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?; `integer` gets its value when it is one.
    bool number(qint64 *integer)
    {
        const char *start = m_pos;
        bool integral = true;
        if (m_pos < m_end && *m_pos == '-')
            ++m_pos;
        if (m_pos < m_end && *m_pos == '0') {
            ++m_pos;
        } else if (m_pos < m_end && isDigit(*m_pos)) {
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        } else {
            return fail(tr("illegal value"));
        }
        if (m_pos < m_end && *m_pos == '.') {
            integral = false;
            ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return fail(tr("illegal number"));
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            integral = false;
            ++m_pos;
            if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return fail(tr("illegal number"));
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (integer) {
            const QByteArrayView text(start, m_pos - start);
            bool ok = false;
            *integer = integral ? text.toLongLong(&ok) : 0;
            if (!ok) {
                // As QJsonValue::toInteger(): a double counts only when it is a whole number.
                const double value = text.toDouble(&ok);
                *integer = ok && value == double(qint64(value)) ? qint64(value) : 0;
            }
        }
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

    // A string at m_pos ('"'); `decoded` (when given) gets its value.
    bool string(QString *decoded)
    {
        QByteArrayView text;
        bool escaped = false;
        if (!token(&text, &escaped))
            return false;
        if (decoded)
            *decoded = escaped ? JsonText::unescape(text) : QString::fromUtf8(text);
        return true;
    }

    // A string at m_pos ('"'): `text` gets what is between the quotes, `escaped` whether that
    // holds escape sequences.
    bool token(QByteArrayView *text, bool *escaped)
    {
        if (m_pos == m_end || *m_pos != '"')
            return fail(tr("expected a string"));
        ++m_pos;
        const char *start = m_pos;
        *escaped = false;
        for (;;) {
            m_pos = JsonText::skipPlain(m_pos, m_end);
            if (m_pos == m_end)
                return fail(tr("unterminated string"));
            const uchar c = uchar(*m_pos);
            if (c == '"')
                break;
            if (c < 0x20) {
                // Not JSON, but QJsonDocument takes it: so does this, and the resource is
                // written out again properly rather than passed on.
                m_nonStandard = true;
                ++m_pos;
                continue;
            }
            if (c == '\\') {
                *escaped = true;
                if (m_end - m_pos < 2)
                    return fail(tr("unterminated string"));
                const char next = m_pos[1];
                if (next == 'u') {
                    if (m_end - m_pos < 6)
                        return fail(tr("illegal escape sequence"));
                    for (int i = 2; i < 6; ++i) {
                        if (JsonText::hexDigit(m_pos[i]) < 0)
                            return fail(tr("illegal escape sequence"));
                    }
                    m_pos += 6;
                } else {
                    // An unknown escape stands for the character, as QJsonDocument reads it.
                    m_nonStandard
                        = m_nonStandard || JsonText::Escapes.find(next) == std::string_view::npos;
                    m_pos += 2;
                }
                continue;
            }
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            ++m_pos;
        }
        *text = QByteArrayView(start, m_pos - start);
        ++m_pos; // '"'
        return true;
    }

    static constexpr int MaxDepth = 512;

    bool m_nonStandard = false; // the value being read is not strictly JSON
    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    ListPage &m_page;
};

ListPage ListPage::read(const QByteArray &body, Form form)
{
    ListPage page;
    if (std::all_of(body.cbegin(), body.cend(), [](char c) { return QChar::isSpace(uchar(c)); }))
        return page; // says nothing: neither a count nor resources
    if (form == Form::Raw) {
        page.m_body = body;
        if (ListPageScanner(body, page).run())
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

void ListPage::rewriteNonStandard()
{
    for (const qsizetype i : std::as_const(m_nonStandard)) {
        const QByteArrayView bytes = raw(i);
        QJsonParseError parseError;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray('[' + bytes.toByteArray() + ']'), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            m_error = parseError.errorString();
            return;
        }
        const QJsonValue value = doc.array().first();
        if (value.isObject())
            m_rewritten.insert(i, QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    m_nonStandard.clear();
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
               && onlyComma(m_spans.at(last).first + m_spans.at(last).second,
                            m_spans.at(last + 1).first))
            ++last;
    }
    *count = last - first + 1;
    if (last == first)
        return raw(first);
    const qsizetype start = m_spans.at(first).first;
    return QByteArrayView(m_body).sliced(start,
                                         m_spans.at(last).first + m_spans.at(last).second - start);
}

void ListPage::addId(const QString &id)
{
    m_ids.append(id);
    m_keys.append(id.isEmpty() ? IdKey() : IdKey::of(id));
}

void ListPage::keepOnly(const QList<bool> &keep)
{
    Q_ASSERT(keep.size() == size());
    if (!keep.contains(false))
        return;
    qsizetype to = 0;
    QJsonArray kept;
    QHash<qsizetype, QByteArray> rewritten;
    for (qsizetype i = 0; i < keep.size(); ++i) {
        if (!keep.at(i))
            continue;
        if (!m_rewritten.isEmpty() && m_rewritten.contains(i))
            rewritten.insert(to, m_rewritten.value(i));
        if (!m_spans.isEmpty())
            m_spans[to] = m_spans.at(i);
        if (!m_resources.isEmpty())
            kept.append(m_resources.at(i));
        m_ids[to] = m_ids.at(i);
        m_keys[to] = m_keys.at(i);
        ++to;
    }
    if (!m_spans.isEmpty())
        m_spans.resize(to);
    m_ids.resize(to);
    m_keys.resize(to);
    m_rewritten = rewritten;
    if (!m_resources.isEmpty())
        m_resources = kept;
}

} // namespace ScimDesk
