#include "OsUser.h"

#ifdef Q_OS_UNIX
#include <array>
#include <pwd.h>
#include <unistd.h>
#endif

namespace ScimDesk {

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
#ifdef Q_OS_UNIX
    // Services, cron jobs and containers often run without USER: ask the account database.
    if (user.isEmpty()) {
        passwd entry {};
        passwd *found = nullptr;
        std::array<char, 4096> buffer {};
        if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found)
            user = QString::fromLocal8Bit(found->pw_name);
        else
            user = QStringLiteral("uid %1").arg(geteuid());
    }
#endif
    return user;
}

} // namespace ScimDesk
