#include "ServerText.h"

#include <algorithm>

namespace ScimDesk {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Index just past the ESC sequence starting at `i` (text[i] is ESC): CSI (ESC [ … final byte),
// OSC/DCS/APC/PM/SOS (ESC ] … BEL or ESC \), or ESC and one more character.
qsizetype skipEscape(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    if (i + 1 >= n)
        return n;
    const char16_t kind = text.at(i + 1).unicode();
    if (kind == u'[') {
        qsizetype j = i + 2;
        while (j < n && !(text.at(j).unicode() >= 0x40 && text.at(j).unicode() <= 0x7E))
            ++j;
        return qMin(j + 1, n);
    }
    if (kind == u']' || kind == u'P' || kind == u'_' || kind == u'^' || kind == u'X') {
        for (qsizetype j = i + 2; j < n; ++j) {
            if (text.at(j).unicode() == 0x07)
                return j + 1;
            if (text.at(j).unicode() == 0x1B && j + 1 < n && text.at(j + 1) == u'\\')
                return j + 2;
        }
        return n;
    }
    return i + 2;
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

} // namespace

QString visibleControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString visible;
    visible.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            visible += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            visible += c;
    }
    return visible;
}

QString cleanServerText(const QString &text, TextUse use, qsizetype maxLength)
{
    QString clean;
    // Read a bounded prefix only: a megabyte of scimType is not worth cleaning whole.
    const qsizetype n = qMin(text.size(), 4 * maxLength + 64);
    clean.reserve(qMin(n, maxLength + 1));
    for (qsizetype i = 0; i < n;) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x1B) {
            i = skipEscape(text, i);
            continue;
        }
        ++i;
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            if (use == TextUse::File && c == u'\t')
                clean += QChar(c);
            else
                clean += u' ';
        } else if (isControl(c)) {
            continue;
        } else {
            clean += QChar(c);
        }
    }
    if (use == TextUse::Line)
        clean = clean.simplified();
    if (n < text.size() || clean.size() > maxLength) {
        clean.truncate(qMin(clean.size(), maxLength));
        if (!clean.isEmpty() && clean.back().isHighSurrogate())
            clean.chop(1);
        clean += QChar(0x2026);
    }
    return clean;
}

} // namespace ScimDesk
