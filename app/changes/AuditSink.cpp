#include "AuditSink.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace ScimDesk {

QString AuditSink::newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'") + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x1000000u), 16)
              .rightJustified(6, u'0');
}

} // namespace ScimDesk
