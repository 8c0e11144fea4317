#include "ImportPlanner.h"

#include "ImportRowParser.h"
#include "NewUserBody.h"
#include "PlanBuilder.h"
#include "directory/GroupModels.h"
#include "directory/UserStore.h"
#include "scim/Filter.h"
#include "scim/Schemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

namespace ScimDesk {

namespace {

// What the record holds for a file's attribute. The work email is the user's one work
// address, else the address shown.
QString currentValue(const UserRecord &user, const UserAttribute *attribute)
{
    if (!attribute)
        return {};
    if (attribute->id == UserAttribute::Email) {
        const QString work = user.workEmail();
        return work.isEmpty() ? user.field(UserRecord::Email) : work;
    }
    return user.value(*attribute);
}

// Addresses and user names compare without regard to case.
Qt::CaseSensitivity caseOf(const UserAttribute *attribute)
{
    return attribute
            && (attribute->id == UserAttribute::Email || attribute->id == UserAttribute::UserName)
        ? Qt::CaseInsensitive
        : Qt::CaseSensitive;
}

// The value differs from what the record holds (an address in other letters does not).
bool differsFrom(const UserRecord &user, const QString &path, const QString &value)
{
    const UserAttribute *attribute = UserAttributes::byPath(path);
    return currentValue(user, attribute).compare(value, caseOf(attribute)) != 0;
}

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

UserIndex indexUsers(const UserStore &users, MatchKey match)
{
    const UserAttribute &attribute = UserAttributes::forMatch(match);
    UserIndex index;
    index.unique.reserve(users.size());
    for (qsizetype row = 0; row < users.size(); ++row) {
        const QString key = users.at(row).value(attribute).toCaseFolded();
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

void sortByRow(QList<ImportPlanner::RowError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const auto &a, const auto &b) { return a.row < b.row; });
}

} // namespace

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

std::optional<bool> ImportPlanner::parseFlag(const QString &cell, bool *understood)
{
    *understood = true;
    const QString value = cell.trimmed().toLower();
    if (value.isEmpty())
        return std::nullopt;
    // With the words German, French, Spanish and Dutch HR files use.
    static const QStringList yes
        = {QStringLiteral("yes"),  QStringLiteral("y"),   QStringLiteral("true"),
           QStringLiteral("1"),    QStringLiteral("x"),   QStringLiteral("ja"),
           QStringLiteral("oui"),  QStringLiteral("si"),  QStringLiteral("s\u00ed"),
           QStringLiteral("wahr"), QStringLiteral("vrai")};
    static const QStringList no
        = {QStringLiteral("no"),  QStringLiteral("n"),      QStringLiteral("false"),
           QStringLiteral("0"),   QStringLiteral("nein"),   QStringLiteral("non"),
           QStringLiteral("nee"), QStringLiteral("falsch"), QStringLiteral("faux")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    *understood = false;
    return std::nullopt;
}

QList<ImportPlanner::ParsedRow> ImportPlanner::parse(const CsvTable &table,
                                                     const ImportMapping &mapping,
                                                     const Options &options,
                                                     const QList<GroupRecord> *groups) const
{
    const RowParser parser(m_profile, m_capabilities, table, mapping, options.match, groups);
    QList<ParsedRow> rows;
    rows.reserve(table.rows.size());
    // Folded key -> index into rows, of rows planned; a key on several rows goes to `repeated`
    // with all of them. Most keys are on one row: no list for each.
    QHash<QString, int> rowByKey;
    rowByKey.reserve(table.rows.size());
    QHash<QString, QList<int>> repeated;
    for (const CsvTable::Row &source : table.rows) {
        ParsedRow row = parser.parse(source);
        row.excluded = options.excludedRows.contains(source.number);
        if (!row.excluded && !row.key.isEmpty()) {
            const int index = int(rows.size());
            const QString folded = row.key.toCaseFolded();
            if (const auto first = rowByKey.constFind(folded); first == rowByKey.cend())
                rowByKey.insert(folded, index);
            else if (const auto more = repeated.find(folded); more != repeated.end())
                more->append(index);
            else
                repeated.insert(folded, {*first, index});
        }
        rows.append(std::move(row));
    }
    // A key on several rows makes the file ambiguous: every one of them is an error.
    for (const QList<int> &indexes : std::as_const(repeated)) {
        QStringList numbers;
        for (const int index : indexes)
            numbers.append(QString::number(rows.at(index).number));
        for (const int index : indexes) {
            ParsedRow &row = rows[index];
            row.errors.append(tr("%1 \"%2\" appears on rows %3: the file is ambiguous. "
                                 "Keep one row.")
                                  .arg(parser.keyName(), row.key, numbers.join(u", ")));
        }
    }
    return rows;
}

QString ImportPlanner::lookupFilter(const QString &key, MatchKey match) const
{
    return Filter::eq(UserAttributes::forMatch(match).filterPath, key);
}

QStringList ImportPlanner::unmatchedKeys(const CsvTable &table, const ImportMapping &mapping,
                                         const Options &options, const UserStore &users) const
{
    const UserIndex index = indexUsers(users, options.match);
    QStringList keys;
    for (const ParsedRow &row : parse(table, mapping, options, nullptr)) {
        if (!row.excluded && row.valid() && !index.contains(row.key.toCaseFolded()))
            keys.append(row.key);
    }
    return keys;
}

// One plan(): the users by key, the builder, the counts.
class ImportPlanner::Run
{
public:
    Run(const ImportPlanner &planner, const Options &options, const UserStore &users,
        const QList<GroupRecord> &groups, bool activeMapped)
        : m_profile(planner.m_profile)
        , m_capabilities(planner.m_capabilities)
        , m_options(options)
        , m_users(users)
        , m_groups(groups)
        , m_catalog(users.licences())
        , m_index(indexUsers(users, options.match))
        , m_builder(planner.m_profile, planner.m_capabilities)
        , m_activeMapped(activeMapped)
    {
        QList<QJsonObject> resources;
        for (int i = 0; i < groups.size(); ++i) {
            m_groupRow.insert(groups.at(i).id, i);
            resources.append(groups.at(i).toResource());
        }
        m_builder.setGroups(resources);
        if (options.licenceHistory)
            m_builder.setLicenceHistory(*options.licenceHistory);
    }

    Result &result() { return m_result; }

    // Room for a change (and an operation) per row: a large file's lists do not grow by
    // copying.
    void reserve(qsizetype rows)
    {
        m_builder.reserve(rows);
        if (m_options.queueOperations)
            m_result.queued.operations.reserve(rows);
    }

    void fail(int row, const QString &message)
    {
        m_result.errors.append({row, message});
        ++m_result.invalidRows;
    }

    void planRow(const ParsedRow &row)
    {
        const QList<qsizetype> matches = m_index.rowsOf(row.key.toCaseFolded());
        if (matches.size() > 1) {
            QStringList names;
            for (const qsizetype match : matches)
                names.append(m_users.at(match).userName());
            fail(row.number,
                 tr("%1 matches %2 users on the service (%3): match by user name, or make it "
                    "unique on the service.")
                     .arg(row.key)
                     .arg(matches.size())
                     .arg(names.join(QStringLiteral(", "))));
            return;
        }
        const UserRecord *user = matches.isEmpty() ? nullptr : &m_users.at(matches.first());
        if (m_options.mode == Mode::Deprovision)
            deprovisionRow(row, user);
        else if (!user)
            create(row);
        else
            update(row, *user);
    }

    // Sync: the file is the whole list; who is active and not named in it loses access.
    void deprovisionMissing(const QList<ParsedRow> &rows)
    {
        QSet<qsizetype> listed; // on valid rows, rows with errors and rows left out alike
        for (const ParsedRow &row : rows) {
            for (const qsizetype match : m_index.rowsOf(row.key.toCaseFolded()))
                listed.insert(match);
        }
        for (qsizetype i = 0; i < m_users.size(); ++i) {
            const UserRecord &user = m_users.at(i);
            if (!listed.contains(i) && user.isActive())
                deprovision(user, tr("not in the file"));
        }
    }

    Result finish()
    {
        // What the rows' checks cannot know (they check licence groups by name already).
        for (const QString &problem : m_builder.problems())
            m_result.errors.append({0, problem});
        m_result.invalidRows += m_builder.problems().isEmpty() ? 0 : 1;
        m_result.notes += m_builder.notes();
        sortByRow(m_result.errors);
        m_result.plan = m_builder.takePlan();
        m_result.plan.source = m_options.source;
        m_result.queued.fileName = m_fileName;
        m_result.queued.licenceNames = m_catalog.names;
        return std::move(m_result);
    }

private:
    using Op = QueuedOperation;

    QString fileName() const
    {
        return m_options.source.startsWith(u"csv:") ? m_options.source.mid(4) : m_options.source;
    }

    // What the builder is asked, as the console's queue keeps it (see ChangeQueue); when the
    // queue is not wanted, an operation that is dropped.
    Op &queue(Op::Kind kind, const UserRecord *user, const QString &why = {})
    {
        if (!m_options.queueOperations) {
            m_unqueued = {};
            return m_unqueued;
        }
        Op operation;
        operation.kind = kind;
        if (user) {
            operation.userId = user->id();
            operation.userName = user->userName();
        }
        operation.why = why;
        operation.source = m_fileName;
        m_result.queued.operations.append(std::move(operation));
        return m_result.queued.operations.last();
    }

    void queueLicence(const UserRecord &user, int licence, bool granted)
    {
        queue(granted ? Op::Kind::GrantLicence : Op::Kind::RevokeLicence, &user).licence
            = m_catalog.names.at(licence);
    }

    bool isProtected(const UserRecord &user) const
    {
        for (const QString &account : m_profile.protectedAccounts) {
            if (user.userName().compare(account, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    // Every licence a row's cells can name (RowParser: an index into the service's names).
    QStringList licencePaths() const
    {
        QStringList paths;
        for (int licence = 0; licence < m_capabilities.licenceNames.size(); ++licence)
            paths.append(licencePath(licence));
        return paths;
    }

    QString licencePath(int licence) const
    {
        return m_capabilities.licenceSchema + QStringLiteral(":productLicenses.")
            + m_catalog.names.value(licence);
    }

    void deprovisionRow(const ParsedRow &row, const UserRecord *user)
    {
        if (user) {
            deprovision(*user, tr("row %1").arg(row.number));
            return;
        }
        m_result.notes.append(
            tr("Row %1: %2 is not on the service; nothing to do.").arg(row.number).arg(row.key));
        ++m_result.unchanged;
    }

    void deprovision(const UserRecord &user, const QString &why)
    {
        if (isProtected(user)) {
            m_result.notes.append(
                tr("%1 is a protected account: it is not deprovisioned.").arg(user.userName()));
            ++m_result.unchanged;
            return;
        }
        const QJsonObject before = user.toPlanningResource(m_catalog);
        if (m_options.deleteOnDeprovision) {
            m_builder.deleteUser(before, why, user.toResource(m_catalog));
            queue(Op::Kind::DeleteUser, &user, why);
            ++m_result.remove;
            return;
        }
        if (!m_capabilities.patch) {
            m_result.notes.append(tr("%1 is not deactivated: the service does not accept PATCH, "
                                     "and a PUT would replace the whole user.")
                                      .arg(user.userName()));
            ++m_result.unchanged;
            return;
        }
        bool changes = user.isActive();
        if (user.isActive()) {
            m_builder.deactivate(before, why);
            queue(Op::Kind::Deactivate, &user, why);
        }
        if (m_options.revokeLicences) {
            for (int i = 0; i < m_catalog.names.size(); ++i) {
                if (user.hasLicence(i)) {
                    m_builder.setLicence(before, m_catalog.names.at(i), false);
                    queueLicence(user, i, false);
                    changes = true;
                }
            }
        }
        ++(user.isActive() ? m_result.deactivate : changes ? m_result.update : m_result.unchanged);
    }

    void create(const ParsedRow &row)
    {
        if (row.userName.isEmpty()) {
            fail(row.number, tr("no userName: a new user needs one."));
            return;
        }
        // Written as the body it becomes, without a QJsonObject: most of a large file's plan is
        // its new hires (see NewUserBody). Views of the row and of this run's strings.
        NewUserBody &user = m_newUser;
        user.clear();
        user.write(u"userName", row.userName);
        user.writeFlag(u"active", row.active.value_or(true));
        QVarLengthArray<QStringView, 3> schemas {QStringView(Schemas::CoreUser)};
        bool enterprise = false;
        for (const auto &[attribute, value] : row.values) {
            user.write(attribute, value);
            enterprise = enterprise || attribute.startsWith(m_enterprise);
        }
        if (enterprise)
            schemas.append(m_enterprise);
        for (const auto &[licence, value] : row.licences)
            user.writeFlag(m_licencePaths.at(licence), value);
        if (!row.licences.isEmpty())
            schemas.append(m_capabilities.licenceSchema);
        // A new user is shown by name, as other tools make them, unless the file names them.
        if (!user.contains(u"displayName")) {
            const QStringView given = user.text(u"name", u"givenName");
            const QStringView family = user.text(u"name", u"familyName");
            QString shown;
            shown.reserve(given.size() + 1 + family.size());
            shown.append(given).append(u' ').append(family);
            shown = std::move(shown).trimmed();
            if (!shown.isEmpty())
                user.write(u"displayName", user.keep(std::move(shown)));
        }
        user.setStrings(u"schemas", {schemas.constData(), size_t(schemas.size())});
        const QString why = tr("row %1").arg(row.number);
        const QString created = m_builder.createUser(user, why);
        for (const QString &groupId : row.groupIds)
            m_builder.addToGroup(m_groups.at(m_groupRow.value(groupId)).toResource(), created,
                                 row.userName);
        if (m_options.queueOperations) {
            Op &operation = queue(Op::Kind::Create, nullptr, why);
            operation.userName = row.userName;
            operation.values = queuedValues(user);
            operation.groupIds = row.groupIds;
        }
        ++m_result.create;
    }

    // The new user as the queue keeps it: its schemas and extensions shared (see shared()).
    QJsonObject queuedValues(const NewUserBody &user)
    {
        QJsonObject values = user.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.key() == u"schemas" || (it.key().startsWith(u"urn:") && it.value().isObject()))
                it.value() = shared(it.value());
        }
        return values;
    }

    // The new hires of one file mostly share their schemas and extension values (a department,
    // the licence flags): one copy of each serves every row that has it, so that a file of a
    // hundred thousand new hires does not hold a hundred thousand copies. Values that turn out
    // to be unique fill the table only up to a bound. Values are told apart by their hash and
    // contents, not written out for it. Only the queue's operations keep them: a plan keeps its
    // bodies as text.
    QJsonValue shared(const QJsonValue &value)
    {
        if (!m_options.queueOperations)
            return value;
        if (const auto known = m_shared.constFind(value); known != m_shared.cend())
            return *known;
        if (m_shared.size() < MaxShared)
            m_shared.insert(value);
        return value;
    }

    void update(const ParsedRow &row, const UserRecord &user)
    {
        // Compare on the record first: most rows of a large file change nothing.
        bool differs = false;
        for (const auto &[attribute, value] : row.values)
            differs = differs || differsFrom(user, attribute, value);
        for (const auto &[licence, value] : row.licences)
            differs = differs || user.hasLicence(licence) != value;
        // Listed means active, unless an Active column says otherwise (empty: as it is).
        const bool reactivate = !user.isActive() && row.active.value_or(!m_activeMapped);
        const bool deactivate = user.isActive() && row.active == false;
        if (deactivate && isProtected(user)) {
            fail(row.number,
                 tr("%1 is a protected account: it is never deactivated.").arg(user.userName()));
            return;
        }
        if ((differs || reactivate || deactivate) && !m_capabilities.patch) {
            // Without PATCH an update is a PUT of the whole user, and the directory here holds
            // only the attributes the console keeps: the rest would be wiped.
            fail(row.number,
                 tr("%1 differs, but the service does not accept PATCH, and a PUT would replace "
                    "attributes the file does not hold.")
                     .arg(user.userName()));
            return;
        }
        if (row.active.value_or(true)) { // the file keeps them, with these licences
            KeptUser kept;
            kept.row = row.number;
            for (const auto &[licence, value] : row.licences) {
                kept.licencesStated |= 1u << licence;
                kept.licencesHeld |= value ? 1u << licence : 0u;
            }
            m_result.queued.kept.insert(user.id(), kept);
        }
        const bool joins = joinGroups(row, user);
        if (differs || reactivate || deactivate)
            updateUser(row, user, reactivate, deactivate);
        ++(reactivate             ? m_result.reactivate
               : deactivate       ? m_result.deactivate
               : differs || joins ? m_result.update
                                  : m_result.unchanged);
    }

    bool joinGroups(const ParsedRow &row, const UserRecord &user)
    {
        bool joins = false;
        for (const QString &groupId : row.groupIds) {
            const GroupRecord &group = m_groups.at(m_groupRow.value(groupId));
            if (!group.memberIds.contains(user.id())) {
                m_builder.addToGroup(group.toResource(), user.id(), user.userName());
                queue(Op::Kind::AddToGroup, &user, tr("row %1").arg(row.number)).groupId = groupId;
                joins = true;
            }
        }
        return joins;
    }

    void updateUser(const ParsedRow &row, const UserRecord &user, bool reactivate, bool deactivate)
    {
        const QJsonObject before = user.toResource(m_catalog);
        const QString why = tr("row %1").arg(row.number);
        QJsonObject after = before;
        QJsonObject values; // what the queue keeps: the attributes the file changes
        for (const auto &[attribute, value] : row.values) {
            if (differsFrom(user, attribute, value)) { // as it is: leave it
                UserAttributes::write(after, attribute, value);
                values.insert(attribute, value);
            }
        }
        for (const auto &[licence, value] : row.licences)
            UserAttributes::write(after, licencePath(licence), value);
        if (reactivate || deactivate) {
            after.insert(QStringLiteral("active"), reactivate);
            values.insert(QStringLiteral("active"), reactivate);
        }
        if (after != before)
            m_builder.updateUser(before, after, why);
        QStringList said; // the file's licence cells win over what is restored
        for (const auto &[licence, value] : row.licences)
            said.append(m_catalog.names.at(licence));
        if (reactivate)
            m_builder.restoreLicences(before, said);
        if (!values.isEmpty() || reactivate) {
            Op &operation = queue(Op::Kind::Update, &user, why);
            operation.values = values;
            if (reactivate)
                operation.keepLicences = said;
        }
        for (const auto &[licence, value] : row.licences) {
            if (user.hasLicence(licence) != value)
                queueLicence(user, licence, value);
        }
    }

    const ConnectionProfile &m_profile;
    const ServiceCapabilities &m_capabilities;
    const Options &m_options;
    const UserStore &m_users;
    const QList<GroupRecord> &m_groups;
    const LicenceCatalog m_catalog;
    const UserIndex m_index;
    QHash<QString, int> m_groupRow; // group id -> index in m_groups
    PlanBuilder m_builder;
    bool m_activeMapped;
    Result m_result;
    static constexpr qsizetype MaxShared = 4096;
    QSet<QJsonValue> m_shared;
    const QString m_fileName = fileName(); // every operation's source, one string
    const QString m_enterprise = QString::fromUtf16(Schemas::EnterpriseUser);
    Op m_unqueued; // what queue() gives when operations are not kept
    NewUserBody m_newUser; // each create's, its room kept from one to the next
    QStringList m_licencePaths = licencePaths(); // by licence index
};

ImportPlanner::Result ImportPlanner::plan(CsvTable table, const ImportMapping &mapping,
                                          const Options &options, const UserStore &users,
                                          const QList<GroupRecord> &groups) const
{
    QList<ParsedRow> rows = parse(table, mapping, options, &groups);
    table.rows = {};
    Run run(*this, options, users, groups, mapping.columnOf(UserAttribute::Active) >= 0);
    Result &result = run.result();
    for (const ParsedRow &row : rows) {
        if (row.excluded)
            continue;
        for (const QString &message : row.errors)
            result.errors.append({row.number, message});
        result.invalidRows += row.valid() ? 0 : 1;
    }
    sortByRow(result.errors);
    result.notes = mapping.notes(table.header);
    if (!options.excludedRows.isEmpty())
        result.notes.append(
            tr("%Ln row(s) excluded by you.", nullptr, int(options.excludedRows.size())));

    run.reserve(rows.size());
    for (ParsedRow &row : rows) {
        if (!row.excluded && row.valid())
            run.planRow(row);
        row.values = {}; // planned: a large file's rows need not outlive their changes
    }
    if (options.mode == Mode::Sync)
        run.deprovisionMissing(rows);
    return run.finish();
}

QString ImportPlanner::Result::summary() const
{
    QStringList parts;
    parts << tr("%L1 to create").arg(create) << tr("%L1 to update").arg(update)
          << tr("%L1 to reactivate").arg(reactivate) << tr("%L1 to deactivate").arg(deactivate);
    if (remove > 0)
        parts << tr("%L1 to delete").arg(remove);
    parts << tr("%L1 unchanged").arg(unchanged)
          << tr("%Ln row(s) with errors", nullptr, invalidRows);
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
