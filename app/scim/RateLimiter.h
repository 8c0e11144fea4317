#pragma once

#include "RateLimits.h"

#include <QHash>

#include <deque>

namespace ScimDesk {

// Decides when a request may be sent so that a service's RateLimits hold as the service counts
// them. Pure bookkeeping: the time is passed in (milliseconds on any steady clock), so
// ScimClient drives it with a real clock and ApplyEstimate and the tests with a simulated one.
//
// Each rule is a sliding window: at most `count` requests in any `window`. A burst limit is a
// second, shorter window (`burst` in burst/count of the window), which admits nothing a token
// bucket of that size and rate would refuse. The service counts a request when it arrives, which
// the client does not see: somewhere between sending it and receiving the answer. So a request
// holds its place in a window from when it is sent until one window after its answer came;
// whatever the network delays, the service then never sees more than `count` in a window.
class RateLimiter
{
public:
    explicit RateLimiter(RateLimits limits = {});

    const RateLimits &limits() const { return m_limits; }
    bool isEmpty() const { return m_limits.isEmpty(); }

    // How long `method path` must still wait at `nowMs`: 0 to send now, > 0 milliseconds, or
    // WaitForAnswer when only answers to requests in flight can make room.
    static constexpr qint64 WaitForAnswer = -1;
    qint64 waitMs(const QByteArray &method, const QByteArray &path, qint64 nowMs);
    // The allowances `method path` draws on (requests sharing one compete for it).
    QStringList keys(const QByteArray &method, const QByteArray &path) const;
    // Counts a request as sent (it holds its places from now on), and then its answer, or its
    // failure, at `nowMs` (its places are free one window later).
    void sent(const QByteArray &method, const QByteArray &path);
    void answered(const QByteArray &method, const QByteArray &path, qint64 nowMs);
    int inFlight() const { return m_inFlight; }

private:
    struct Window
    {
        qint64 lengthMs = 0;
        int count = 1;
        int inFlight = 0;
        std::deque<qint64> freedAt; // sorted: when answered requests leave the window
    };
    struct Use
    {
        QString key;
        Window shape;
    };
    const QList<Use> &usesOf(const QByteArray &method, const QByteArray &path) const;
    static qint64 waitIn(Window &window, qint64 nowMs);

    RateLimits m_limits;
    QHash<QString, Window> m_windows;
    // By method, endpoint and whether the path names one resource: all a rule looks at.
    mutable QHash<QByteArray, QList<Use>> m_uses;
    int m_inFlight = 0;
};

} // namespace ScimDesk
