#include "ResourcePath.h"

#include "ServiceCapabilities.h"

namespace ScimDesk {

namespace {

// RFC 3986 path characters: unreserved, sub-delims, ':' and '@' (and '%' for escapes).
bool isPathCharacter(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("-._~!$&'()*+,;=:@%").contains(c);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QByteArray normalisedEndpoint(const QString &endpoint)
{
    QByteArray path = endpoint.toUtf8();
    if (!path.startsWith('/'))
        path.prepend('/');
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    return path;
}

} // namespace

QString ResourcePath::resourceType() const
{
    switch (endpoint) {
    case Endpoint::Users:
        return QStringLiteral("User");
    case Endpoint::Groups:
        return QStringLiteral("Group");
    case Endpoint::None:
        break;
    }
    return {};
}

QString ResourcePath::escapes(const QByteArray &path)
{
    const QString shown = QString::fromUtf8(path.left(200));
    if (!path.startsWith('/'))
        return tr("the request path \"%1\" does not start with /").arg(shown);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char c = path.at(i);
        if (c == '/')
            continue;
        if (!isPathCharacter(c))
            return tr("the request path \"%1\" holds a character that is not allowed there (a "
                      "query, fragment, backslash, space or control character)")
                .arg(shown);
        if (c == '%' && (i + 2 >= path.size() || !isHex(path.at(i + 1)) || !isHex(path.at(i + 2))))
            return tr("the request path \"%1\" holds a broken %-escape").arg(shown);
    }
    // Every segment, decoded (twice, in case a server decodes again), must be an ordinary name:
    // no "." or "..", no encoded separators or control characters.
    const QList<QByteArray> segments = path.mid(1).split('/');
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty())
            return tr("the request path \"%1\" has an empty segment (//)").arg(shown);
        QByteArray decoded = QByteArray::fromPercentEncoding(segment);
        decoded = QByteArray::fromPercentEncoding(decoded);
        if (decoded == "." || decoded == "..")
            return tr("the request path \"%1\" climbs out of the service's base path").arg(shown);
        for (const char c : std::as_const(decoded)) {
            if (c == '/' || c == '\\' || c == '?' || c == '#' || uchar(c) < 0x20 || c == 0x7f)
                return tr("the request path \"%1\" hides a separator, query or control "
                          "character in an escape")
                    .arg(shown);
        }
    }
    return {};
}

ResourcePath ResourcePath::resolve(const QByteArray &path, const ServiceCapabilities &capabilities)
{
    ResourcePath resolved;
    resolved.problem = escapes(path);
    if (!resolved.isValid())
        return resolved;
    const std::pair<QByteArray, Endpoint> endpoints[] = {
        {normalisedEndpoint(capabilities.usersEndpoint), Endpoint::Users},
        {normalisedEndpoint(capabilities.groupsEndpoint), Endpoint::Groups},
    };
    for (const auto &[endpoint, kind] : endpoints) {
        if (path == endpoint) {
            resolved.endpoint = kind;
            return resolved;
        }
        if (path.startsWith(QByteArray(endpoint + '/'))) {
            const QByteArray rest = path.mid(endpoint.size() + 1);
            if (!rest.contains('/')) {
                resolved.endpoint = kind;
                resolved.id = QString::fromUtf8(QByteArray::fromPercentEncoding(rest));
                return resolved;
            }
        }
    }
    resolved.problem = tr("the request path \"%1\" is not one of the service's users or groups "
                          "(%2, %3)")
                           .arg(QString::fromUtf8(path.left(200)), capabilities.usersEndpoint,
                                capabilities.groupsEndpoint);
    return resolved;
}

} // namespace ScimDesk
