#pragma once

#include "AdaptiveConcurrency.h"
#include "ApplyJournal.h"
#include "ChangeResult.h"
#include "Plan.h"
#include "scim/Backoff.h"
#include "scim/ScimError.h"
#include "scim/ServiceCapabilities.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace ScimDesk {

class AuditSink;
class LucidRestClient;
class ScimClient;
struct ScimResponse;

// Applies a plan: sends each change once its prerequisites applied, with bounded, adaptive
// concurrency (AdaptiveConcurrency), retries with backoff for 429/5xx/network trouble, a look-up
// before re-sending a create whose first answer was lost, and If-Match conflicts sent back to
// review. Around that loop: the journal (ApplyJournal), verification by reading back
// (ReadBackVerifier) and an audit record per change (AuditSink).
class ApplyEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyEngine)

public:
    struct Options
    {
        int concurrency = 4;
        int maxAttempts = 6;
        int baseDelayMs = Backoff::DefaultBaseDelayMs;
        int maxDelayMs = Backoff::DefaultCapMs; // cap for one backoff step
        // A change whose answer asks for a longer wait fails at once, saying so.
        int maxRetryAfterSeconds = Backoff::MaxRetryAfterSeconds;
        QString journalPath; // empty: no journal
        AuditSink *audit = nullptr;
        QString runId; // written at the head of the journal, for a resume to continue
        bool verify = true;
        // Sends the plan's TransferDocuments changes (Lucid's REST API); without it they fail,
        // saying the connection needs a REST sign-in.
        LucidRestClient *documents = nullptr;
    };

    struct Summary
    {
        int applied = 0;
        int failed = 0;
        int notApplied = 0;
        int skipped = 0;
        // Totals over several applies (the sections of an offboarding, the connections resumed).
        Summary &operator+=(const Summary &other)
        {
            applied += other.applied;
            failed += other.failed;
            notApplied += other.notApplied;
            skipped += other.skipped;
            return *this;
        }
        QJsonObject toJson() const;
    };

    ApplyEngine(ScimClient *client, ServiceCapabilities capabilities, Plan plan, Options options,
                QObject *parent = nullptr);
    ~ApplyEngine() override;

    // Before start(): take over what an interrupted apply settled; in-flight changes are read
    // back from the service first and sent again only if they did not happen.
    void resume(const ApplyJournal::Interrupted &state);
    // Before start(): writes to `journal`, which the caller has locked (and checked under that
    // lock), instead of locking Options::journalPath itself.
    void useJournal(std::unique_ptr<ApplyJournal> journal);

    void start();
    // No new requests; those in flight finish and are recorded.
    void cancel();
    bool isRunning() const { return m_running; }

    const Plan &plan() const { return m_plan; }
    QList<ChangeResult> results() const;
    Summary summary() const;
    // Seconds left at the current pace, or -1 when unknown.
    int etaSeconds() const;
    // Why the apply could not go on: its record (journal or audit log) could not be kept, or
    // (without ApplySession) another program holds the journal. Empty when none of that
    // happened. When set, nothing more was sent after it: the apply did not succeed, whatever
    // the results say.
    QString recordError() const { return m_recordError; }
    int currentConcurrency() const { return m_concurrency.limit(); }
    // Seconds left of a wait the service asked for (Retry-After), or 0.
    int waitingSeconds() const;
    // Whether changes wait for room within the service's published limits (not yet sent).
    bool pacedByLimits() const;

Q_SIGNALS:
    void progress(int done, int total);
    void changeFinished(const ScimDesk::ChangeResult &result);
    void finished();

private:
    bool openJournal();
    void emitProgress();
    void pump();
    void skipUnsendable();
    bool isReady(const Change &change) const;
    void send(int index);
    void handleAnswer(int index, const ScimResponse &response, bool ambiguousBefore);
    // A TransferDocuments change: sent through Options::documents, settled by its answer.
    void sendTransfer(int index);
    void handleTransient(int index, const ScimError &error, bool ambiguous);
    void checkConflict(int index);
    void retryLater(int index, const ScimError &error, bool ambiguous);
    // What a look-up of the resource a create makes tells: it is there (createdId set), it is
    // not, or nothing can be told (the look-up failed, or several share the name).
    enum class LookUp { Found, Absent, Unknown };
    void lookUpCreated(int index, std::function<void(LookUp)> then);
    void readBackUnsure(int index);
    void settle(int index, ChangeResult::Outcome outcome, const QString &message, int status = 0);
    void record(const Change &change, const ChangeResult &result);
    bool journal(ApplyJournal::Step step, const ChangeResult &result);
    void recordLost(const QString &why);
    void verifyAll();
    QByteArray resolvedBody(const Change &change) const;
    void finishIfDone();
    void complete();
    void settleUnsure();

    ScimClient *m_client;
    ServiceCapabilities m_capabilities;
    Plan m_plan;
    Options m_options;
    QList<ChangeResult> m_results;
    QHash<QString, int> m_indexById;
    std::unique_ptr<ApplyJournal> m_journal;
    AdaptiveConcurrency m_concurrency;
    int m_inFlight = 0;
    QTimer m_wake;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_verifying = false;
    QElapsedTimer m_clock;
    int m_doneAtStart = 0;
    // From resume(): changes in flight when the apply was interrupted, and those verified.
    QSet<QString> m_unsure;
    QSet<QString> m_verified;
    bool m_resumed = false;
    QSet<int> m_ambiguous; // changes an earlier attempt of which may have been made
    QHash<int, quint64> m_requestIds; // the client's request id of each change being sent
    QString m_recordError;
};

} // namespace ScimDesk
