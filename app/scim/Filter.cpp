#include "Filter.h"

#include <QRegularExpression>

namespace ScimDesk::Filter {

QString quote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

bool isValidAttributePath(const QString &path)
{
    // [URN ":"] ATTRNAME ["." subAttr]; ATTRNAME = ALPHA *(nameChar), nameChar = "-" / "_" /
    // DIGIT / ALPHA. URNs also allow "." and digits in their segments.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(urn:[A-Za-z0-9][A-Za-z0-9.:_\-]*:)?[A-Za-z$][A-Za-z0-9_\-$]*(\.[A-Za-z$][A-Za-z0-9_\-$]*)?$)"));
    return pattern.match(path).hasMatch();
}

QString compare(const QString &path, const QString &op, const QString &value)
{
    static const QStringList operators
        = {QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("co"),
           QStringLiteral("sw"), QStringLiteral("ew"), QStringLiteral("gt"),
           QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};
    if (!isValidAttributePath(path) || !operators.contains(op))
        return {};
    return path + u' ' + op + u' ' + quote(value);
}

QString eq(const QString &path, const QString &value)
{
    return compare(path, QStringLiteral("eq"), value);
}

QString allOf(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            present.append(part);
    }
    if (present.size() == 1)
        return present.first();
    QString out;
    for (const QString &part : std::as_const(present)) {
        if (!out.isEmpty())
            out += QStringLiteral(" and ");
        out += u'(' + part + u')';
    }
    return out;
}

} // namespace ScimDesk::Filter
