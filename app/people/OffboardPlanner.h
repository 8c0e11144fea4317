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
    };

    // `reports` gives each connection's capabilities by connection id.
    static PlanFile plan(const QList<PersonAccount> &accounts,
                         const QHash<QString, ConnectionReport> &reports, const Options &options);
    // The people a leavers file names: its email (or userName) column, else its first column;
    // each once.
    static QStringList leaversIn(const CsvTable &table);
    // Accounts already deactivated, to which a deactivation would change nothing: said, not
    // planned.
    static QStringList notes(const QList<PersonAccount> &accounts, const Options &options);
};

} // namespace ScimDesk
