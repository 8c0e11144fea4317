#pragma once

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
    static constexpr char16_t UserName[] = u"userName";
    static constexpr char16_t WorkEmail[] = u"emails[type eq \"work\"].value";
    static constexpr char16_t Groups[] = u"groups";
    static constexpr char16_t Active[] = u"active";
    static constexpr char16_t EnterpriseUrn[]
        = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

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
    // When nothing maps to userName, the email column stands in for it (Lucid and most SaaS
    // services use the email); -1 when neither exists.
    int userNameColumn() const;
    bool userNameFromEmail() const
    {
        return columnOf(QString::fromUtf16(UserName)) < 0
            && columnOf(QString::fromUtf16(WorkEmail)) >= 0;
    }
    // Columns no attribute was chosen for, by header name.
    QStringList unmapped(const QStringList &header) const;

    // Named templates, per connection: header name -> attribute.
    QJsonObject toTemplate(const QStringList &header) const;
    static ImportMapping fromTemplate(const QJsonObject &json, const QStringList &header,
                                      const ServiceCapabilities &capabilities);
    static void saveTemplate(const QString &connectionId, const QString &name,
                             const QJsonObject &json);
    static std::optional<QJsonObject> loadTemplate(const QString &connectionId,
                                                   const QString &name);
    static QStringList templateNames(const QString &connectionId);
};

} // namespace ScimDesk
