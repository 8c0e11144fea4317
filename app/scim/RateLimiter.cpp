#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace ScimDesk {

RateLimiter::RateLimiter(RateLimits limits)
    : m_limits(std::move(limits))
{ }

const QList<RateLimiter::Use> &RateLimiter::usesOf(const QByteArray &method,
                                                   const QByteArray &path) const
{
    const qsizetype slash = path.indexOf('/', 1);
    QByteArray shape = method + ' ' + (slash < 0 ? path : path.left(slash)).toLower();
    if (slash >= 0)
        shape += path.size() > slash + 1 ? "/*" : "/";
    if (const auto known = m_uses.constFind(shape); known != m_uses.cend())
        return *known;
    QList<Use> &uses = m_uses[shape];
    const double scale = m_limits.timeScale > 0.0 ? m_limits.timeScale : 1.0;
    for (int i = 0; i < m_limits.rules.size(); ++i) {
        const RateRule &rule = m_limits.rules.at(i);
        if (!rule.matches(method, path))
            continue;
        const double windowMs = rule.windowSeconds * 1000.0 * scale;
        Use use;
        use.key = rule.key(i, method, path);
        use.shape.count = qMax(1, rule.count);
        use.shape.lengthMs = qint64(std::ceil(windowMs));
        uses.append(use);
        if (rule.burst > 0 && rule.burst < rule.count) {
            // A burst of `burst`, refilled at count per window: the same rate, in a window
            // burst/count as long.
            use.key += QStringLiteral("/burst");
            use.shape.count = rule.burst;
            use.shape.lengthMs = qint64(std::ceil(windowMs * rule.burst / rule.count));
            uses.append(use);
        }
    }
    return uses;
}

QStringList RateLimiter::keys(const QByteArray &method, const QByteArray &path) const
{
    QStringList keys;
    for (const Use &use : usesOf(method, path))
        keys.append(use.key);
    return keys;
}

qint64 RateLimiter::waitIn(Window &window, qint64 nowMs)
{
    while (!window.freedAt.empty() && window.freedAt.front() <= nowMs)
        window.freedAt.pop_front();
    const qint64 occupied = window.inFlight + qint64(window.freedAt.size());
    if (occupied < window.count)
        return 0;
    // This many must leave the window before one more fits.
    const qint64 mustLeave = occupied - window.count + 1;
    if (mustLeave > qint64(window.freedAt.size()))
        return WaitForAnswer;
    return window.freedAt.at(size_t(mustLeave - 1)) - nowMs;
}

qint64 RateLimiter::waitMs(const QByteArray &method, const QByteArray &path, qint64 nowMs)
{
    if (m_limits.maxConcurrent > 0 && m_inFlight >= m_limits.maxConcurrent)
        return WaitForAnswer;
    qint64 wait = 0;
    for (const Use &use : usesOf(method, path)) {
        auto it = m_windows.find(use.key);
        if (it == m_windows.end())
            continue; // nothing sent against it yet
        const qint64 here = waitIn(*it, nowMs);
        if (here == WaitForAnswer)
            return WaitForAnswer;
        wait = qMax(wait, here);
    }
    return wait;
}

void RateLimiter::sent(const QByteArray &method, const QByteArray &path)
{
    ++m_inFlight;
    for (const Use &use : usesOf(method, path)) {
        auto it = m_windows.find(use.key);
        if (it == m_windows.end())
            it = m_windows.insert(use.key, use.shape);
        ++it->inFlight;
    }
}

void RateLimiter::answered(const QByteArray &method, const QByteArray &path, qint64 nowMs)
{
    m_inFlight = qMax(0, m_inFlight - 1);
    for (const Use &use : usesOf(method, path)) {
        auto it = m_windows.find(use.key);
        if (it == m_windows.end() || it->inFlight <= 0)
            continue;
        --it->inFlight;
        // One millisecond more: the clock's resolution must never shorten the window.
        const qint64 freed = nowMs + it->lengthMs + 1;
        it->freedAt.insert(std::upper_bound(it->freedAt.begin(), it->freedAt.end(), freed), freed);
        while (!it->freedAt.empty() && it->freedAt.front() <= nowMs)
            it->freedAt.pop_front();
    }
}

} // namespace ScimDesk
