#pragma once

#include <QString>

namespace ScimDesk::AppInfo {

// Also the keychain service name and the QSettings organisation/application.
inline QString id()
{
    return QStringLiteral("io.github.scimdesk.ScimDesk");
}
inline QString organization()
{
    return QStringLiteral("ScimDesk");
}
inline QString name()
{
    return QStringLiteral("ScimDesk");
}
inline QString version()
{
    return QStringLiteral(SCIMDESK_VERSION);
}

} // namespace ScimDesk::AppInfo
