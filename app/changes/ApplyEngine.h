#pragma once

#include "Plan.h"
#include "scim/ScimError.h"
#include "scim/ServiceCapabilities.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QSet>

#include <QTimer>

#include <memory>
#include <optional>

class QLockFile;

namespace ScimDesk {

class AuditLog;
class ScimClient;
struct ScimResponse;

// What became of one change.
struct ChangeResult
{
    enum class Outcome {
        Pending,
        InFlight,
        Applied, // sent, answered with success, and (when verified) the service holds it
        NotApplied, // the service accepted it but did not make it (read back differs)
        Failed, // refused or could not be sent; `message` says why
        Conflict, // the resource changed since the plan was made (412): review again
        Skipped, // not sent: excluded, cancelled, or a change it depends on did not apply
    };

    QString changeId;
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    int attempts = 0;
    QString message;
    QString createdId; // for creates
    QJsonObject resource; // the resource as the service last returned it

    static QString outcomeKey(Outcome outcome);
    QJsonObject toJson() const;
};

// Applies a plan: bounded, adaptive concurrency (halved on 429, then grown again), retries with
// backoff for 429/5xx/network trouble, a look-up before re-sending a create whose first answer
// was lost, If-Match conflicts sent back to review, a journal line flushed before every request
// and after every answer, verification by reading back, and an audit record per change.
class ApplyEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyEngine)

public:
    struct Options
    {
        int concurrency = 4;
        int maxAttempts = 6;
        int baseDelayMs = 500;
        QString journalPath; // empty: no journal
        AuditLog *audit = nullptr;
        bool verify = true;
    };

    struct Summary
    {
        int applied = 0;
        int failed = 0;
        int notApplied = 0;
        int skipped = 0;
        QJsonObject toJson() const;
    };

    ApplyEngine(ScimClient *client, ServiceCapabilities capabilities, Plan plan, Options options,
                QObject *parent = nullptr);
    ~ApplyEngine() override;

    // Where applies to the connection with `connectionId` keep their journal (one per
    // connection, shared by the console and the CLI, so either can finish the other's apply).
    static QString journalPath(const QString &connectionId);
    // Whether an apply (in this or another program) holds that journal now.
    static bool journalInUse(const QString &journalPath);

    // An apply the program did not finish, as its journal tells it.
    struct Interrupted
    {
        Plan plan;
        QHash<QString, ChangeResult> settled; // by change id
        QSet<QString> inFlight; // sent, no answer recorded
        QSet<QString> verified; // read back (and audited) before the interruption
    };
    // The unfinished apply in the journal at `path`, if there is one.
    static std::optional<Interrupted> readJournal(const QString &path, QString *error);
    // Before start(): take over what an interrupted apply settled; in-flight changes are read
    // back from the service first and sent again only if they did not happen.
    void resume(const Interrupted &state);

    void start();
    // No new requests; those in flight finish and are recorded.
    void cancel();
    bool isRunning() const { return m_running; }

    const Plan &plan() const { return m_plan; }
    QList<ChangeResult> results() const;
    Summary summary() const;
    // Seconds left at the current pace, or -1 when unknown.
    int etaSeconds() const;
    int currentConcurrency() const { return m_limit; }

Q_SIGNALS:
    void progress(int done, int total);
    void changeFinished(const ScimDesk::ChangeResult &result);
    void finished();

private:
    void pump();
    bool isReady(const Change &change) const;
    void send(int index);
    void handleAnswer(int index, const ScimResponse &response, bool ambiguousBefore);
    void retryLater(int index, const ScimError &error, bool ambiguous);
    void lookUpCreated(int index, std::function<void(bool found)> then);
    void settle(int index, ChangeResult::Outcome outcome, const QString &message, int status = 0);
    void verifyAll();
    void verifyOne(int index, const QJsonObject &resource, bool gone);
    void readBackOneByOne(const QList<int> &toRead);
    void readBackByPages(const QList<int> &toRead, int pageSize);
    // Below this many users to read back, one GET each is simpler than listing pages.
    static constexpr int MinUsersForPageReadBack = 20;
    QString mismatch(const Change &change, const QJsonObject &resource) const;
    // Whether `resource` leaves out an attribute `change` set (a trimmed answer or list entry):
    // it can then neither confirm nor refute the change.
    static bool lacksAttributes(const Change &change, const QJsonObject &resource);
    QByteArray resolvedBody(const Change &change) const;
    void journal(const Change &change, const QString &state, const ChangeResult *result = nullptr);
    void finishIfDone();
    void complete();
    void settleUnsure();

    ScimClient *m_client;
    ServiceCapabilities m_capabilities;
    Plan m_plan;
    Options m_options;
    QList<ChangeResult> m_results;
    QHash<QString, int> m_indexById;
    QFile m_journal;
    int m_limit = 1;
    int m_inFlight = 0;
    int m_successStreak = 0;
    qint64 m_pausedUntil = 0;
    QTimer m_wake;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_verifying = false;
    int m_verifyPending = 0;
    QElapsedTimer m_clock;
    int m_doneAtStart = 0;
    QSet<QString> m_unsure;
    std::unique_ptr<QLockFile> m_lock;
    QSet<QString> m_verified;
    QSet<int> m_ambiguous; // changes an earlier attempt of which may have been made
    bool m_resumed = false;
};

} // namespace ScimDesk
