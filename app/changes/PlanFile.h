#pragma once

#include "Plan.h"

namespace ScimDesk {

// What a plan file holds: one plan (format version 1 or 2, as every single-connection plan is
// written), or several, one section per connection (format version 3: an offboarding across
// services). Each section is a whole Plan with its own connection, guards, journal and audit
// run when applied; the file says who made it, when and why. Never holds a token.
struct PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    static constexpr int SectionsFormatVersion = 3;

    QList<Plan> sections;
    // Written as sections (version 3), even with one: apply reports per connection. False for a
    // plain plan file.
    bool sectioned = false;
    QDateTime created;
    QString createdBy;
    QString source; // "offboard:ada@example.com", "offboard:csv:leavers.csv"
    // Who was looked for and not found, by connection name: said in the review, sends nothing.
    QMap<QString, QStringList> notFound;
    // Connections that could not be searched, with why: the person may have an account there.
    QMap<QString, QString> notSearched;

    // The file at `path`, of any version this ScimDesk reads.
    static std::optional<PlanFile> load(const QString &path, QString *error);
    static std::optional<PlanFile> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    // A sectioned file as version 3; a plain one as its only plan is saved. Empty on success.
    QString save(const QString &path) const;

    int includedCount() const;
    int deprovisionCount() const;
    // "3 connections: Lucid (1 deactivate), Slack (1 deactivate), GitHub (1 delete)"
    QString countsText() const;
};

} // namespace ScimDesk
