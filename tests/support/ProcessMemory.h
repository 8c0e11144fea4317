#pragma once

#include <QFile>

namespace ScimDesk::Test {

// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:" for the peak), or -1: for benchmarks.
inline qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace ScimDesk::Test
