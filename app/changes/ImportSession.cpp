#include "ImportSession.h"

#include "csv/CsvTableModel.h"
#include "csv/ImportMappingModel.h"
#include "directory/Directory.h"
#include "directory/GroupModels.h"
#include "directory/UserTableModel.h"

#include <QFileInfo>

namespace ScimDesk {

ImportSession::ImportSession(const ConnectionProfile &profile,
                             const ServiceCapabilities &capabilities, Directory *directory,
                             QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_capabilities(capabilities)
    , m_directory(directory)
    , m_preview(new CsvTableModel(this))
    , m_mapping(new ImportMappingModel(this))
{ }

ImportSession::~ImportSession() = default;

void ImportSession::setTable(CsvTable table, const QString &fileName)
{
    m_fileName = fileName;
    forgetLookups();
    m_result = {};
    m_preview->setTable(table); // the only copy once this returns
    // A mapping saved for a file with these very columns is used at once; otherwise a guess.
    m_autoTemplate = m_usesSavedMappings && table.ok()
        ? ImportMapping::templateFor(m_profile.id, table.header)
        : QString();
    const auto saved = m_autoTemplate.isEmpty()
        ? std::nullopt
        : ImportMapping::loadTemplate(m_profile.id, m_autoTemplate);
    m_mapping->reset(table, ImportMapping::choices(m_capabilities),
                     saved ? ImportMapping::fromTemplate(*saved, table.header, m_capabilities)
                           : ImportMapping::automatic(table.header, m_capabilities));
    if (!saved)
        m_autoTemplate.clear();
}

bool ImportSession::readFile(const QString &path, const CsvReader::Options &options)
{
    setTable(CsvReader::readFile(path, options), QFileInfo(path).fileName());
    return table().ok();
}

const CsvTable &ImportSession::table() const
{
    return m_preview->table();
}

QStringList ImportSession::templateNames() const
{
    return ImportMapping::templateNames(m_profile.id);
}

bool ImportSession::useTemplate(const QString &name)
{
    const auto saved = ImportMapping::loadTemplate(m_profile.id, name);
    if (!saved)
        return false;
    m_mapping->setMapping(ImportMapping::fromTemplate(*saved, table().header, m_capabilities));
    return true;
}

void ImportSession::saveTemplate(const QString &name) const
{
    ImportMapping::saveTemplate(m_profile.id, name, m_mapping->mapping().toTemplate(table().header),
                                table().header);
}

ImportPlanner::Options ImportSession::plannedOptions() const
{
    ImportPlanner::Options options = m_options;
    options.excludedRows = m_preview->excludedRows();
    options.source = QStringLiteral("csv:") + m_fileName;
    return options;
}

bool ImportSession::hasRows() const
{
    return table().ok() && !table().rows.isEmpty();
}

bool ImportSession::hasMatchKey() const
{
    return m_mapping->mapping().keyColumn(m_options.match) >= 0;
}

bool ImportSession::needsGroups() const
{
    return m_mapping->mapping().columnOf(UserAttribute::Groups) >= 0;
}

QStringList ImportSession::mappingNotes() const
{
    QStringList notes = m_mapping->mapping().notes(table().header);
    if (!m_autoTemplate.isEmpty())
        notes.prepend(tr("Mapped with the saved mapping \"%1\", made for a file with these "
                         "columns.")
                          .arg(m_autoTemplate));
    return notes;
}

QStringList ImportSession::pendingKeys() const
{
    // Deprovisioning a user the service hides changes nothing: they already have no access.
    if (!m_directory->hidesDeactivatedUsers() || m_options.mode == ImportPlanner::Mode::Deprovision)
        return {};
    QStringList keys;
    const ImportPlanner planner(m_profile, m_capabilities);
    for (const QString &key : planner.unmatchedKeys(table(), m_mapping->mapping(), plannedOptions(),
                                                    m_directory->users()->store())) {
        if (!m_lookedUp.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList ImportSession::pendingLookups() const
{
    return lookupFilters(pendingKeys());
}

QStringList ImportSession::lookupFilters(const QStringList &keys) const
{
    const ImportPlanner planner(m_profile, m_capabilities);
    QStringList filters;
    for (const QString &key : keys)
        filters.append(planner.lookupFilter(key, m_options.match));
    return filters;
}

void ImportSession::forgetLookups()
{
    m_lookedUp.clear();
    m_found.clear();
    m_lookupError = {};
}

void ImportSession::plan()
{
    if (m_lookingUp)
        return; // planned once the users being looked up are in
    const QStringList keys = pendingKeys();
    if (keys.isEmpty()) {
        planNow();
        return;
    }
    m_lookingUp = true;
    Q_EMIT lookingUp(int(keys.size()));
    m_directory->lookUpUsers(lookupFilters(keys), this,
                             [this, keys](const QStringList &found, const ScimError &error) {
                                 m_lookingUp = false;
                                 m_lookedUp += keys;
                                 m_found += found;
                                 if (error.isError())
                                     m_lookupError = error;
                                 plan();
                             });
}

void ImportSession::planNow()
{
    const ImportPlanner planner(m_profile, m_capabilities);
    CsvTable table = this->table();
    if (m_plansOnce)
        table.rows = m_preview->takeRows();
    m_result = planner.plan(std::move(table), m_mapping->mapping(), plannedOptions(),
                            m_directory->users()->store(), m_directory->groups()->all());
    if (!m_found.isEmpty())
        m_result.notes.append(tr("Found by looking up (not listed by the service): %1.")
                                  .arg(m_found.join(QStringLiteral(", "))));
    Q_EMIT planned();
}

QHash<int, QString> ImportSession::problemsByRow() const
{
    QHash<int, QString> problems;
    for (const ImportPlanner::RowError &error : m_result.errors) {
        QString &text = problems[error.row];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + error.message;
    }
    return problems;
}

} // namespace ScimDesk
