#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ScimDesk::JsonText {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString unescape(QByteArrayView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype plain = 0;
    qsizetype i = 0;
    const auto flush = [&](qsizetype to) {
        out += QString::fromUtf8(text.sliced(plain, to - plain));
    };
    while (i + 1 < text.size()) {
        if (text[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        const char kind = text[i + 1];
        if (kind == 'u' && i + 6 <= text.size()) {
            char16_t unit = 0;
            for (int k = 2; k < 6; ++k)
                unit = char16_t(unit * 16 + qMax(0, hexDigit(text[i + k]))); // checked before
            out += QChar(unit);
            i += 6;
        } else {
            const size_t known = Escapes.find(kind);
            if (known != std::string_view::npos)
                out += QLatin1Char(Unescaped[known]);
            else
                out += QString::fromUtf8(text.sliced(i + 1, 1));
            i += 2;
        }
        plain = i;
    }
    flush(text.size());
    return out;
}

namespace {

// unescapeUtf8() written to `out` (room for text.size() bytes); -1, with nothing promised of
// `out`, where QString decides: surrogates (pairs, and what a lone one becomes) and what is
// not JSON (as QJsonDocument would read it).
qsizetype unescapeWithoutQt(QByteArrayView text, char *out)
{
    char *to = out;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c != '\\' || i + 1 == text.size()) {
            *to++ = c;
            ++i;
            continue;
        }
        const char kind = text[i + 1];
        if (kind == 'u' && i + 6 <= text.size()) {
            char16_t unit = 0;
            for (int k = 2; k < 6; ++k)
                unit = char16_t(unit * 16 + qMax(0, hexDigit(text[i + k])));
            if (QChar::isSurrogate(unit))
                return -1;
            if (unit < 0x80) {
                *to++ = char(unit);
            } else if (unit < 0x800) {
                *to++ = char(0xC0 | (unit >> 6));
                *to++ = char(0x80 | (unit & 0x3F));
            } else {
                *to++ = char(0xE0 | (unit >> 12));
                *to++ = char(0x80 | ((unit >> 6) & 0x3F));
                *to++ = char(0x80 | (unit & 0x3F));
            }
            i += 6;
        } else if (const size_t known = Escapes.find(kind); known != std::string_view::npos) {
            *to++ = Unescaped[known];
            i += 2;
        } else {
            return -1;
        }
    }
    return to - out;
}

} // namespace

QByteArray unescapeUtf8(QByteArrayView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    const qsizetype size = unescapeWithoutQt(text, out.data());
    if (size < 0)
        return unescape(text).toUtf8();
    out.truncate(size);
    return out;
}

qsizetype unescapeUtf8(QByteArrayView text, char *out)
{
    // Written straight into `out`, with no allocation (an ETag's quotes are escaped in every
    // user a page holds).
    if (const qsizetype size = unescapeWithoutQt(text, out); size >= 0)
        return size;
    // Never longer than JSON's text; a text that is not UTF-8 could be, and is cut.
    const QByteArray utf8 = unescape(text).toUtf8();
    qsizetype size = qMin(utf8.size(), text.size());
    while (size < utf8.size() && size > 0 && (uchar(utf8.at(size)) & 0xC0) == 0x80)
        --size; // not inside a character
    std::memcpy(out, utf8.constData(), size_t(size));
    return size;
}

bool equals(QByteArrayView text, bool escaped, QStringView name)
{
    if (!escaped && text.size() == name.size()) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const uchar c = uchar(text[i]);
            if (c >= 0x80)
                return QString::fromUtf8(text) == name;
            if (c != name[i].unicode())
                return false;
        }
        return true;
    }
    // Plain UTF-8 needs at least as many bytes as UTF-16 units.
    if (!escaped && text.size() < name.size())
        return false;
    return (escaped ? unescape(text) : QString::fromUtf8(text)) == name;
}

namespace {

void appendHex(QByteArray &out, char16_t u, int digits)
{
    static constexpr char Hex[] = "0123456789abcdef"; // lower case, as Qt writes them
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out += Hex[(u >> shift) & 0xf];
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        // A run of plain ASCII, most of any text written, goes in at once.
        const char16_t *plain = src;
        while (plain != end && *plain >= 0x20 && *plain < 0x80 && *plain != u'"' && *plain != u'\\')
            ++plain;
        if (plain != src) {
            const qsizetype at = out.size();
            out.resize(at + (plain - src));
            std::transform(src, plain, out.data() + at, [](char16_t c) { return char(c); });
            src = plain;
            if (src == end)
                break;
        }
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            const auto known = Unescaped.find(char(u));
            if (known != std::string_view::npos) {
                out += Escapes[known];
            } else {
                out += "u00";
                appendHex(out, u, 2);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else { // a lone surrogate has no UTF-8: Qt writes it as an escape
            out += "\\u";
            appendHex(out, u, 4);
        }
    }
    out += '"';
}

void appendCompact(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Double: {
        // Rare in what is written this way; Qt tells integers from doubles, so it writes them.
        const QByteArray number = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(number).sliced(1, number.size() - 2);
        return;
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendCompact(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out += ',';
            appendString(out, it.key());
            out += ':';
            appendCompact(out, it.value());
        }
        out += '}';
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    out += "null";
}

} // namespace ScimDesk::JsonText
