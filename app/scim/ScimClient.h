#pragma once

#include "Backoff.h"
#include "RateLimiter.h"
#include "ScimError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ScimDesk {

struct ScimRequest
{
    QByteArray method = "GET";
    // Percent-encoded path below the base URL, e.g. "/Users" or "/Users/lucid-12"; see
    // resourcePath().
    QByteArray path;
    QUrlQuery query;
    QByteArray body; // JSON; empty for none
    QByteArray ifMatch;
    // How many times to try in all; 0 = the client's policy (reads retry, writes do not).
    int maxAttempts = 0;
    // False: a successful answer's body is left as it came (ScimResponse::json stays empty), for
    // a caller that reads it itself, e.g. a list page read once on a worker thread.
    bool parseJson = true;

    // "GET /Users" — what logs and error messages show. Never headers, never the body.
    QString summary() const;

    // GET one resource by id, e.g. get("/Users", "lucid-12"); attributes narrow the answer.
    static ScimRequest get(const QByteArray &endpoint, const QString &id,
                           const QStringList &attributes = {},
                           const QStringList &excludedAttributes = {});
};

struct ScimResponse
{
    int status = 0;
    QByteArray body;
    QJsonObject json; // the parsed body when it is a JSON object
    QByteArray etag;
    QByteArray contentType;
    ScimError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
};

// The one HTTP client for a SCIM service. Owns the QNetworkAccessManager, adds the bearer token,
// enforces HTTPS (loopback excepted), applies timeouts and retries transient failures of reads
// with exponential backoff, jitter and Retry-After. Every request (each attempt) first passes a
// gate that paces it to the service's published limits (setRateLimits()); waiting there takes
// a timer, never a sleep. Callers get a ScimResponse, never a reply.
class ScimClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScimClient)

public:
    struct RetryPolicy
    {
        int maxAttempts = 5; // for requests that may be retried
        int baseDelayMs = Backoff::DefaultBaseDelayMs; // first backoff step
        int maxDelayMs = Backoff::DefaultCapMs; // cap for one backoff step
        // A longer Retry-After ends the attempt with an error.
        int maxRetryAfterSeconds = Backoff::MaxRetryAfterSeconds;
    };

    using Callback = std::function<void(const ScimResponse &)>;

    explicit ScimClient(QObject *parent = nullptr);
    // For tests that need exact fault timing: the client takes ownership of `nam`.
    explicit ScimClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ScimClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The token stays in memory only; it is never logged or put into an error.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // An answer larger than this is not read further: a page of a thousand users, or a group
    // with a few hundred thousand members, is far smaller. It fails as ScimError::TooLarge.
    static constexpr qint64 DefaultMaxResponseBytes = 32 * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // Paces every request from now on to `limits` (none by default): a request waits until the
    // service's limits leave room for it. Requests never overtake an earlier one that waits for
    // the same allowance.
    void setRateLimits(const RateLimits &limits);
    const RateLimits &rateLimits() const { return m_limiter.limits(); }
    // How many requests wait for the service's limits to leave room, not yet sent.
    int waitingForLimitCount() const { return int(m_waiting.size()); }

    // InvalidUrl / InsecureUrl when `url` cannot be used as a SCIM base URL, else no error.
    static ScimError checkBaseUrl(const QUrl &url);
    static QByteArray resourcePath(QStringView endpoint, QStringView id = {});
    static QByteArray userAgent();

    // Sends `request`; `done` runs once, on the event loop, unless `context` is destroyed first.
    // Returns an id for cancel().
    quint64 send(const ScimRequest &request, const QObject *context, Callback done);
    // Aborts one request (in flight or waiting to retry); its callback gets Kind::Cancelled.
    void cancel(quint64 requestId);
    // Cancels `requestId` only if it was never sent (it waits for the rate limits): its callback
    // gets Kind::Cancelled with attempts 0. False when it was sent, or is gone.
    bool withdraw(quint64 requestId);
    // Aborts everything in flight or waiting to retry.
    void cancelAll();
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // A transient failure will be retried after `delayMs`.
    void retrying(const QString &request, int attempt, int delayMs, const ScimDesk::ScimError &why);

private:
    struct Pending;
    // Through the rate-limit gate, then start().
    void admit(const std::shared_ptr<Pending> &pending);
    void releaseWaiting();
    void start(const std::shared_ptr<Pending> &pending);
    // Aborts `reply` once it is known to be larger than the bound (ScimError::TooLarge).
    void watchSize(const std::shared_ptr<Pending> &pending, QNetworkReply *reply);
    void conclude(const std::shared_ptr<Pending> &pending, ScimResponse response);
    void finish(const std::shared_ptr<Pending> &pending, ScimResponse response);
    static void parseJsonBody(ScimResponse &response, const QByteArray &contentType);
    static constexpr qsizetype OffThreadParseBytes = 64 * 1024;
    void cancelPending(const std::shared_ptr<Pending> &pending);
    QUrl urlFor(const ScimRequest &request) const;
    // Whether `request` goes to a path below the base URL (and nowhere else); else `why` says.
    bool isInsideBase(const ScimRequest &request, QString *why) const;

    // QNetworkAccessManager opens at most six HTTP/1.1 connections to a host (Qt 6.4 has no
    // setting for it), so an apply at concurrency 8 or 16 would wait for sockets: a few
    // managers, each request going to the least busy one.
    std::vector<QNetworkAccessManager *> m_managers;
    static constexpr int ConnectionsPerManager = 6;
    QUrl m_baseUrl;
    QByteArray m_token;
    RetryPolicy m_retry;
    int m_timeoutMs = 60'000;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    std::vector<std::shared_ptr<Pending>> m_pending;
    RateLimiter m_limiter;
    std::deque<std::shared_ptr<Pending>> m_waiting; // at the gate, in the order they came
    QTimer *m_gate = nullptr; // wakes the gate when the limits leave room again
    QElapsedTimer m_steady;
    quint64 m_nextId = 1;
};

} // namespace ScimDesk
