#pragma once

#include "Plan.h"
#include "RequestEffect.h"
#include "scim/ServiceCapabilities.h"

#include <QCoreApplication>
#include <QSet>

namespace ScimDesk {

struct ConnectionProfile;

// The checks a plan passes before anything is sent, judged on what each request does (its
// method, path and body: RequestEffect), never on what the change's label says: the plan
// belongs to this connection, every request stays inside the service and does what its change
// claims, no protected account is deactivated or deleted, and mass deprovisioning is confirmed.
class Guards
{
    Q_DECLARE_TR_FUNCTIONS(Guards)

public:
    enum class Problem {
        None,
        WrongService, // the plan was made for another service: bad input
        OutsideService, // a request would leave the base path or is no resource endpoint
        Inconsistent, // a request does not do what its change claims: bad input
        ProtectedAccount, // a request deactivates or deletes a protected account
    };

    struct Verdict
    {
        Problem problem = Problem::None;
        QString refusal; // non-empty: the plan may not be applied as it is
        int deprovisions = 0; // users the included requests deactivate or delete
        int deletes = 0; // users they delete
        int threshold = 0; // above this, the admin must confirm
        bool wrongService = false; // problem == WrongService (kept for callers that ask only that)
        bool needsConfirmation() const { return deprovisions > threshold; }
        bool isBadInput() const
        {
            return problem == Problem::WrongService || problem == Problem::OutsideService
                || problem == Problem::Inconsistent;
        }
    };

    // `directorySize` is the number of users the service lists (for the 5 % rule);
    // `capabilities` name the service's Users and Groups endpoints. Protected accounts are
    // matched by userName (the change's targetName) and by id: the ids of `knownProtectedIds`
    // and the targetId of any change whose targetName is protected; a request is caught when
    // the id in its path is one of them.
    static Verdict check(const Plan &plan, const ConnectionProfile &profile, qint64 directorySize,
                         const ServiceCapabilities &capabilities = {},
                         const QSet<QString> &knownProtectedIds = {});
    // The mass-deprovisioning threshold: the connection's own, or by default more than 10 users
    // or more than 5 % of the directory, whichever is smaller.
    static int threshold(const ConnectionProfile &profile, qint64 directorySize);
};

} // namespace ScimDesk
