#pragma once

#include "scim/JsonPick.h"
#include "scim/UserAttributes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace ScimDesk {

// Which licence flags a directory's users may carry, in a fixed order, so a user can hold them
// as bits. Built from discovery (Lucid: productLicenses.*).
struct LicenceCatalog
{
    QString schema; // the extension holding productLicenses
    QStringList names; // at most 32

    int indexOf(const QString &name) const { return int(names.indexOf(name)); }
};

// One user as the console keeps it: the attributes it shows and edits, packed into a single
// UTF-8 buffer with offsets, plus flags. About 300 bytes a user instead of a QJsonObject's
// kilobytes; the raw SCIM JSON is fetched again when someone asks for it.
class UserRecord
{
public:
    // The text attributes of the catalogue (UserAttributes), then what only a record keeps.
    enum Field : quint8 {
        UserName = UserAttribute::UserName,
        DisplayName = UserAttribute::DisplayName,
        GivenName = UserAttribute::GivenName,
        FamilyName = UserAttribute::FamilyName,
        Email = UserAttribute::Email, // the address shown (see pickEmail)
        ExternalId = UserAttribute::ExternalId,
        Department = UserAttribute::Department,
        CostCenter = UserAttribute::CostCenter,
        Title = UserAttribute::Title,
        Division = UserAttribute::Division,
        Organization = UserAttribute::Organization,
        EmployeeNumber = UserAttribute::EmployeeNumber,
        Id = UserAttribute::TextCount,
        WorkEmail, // the one work-typed address, when it is not Email (see workEmail())
        Version,
        LastModified,
        FieldCount
    };

    UserRecord() = default;
    static UserRecord fromResource(const QJsonObject &resource, const LicenceCatalog &licences);
    // The same from the resource's bytes as the service sent them, indexed: no QJsonObject.
    // The same from the resource's bytes as the service sent them (JSON), read as a list page
    // reads them (Reader): no QJsonObject. An empty record when they are not JSON.
    static UserRecord fromResource(QByteArrayView resource, const LicenceCatalog &licences);

    // Where the records made from one page keep their text: blocks that many records share
    // (QByteArray's implicit sharing), so that a hundred users cost one allocation, not one
    // each, and a directory of a hundred thousand has a thousand blocks to free, not 100,000.
    // A record edited later gets its own again.
    class Arena
    {
    public:
        // Room for `size` bytes: the block that holds them (shared), where they start in it, and
        // where to write them.
        char *take(qsizetype size, QByteArray *block, quint32 *base);

    private:
        static constexpr qsizetype BlockSize = 32 * 1024;
        QByteArray m_block;
        qsizetype m_used = 0;
    };

    // Reads records from resources' bytes as a list page's scanner picks out the values a
    // record keeps while it checks them (see ListPage::Converter): what a page of a thousand
    // users is read with, with no index and no second walk over each user.
    class Reader
    {
    public:
        explicit Reader(const LicenceCatalog &licences);
        // What the scanner is to pick out of each resource.
        const JsonPaths &paths() const { return m_paths; }
        // The record of `resource` (its bytes) from the `picks` made for paths(); its text in
        // `arena` when given.
        UserRecord read(QByteArrayView resource, const JsonPick *picks,
                        Arena *arena = nullptr) const;

    private:
        quint32 licencesOf(QByteArrayView resource, const JsonPick *picks) const;

        JsonPaths m_paths;
        std::array<int, FieldCount> m_fields; // each field's slot; -1: not a path (Email)
        static constexpr int MaxEmails = 4; // a user's addresses picked; more are indexed
        int m_emails = -1;
        int m_emailElements = -1; // each of the first MaxEmails: value, primary, type
        int m_active = -1;
        int m_groups = -1;
        int m_licenceObject = -1; // the catalogue's extension's productLicenses; -1: none
        std::vector<int> m_licenceFlags; // ... its members of the catalogue's names, in order
        std::vector<QByteArray> m_licenceNames; // the catalogue's, in its order
        std::vector<QByteArrayView> m_licenceKeys; // ... as looked up
    };
    // The part of the resource that planning needs — id, userName, active, the licence flags
    // and meta.version (for If-Match) — as the record last saw it. Changes planned from it PATCH
    // only what they touch, so the attributes left out are never sent.
    QJsonObject toPlanningResource(const LicenceCatalog &licences) const;
    // Everything the record keeps, as a SCIM resource: the "before" an import compares its rows
    // with. Its emails are the shown address (primary) and the one work address, typed "work"
    // only when the user has exactly one.
    QJsonObject toResource(const LicenceCatalog &licences) const;

    QString field(Field field) const;
    // A text attribute of the catalogue (the work email: see workEmail()).
    QString value(const UserAttribute &attribute) const
    {
        return attribute.isText() ? field(Field(attribute.id)) : QString();
    }
    QByteArray fieldUtf8(Field field) const;
    // The same without a copy, valid while the record is.
    QByteArrayView fieldView(Field field) const
    {
        return field < FieldCount ? QByteArrayView(m_data.constData() + m_base + m_offsets[field],
                                                   m_offsets[field + 1] - m_offsets[field])
                                  : QByteArrayView();
    }
    QString id() const { return field(Id); }
    QString userName() const { return field(UserName); }
    // The user's one work-typed email address; empty when there is none, or several.
    QString workEmail() const { return m_workEmail ? field(Email) : field(WorkEmail); }

    bool isActive() const { return m_active; }
    // Bit i set: the user holds licences.names[i].
    quint32 licenceBits() const { return m_licences; }
    bool hasLicence(int index) const
    {
        return index >= 0 && index < 32 && (m_licences >> index) & 1u;
    }
    int groupCount() const { return m_groupCount; }

    // Heap and inline bytes this record uses (for the memory benchmark): its text, whether in a
    // block of its own or its part of a shared one.
    qsizetype memoryUsage() const
    {
        return qsizetype(sizeof(*this)) + m_offsets[FieldCount]
            + (m_data.isDetached() ? qsizetype(sizeof(QArrayData)) : 0);
    }

private:
    // The text fields' UTF-8, packed into m_data (from m_base) with one allocation, or in
    // `arena`'s block.
    void pack(const std::array<QByteArrayView, FieldCount> &values, Arena *arena);
    // The record of `values` and the rest of what a resource says.
    static UserRecord packed(const std::array<QByteArrayView, FieldCount> &values, bool active,
                             bool onlyWorkEmail, quint32 licences, qsizetype groupCount,
                             Arena *arena = nullptr);

    QByteArray m_data;
    std::array<quint16, FieldCount + 1> m_offsets {}; // from m_base
    quint32 m_licences = 0;
    quint32 m_base = 0;
    quint16 m_groupCount = 0;
    bool m_active = true;
    bool m_workEmail = false; // Email is the user's one work-typed address
};

} // namespace ScimDesk

// A store of 100,000 records grows by reallocating, not by moving each record.
Q_DECLARE_TYPEINFO(ScimDesk::UserRecord, Q_RELOCATABLE_TYPE);
