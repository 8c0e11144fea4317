#include "JsonText.h"

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

} // namespace ScimDesk::JsonText
