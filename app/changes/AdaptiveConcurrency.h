#pragma once

#include <QtGlobal>

namespace ScimDesk {

// How many requests an apply may have in flight: halved when the service says "too many
// requests" (429), grown back by one after a run of successes, never above the configured
// maximum; and a pause for everyone when the service asks for one (Retry-After).
class AdaptiveConcurrency
{
public:
    explicit AdaptiveConcurrency(int maximum = 1);

    int limit() const { return m_limit; }
    int maximum() const { return m_maximum; }
    // Back to the maximum, with no pause: a new run.
    void reset();

    void succeeded();
    void failed();
    void tooManyRequests();

    // Nothing new is sent for `seconds` (added to any pause already due).
    void pauseFor(int seconds, qint64 nowMs);
    // How long the pause still lasts at `nowMs`; 0 when none.
    qint64 pausedForMs(qint64 nowMs) const { return qMax<qint64>(0, m_pausedUntil - nowMs); }

    // Successes in a row after which one more request may be in flight.
    static constexpr int SuccessesToGrow = 10;

private:
    int m_maximum;
    int m_limit;
    int m_successStreak = 0;
    qint64 m_pausedUntil = 0;
};

} // namespace ScimDesk
