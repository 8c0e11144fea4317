#include "PlanBuilder.h"

#include "common/OsUser.h"
#include "connections/ConnectionProfile.h"
#include "scim/Filter.h"
#include "scim/Patch.h"
#include "scim/Preset.h"
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
    }
    return 2;
}

PlannedRequest planned(const ScimRequest &request)
{
    PlannedRequest out;
    out.method = request.method;
    out.path = request.path;
    out.body = QJsonDocument::fromJson(request.body).object();
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
}

Change PlanBuilder::membershipChange(Change::Kind kind, const QJsonObject &group,
                                     const QString &intent, const QJsonObject &operation)
{
    Change change;
    change.id = nextId();
    change.kind = kind;
    change.intents = {intent};
    change.resourceType = QStringLiteral("Group");
    change.targetId = group.value(u"id").toString();
    change.targetName = group.value(u"displayName").toString();
    change.request.method = "PATCH";
    change.request.path = m_groupsEndpoint + '/' + QUrl::toPercentEncoding(change.targetId);
    change.request.body = QJsonObject {
        {QStringLiteral("schemas"), QJsonArray {QString::fromUtf16(Schemas::PatchOp)}},
        {QStringLiteral("Operations"), QJsonArray {operation}}};
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
    change.request.body = resolved(change.request.body).toObject();
    change.request.path.replace(placeholderFor(dependencyId).toUtf8(),
                                QUrl::toPercentEncoding(createdId));
    for (AttributeChange &attribute : change.attributes) {
        attribute.before = resolved(attribute.before);
        attribute.after = resolved(attribute.after);
    }
}

Change &PlanBuilder::changeById(const QString &id)
{
    for (Change &change : m_changes) {
        if (change.id == id)
            return change;
    }
    Q_UNREACHABLE();
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
    change.attributes.clear();
    bool licences = false;
    for (const Patch::Operation &operation : operations) {
        change.attributes.append({operation.path, Patch::valueAt(entry.before, operation.path),
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
    change.warning = licences ? licenceWarning() : QString();

    const ResourceWriter writer(nullptr, m_capabilities); // builds requests; sends nothing
    if (m_capabilities.patch) {
        change.request = planned(writer.patchRequest(
            m_usersEndpoint, change.targetId, ResourceWriter::versionOf(entry.before), operations));
    } else {
        QJsonObject full = entry.after;
        change.request = planned(writer.replaceRequest(m_usersEndpoint, full));
    }
    if (operations.isEmpty()) {
        // Asked for what is already so: nothing to send.
        m_changes.removeIf([&](const Change &c) { return c.id == entry.changeId; });
        m_intents.remove(entry.changeId);
        entry.changeId.clear();
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
}

void PlanBuilder::setLicence(const QJsonObject &user, const QString &licence, bool granted)
{
    const QString schema = m_capabilities.licenceSchema.isEmpty()
        ? QString::fromUtf16(Schemas::LucidUser)
        : m_capabilities.licenceSchema;
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

void PlanBuilder::deleteUser(const QJsonObject &user, const QString &why)
{
    const QString id = user.value(u"id").toString();
    if (id.isEmpty())
        return;
    UserEntry &entry = m_users[id];
    if (entry.deleted)
        return;
    if (!entry.changeId.isEmpty()) {
        const QString old = entry.changeId;
        m_changes.removeIf([&](const Change &c) { return c.id == old; });
        m_intents.remove(old);
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
    change.attributes.append(
        {QStringLiteral("userName"), user.value(u"userName"), QJsonValue(QJsonValue::Undefined)});
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
    Change change;
    change.id = nextId();
    change.kind = Change::Kind::CreateUser;
    change.intents = {why.isEmpty() ? tr("create") : tr("create (%1)").arg(why)};
    change.resourceType = QStringLiteral("User");
    change.targetName = userNameOf(resource);
    const QMap<QString, QJsonValue> attributes = Patch::flatten(body);
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        change.attributes.append({it.key(), QJsonValue(QJsonValue::Undefined), it.value()});
    const ResourceWriter writer(nullptr, m_capabilities);
    change.request = planned(writer.createRequest(m_usersEndpoint, body));
    m_changes.append(change);
    return change.id;
}

void PlanBuilder::addToGroup(const QJsonObject &group, const QString &userId,
                             const QString &userName)
{
    QString memberValue = userId;
    QString dependency;
    for (const Change &c : std::as_const(m_changes)) {
        if (c.id == userId && c.kind == Change::Kind::CreateUser) {
            dependency = c.id; // a user this plan creates: its id is known only once it exists
            memberValue = placeholderFor(c.id);
        }
    }
    const QJsonObject operation {
        {QStringLiteral("op"), QStringLiteral("add")},
        {QStringLiteral("path"), QStringLiteral("members")},
        {QStringLiteral("value"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), memberValue}}}}};
    Change change
        = membershipChange(Change::Kind::AddToGroup, group, tr("add %1").arg(userName), operation);
    if (!dependency.isEmpty())
        change.dependsOn.append(dependency);
    change.attributes.append({QStringLiteral("members"), QJsonValue(QJsonValue::Undefined),
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
                                     tr("remove %1").arg(userName), operation);
    change.attributes.append({QStringLiteral("members"),
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
    change.attributes.append(
        {QStringLiteral("displayName"), QJsonValue(QJsonValue::Undefined), displayName});
    change.request.method = "POST";
    change.request.path = m_groupsEndpoint;
    change.request.body = QJsonObject {
        {QStringLiteral("schemas"), QJsonArray {QString::fromUtf16(Schemas::CoreGroup)}},
        {QStringLiteral("displayName"), displayName}};
    m_changes.append(change);
    return change.id;
}

Plan PlanBuilder::plan() const
{
    Plan plan = m_header;
    plan.created = QDateTime::currentDateTimeUtc();
    if (plan.createdBy.isEmpty())
        plan.createdBy = osUser();
    plan.changes = m_changes;
    std::stable_sort(
        plan.changes.begin(), plan.changes.end(),
        [](const Change &a, const Change &b) { return phase(a.kind) < phase(b.kind); });
    return plan;
}

} // namespace ScimDesk
