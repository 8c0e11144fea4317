#pragma once

#include "Plan.h"

#include <QCoreApplication>

namespace ScimDesk {

struct ConnectionProfile;

// The checks a plan passes before anything is sent: it belongs to this connection, it never
// deactivates or deletes a protected account, and mass deprovisioning is confirmed.
class Guards
{
    Q_DECLARE_TR_FUNCTIONS(Guards)

public:
    struct Verdict
    {
        QString refusal; // non-empty: the plan may not be applied as it is
        int deprovisions = 0; // users the plan deactivates or deletes
        int threshold = 0; // above this, the admin must confirm
        bool wrongService = false; // the plan was made for another service: bad input
        bool needsConfirmation() const { return deprovisions > threshold; }
    };

    // `directorySize` is the number of users the service lists (for the 5 % rule).
    static Verdict check(const Plan &plan, const ConnectionProfile &profile, qint64 directorySize);
    // The mass-deprovisioning threshold: the connection's own, or by default more than 10 users
    // or more than 5 % of the directory, whichever is smaller.
    static int threshold(const ConnectionProfile &profile, qint64 directorySize);
};

} // namespace ScimDesk
