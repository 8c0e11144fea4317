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

} // namespace

QString PlanBuilder::userNameOf(const QJsonObject &user)
{
    return user.value(u"userName").toString();
}

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
        change.request = PlannedRequest::of(writer.patchRequest(
            m_usersEndpoint, change.targetId, ResourceWriter::versionOf(entry.before), operations));
    } else {
        QJsonObject full = entry.after;
        change.request = PlannedRequest::of(writer.replaceRequest(m_usersEndpoint, full));
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

void PlanBuilder::reactivate(const QJsonObject &user)
{
    modifyUser(user, tr("reactivate"),
               [](QJsonObject &u) { u.insert(QStringLiteral("active"), true); });
    restoreLicences(user);
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
    change.request
        = PlannedRequest::of(writer.deleteRequest(m_groupsEndpoint, change.targetId, {}));
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
    change.request = PlannedRequest::of(
        writer.deleteRequest(m_usersEndpoint, id, ResourceWriter::versionOf(user)));
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
    const QString userName = user.value(u"userName").toString();
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
    return joined.isEmpty() ? user.value(u"userName").toString() : joined;
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
