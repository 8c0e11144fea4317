#pragma once

#include "ImportPlanner.h"
#include "scim/ScimError.h"

#include <QObject>

namespace ScimDesk {

class CsvTableModel;
class Directory;
class ImportMappingModel;

// One import, as the console's dialog and `scimdesk-cli plan` both run it: the file (with the
// admin's fixes and rows left out), the column mapping, the options, then the plan. Before
// planning it looks up the users the service leaves out of lists (Lucid hides deactivated
// users), so a listed-but-hidden user is reactivated rather than created twice. The notes it
// gives (userName from email, ignored columns, users found by looking up) read the same in
// the console and on the command line.
class ImportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    ImportSession(const ConnectionProfile &profile, const ServiceCapabilities &capabilities,
                  Directory *directory, QObject *parent = nullptr);
    ~ImportSession() override;

    // A new file: `source` names it in the plan ("hr.csv"). The mapping starts as a guess, or
    // with usesSavedMappings, as the mapping saved for a file with the same columns.
    void setTable(CsvTable table, const QString &fileName);
    // The console opens a file with the mapping saved for its columns; scimdesk-cli takes a
    // saved one only when told (--mapping), so that a script's plan does not change with what
    // someone saved in the console.
    void setUsesSavedMappings(bool uses) { m_usesSavedMappings = uses; }
    // The console keeps the file's rows to show and plan again as the admin fixes them;
    // scimdesk-cli plans a file once, and gives its rows up to the planner (table() is left with
    // the header and warnings), so that a large file is not held while its plan is made.
    void setPlansOnce(bool once) { m_plansOnce = once; }
    bool readFile(const QString &path, const CsvReader::Options &options = {});
    const CsvTable &table() const;
    CsvTableModel *preview() const { return m_preview; }
    ImportMappingModel *mapping() const { return m_mapping; }

    // Named mappings saved for this connection.
    QStringList templateNames() const;
    // The saved mapping the file got at once (saved for a file with the same columns); empty
    // when the mapping is a guess.
    QString autoTemplate() const { return m_autoTemplate; }
    bool useTemplate(const QString &name);
    void saveTemplate(const QString &name) const;

    ImportPlanner::Options &options() { return m_options; }
    // The options as planned: with the rows left out in the preview and the file's name.
    ImportPlanner::Options plannedOptions() const;

    bool hasRows() const;
    // A column holds the matching key (userName: or the email standing in for it).
    bool hasMatchKey() const;
    // The file has a groups column: planning needs the groups loaded.
    bool needsGroups() const;
    QStringList mappingNotes() const;

    // The SCIM filters for the users that must be looked up before a plan is right: listed in
    // the file, missing from the loaded users, on a service that hides some, and not looked up
    // already. Empty when there is nothing to look up.
    QStringList pendingLookups() const;
    // Forget what was looked up (the directory is being reloaded).
    void forgetLookups();

    // Plans, after looking up pendingLookups() first when there are any (then planned() comes
    // later). A failed look-up still plans, and says why in lookupError().
    void plan();
    bool isLookingUp() const { return m_lookingUp; }
    ScimError lookupError() const { return m_lookupError; }
    const ImportPlanner::Result &result() const { return m_result; }
    // Row number → its problems, one per line (for the preview).
    QHash<int, QString> problemsByRow() const;

Q_SIGNALS:
    void lookingUp(int users);
    void planned();

private:
    QStringList pendingKeys() const;
    QStringList lookupFilters(const QStringList &keys) const;
    void planNow();

    ConnectionProfile m_profile;
    ServiceCapabilities m_capabilities;
    Directory *m_directory;
    CsvTableModel *m_preview;
    ImportMappingModel *m_mapping;
    ImportPlanner::Options m_options;
    QString m_fileName;
    QString m_autoTemplate;
    bool m_usesSavedMappings = false;
    bool m_plansOnce = false;
    QStringList m_lookedUp; // keys already looked up on the service
    QStringList m_found; // userNames found by looking up
    bool m_lookingUp = false;
    ScimError m_lookupError;
    ImportPlanner::Result m_result;
};

} // namespace ScimDesk
