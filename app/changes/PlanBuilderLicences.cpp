// PlanBuilder's licences: by attribute (the licence flags of a PATCH) or by group (membership
// of the group that grants each licence, merged per group), and given back on reactivation from
// what the audit log says a user held. The rest of the builder is in PlanBuilder.cpp.
#include "PlanBuilder.h"

#include "scim/Filter.h"
#include "scim/ResourceWriter.h"
#include "scim/Schemas.h"

#include <QJsonArray>
#include <QSet>

namespace ScimDesk {

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

QString PlanBuilder::licenceWarning() const
{
    if (!m_lucid)
        return {};
    return tr("Lucid accepts licence changes but ignores them when organisational groups are "
              "enabled; ScimDesk reads the user back to check.");
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

void PlanBuilder::setLicenceHistory(const QHash<QString, QStringList> &licencesAtDeactivation)
{
    m_licenceHistory = licencesAtDeactivation;
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
    change.request = PlannedRequest::of(writer.patchRequest(m_usersEndpoint, id, {}, operations));
    entry.restoreChangeIds.append(change.id);
    m_changes.append(change);
}

} // namespace ScimDesk
