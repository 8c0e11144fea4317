#include "Guards.h"

#include "connections/ConnectionProfile.h"

namespace ScimDesk {

namespace {

bool isProtectedName(const ConnectionProfile &profile, const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QString &account : profile.protectedAccounts) {
        if (name.compare(account, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

int Guards::threshold(const ConnectionProfile &profile, qint64 directorySize)
{
    if (profile.deprovisionThreshold >= 0)
        return profile.deprovisionThreshold;
    return int(qMin<qint64>(10, directorySize * 5 / 100));
}

Guards::Verdict Guards::check(const Plan &plan, const ConnectionProfile &profile,
                              qint64 directorySize, const ServiceCapabilities &capabilities,
                              const QSet<QString> &knownProtectedIds)
{
    Verdict verdict;
    verdict.threshold = threshold(profile, directorySize);
    const auto refuse = [&](Problem problem, const QString &text) {
        verdict.problem = problem;
        verdict.wrongService = problem == Problem::WrongService;
        verdict.refusal = text;
        return verdict;
    };
    if (!ConnectionProfile::sameService(plan.baseUrl, profile.baseUrl)) {
        return refuse(Problem::WrongService,
                      tr("This plan was made for %1, not for \"%2\" (%3); nothing was sent.")
                          .arg(plan.baseUrl.toDisplayString(), profile.name,
                               profile.baseUrl.toDisplayString()));
    }

    // Ids the plan itself ties to a protected userName, and those the caller knows.
    QSet<QString> protectedIds = knownProtectedIds;
    for (const Change &change : plan.changes) {
        if (change.resourceType == u"User" && !change.targetId.isEmpty()
            && isProtectedName(profile, change.targetName))
            protectedIds.insert(change.targetId);
    }

    QStringList hits;
    for (const Change &change : plan.changes) {
        if (!change.included)
            continue;
        if (change.kind == Change::Kind::TransferDocuments) {
            // Sent to the connection's REST API address, never to the plan's: only its body
            // can be wrong.
            if (const QString why = change.transferProblem(); !why.isEmpty())
                return refuse(Problem::Inconsistent,
                              tr("The plan is inconsistent: %1. It may have been edited; make "
                                 "it again. Nothing was sent.")
                                  .arg(why));
            continue;
        }
        const RequestEffect effect = RequestEffect::of(change.request, capabilities);
        if (!effect.target.isValid())
            return refuse(Problem::OutsideService,
                          tr("Change %1 would send its request outside the service: %2. The plan "
                             "was refused; nothing was sent.")
                              .arg(change.id, effect.target.problem));
        if (const QString why = RequestEffect::disagreement(change, effect); !why.isEmpty())
            return refuse(Problem::Inconsistent,
                          tr("The plan is inconsistent: %1. It may have been edited; make it "
                             "again. Nothing was sent.")
                              .arg(why));
        if (!effect.deprovisions())
            continue;
        ++verdict.deprovisions;
        verdict.deletes += effect.deletes ? 1 : 0;
        if (isProtectedName(profile, change.targetName) || protectedIds.contains(effect.targetId()))
            hits.append(change.targetName.isEmpty() ? effect.targetId() : change.targetName);
    }
    if (!hits.isEmpty()) {
        return refuse(Problem::ProtectedAccount,
                      tr("The plan would deactivate or delete protected accounts (%1); exclude "
                         "those changes first. Nothing was sent.")
                          .arg(hits.join(u", ")));
    }
    return verdict;
}

} // namespace ScimDesk
