#include "ApplyEngine.h"

#include "AuditSink.h"
#include "PlanBuilder.h"
#include "ReadBackVerifier.h"
#include "lucid/LucidRestClient.h"
#include "scim/Filter.h"
#include "scim/ScimClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk {

using Outcome = ChangeResult::Outcome;

QJsonObject ApplyEngine::Summary::toJson() const
{
    return QJsonObject {{QStringLiteral("applied"), applied},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("notApplied"), notApplied},
                        {QStringLiteral("skipped"), skipped}};
}

namespace {

QString busyMessage()
{
    return ApplyEngine::tr("Another window or scimdesk-cli is applying to this connection right "
                           "now; wait for it to finish. Nothing was sent.");
}

QString mayHaveMade()
{
    return ApplyEngine::tr(
        "The service may have made this change; refresh to check before trying again.");
}

} // namespace

ApplyEngine::ApplyEngine(ScimClient *client, ServiceCapabilities capabilities, Plan plan,
                         Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_capabilities(std::move(capabilities))
    , m_plan(std::move(plan))
    , m_options(options)
    , m_concurrency(options.concurrency)
{
    m_options.concurrency = m_concurrency.maximum();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &ApplyEngine::pump);
    // A hand-over of documents left out of the plan holds back nothing: the admin chose to
    // deprovision without it.
    QSet<QString> excludedTransfers;
    for (const Change &change : std::as_const(m_plan.changes)) {
        if (change.kind == Change::Kind::TransferDocuments && !change.included)
            excludedTransfers.insert(change.id);
    }
    for (Change &change : m_plan.changes)
        change.dependsOn.removeIf(
            [&](const QString &id) { return excludedTransfers.contains(id); });
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

void ApplyEngine::resume(const ApplyJournal::Interrupted &state)
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

void ApplyEngine::useJournal(std::unique_ptr<ApplyJournal> journal)
{
    Q_ASSERT(journal && journal->isLocked());
    m_journal = std::move(journal);
}

bool ApplyEngine::openJournal()
{
    // Nothing is sent unless its record can be kept: the journal (what was sent, for resume)
    // and the audit log (what was applied).
    if (!m_journal && !m_options.journalPath.isEmpty()) {
        m_journal = std::make_unique<ApplyJournal>(m_options.journalPath);
        QString why;
        if (!m_journal->lock(&why)) {
            m_journal.reset();
            m_recordError = why.isEmpty()
                ? busyMessage()
                : tr("The record of this apply cannot be kept: %1 Nothing was sent.").arg(why);
            return false;
        }
    }
    // The audit log first: a refusal must leave no journal that reads as an interrupted apply.
    if (const QString why = m_options.audit ? m_options.audit->writable() : QString();
        !why.isEmpty()) {
        m_recordError
            = tr("The record of this apply cannot be kept: %1 Nothing was sent.").arg(why);
        return false;
    }
    if (m_journal
        && !(m_resumed ? m_journal->beginResumed() : m_journal->begin(m_plan, m_options.runId))) {
        m_recordError = tr("The record of this apply cannot be kept: %1 Nothing was sent.")
                            .arg(m_journal->errorString());
        return false;
    }
    return true;
}

void ApplyEngine::start()
{
    m_running = true;
    m_cancelled = false;
    m_concurrency.reset();
    m_clock.start();
    if (!openJournal()) {
        for (ChangeResult &result : m_results) {
            if (result.outcome != Outcome::Pending)
                continue; // settled by an interrupted apply
            result.outcome = Outcome::Skipped;
            result.message = m_recordError == busyMessage()
                ? tr("not sent: another window or scimdesk-cli is applying to this connection")
                : tr("not sent: the record of this apply cannot be kept");
        }
        m_journal.reset(); // kept as it was; the lock is released
        m_running = false;
        QTimer::singleShot(0, this, &ApplyEngine::finished);
        return;
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
    // Changes still waiting for the service's rate limits were never sent: take them back (they
    // end as not sent) rather than wait, maybe an hour, to send them.
    const QList<quint64> sending = m_requestIds.values();
    for (const quint64 requestId : sending)
        m_client->withdraw(requestId);
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

void ApplyEngine::skipUnsendable()
{
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome != Outcome::Pending)
            continue;
        if (m_cancelled && m_ambiguous.contains(i)) {
            // Waiting to be sent again after an attempt whose answer was lost: that attempt
            // may have been made, as when the stop comes while the request is out.
            settle(i, Outcome::Failed,
                   tr("Applying stopped before it was sent again.") + u' ' + mayHaveMade());
            continue;
        }
        if (m_cancelled) {
            const bool sentBefore = m_results.at(i).attempts > 0; // and refused, e.g. 429
            settle(i, Outcome::Skipped,
                   m_recordError.isEmpty()
                       ? (sentBefore ? tr("not sent again: applying was cancelled")
                                     : tr("not sent: applying was cancelled"))
                       : (sentBefore ? tr("not sent again: the record of this apply could not "
                                          "be kept")
                                     : tr("not sent: the record of this apply could not be kept")));
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
            const Outcome before = m_results.at(needed).outcome;
            if (before != Outcome::Pending && before != Outcome::InFlight
                && before != Outcome::Applied) {
                const Change &prerequisite = m_plan.changes.at(needed);
                settle(
                    i, Outcome::Skipped,
                    prerequisite.kind == Change::Kind::TransferDocuments
                        ? tr("not sent: %1's documents were not handed over (change %2), so "
                             "the account is left as it is")
                              .arg(prerequisite.targetName, dependency)
                        : tr("not sent: change %1, which it needs, did not apply").arg(dependency));
                break;
            }
        }
    }
}

void ApplyEngine::pump()
{
    if (!m_running || m_verifying)
        return;
    skipUnsendable();
    const qint64 paused = m_concurrency.pausedForMs(QDateTime::currentMSecsSinceEpoch());
    if (!m_cancelled && paused > 0) {
        m_wake.start(int(paused));
        finishIfDone();
        return;
    }
    for (int i = 0; i < m_results.size() && m_inFlight < m_concurrency.limit() && !m_cancelled;
         ++i) {
        if (m_results.at(i).outcome == Outcome::Pending && isReady(m_plan.changes.at(i)))
            send(i);
    }
    finishIfDone();
}

QByteArray ApplyEngine::resolvedBody(const Change &change) const
{
    QByteArray body = change.request.bodyJson; // sent as it is, once its created ids are in
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
    if (!journal(ApplyJournal::Step::Sending, result)) {
        // Not sent: a request the journal does not know of could be sent twice by a resume.
        --result.attempts;
        result.outcome = Outcome::Pending;
        QTimer::singleShot(0, this, &ApplyEngine::pump);
        return;
    }
    ++m_inFlight;
    if (change.kind == Change::Kind::TransferDocuments) {
        sendTransfer(index);
        return;
    }

    ScimRequest request;
    request.method = change.request.method;
    request.path = change.request.path;
    request.body = resolvedBody(change);
    request.ifMatch = change.request.ifMatch;
    request.maxAttempts = 1; // the engine decides what is safe to send again
    // Whether an earlier attempt may have reached the service before its answer was lost.
    const bool ambiguousBefore = m_ambiguous.contains(index);
    const quint64 requestId = m_client->send(
        request, this, [this, index, ambiguousBefore](const ScimResponse &response) {
            --m_inFlight;
            m_requestIds.remove(index);
            handleAnswer(index, response, ambiguousBefore);
        });
    m_requestIds.insert(index, requestId);
}

void ApplyEngine::handleAnswer(int index, const ScimResponse &response, bool ambiguousBefore)
{
    const Change &change = m_plan.changes.at(index);
    ChangeResult &result = m_results[index];
    if (response.attempts == 0 && response.error.kind() == ScimError::Kind::Cancelled) {
        // Withdrawn before it was sent (see cancel()): it did not happen.
        --result.attempts;
        result.outcome = Outcome::Pending;
        pump();
        return;
    }
    result.httpStatus = response.status;
    if (response.ok()) {
        if (response.json.contains(u"id"))
            result.resource = response.json;
        if (change.request.method == "POST")
            result.createdId = response.json.value(u"id").toString();
        result.message.clear();
        m_concurrency.succeeded();
        settle(index, Outcome::Applied, {}, response.status);
        pump();
        return;
    }
    m_concurrency.failed();
    const ScimError &error = response.error;
    const ScimError::Kind kind = error.kind();
    // Whether this attempt may have been made although its answer was lost.
    const bool ambiguous = kind == ScimError::Kind::Timeout
        || kind == ScimError::Kind::ConnectionReset || kind == ScimError::Kind::Network
        || kind == ScimError::Kind::ServerError;

    if (kind == ScimError::Kind::TooManyRequests) {
        m_concurrency.tooManyRequests();
        retryLater(index, error, ambiguousBefore);
    } else if (error.isTransient()) {
        handleTransient(index, error, ambiguous || ambiguousBefore);
    } else if (kind == ScimError::Kind::PreconditionFailed && ambiguousBefore) {
        // Our own earlier attempt may be what changed the version: check the service's state.
        checkConflict(index);
    } else if (kind == ScimError::Kind::PreconditionFailed) {
        settle(index, Outcome::Conflict,
               tr("changed since the plan was made (412) — review it again"), 412);
        pump();
    } else if (kind == ScimError::Kind::Uniqueness && change.request.method == "POST") {
        lookUpCreated(index, [this, index, ambiguousBefore](LookUp found) {
            ChangeResult &r = m_results[index];
            if (ambiguousBefore && found == LookUp::Found) {
                // What is there is most likely what this run's earlier attempt made, whose
                // answer was lost: taken as this create, as a DELETE's 404 after such an attempt.
                settle(index, Outcome::Applied,
                       tr("created (by an earlier attempt whose answer was lost)"), 409);
                pump();
                return;
            }
            const QString existing = found == LookUp::Found ? r.createdId : QString();
            r.createdId.clear();
            QString message = existing.isEmpty() ? tr("already exists")
                                                 : tr("already exists (id %1)").arg(existing);
            if (ambiguousBefore)
                message += u' ' + mayHaveMade();
            settle(index, Outcome::Failed, message, 409);
            pump();
        });
    } else if (kind == ScimError::Kind::NotFound && change.request.method == "DELETE"
               && ambiguousBefore) {
        settle(index, Outcome::Applied, tr("deleted (by an earlier attempt whose answer was lost)"),
               404);
        pump();
    } else {
        settle(index, Outcome::Failed, error.message(), response.status);
        pump();
    }
}

void ApplyEngine::sendTransfer(int index)
{
    const Change &change = m_plan.changes.at(index);
    if (!m_options.documents) {
        QTimer::singleShot(0, this, [this, index] {
            --m_inFlight;
            settle(index, Outcome::Failed,
                   tr("Documents cannot be handed over without a sign-in for Lucid's REST API."));
            pump();
        });
        return;
    }
    // Lucid's answer is the verification: there is nothing to read back.
    m_options.documents->transferUserContent(
        change.transferFrom(), change.transferTo(), this,
        [this, index](const LucidRestClient::Result &result) {
            --m_inFlight;
            if (result.ok())
                settle(index, Outcome::Applied, {}, result.status);
            else
                settle(index, Outcome::Failed, result.message, result.status);
            pump();
        });
}

void ApplyEngine::handleTransient(int index, const ScimError &error, bool ambiguous)
{
    if (m_plan.changes.at(index).request.method != "POST" || !ambiguous) {
        retryLater(index, error, ambiguous);
        return;
    }
    // The create may have happened before the answer was lost: look before sending again.
    lookUpCreated(index, [this, index, error](LookUp found) {
        if (found == LookUp::Found) {
            settle(index, Outcome::Applied, {}, 201);
            pump();
        } else if (found == LookUp::Absent) {
            retryLater(index, error, true);
        } else {
            // Sending it again could make a second one (or end in a 409 that hides this one).
            settle(index, Outcome::Failed, error.message() + u' ' + mayHaveMade(),
                   error.httpStatus());
            pump();
        }
    });
}

void ApplyEngine::checkConflict(int index)
{
    const Change &change = m_plan.changes.at(index);
    ++m_inFlight;
    const QByteArray endpoint = change.request.path.left(change.request.path.lastIndexOf('/'));
    m_client->send(ScimRequest::get(endpoint, change.targetId), this,
                   [this, index](const ScimResponse &current) {
                       --m_inFlight;
                       const Change &c = m_plan.changes.at(index);
                       // A group read without its members shows nothing of the change.
                       if (current.ok() && !ReadBackVerifier::lacksAttributes(c, current.json)
                           && ReadBackVerifier::mismatch(c, current.json,
                                                         ReadBackVerifier::createdIds(m_results))
                                  .isEmpty()) {
                           m_results[index].resource = current.json;
                           settle(index, Outcome::Applied, {}, 200);
                       } else {
                           settle(index, Outcome::Conflict,
                                  tr("changed since the plan was made (412) — review it again"),
                                  412);
                       }
                       pump();
                   });
}

void ApplyEngine::retryLater(int index, const ScimError &error, bool ambiguous)
{
    ChangeResult &result = m_results[index];
    const int limit = error.kind() == ScimError::Kind::TooManyRequests ? 2 * m_options.maxAttempts
                                                                       : m_options.maxAttempts;
    const bool waitTooLong = error.retryAfterSeconds() > m_options.maxRetryAfterSeconds;
    if (result.attempts >= limit || m_cancelled || waitTooLong) {
        QString message = error.message();
        if (waitTooLong)
            message += u' '
                + tr("The service asked to wait %1 s before trying again, longer than %2 s: not "
                     "sent again. Apply the rest again later.")
                      .arg(error.retryAfterSeconds())
                      .arg(m_options.maxRetryAfterSeconds);
        if (ambiguous)
            message += u' ' + mayHaveMade();
        settle(index, Outcome::Failed, message, error.httpStatus());
        pump();
        return;
    }
    const int delay = Backoff::delayMs(result.attempts, m_options.baseDelayMs, m_options.maxDelayMs,
                                       error.retryAfterSeconds());
    result.outcome = Outcome::Pending;
    result.message.clear();
    if (ambiguous)
        m_ambiguous.insert(index);
    if (error.retryAfterSeconds() >= 0) {
        m_concurrency.pauseFor(error.retryAfterSeconds(), QDateTime::currentMSecsSinceEpoch());
        emitProgress(); // the front ends show the wait (waitingSeconds())
    }
    QTimer::singleShot(delay, this, &ApplyEngine::pump);
}

void ApplyEngine::lookUpCreated(int index, std::function<void(LookUp)> then)
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
            // The client has already tried a failed read again: a failure here is final.
            if (!response.ok()) {
                then(LookUp::Unknown);
                return;
            }
            const QJsonArray found = response.json.value(u"Resources").toArray();
            if (found.size() == 1) {
                m_results[index].createdId = found.first().toObject().value(u"id").toString();
                m_results[index].resource = found.first().toObject();
                then(LookUp::Found);
                return;
            }
            then(found.isEmpty() ? LookUp::Absent : LookUp::Unknown);
        });
}

void ApplyEngine::settle(int index, Outcome outcome, const QString &message, int status)
{
    ChangeResult &result = m_results[index];
    result.outcome = outcome;
    result.message = message;
    if (status)
        result.httpStatus = status;
    journal(ApplyJournal::Step::Answered, result);
    const bool awaitsVerification = outcome == Outcome::Applied && m_options.verify
        && m_plan.changes.at(index).kind != Change::Kind::TransferDocuments;
    if (!awaitsVerification) {
        if (result.attempts > 0)
            record(m_plan.changes.at(index), result);
        Q_EMIT changeFinished(result);
    }
    emitProgress();
}

void ApplyEngine::emitProgress()
{
    int done = 0;
    for (const ChangeResult &r : std::as_const(m_results))
        done += r.outcome != Outcome::Pending && r.outcome != Outcome::InFlight ? 1 : 0;
    Q_EMIT progress(done, int(m_results.size()));
}

int ApplyEngine::waitingSeconds() const
{
    const qint64 ms = m_concurrency.pausedForMs(QDateTime::currentMSecsSinceEpoch());
    return int((ms + 999) / 1000);
}

bool ApplyEngine::pacedByLimits() const
{
    return m_client->waitingForLimitCount() > 0;
}

void ApplyEngine::record(const Change &change, const ChangeResult &result)
{
    if (!m_options.audit)
        return;
    if (const QString why = m_options.audit->record(m_plan, change, result); !why.isEmpty())
        recordLost(why);
}

bool ApplyEngine::journal(ApplyJournal::Step step, const ChangeResult &result)
{
    if (!m_journal || m_journal->record(step, result))
        return true;
    recordLost(m_journal->errorString());
    return false;
}

void ApplyEngine::recordLost(const QString &why)
{
    // No new requests; those in flight finish. The journal keeps what it recorded (it then
    // says "interrupted", and a resume reads back what may have been sent).
    if (!m_recordError.isEmpty())
        return;
    m_recordError
        = tr("The record of this apply could not be kept, so it stopped sending: %1").arg(why);
    cancel();
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

void ApplyEngine::verifyAll()
{
    m_verifying = true;
    auto *verifier = new ReadBackVerifier(m_client, m_capabilities, m_plan, m_results,
                                          m_options.concurrency, this);
    connect(verifier, &ReadBackVerifier::verified, this,
            [this](int index, const ChangeResult &result) {
                m_results[index] = result;
                journal(ApplyJournal::Step::Verified, result);
                record(m_plan.changes.at(index), result);
                Q_EMIT changeFinished(result);
            });
    connect(verifier, &ReadBackVerifier::unverifiable, this,
            [this](int index, const ChangeResult &result) {
                m_results[index] = result;
                // Checked as far as it can be, and audited: a resume must not do both again.
                journal(ApplyJournal::Step::Verified, result);
                record(m_plan.changes.at(index), result);
                Q_EMIT changeFinished(result);
            });
    connect(verifier, &ReadBackVerifier::finished, this, [this, verifier] {
        verifier->deleteLater();
        complete();
    });
    verifier->start(m_verified);
}

void ApplyEngine::complete()
{
    m_verifying = false;
    m_running = false;
    if (m_journal) {
        // After a failed write the journal is left as it is: it says "interrupted", so the
        // next apply is refused until this one is finished with 'resume'.
        if (m_journal->errorString().isEmpty() && !m_journal->finish(summary().toJson()))
            recordLost(m_journal->errorString());
        m_journal.reset();
    }
    Q_EMIT finished();
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
        if (m_plan.changes.at(index).kind == Change::Kind::TransferDocuments) {
            // Nothing to read back; handing over again moves only what is left.
            m_ambiguous.insert(index);
            continue;
        }
        ++m_inFlight;
        // Held back from pump() until the read-back says whether it happened.
        m_results[index].outcome = Outcome::InFlight;
        if (m_plan.changes.at(index).request.method != "POST") {
            readBackUnsure(index);
            continue;
        }
        lookUpCreated(index, [this, index](LookUp found) {
            --m_inFlight;
            m_ambiguous.insert(index);
            if (found == LookUp::Found)
                settle(index, Outcome::Applied, {}, 201);
            else if (found == LookUp::Absent)
                m_results[index].outcome = Outcome::Pending; // did not happen: send it
            else
                settle(index, Outcome::Failed,
                       tr("It could not be looked up to learn whether it was made.") + u' '
                           + mayHaveMade());
            pump();
        });
    }
    pump();
}

void ApplyEngine::readBackUnsure(int index)
{
    const Change &change = m_plan.changes.at(index);
    const QByteArray endpoint = change.resourceType == u"Group"
        ? m_capabilities.groupsEndpoint.toUtf8()
        : m_capabilities.usersEndpoint.toUtf8();
    m_client->send(ScimRequest::get(endpoint, change.targetId), this,
                   [this, index](const ScimResponse &response) {
                       --m_inFlight;
                       const Change &c = m_plan.changes.at(index);
                       const bool gone = response.error.kind() == ScimError::Kind::NotFound;
                       if ((c.isDelete() && gone)
                           || (response.ok() && !ReadBackVerifier::lacksAttributes(c, response.json)
                               && ReadBackVerifier::mismatch(
                                      c, response.json, ReadBackVerifier::createdIds(m_results))
                                      .isEmpty())) {
                           m_results[index].resource = response.json;
                           settle(index, Outcome::Applied, {}, response.status);
                       } else {
                           // Not seen done (or not readable): send it, as a change whose first
                           // attempt may have happened.
                           m_results[index].outcome = Outcome::Pending;
                           m_ambiguous.insert(index);
                       }
                       pump();
                   });
}

} // namespace ScimDesk
