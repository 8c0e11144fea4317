#include "ApplyEstimate.h"

#include "Plan.h"
#include "scim/Preset.h"
#include "scim/RateLimiter.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace ScimDesk {

namespace {

struct Request
{
    QByteArray method;
    QByteArray path;
};

// "/Users/x": the read back of a change to "/Users/lucid-12" or a create at "/Users".
QByteArray readBackPath(const QByteArray &path)
{
    const qsizetype slash = path.indexOf('/', 1);
    return (slash < 0 ? path : path.left(slash)) + "/x";
}

// When the last of `requests` is answered, sending them in order from `nowMs`, at most
// `concurrency` at once, each answered AssumedLatencyMs after it was sent.
qint64 simulate(const QList<Request> &requests, RateLimiter &limiter, int concurrency, qint64 nowMs)
{
    std::multimap<qint64, qsizetype> answers; // when, which
    qsizetype next = 0;
    while (next < requests.size() || !answers.empty()) {
        while (!answers.empty() && answers.begin()->first <= nowMs) {
            const Request &done = requests.at(answers.begin()->second);
            limiter.answered(done.method, done.path, answers.begin()->first);
            answers.erase(answers.begin());
        }
        qint64 wake = std::numeric_limits<qint64>::max();
        if (next < requests.size() && qsizetype(answers.size()) < concurrency) {
            const Request &request = requests.at(next);
            const qint64 wait = limiter.waitMs(request.method, request.path, nowMs);
            if (wait == 0) {
                limiter.sent(request.method, request.path);
                answers.emplace(nowMs + ApplyEstimate::AssumedLatencyMs, next++);
                continue;
            }
            if (wait > 0)
                wake = nowMs + wait;
        }
        if (!answers.empty())
            wake = qMin(wake, answers.begin()->first);
        if (wake == std::numeric_limits<qint64>::max())
            break; // all sent and answered
        nowMs = wake;
    }
    return nowMs;
}

// The least time `rule` alone needs for `requests`, in seconds.
qint64 ruleBound(const RateRule &rule, int index, const QList<Request> &requests)
{
    QHash<QString, int> counts;
    for (const Request &request : requests) {
        if (rule.matches(request.method, request.path))
            ++counts[rule.key(index, request.method, request.path)];
    }
    qint64 bound = 0;
    for (const int n : std::as_const(counts)) {
        bound = qMax(bound, qint64((n - 1) / qMax(1, rule.count)) * rule.windowSeconds);
        if (rule.burst > 0 && rule.burst < rule.count)
            bound = qMax(
                bound, qint64((n - 1) / rule.burst) * rule.windowSeconds * rule.burst / rule.count);
    }
    return bound;
}

} // namespace

ApplyEstimate ApplyEstimate::of(const Plan &plan, const RateLimits &limits, int concurrency,
                                bool verify)
{
    RateLimits real = limits;
    real.timeScale = 1.0; // the estimate is for the service, not for a test's shortened clock
    QList<Request> writes;
    QList<Request> reads;
    for (const Change &change : plan.changes) {
        if (!change.included)
            continue;
        writes.append({change.request.method, change.request.path});
        if (verify)
            reads.append({"GET", readBackPath(change.request.path)});
    }
    ApplyEstimate estimate;
    estimate.writes = int(writes.size());
    estimate.reads = int(reads.size());
    RateLimiter limiter(real);
    concurrency = qMax(1, concurrency);
    const qint64 ms
        = simulate(reads, limiter, concurrency, simulate(writes, limiter, concurrency, 0));
    estimate.seconds = (ms + 999) / 1000;

    const QList<Request> all = writes + reads;
    qint64 longest = 0;
    for (int i = 0; i < real.rules.size(); ++i) {
        const qint64 bound = ruleBound(real.rules.at(i), i, all);
        if (bound > longest) {
            longest = bound;
            estimate.pacingRule = i;
        }
    }
    // A rule sets the pace when the apply takes mostly the time that rule alone needs.
    if (estimate.pacingRule >= 0 && 2 * longest < estimate.seconds)
        estimate.pacingRule = -1;
    estimate.pacedByConcurrency = estimate.pacingRule < 0 && real.maxConcurrent > 0
        && real.maxConcurrent < concurrency && estimate.seconds > 0;
    return estimate;
}

QString ApplyEstimate::durationText(qint64 seconds)
{
    if (seconds < 60)
        return ApplyEstimate::tr("under a minute");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90)
        return ApplyEstimate::tr("about %n minute(s)", nullptr, int(minutes));
    const qint64 hours = (seconds + 1800) / 3600;
    if (hours < 48)
        return ApplyEstimate::tr("about %n hour(s)", nullptr, int(hours));
    return ApplyEstimate::tr("about %n day(s)", nullptr, int((seconds + 43200) / 86400));
}

QString ApplyEstimate::text(const QString &serviceName, const RateLimits &limits) const
{
    const QString duration = durationText(seconds);
    const QString applying = reads > 0
        ? ApplyEstimate::tr("applying %Ln change(s) and reading them back takes %1", nullptr,
                            writes)
              .arg(duration)
        : ApplyEstimate::tr("applying %Ln change(s) takes %1", nullptr, writes).arg(duration);
    if (pacingRule >= 0 && pacingRule < limits.rules.size())
        return ApplyEstimate::tr("%1 allows %2: %3.")
            .arg(serviceName, limits.rules.at(pacingRule).describe(), applying);
    if (pacedByConcurrency)
        return ApplyEstimate::tr("%1 allows %2: %3.")
            .arg(serviceName,
                 ApplyEstimate::tr("%Ln request(s) at once", nullptr, limits.maxConcurrent),
                 applying);
    return ApplyEstimate::tr("Within %1's published limits, %2.").arg(serviceName, applying);
}

QString ApplyEstimate::textFor(const Plan &plan, const QString &presetId, int concurrency)
{
    const Preset &preset = Preset::byId(presetId);
    if (preset.limits.isEmpty())
        return {};
    const QString service = preset.displayName.section(QStringLiteral(" ("), 0, 0);
    return of(plan, preset.limits, concurrency).text(service, preset.limits);
}

} // namespace ScimDesk
