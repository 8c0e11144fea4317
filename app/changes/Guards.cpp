#include "Guards.h"

#include "connections/ConnectionProfile.h"

namespace ScimDesk {

int Guards::threshold(const ConnectionProfile &profile, qint64 directorySize)
{
    if (profile.deprovisionThreshold >= 0)
        return profile.deprovisionThreshold;
    return int(qMin<qint64>(10, directorySize * 5 / 100));
}

Guards::Verdict Guards::check(const Plan &plan, const ConnectionProfile &profile,
                              qint64 directorySize)
{
    Verdict verdict;
    if (!ConnectionProfile::sameService(plan.baseUrl, profile.baseUrl)) {
        verdict.refusal = tr("This plan was made for %1, not for \"%2\" (%3); nothing was sent.")
                              .arg(plan.baseUrl.toDisplayString(), profile.name,
                                   profile.baseUrl.toDisplayString());
        verdict.wrongService = true;
        return verdict;
    }
    QStringList hits;
    for (const Change &change : plan.changes) {
        if (!change.included || !change.isDeprovision())
            continue;
        ++verdict.deprovisions;
        for (const QString &account : profile.protectedAccounts) {
            if (change.targetName.compare(account, Qt::CaseInsensitive) == 0)
                hits.append(change.targetName);
        }
    }
    if (!hits.isEmpty()) {
        verdict.refusal = tr("The plan would deactivate or delete protected accounts (%1); exclude "
                             "those changes first. Nothing was sent.")
                              .arg(hits.join(u", "));
    }
    verdict.threshold = threshold(profile, directorySize);
    return verdict;
}

} // namespace ScimDesk
