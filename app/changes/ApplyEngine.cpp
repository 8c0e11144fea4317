#include "ApplyEngine.h"

#include "PlanBuilder.h"
#include "audit/AuditLog.h"
#include "scim/Filter.h"
#include "scim/PagedReader.h"
#include "scim/Patch.h"
#include "scim/ScimClient.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace ScimDesk {

using Outcome = ChangeResult::Outcome;

QString ChangeResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::InFlight:
        return QStringLiteral("inFlight");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::NotApplied:
        return QStringLiteral("notApplied");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject ChangeResult::toJson() const
{
    QJsonObject json {{QStringLiteral("id"), changeId},
                      {QStringLiteral("result"), outcomeKey(outcome)},
                      {QStringLiteral("httpStatus"), httpStatus},
                      {QStringLiteral("attempts"), attempts}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!createdId.isEmpty())
        json.insert(QStringLiteral("createdId"), createdId);
    return json;
}

QJsonObject ApplyEngine::Summary::toJson() const
{
    return QJsonObject {{QStringLiteral("applied"), applied},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("notApplied"), notApplied},
                        {QStringLiteral("skipped"), skipped}};
}

ApplyEngine::ApplyEngine(ScimClient *client, ServiceCapabilities capabilities, Plan plan,
                         Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_capabilities(std::move(capabilities))
    , m_plan(std::move(plan))
    , m_options(options)
{
    m_options.concurrency = qMax(1, m_options.concurrency);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &ApplyEngine::pump);
    for (int i = 0; i < m_plan.changes.size(); ++i) {
        ChangeResult result;
        result.changeId = m_plan.changes.at(i).id;
        m_results.append(result);
        m_indexById.insert(result.changeId, i);
    }
}

ApplyEngine::~ApplyEngine() = default;

QList<ChangeResult> ApplyEngine::results() const
{
    return m_results;
}

ApplyEngine::Summary ApplyEngine::summary() const
{
    Summary summary;
    for (const ChangeResult &result : m_results) {
        switch (result.outcome) {
        case Outcome::Applied:
            ++summary.applied;
            break;
        case Outcome::NotApplied:
            ++summary.notApplied;
            break;
        case Outcome::Failed:
        case Outcome::Conflict:
            ++summary.failed;
            break;
        default:
            ++summary.skipped;
            break;
        }
    }
    return summary;
}

int ApplyEngine::etaSeconds() const
{
    int done = 0;
    for (const ChangeResult &result : m_results)
        done += result.outcome != Outcome::Pending && result.outcome != Outcome::InFlight ? 1 : 0;
    const int doneHere = done - m_doneAtStart;
    if (!m_clock.isValid() || doneHere <= 0)
        return -1;
    const double perChange = double(m_clock.elapsed()) / doneHere;
    return int((m_results.size() - done) * perChange / 1000.0 + 0.5);
}

void ApplyEngine::journal(const Change &change, const QString &state, const ChangeResult *result)
{
    if (!m_journal.isOpen())
        return;
    QJsonObject line {
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("change"), change.id},
        {QStringLiteral("state"), state}};
    if (result) {
        line.insert(QStringLiteral("attempt"), result->attempts);
        line.insert(QStringLiteral("httpStatus"), result->httpStatus);
        line.insert(QStringLiteral("result"), ChangeResult::outcomeKey(result->outcome));
        if (!result->createdId.isEmpty())
            line.insert(QStringLiteral("createdId"), result->createdId);
        if (!result->message.isEmpty())
            line.insert(QStringLiteral("message"), result->message);
    }
    m_journal.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_journal.flush(); // on disk (in the OS) before the request goes out / after the answer
}

void ApplyEngine::start()
{
    m_running = true;
    m_cancelled = false;
    m_limit = m_options.concurrency;
    m_clock.start();
    if (!m_options.journalPath.isEmpty()) {
        // One apply per journal at a time, across the console and the CLI: a journal another
        // program is writing looks just like an interrupted one.
        m_lock = std::make_unique<QLockFile>(m_options.journalPath + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // held for the whole apply; a dead holder is detected
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            for (int i = 0; i < m_results.size(); ++i)
                m_results[i].outcome = Outcome::Skipped;
            for (ChangeResult &result : m_results)
                result.message = tr("not sent: another window or scimdesk-cli is applying to "
                                    "this connection");
            m_running = false;
            QTimer::singleShot(0, this, &ApplyEngine::finished);
            return;
        }
        m_journal.setFileName(m_options.journalPath);
        if (m_journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
            // A resumed apply continues the same journal; a new one starts it.
            QJsonObject header {{QStringLiteral("time"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("state"),
                                 m_resumed ? QStringLiteral("resume") : QStringLiteral("start")}};
            if (!m_resumed)
                header.insert(QStringLiteral("plan"), m_plan.toJson());
            m_journal.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
            m_journal.flush();
        }
    }
    for (int i = 0; i < m_plan.changes.size(); ++i) {
        if (!m_plan.changes.at(i).included) {
            m_results[i].outcome = Outcome::Skipped;
            m_results[i].message = tr("excluded from the plan");
        }
    }
    m_doneAtStart = 0;
    for (const ChangeResult &result : std::as_const(m_results))
        m_doneAtStart += result.outcome != Outcome::Pending ? 1 : 0;
    if (!m_unsure.isEmpty()) {
        settleUnsure();
        return;
    }
    pump();
}

void ApplyEngine::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    QTimer::singleShot(0, this, &ApplyEngine::pump); // not from inside a signal handler
}

bool ApplyEngine::isReady(const Change &change) const
{
    for (const QString &dependency : change.dependsOn) {
        const int needed = m_indexById.value(dependency, -1);
        if (needed < 0 || m_results.at(needed).outcome != Outcome::Applied)
            return false;
    }
    return true;
}

void ApplyEngine::pump()
{
    if (!m_running || m_verifying)
        return;
    for (int i = 0; i < m_results.size(); ++i) {
        ChangeResult &result = m_results[i];
        if (result.outcome != Outcome::Pending)
            continue;
        if (m_cancelled) {
            settle(i, Outcome::Skipped, tr("not sent: applying was cancelled"));
            continue;
        }
        // A change whose prerequisite ended without applying can never be sent.
        for (const QString &dependency : m_plan.changes.at(i).dependsOn) {
            const int needed = m_indexById.value(dependency, -1);
            if (needed < 0) {
                settle(
                    i, Outcome::Skipped,
                    tr("not sent: change %1, which it needs, is not in the plan").arg(dependency));
                break;
            }
            const ChangeResult &before = m_results.at(needed);
            if (before.outcome != Outcome::Pending && before.outcome != Outcome::InFlight
                && before.outcome != Outcome::Applied) {
                settle(i, Outcome::Skipped,
                       tr("not sent: change %1, which it needs, did not apply").arg(dependency));
                break;
            }
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_cancelled && now < m_pausedUntil) {
        m_wake.start(int(m_pausedUntil - now));
        finishIfDone();
        return;
    }
    for (int i = 0; i < m_results.size() && m_inFlight < m_limit && !m_cancelled; ++i) {
        if (m_results.at(i).outcome == Outcome::Pending && isReady(m_plan.changes.at(i)))
            send(i);
    }
    finishIfDone();
}

QByteArray ApplyEngine::resolvedBody(const Change &change) const
{
    if (change.request.body.isEmpty())
        return {};
    QByteArray body = QJsonDocument(change.request.body).toJson(QJsonDocument::Compact);
    for (const QString &dependency : change.dependsOn) {
        const ChangeResult &created = m_results.at(m_indexById.value(dependency));
        body = PlanBuilder::withCreatedId(body, dependency, created.createdId);
    }
    return body;
}

void ApplyEngine::send(int index)
{
    const Change &change = m_plan.changes.at(index);
    ChangeResult &result = m_results[index];
    result.outcome = Outcome::InFlight;
    ++result.attempts;
    ++m_inFlight;
    journal(change, QStringLiteral("sending"), &result);

    ScimRequest request;
    request.method = change.request.method;
    request.path = change.request.path;
    request.body = resolvedBody(change);
    request.ifMatch = change.request.ifMatch;
    request.maxAttempts = 1; // the engine decides what is safe to send again
    // Whether an earlier attempt may have reached the service before its answer was lost.
    const bool ambiguousBefore = m_ambiguous.contains(index);
    m_client->send(request, this, [this, index, ambiguousBefore](const ScimResponse &response) {
        --m_inFlight;
        handleAnswer(index, response, ambiguousBefore);
    });
}

void ApplyEngine::handleAnswer(int index, const ScimResponse &response, bool ambiguousBefore)
{
    const Change &change = m_plan.changes.at(index);
    ChangeResult &result = m_results[index];
    result.httpStatus = response.status;
    const ScimError &error = response.error;

    if (response.ok()) {
        if (response.json.contains(u"id"))
            result.resource = response.json;
        if (change.request.method == "POST")
            result.createdId = response.json.value(u"id").toString();
        result.message.clear();
        if (++m_successStreak >= 10 && m_limit < m_options.concurrency) {
            ++m_limit; // the service keeps up again: speed back up
            m_successStreak = 0;
        }
        settle(index, Outcome::Applied, {}, response.status);
        pump();
        return;
    }
    m_successStreak = 0;
    const bool ambiguous = error.kind() == ScimError::Kind::Timeout
        || error.kind() == ScimError::Kind::ConnectionReset
        || error.kind() == ScimError::Kind::Network || error.kind() == ScimError::Kind::ServerError;

    if (error.kind() == ScimError::Kind::TooManyRequests) {
        m_limit = qMax(1, m_limit / 2);
        retryLater(index, error, ambiguousBefore);
    } else if (error.isTransient()) {
        if (change.request.method == "POST" && (ambiguous || ambiguousBefore)) {
            // The create may have happened before the answer was lost: look before sending again.
            lookUpCreated(index, [this, index, error](bool found) {
                if (found) {
                    settle(index, Outcome::Applied, {}, 201);
                    pump();
                } else {
                    retryLater(index, error, true);
                }
            });
        } else {
            retryLater(index, error, ambiguous || ambiguousBefore);
        }
    } else if (error.kind() == ScimError::Kind::PreconditionFailed && ambiguousBefore) {
        // Our own earlier attempt may be what changed the version: check the service's state.
        ++m_inFlight;
        const QByteArray endpoint = change.request.path.left(change.request.path.lastIndexOf('/'));
        m_client->send(ScimRequest::get(endpoint, change.targetId), this,
                       [this, index](const ScimResponse &current) {
                           --m_inFlight;
                           const Change &c = m_plan.changes.at(index);
                           if (current.ok() && mismatch(c, current.json).isEmpty()) {
                               m_results[index].resource = current.json;
                               settle(index, Outcome::Applied, {}, 200);
                           } else {
                               settle(index, Outcome::Conflict,
                                      tr("changed since the plan was made (412) — review it again"),
                                      412);
                           }
                           pump();
                       });
    } else if (error.kind() == ScimError::Kind::PreconditionFailed) {
        settle(index, Outcome::Conflict,
               tr("changed since the plan was made (412) — review it again"), 412);
        pump();
    } else if (error.kind() == ScimError::Kind::Uniqueness && change.request.method == "POST") {
        lookUpCreated(index, [this, index, error](bool found) {
            ChangeResult &r = m_results[index];
            const QString existing = found ? r.createdId : QString();
            r.createdId.clear();
            settle(index, Outcome::Failed,
                   existing.isEmpty() ? tr("already exists")
                                      : tr("already exists (id %1)").arg(existing),
                   409);
            pump();
        });
    } else if (error.kind() == ScimError::Kind::NotFound && change.request.method == "DELETE"
               && ambiguousBefore) {
        settle(index, Outcome::Applied, tr("deleted (by an earlier attempt whose answer was lost)"),
               404);
        pump();
    } else {
        settle(index, Outcome::Failed, error.message(), response.status);
        pump();
    }
}

void ApplyEngine::retryLater(int index, const ScimError &error, bool ambiguous)
{
    ChangeResult &result = m_results[index];
    const int limit = error.kind() == ScimError::Kind::TooManyRequests ? 2 * m_options.maxAttempts
                                                                       : m_options.maxAttempts;
    if (result.attempts >= limit || m_cancelled) {
        QString message = error.message();
        if (ambiguous)
            message += u' '
                + tr("The service may have made this change; refresh to check before trying "
                     "again.");
        settle(index, Outcome::Failed, message, error.httpStatus());
        pump();
        return;
    }
    const qint64 exponential
        = qMin<qint64>(30'000, qint64(m_options.baseDelayMs) << qMin(result.attempts - 1, 12));
    qint64 delay = exponential / 2 + QRandomGenerator::global()->bounded(exponential / 2 + 1);
    if (error.retryAfterSeconds() >= 0) {
        delay = qMax<qint64>(delay, qint64(error.retryAfterSeconds()) * 1000);
        // Everyone waits: the service asked us to slow down, not just this request.
        m_pausedUntil = qMax(
            m_pausedUntil, QDateTime::currentMSecsSinceEpoch() + error.retryAfterSeconds() * 1000);
    }
    result.outcome = Outcome::Pending;
    result.message.clear();
    if (ambiguous)
        m_ambiguous.insert(index);
    QTimer::singleShot(int(delay), this, &ApplyEngine::pump);
}

void ApplyEngine::lookUpCreated(int index, std::function<void(bool)> then)
{
    const Change &change = m_plan.changes.at(index);
    const bool group = change.resourceType == u"Group";
    const QString attribute = group ? QStringLiteral("displayName") : QStringLiteral("userName");
    ScimRequest request;
    request.path = change.request.path;
    request.query.addQueryItem(
        QStringLiteral("filter"),
        QString::fromLatin1(QUrl::toPercentEncoding(Filter::eq(attribute, change.targetName))));
    ++m_inFlight;
    m_client->send(
        request, this, [this, index, then = std::move(then)](const ScimResponse &response) {
            --m_inFlight;
            const QJsonArray found = response.json.value(u"Resources").toArray();
            if (response.ok() && found.size() == 1) {
                m_results[index].createdId = found.first().toObject().value(u"id").toString();
                m_results[index].resource = found.first().toObject();
                then(true);
                return;
            }
            then(false);
        });
}

void ApplyEngine::settle(int index, Outcome outcome, const QString &message, int status)
{
    ChangeResult &result = m_results[index];
    result.outcome = outcome;
    result.message = message;
    if (status)
        result.httpStatus = status;
    const Change &change = m_plan.changes.at(index);
    journal(change, QStringLiteral("answered"), &result);
    const bool awaitsVerification = outcome == Outcome::Applied && m_options.verify;
    if (!awaitsVerification && m_options.audit && result.attempts > 0)
        m_options.audit->append(m_plan, change, result.httpStatus,
                                ChangeResult::outcomeKey(outcome), message);
    if (!awaitsVerification)
        Q_EMIT changeFinished(result);
    int done = 0;
    for (const ChangeResult &r : std::as_const(m_results))
        done += r.outcome != Outcome::Pending && r.outcome != Outcome::InFlight ? 1 : 0;
    Q_EMIT progress(done, int(m_results.size()));
}

void ApplyEngine::complete()
{
    m_verifying = false;
    m_running = false;
    if (m_journal.isOpen()) {
        const QJsonObject line {
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("state"), QStringLiteral("finished")},
            {QStringLiteral("summary"), summary().toJson()}};
        m_journal.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_journal.flush();
        m_journal.close();
    }
    m_lock.reset();
    Q_EMIT finished();
}

bool ApplyEngine::journalInUse(const QString &journalPath)
{
    QLockFile lock(journalPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    return !lock.tryLock(0); // unlocks again when it goes out of scope
}

QString ApplyEngine::journalPath(const QString &connectionId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal");
    QDir().mkpath(dir);
    return dir + u'/' + connectionId + QStringLiteral(".jsonl");
}

std::optional<ApplyEngine::Interrupted> ApplyEngine::readJournal(const QString &path,
                                                                 QString *error)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Interrupted state;
    bool started = false;
    bool finishedRun = false;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.isEmpty())
            continue; // a line torn by the crash
        const QString kind = line.value(u"state").toString();
        if (kind == u"start") {
            const auto plan = Plan::fromJson(line.value(u"plan").toObject(), error);
            if (!plan)
                return std::nullopt;
            state = Interrupted {};
            state.plan = *plan;
            started = true;
            finishedRun = false;
        } else if (kind == u"finished") {
            finishedRun = true;
        } else if (started) {
            const QString id = line.value(u"change").toString();
            const QString result = line.value(u"result").toString();
            if (kind == u"sending") {
                state.inFlight.insert(id);
                state.verified.remove(id);
                continue;
            }
            state.inFlight.remove(id);
            if (kind == u"verified")
                state.verified.insert(id);
            ChangeResult settled;
            settled.changeId = id;
            settled.httpStatus = line.value(u"httpStatus").toInt();
            settled.attempts = line.value(u"attempt").toInt();
            settled.createdId = line.value(u"createdId").toString();
            settled.message = line.value(u"message").toString();
            if (result == u"applied")
                settled.outcome = Outcome::Applied;
            else if (result == u"notApplied")
                settled.outcome = Outcome::NotApplied;
            else if (result == u"failed")
                settled.outcome = Outcome::Failed;
            else if (result == u"conflict")
                settled.outcome = Outcome::Conflict;
            else {
                state.settled.remove(id); // pending again (a retry was due)
                continue;
            }
            state.settled.insert(id, settled);
        }
    }
    if (!started || finishedRun)
        return std::nullopt;
    return state;
}

void ApplyEngine::resume(const Interrupted &state)
{
    for (auto it = state.settled.cbegin(); it != state.settled.cend(); ++it) {
        const int index = m_indexById.value(it.key(), -1);
        if (index >= 0)
            m_results[index] = it.value();
    }
    m_unsure = state.inFlight;
    m_verified = state.verified;
    m_resumed = true;
}

void ApplyEngine::settleUnsure()
{
    // Changes that were in flight when the program died: read the service to learn whether
    // they happened before sending anything again.
    const QStringList unsure(m_unsure.cbegin(), m_unsure.cend());
    m_unsure.clear();
    for (const QString &id : unsure) {
        const int index = m_indexById.value(id, -1);
        if (index < 0 || m_results.at(index).outcome != Outcome::Pending)
            continue;
        const Change &change = m_plan.changes.at(index);
        ++m_inFlight;
        // Held back from pump() until the read-back says whether it happened.
        m_results[index].outcome = Outcome::InFlight;
        if (change.request.method == "POST") {
            lookUpCreated(index, [this, index](bool found) {
                --m_inFlight;
                if (found)
                    settle(index, Outcome::Applied, {}, 201);
                else
                    m_results[index].outcome = Outcome::Pending; // did not happen: send it
                m_ambiguous.insert(index);
                pump();
            });
            continue;
        }
        const QByteArray endpoint = change.resourceType == u"Group"
            ? m_capabilities.groupsEndpoint.toUtf8()
            : m_capabilities.usersEndpoint.toUtf8();
        m_client->send(ScimRequest::get(endpoint, change.targetId), this,
                       [this, index](const ScimResponse &response) {
                           --m_inFlight;
                           const Change &c = m_plan.changes.at(index);
                           const bool gone = response.error.kind() == ScimError::Kind::NotFound;
                           if ((c.kind == Change::Kind::DeleteUser && gone)
                               || (response.ok() && mismatch(c, response.json).isEmpty())) {
                               m_results[index].resource = response.json;
                               settle(index, Outcome::Applied, {}, response.status);
                           } else {
                               // Not seen done (or not readable): send it, as a change whose
                               // first attempt may have happened.
                               m_results[index].outcome = Outcome::Pending;
                               m_ambiguous.insert(index);
                           }
                           pump();
                       });
    }
    pump();
}

void ApplyEngine::finishIfDone()
{
    if (!m_running || m_verifying || m_inFlight > 0)
        return;
    for (const ChangeResult &result : std::as_const(m_results)) {
        if (result.outcome == Outcome::Pending || result.outcome == Outcome::InFlight)
            return;
    }
    if (m_options.verify) {
        verifyAll();
        return;
    }
    complete();
}

namespace {

// Whether reading back checks `attribute`: of a new user only userName and active, as services
// fill in and normalise the rest of a new resource.
bool isChecked(const Change &change, const AttributeChange &attribute)
{
    return change.kind != Change::Kind::CreateUser || attribute.path == u"userName"
        || attribute.path == u"active";
}

} // namespace

bool ApplyEngine::lacksAttributes(const Change &change, const QJsonObject &resource)
{
    if (change.resourceType == u"Group" && change.kind != Change::Kind::CreateGroup)
        return !resource.contains(u"members");
    for (const AttributeChange &attribute : change.attributes) {
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

QString ApplyEngine::mismatch(const Change &change, const QJsonObject &resource) const
{
    if (change.resourceType == u"Group" && change.kind != Change::Kind::CreateGroup) {
        QString member = change.attributes.isEmpty()
            ? QString()
            : (change.kind == Change::Kind::AddToGroup ? change.attributes.first().after
                                                       : change.attributes.first().before)
                  .toArray()
                  .first()
                  .toObject()
                  .value(u"value")
                  .toString();
        for (const QString &dependency : change.dependsOn)
            member.replace(PlanBuilder::placeholderFor(dependency),
                           m_results.at(m_indexById.value(dependency)).createdId);
        bool present = false;
        for (const QJsonValue &value : resource.value(u"members").toArray())
            present = present || value.toObject().value(u"value").toString() == member;
        const bool wanted = change.kind == Change::Kind::AddToGroup;
        if (present != wanted)
            return wanted
                ? tr("%1 is not a member of %2").arg(change.intents.value(0), change.targetName)
                : tr("%1 is still a member of %2").arg(change.intents.value(0), change.targetName);
        return {};
    }
    for (const AttributeChange &attribute : change.attributes) {
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
            .arg(attribute.path,
                 haveAbsent ? tr("absent")
                            : QString::fromUtf8(
                                  QJsonDocument(QJsonArray {have}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1),
                 wantAbsent ? tr("absent")
                            : QString::fromUtf8(QJsonDocument(QJsonArray {attribute.after})
                                                    .toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1));
    }
    return {};
}

void ApplyEngine::verifyOne(int index, const QJsonObject &resource, bool gone)
{
    const Change &change = m_plan.changes.at(index);
    ChangeResult &result = m_results[index];
    QString problem;
    if (change.kind == Change::Kind::DeleteUser)
        problem = gone ? QString() : tr("the user still exists on the service");
    else if (gone)
        problem = tr("the resource is gone from the service");
    else
        problem = mismatch(change, resource);
    if (!problem.isEmpty()) {
        result.outcome = Outcome::NotApplied;
        result.message = tr("not applied by the service: %1").arg(problem);
    } else if (!gone) {
        result.resource = resource;
    }
    journal(change, QStringLiteral("verified"), &result);
    if (m_options.audit)
        m_options.audit->append(m_plan, change, result.httpStatus,
                                ChangeResult::outcomeKey(result.outcome), result.message);
    Q_EMIT changeFinished(result);
}

void ApplyEngine::verifyAll()
{
    m_verifying = true;
    // Reuse what the service answered where it sent the resource back; read the rest.
    QList<int> toRead;
    for (int i = 0; i < m_results.size(); ++i) {
        const ChangeResult &result = m_results.at(i);
        if (result.outcome != Outcome::Applied || m_verified.contains(result.changeId))
            continue; // verified (and audited) before an interruption: once is enough
        const Change &change = m_plan.changes.at(i);
        const bool hasBody
            = !result.resource.isEmpty() && (result.httpStatus == 200 || result.httpStatus == 201);
        // An answer that shows the attributes the change touched settles it, made or not. One
        // that leaves them out (services trim what they return) says nothing: the resource is
        // read.
        if (change.kind != Change::Kind::DeleteUser && hasBody
            && !lacksAttributes(change, result.resource))
            verifyOne(i, result.resource, false);
        else
            toRead.append(i);
    }
    m_verifyPending = int(toRead.size());
    if (m_verifyPending == 0) {
        complete();
        return;
    }
    // Many users to read back: listing the directory page by page may take fewer requests than
    // one GET each. Ask how big it is, then choose.
    QList<int> users;
    for (const int index : std::as_const(toRead)) {
        const Change &change = m_plan.changes.at(index);
        if (change.resourceType == u"User" && change.kind != Change::Kind::DeleteUser)
            users.append(index);
    }
    if (users.size() < MinUsersForPageReadBack) {
        readBackOneByOne(toRead);
        return;
    }
    ScimRequest count;
    count.path = m_capabilities.usersEndpoint.toUtf8();
    count.query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    m_client->send(count, this, [this, toRead, users](const ScimResponse &response) {
        const qint64 total
            = response.ok() ? response.json.value(u"totalResults").toInteger(-1) : -1;
        const int pageSize = m_capabilities.effectivePageSize(1000);
        const qint64 pages = total < 0 ? LLONG_MAX : (total + pageSize - 1) / pageSize;
        if (pages >= users.size()) {
            readBackOneByOne(toRead);
            return;
        }
        readBackByPages(toRead, pageSize);
    });
}

void ApplyEngine::readBackByPages(const QList<int> &toRead, int pageSize)
{
    QHash<QString, int> wanted; // user id -> change index
    for (const int index : toRead) {
        const Change &change = m_plan.changes.at(index);
        if (change.resourceType == u"User" && change.kind != Change::Kind::DeleteUser)
            wanted.insert(
                change.targetId.isEmpty() ? m_results.at(index).createdId : change.targetId, index);
    }
    PagedReader::Options options;
    options.endpoint = m_capabilities.usersEndpoint.toUtf8();
    options.pageSize = pageSize;
    options.concurrency = qMax(1, m_options.concurrency);
    auto *reader = new PagedReader(m_client, options, this);
    auto found = std::make_shared<QSet<int>>();
    connect(reader, &PagedReader::resourcesReceived, this,
            [this, wanted, found](const QJsonArray &page) {
                for (const QJsonValue &value : page) {
                    const QJsonObject resource = value.toObject();
                    const int index = wanted.value(resource.value(u"id").toString(), -1);
                    if (index < 0 || found->contains(index))
                        continue;
                    // Lists may leave attributes out: a change whose attributes a page does not
                    // show is read on its own below.
                    if (lacksAttributes(m_plan.changes.at(index), resource))
                        continue;
                    found->insert(index);
                    verifyOne(index, resource, false);
                    --m_verifyPending;
                }
            });
    // What the pages did not show (a service that leaves deactivated users out of lists or
    // attributes out of list entries, or a read that failed) is read one by one.
    const auto rest = [this, reader, toRead, found, ended = std::make_shared<bool>(false)] {
        if (std::exchange(*ended, true))
            return; // failed() and finished() both end the read
        reader->deleteLater();
        QList<int> remaining;
        for (const int index : toRead) {
            if (!found->contains(index))
                remaining.append(index);
        }
        if (remaining.isEmpty()) {
            complete();
            return;
        }
        readBackOneByOne(remaining);
    };
    connect(reader, &PagedReader::finished, this, rest);
    connect(reader, &PagedReader::failed, this, rest);
    reader->start();
}

void ApplyEngine::readBackOneByOne(const QList<int> &toRead)
{
    m_verifyPending = int(toRead.size());
    auto queue = std::make_shared<QList<int>>(toRead);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, queue, next] {
        if (queue->isEmpty())
            return;
        const int index = queue->takeFirst();
        const Change &change = m_plan.changes.at(index);
        const QString id
            = change.targetId.isEmpty() ? m_results.at(index).createdId : change.targetId;
        const QByteArray endpoint = change.resourceType == u"Group"
            ? m_capabilities.groupsEndpoint.toUtf8()
            : m_capabilities.usersEndpoint.toUtf8();
        m_client->send(ScimRequest::get(endpoint, id), this,
                       [this, index, next](const ScimResponse &response) {
                           const bool gone = response.error.kind() == ScimError::Kind::NotFound;
                           if (response.ok() || gone) {
                               verifyOne(index, response.json, gone);
                           } else {
                               ChangeResult &result = m_results[index];
                               result.message
                                   = tr("applied, but could not be read back to check: %1")
                                         .arg(response.error.message());
                               if (m_options.audit)
                                   m_options.audit->append(
                                       m_plan, m_plan.changes.at(index), result.httpStatus,
                                       ChangeResult::outcomeKey(result.outcome), result.message);
                               Q_EMIT changeFinished(result);
                           }
                           if (--m_verifyPending == 0) {
                               complete();
                               return;
                           }
                           (*next)();
                       });
    };
    for (int i = 0; i < m_options.concurrency; ++i)
        (*next)();
}

} // namespace ScimDesk
