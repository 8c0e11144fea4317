#include "UserRecord.h"

#include "scim/JsonText.h"
#include "scim/JsonView.h"
#include "scim/ListPage.h"

#include <QJsonArray>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <memory>

namespace ScimDesk {

namespace {

// What pickEmail() needs of one of a user's addresses.
struct EmailFlags
{
    bool primary = false;
    bool work = false; // typed "work"
};

// Which of a user's addresses the console shows (-1: none): the primary work email, else the
// first primary, else the first. `onlyWork`: it is the user's one work email, so a change can
// address it by emails[type eq "work"].value and leave the other addresses alone; else `work`
// is that one work address, if there is exactly one (-1: none, or several).
struct PickedEmail
{
    qsizetype shown = -1;
    bool onlyWork = false;
    qsizetype work = -1;
};

PickedEmail pickEmail(const QVarLengthArray<EmailFlags, 4> &emails)
{
    int works = 0;
    qsizetype work = -1;
    qsizetype primaryWork = -1;
    qsizetype primary = -1;
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const EmailFlags &email = emails.at(i);
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
    const qsizetype shown = primaryWork >= 0 ? primaryWork : primary >= 0 ? primary : 0;
    const bool onlyWork = works == 1 && work == shown;
    return {shown, onlyWork, works == 1 && !onlyWork ? work : -1};
}

// Where a resource's licence flags are when its catalogue's extension does not have them: older
// schemas (lucid:1.0) still carry productLicenses; take whichever extension has it (the first
// by name, as a QJsonObject keeps its members in the order of their names).
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

// The same from the bytes: an extension named twice counts as its last member, and of several
// that have flags, the first by name.
JsonView anyLicenceObject(const JsonView &resource)
{
    JsonView found;
    QByteArray foundName;
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        const QByteArray name = it.keyUtf8();
        if (!name.startsWith("urn:") || (!foundName.isNull() && name >= foundName))
            continue;
        if (const JsonView flags
            = resource.value(QByteArrayView(name)).value(QByteArrayView("productLicenses"));
            !flags.isUndefined()) {
            found = flags.toObject();
            foundName = name;
        }
    }
    return found;
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

// Where a text attribute of the catalogue is in a resource, as UserAttributes reads it: the
// members' names, outermost first ("name.givenName", "URN:name" or "URN:outer.inner").
QList<QByteArray> membersOf(const UserAttribute &attribute)
{
    const QStringView path = attribute.path;
    QList<QByteArray> members;
    QStringView rest = path;
    if (path.startsWith(u"urn:")) {
        const qsizetype colon = path.lastIndexOf(u':');
        members.append(path.first(colon).toUtf8());
        rest = path.sliced(colon + 1);
    }
    for (const QStringView name : rest.split(u'.'))
        members.append(name.toUtf8());
    return members;
}

// The record of the one resource a page is read for.
class OneRecord final : public ListPage::Converter
{
public:
    explicit OneRecord(const LicenceCatalog &licences)
        : m_reader(licences)
    { }
    const JsonPaths *paths() const override { return &m_reader.paths(); }
    void addPicked(QByteArrayView resource, const JsonPick *picks, const IdKey &) override
    {
        record = m_reader.read(resource, picks);
    }
    void keepOnly(const QList<bool> &) override { }

    UserRecord record;

private:
    UserRecord::Reader m_reader;
};

} // namespace

UserRecord UserRecord::packed(const std::array<QByteArrayView, FieldCount> &values, bool active,
                              bool onlyWorkEmail, quint32 licences, qsizetype groupCount,
                              Arena *arena)
{
    UserRecord record;
    record.pack(values, arena);
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
    const QJsonArray emails = resource.value(u"emails").toArray();
    QVarLengthArray<EmailFlags, 4> flags;
    for (const QJsonValue &value : emails) {
        const QJsonObject email = value.toObject();
        flags.append(
            {email.value(u"primary").toBool(), email.value(u"type").toString() == u"work"});
    }
    const PickedEmail email = pickEmail(flags);
    const auto address = [&emails](qsizetype i) {
        return i < 0 ? QByteArray() : emails.at(i).toObject().value(u"value").toString().toUtf8();
    };
    values[Email] = address(email.shown);
    values[WorkEmail] = address(email.work); // empty in the usual case: Email is it
    values[Version] = meta.value(u"version").toString().toUtf8();
    values[LastModified] = meta.value(u"lastModified").toString().toUtf8();

    std::array<QByteArrayView, FieldCount> views;
    std::copy(values.cbegin(), values.cend(), views.begin());
    return packed(views, resource.value(u"active").toBool(true), email.onlyWork,
                  readLicences(resource, licences), resource.value(u"groups").toArray().size());
}

UserRecord UserRecord::fromResource(QByteArrayView resource, const LicenceCatalog &licences)
{
    const auto one = std::make_shared<OneRecord>(licences);
    const ListPage page = ListPage::read("{\"Resources\":[" + resource.toByteArray() + "]}",
                                         ListPage::Form::Indexed, one);
    return page.error().isEmpty() && page.size() == 1 ? one->record : UserRecord();
}

UserRecord::Reader::Reader(const LicenceCatalog &licences)
{
    m_fields.fill(-1);
    m_fields[Id] = m_paths.add({"id"});
    m_emails = m_paths.add({"emails"});
    m_emailElements = m_paths.addElements({"emails"}, {"value", "primary", "type"}, MaxEmails);
    m_active = m_paths.add({"active"});
    m_groups = m_paths.add({"groups"});
    m_fields[Version] = m_paths.add({"meta", "version"});
    m_fields[LastModified] = m_paths.add({"meta", "lastModified"});
    for (const UserAttribute &attribute : UserAttributes::all()) {
        if (!attribute.isText() || attribute.id == UserAttribute::Email)
            continue; // the email is picked among the addresses (pickEmail)
        const QList<QByteArray> members = membersOf(attribute);
        Q_ASSERT(members.size() <= 3);
        const QByteArrayView at[3] = {members.value(0), members.value(1), members.value(2)};
        m_fields[attribute.id] = members.size() == 1 ? m_paths.add({at[0]})
            : members.size() == 2                    ? m_paths.add({at[0], at[1]})
                                                     : m_paths.add({at[0], at[1], at[2]});
    }
    const QByteArray schema = licences.schema.toUtf8();
    for (int i = 0; i < licences.names.size() && i < 32; ++i)
        m_licenceNames.push_back(licences.names.at(i).toUtf8());
    for (const QByteArray &name : m_licenceNames) {
        m_licenceKeys.push_back(QByteArrayView(name));
        if (!schema.isEmpty())
            m_licenceFlags.push_back(m_paths.add({schema, "productLicenses", name}));
    }
    if (!schema.isEmpty())
        m_licenceObject = m_paths.add({schema, "productLicenses"});
}

// The bits of the catalogue's licences the resource holds: in its extension, or when that has
// none, in another one (older schemas, lucid:1.0, still carry productLicenses; rare).
quint32 UserRecord::Reader::licencesOf(QByteArrayView resource, const JsonPick *picks) const
{
    quint32 licences = 0;
    if (m_licenceObject >= 0 && !picks[m_licenceObject].isUndefined()) {
        for (size_t i = 0; i < m_licenceFlags.size(); ++i) {
            if (picks[m_licenceFlags[i]].toBool())
                licences |= 1u << i;
        }
    } else if (!m_licenceKeys.empty()) {
        const JsonIndex whole(resource);
        const JsonView held = anyLicenceObject(whole.root());
        QVarLengthArray<JsonView, 8> found(qsizetype(m_licenceKeys.size()));
        held.values(m_licenceKeys.data(), qsizetype(m_licenceKeys.size()), found.data());
        for (size_t i = 0; i < m_licenceKeys.size(); ++i) {
            if (found[qsizetype(i)].toBool())
                licences |= 1u << i;
        }
    }
    return licences;
}

// The same record as from a QJsonObject (tst_UserStore and fuzz_listpage compare them), from
// what the scanner picked: every text the service's own UTF-8 (copied once, into the record)
// unless it has escapes.
UserRecord UserRecord::Reader::read(QByteArrayView resource, const JsonPick *picks,
                                    Arena *arena) const
{
    // Which address is shown. Most users have one or two addresses, picked with the rest; more
    // are indexed on their own, a few dozen bytes, in an index each thread keeps for them.
    QVarLengthArray<QByteArrayView, 4> addresses; // as written
    QVarLengthArray<bool, 4> escapedAddresses;
    QVarLengthArray<EmailFlags, 4> flags;
    const auto addEmail = [&](const auto *email) { // value, primary, type
        bool escaped = false;
        addresses.append(email[0].stringBytes(&escaped));
        escapedAddresses.append(escaped);
        const QByteArrayView type = email[2].stringBytes(&escaped);
        flags.append(
            {email[1].toBool(), escaped ? JsonText::unescapeUtf8(type) == "work" : type == "work"});
    };
    static thread_local JsonIndex emailIndex;
    if (const JsonPick &list = picks[m_emails]; list.size() <= MaxEmails) {
        for (qsizetype i = 0; i < list.size(); ++i)
            addEmail(picks + m_emailElements + i * 3);
    } else {
        static constexpr QByteArrayView EmailNames[] = {"value", "primary", "type"};
        emailIndex.read(list.json());
        const JsonView emails = emailIndex.root();
        for (qsizetype i = 0; i < list.size(); ++i) {
            JsonView email[std::size(EmailNames)];
            emails.at(i).values(EmailNames, std::size(EmailNames), email);
            addEmail(email);
        }
    }
    const PickedEmail email = pickEmail(flags);

    const quint32 licences = licencesOf(resource, picks);

    // The service's own UTF-8, decoded only where it has escapes (an ETag's quotes: most),
    // into one buffer on the stack.
    std::array<QByteArrayView, FieldCount> values;
    std::array<bool, FieldCount> escaped {};
    for (int field = 0; field < FieldCount; ++field) {
        if (m_fields[field] >= 0)
            values[field] = picks[m_fields[field]].stringBytes(&escaped[field]);
    }
    const std::pair<Field, qsizetype> chosen[] = {{Email, email.shown}, {WorkEmail, email.work}};
    for (const auto &[field, at] : chosen) {
        if (at >= 0) {
            values[field] = addresses[at];
            escaped[field] = escapedAddresses[at];
        }
    }
    qsizetype escapedBytes = 0;
    for (int field = 0; field < FieldCount; ++field)
        escapedBytes += escaped[field] ? values[field].size() : 0;
    QVarLengthArray<char, 256> decoded(escapedBytes); // never longer than escaped
    char *to = decoded.data();
    for (int field = 0; field < FieldCount; ++field) {
        if (escaped[field]) {
            const qsizetype size = JsonText::unescapeUtf8(values[field], to);
            values[field] = QByteArrayView(to, size);
            to += size;
        }
    }
    return packed(values, picks[m_active].toBool(true), email.onlyWork, licences,
                  picks[m_groups].size(), arena);
}

char *UserRecord::Arena::take(qsizetype size, QByteArray *block, quint32 *base)
{
    if (size > BlockSize / 4) { // a record of its own, not most of a block
        *block = QByteArray(size, Qt::Uninitialized);
        *base = 0;
        return block->data();
    }
    if (m_block.size() - m_used < size) {
        m_block = QByteArray(BlockSize, Qt::Uninitialized);
        m_used = 0;
    }
    *block = m_block;
    *base = quint32(m_used);
    // Records share the block, so data() would copy it: the bytes from m_used on are none of
    // theirs, and writing them changes nothing any record reads.
    char *out = const_cast<char *>(m_block.constData()) + m_used;
    m_used += size;
    return out;
}

void UserRecord::pack(const std::array<QByteArrayView, FieldCount> &values, Arena *arena)
{
    // Every field's bytes together must stay within 16-bit offsets, however long each is: a
    // text longer than this (from a service, so anything) is cut, at a character's start.
    constexpr qsizetype MaxField = 0xFFFF / FieldCount;
    std::array<qsizetype, FieldCount> sizes;
    qsizetype total = 0;
    for (int i = 0; i < FieldCount; ++i) {
        const QByteArrayView value = values[i];
        qsizetype size = value.size();
        if (size > MaxField) {
            size = MaxField;
            while (size > 0 && (uchar(value[size]) & 0xc0) == 0x80)
                --size; // not inside a UTF-8 sequence
        }
        sizes[i] = size;
        total += size;
    }
    if (total == 0)
        return; // m_offsets stay 0, and m_data allocates nothing
    char *out = nullptr;
    if (arena) {
        out = arena->take(total, &m_data, &m_base);
    } else {
        m_data = QByteArray(total, Qt::Uninitialized);
        out = m_data.data();
    }
    qsizetype at = 0;
    for (int i = 0; i < FieldCount; ++i) {
        m_offsets[i] = quint16(at);
        if (sizes[i] > 0)
            memcpy(out + at, values[i].data(), size_t(sizes[i]));
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
    return QByteArray(m_data.constData() + m_base + begin, end - begin);
}

QString UserRecord::field(Field field) const
{
    if (field >= FieldCount)
        return {};
    const int begin = m_offsets[field];
    const int end = m_offsets[field + 1];
    return QString::fromUtf8(m_data.constData() + m_base + begin, end - begin);
}

} // namespace ScimDesk
