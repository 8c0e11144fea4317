#include "ImportMapping.h"

#include "scim/ServiceCapabilities.h"

#include <QHash>
#include <QJsonDocument>
#include <QSettings>

namespace ScimDesk {

namespace {

const QStringList EnterpriseAttributes
    = {QStringLiteral("department"), QStringLiteral("costCenter"), QStringLiteral("division"),
       QStringLiteral("organization"), QStringLiteral("employeeNumber")};

QString enterprise(const QString &attribute)
{
    return QString::fromUtf16(ImportMapping::EnterpriseUrn) + u':' + attribute;
}

QString licence(const ServiceCapabilities &capabilities, const QString &name)
{
    return capabilities.licenceSchema + QStringLiteral(":productLicenses.") + name;
}

// "E-mail address" -> "emailaddress"
QString squash(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

const QHash<QString, QString> &headerAliases()
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> map;
        const auto add
            = [&map](const QString &attribute, std::initializer_list<const char *> names) {
                  for (const char *name : names)
                      map.insert(QString::fromLatin1(name), attribute);
              };
        add(QString::fromUtf16(ImportMapping::UserName),
            {"username", "user", "login", "loginname", "userid", "upn", "userprincipalname",
             "account", "accountname"});
        add(QString::fromUtf16(ImportMapping::WorkEmail),
            {"email", "emails", "mail", "emailaddress", "workemail", "workemailaddress",
             "businessemail", "primaryemail", "email1"});
        add(QStringLiteral("name.givenName"),
            {"firstname", "givenname", "first", "forename", "prenom", "vorname"});
        add(QStringLiteral("name.familyName"),
            {"lastname", "surname", "familyname", "last", "nachname", "nom"});
        add(QStringLiteral("displayName"), {"displayname", "name", "fullname", "preferredname"});
        add(QStringLiteral("externalId"),
            {"externalid", "employeeid", "personid", "hrid", "workerid", "immutableid"});
        add(QString::fromUtf16(ImportMapping::Active),
            {"active", "enabled", "isactive", "accountenabled"});
        add(QStringLiteral("title"), {"title", "jobtitle", "position", "role"});
        add(enterprise(QStringLiteral("department")),
            {"department", "dept", "departmentname", "abteilung"});
        add(enterprise(QStringLiteral("costCenter")),
            {"costcenter", "costcentre", "costcentercode", "kostenstelle"});
        add(enterprise(QStringLiteral("division")), {"division", "businessunit"});
        add(enterprise(QStringLiteral("organization")),
            {"organization", "organisation", "company", "companyname"});
        add(enterprise(QStringLiteral("employeeNumber")),
            {"employeenumber", "employeeno", "personnelnumber", "staffnumber"});
        add(QString::fromUtf16(ImportMapping::Groups), {"groups", "group", "teams", "memberof"});
        return map;
    }();
    return aliases;
}

} // namespace

QString ImportMapping::canonical(const QString &path, const ServiceCapabilities &capabilities)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QStringList core
        = {QString::fromUtf16(UserName),      QStringLiteral("name.givenName"),
           QStringLiteral("name.familyName"), QStringLiteral("displayName"),
           QString::fromUtf16(WorkEmail),     QStringLiteral("externalId"),
           QString::fromUtf16(Active),        QStringLiteral("title"),
           QString::fromUtf16(Groups)};
    for (const QString &attribute : core) {
        if (attribute.compare(trimmed, Qt::CaseInsensitive) == 0)
            return attribute;
    }
    for (const QString &attribute : EnterpriseAttributes) {
        if (trimmed.compare(enterprise(attribute), Qt::CaseInsensitive) == 0
            || trimmed.compare(attribute, Qt::CaseInsensitive) == 0)
            return enterprise(attribute);
    }
    // Licences: "Lucidchart", "productLicenses.Lucidchart" or any URN ending in one.
    QString name = trimmed.section(u':', -1);
    if (name.startsWith(u"productLicenses.", Qt::CaseInsensitive))
        name = name.mid(int(qstrlen("productLicenses.")));
    if (!capabilities.licenceSchema.isEmpty()) {
        for (const QString &known : capabilities.licenceNames) {
            if (known.compare(name, Qt::CaseInsensitive) == 0)
                return licence(capabilities, known);
        }
    }
    // The names people use for them: "email", "givenName", "department", …
    return headerAliases().value(squash(trimmed));
}

QList<std::pair<QString, QString>> ImportMapping::choices(const ServiceCapabilities &capabilities)
{
    QList<std::pair<QString, QString>> list {
        {QString::fromUtf16(UserName), tr("User name (userName)")},
        {QString::fromUtf16(WorkEmail), tr("Work email")},
        {QStringLiteral("name.givenName"), tr("Given name")},
        {QStringLiteral("name.familyName"), tr("Family name")},
        {QStringLiteral("displayName"), tr("Display name")},
        {QStringLiteral("externalId"), tr("External ID")},
        {QString::fromUtf16(Active), tr("Active (yes/no)")},
        {QStringLiteral("title"), tr("Title")},
        {enterprise(QStringLiteral("department")), tr("Department")},
        {enterprise(QStringLiteral("costCenter")), tr("Cost centre")},
        {enterprise(QStringLiteral("division")), tr("Division")},
        {enterprise(QStringLiteral("organization")), tr("Organisation")},
        {enterprise(QStringLiteral("employeeNumber")), tr("Employee number")},
    };
    for (const QString &name : capabilities.licenceNames)
        list.append({licence(capabilities, name), tr("Licence: %1 (yes/no)").arg(name)});
    list.append({QString::fromUtf16(Groups), tr("Groups (names separated by ;)")});
    return list;
}

ImportMapping ImportMapping::automatic(const QStringList &header,
                                       const ServiceCapabilities &capabilities)
{
    ImportMapping mapping;
    mapping.attributes = QStringList(header.size(), QString());
    QStringList taken;
    const auto assign = [&](int column, const QString &attribute) {
        if (attribute.isEmpty() || taken.contains(attribute)
            || !mapping.attributes[column].isEmpty())
            return;
        mapping.attributes[column] = attribute;
        taken.append(attribute);
    };
    for (int column = 0; column < header.size(); ++column) {
        const QString folded = squash(header.at(column));
        assign(column, headerAliases().value(folded));
        for (const QString &name : capabilities.licenceNames) {
            if (squash(name) == folded || squash(name) + QStringLiteral("licence") == folded
                || squash(name) + QStringLiteral("license") == folded)
                assign(column, licence(capabilities, name));
        }
    }
    // Then whatever else the service's schema names, written as the header is.
    for (int column = 0; column < header.size(); ++column) {
        for (const SchemaAttribute &attribute : capabilities.userAttributes) {
            const QString name = attribute.path.section(u':', -1).section(u'.', -1);
            if (name.compare(header.at(column).trimmed(), Qt::CaseInsensitive) == 0)
                assign(column, canonical(attribute.path, capabilities));
        }
    }
    return mapping;
}

int ImportMapping::userNameColumn() const
{
    const int column = columnOf(QString::fromUtf16(UserName));
    return column >= 0 ? column : columnOf(QString::fromUtf16(WorkEmail));
}

QStringList ImportMapping::unmapped(const QStringList &header) const
{
    QStringList names;
    for (int column = 0; column < header.size(); ++column) {
        if (attributes.value(column).isEmpty())
            names.append(header.at(column));
    }
    return names;
}

QJsonObject ImportMapping::toTemplate(const QStringList &header) const
{
    QJsonObject json;
    for (int column = 0; column < header.size(); ++column) {
        if (!attributes.value(column).isEmpty())
            json.insert(header.at(column), attributes.at(column));
    }
    return json;
}

ImportMapping ImportMapping::fromTemplate(const QJsonObject &json, const QStringList &header,
                                          const ServiceCapabilities &capabilities)
{
    ImportMapping mapping;
    mapping.attributes = QStringList(header.size(), QString());
    for (int column = 0; column < header.size(); ++column) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key().compare(header.at(column), Qt::CaseInsensitive) == 0)
                mapping.attributes[column] = canonical(it.value().toString(), capabilities);
        }
    }
    return mapping;
}

void ImportMapping::saveTemplate(const QString &connectionId, const QString &name,
                                 const QJsonObject &json)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappings/") + connectionId);
    settings.setValue(name, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

std::optional<QJsonObject> ImportMapping::loadTemplate(const QString &connectionId,
                                                       const QString &name)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappings/") + connectionId);
    if (!settings.contains(name))
        return std::nullopt;
    return QJsonDocument::fromJson(settings.value(name).toString().toUtf8()).object();
}

QStringList ImportMapping::templateNames(const QString &connectionId)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappings/") + connectionId);
    return settings.childKeys();
}

} // namespace ScimDesk
