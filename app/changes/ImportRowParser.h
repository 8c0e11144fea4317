#pragma once

// The rows of an HR file as ImportPlanner reads them: for ImportPlanner's own files only.

#include "ImportPlanner.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <utility>

namespace ScimDesk {

struct ImportPlanner::ParsedRow
{
    int number = 0;
    bool excluded = false; // left out by the admin: not planned, its errors not reported
    QString key; // the matching key, as written
    QString userName;
    QList<std::pair<QString, QString>> values; // text attributes, non-empty
    QList<std::pair<int, bool>> licences; // licence index in the catalog, value
    std::optional<bool> active;
    QStringList groupIds;
    QStringList errors;

    bool valid() const { return errors.isEmpty(); }
};

// Reads one row of the file into what it asks for, checking every cell.
class ImportPlanner::RowParser
{
public:
    RowParser(const ConnectionProfile &profile, const ServiceCapabilities &capabilities,
              const CsvTable &table, const ImportMapping &mapping, MatchKey match,
              const QList<GroupRecord> *groups);

    const QString &keyName() const { return m_keyName; }

    ParsedRow parse(const CsvTable::Row &source) const;

private:
    void readCell(ParsedRow &row, const QString &header, const QString &attribute,
                  const QString &cell) const;

    // For a connection that gives licences by group: why the licence in `attribute` cannot be
    // changed (no group grants it, or the service has no such group); else empty.
    QString licenceGroupProblem(const QString &header, const QString &attribute) const;

    void readGroups(ParsedRow &row, const QString &cell) const;

    // The email, the userName and the matching key.
    void checkIdentity(ParsedRow &row, const CsvTable::Row &source) const;

    const ConnectionProfile &m_profile;
    const ServiceCapabilities &m_capabilities;
    const QStringList &m_header;
    const ImportMapping &m_mapping;
    int m_keyColumn;
    QString m_keyName;
    QString m_licencePrefix;
    bool m_checkGroups;
    QHash<QString, QString> m_groupByName; // folded display name -> id
    QSet<QString> m_groupNames; // as the service spells them
};

} // namespace ScimDesk
