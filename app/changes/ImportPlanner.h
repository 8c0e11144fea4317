#pragma once

#include "Plan.h"
#include "QueuedOperation.h"
#include "connections/ConnectionProfile.h"
#include "csv/CsvReader.h"
#include "csv/ImportMapping.h"
#include "scim/ServiceCapabilities.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace ScimDesk {

struct GroupRecord;
class UserStore;

// Turns an HR file into a plan: validates every row, matches rows to the directory's users and
// plans what the mode asks for. Rows with errors are never planned.
//
//   provision:   create who is missing, update what differs, reactivate who is listed but
//                inactive;
//   deprovision: deactivate (or delete, when asked) everyone listed, optionally revoking
//                their licences;
//   sync:        provision, and deactivate (or delete) every active user the file leaves out.
//
// An empty cell leaves its attribute as it is. Protected accounts are never deprovisioned.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    enum class Mode { Provision, Deprovision, Sync };
    using MatchKey = ScimDesk::MatchKey;

    struct Options
    {
        Mode mode = Mode::Provision;
        MatchKey match = MatchKey::UserName;
        bool deleteOnDeprovision = false; // never the default
        bool revokeLicences = false; // deprovision: also set every licence to false
        QSet<int> excludedRows; // row numbers the admin left out
        QString source; // for the plan, e.g. "csv:hr.csv"
        // The licences users held when last deactivated (from the audit log): a reactivation
        // gives them back, unless the file says otherwise. Unset: nothing is restored.
        std::optional<QHash<QString, QStringList>> licenceHistory;
        // Result::queued is filled: the console's queue merges it. A plan written to a file
        // (scimdesk-cli) needs only the plan, and a large file's operations are a second copy.
        bool queueOperations = true;
    };

    struct RowError
    {
        int row = 0;
        QString message;
    };

    struct Result
    {
        Plan plan;
        int create = 0;
        int update = 0;
        int reactivate = 0;
        int deactivate = 0;
        int remove = 0; // delete
        int unchanged = 0;
        int invalidRows = 0;
        QList<RowError> errors;
        QStringList notes; // what the admin should know: userName from email, unmapped columns…
        // The same plan as operations, for the console's queue to merge with what is pending.
        ImportedOperations queued;

        // "3 to create, 2 to update, … 1 row with errors"
        QString summary() const;
        QJsonObject summaryJson() const;
    };

    ImportPlanner(const ConnectionProfile &profile, const ServiceCapabilities &capabilities);

    static bool modeFromName(const QString &name, Mode *mode);
    // A licence or active cell: yes/no/true/false/1/0/x/empty (empty = leave as is).
    static std::optional<bool> parseFlag(const QString &cell, bool *understood);

    // The matching-key values of valid rows that match no loaded user: on a service that leaves
    // deactivated users out of lists (Lucid), look these up before planning, so a reactivation
    // is not planned as a create.
    QStringList unmatchedKeys(const CsvTable &table, const ImportMapping &mapping,
                              const Options &options, const UserStore &users) const;
    // The SCIM filter that finds the user with `key` (for unmatchedKeys()).
    QString lookupFilter(const QString &key, MatchKey match) const;

    // The rows of `table` are let go once read: with the last copy moved in, a large file is not
    // held while its plan is made.
    Result plan(CsvTable table, const ImportMapping &mapping, const Options &options,
                const UserStore &users, const QList<GroupRecord> &groups) const;

private:
    struct ParsedRow;
    class RowParser;
    class Run;
    // Every row of the file, those left out too (marked excluded): sync spares who they name.
    // Without `groups`, group names are not checked.
    QList<ParsedRow> parse(const CsvTable &table, const ImportMapping &mapping,
                           const Options &options, const QList<GroupRecord> *groups) const;

    ConnectionProfile m_profile;
    ServiceCapabilities m_capabilities;
};

} // namespace ScimDesk
