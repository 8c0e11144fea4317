#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ScimDesk {

struct Preset;

// One attribute a service declares in /Schemas, flattened to its SCIM path
// ("name.givenName", "urn:…:enterprise:2.0:User:department").
struct SchemaAttribute
{
    QString path;
    QString type; // string, boolean, complex, reference, dateTime, integer, decimal, binary
    bool multiValued = false;
    bool required = false;
    QString mutability; // readWrite, readOnly, immutable, writeOnly
};

// What a service can do and which attributes it knows: /ServiceProviderConfig, /Schemas and
// /ResourceTypes where present, the preset where not.
struct ServiceCapabilities
{
    bool patch = false;
    bool bulk = false;
    int bulkMaxOperations = 0;
    bool filter = false;
    int filterMaxResults = 0; // 0 = not stated
    bool sort = false;
    bool etag = false;
    bool changePassword = false;

    bool hasResourceTypes = false;
    QString usersEndpoint = QStringLiteral("/Users");
    QString groupsEndpoint = QStringLiteral("/Groups");
    QStringList userSchemaExtensions;
    QList<SchemaAttribute> userAttributes;
    QString licenceSchema; // e.g. Lucid's User extension
    QStringList licenceNames; // productLicenses sub-attributes
    QStringList notes; // what discovery had to assume, for the person

    // Parsers: pure, for data-driven tests. Each fills what its document says.
    void applyServiceProviderConfig(const QJsonObject &config);
    void applySchemas(const QJsonObject &listResponse);
    void applyResourceTypes(const QJsonObject &listResponse);
    // Fill what the service did not say from the preset (licence names, missing /ResourceTypes).
    void applyPreset(const Preset &preset);

    bool knowsAttribute(const QString &path) const;
    // The page size to ask for: what the profile wants, capped by filter.maxResults.
    int effectivePageSize(int wanted) const;
    // A one-line description, e.g. "PATCH, filter (max 100), ETag; no bulk, no sort".
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace ScimDesk
