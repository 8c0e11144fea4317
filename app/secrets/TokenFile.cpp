#include "TokenFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ScimDesk {

namespace {

// A bearer token is a few kilobytes at most; anything bigger is the wrong file.
constexpr qint64 MaxTokenFileSize = 64 * 1024;

// True when `info` lies directly in the systemd credentials folder of this process.
bool isSystemdCredential(const QFileInfo &info)
{
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    return !credentials.isEmpty()
        && QFileInfo(info.absolutePath()).canonicalFilePath()
        == QFileInfo(credentials).canonicalFilePath();
}

// Why others than the owner might read the file, or empty.
QString exposure(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions mode = info.permissions();
    // systemd hands a service a credential 0400 with an access list for the service's user,
    // which stat shows as the group read bit: in its own read-only folder that is not a group.
    const bool groupReads = mode.testFlag(QFileDevice::ReadGroup) && !isSystemdCredential(info);
    if (groupReads || mode.testFlag(QFileDevice::ReadOther))
        return TokenFile::tr("The token file %1 can be read by other users: make it readable by "
                             "its owner only (chmod 600 %1), then replace the token on the "
                             "service if someone else may have read it. Nothing was sent.")
            .arg(info.filePath());
#else
    Q_UNUSED(info); // Windows: access is an ACL matter; the file sits in the user's profile
#endif
    return {};
}

} // namespace

QString TokenFile::read(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The token file %1 does not exist: give the path of a file that holds the "
                    "connection's token.")
                     .arg(path);
        return {};
    }
    if (!info.isFile() || info.size() > MaxTokenFileSize) {
        *error = tr("%1 is not a token file: give a file that holds only the connection's token.")
                     .arg(path);
        return {};
    }
    if (const QString why = exposure(info); !why.isEmpty()) {
        *error = why;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the token file %1: %2.").arg(path, file.errorString());
        return {};
    }
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    if (token.isEmpty()) {
        *error = tr("The token file %1 is empty: write the connection's token into it.").arg(path);
        return {};
    }
    // A line break or a space inside would be a second line of a header, or two tokens.
    for (const QChar c : token) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            *error = tr("The token file %1 holds more than a token (spaces, line breaks or "
                        "control characters): it must hold the token alone, on one line.")
                         .arg(path);
            return {};
        }
    }
    error->clear();
    return token;
}

} // namespace ScimDesk
