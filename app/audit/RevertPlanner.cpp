#include "RevertPlanner.h"

#include "changes/PlanBuilder.h"
#include "scim/Filter.h"
#include "scim/Patch.h"

#include <QJsonArray>

namespace ScimDesk {

namespace {

bool isMembershipKind(const QString &kind)
{
    return kind == Change::kindKey(Change::Kind::AddToGroup)
        || kind == Change::kindKey(Change::Kind::RemoveFromGroup);
}

// A record's "before" or "after": path -> value (undefined: absent).
QList<AttributeChange> attributesOf(const QJsonObject &record)
{
    QList<AttributeChange> attributes;
    const QJsonArray before = record.value(u"before").toArray();
    const QJsonArray after = record.value(u"after").toArray();
    for (qsizetype i = 0; i < after.size() && i < before.size(); ++i) {
        const QJsonObject b = before.at(i).toObject();
        const QJsonObject a = after.at(i).toObject();
        attributes.append({a.value(u"path").toString(), b.value(u"value"), a.value(u"value")});
    }
    return attributes;
}

QString licenceOf(const QString &path)
{
    const qsizetype at = path.indexOf(u":productLicenses.");
    return at < 0 ? QString() : path.mid(at + qsizetype(qstrlen(":productLicenses.")));
}

} // namespace

QJsonObject RevertPlanner::Result::summary() const
{
    int create = 0;
    int reactivate = 0;
    int deactivate = 0;
    int remove = 0;
    QSet<QString> counted;
    QSet<QString> updated;
    for (const Change &change : plan.changes) {
        if (!change.included)
            continue;
        switch (change.kind) {
        case Change::Kind::CreateUser:
            ++create;
            break;
        case Change::Kind::Reactivate:
            ++reactivate;
            counted.insert(change.targetId);
            break;
        case Change::Kind::Deactivate:
            ++deactivate;
            counted.insert(change.targetId);
            break;
        case Change::Kind::DeleteUser:
            ++remove;
            counted.insert(change.targetId);
            break;
        case Change::Kind::UpdateUser:
        case Change::Kind::GrantLicence:
        case Change::Kind::RevokeLicence:
            updated.insert(change.targetId);
            break;
        case Change::Kind::AddToGroup:
        case Change::Kind::RemoveFromGroup:
            for (const AttributeChange &attribute : change.attributes()) {
                const QJsonValue members
                    = attribute.after.isUndefined() ? attribute.before : attribute.after;
                for (const QJsonValue &member : members.toArray())
                    updated.insert(member.toObject().value(u"value").toString());
            }
            break;
        case Change::Kind::CreateGroup:
        case Change::Kind::DeleteGroup:
        case Change::Kind::TransferDocuments: // cannot be reverted
            break;
        }
    }
    updated -= counted;
    return {{QStringLiteral("create"), create},
            {QStringLiteral("update"), int(updated.size())},
            {QStringLiteral("reactivate"), reactivate},
            {QStringLiteral("deactivate"), deactivate},
            {QStringLiteral("delete"), remove},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("conflicts"), int(conflicts.size())}};
}

RevertPlanner::RevertPlanner(ScimClient *client, const ConnectionProfile &profile,
                             const ServiceCapabilities &capabilities, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(profile)
    , m_capabilities(capabilities)
{ }

QList<QJsonObject> RevertPlanner::chosenRecords() const
{
    QList<QJsonObject> chosen;
    for (const QJsonObject &record : m_run.records) {
        if (record.value(u"outcome").toString() != u"applied")
            continue; // nothing happened to undo
        if (!m_options.changeIds.isEmpty()
            && !m_options.changeIds.contains(record.value(u"changeId").toString()))
            continue;
        chosen.append(record);
    }
    return chosen;
}

QString RevertPlanner::resolvedId(const QString &value) const
{
    // A member the same plan created is recorded by the placeholder of its create.
    static const QString prefix = QStringLiteral("${created:");
    if (value.startsWith(prefix) && value.endsWith(u'}'))
        return m_createdIds.value(value.mid(prefix.size()).chopped(1));
    return value;
}

void RevertPlanner::start(const AuditLog::Run &run, const Options &options)
{
    m_run = run;
    m_options = options;
    m_result = {};
    m_planned = false;
    for (const QJsonObject &record : run.records) {
        if (record.value(u"kind").toString() == Change::kindKey(Change::Kind::CreateUser))
            m_createdIds.insert(record.value(u"changeId").toString(),
                                record.value(u"createdId").toString());
    }
    const QByteArray users = m_capabilities.usersEndpoint.toUtf8();
    const QByteArray groups = m_capabilities.groupsEndpoint.toUtf8();
    QSet<QString> userIds;
    QSet<QString> groupIds;
    for (const QJsonObject &record : chosenRecords()) {
        const QString kind = record.value(u"kind").toString();
        if (kind == Change::kindKey(Change::Kind::TransferDocuments)) {
            continue; // nothing on the service to read: it cannot be reverted
        } else if (isMembershipKind(kind)) {
            groupIds.insert(record.value(u"targetId").toString());
        } else if (kind == Change::kindKey(Change::Kind::CreateUser)) {
            userIds.insert(record.value(u"createdId").toString());
        } else if (kind == Change::kindKey(Change::Kind::DeleteUser)) {
            // Created again already? Its old id is gone: look for the name.
            const QString userName
                = record.value(u"snapshot").toObject().value(u"userName").toString();
            if (!userName.isEmpty())
                m_tasks.append([this, users, userName] {
                    find(users, u"userName"_qs, userName, &m_byUserName);
                });
        } else if (kind == Change::kindKey(Change::Kind::CreateGroup)) {
            groupIds.insert(record.value(u"createdId").toString());
        } else {
            userIds.insert(record.value(u"targetId").toString());
        }
    }
    userIds.remove({});
    groupIds.remove({});
    for (const QString &id : std::as_const(userIds))
        m_tasks.append([this, users, id] { read(users, id, &m_users); });
    for (const QString &id : std::as_const(groupIds))
        m_tasks.append([this, groups, id] { read(groups, id, &m_groups); });
    if (m_profile.licencesByGroup()) {
        for (const QString &group : m_profile.licenceGroups)
            m_tasks.append([this, groups, group] {
                find(groups, u"displayName"_qs, group, &m_licenceGroups);
            });
    }
    pump();
}

void RevertPlanner::read(const QByteArray &endpoint, const QString &id,
                         QHash<QString, QJsonObject> *into)
{
    ++m_inFlight;
    m_client->send(ScimRequest::get(endpoint, id), this, [this, into](const ScimResponse &r) {
        --m_inFlight;
        if (r.ok())
            into->insert(r.json.value(u"id").toString(), r.json);
        else if (r.error.kind() != ScimError::Kind::NotFound) // gone is an answer too
            taken(r);
        pump();
    });
}

void RevertPlanner::find(const QByteArray &endpoint, const QString &attribute, const QString &value,
                         QHash<QString, QJsonObject> *into)
{
    ScimRequest request;
    request.path = endpoint;
    request.query.addQueryItem(QStringLiteral("filter"),
                               QStringLiteral("%1 eq %2").arg(attribute, Filter::quote(value)));
    ++m_inFlight;
    m_client->send(request, this, [this, into, value](const ScimResponse &r) {
        --m_inFlight;
        if (!r.ok()) {
            taken(r);
        } else {
            for (const QJsonValue &resource : r.json.value(u"Resources").toArray())
                into->insert(value, resource.toObject());
        }
        pump();
    });
}

void RevertPlanner::taken(const ScimResponse &response)
{
    if (!m_result.error.isError())
        m_result.error = response.error;
}

void RevertPlanner::pump()
{
    if (m_result.error.isError()) {
        m_tasks.clear();
        if (m_inFlight == 0 && !m_planned) {
            m_planned = true; // nothing to plan: finished once, with the error
            Q_EMIT finished();
        }
        return;
    }
    while (m_inFlight < qMax(1, m_profile.concurrency) && !m_tasks.isEmpty())
        m_tasks.takeFirst()();
    if (m_inFlight == 0 && m_tasks.isEmpty() && !m_planned) {
        m_planned = true;
        plan();
        Q_EMIT finished();
    }
}

void RevertPlanner::plan()
{
    PlanBuilder builder(m_profile, m_capabilities);
    builder.setGroups(m_licenceGroups.values());
    // What each user the run deactivated held then: the reactivation gives it back.
    builder.setLicenceHistory(AuditLog::licencesAtDeactivation(m_run.records));
    m_conflictsOf.clear();
    m_recreated.clear();
    const QString why = tr("revert of run %1").arg(m_run.id);
    for (const QJsonObject &record : chosenRecords()) {
        const QString kind = record.value(u"kind").toString();
        if (kind == Change::kindKey(Change::Kind::TransferDocuments))
            notTransferredBack(record);
        else if (kind == Change::kindKey(Change::Kind::CreateGroup))
            revertCreatedGroup(builder, record, why);
        else if (kind == Change::kindKey(Change::Kind::DeleteUser))
            revertDeletedUser(builder, record, why);
        else if (kind == Change::kindKey(Change::Kind::CreateUser))
            revertCreatedUser(builder, record, why);
        else if (isMembershipKind(kind))
            revertMembership(builder, record);
        else
            revertAttributes(builder, record, why);
    }

    m_result.problems = builder.problems();
    m_result.notes.append(builder.notes());
    m_result.plan = builder.plan();
    m_result.plan.source = QStringLiteral("revert:") + m_run.id;
    for (Change &change : m_result.plan.changes) {
        if (change.kind == Change::Kind::DeleteGroup) {
            // Its members leave first; if one cannot, the group stays.
            for (const Change &other : std::as_const(m_result.plan.changes)) {
                if (other.targetId == change.targetId && other.id != change.id)
                    change.dependsOn.append(other.id);
            }
        }
        if (m_recreated.contains(change.id))
            change.warning = tr("A new account with a new id: the user's history and documents "
                                "on the service are not restored.");
        const auto conflict = m_conflictsOf.constFind(change.targetId);
        if (conflict == m_conflictsOf.cend())
            continue;
        // Someone (or something) changed it since the run: never overwritten unasked.
        change.included = m_options.includeConflicts;
        const QString text = tr("Conflict: changed since the run (%1). Tick it to overwrite.")
                                 .arg(conflict->join(u"; "));
        change.warning = change.warning.isEmpty() ? text : text + u' ' + change.warning;
    }
}

void RevertPlanner::notTransferredBack(const QJsonObject &record)
{
    QString from, to;
    const QJsonArray before = record.value(u"before").toArray();
    const QJsonArray after = record.value(u"after").toArray();
    if (!before.isEmpty() && !after.isEmpty()) {
        from = before.first().toObject().value(u"value").toString();
        to = after.first().toObject().value(u"value").toString();
    }
    ++m_result.unchanged;
    m_result.notes.append(tr("Skipped: %1's documents were handed to %2, and a hand-over cannot be "
                             "reverted. If %1 comes back, %2 can share or transfer them back in "
                             "Lucid.")
                              .arg(from.isEmpty() ? record.value(u"targetName").toString() : from,
                                   to.isEmpty() ? tr("another user") : to));
}

void RevertPlanner::gone(const QJsonObject &record)
{
    m_result.notes.append(
        tr("%1 is no longer on the service: its change (%2) is not undone.")
            .arg(record.value(u"target").toString(), record.value(u"kind").toString()));
}

void RevertPlanner::revertCreatedGroup(PlanBuilder &builder, const QJsonObject &record,
                                       const QString &why)
{
    // Deleted if nobody joined it since (members the run added leave it in this plan).
    const QJsonObject group = m_groups.value(record.value(u"createdId").toString());
    QSet<QString> joinedByTheRun;
    for (const QJsonObject &other : chosenRecords()) {
        if (other.value(u"kind").toString() != Change::kindKey(Change::Kind::AddToGroup)
            || other.value(u"targetId").toString() != group.value(u"id").toString())
            continue;
        for (const AttributeChange &attribute : attributesOf(other)) {
            for (const QJsonValue &member : attribute.after.toArray())
                joinedByTheRun.insert(resolvedId(member.toObject().value(u"value").toString()));
        }
    }
    const QJsonArray members = group.value(u"members").toArray();
    const bool othersJoined = std::any_of(members.begin(), members.end(), [&](const QJsonValue &m) {
        return !joinedByTheRun.contains(m.toObject().value(u"value").toString());
    });
    if (group.isEmpty())
        ++m_result.unchanged; // deleted since
    else if (othersJoined)
        m_result.notes.append(tr("The group \"%1\" the run created is left in place: "
                                 "members have joined it since.")
                                  .arg(record.value(u"target").toString()));
    else
        builder.deleteGroup(group, why);
}

void RevertPlanner::revertDeletedUser(PlanBuilder &builder, const QJsonObject &record,
                                      const QString &why)
{
    const QJsonObject snapshot = record.value(u"snapshot").toObject();
    const QString userName = snapshot.value(u"userName").toString();
    if (snapshot.isEmpty()) {
        m_result.notes.append(tr("%1 was deleted, but the audit log holds no record of "
                                 "the account to create it again from.")
                                  .arg(record.value(u"target").toString()));
    } else if (m_byUserName.contains(userName)) {
        ++m_result.unchanged; // created again already
    } else {
        m_recreated.insert(builder.createUser(snapshot, why));
    }
}

void RevertPlanner::revertCreatedUser(PlanBuilder &builder, const QJsonObject &record,
                                      const QString &why)
{
    const QJsonObject user = m_users.value(record.value(u"createdId").toString());
    if (user.isEmpty())
        ++m_result.unchanged; // deleted since
    else if (m_options.deleteCreated)
        builder.deleteUser(user, why);
    else if (user.value(u"active").toBool(true))
        builder.deactivate(user, why);
    else
        ++m_result.unchanged;
}

void RevertPlanner::revertMembership(PlanBuilder &builder, const QJsonObject &record)
{
    const QJsonObject group = m_groups.value(record.value(u"targetId").toString());
    if (group.isEmpty()) {
        gone(record);
        return;
    }
    QSet<QString> members;
    for (const QJsonValue &member : group.value(u"members").toArray())
        members.insert(member.toObject().value(u"value").toString());
    const bool added
        = record.value(u"kind").toString() == Change::kindKey(Change::Kind::AddToGroup);
    for (const AttributeChange &attribute : attributesOf(record)) {
        for (const QJsonValue &value : (added ? attribute.after : attribute.before).toArray()) {
            const QString id = resolvedId(value.toObject().value(u"value").toString());
            const QString name = value.toObject().value(u"display").toString(id);
            if (id.isEmpty() || members.contains(id) != added) {
                ++m_result.unchanged; // as it was before the run already
                continue;
            }
            if (added)
                builder.removeFromGroup(group, id, name);
            else
                builder.addToGroup(group, id, name);
        }
    }
}

// A change of the user's attributes (an update, a licence, a deactivation or reactivation):
// each attribute back to what it was, if it still holds what the run wrote.
void RevertPlanner::revertAttributes(PlanBuilder &builder, const QJsonObject &record,
                                     const QString &why)
{
    const QString id = record.value(u"targetId").toString();
    const QJsonObject user = m_users.value(id);
    if (user.isEmpty()) {
        gone(record);
        return;
    }
    QList<Patch::Operation> operations;
    bool licences = false; // given back (or taken away again) as the connection does it
    std::optional<bool> active;
    for (const AttributeChange &attribute : attributesOf(record)) {
        const QJsonValue found = Patch::valueAt(user, attribute.path);
        if (found == attribute.before)
            continue; // undone already
        if (found != attribute.after) {
            m_result.conflicts.append(
                {user.value(u"userName").toString(record.value(u"target").toString()),
                 attribute.path, attribute.after, found});
            m_conflictsOf[id].append(tr("%1 is %2 now, not %3 as the run left it")
                                         .arg(attribute.path, Change::valueText(found),
                                              Change::valueText(attribute.after)));
        }
        if (attribute.path == u"active")
            active = attribute.before.toBool(true);
        else if (const QString licence = licenceOf(attribute.path); !licence.isEmpty()) {
            builder.setLicence(user, licence, attribute.before.toBool());
            licences = true;
        } else if (attribute.before.isUndefined())
            operations.append({Patch::Operation::Op::Remove, attribute.path, {}});
        else
            operations.append({Patch::Operation::Op::Replace, attribute.path, attribute.before});
    }
    if (!operations.isEmpty())
        builder.editUser(user, operations, why);
    if (active && *active)
        builder.reactivate(user); // with the licences the deactivation took
    else if (active)
        builder.deactivate(user, why);
    if (operations.isEmpty() && !active && !licences)
        ++m_result.unchanged; // every attribute is back as it was
}

} // namespace ScimDesk
