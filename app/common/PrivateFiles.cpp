#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace ScimDesk {

namespace {

constexpr QFileDevice::Permissions ownerDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool makePrivateDir(const QString &path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, ownerDir);
}

bool makePrivateFile(const QString &path)
{
    return !QFileInfo::exists(path) || QFile::setPermissions(path, ownerFile);
}

bool openPrivate(QFile &file, QIODevice::OpenMode mode)
{
    const QString path = QFileInfo(file.fileName()).absolutePath();
    makePrivateDir(path); // a folder that cannot be made private still fails the open below
    makePrivateFile(file.fileName());
    return file.open(mode, ownerFile);
}

void hardenProcess()
{
    // Windows writes no dump of a crashed program unless the machine is set up to collect them
    // (Windows Error Reporting's LocalDumps), so there is nothing to turn off there.
#ifdef Q_OS_UNIX
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    std::signal(SIGXFSZ, SIG_IGN);
#endif
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace ScimDesk
