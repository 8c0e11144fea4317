#include "UserRecord.h"

#include "scim/JsonText.h"
#include "scim/JsonView.h"

#include <QJsonArray>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

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

UserRecord UserRecord::packed(const std::array<QByteArrayView, FieldCount> &values, bool active,
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

UserRecord UserRecord::fromResource(const JsonView &resource, const LicenceCatalog &licences)
{
    return Reader(licences).read(resource);
}

UserRecord::Reader::Reader(const LicenceCatalog &licences)
{
    m_levels.resize(1);
    member(0, "id").slot = Id;
    member(0, "emails").slot = Emails;
    member(0, "active").slot = Active;
    member(0, "groups").slot = Groups;
    const int meta = child(0, "meta");
    member(meta, "version").slot = Version;
    member(meta, "lastModified").slot = LastModified;
    if (!licences.schema.isEmpty())
        member(child(0, licences.schema.toUtf8()), "productLicenses").slot = LicenceFlags;
    for (const TextPaths::Member &text : TextPaths::get().members) {
        for (const TextPaths::Leaf &leaf : text.leaves) {
            if (leaf.key.isEmpty()) {
                member(0, text.utf8).slot = leaf.field;
            } else if (leaf.inner.isEmpty()) {
                member(child(0, text.utf8), leaf.key).slot = leaf.field;
            } else {
                const int outer = child(0, text.utf8);
                member(child(outer, leaf.key), leaf.inner).slot = leaf.field;
            }
        }
    }
    // Each level's names by length; and its slots, its children's included: a child level is
    // made after its parent, so the children come first going backwards.
    for (size_t l = m_levels.size(); l-- > 0;) {
        Level &level = m_levels[l];
        Q_ASSERT(level.members.size() <= 0xFF);
        for (size_t i = 0; i < level.members.size(); ++i) {
            const Member &looked = level.members[i];
            const auto length = size_t(looked.utf8.size());
            if (level.byLength.size() <= length)
                level.byLength.resize(length + 1);
            level.byLength[length].push_back(quint8(i));
            if (looked.slot >= 0)
                level.filled.push_back(quint8(looked.slot));
            if (looked.level >= 0) {
                const std::vector<quint8> &under = m_levels[size_t(looked.level)].filled;
                level.filled.insert(level.filled.end(), under.begin(), under.end());
            }
        }
    }
    for (int i = 0; i < licences.names.size() && i < 32; ++i)
        m_licenceNames.push_back(licences.names.at(i).toUtf8());
    for (const QByteArray &name : m_licenceNames)
        m_licenceKeys.push_back(QByteArrayView(name));
}

UserRecord::Reader::Member &UserRecord::Reader::member(int level, const QByteArray &utf8)
{
    std::vector<Member> &members = m_levels[size_t(level)].members;
    const auto it = std::find_if(members.begin(), members.end(),
                                 [&utf8](const Member &member) { return member.utf8 == utf8; });
    if (it != members.end())
        return *it;
    members.push_back({utf8});
    return members.back();
}

int UserRecord::Reader::child(int level, const QByteArray &utf8)
{
    if (const int existing = member(level, utf8).level; existing >= 0)
        return existing;
    const auto added = qint16(m_levels.size());
    m_levels.emplace_back(); // before member(): it moves the levels' members
    member(level, utf8).level = added;
    return added;
}

// Each member of `object` that `level` looks for: its value to its slot, and the members of its
// own that its level looks for, the values an earlier member of the name gave emptied first.
void UserRecord::Reader::walk(const JsonView &object, int level, JsonView *into) const
{
    const Level &here = m_levels[size_t(level)];
    QByteArray decoded; // a name with escapes (rare)
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool escaped = false;
        QByteArrayView key = it.keyBytes(&escaped);
        if (escaped)
            key = decoded = JsonText::unescapeUtf8(key);
        if (size_t(key.size()) >= here.byLength.size())
            continue;
        for (const quint8 i : here.byLength[size_t(key.size())]) {
            const Member &member = here.members[i];
            if (!JsonText::sameBytes(member.utf8.constData(), key.data(), size_t(key.size())))
                continue;
            const JsonView value = it.value();
            if (member.slot >= 0)
                into[member.slot] = value;
            if (member.level >= 0) {
                for (const quint8 slot : m_levels[size_t(member.level)].filled)
                    into[slot] = JsonView();
                if (value.isObject())
                    walk(value, member.level, into);
            }
            break; // a level's names differ
        }
    }
}

// The same record as from a QJsonObject (tst_UserStore compares them), read straight from the
// bytes: the resource's members walked once, and so each object inside it that holds what the
// record keeps; every text the service's own UTF-8 (copied once, into the record) unless it
// has escapes.
UserRecord UserRecord::Reader::read(const JsonView &resource) const
{
    std::array<JsonView, SlotCount> kept;
    walk(resource, 0, kept.data());

    static constexpr QByteArrayView EmailNames[] = {"value", "primary", "type"};
    const JsonView emails = kept[Emails].toArray();
    QVarLengthArray<JsonView, 4> addresses;
    QVarLengthArray<EmailFlags, 4> flags;
    const qsizetype emailCount = emails.size();
    for (qsizetype i = 0; i < emailCount; ++i) {
        JsonView email[std::size(EmailNames)];
        emails.at(i).values(EmailNames, std::size(EmailNames), email);
        bool escaped = false;
        const QByteArrayView type = email[2].stringBytes(&escaped);
        addresses.append(email[0]);
        flags.append(
            {email[1].toBool(), escaped ? JsonText::unescapeUtf8(type) == "work" : type == "work"});
    }
    const PickedEmail email = pickEmail(flags);
    kept[Email] = email.shown < 0 ? JsonView() : addresses[email.shown];
    kept[WorkEmail] = email.work < 0 ? JsonView() : addresses[email.work];

    quint32 licences = 0;
    if (!m_licenceKeys.empty()) {
        JsonView held = kept[LicenceFlags];
        if (held.isUndefined())
            held = anyLicenceObject(resource);
        QVarLengthArray<JsonView, 8> found(qsizetype(m_licenceKeys.size()));
        held.values(m_licenceKeys.data(), qsizetype(m_licenceKeys.size()), found.data());
        for (size_t i = 0; i < m_licenceKeys.size(); ++i) {
            if (found[qsizetype(i)].toBool())
                licences |= 1u << i;
        }
    }

    // The service's own UTF-8, decoded only where it has escapes (an ETag's quotes: most).
    std::array<QByteArrayView, FieldCount> values;
    std::array<QByteArray, FieldCount> unescaped;
    for (int field = 0; field < FieldCount; ++field) {
        bool escaped = false;
        values[field] = kept[field].stringBytes(&escaped);
        if (escaped)
            values[field] = unescaped[field] = JsonText::unescapeUtf8(values[field]);
    }
    return packed(values, kept[Active].toBool(true), email.onlyWork, licences,
                  kept[Groups].toArray().size());
}

void UserRecord::pack(const std::array<QByteArrayView, FieldCount> &values)
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
    m_data = QByteArray(total, Qt::Uninitialized);
    if (total == 0)
        return; // m_offsets stay 0, and an empty array allocates nothing
    char *out = m_data.data();
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
