#include "ImportMapping.h"

#include "scim/ServiceCapabilities.h"

#include <QHash>
#include <QJsonDocument>
#include <QSettings>

namespace ScimDesk {

namespace {

QString licence(const ServiceCapabilities &capabilities, const QString &name)
{
    return capabilities.licenceSchema + QStringLiteral(":productLicenses.") + name;
}

// "E-mail address" -> "emailaddress", "Prénom" -> "prenom", "Geschäftsbereich" ->
// "geschaftsbereich": letters and digits, folded, without their accents.
QString squash(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

// Folded header name -> the attribute it is guessed to be: the names people use for it, and the
// console's own ("Cost centre", "Active (yes/no)"). Whatever the language the program speaks,
// so that a script's plan does not depend on it; the names the translations give the
// attributes are among the names people use (tst_importplanner checks).
const QHash<QString, QString> &headerAliases()
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> map;
        for (const UserAttribute &attribute : UserAttributes::all()) {
            for (const QString &header : attribute.headers)
                map.insert(header, attribute.path);
        }
        for (const UserAttribute &attribute : UserAttributes::all()) {
            if (!attribute.importable)
                continue;
            for (const char *own : {attribute.titleText, attribute.choiceText}) {
                if (const QString name = squash(QString::fromUtf8(own)); !map.contains(name))
                    map.insert(name, attribute.path);
            }
        }
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
    if (const UserAttribute *attribute = UserAttributes::byPath(trimmed);
        attribute && attribute->importable)
        return attribute->path;
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
    QList<std::pair<QString, QString>> list;
    for (const UserAttribute &attribute : UserAttributes::all()) {
        if (attribute.importable && attribute.id != UserAttribute::Groups)
            list.append({attribute.path, attribute.choice()});
    }
    for (const QString &name : capabilities.licenceNames)
        list.append({licence(capabilities, name), tr("Licence: %1 (yes/no)").arg(name)});
    const UserAttribute &groups = UserAttributes::get(UserAttribute::Groups);
    list.append({groups.path, groups.choice()});
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
    const int column = columnOf(UserAttribute::UserName);
    return column >= 0 ? column : columnOf(UserAttribute::Email);
}

int ImportMapping::keyColumn(MatchKey match) const
{
    return match == MatchKey::UserName ? userNameColumn()
                                       : columnOf(UserAttributes::forMatch(match).path);
}

QStringList ImportMapping::notes(const QStringList &header) const
{
    QStringList notes;
    if (userNameFromEmail())
        notes.append(tr("No column maps to userName: the email column (%1) is used as userName.")
                         .arg(header.value(userNameColumn())));
    if (const QStringList ignored = unmapped(header); !ignored.isEmpty())
        notes.append(tr("Ignored columns: %1.").arg(ignored.join(QStringLiteral(", "))));
    return notes;
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

namespace {

// A header as a set: the same columns in any order or case.
QStringList headerKey(const QStringList &header)
{
    QStringList key;
    for (const QString &name : header)
        key.append(name.trimmed().toCaseFolded());
    key.sort();
    return key;
}

} // namespace

void ImportMapping::saveTemplate(const QString &connectionId, const QString &name,
                                 const QJsonObject &json, const QStringList &header)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappings/") + connectionId);
    settings.setValue(name, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    settings.endGroup();
    settings.beginGroup(QStringLiteral("importMappingHeaders/") + connectionId);
    if (header.isEmpty())
        settings.remove(name);
    else
        settings.setValue(name, headerKey(header));
}

QString ImportMapping::templateFor(const QString &connectionId, const QStringList &header)
{
    const QStringList key = headerKey(header);
    const QStringList saved = templateNames(connectionId);
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappingHeaders/") + connectionId);
    QStringList matches;
    for (const QString &name : saved) {
        if (!header.isEmpty() && settings.value(name).toStringList() == key)
            matches.append(name);
    }
    return matches.size() == 1 ? matches.first() : QString();
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
