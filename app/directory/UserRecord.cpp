#include "UserRecord.h"

#include "scim/JsonText.h"
#include "scim/JsonView.h"

#include <QJsonArray>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace ScimDesk {

namespace {

// The address the console shows: the primary work email, else the first primary, else the
// first. `onlyWork`: it is the user's one work email, so a change can address it by
// emails[type eq "work"].value and leave the other addresses alone.
struct PickedEmail
{
    QByteArray address;
    bool onlyWork = false; // `address` is the user's one work address
    QByteArray work; // else that one work address, if there is exactly one
};

// One address of a user's emails, as pickEmail() needs it.
struct Email
{
    QByteArray value;
    bool primary = false;
    bool work = false; // typed "work"
};

PickedEmail pickEmail(const QVarLengthArray<Email, 4> &emails)
{
    int works = 0;
    qsizetype work = -1;
    qsizetype primaryWork = -1;
    qsizetype primary = -1;
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const Email &email = emails.at(i);
        works += email.work ? 1 : 0;
        if (email.work)
            work = i;
        if (email.primary && email.work && primaryWork < 0)
            primaryWork = i;
        if (email.primary && primary < 0)
            primary = i;
    }
    if (emails.isEmpty())
        return {};
    const qsizetype picked = primaryWork >= 0 ? primaryWork : primary >= 0 ? primary : 0;
    const bool onlyWork = works == 1 && work == picked;
    return {emails.at(picked).value, onlyWork,
            works == 1 && !onlyWork ? emails.at(work).value : QByteArray()};
}

PickedEmail pickEmail(const QJsonArray &emails)
{
    QVarLengthArray<Email, 4> read;
    for (const QJsonValue &value : emails) {
        const QJsonObject email = value.toObject();
        read.append({email.value(u"value").toString().toUtf8(), email.value(u"primary").toBool(),
                     email.value(u"type").toString() == u"work"});
    }
    return pickEmail(read);
}

// The same without a QString: the bytes as the service wrote them, decoded only if escaped.
PickedEmail pickEmail(const JsonView &emails)
{
    static constexpr QByteArrayView Names[] = {"value", "primary", "type"};
    QVarLengthArray<Email, 4> read;
    const qsizetype size = emails.size();
    for (qsizetype i = 0; i < size; ++i) {
        JsonView found[std::size(Names)];
        emails.at(i).values(Names, std::size(Names), found);
        read.append({found[0].toUtf8(), found[1].toBool(), found[2].toUtf8() == "work"});
    }
    return pickEmail(read);
}

// Where a resource's licence flags are when its catalogue's extension does not have them: older
// schemas (lucid:1.0) still carry productLicenses; take whichever extension has it.
QJsonObject anyLicenceObject(const QJsonObject &resource)
{
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        if (it.value().isObject() && it.key().startsWith(u"urn:")) {
            if (const QJsonValue flags = it.value().toObject().value(u"productLicenses");
                !flags.isUndefined())
                return flags.toObject();
        }
    }
    return {};
}

JsonView anyLicenceObject(const JsonView &resource)
{
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        if (it.value().isObject() && it.keyUtf8().startsWith("urn:")) {
            if (const JsonView flags = it.value().value(QByteArrayView("productLicenses"));
                !flags.isUndefined())
                return flags.toObject();
        }
    }
    return {};
}

quint32 readLicences(const QJsonObject &resource, const LicenceCatalog &licences)
{
    const QJsonValue inSchema = licences.schema.isEmpty()
        ? QJsonValue()
        : resource.value(licences.schema).toObject().value(u"productLicenses");
    const QJsonObject flags
        = inSchema.isUndefined() ? anyLicenceObject(resource) : inSchema.toObject();
    quint32 bits = 0;
    for (int i = 0; i < licences.names.size() && i < 32; ++i) {
        if (flags.value(licences.names.at(i)).toBool())
            bits |= 1u << i;
    }
    return bits;
}

// Where the catalogue's text attributes are in a resource (as UserAttributes reads them),
// grouped by the member holding them: a JsonView looks up "name" once for both its parts and
// the enterprise extension once for its five, rather than once for each attribute.
struct TextPaths
{
    struct Leaf
    {
        QByteArray key; // in the member, as UTF-8; empty: the member itself
        QByteArray inner; // in that; empty: the key's value
        UserRecord::Field field;
    };
    struct Member
    {
        QString key;
        QByteArray utf8; // the key's
        std::vector<Leaf> leaves;
    };
    std::vector<Member> members;

    static const TextPaths &get()
    {
        static const TextPaths paths = make();
        return paths;
    }

private:
    static TextPaths make()
    {
        TextPaths paths;
        for (const UserAttribute &attribute : UserAttributes::all()) {
            if (!attribute.isText() || attribute.id == UserAttribute::Email)
                continue; // the email is picked among the addresses (pickEmail)
            const QStringView path = attribute.path;
            QStringView member;
            Leaf leaf {{}, {}, UserRecord::Field(attribute.id)};
            if (path.startsWith(u"urn:")) { // "URN:name" or "URN:outer.inner"
                const qsizetype colon = path.lastIndexOf(u':');
                member = path.first(colon);
                const QStringView rest = path.sliced(colon + 1);
                const qsizetype dot = rest.indexOf(u'.');
                leaf.key = (dot < 0 ? rest : rest.first(dot)).toUtf8();
                leaf.inner = dot < 0 ? QByteArray() : rest.sliced(dot + 1).toUtf8();
            } else { // "name" or "outer.inner"
                const qsizetype dot = path.indexOf(u'.');
                member = dot < 0 ? path : path.first(dot);
                leaf.key = dot < 0 ? QByteArray() : path.sliced(dot + 1).toUtf8();
            }
            auto it = std::find_if(paths.members.begin(), paths.members.end(),
                                   [member](const Member &m) { return m.key == member; });
            if (it == paths.members.end()) {
                paths.members.push_back({member.toString(), member.toUtf8(), {}});
                it = paths.members.end() - 1;
            }
            it->leaves.push_back(std::move(leaf));
        }
        return paths;
    }
};

} // namespace

UserRecord UserRecord::packed(const std::array<QByteArray, FieldCount> &values, bool active,
                              bool onlyWorkEmail, quint32 licences, qsizetype groupCount)
{
    UserRecord record;
    record.pack(values);
    record.m_active = active;
    record.m_workEmail = onlyWorkEmail;
    record.m_licences = licences;
    record.m_groupCount = quint16(qMin<qsizetype>(groupCount, 0xFFFF));
    return record;
}

UserRecord UserRecord::fromResource(const QJsonObject &resource, const LicenceCatalog &licences)
{
    const QJsonObject meta = resource.value(u"meta").toObject();

    std::array<QByteArray, FieldCount> values;
    for (const UserAttribute &attribute : UserAttributes::all()) {
        if (attribute.isText())
            values[attribute.id] = UserAttributes::valueAt(resource, attribute).toString().toUtf8();
    }
    values[Id] = resource.value(u"id").toString().toUtf8();
    PickedEmail email = pickEmail(resource.value(u"emails").toArray());
    values[Email] = std::move(email.address);
    values[WorkEmail] = std::move(email.work); // empty in the usual case: Email is it
    values[Version] = meta.value(u"version").toString().toUtf8();
    values[LastModified] = meta.value(u"lastModified").toString().toUtf8();

    return packed(values, resource.value(u"active").toBool(true), email.onlyWork,
                  readLicences(resource, licences), resource.value(u"groups").toArray().size());
}

UserRecord UserRecord::fromResource(const JsonView &resource, const LicenceCatalog &licences)
{
    return Reader(licences).read(resource);
}

UserRecord::Reader::Reader(const LicenceCatalog &licences)
{
    m_names
        = {{"id", Id}, {"emails", Emails}, {"meta", Meta}, {"active", Active}, {"groups", Groups}};
    if (!licences.schema.isEmpty())
        m_names.push_back({licences.schema.toUtf8(), Licences});
    for (const TextPaths::Member &member : TextPaths::get().members) {
        m_names.push_back({member.utf8, m_roles++});
        TextLookup lookup;
        for (const TextPaths::Leaf &leaf : member.leaves) {
            if (leaf.key.isEmpty()) {
                lookup.self.push_back(leaf.field);
            } else {
                lookup.keys.push_back(QByteArrayView(leaf.key));
                lookup.inner.push_back(QByteArrayView(leaf.inner));
                lookup.fields.push_back(leaf.field);
            }
        }
        m_text.push_back(std::move(lookup));
    }
    for (int i = 0; i < licences.names.size() && i < 32; ++i)
        m_licenceNames.push_back(licences.names.at(i).toUtf8());
    for (const QByteArray &name : m_licenceNames)
        m_licenceKeys.push_back(QByteArrayView(name));
    for (size_t i = 0; i < m_names.size(); ++i) {
        const auto length = size_t(m_names[i].utf8.size());
        if (m_byLength.size() <= length)
            m_byLength.resize(length + 1);
        m_byLength[length].push_back(quint8(i));
    }
}

// The same record as from a QJsonObject (tst_UserStore compares them), read straight from the
// bytes: the resource's members walked once, and so each object inside it that holds what the
// record keeps (the last member of a name counts, as in a QJsonObject); every text the service's
// own UTF-8 (copied once, into the record) unless it has escapes.
UserRecord UserRecord::Reader::read(const JsonView &resource) const
{
    QVarLengthArray<JsonView, 16> members(m_roles);
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        const QByteArray key = it.keyUtf8();
        if (size_t(key.size()) >= m_byLength.size())
            continue;
        for (const quint8 i : m_byLength[size_t(key.size())]) {
            if (JsonText::sameBytes(m_names[i].utf8.constData(), key.constData(),
                                    size_t(key.size())))
                members[m_names[i].role] = it.value();
        }
    }

    std::array<QByteArray, FieldCount> values;
    QVarLengthArray<JsonView, 8> found;
    for (size_t m = 0; m < m_text.size(); ++m) {
        const JsonView member = members[FirstText + m];
        if (member.isUndefined())
            continue;
        const TextLookup &lookup = m_text[m];
        for (const Field field : lookup.self)
            values[field] = member.toUtf8();
        if (lookup.keys.empty())
            continue;
        found.resize(qsizetype(lookup.keys.size()));
        member.values(lookup.keys.data(), qsizetype(lookup.keys.size()), found.data());
        for (size_t k = 0; k < lookup.keys.size(); ++k) {
            const JsonView text
                = lookup.inner[k].isEmpty() ? found[k] : found[k].value(lookup.inner[k]);
            values[lookup.fields[k]] = text.toUtf8();
        }
    }
    values[UserRecord::Id] = members[Id].toUtf8();
    PickedEmail email = pickEmail(members[Emails].toArray());
    values[Email] = std::move(email.address);
    values[WorkEmail] = std::move(email.work);
    static constexpr QByteArrayView MetaNames[] = {"version", "lastModified"};
    JsonView meta[std::size(MetaNames)];
    members[Meta].values(MetaNames, std::size(MetaNames), meta);
    values[Version] = meta[0].toUtf8();
    values[LastModified] = meta[1].toUtf8();

    quint32 licences = 0;
    if (!m_licenceKeys.empty()) {
        JsonView flags = members[Licences].value(QByteArrayView("productLicenses"));
        if (flags.isUndefined())
            flags = anyLicenceObject(resource);
        found.resize(qsizetype(m_licenceKeys.size()));
        flags.values(m_licenceKeys.data(), qsizetype(m_licenceKeys.size()), found.data());
        for (size_t i = 0; i < m_licenceKeys.size(); ++i) {
            if (found[qsizetype(i)].toBool())
                licences |= 1u << i;
        }
    }
    return packed(values, members[Active].toBool(true), email.onlyWork, licences,
                  members[Groups].toArray().size());
}

void UserRecord::pack(const std::array<QByteArray, FieldCount> &values)
{
    // Every field's bytes together must stay within 16-bit offsets, however long each is: a
    // text longer than this (from a service, so anything) is cut, at a character's start.
    constexpr qsizetype MaxField = 0xFFFF / FieldCount;
    std::array<qsizetype, FieldCount> sizes;
    qsizetype total = 0;
    for (int i = 0; i < FieldCount; ++i) {
        const QByteArray &value = values[i];
        qsizetype size = value.size();
        if (size > MaxField) {
            size = MaxField;
            while (size > 0 && (uchar(value[size]) & 0xc0) == 0x80)
                --size; // not inside a UTF-8 sequence
        }
        sizes[i] = size;
        total += size;
    }
    m_data = QByteArray(total, Qt::Uninitialized);
    if (total == 0)
        return; // m_offsets stay 0, and an empty array allocates nothing
    char *out = m_data.data();
    qsizetype at = 0;
    for (int i = 0; i < FieldCount; ++i) {
        m_offsets[i] = quint16(at);
        if (sizes[i] > 0)
            memcpy(out + at, values[i].constData(), size_t(sizes[i]));
        at += sizes[i];
    }
    m_offsets[FieldCount] = quint16(at);
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
