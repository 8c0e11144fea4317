#include "AdaptiveConcurrency.h"

namespace ScimDesk {

AdaptiveConcurrency::AdaptiveConcurrency(int maximum)
    : m_maximum(qMax(1, maximum))
    , m_limit(m_maximum)
{ }

void AdaptiveConcurrency::reset()
{
    m_limit = m_maximum;
    m_successStreak = 0;
    m_pausedUntil = 0;
}

void AdaptiveConcurrency::succeeded()
{
    if (++m_successStreak >= SuccessesToGrow && m_limit < m_maximum) {
        ++m_limit; // the service keeps up again: speed back up
        m_successStreak = 0;
    }
}

void AdaptiveConcurrency::failed()
{
    m_successStreak = 0;
}

void AdaptiveConcurrency::tooManyRequests()
{
    m_successStreak = 0;
    m_limit = qMax(1, m_limit / 2);
}

void AdaptiveConcurrency::pauseFor(int seconds, qint64 nowMs)
{
    // Everyone waits: the service asked us to slow down, not just one request.
    m_pausedUntil = qMax(m_pausedUntil, nowMs + qint64(seconds) * 1000);
}

} // namespace ScimDesk
