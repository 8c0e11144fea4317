#include "ImportPlanner.h"

#include "PlanBuilder.h"
#include "directory/GroupModels.h"
#include "directory/UserStore.h"
#include "scim/Filter.h"
#include "scim/Patch.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ScimDesk {

namespace {

constexpr qsizetype MaxValueLength = 1024;
const QString CoreUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");

bool looksLikeEmail(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(value).hasMatch();
}

// The record field an attribute path is kept in, or FieldCount.
UserRecord::Field fieldOf(const QString &attribute)
{
    static const QHash<QString, UserRecord::Field> fields = {
        {QStringLiteral("userName"), UserRecord::UserName},
        {QStringLiteral("name.givenName"), UserRecord::GivenName},
        {QStringLiteral("name.familyName"), UserRecord::FamilyName},
        {QStringLiteral("displayName"), UserRecord::DisplayName},
        {QString::fromUtf16(ImportMapping::WorkEmail), UserRecord::WorkEmail},
        {QStringLiteral("externalId"), UserRecord::ExternalId},
        {QStringLiteral("title"), UserRecord::Title},
        {QString::fromUtf16(ImportMapping::EnterpriseUrn) + QStringLiteral(":department"),
         UserRecord::Department},
        {QString::fromUtf16(ImportMapping::EnterpriseUrn) + QStringLiteral(":costCenter"),
         UserRecord::CostCenter},
        {QString::fromUtf16(ImportMapping::EnterpriseUrn) + QStringLiteral(":division"),
         UserRecord::Division},
        {QString::fromUtf16(ImportMapping::EnterpriseUrn) + QStringLiteral(":organization"),
         UserRecord::Organization},
        {QString::fromUtf16(ImportMapping::EnterpriseUrn) + QStringLiteral(":employeeNumber"),
         UserRecord::EmployeeNumber},
    };
    return fields.value(attribute, UserRecord::FieldCount);
}

// What the record holds for `field` (FieldCount: nothing). The work email is the user's one
// work address, else the address shown.
QString currentValue(const UserRecord &user, UserRecord::Field field)
{
    if (field == UserRecord::WorkEmail) {
        const QString work = user.workEmail();
        return work.isEmpty() ? user.field(UserRecord::Email) : work;
    }
    return field < UserRecord::FieldCount ? user.field(field) : QString();
}

// Addresses and user names compare without regard to case.
Qt::CaseSensitivity caseOf(UserRecord::Field field)
{
    return field == UserRecord::Email || field == UserRecord::WorkEmail
            || field == UserRecord::UserName
        ? Qt::CaseInsensitive
        : Qt::CaseSensitive;
}

// Sets `value` at an attribute path of a resource (as the planner writes them).
void setPath(QJsonObject &resource, const QString &attribute, const QJsonValue &value)
{
    if (attribute == ImportMapping::WorkEmail) {
        // The one work address changes in place, the others stay; without one, the address
        // becomes the user's emails.
        QJsonArray emails = resource.value(u"emails").toArray();
        if (const qsizetype work = Patch::onlyOfType(emails, QStringLiteral("work")); work >= 0) {
            QJsonObject email = emails.at(work).toObject();
            email.insert(QStringLiteral("value"), value);
            emails[work] = email;
        } else {
            emails = {QJsonObject {{QStringLiteral("value"), value},
                                   {QStringLiteral("type"), QStringLiteral("work")},
                                   {QStringLiteral("primary"), true}}};
        }
        resource.insert(QStringLiteral("emails"), emails);
        return;
    }
    if (attribute.startsWith(u"urn:")) {
        const qsizetype colon = attribute.lastIndexOf(u':');
        const QString urn = attribute.left(colon);
        const QString path = attribute.mid(colon + 1);
        QJsonObject extension = resource.value(urn).toObject();
        if (path.contains(u'.')) {
            const QString outer = path.section(u'.', 0, 0);
            QJsonObject inner = extension.value(outer).toObject();
            inner.insert(path.section(u'.', 1), value);
            extension.insert(outer, inner);
        } else {
            extension.insert(path, value);
        }
        resource.insert(urn, extension);
        return;
    }
    if (attribute.contains(u'.')) {
        const QString outer = attribute.section(u'.', 0, 0);
        QJsonObject inner = resource.value(outer).toObject();
        inner.insert(attribute.section(u'.', 1), value);
        resource.insert(outer, inner);
        return;
    }
    resource.insert(attribute, value);
}

} // namespace

struct ImportPlanner::ParsedRow
{
    int number = 0;
    QString key; // the matching key, as written
    QString userName;
    QList<std::pair<QString, QString>> values; // text attributes, non-empty
    QList<std::pair<int, bool>> licences; // licence index in the catalog, value
    std::optional<bool> active;
    QStringList groupIds;
    bool valid = true;
};

ImportPlanner::ImportPlanner(const ConnectionProfile &profile,
                             const ServiceCapabilities &capabilities)
    : m_profile(profile)
    , m_capabilities(capabilities)
{ }

bool ImportPlanner::modeFromName(const QString &name, Mode *mode)
{
    if (name == u"provision")
        *mode = Mode::Provision;
    else if (name == u"deprovision")
        *mode = Mode::Deprovision;
    else if (name == u"sync")
        *mode = Mode::Sync;
    else
        return false;
    return true;
}

bool ImportPlanner::matchFromName(const QString &name, MatchKey *match)
{
    if (name.compare(u"userName", Qt::CaseInsensitive) == 0)
        *match = MatchKey::UserName;
    else if (name.compare(u"externalId", Qt::CaseInsensitive) == 0)
        *match = MatchKey::ExternalId;
    else if (name.compare(u"email", Qt::CaseInsensitive) == 0)
        *match = MatchKey::Email;
    else
        return false;
    return true;
}

std::optional<bool> ImportPlanner::parseFlag(const QString &cell, bool *understood)
{
    *understood = true;
    const QString value = cell.trimmed().toLower();
    if (value.isEmpty())
        return std::nullopt;
    static const QStringList yes
        = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"),
           QStringLiteral("x")};
    static const QStringList no
        = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("0")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    *understood = false;
    return std::nullopt;
}

QList<ImportPlanner::ParsedRow>
ImportPlanner::parse(const CsvTable &table, const ImportMapping &mapping, const Options &options,
                     const QList<GroupRecord> *groups, QList<RowError> *errors) const
{
    const int userNameColumn = mapping.userNameColumn();
    const int emailColumn = mapping.columnOf(QString::fromUtf16(ImportMapping::WorkEmail));
    const int externalIdColumn = mapping.columnOf(QStringLiteral("externalId"));
    const int keyColumn = options.match == MatchKey::UserName ? userNameColumn
        : options.match == MatchKey::Email                    ? emailColumn
                                                              : externalIdColumn;
    const QString keyName = options.match == MatchKey::UserName ? QStringLiteral("userName")
        : options.match == MatchKey::Email                      ? tr("email")
                                                                : QStringLiteral("externalId");
    const QString licencePrefix
        = m_capabilities.licenceSchema + QStringLiteral(":productLicenses.");
    QHash<QString, QString> groupByName; // folded display name -> id
    if (groups) {
        for (const GroupRecord &group : *groups)
            groupByName.insert(group.displayName.toCaseFolded(), group.id);
    }

    QList<ParsedRow> rows;
    rows.reserve(table.rows.size());
    QHash<QString, QList<int>> rowsByKey; // folded key -> indexes into rows
    for (const CsvTable::Row &source : table.rows) {
        if (options.excludedRows.contains(source.number))
            continue;
        ParsedRow row;
        row.number = source.number;
        const auto fail = [&](const QString &message) {
            row.valid = false;
            errors->append({source.number, message});
        };
        for (int column = 0; column < mapping.attributes.size() && column < source.cells.size();
             ++column) {
            const QString &attribute = mapping.attributes.at(column);
            if (attribute.isEmpty())
                continue;
            const QString cell = source.cells.at(column).trimmed();
            if (cell.isEmpty())
                continue; // an empty cell leaves the attribute as it is
            if (cell.size() > MaxValueLength) {
                fail(tr("%1 is longer than %2 characters.")
                         .arg(table.header.value(column))
                         .arg(MaxValueLength));
                continue;
            }
            if (attribute.startsWith(licencePrefix) && !m_capabilities.licenceSchema.isEmpty()) {
                bool understood = false;
                const auto flag = parseFlag(cell, &understood);
                const int index
                    = int(m_capabilities.licenceNames.indexOf(attribute.mid(licencePrefix.size())));
                if (!understood)
                    fail(tr("%1 \"%2\" is not understood: use yes or no (also true/false, 1/0, "
                            "x or empty).")
                             .arg(table.header.value(column), cell));
                else if (flag && index >= 0)
                    row.licences.append({index, *flag});
            } else if (attribute == ImportMapping::Active) {
                bool understood = false;
                row.active = parseFlag(cell, &understood);
                if (!understood)
                    fail(tr("%1 \"%2\" is not understood: use yes or no.")
                             .arg(table.header.value(column), cell));
            } else if (attribute == ImportMapping::Groups) {
                QStringList unknown;
                for (const QString &part : cell.split(u';', Qt::SkipEmptyParts)) {
                    const QString name = part.trimmed();
                    if (name.isEmpty())
                        continue;
                    const auto id = groupByName.constFind(name.toCaseFolded());
                    if (id != groupByName.cend())
                        row.groupIds.append(*id);
                    else if (groups)
                        unknown.append(name);
                }
                if (!unknown.isEmpty())
                    fail(tr("unknown group(s): %1. Check the spelling, or create the group first.")
                             .arg(unknown.join(QStringLiteral(", "))));
            } else {
                row.values.append({attribute, cell});
            }
        }
        const QString email
            = emailColumn >= 0 ? source.cells.value(emailColumn).trimmed() : QString();
        if (!email.isEmpty() && !looksLikeEmail(email))
            fail(tr("\"%1\" is not a valid email address.").arg(email));
        row.userName
            = userNameColumn >= 0 ? source.cells.value(userNameColumn).trimmed() : QString();
        if (mapping.userNameFromEmail() && !row.userName.isEmpty()) {
            row.values.append({QString::fromUtf16(ImportMapping::UserName), row.userName});
        } else if (userNameColumn >= 0 && row.userName.contains(u'@')
                   && !looksLikeEmail(row.userName)) {
            fail(tr("userName \"%1\" looks like an email address but is not a valid one.")
                     .arg(row.userName));
        }
        row.key = keyColumn >= 0 ? source.cells.value(keyColumn).trimmed() : QString();
        if (row.key.isEmpty())
            fail(tr("no %1, the matching key: fill it in or exclude the row.").arg(keyName));
        else
            rowsByKey[row.key.toCaseFolded()].append(int(rows.size()));
        rows.append(std::move(row));
    }
    // A key on several rows makes the file ambiguous: every one of them is an error.
    for (auto it = rowsByKey.cbegin(); it != rowsByKey.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList numbers;
        for (const int index : it.value())
            numbers.append(QString::number(rows.at(index).number));
        for (const int index : it.value()) {
            ParsedRow &row = rows[index];
            row.valid = false;
            errors->append({row.number,
                            tr("%1 \"%2\" appears on rows %3: the file is ambiguous. "
                               "Keep one row.")
                                .arg(keyName, row.key, numbers.join(u", "))});
        }
    }
    std::sort(errors->begin(), errors->end(),
              [](const RowError &a, const RowError &b) { return a.row < b.row; });
    return rows;
}

QString ImportPlanner::lookupFilter(const QString &key, MatchKey match) const
{
    const QString attribute = match == MatchKey::UserName ? QStringLiteral("userName")
        : match == MatchKey::Email                        ? QStringLiteral("emails.value")
                                                          : QStringLiteral("externalId");
    return Filter::eq(attribute, key);
}

namespace {

// The loaded users by matching key (folded), so each row finds its user in constant time.
// The loaded users by matching key. A key several users share (two accounts with one email,
// say) matches none of them: planning for one would be a guess.
struct UserIndex
{
    QHash<QString, qsizetype> unique; // folded key → row
    QHash<QString, QList<qsizetype>> shared; // folded key → rows, when several users hold it

    bool contains(const QString &folded) const
    {
        return unique.contains(folded) || shared.contains(folded);
    }
    QList<qsizetype> rowsOf(const QString &folded) const
    {
        if (const auto row = unique.constFind(folded); row != unique.cend())
            return {*row};
        return shared.value(folded);
    }
};

UserIndex indexUsers(const UserStore &users, ImportPlanner::MatchKey match)
{
    const UserRecord::Field field = match == ImportPlanner::MatchKey::UserName
        ? UserRecord::UserName
        : match == ImportPlanner::MatchKey::Email ? UserRecord::Email
                                                  : UserRecord::ExternalId;
    UserIndex index;
    index.unique.reserve(users.size());
    for (qsizetype row = 0; row < users.size(); ++row) {
        const QString key = users.at(row).field(field).toCaseFolded();
        if (key.isEmpty())
            continue;
        if (const auto shared = index.shared.find(key); shared != index.shared.end()) {
            shared->append(row);
        } else if (const auto first = index.unique.constFind(key); first != index.unique.cend()) {
            index.shared.insert(key, {*first, row});
            index.unique.erase(first);
        } else {
            index.unique.insert(key, row);
        }
    }
    return index;
}

} // namespace

QStringList ImportPlanner::unmatchedKeys(const CsvTable &table, const ImportMapping &mapping,
                                         const Options &options, const UserStore &users) const
{
    QList<RowError> errors;
    const QList<ParsedRow> rows = parse(table, mapping, options, nullptr, &errors);
    const UserIndex index = indexUsers(users, options.match);
    QStringList keys;
    for (const ParsedRow &row : rows) {
        if (row.valid && !index.contains(row.key.toCaseFolded()))
            keys.append(row.key);
    }
    return keys;
}

ImportPlanner::Result ImportPlanner::plan(const CsvTable &table, const ImportMapping &mapping,
                                          const Options &options, const UserStore &users,
                                          const QList<GroupRecord> &groups) const
{
    Result result;
    const QList<ParsedRow> rows = parse(table, mapping, options, &groups, &result.errors);
    QSet<int> invalid;
    for (const RowError &error : std::as_const(result.errors))
        invalid.insert(error.row);
    result.invalidRows = int(invalid.size());
    if (mapping.userNameFromEmail())
        result.notes.append(tr("No column maps to userName: the email column (%1) is used as "
                               "userName.")
                                .arg(table.header.value(mapping.userNameColumn())));
    if (const QStringList ignored = mapping.unmapped(table.header); !ignored.isEmpty())
        result.notes.append(tr("Ignored columns: %1.").arg(ignored.join(QStringLiteral(", "))));
    if (!options.excludedRows.isEmpty())
        result.notes.append(tr("%1 row(s) excluded by you.").arg(options.excludedRows.size()));

    const LicenceCatalog catalog = users.licences();
    const bool activeMapped = mapping.columnOf(QString::fromUtf16(ImportMapping::Active)) >= 0;
    const UserIndex index = indexUsers(users, options.match);
    QHash<QString, int> groupRow;
    for (int i = 0; i < groups.size(); ++i)
        groupRow.insert(groups.at(i).id, i);
    const auto isProtected = [this](const UserRecord &user) {
        for (const QString &account : m_profile.protectedAccounts) {
            if (user.userName().compare(account, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };

    PlanBuilder builder(m_profile, m_capabilities);
    // Users the file names — on valid rows, rows with errors, and rows the admin left out
    // alike: sync deprovisions only those it does not name at all.
    QSet<qsizetype> listed;
    for (const ParsedRow &row : rows) {
        for (const qsizetype match : index.rowsOf(row.key.toCaseFolded()))
            listed.insert(match);
    }
    if (!options.excludedRows.isEmpty()) {
        Options all = options;
        all.excludedRows.clear();
        QList<RowError> ignored;
        for (const ParsedRow &row : parse(table, mapping, all, nullptr, &ignored)) {
            if (!options.excludedRows.contains(row.number))
                continue;
            for (const qsizetype match : index.rowsOf(row.key.toCaseFolded()))
                listed.insert(match);
        }
    }

    const auto deprovision = [&](const UserRecord &user, const QString &why) {
        if (isProtected(user)) {
            result.notes.append(
                tr("%1 is a protected account: it is not deprovisioned.").arg(user.userName()));
            ++result.unchanged;
            return;
        }
        const QJsonObject before = user.toPlanningResource(catalog);
        if (options.deleteOnDeprovision) {
            builder.deleteUser(before, why);
            ++result.remove;
            return;
        }
        if (!m_capabilities.patch) {
            result.notes.append(tr("%1 is not deactivated: the service does not accept PATCH, "
                                   "and a PUT would replace the whole user.")
                                    .arg(user.userName()));
            ++result.unchanged;
            return;
        }
        bool changes = user.isActive();
        if (user.isActive())
            builder.deactivate(before, why);
        if (options.revokeLicences) {
            for (int i = 0; i < catalog.names.size(); ++i) {
                if (user.hasLicence(i)) {
                    builder.setLicence(before, catalog.names.at(i), false);
                    changes = true;
                }
            }
        }
        if (user.isActive())
            ++result.deactivate;
        else if (changes)
            ++result.update;
        else
            ++result.unchanged;
    };

    for (const ParsedRow &row : rows) {
        if (!row.valid)
            continue;
        const QList<qsizetype> matches = index.rowsOf(row.key.toCaseFolded());
        if (matches.size() > 1) {
            QStringList names;
            for (const qsizetype match : matches)
                names.append(users.at(match).userName());
            result.errors.append(
                {row.number,
                 tr("%1 matches %2 users on the service (%3): match by user name, or "
                    "make it unique on the service.")
                     .arg(row.key)
                     .arg(matches.size())
                     .arg(names.join(QStringLiteral(", ")))});
            ++result.invalidRows;
            continue;
        }
        const UserRecord *user = matches.isEmpty() ? nullptr : &users.at(matches.first());

        if (options.mode == Mode::Deprovision) {
            if (user) {
                deprovision(*user, tr("row %1").arg(row.number));
            } else {
                result.notes.append(tr("Row %1: %2 is not on the service; nothing to do.")
                                        .arg(row.number)
                                        .arg(row.key));
                ++result.unchanged;
            }
            continue;
        }

        if (!user) {
            if (row.userName.isEmpty()) {
                result.errors.append({row.number, tr("no userName: a new user needs one.")});
                ++result.invalidRows;
                continue;
            }
            QJsonObject resource {{QStringLiteral("userName"), row.userName},
                                  {QStringLiteral("active"), row.active.value_or(true)}};
            QJsonArray schemas {CoreUserSchema};
            for (const auto &[attribute, value] : row.values) {
                setPath(resource, attribute, value);
                if (attribute.startsWith(ImportMapping::EnterpriseUrn)
                    && !schemas.contains(QString::fromUtf16(ImportMapping::EnterpriseUrn)))
                    schemas.append(QString::fromUtf16(ImportMapping::EnterpriseUrn));
            }
            for (const auto &[licence, value] : row.licences)
                setPath(resource,
                        m_capabilities.licenceSchema + QStringLiteral(":productLicenses.")
                            + catalog.names.value(licence),
                        value);
            if (!row.licences.isEmpty())
                schemas.append(m_capabilities.licenceSchema);
            resource.insert(QStringLiteral("schemas"), schemas);
            const QString created = builder.createUser(resource, tr("row %1").arg(row.number));
            for (const QString &groupId : row.groupIds)
                builder.addToGroup(groups.at(groupRow.value(groupId)).toResource(), created,
                                   row.userName);
            ++result.create;
            continue;
        }

        // Compare on the record first: most rows of a large file change nothing.
        bool differs = false;
        for (const auto &[attribute, value] : row.values) {
            const UserRecord::Field field = fieldOf(attribute);
            if (currentValue(*user, field).compare(value, caseOf(field)) != 0)
                differs = true;
        }
        for (const auto &[licence, value] : row.licences)
            differs = differs || user->hasLicence(licence) != value;
        // Listed means active, unless an Active column says otherwise (empty: as it is).
        const bool reactivate = !user->isActive() && row.active.value_or(!activeMapped);
        const bool deactivate = user->isActive() && row.active == false;
        if (deactivate && isProtected(*user)) {
            result.errors.append({row.number,
                                  tr("%1 is a protected account: it is never "
                                     "deactivated.")
                                      .arg(user->userName())});
            ++result.invalidRows;
            continue;
        }
        if ((differs || reactivate || deactivate) && !m_capabilities.patch) {
            // Without PATCH an update is a PUT of the whole user, and the directory here holds
            // only the attributes the console keeps: the rest would be wiped.
            result.errors.append({row.number,
                                  tr("%1 differs, but the service does not accept PATCH, and a PUT "
                                     "would replace attributes the file does not hold.")
                                      .arg(user->userName())});
            ++result.invalidRows;
            continue;
        }
        bool joins = false;
        for (const QString &groupId : row.groupIds) {
            const GroupRecord &group = groups.at(groupRow.value(groupId));
            if (!group.memberIds.contains(user->id())) {
                builder.addToGroup(group.toResource(), user->id(), user->userName());
                joins = true;
            }
        }
        if (differs || reactivate || deactivate) {
            const QJsonObject before = user->toResource(catalog);
            QJsonObject after = before;
            for (const auto &[attribute, value] : row.values) {
                const UserRecord::Field field = fieldOf(attribute);
                if (currentValue(*user, field).compare(value, caseOf(field)) == 0)
                    continue; // as it is (an address in other letters too): leave it
                setPath(after, attribute, value);
            }
            for (const auto &[licence, value] : row.licences)
                setPath(after,
                        m_capabilities.licenceSchema + QStringLiteral(":productLicenses.")
                            + catalog.names.value(licence),
                        value);
            if (reactivate)
                after.insert(QStringLiteral("active"), true);
            if (deactivate)
                after.insert(QStringLiteral("active"), false);
            if (after != before)
                builder.updateUser(before, after, tr("row %1").arg(row.number));
        }
        if (reactivate)
            ++result.reactivate;
        else if (deactivate)
            ++result.deactivate;
        else if (differs || joins)
            ++result.update;
        else
            ++result.unchanged;
    }

    if (options.mode == Mode::Sync) {
        // The file is the whole list: who is active and not in it loses access.
        for (qsizetype i = 0; i < users.size(); ++i) {
            const UserRecord &user = users.at(i);
            if (!listed.contains(i) && user.isActive())
                deprovision(user, tr("not in the file"));
        }
    }
    std::sort(result.errors.begin(), result.errors.end(),
              [](const RowError &a, const RowError &b) { return a.row < b.row; });
    result.plan = builder.plan();
    result.plan.source = options.source;
    return result;
}

QString ImportPlanner::Result::summary() const
{
    QStringList parts;
    parts << tr("%L1 to create").arg(create) << tr("%L1 to update").arg(update)
          << tr("%L1 to reactivate").arg(reactivate) << tr("%L1 to deactivate").arg(deactivate);
    if (remove > 0)
        parts << tr("%L1 to delete").arg(remove);
    parts << tr("%L1 unchanged").arg(unchanged)
          << (invalidRows == 1 ? tr("1 row with errors")
                               : tr("%L1 rows with errors").arg(invalidRows));
    return parts.join(QStringLiteral(", "));
}

QJsonObject ImportPlanner::Result::summaryJson() const
{
    return {{QStringLiteral("create"), create},          {QStringLiteral("update"), update},
            {QStringLiteral("reactivate"), reactivate},  {QStringLiteral("deactivate"), deactivate},
            {QStringLiteral("delete"), remove},          {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("invalidRows"), invalidRows}};
}

} // namespace ScimDesk
