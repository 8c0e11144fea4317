#include "PlanBuilder.h"

#include "NewUserBody.h"

#include "common/OsUser.h"
#include "connections/ConnectionProfile.h"
#include "scim/Filter.h"
#include "scim/Patch.h"
#include "scim/ResourceWriter.h"
#include "scim/Schemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ScimDesk {

namespace {

int phase(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::CreateGroup:
        return 0;
    case Change::Kind::CreateUser:
        return 1;
    case Change::Kind::TransferDocuments: // before the user's deprovisioning
    case Change::Kind::UpdateUser:
    case Change::Kind::Reactivate:
    case Change::Kind::GrantLicence:
    case Change::Kind::RevokeLicence:
        return 2;
    case Change::Kind::AddToGroup:
        return 3;
    case Change::Kind::RemoveFromGroup:
        return 4;
    case Change::Kind::Deactivate:
        return 5;
    case Change::Kind::DeleteUser:
        return 6;
    case Change::Kind::DeleteGroup:
        return 7;
    }
    return 2;
}

PlannedRequest planned(const ScimRequest &request)
{
    PlannedRequest out;
    out.method = request.method;
    out.path = request.path;
    // Compact JSON text already, as a plan keeps it; an empty object is no body.
    if (request.body != "{}")
        out.bodyJson = request.body;
    out.ifMatch = request.ifMatch;
    return out;
}

QString userNameOf(const QJsonObject &user)
{
    return user.value(u"userName").toString();
}

} // namespace

PlanBuilder::PlanBuilder(const ConnectionProfile &profile, ServiceCapabilities capabilities)
    : m_capabilities(std::move(capabilities))
    , m_usersEndpoint(m_capabilities.usersEndpoint.toUtf8())
    , m_groupsEndpoint(m_capabilities.groupsEndpoint.toUtf8())
    , m_lucid(profile.presetId == u"lucid")
{
    m_header.connectionName = profile.name;
    m_header.baseUrl = profile.baseUrl;
    m_header.presetId = profile.presetId;
    m_licencesByGroup = profile.licencesByGroup();
    m_deactivationRevokesLicences = profile.revokesLicencesOnDeactivation();
    m_licenceGroupNames = profile.licenceGroups;
    m_connectionName = profile.name;
    m_restSignedIn = profile.hasRestSignIn();
}

void PlanBuilder::setGroups(const QList<QJsonObject> &groups)
{
    m_licenceGroups.clear();
    if (!m_licencesByGroup)
        return;
    for (auto it = m_licenceGroupNames.cbegin(); it != m_licenceGroupNames.cend(); ++it) {
        const auto group = std::find_if(groups.cbegin(), groups.cend(), [&](const QJsonObject &g) {
            return g.value(u"displayName").toString() == it.value();
        });
        if (group != groups.cend())
            m_licenceGroups.insert(it.key(), *group);
    }
}

QStringList PlanBuilder::licencesHeld(const QJsonObject &user) const
{
    return licenceFlagsHeld(user, licenceSchema());
}

QStringList PlanBuilder::licenceFlagsHeld(const QJsonObject &user, const QString &licenceSchema)
{
    QStringList held;
    const QString schema
        = licenceSchema.isEmpty() ? QString::fromUtf16(Schemas::LucidUser) : licenceSchema;
    const QJsonObject licences = user.value(schema).toObject().value(u"productLicenses").toObject();
    for (auto it = licences.begin(); it != licences.end(); ++it) {
        if (it.value().toBool())
            held.append(it.key());
    }
    return held;
}

QString PlanBuilder::licenceSchema() const
{
    return m_capabilities.licenceSchema.isEmpty() ? QString::fromUtf16(Schemas::LucidUser)
                                                  : m_capabilities.licenceSchema;
}

void PlanBuilder::wantLicence(const QString &licence, const QString &key, const QString &userName,
                              bool granted, bool held)
{
    if (!m_licenceGroups.contains(licence)) {
        const QString group = m_licenceGroupNames.value(licence);
        const QString problem = group.isEmpty()
            ? tr("%1 cannot be granted or revoked: the connection \"%2\" gives licences by "
                 "group, and no group grants %1. Name one in Connection settings, or with "
                 "'scimdesk-cli connection set \"%2\" --licence-group \"%1=GROUP\"'.")
                  .arg(licence, m_connectionName)
            : tr("The group \"%1\" that grants %2 is not on the service (or not loaded): "
                 "check its name in the service's admin panel, and in Connection settings or "
                 "with 'scimdesk-cli connection set \"%3\" --licence-group \"%2=GROUP\"'.")
                  .arg(group, licence, m_connectionName);
        if (!m_problems.contains(problem))
            m_problems.append(problem);
        return;
    }
    if (const auto user = m_users.find(key);
        user != m_users.end() && user->groupRestorations.contains(licence)) {
        // Asked for in so many words: that wins over giving back what the user held.
        const QString restoration = user->groupRestorations.take(licence);
        user->restoreChangeIds.removeOne(restoration);
        removeChanges([&](const Change &c) { return c.id == restoration; });
    }
    LicenceWish &wish = m_licenceWishes[licence][key];
    wish.userName = userName;
    wish.granted = granted;
    wish.held = held;
    if (const Change *c = findChange(key); c && c->kind == Change::Kind::CreateUser)
        wish.dependency = c->id;
}

void PlanBuilder::routeLicences(const QString &userId, UserEntry &entry)
{
    const QString schema = licenceSchema();
    const QJsonObject before
        = entry.before.value(schema).toObject().value(u"productLicenses").toObject();
    QJsonObject extension = entry.after.value(schema).toObject();
    QJsonObject after = extension.value(u"productLicenses").toObject();
    for (auto it = after.begin(); it != after.end(); ++it) {
        const bool held = before.value(it.key()).toBool();
        if (it.value().toBool() != held) {
            wantLicence(it.key(), userId, userNameOf(entry.before), it.value().toBool(), held);
            it.value() = before.value(it.key()); // the membership carries it, not the flag
        }
    }
    for (auto it = after.begin(); it != after.end();)
        it = it.value().isUndefined() ? after.erase(it) : std::next(it);
    if (after.isEmpty() && !entry.before.value(schema).toObject().contains(u"productLicenses"))
        extension.remove(QStringLiteral("productLicenses"));
    else
        extension.insert(QStringLiteral("productLicenses"), after);
    if (extension.isEmpty() && !entry.before.contains(schema))
        entry.after.remove(schema);
    else
        entry.after.insert(schema, extension);
}

QStringList PlanBuilder::notes() const
{
    QStringList notes = m_notes;
    for (auto licence = m_licenceWishes.cbegin(); licence != m_licenceWishes.cend(); ++licence) {
        const QJsonObject group = m_licenceGroups.value(licence.key());
        QSet<QString> members;
        for (const QJsonValue &member : group.value(u"members").toArray())
            members.insert(member.toObject().value(u"value").toString());
        for (auto wish = licence->cbegin(); wish != licence->cend(); ++wish) {
            if (!wish->granted && wish->held && !members.contains(wish.key()))
                notes.append(tr("%1 holds %2 but is not in the group \"%3\": leaving the group "
                                "cannot take %2 away (it was granted another way). Revoke it in "
                                "the service's admin panel.")
                                 .arg(wish->userName, licence.key(),
                                      group.value(u"displayName").toString()));
        }
    }
    return notes;
}

QList<Change> PlanBuilder::licenceGroupChanges() const
{
    QList<Change> changes;
    int counter = 0;
    for (auto licence = m_licenceWishes.cbegin(); licence != m_licenceWishes.cend(); ++licence) {
        const QJsonObject group = m_licenceGroups.value(licence.key());
        QSet<QString> members;
        for (const QJsonValue &member : group.value(u"members").toArray())
            members.insert(member.toObject().value(u"value").toString());
        for (const bool granted : {true, false}) {
            // Who joins (or leaves), in batches the service takes in one request.
            QList<std::pair<QString, LicenceWish>> batch;
            const auto flush = [&] {
                if (batch.isEmpty())
                    return;
                QStringList intents;
                QJsonArray shown;
                QJsonArray operations;
                QJsonArray added;
                QStringList dependencies;
                for (const auto &[key, wish] : std::as_const(batch)) {
                    const QString value
                        = wish.dependency.isEmpty() ? key : placeholderFor(wish.dependency);
                    intents.append(granted
                                       ? tr("grant %1 to %2").arg(licence.key(), wish.userName)
                                       : tr("revoke %1 from %2").arg(licence.key(), wish.userName));
                    shown.append(QJsonObject {{QStringLiteral("value"), value},
                                              {QStringLiteral("display"), wish.userName}});
                    if (!wish.dependency.isEmpty())
                        dependencies.append(wish.dependency);
                    if (granted)
                        added.append(QJsonObject {{QStringLiteral("value"), value}});
                    else
                        operations.append(QJsonObject {
                            {QStringLiteral("op"), QStringLiteral("remove")},
                            {QStringLiteral("path"),
                             QStringLiteral("members[value eq %1]").arg(Filter::quote(value))}});
                }
                if (granted)
                    operations.append(
                        QJsonObject {{QStringLiteral("op"), QStringLiteral("add")},
                                     {QStringLiteral("path"), QStringLiteral("members")},
                                     {QStringLiteral("value"), added}});
                Change change = membershipChange(granted ? Change::Kind::AddToGroup
                                                         : Change::Kind::RemoveFromGroup,
                                                 group, intents, operations);
                change.id = QStringLiteral("g%1").arg(++counter, 4, 10, QLatin1Char('0'));
                change.licence = licence.key();
                change.dependsOn = dependencies;
                change.addAttribute({QStringLiteral("members"),
                                     granted ? QJsonValue(QJsonValue::Undefined) : shown,
                                     granted ? QJsonValue(shown) : QJsonValue::Undefined});
                changes.append(change);
                batch.clear();
            };
            for (auto wish = licence->cbegin(); wish != licence->cend(); ++wish) {
                const bool member = members.contains(wish.key());
                if (wish->granted != granted || member == granted)
                    continue; // asked for the other way, or already so
                batch.append({wish.key(), *wish});
                if (batch.size() == MembersPerRequest)
                    flush();
            }
            flush();
        }
    }
    return changes;
}

Change PlanBuilder::membershipChange(Change::Kind kind, const QJsonObject &group,
                                     const QStringList &intents, const QJsonArray &operations) const
{
    Change change;
    change.kind = kind;
    change.intents = intents;
    change.resourceType = QStringLiteral("Group");
    change.targetId = group.value(u"id").toString();
    change.targetName = group.value(u"displayName").toString();
    change.request.method = "PATCH";
    change.request.path = m_groupsEndpoint + '/' + QUrl::toPercentEncoding(change.targetId);
    change.request.setBody(
        QJsonObject {{QStringLiteral("schemas"), QJsonArray {QString::fromUtf16(Schemas::PatchOp)}},
                     {QStringLiteral("Operations"), operations}});
    // Membership changes do not carry If-Match: a group changes whenever anyone joins, and an
    // add or remove of one member is safe whatever else changed.
    return change;
}

QString PlanBuilder::nextId()
{
    return QStringLiteral("c%1").arg(++m_counter, 4, 10, QLatin1Char('0'));
}

QString PlanBuilder::placeholderFor(const QString &changeId)
{
    return QStringLiteral("${created:%1}").arg(changeId);
}

QByteArray PlanBuilder::withCreatedId(QByteArray json, const QString &dependencyId,
                                      const QString &createdId)
{
    // ["id"] -> id, escaped as JSON wants it inside a string.
    const QByteArray escaped
        = QJsonDocument(QJsonArray {createdId}).toJson(QJsonDocument::Compact).mid(2).chopped(2);
    return json.replace(placeholderFor(dependencyId).toUtf8(), escaped);
}

void PlanBuilder::resolveCreated(Change &change, const QString &dependencyId,
                                 const QString &createdId)
{
    if (!change.dependsOn.removeOne(dependencyId))
        return;
    const auto resolved = [&](const QJsonValue &value) {
        if (value.isUndefined())
            return value;
        const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QJsonDocument::fromJson(withCreatedId(json, dependencyId, createdId))
            .array()
            .first();
    };
    const bool fromBody = change.hasAttributesFromBody();
    QList<AttributeChange> attributes = fromBody ? QList<AttributeChange>() : change.attributes();
    change.request.bodyJson = withCreatedId(change.request.bodyJson, dependencyId, createdId);
    change.request.path.replace(placeholderFor(dependencyId).toUtf8(),
                                QUrl::toPercentEncoding(createdId));
    if (fromBody)
        return; // read from the body, resolved with it
    for (AttributeChange &attribute : attributes) {
        attribute.before = resolved(attribute.before);
        attribute.after = resolved(attribute.after);
    }
    change.setAttributes(std::move(attributes));
}

Change &PlanBuilder::changeById(const QString &id)
{
    Change *change = findChange(id);
    Q_ASSERT(change);
    return *change;
}

Change *PlanBuilder::findChange(const QString &id)
{
    // Changes are added at the end and only rarely removed: what was added since the last call
    // is indexed, and a removal (which moves those after it) makes it start again.
    for (; m_indexed < m_changes.size(); ++m_indexed)
        m_changeIndex.insert(m_changes.at(m_indexed).id, m_indexed);
    const auto at = m_changeIndex.constFind(id);
    return at == m_changeIndex.cend() ? nullptr : &m_changes[*at];
}

void PlanBuilder::removeChanges(const std::function<bool(const Change &)> &matches)
{
    if (m_changes.removeIf(matches) > 0) {
        m_changeIndex.clear();
        m_indexed = 0;
    }
}

QString PlanBuilder::licenceWarning() const
{
    if (!m_lucid)
        return {};
    return tr("Lucid accepts licence changes but ignores them when organisational groups are "
              "enabled; ScimDesk reads the user back to check.");
}

void PlanBuilder::modifyUser(const QJsonObject &user, const QString &intent,
                             const std::function<void(QJsonObject &)> &edit)
{
    const QString id = user.value(u"id").toString();
    if (id.isEmpty())
        return;
    auto it = m_users.find(id);
    if (it == m_users.end()) {
        UserEntry entry;
        entry.before = user;
        entry.after = user;
        it = m_users.insert(id, entry);
    }
    if (it->deleted)
        return; // a delete supersedes every other change to the user
    edit(it->after);
    if (m_licencesByGroup)
        routeLicences(id, *it);
    if (it->changeId.isEmpty()) {
        Change change;
        change.id = nextId();
        change.resourceType = QStringLiteral("User");
        change.targetId = id;
        change.targetName = userNameOf(user);
        m_changes.append(change);
        it->changeId = change.id;
    }
    QStringList &intents = m_intents[it->changeId];
    if (!intents.contains(intent))
        intents.append(intent);
    rebuildUserChange(*it);
}

void PlanBuilder::rebuildUserChange(UserEntry &entry)
{
    Change &change = changeById(entry.changeId);
    change.intents = m_intents.value(entry.changeId);
    const QList<Patch::Operation> operations = Patch::diff(entry.before, entry.after);
    change.setAttributes({});
    bool licences = false;
    for (const Patch::Operation &operation : operations) {
        change.addAttribute({operation.path, Patch::valueAt(entry.before, operation.path),
                             operation.op == Patch::Operation::Op::Remove
                                 ? QJsonValue(QJsonValue::Undefined)
                                 : operation.value});
        licences = licences || operation.path.contains(u":productLicenses.");
    }

    // The kind says what matters most about the change.
    const bool wasActive = entry.before.value(u"active").toBool(true);
    const bool isActive = entry.after.value(u"active").toBool(true);
    if (wasActive && !isActive)
        change.kind = Change::Kind::Deactivate;
    else if (!wasActive && isActive)
        change.kind = Change::Kind::Reactivate;
    else if (licences && operations.size() == 1)
        change.kind = operations.first().value.toBool() ? Change::Kind::GrantLicence
                                                        : Change::Kind::RevokeLicence;
    else
        change.kind = Change::Kind::UpdateUser;
    QStringList warnings;
    change.licencesHeld
        = change.kind == Change::Kind::Deactivate ? licencesHeld(entry.before) : QStringList();
    change.licencesLost = m_deactivationRevokesLicences ? change.licencesHeld : QStringList();
    if (!change.licencesLost.isEmpty())
        warnings.append(tr("Deactivating takes away the user's licences: %1.")
                            .arg(change.licencesLost.join(QStringLiteral(", "))));
    if (change.kind == Change::Kind::Reactivate && entry.licencesUnknown)
        warnings.append(tr("ScimDesk has no record of the licences this user held before they "
                           "were deactivated, so none are given back: grant them if needed."));
    if (licences && !m_licencesByGroup)
        warnings.append(licenceWarning());
    change.warning = warnings.join(u' ');

    const ResourceWriter writer(nullptr, m_capabilities); // builds requests; sends nothing
    if (m_capabilities.patch) {
        change.request = planned(writer.patchRequest(
            m_usersEndpoint, change.targetId, ResourceWriter::versionOf(entry.before), operations));
    } else {
        QJsonObject full = entry.after;
        change.request = planned(writer.replaceRequest(m_usersEndpoint, full));
    }
    if (operations.isEmpty()) {
        // Asked for what is already so: nothing to send (nor a restoration to follow it).
        removeChanges([&](const Change &c) { return c.id == entry.changeId; });
        m_intents.remove(entry.changeId);
        entry.changeId.clear();
        dropRestorations(entry);
    }
}

void PlanBuilder::deactivate(const QJsonObject &user, const QString &why)
{
    modifyUser(user, why.isEmpty() ? tr("deactivate") : tr("deactivate (%1)").arg(why),
               [](QJsonObject &u) { u.insert(QStringLiteral("active"), false); });
}

void PlanBuilder::setLicenceHistory(const QHash<QString, QStringList> &licencesAtDeactivation)
{
    m_licenceHistory = licencesAtDeactivation;
}

void PlanBuilder::reactivate(const QJsonObject &user)
{
    modifyUser(user, tr("reactivate"),
               [](QJsonObject &u) { u.insert(QStringLiteral("active"), true); });
    restoreLicences(user);
}

void PlanBuilder::restoreLicences(const QJsonObject &user, const QStringList &except)
{
    const QString id = user.value(u"id").toString();
    if (!m_licenceHistory || user.value(u"active").toBool(true) || !m_users.contains(id))
        return;
    UserEntry &entry = m_users[id];
    dropRestorations(entry);
    const auto held = m_licenceHistory->constFind(id);
    if (held == m_licenceHistory->cend()) {
        entry.licencesUnknown = true;
        if (!entry.changeId.isEmpty())
            rebuildUserChange(entry);
        return;
    }
    // What the deactivation took away comes back after the reactivation; what the user still
    // holds needs nothing.
    const QStringList holds = licencesHeld(user);
    QStringList restored;
    for (const QString &licence : *held) {
        if (except.contains(licence) || holds.contains(licence))
            continue;
        if (!m_licencesByGroup) {
            restored.append(licence);
            continue;
        }
        if (!m_licenceGroups.contains(licence)) {
            // Not the admin's request: say so rather than stop the plan.
            m_notes.append(tr("%1 held %2 before being deactivated, but no group on the service "
                              "grants it, so it is not given back: grant it in the service's "
                              "admin panel.")
                               .arg(userNameOf(user), licence));
            continue;
        }
        if (m_licenceWishes.value(licence).contains(id))
            continue; // the admin asked for this licence in so many words
        const QJsonObject &group = m_licenceGroups[licence];
        const QJsonArray members = group.value(u"members").toArray();
        const bool member = std::any_of(members.begin(), members.end(), [&](const QJsonValue &m) {
            return m.toObject().value(u"value").toString() == id;
        });
        if (member) {
            // Still in the group: the service gives the licence back with the reactivation.
            QStringList &intents = m_intents[entry.changeId];
            const QString intent = tr("%1 comes back with the group \"%2\"")
                                       .arg(licence, group.value(u"displayName").toString());
            if (!intents.contains(intent))
                intents.append(intent);
            changeById(entry.changeId).intents = intents;
            continue;
        }
        addGroupRestoration(entry, licence);
    }
    if (!restored.isEmpty())
        addRestoration(entry, restored);
}

void PlanBuilder::dropRestorations(UserEntry &entry)
{
    removeChanges([&](const Change &c) { return entry.restoreChangeIds.contains(c.id); });
    entry.restoreChangeIds.clear();
    entry.groupRestorations.clear();
}

void PlanBuilder::addGroupRestoration(UserEntry &entry, const QString &licence)
{
    // A change of its own per user and group, after the reactivation, rather than a part of the
    // licence group's merged change: the admin can leave out each restoration.
    const QString id = entry.before.value(u"id").toString();
    const QJsonObject &group = m_licenceGroups[licence];
    const QJsonArray operations {QJsonObject {
        {QStringLiteral("op"), QStringLiteral("add")},
        {QStringLiteral("path"), QStringLiteral("members")},
        {QStringLiteral("value"), QJsonArray {QJsonObject {{QStringLiteral("value"), id}}}}}};
    Change change = membershipChange(Change::Kind::AddToGroup, group,
                                     {tr("restore %1 to %2 (held before the deactivation)")
                                          .arg(licence, userNameOf(entry.before))},
                                     operations);
    change.id = nextId();
    change.licence = licence;
    change.dependsOn = {entry.changeId};
    change.addAttribute(
        {QStringLiteral("members"), QJsonValue::Undefined,
         QJsonArray {QJsonObject {{QStringLiteral("value"), id},
                                  {QStringLiteral("display"), userNameOf(entry.before)}}}});
    entry.restoreChangeIds.append(change.id);
    entry.groupRestorations.insert(licence, change.id);
    m_changes.append(change);
}

void PlanBuilder::addRestoration(UserEntry &entry, const QStringList &licences)
{
    // A change of its own, after the reactivation: the admin can leave it out, and the service
    // sees an active user when the licences arrive.
    const QString id = entry.before.value(u"id").toString();
    Change change;
    change.id = nextId();
    change.kind = Change::Kind::GrantLicence;
    change.intents = {
        tr("restore %1 (held before the deactivation)").arg(licences.join(QStringLiteral(", ")))};
    change.resourceType = QStringLiteral("User");
    change.targetId = id;
    change.targetName = userNameOf(entry.before);
    change.dependsOn = {entry.changeId};
    QList<Patch::Operation> operations;
    for (const QString &licence : licences) {
        const QString path = licenceSchema() + QStringLiteral(":productLicenses.") + licence;
        operations.append({Patch::Operation::Op::Replace, path, true});
        change.addAttribute({path, Patch::valueAt(entry.before, path), true});
    }
    // No If-Match: the reactivation just before it changes the user's version.
    const ResourceWriter writer(nullptr, m_capabilities);
    change.request = planned(writer.patchRequest(m_usersEndpoint, id, {}, operations));
    entry.restoreChangeIds.append(change.id);
    m_changes.append(change);
}

void PlanBuilder::setLicence(const QJsonObject &user, const QString &licence, bool granted)
{
    const QString schema = licenceSchema();
    if (m_licencesByGroup) {
        const QString id = user.value(u"id").toString();
        if (id.isEmpty() || (m_users.contains(id) && m_users.value(id).deleted))
            return;
        const bool held = user.value(schema)
                              .toObject()
                              .value(u"productLicenses")
                              .toObject()
                              .value(licence)
                              .toBool();
        wantLicence(licence, id, userNameOf(user), granted, held);
        return;
    }
    modifyUser(user, granted ? tr("grant %1").arg(licence) : tr("revoke %1").arg(licence),
               [&](QJsonObject &u) {
                   QJsonObject extension = u.value(schema).toObject();
                   QJsonObject licences = extension.value(u"productLicenses").toObject();
                   licences.insert(licence, granted);
                   extension.insert(QStringLiteral("productLicenses"), licences);
                   u.insert(schema, extension);
               });
}

void PlanBuilder::updateUser(const QJsonObject &user, const QJsonObject &after, const QString &why)
{
    modifyUser(user, why.isEmpty() ? tr("update") : tr("update (%1)").arg(why),
               [&](QJsonObject &u) {
                   for (auto it = after.begin(); it != after.end(); ++it) {
                       if (it.key() != u"id" && it.key() != u"meta")
                           u.insert(it.key(), it.value());
                   }
               });
}

void PlanBuilder::deleteGroup(const QJsonObject &group, const QString &why)
{
    Change change;
    change.id = nextId();
    change.kind = Change::Kind::DeleteGroup;
    change.intents = {why.isEmpty() ? tr("delete") : tr("delete (%1)").arg(why)};
    change.resourceType = QStringLiteral("Group");
    change.targetId = group.value(u"id").toString();
    change.targetName = group.value(u"displayName").toString();
    change.addAttribute({QStringLiteral("displayName"), group.value(u"displayName"),
                         QJsonValue(QJsonValue::Undefined)});
    const ResourceWriter writer(nullptr, m_capabilities);
    change.request = planned(writer.deleteRequest(m_groupsEndpoint, change.targetId, {}));
    m_changes.append(change);
}

void PlanBuilder::editUser(const QJsonObject &user, const QList<Patch::Operation> &operations,
                           const QString &why)
{
    modifyUser(user, why, [&](QJsonObject &u) { u = Patch::apply(u, operations); });
}

void PlanBuilder::deleteUser(const QJsonObject &user, const QString &why,
                             const QJsonObject &snapshot)
{
    const QString id = user.value(u"id").toString();
    if (id.isEmpty())
        return;
    UserEntry &entry = m_users[id];
    if (entry.deleted)
        return;
    if (!entry.changeId.isEmpty()) {
        const QString old = entry.changeId;
        removeChanges([&](const Change &c) { return c.id == old; });
        m_intents.remove(old);
        dropRestorations(entry);
    }
    entry.before = user;
    entry.after = {};
    entry.deleted = true;
    Change change;
    change.id = nextId();
    change.kind = Change::Kind::DeleteUser;
    change.intents = {why.isEmpty() ? tr("delete") : tr("delete (%1)").arg(why)};
    change.resourceType = QStringLiteral("User");
    change.targetId = id;
    change.targetName = userNameOf(user);
    change.addAttribute(
        {QStringLiteral("userName"), user.value(u"userName"), QJsonValue(QJsonValue::Undefined)});
    change.snapshot = snapshot.isEmpty() ? user : snapshot;
    for (const QString &key : {u"id"_qs, u"meta"_qs, u"groups"_qs, u"password"_qs})
        change.snapshot.remove(key);
    const ResourceWriter writer(nullptr, m_capabilities);
    change.request
        = planned(writer.deleteRequest(m_usersEndpoint, id, ResourceWriter::versionOf(user)));
    change.warning
        = tr("Delete cannot be undone; the user's documents go to the recipient set in the "
             "service's compliance settings.");
    entry.changeId = change.id;
    m_changes.append(change);
}

QString PlanBuilder::createUser(const QJsonObject &resource, const QString &why)
{
    QJsonObject body = resource;
    if (!body.contains(u"schemas"))
        body.insert(QStringLiteral("schemas"), QJsonArray {QString::fromUtf16(Schemas::CoreUser)});
    QStringList granted; // by group: joined once the user exists
    if (m_licencesByGroup) {
        QJsonObject extension = body.value(licenceSchema()).toObject();
        const QJsonObject licences = extension.take(u"productLicenses").toObject();
        for (auto it = licences.begin(); it != licences.end(); ++it) {
            if (it.value().toBool())
                granted.append(it.key());
        }
        if (extension.isEmpty()) {
            body.remove(licenceSchema());
            QJsonArray schemas = body.value(u"schemas").toArray();
            for (qsizetype i = schemas.size() - 1; i >= 0; --i) {
                if (schemas.at(i).toString() == licenceSchema())
                    schemas.removeAt(i);
            }
            body.insert(QStringLiteral("schemas"), schemas);
        } else {
            body.insert(licenceSchema(), extension);
        }
    }
    PlannedRequest request;
    request.setBody(ResourceWriter::createBody(body));
    return addCreate(std::move(request.bodyJson), userNameOf(resource), granted, why);
}

QString PlanBuilder::createUser(const NewUserBody &user, const QString &why)
{
    // What the object's route changes in a body (licence flags a connection gives by group,
    // what the service assigns, the schemas) a file's new hire rarely has: such a user goes
    // that way, the others are written as they are.
    if (!user.contains(u"schemas") || user.contains(u"id") || user.contains(u"meta")
        || (m_licencesByGroup && user.contains(licenceSchema())))
        return createUser(user.toObject(), why);
    return addCreate(user.toJson(), user.text(u"userName").toString(), {}, why);
}

QString PlanBuilder::addCreate(QByteArray body, const QString &userName, const QStringList &granted,
                               const QString &why)
{
    Change change;
    change.id = nextId();
    change.kind = Change::Kind::CreateUser;
    change.intents = {why.isEmpty() ? tr("create") : tr("create (%1)").arg(why)};
    change.resourceType = QStringLiteral("User");
    change.targetName = userName;
    // What it sets is read from its body when asked: a file of new hires holds its values once.
    change.request.method = QByteArrayLiteral("POST");
    change.request.path = m_usersEndpoint;
    change.request.bodyJson = std::move(body);
    change.setAttributesFromBody();
    m_changes.append(std::move(change));
    const Change &created = m_changes.constLast();
    for (const QString &licence : granted)
        wantLicence(licence, created.id, created.targetName, true, false);
    return created.id;
}

void PlanBuilder::addToGroup(const QJsonObject &group, const QString &userId,
                             const QString &userName)
{
    QString memberValue = userId;
    QString dependency;
    if (const Change *c = findChange(userId); c && c->kind == Change::Kind::CreateUser) {
        dependency = c->id; // a user this plan creates: its id is known only once it exists
        memberValue = placeholderFor(c->id);
    }
    const QJsonObject operation {
        {QStringLiteral("op"), QStringLiteral("add")},
        {QStringLiteral("path"), QStringLiteral("members")},
        {QStringLiteral("value"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), memberValue}}}}};
    Change change = membershipChange(Change::Kind::AddToGroup, group, {tr("add %1").arg(userName)},
                                     QJsonArray {operation});
    change.id = nextId();
    if (!dependency.isEmpty())
        change.dependsOn.append(dependency);
    change.addAttribute({QStringLiteral("members"), QJsonValue(QJsonValue::Undefined),
                         QJsonArray {QJsonObject {{QStringLiteral("value"), memberValue},
                                                  {QStringLiteral("display"), userName}}}});
    m_changes.append(change);
}

void PlanBuilder::removeFromGroup(const QJsonObject &group, const QString &userId,
                                  const QString &userName)
{
    const QJsonObject operation {
        {QStringLiteral("op"), QStringLiteral("remove")},
        {QStringLiteral("path"),
         QStringLiteral("members[value eq %1]").arg(Filter::quote(userId))}};
    Change change = membershipChange(Change::Kind::RemoveFromGroup, group,
                                     {tr("remove %1").arg(userName)}, QJsonArray {operation});
    change.id = nextId();
    change.addAttribute({QStringLiteral("members"),
                         QJsonArray {QJsonObject {{QStringLiteral("value"), userId},
                                                  {QStringLiteral("display"), userName}}},
                         QJsonValue(QJsonValue::Undefined)});
    m_changes.append(change);
}

QString PlanBuilder::createGroup(const QString &displayName)
{
    Change change;
    change.id = nextId();
    change.kind = Change::Kind::CreateGroup;
    change.intents = {tr("create")};
    change.resourceType = QStringLiteral("Group");
    change.targetName = displayName;
    change.addAttribute(
        {QStringLiteral("displayName"), QJsonValue(QJsonValue::Undefined), displayName});
    change.request.method = "POST";
    change.request.path = m_groupsEndpoint;
    change.request.setBody(QJsonObject {
        {QStringLiteral("schemas"), QJsonArray {QString::fromUtf16(Schemas::CoreGroup)}},
        {QStringLiteral("displayName"), displayName}});
    m_changes.append(change);
    return change.id;
}

Plan PlanBuilder::plan() const
{
    return ordered(m_changes + licenceGroupChanges());
}

Plan PlanBuilder::takePlan()
{
    const QList<Change> licences = licenceGroupChanges();
    QList<Change> changes = std::exchange(m_changes, {});
    m_changeIndex.clear();
    m_indexed = 0;
    changes += licences;
    return ordered(std::move(changes));
}

Plan PlanBuilder::ordered(QList<Change> changes) const
{
    Plan plan = m_header;
    plan.created = QDateTime::currentDateTimeUtc();
    if (plan.createdBy.isEmpty())
        plan.createdBy = osUser();
    plan.changes = std::move(changes);
    if (!m_transfers.isEmpty())
        linkTransfers(plan.changes);
    const auto byPhase = [](const Change &a, const Change &b) {
        return phase(a.kind) < phase(b.kind);
    };
    // A file of new hires is in order already: no sorting buffer as large as the plan.
    if (!std::is_sorted(plan.changes.cbegin(), plan.changes.cend(), byPhase))
        std::stable_sort(plan.changes.begin(), plan.changes.end(), byPhase);
    return plan;
}

namespace {

QString emailOf(const QJsonObject &user)
{
    const QJsonArray emails = user.value(u"emails").toArray();
    for (const QJsonValue &email : emails) {
        if (email.toObject().value(u"primary").toBool())
            return email.toObject().value(u"value").toString();
    }
    if (!emails.isEmpty())
        return emails.first().toObject().value(u"value").toString();
    const QString userName = userNameOf(user);
    return userName.contains(u'@') ? userName : QString();
}

QString displayNameOf(const QJsonObject &user)
{
    for (const QString &name : {user.value(u"displayName").toString(),
                                user.value(u"name").toObject().value(u"formatted").toString()}) {
        if (!name.isEmpty())
            return name;
    }
    const QJsonObject name = user.value(u"name").toObject();
    const QString given = name.value(u"givenName").toString();
    const QString family = name.value(u"familyName").toString();
    const QString joined = QString(given + u' ' + family).trimmed();
    return joined.isEmpty() ? userNameOf(user) : joined;
}

// The changes a hand-over of documents must come before: those that take the user's account
// or licences away (on Lucid, deleting or delicensing sends the documents elsewhere).
bool takesDocuments(Change::Kind kind)
{
    return kind == Change::Kind::Deactivate || kind == Change::Kind::DeleteUser
        || kind == Change::Kind::RevokeLicence;
}

} // namespace

QString PlanBuilder::transferDocuments(const QJsonObject &user, const QString &toEmail,
                                       const QString &why)
{
    const QString from = emailOf(user);
    const QString name = displayNameOf(user);
    QString problem;
    if (!m_lucid)
        problem = tr("Documents can be handed over only on Lucid connections; \"%1\" is not one.")
                      .arg(m_connectionName);
    else if (!m_restSignedIn)
        problem = tr("Handing %1's documents over needs a sign-in for Lucid's REST API on \"%2\": "
                     "run 'scimdesk-cli connection auth \"%2\" --lucid-rest' (or Connection "
                     "settings > Sign in for document hand-over…), then plan again.")
                      .arg(name, m_connectionName);
    else if (from.isEmpty() || user.value(u"id").toString().isEmpty())
        problem = tr("%1 has no email address on the service, so their documents cannot be "
                     "handed over.")
                      .arg(name);
    else if (!toEmail.contains(u'@') || toEmail.compare(from, Qt::CaseInsensitive) == 0)
        problem = tr("%1's documents cannot be handed to \"%2\": give the email of another "
                     "user of the account.")
                      .arg(name, toEmail);
    if (!problem.isEmpty()) {
        if (!m_problems.contains(problem))
            m_problems.append(problem);
        return {};
    }
    Change change;
    change.id = nextId();
    change.kind = Change::Kind::TransferDocuments;
    change.resourceType = QStringLiteral("User");
    change.targetId = user.value(u"id").toString();
    change.targetName = userNameOf(user);
    change.addAttribute({QString::fromUtf16(Change::TransferAttribute), from, toEmail});
    change.request = Change::transferRequest(from, toEmail);
    change.intents = {tr("Hand %1's documents to %2").arg(name, toEmail)};
    m_transfers.insert(change.id, {name, why});
    m_changes.append(change);
    return change.id;
}

void PlanBuilder::linkTransfers(QList<Change> &changes) const
{
    QHash<QString, qsizetype> transferOf; // user id -> index of its hand-over
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (changes.at(i).kind == Change::Kind::TransferDocuments)
            transferOf.insert(changes.at(i).targetId, i);
    }
    QHash<QString, Change::Kind> before; // transfer id -> what it comes before
    for (Change &change : changes) {
        const auto transfer = transferOf.constFind(change.targetId);
        if (transfer == transferOf.cend() || !takesDocuments(change.kind))
            continue;
        const QString transferId = changes.at(*transfer).id;
        if (!change.dependsOn.contains(transferId))
            change.dependsOn.append(transferId);
        if (!before.contains(transferId) || change.kind != Change::Kind::RevokeLicence)
            before.insert(transferId, change.kind);
    }
    for (const qsizetype index : std::as_const(transferOf)) {
        Change &transfer = changes[index];
        const Transfer info = m_transfers.value(transfer.id);
        const auto kind = before.constFind(transfer.id);
        QString text = kind == before.cend()
            ? tr("Hand %1's documents to %2").arg(info.displayName, transfer.transferTo())
            : *kind == Change::Kind::Deactivate
            ? tr("Hand %1's documents to %2 before deactivating")
                  .arg(info.displayName, transfer.transferTo())
            : *kind == Change::Kind::DeleteUser
            ? tr("Hand %1's documents to %2 before deleting")
                  .arg(info.displayName, transfer.transferTo())
            : tr("Hand %1's documents to %2 before revoking licences")
                  .arg(info.displayName, transfer.transferTo());
        if (!info.why.isEmpty())
            text += u" (" + info.why + u')';
        transfer.intents = {text};
    }
}

} // namespace ScimDesk
