#include "UserRecord.h"

#include "scim/JsonView.h"

#include <QJsonArray>

namespace ScimDesk {

namespace {

// The address the console shows: the primary work email, else the first primary, else the
// first. `onlyWork`: it is the user's one work email, so a change can address it by
// emails[type eq "work"].value and leave the other addresses alone.
struct PickedEmail
{
    QString address;
    bool onlyWork = false; // `address` is the user's one work address
    QString work; // else that one work address, if there is exactly one
};

// `emails`: a QJsonArray, or a JsonView of one.
template<typename Array> PickedEmail pickEmail(const Array &emails)
{
    int works = 0;
    qsizetype work = -1;
    qsizetype primaryWork = -1;
    qsizetype primary = -1;
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const auto email = emails.at(i).toObject();
        const bool isPrimary = email.value(u"primary").toBool();
        const bool isWork = email.value(u"type").toString() == u"work";
        works += isWork ? 1 : 0;
        if (isWork)
            work = i;
        if (isPrimary && isWork && primaryWork < 0)
            primaryWork = i;
        if (isPrimary && primary < 0)
            primary = i;
    }
    const qsizetype picked = primaryWork >= 0 ? primaryWork : primary >= 0 ? primary : 0;
    const bool onlyWork = works == 1 && work == picked;
    return {emails.at(picked).toObject().value(u"value").toString(), onlyWork,
            works == 1 && !onlyWork ? emails.at(work).toObject().value(u"value").toString()
                                    : QString()};
}

QByteArray utf8(const QJsonValue &value)
{
    return value.toString().toUtf8();
}

QByteArray utf8(const JsonView &value)
{
    return value.toUtf8();
}

template<typename Object>
Object licenceObject(const Object &resource, const LicenceCatalog &licences)
{
    if (!licences.schema.isEmpty()) {
        const Object extension = resource.value(licences.schema).toObject();
        if (extension.contains(u"productLicenses"))
            return extension.value(u"productLicenses").toObject();
    }
    // Older schemas (lucid:1.0) still carry productLicenses; take whichever extension has it.
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        if (it.key().startsWith(u"urn:") && it.value().isObject()) {
            const Object extension = it.value().toObject();
            if (extension.contains(u"productLicenses"))
                return extension.value(u"productLicenses").toObject();
        }
    }
    return {};
}

} // namespace

UserRecord UserRecord::fromResource(const QJsonObject &resource, const LicenceCatalog &licences)
{
    return from(resource, licences);
}

UserRecord UserRecord::fromResource(const JsonView &resource, const LicenceCatalog &licences)
{
    return from(resource, licences);
}

template<typename Object>
UserRecord UserRecord::from(const Object &resource, const LicenceCatalog &licences)
{
    const Object meta = resource.value(u"meta").toObject();

    std::array<QByteArray, FieldCount> values;
    for (const UserAttribute &attribute : UserAttributes::all()) {
        if (attribute.isText())
            values[attribute.id] = utf8(UserAttributes::valueAt(resource, attribute));
    }
    values[Id] = utf8(resource.value(u"id"));
    const PickedEmail email = pickEmail(resource.value(u"emails").toArray());
    values[Email] = email.address.toUtf8();
    values[WorkEmail] = email.work.toUtf8(); // empty in the usual case: Email is it
    values[Version] = utf8(meta.value(u"version"));
    values[LastModified] = utf8(meta.value(u"lastModified"));

    UserRecord record;
    qsizetype total = 0;
    for (const QByteArray &value : values)
        total += qMin<qsizetype>(value.size(), 4096);
    record.m_data.reserve(total);
    for (int i = 0; i < FieldCount; ++i) {
        record.m_offsets[i] = quint16(record.m_data.size());
        record.m_data += values[i].left(4096); // keeps offsets within 16 bits
    }
    record.m_offsets[FieldCount] = quint16(record.m_data.size());
    record.m_data.squeeze();

    record.m_active = resource.value(u"active").toBool(true);
    record.m_workEmail = email.onlyWork;
    const Object flags = licenceObject(resource, licences);
    for (int i = 0; i < licences.names.size() && i < 32; ++i) {
        if (flags.value(licences.names.at(i)).toBool())
            record.m_licences |= 1u << i;
    }
    record.m_groupCount
        = quint16(qMin<qsizetype>(resource.value(u"groups").toArray().size(), 0xFFFF));
    return record;
}

QJsonObject UserRecord::toPlanningResource(const LicenceCatalog &licences) const
{
    QJsonObject resource {
        {QStringLiteral("id"), id()},
        {QStringLiteral("userName"), userName()},
        {QStringLiteral("active"), m_active},
    };
    if (const QString display = field(DisplayName); !display.isEmpty())
        resource.insert(QStringLiteral("displayName"), display);
    if (!licences.schema.isEmpty() && !licences.names.isEmpty()) {
        QJsonObject flags;
        for (int i = 0; i < licences.names.size() && i < 32; ++i)
            flags.insert(licences.names.at(i), hasLicence(i));
        resource.insert(licences.schema, QJsonObject {{QStringLiteral("productLicenses"), flags}});
    }
    if (const QString version = field(Version); !version.isEmpty())
        resource.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("version"), version}});
    return resource;
}

QJsonObject UserRecord::toResource(const LicenceCatalog &licences) const
{
    QJsonObject resource = toPlanningResource(licences);
    for (const UserAttribute &attribute : UserAttributes::all()) {
        if (attribute.id == UserAttribute::Email)
            continue; // below
        if (const QString text = value(attribute); !text.isEmpty())
            UserAttributes::write(resource, attribute.path, text);
    }
    // The shown address, and the one work address: typed "work" only when it is the user's one
    // (see pickEmail), so an import changes just that address; otherwise all are set at once.
    QJsonArray emails;
    if (const QString email = field(Email); !email.isEmpty()) {
        QJsonObject value {{QStringLiteral("value"), email}, {QStringLiteral("primary"), true}};
        if (m_workEmail)
            value.insert(QStringLiteral("type"), QStringLiteral("work"));
        emails.append(value);
    }
    if (const QString work = field(WorkEmail); !work.isEmpty())
        emails.append(QJsonObject {{QStringLiteral("value"), work},
                                   {QStringLiteral("type"), QStringLiteral("work")}});
    if (!emails.isEmpty())
        resource.insert(QStringLiteral("emails"), emails);
    return resource;
}

QByteArray UserRecord::fieldUtf8(Field field) const
{
    if (field >= FieldCount)
        return {};
    const int begin = m_offsets[field];
    const int end = m_offsets[field + 1];
    return m_data.mid(begin, end - begin);
}

QString UserRecord::field(Field field) const
{
    if (field >= FieldCount)
        return {};
    const int begin = m_offsets[field];
    const int end = m_offsets[field + 1];
    return QString::fromUtf8(m_data.constData() + begin, end - begin);
}

} // namespace ScimDesk
