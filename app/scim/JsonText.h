#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QtAlgorithms>

#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ScimDesk::JsonText {

// The characters that may follow a backslash in a JSON string (but u), and what each stands for.
inline constexpr std::string_view Escapes = "\"\\/bfnrt";
inline constexpr std::string_view Unescaped = "\"\\/\b\f\n\r\t";

// Whether `length` bytes at `a` and `b` are the same: member names, mostly under 16 bytes, for
// which a call to memcmp costs more than the comparison. Eight bytes at a time, the last eight
// overlapping the ones before.
inline bool sameBytes(const char *a, const char *b, size_t length)
{
    const auto load8 = [](const char *p) {
        quint64 v;
        std::memcpy(&v, p, 8);
        return v;
    };
    const auto load4 = [](const char *p) {
        quint32 v;
        std::memcpy(&v, p, 4);
        return v;
    };
    if (length >= 8) {
        for (size_t i = 0; i + 8 < length; i += 8) {
            if (load8(a + i) != load8(b + i))
                return false;
        }
        return load8(a + length - 8) == load8(b + length - 8);
    }
    if (length >= 4)
        return load4(a) == load4(b) && load4(a + length - 4) == load4(b + length - 4);
    for (size_t i = 0; i < length; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// The first byte from `pos` that is '"', '\\', a control character or not ASCII: what ends
// the plain run of a string. Most of a SCIM page is such runs, so sixteen bytes at a time.
Q_ALWAYS_INLINE const char *skipPlain(const char *pos, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - pos >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(pos));
        // Signed: bytes from 0x80 up are negative, so "below a space" catches them too.
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
            _mm_cmplt_epi8(bytes, space));
        if (const int mask = _mm_movemask_epi8(special); mask != 0)
            return pos + qCountTrailingZeroBits(uint(mask));
        pos += 16;
    }
#endif
    while (pos < end) {
        const uchar c = uchar(*pos);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            return pos;
        ++pos;
    }
    return pos;
}

// A hexadecimal digit's value, or -1.
int hexDigit(char c);

// The value of a string's content (between its quotes) that holds escapes; an unknown escape
// stands for the character, as QJsonDocument reads it.
QString unescape(QByteArrayView text);
// The same as UTF-8, without a QString between: unescape(text).toUtf8().
QByteArray unescapeUtf8(QByteArrayView text);
// The same written to `out`, which has room for text.size() bytes (as much as a JSON string's
// content needs; one that is not UTF-8 is cut to it); returns how many it wrote.
qsizetype unescapeUtf8(QByteArrayView text, char *out);

// Whether a string's content equals `name`, without decoding it when it is plain ASCII.
bool equals(QByteArrayView text, bool escaped, QStringView name);

// Appends `value` as QJsonDocument::toJson(Compact) writes it, byte for byte, without building
// a document: the members of an object in its order, strings escaped as Qt escapes them.
void appendCompact(QByteArray &out, const QJsonValue &value);
// A string's JSON, quotes included, as appendCompact() writes it.
void appendString(QByteArray &out, QStringView text);

} // namespace ScimDesk::JsonText
