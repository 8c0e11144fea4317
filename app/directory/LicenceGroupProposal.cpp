#include "LicenceGroupProposal.h"

#include "GroupModels.h"
#include "UserStore.h"

#include <QSet>

namespace ScimDesk {

LicenceGroupProposal LicenceGroupProposal::fromDirectory(const UserStore &users,
                                                         const QList<GroupRecord> &groups)
{
    const QStringList &names = users.licences().names;
    QList<QSet<QString>> holders(names.size());
    for (qsizetype row = 0; row < users.size(); ++row) {
        const UserRecord &user = users.at(row);
        if (!user.isActive())
            continue;
        for (int i = 0; i < names.size(); ++i) {
            if (user.hasLicence(i))
                holders[i].insert(user.id());
        }
    }

    // Each group's active members, once: a licence is compared with every group.
    QList<std::pair<QString, QSet<QString>>> members;
    members.reserve(groups.size());
    for (const GroupRecord &group : groups) {
        QSet<QString> active;
        for (const QString &id : group.memberIds) {
            const qsizetype row = users.rowOf(id);
            if (row >= 0 && users.at(row).isActive())
                active.insert(id);
        }
        if (!active.isEmpty())
            members.append({group.displayName, std::move(active)});
    }

    LicenceGroupProposal proposal;
    for (int i = 0; i < names.size(); ++i) {
        Entry entry;
        entry.licence = names.at(i);
        entry.holders = holders.at(i).size();
        QStringList matches;
        for (const auto &[name, ids] : std::as_const(members)) {
            if (ids == holders.at(i) && !matches.contains(name))
                matches.append(name);
        }
        if (matches.size() == 1)
            entry.group = matches.first();
        else if (matches.size() > 1)
            entry.ties = matches;
        proposal.entries.append(entry);
    }
    return proposal;
}

QMap<QString, QString> LicenceGroupProposal::groups() const
{
    QMap<QString, QString> found;
    for (const Entry &entry : entries) {
        if (!entry.group.isEmpty())
            found.insert(entry.licence, entry.group);
    }
    return found;
}

QStringList LicenceGroupProposal::unmatched() const
{
    QStringList licences;
    for (const Entry &entry : entries) {
        if (entry.group.isEmpty())
            licences.append(entry.licence);
    }
    return licences;
}

QString LicenceGroupProposal::text() const
{
    QStringList found;
    QStringList none;
    QStringList sentences;
    for (const Entry &entry : entries) {
        if (!entry.group.isEmpty())
            found.append(tr("“%1” for %2").arg(entry.group, entry.licence));
        else if (!entry.ties.isEmpty())
            sentences.append(tr("Several groups have exactly the holders of %1 (%2): choose one.")
                                 .arg(entry.licence, entry.ties.join(QStringLiteral(", "))));
        else
            none.append(entry.licence);
    }
    if (!found.isEmpty())
        sentences.prepend(
            tr("Proposed from the directory: %1.").arg(found.join(QStringLiteral("; "))));
    if (!none.isEmpty())
        sentences.append(tr("No group has exactly the active holders of %1.")
                             .arg(none.join(QStringLiteral(", "))));
    return sentences.join(u' ');
}

} // namespace ScimDesk
