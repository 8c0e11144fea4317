#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ScimDesk {

// What became of one change of a plan: what the apply engine reports, the journal records and
// the audit log, the console and the CLI show.
struct ChangeResult
{
    enum class Outcome {
        Pending,
        InFlight,
        Applied, // sent, answered with success, and (when verified) the service holds it
        NotApplied, // the service accepted it but did not make it (read back differs)
        Failed, // refused or could not be sent; `message` says why
        Conflict, // the resource changed since the plan was made (412): review again
        Skipped, // not sent: excluded, cancelled, or a change it depends on did not apply
    };

    QString changeId;
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    int attempts = 0;
    QString message;
    QString createdId; // for creates
    QJsonObject resource; // the resource as the service last returned it
    // Other resources read back to verify it, as returned: the users who joined or left a
    // licence group, with their licences. Kept in memory only (for the directory to take in).
    QList<QJsonObject> related;

    // "applied", "notApplied", …: the word journals, audit records and JSON output use.
    static QString outcomeKey(Outcome outcome);
    QJsonObject toJson() const;
};

} // namespace ScimDesk
