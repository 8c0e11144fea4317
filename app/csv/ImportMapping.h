#pragma once

#include "scim/Patch.h"
#include "scim/UserAttributes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ScimDesk {

struct LicenceCatalog;
struct ServiceCapabilities;

// Which SCIM attribute each CSV column fills. Attributes are SCIM paths: `userName`,
// `name.givenName`, `emails[type eq "work"].value`, an extension's `URN:attribute`
// (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`), a licence
// `URN:productLicenses.Lucidchart`, or `groups` (group names separated by `;`).
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    // The work email's path (UserAttributes::get(UserAttribute::Email).path).
    static constexpr const char16_t *WorkEmail = Patch::WorkEmailPath;

    QStringList attributes; // one per CSV column; empty = the column is ignored

    // A guess from common header names (Email, E-mail, First Name, Surname, Department, …),
    // the licence names and the attributes the service's /Schemas lists.
    static ImportMapping automatic(const QStringList &header,
                                   const ServiceCapabilities &capabilities);
    // The attributes to choose from, for the mapping step: path and a label for people.
    static QList<std::pair<QString, QString>> choices(const ServiceCapabilities &capabilities);
    // A path as people type it (`email`, `department`, a full URN path…) in canonical form,
    // or empty when it is not one the importer can fill.
    static QString canonical(const QString &path, const ServiceCapabilities &capabilities);

    int columnOf(const QString &attribute) const { return int(attributes.indexOf(attribute)); }
    int columnOf(UserAttribute::Id id) const { return columnOf(UserAttributes::get(id).path); }
    // When nothing maps to userName, the email column stands in for it (Lucid and most SaaS
    // services use the email); -1 when neither exists.
    int userNameColumn() const;
    bool userNameFromEmail() const
    {
        return columnOf(UserAttribute::UserName) < 0 && columnOf(UserAttribute::Email) >= 0;
    }
    // The column holding the key rows are matched on (userName: see userNameColumn()); -1 when
    // none does.
    int keyColumn(MatchKey match) const;
    // Columns no attribute was chosen for, by header name.
    QStringList unmapped(const QStringList &header) const;
    // What the admin should know about this mapping: userName taken from the email column,
    // columns ignored. The console and the CLI show these words.
    QStringList notes(const QStringList &header) const;

    // Named templates, per connection: header name -> attribute.
    QJsonObject toTemplate(const QStringList &header) const;
    static ImportMapping fromTemplate(const QJsonObject &json, const QStringList &header,
                                      const ServiceCapabilities &capabilities);
    // `header`, when given, is the file's header: a file with the same one gets the template
    // at once (templateFor()).
    static void saveTemplate(const QString &connectionId, const QString &name,
                             const QJsonObject &json, const QStringList &header = {});
    // The template saved from a file with this header (the same names, in any order or case);
    // empty when there is none, or several.
    static QString templateFor(const QString &connectionId, const QStringList &header);
    static std::optional<QJsonObject> loadTemplate(const QString &connectionId,
                                                   const QString &name);
    static QStringList templateNames(const QString &connectionId);
};

} // namespace ScimDesk
