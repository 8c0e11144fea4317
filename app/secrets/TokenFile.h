#pragma once

#include <QCoreApplication>
#include <QString>

namespace ScimDesk {

// A token kept in a file for unattended runs: a systemd credential ($CREDENTIALS_DIRECTORY) or a
// file only its owner can read. Used as read, never stored anywhere else.
class TokenFile
{
    Q_DECLARE_TR_FUNCTIONS(TokenFile)

public:
    // The token in `path`, without surrounding whitespace. Empty with `error` set when the file
    // is missing, not a regular file, empty, more than one token, or readable by other users
    // (on Unix: group or other read permission; a systemd credential may show the group bit,
    // which is its access list, not a group). `error` says what to do; it never holds the token.
    static QString read(const QString &path, QString *error);
};

} // namespace ScimDesk
