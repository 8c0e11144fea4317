#include "LicenceStanding.h"

#include "GroupModels.h"
#include "UserTableModel.h"
#include "connections/ConnectionProfile.h"

namespace ScimDesk {

namespace {

void findGroup(LicenceStanding *standing, const GroupTableModel &groups, bool groupsComplete)
{
    for (const GroupRecord &group : groups.all()) {
        if (group.displayName == standing->group) {
            standing->grant = LicenceStanding::Grant::GroupFound;
            standing->groupMembers = int(group.memberIds.size());
            return;
        }
    }
    if (!groupsComplete) {
        standing->grant = LicenceStanding::Grant::Unchecked;
        return;
    }
    standing->grant = LicenceStanding::Grant::GroupMissing;
    const QString wanted = standing->group.trimmed();
    for (const GroupRecord &group : groups.all()) {
        if (group.displayName.trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
            standing->nearMiss = group.displayName;
            return;
        }
    }
}

} // namespace

QList<LicenceStanding> LicenceStanding::of(const UserTableModel &users,
                                           const GroupTableModel &groups, bool groupsComplete,
                                           const ConnectionProfile &profile)
{
    const QStringList names = users.store().licences().names;
    const QList<qint64> counts = users.activeLicenceCounts();
    QList<LicenceStanding> standings;
    standings.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        LicenceStanding standing;
        standing.licence = names.at(i);
        standing.holders = counts.value(i);
        standing.without = qMax<qint64>(0, users.activeCount() - standing.holders);
        if (profile.licencesByGroup()) {
            standing.group = profile.licenceGroups.value(standing.licence);
            if (standing.group.isEmpty())
                standing.grant = Grant::NoGroupSet;
            else
                findGroup(&standing, groups, groupsComplete);
        }
        standings.append(standing);
    }
    return standings;
}

} // namespace ScimDesk
