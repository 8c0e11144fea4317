#pragma once

#include <QFile>
#include <QString>

namespace ScimDesk {

// Files that hold names, emails, before/after values or settings are the owner's alone: their
// folders are created 0700 and the files 0600 (and tightened to that when they already exist).

// Creates `path` (and its parents) and makes it 0700. False when it cannot.
bool makePrivateDir(const QString &path);
// Opens `file` with `mode` after making its folder private; a file it creates is 0600 from the
// start, one that exists is set to 0600 before it is written.
bool openPrivate(QFile &file, QIODevice::OpenMode mode);
// Makes an existing file 0600 (QSettings writes its own file).
bool makePrivateFile(const QString &path);

// At program start: no core dumps (they would hold the token), and a write past a file-size
// limit fails with an error the program reports instead of killing it (SIGXFSZ).
void hardenProcess();

} // namespace ScimDesk
