#pragma once

#include "Change.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QUrl>

#include <optional>

namespace ScimDesk {

// An ordered set of changes for one connection, saved as a versioned JSON file that the CLI,
// scripts and the GUI all read and write. It never holds a token.
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    // 2: a create's attributes are left out (they are its body's); one change a line.
    static constexpr int FormatVersion = 2;
    static constexpr char16_t FormatName[] = u"scimdesk-plan";

    QString connectionName;
    QUrl baseUrl; // a plan is refused for any other service
    QString presetId;
    QDateTime created;
    QString createdBy; // OS user
    QString source; // "gui", "csv:hr-export.csv", …
    QList<Change> changes;

    QJsonObject toJson() const;
    // Everything but the changes.
    QJsonObject headerJson() const;
    static std::optional<Plan> fromJson(const QJsonObject &json, QString *error);
    // Empty on success, else why not (for the person).
    QString save(const QString &path) const;
    static std::optional<Plan> load(const QString &path, QString *error);
    // The JSON object a plan file at `path` holds (of any version), or why not.
    static std::optional<QJsonObject> readObject(const QString &path, QString *error);

    // Included changes per kind.
    QMap<Change::Kind, int> countsByKind() const;
    int includedCount() const;
    // "5 changes to send: 3 deactivate, 2 grant licence; 1 excluded"
    QString countsText() const;
    // Where the plan comes from, in words: "Made from the CSV file hr.csv on 2026-11-29 14:11
    // by alice." Empty when the plan says nothing of it.
    QString originText() const;
    // Users the included changes deactivate or delete.
    int deprovisionCount() const;
    // What the service takes away besides: "2 users lose licences as they are deactivated
    // (Lucidchart 2, Lucidspark 1)." Empty when nothing.
    QString licenceLossText() const;
    const Change *find(const QString &id) const;
    // The ids of a dependency cycle, first id repeated at the end ("c1", "c2", "c1"; a change
    // that depends on itself gives "c1", "c1"); empty when there is none.
    QStringList dependencyCycle() const;
};

} // namespace ScimDesk
