#pragma once

#include "PersonSearch.h"
#include "changes/PlanFile.h"
#include "csv/CsvReader.h"

namespace ScimDesk {

// Turns what a PersonSearch found into one plan with a section per connection that knows the
// person: a deactivation (or a delete, where asked) of each account, with that service's licence
// consequences. Connections without the person get no section; the plan says who was not found
// where, and which connections could not be searched.
class OffboardPlanner
{
    Q_DECLARE_TR_FUNCTIONS(OffboardPlanner)

public:
    enum class Action { Deactivate, Delete };
    struct Options
    {
        Action action = Action::Deactivate;
        // What the plan says it is for: "ada@example.com", "csv:leavers.csv".
        QString source;
        QString createdBy;
        // On Lucid connections, who gets the leaver's documents before the account goes:
        // ManagerRecipient (the manager the account names; PersonSearch::setReadsManagers), an
        // email address, or empty (they go to the account's default recipient, as Lucid does).
        QString documentsTo;
    };
    static constexpr char16_t ManagerRecipient[] = u"manager";

    // `reports` gives each connection's capabilities by connection id. `problems` gets what
    // stops the plan from being sent (a Lucid connection without the REST sign-in that
    // handing documents over needs): the plan must not be saved while there are any.
    static PlanFile plan(const QList<PersonAccount> &accounts,
                         const QHash<QString, ConnectionReport> &reports, const Options &options,
                         QStringList *problems);
    // The people a leavers file names: its email (or userName) column, else its first column;
    // each once.
    static QStringList leaversIn(const CsvTable &table);
    // Accounts already deactivated, to which a deactivation would change nothing, and Lucid
    // leavers whose documents go to the default recipient because they name no manager: said,
    // not planned.
    static QStringList notes(const QList<PersonAccount> &accounts, const Options &options);
};

} // namespace ScimDesk
