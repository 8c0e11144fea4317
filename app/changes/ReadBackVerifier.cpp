#include "ReadBackVerifier.h"

#include "PlanBuilder.h"
#include "scim/PagedReader.h"
#include "scim/Patch.h"
#include "scim/ScimClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk {

using Outcome = ChangeResult::Outcome;

namespace {

// Whether reading back checks `attribute`: of a new user only userName and active, as services
// fill in and normalise the rest of a new resource.
bool isChecked(const Change &change, const AttributeChange &attribute)
{
    return change.kind != Change::Kind::CreateUser || attribute.path == u"userName"
        || attribute.path == u"active";
}

bool isMembership(const Change &change)
{
    return change.resourceType == u"Group" && change.kind != Change::Kind::CreateGroup
        && change.kind != Change::Kind::DeleteGroup;
}

// A user whose attributes a page of the directory can show.
bool isListedUser(const Change &change)
{
    return change.resourceType == u"User" && !change.isDelete();
}

QString shown(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

ReadBackVerifier::ReadBackVerifier(ScimClient *client, ServiceCapabilities capabilities, Plan plan,
                                   QList<ChangeResult> results, int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_capabilities(std::move(capabilities))
    , m_plan(std::move(plan))
    , m_results(std::move(results))
    , m_concurrency(qMax(1, concurrency))
{ }

ReadBackVerifier::~ReadBackVerifier() = default;

QHash<QString, QString> ReadBackVerifier::createdIds(const QList<ChangeResult> &results)
{
    QHash<QString, QString> ids;
    for (const ChangeResult &result : results) {
        if (!result.createdId.isEmpty())
            ids.insert(result.changeId, result.createdId);
    }
    return ids;
}

bool ReadBackVerifier::lacksAttributes(const Change &change, const QJsonObject &resource)
{
    if (isMembership(change))
        return !resource.contains(u"members");
    for (const AttributeChange &attribute : change.attributes()) {
        if (!isChecked(change, attribute))
            continue;
        const bool wantAbsent = attribute.after.isUndefined() || attribute.after.isNull();
        const bool revoke = attribute.path.contains(u":productLicenses.")
            && attribute.after == QJsonValue(false); // absent reads as "not held"
        if (!wantAbsent && !revoke && Patch::valueAt(resource, attribute.path).isUndefined())
            return true;
    }
    return false;
}

QString ReadBackVerifier::mismatch(const Change &change, const QJsonObject &resource,
                                   const QHash<QString, QString> &createdIds)
{
    if (isMembership(change)) {
        // Every member the change adds (or removes), as the review shows them.
        QSet<QString> present;
        for (const QJsonValue &value : resource.value(u"members").toArray())
            present.insert(value.toObject().value(u"value").toString());
        const bool wanted = change.kind == Change::Kind::AddToGroup;
        const QList<AttributeChange> attributes = change.attributes();
        const QJsonArray shown = attributes.isEmpty()
            ? QJsonArray()
            : (wanted ? attributes.first().after : attributes.first().before).toArray();
        QStringList wrong;
        for (const QJsonValue &entry : shown) {
            QString member = entry.toObject().value(u"value").toString();
            for (const QString &dependency : change.dependsOn)
                member.replace(PlanBuilder::placeholderFor(dependency),
                               createdIds.value(dependency));
            if (present.contains(member) != wanted)
                wrong.append(entry.toObject().value(u"display").toString(member));
        }
        if (wrong.isEmpty())
            return {};
        return wanted ? tr("%1 is not a member of %2").arg(wrong.join(u", "), change.targetName)
                      : tr("%1 is still a member of %2").arg(wrong.join(u", "), change.targetName);
    }
    for (const AttributeChange &attribute : change.attributes()) {
        if (!isChecked(change, attribute))
            continue;
        const QJsonValue have = Patch::valueAt(resource, attribute.path);
        const bool wantAbsent = attribute.after.isUndefined() || attribute.after.isNull();
        const bool haveAbsent = have.isUndefined() || have.isNull();
        // A licence flag that is absent reads as "not held".
        const bool licence = attribute.path.contains(u":productLicenses.");
        if (wantAbsent ? haveAbsent
                       : (have == attribute.after
                          || (licence && attribute.after == QJsonValue(false) && haveAbsent)))
            continue;
        return tr("%1 is %2 on the service, not %3")
            .arg(attribute.path, haveAbsent ? tr("absent") : shown(have),
                 wantAbsent ? tr("absent") : shown(attribute.after));
    }
    return {};
}

void ReadBackVerifier::start(const QSet<QString> &alreadyVerified)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_createdIds = createdIds(m_results);
    // Reuse what the service answered where it sent the resource back; read the rest.
    QList<int> toRead;
    for (int i = 0; i < m_results.size(); ++i) {
        const ChangeResult &result = m_results.at(i);
        if (result.outcome != Outcome::Applied || alreadyVerified.contains(result.changeId))
            continue; // verified (and audited) before an interruption: once is enough
        const Change &change = m_plan.changes.at(i);
        if (change.kind == Change::Kind::TransferDocuments)
            continue; // verified by Lucid's answer (ApplyEngine)
        const bool hasBody
            = !result.resource.isEmpty() && (result.httpStatus == 200 || result.httpStatus == 201);
        // An answer that shows the attributes the change touched settles it, made or not. One
        // that leaves them out (services trim what they return) says nothing: the resource is
        // read.
        if (!change.isDelete() && hasBody && !lacksAttributes(change, result.resource))
            judge(i, result.resource, false);
        else
            toRead.append(i);
    }
    if (toRead.isEmpty()) {
        readsDone();
        return;
    }
    QList<int> users;
    for (const int index : std::as_const(toRead)) {
        if (isListedUser(m_plan.changes.at(index)))
            users.append(index);
    }
    if (users.size() < MinUsersForPageReadBack)
        readOneByOne(toRead);
    else
        readByPagesIfCheaper(toRead, users);
}

void ReadBackVerifier::judge(int index, const QJsonObject &resource, bool gone)
{
    const Change &change = m_plan.changes.at(index);
    ChangeResult &result = m_results[index];
    QString problem;
    if (change.isDelete())
        problem = gone                                ? QString()
            : change.kind == Change::Kind::DeleteUser ? tr("the user still exists on the service")
                                                      : tr("the group still exists on the service");
    else if (gone)
        problem = tr("the resource is gone from the service");
    else
        problem = mismatch(change, resource, m_createdIds);
    if (!problem.isEmpty()) {
        result.outcome = Outcome::NotApplied;
        result.message = tr("not applied by the service: %1").arg(problem);
    } else if (!gone) {
        result.resource = resource;
        if (!change.licence.isEmpty() && isMembership(change)
            && !m_capabilities.licenceSchema.isEmpty()) {
            checkHolders(index); // the membership is made; does it carry the licence?
            return;
        }
    }
    Q_EMIT verified(index, result);
}

void ReadBackVerifier::checkHolders(int index)
{
    const Change &change = m_plan.changes.at(index);
    const bool wanted = change.kind == Change::Kind::AddToGroup;
    const AttributeChange members = change.attributes().first();
    Holders &holders = m_holders[index];
    for (const QJsonValue &entry : (wanted ? members.after : members.before).toArray()) {
        QString id = entry.toObject().value(u"value").toString();
        for (const QString &dependency : change.dependsOn)
            id.replace(PlanBuilder::placeholderFor(dependency), m_createdIds.value(dependency));
        holders.toRead.append({id, entry.toObject().value(u"display").toString(id)});
    }
    holders.left = int(holders.toRead.size());
    if (holders.left == 0) {
        m_holders.remove(index);
        Q_EMIT verified(index, m_results.at(index));
        return;
    }
    m_holderQueue.append(index);
    pumpHolders();
}

void ReadBackVerifier::pumpHolders()
{
    while (m_holderReads < m_concurrency && !m_holderQueue.isEmpty()) {
        const int index = m_holderQueue.first();
        Holders &holders = m_holders[index];
        if (holders.toRead.isEmpty()) {
            m_holderQueue.removeFirst();
            continue;
        }
        const auto [id, name] = holders.toRead.takeFirst();
        ++m_holderReads;
        m_client->send(ScimRequest::get(m_capabilities.usersEndpoint.toUtf8(), id), this,
                       [this, index, name](const ScimResponse &response) {
                           --m_holderReads;
                           takeHolder(index, name, response);
                           pumpHolders();
                       });
    }
}

void ReadBackVerifier::takeHolder(int index, const QString &name, const ScimResponse &response)
{
    const Change &change = m_plan.changes.at(index);
    Holders &holders = m_holders[index];
    const bool wanted = change.kind == Change::Kind::AddToGroup;
    const QJsonValue held = Patch::valueAt(
        response.json, m_capabilities.licenceSchema + u":productLicenses." + change.licence);
    // A user that cannot be read is not judged; one that is shows whether the group carries it.
    if (response.ok() && held.toBool() != wanted)
        holders.wrong.append(name);
    if (response.ok() && response.json.contains(u"id"))
        m_results[index].related.append(response.json);
    if (--holders.left > 0)
        return;
    ChangeResult &result = m_results[index];
    if (!holders.wrong.isEmpty()) {
        // The membership was made: the service decides what a group grants. Say so plainly.
        result.message = wanted
            ? tr("joined %1, but %2 does not hold %3: check that the group grants %3 in the "
                 "service's admin panel")
                  .arg(change.targetName, holders.wrong.join(u", "), change.licence)
            : tr("left %1, but %2 still holds %3: another group or the service's admin panel "
                 "grants it")
                  .arg(change.targetName, holders.wrong.join(u", "), change.licence);
    }
    m_holders.remove(index);
    Q_EMIT verified(index, result);
    finishIfDone();
}

void ReadBackVerifier::readsDone()
{
    m_readsDone = true;
    finishIfDone();
}

void ReadBackVerifier::finishIfDone()
{
    if (m_readsDone && m_holders.isEmpty() && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void ReadBackVerifier::readByPagesIfCheaper(const QList<int> &toRead, const QList<int> &users)
{
    // Many users to read back: listing the directory page by page may take fewer requests than
    // one GET each. Ask how big it is, then choose.
    ScimRequest count;
    count.path = m_capabilities.usersEndpoint.toUtf8();
    count.query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    m_client->send(count, this, [this, toRead, users](const ScimResponse &response) {
        const qint64 total
            = response.ok() ? response.json.value(u"totalResults").toInteger(-1) : -1;
        const int pageSize = m_capabilities.effectivePageSize(1000);
        const qint64 pages = total < 0 ? LLONG_MAX : (total + pageSize - 1) / pageSize;
        if (pages >= users.size())
            readOneByOne(toRead);
        else
            readByPages(toRead, pageSize);
    });
}

void ReadBackVerifier::readByPages(const QList<int> &toRead, int pageSize)
{
    QHash<QString, int> wanted; // user id -> change index
    for (const int index : toRead) {
        if (isListedUser(m_plan.changes.at(index)))
            wanted.insert(idOf(index), index);
    }
    PagedReader::Options options;
    options.endpoint = m_capabilities.usersEndpoint.toUtf8();
    options.pageSize = pageSize;
    options.concurrency = m_concurrency;
    auto *reader = new PagedReader(m_client, options, this);
    connect(reader, &PagedReader::resourcesReceived, this,
            [this, wanted](const QJsonArray &page) { takePage(page, wanted); });
    // What the pages did not show (a service that leaves deactivated users out of lists or
    // attributes out of list entries, or a read that failed) is read one by one.
    const auto rest = [this, reader, toRead] {
        reader->disconnect(this); // failed() and finished() both end the read
        reader->deleteLater();
        QList<int> remaining;
        for (const int index : toRead) {
            if (!m_foundInPages.contains(index))
                remaining.append(index);
        }
        if (remaining.isEmpty())
            readsDone();
        else
            readOneByOne(remaining);
    };
    connect(reader, &PagedReader::finished, this, rest);
    connect(reader, &PagedReader::failed, this, rest);
    reader->start();
}

void ReadBackVerifier::takePage(const QJsonArray &page, const QHash<QString, int> &wanted)
{
    for (const QJsonValue &value : page) {
        const QJsonObject resource = value.toObject();
        const int index = wanted.value(resource.value(u"id").toString(), -1);
        if (index < 0 || m_foundInPages.contains(index))
            continue;
        // Lists may leave attributes out: a change whose attributes a page does not show is
        // read on its own afterwards.
        if (lacksAttributes(m_plan.changes.at(index), resource))
            continue;
        m_foundInPages.insert(index);
        judge(index, resource, false);
    }
}

void ReadBackVerifier::readOneByOne(const QList<int> &toRead)
{
    m_queue = toRead;
    m_reading = int(toRead.size());
    for (int i = 0; i < m_concurrency && !m_queue.isEmpty(); ++i)
        readNext();
}

void ReadBackVerifier::readNext()
{
    if (m_queue.isEmpty())
        return;
    const int index = m_queue.takeFirst();
    const Change &change = m_plan.changes.at(index);
    const QByteArray endpoint = change.resourceType == u"Group"
        ? m_capabilities.groupsEndpoint.toUtf8()
        : m_capabilities.usersEndpoint.toUtf8();
    m_client->send(ScimRequest::get(endpoint, idOf(index)), this,
                   [this, index](const ScimResponse &response) { takeRead(index, response); });
}

void ReadBackVerifier::takeRead(int index, const ScimResponse &response)
{
    const bool gone = response.error.kind() == ScimError::Kind::NotFound;
    // A group returned without `members` (services may leave them out) shows no member, so it
    // would count every removal as made and every addition as not.
    const bool membersLeftOut = response.ok() && isMembership(m_plan.changes.at(index))
        && lacksAttributes(m_plan.changes.at(index), response.json);
    if ((response.ok() || gone) && !membersLeftOut) {
        judge(index, response.json, gone);
    } else {
        ChangeResult &result = m_results[index];
        result.message = membersLeftOut
            ? tr("applied, but could not be read back to check: the service did not show the "
                 "group's members")
            : tr("applied, but could not be read back to check: %1").arg(response.error.message());
        Q_EMIT unverifiable(index, result);
    }
    if (--m_reading == 0) {
        readsDone();
        return;
    }
    readNext();
}

QString ReadBackVerifier::idOf(int index) const
{
    const Change &change = m_plan.changes.at(index);
    return change.targetId.isEmpty() ? m_results.at(index).createdId : change.targetId;
}

} // namespace ScimDesk
