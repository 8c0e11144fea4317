#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ScimDesk {

class UserStore;
struct GroupRecord;

// Which group grants each licence, guessed from the loaded directory for a connection that is
// to give licences by group: the one group whose members are exactly the licence's active
// holders. Only an exact match is proposed, and only when one group matches: a near match or a
// tie is left for the admin to choose.
struct LicenceGroupProposal
{
    Q_DECLARE_TR_FUNCTIONS(LicenceGroupProposal)

public:
    struct Entry
    {
        QString licence;
        QString group; // the proposed group's displayName; empty when none is proposed
        QStringList ties; // when several groups match exactly: their names, and none is proposed
        qsizetype holders = 0; // active users holding the licence
    };

    QList<Entry> entries; // one per licence, in catalogue order

    // Compares, for each licence of `users`' catalogue, the ids of its active holders with the
    // active members of each group. Deactivated users count neither as holders nor as members,
    // and neither do members the directory has not loaded (Lucid leaves deactivated users out
    // of its lists); a group with no members left is never proposed.
    static LicenceGroupProposal fromDirectory(const UserStore &users,
                                              const QList<GroupRecord> &groups);

    // licence -> group, for the licences a group was found for.
    QMap<QString, QString> groups() const;
    // The licences no group was found for.
    QStringList unmatched() const;
    bool isEmpty() const { return groups().isEmpty(); }
    // For people: what was found, then what was not and why ("Proposed from the directory:
    // “Everyone” for Lucidchart. No group has exactly the active holders of LucidscaleCreator.").
    QString text() const;
};

} // namespace ScimDesk
