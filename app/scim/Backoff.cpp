#include "Backoff.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <limits>

namespace ScimDesk::Backoff {

int delayMs(int attempt, int baseDelayMs, int capMs, int retryAfterSeconds,
            QRandomGenerator *random)
{
    if (!random)
        random = QRandomGenerator::global();
    // Shifting by more than 20 would overflow long before any cap matters.
    const int doublings = qBound(0, attempt - 1, 20);
    const qint64 exponential
        = qMin<qint64>(qMax(0, capMs), qint64(qMax(0, baseDelayMs)) << doublings);
    const qint64 half = exponential / 2;
    qint64 delay = half + random->bounded(half + 1);
    if (retryAfterSeconds >= 0)
        delay = qMax<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    return int(qMin<qint64>(delay, std::numeric_limits<int>::max()));
}

} // namespace ScimDesk::Backoff
