#pragma once

#include <QCoreApplication>

#include "scim/RateLimits.h"

#include <QString>

namespace ScimDesk {

struct Plan;

// How long applying a plan takes at a service's published limits, to say before it starts
// ("GitHub allows 1,000 users created an hour: applying 5,000 changes takes about 4 hours").
// Runs the plan's requests (each change's write, then one read back each) through the same
// RateLimiter that paces the apply, on a simulated clock where each request takes
// AssumedLatencyMs.
struct ApplyEstimate
{
    Q_DECLARE_TR_FUNCTIONS(ApplyEstimate)

public:
    int writes = 0;
    int reads = 0; // reading back, at most one per change
    qint64 seconds = 0;
    // The rule of the limits that sets the pace, or -1 when none does (or there are none).
    int pacingRule = -1;
    // The cap on requests at once sets the pace.
    bool pacedByConcurrency = false;

    // A typical answer time of a SaaS SCIM service (ScimDesk's own measurements: 0.1-0.3 s).
    static constexpr int AssumedLatencyMs = 200;

    // `concurrency`: the connection's requests at once; `verify`: whether changes are read back.
    static ApplyEstimate of(const Plan &plan, const RateLimits &limits, int concurrency,
                            bool verify = true);
    // "about 4 hours", "about 12 minutes", "under a minute".
    static QString durationText(qint64 seconds);
    // One sentence for the review, naming what sets the pace at `serviceName`.
    QString text(const QString &serviceName, const RateLimits &limits) const;
    // The sentence for applying `plan` to a connection of preset `presetId` at `concurrency`;
    // empty when that service publishes no limits.
    static QString textFor(const Plan &plan, const QString &presetId, int concurrency);
};

} // namespace ScimDesk
