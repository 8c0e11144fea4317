#include "ServiceCapabilities.h"

#include "scim/Preset.h"
#include "scim/Schemas.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ScimDesk {

namespace {

QJsonArray resourcesOf(const QJsonObject &listResponse)
{
    // A ListResponse has "Resources"; a few servers return a bare array wrapped by the caller.
    if (listResponse.contains(u"Resources"))
        return listResponse.value(u"Resources").toArray();
    return listResponse.value(u"resources").toArray();
}

void flatten(const QString &prefix, const QJsonArray &attributes, QList<SchemaAttribute> &out,
             QString &licenceSchema, QStringList &licenceNames, const QString &schemaId)
{
    for (const QJsonValue &value : attributes) {
        const QJsonObject attribute = value.toObject();
        const QString name = attribute.value(u"name").toString();
        if (name.isEmpty())
            continue;
        SchemaAttribute info;
        info.path = prefix + name;
        info.type = attribute.value(u"type").toString();
        info.multiValued = attribute.value(u"multiValued").toBool();
        info.required = attribute.value(u"required").toBool();
        info.mutability = attribute.value(u"mutability").toString(QStringLiteral("readWrite"));
        out.append(info);
        const QJsonArray subAttributes = attribute.value(u"subAttributes").toArray();
        if (info.type == u"complex" && !subAttributes.isEmpty()) {
            flatten(info.path + u'.', subAttributes, out, licenceSchema, licenceNames, schemaId);
            if (name == u"productLicenses" && licenceNames.isEmpty()) {
                licenceSchema = schemaId;
                for (const QJsonValue &sub : subAttributes) {
                    const QJsonObject subAttribute = sub.toObject();
                    if (subAttribute.value(u"type").toString() == u"boolean")
                        licenceNames.append(subAttribute.value(u"name").toString());
                }
            }
        }
    }
}

} // namespace

void ServiceCapabilities::applyServiceProviderConfig(const QJsonObject &config)
{
    const auto supported = [&](const char16_t *key) {
        return config.value(QStringView(key)).toObject().value(u"supported").toBool();
    };
    patch = supported(u"patch");
    bulk = supported(u"bulk");
    bulkMaxOperations = config.value(u"bulk").toObject().value(u"maxOperations").toInt();
    filter = supported(u"filter");
    filterMaxResults = config.value(u"filter").toObject().value(u"maxResults").toInt();
    sort = supported(u"sort");
    etag = supported(u"etag");
    changePassword = supported(u"changePassword");
}

void ServiceCapabilities::applySchemas(const QJsonObject &listResponse)
{
    QJsonArray schemas = resourcesOf(listResponse);
    if (schemas.isEmpty() && listResponse.contains(u"attributes"))
        schemas.append(listResponse); // a single schema document
    userAttributes.clear();
    for (const QJsonValue &value : std::as_const(schemas)) {
        const QJsonObject schema = value.toObject();
        const QString id = schema.value(u"id").toString();
        const QJsonArray attributes = schema.value(u"attributes").toArray();
        if (id == Schemas::CoreUser) {
            flatten(QString(), attributes, userAttributes, licenceSchema, licenceNames, id);
        } else if (id.startsWith(u"urn:") && id.endsWith(u":User")) {
            if (!userSchemaExtensions.contains(id))
                userSchemaExtensions.append(id);
            flatten(id + u':', attributes, userAttributes, licenceSchema, licenceNames, id);
        }
    }
}

void ServiceCapabilities::applyResourceTypes(const QJsonObject &listResponse)
{
    hasResourceTypes = true;
    for (const QJsonValue &value : resourcesOf(listResponse)) {
        const QJsonObject type = value.toObject();
        const QString name = type.value(u"name").toString();
        const QString endpoint = type.value(u"endpoint").toString();
        if (endpoint.isEmpty())
            continue;
        if (name == u"User") {
            usersEndpoint = endpoint.startsWith(u'/') ? endpoint : u'/' + endpoint;
            for (const QJsonValue &ext : type.value(u"schemaExtensions").toArray()) {
                const QString schema = ext.toObject().value(u"schema").toString();
                if (!schema.isEmpty() && !userSchemaExtensions.contains(schema))
                    userSchemaExtensions.append(schema);
            }
        } else if (name == u"Group") {
            groupsEndpoint = endpoint.startsWith(u'/') ? endpoint : u'/' + endpoint;
        }
    }
}

void ServiceCapabilities::applyPreset(const Preset &preset)
{
    if (!hasResourceTypes) {
        notes.append(QCoreApplication::translate(
                         "ServiceCapabilities",
                         "The service has no /ResourceTypes; using the %1 preset's endpoints.")
                         .arg(preset.displayName));
    }
    if (licenceNames.isEmpty() && !preset.licenceNames.isEmpty()) {
        licenceSchema = preset.licenceSchema;
        licenceNames = preset.licenceNames;
        notes.append(QCoreApplication::translate(
                         "ServiceCapabilities",
                         "The service's /Schemas does not describe licences; assuming %1.")
                         .arg(preset.licenceNames.join(u", ")));
    }
}

bool ServiceCapabilities::knowsAttribute(const QString &path) const
{
    for (const SchemaAttribute &attribute : userAttributes) {
        if (attribute.path.compare(path, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int ServiceCapabilities::effectivePageSize(int wanted) const
{
    int size = qMax(1, wanted);
    if (filterMaxResults > 0)
        size = qMin(size, filterMaxResults);
    return size;
}

QString ServiceCapabilities::summary() const
{
    QStringList yes;
    QStringList no;
    (patch ? yes : no).append(QStringLiteral("PATCH"));
    if (bulk)
        yes.append(bulkMaxOperations > 0
                       ? QCoreApplication::translate("ServiceCapabilities", "bulk (max %1)")
                             .arg(bulkMaxOperations)
                       : QCoreApplication::translate("ServiceCapabilities", "bulk"));
    else
        no.append(QCoreApplication::translate("ServiceCapabilities", "bulk"));
    if (filter)
        yes.append(
            filterMaxResults > 0
                ? QCoreApplication::translate("ServiceCapabilities", "filter (max %1 per page)")
                      .arg(filterMaxResults)
                : QCoreApplication::translate("ServiceCapabilities", "filter"));
    else
        no.append(QCoreApplication::translate("ServiceCapabilities", "filter"));
    (sort ? yes : no).append(QCoreApplication::translate("ServiceCapabilities", "sort"));
    (etag ? yes : no).append(QStringLiteral("ETag"));
    QString text = yes.join(u", ");
    if (!no.isEmpty())
        text
            += QCoreApplication::translate("ServiceCapabilities", "; no %1").arg(no.join(u", no "));
    return text;
}

QJsonObject ServiceCapabilities::toJson() const
{
    return QJsonObject {
        {QStringLiteral("patch"), patch},
        {QStringLiteral("bulk"), bulk},
        {QStringLiteral("bulkMaxOperations"), bulkMaxOperations},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("filterMaxResults"), filterMaxResults},
        {QStringLiteral("sort"), sort},
        {QStringLiteral("etag"), etag},
        {QStringLiteral("resourceTypes"), hasResourceTypes},
        {QStringLiteral("userSchemaExtensions"), QJsonArray::fromStringList(userSchemaExtensions)},
        {QStringLiteral("licences"), QJsonArray::fromStringList(licenceNames)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
}

} // namespace ScimDesk
