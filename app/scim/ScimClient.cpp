#include "ScimClient.h"

#include "ResourcePath.h"
#include "common/Background.h"
#include "common/Logging.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QtGlobal>

namespace ScimDesk {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

struct ScimClient::Pending
{
    quint64 id = 0;
    ScimRequest request;
    QPointer<const QObject> context;
    bool hasContext = false;
    Callback done;
    int attempt = 0;
    int maxAttempts = 1;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr; // timeout while in flight, backoff while waiting
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;
    bool waiting = false; // at the rate-limit gate
    bool counted = false; // sent through the gate; its answer frees its place
    QElapsedTimer clock;
};

QString ScimRequest::summary() const
{
    QString text = QString::fromLatin1(method) + u' ' + QString::fromUtf8(path);
    return text;
}

ScimRequest ScimRequest::get(const QByteArray &endpoint, const QString &id,
                             const QStringList &attributes, const QStringList &excludedAttributes)
{
    ScimRequest request;
    request.path = endpoint + '/' + QUrl::toPercentEncoding(id);
    if (!attributes.isEmpty())
        request.query.addQueryItem(QStringLiteral("attributes"), attributes.join(u','));
    if (!excludedAttributes.isEmpty())
        request.query.addQueryItem(QStringLiteral("excludedAttributes"),
                                   excludedAttributes.join(u','));
    return request;
}

ScimClient::ScimClient(QObject *parent)
    : ScimClient(new QNetworkAccessManager, parent)
{
    // Up to 18 connections: the connection settings allow 16 requests at once.
    for (int i = 1; i < 3; ++i) {
        auto *nam = new QNetworkAccessManager(this);
        nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
        m_managers.push_back(nam);
    }
}

ScimClient::ScimClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_managers {nam}
    , m_gate(new QTimer(this))
{
    nam->setParent(this);
    m_gate->setSingleShot(true);
    // A coarse timer may fire early or late by 5 %: early is re-checked, late is time lost.
    m_gate->setTimerType(Qt::PreciseTimer);
    connect(m_gate, &QTimer::timeout, this, &ScimClient::releaseWaiting);
    m_steady.start();
    // Follow the system proxy; never follow a redirect to another origin with our token.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ScimClient::~ScimClient()
{
    // Abort whatever is in flight without calling back into owners that are going away. abort()
    // emits finished() synchronously, so detach first and work on our own copy of the list.
    const auto all = std::exchange(m_pending, {});
    for (const auto &pending : all) {
        pending->done = nullptr;
        pending->cancelled = true;
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
        }
    }
}

void ScimClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // Plain http is allowed only because loopback traffic stays on this machine: never let a
    // system proxy carry it (and the token) elsewhere.
    for (QNetworkAccessManager *nam : m_managers)
        nam->setProxy(isLoopbackHost(m_baseUrl.host())
                          ? QNetworkProxy(QNetworkProxy::NoProxy)
                          : QNetworkProxy(QNetworkProxy::DefaultProxy));
}

void ScimClient::setToken(const QString &token)
{
    m_token = token.trimmed().toUtf8();
}

ScimError ScimClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return ScimError(ScimError::Kind::InvalidUrl);
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
        return ScimError(ScimError::Kind::InsecureUrl);
    return {};
}

QByteArray ScimClient::resourcePath(QStringView endpoint, QStringView id)
{
    QByteArray path = '/' + QUrl::toPercentEncoding(endpoint.toString());
    if (!id.isEmpty())
        path += '/' + QUrl::toPercentEncoding(id.toString());
    return path;
}

QUrl ScimClient::urlFor(const ScimRequest &request) const
{
    QUrl url = QUrl::fromEncoded(m_baseUrl.toEncoded() + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

bool ScimClient::isInsideBase(const ScimRequest &request, QString *why) const
{
    *why = ResourcePath::escapes(request.path);
    if (!why->isEmpty())
        return false;
    const QUrl url = urlFor(request);
    const QString basePath = m_baseUrl.path(QUrl::FullyEncoded);
    if (!url.isValid() || url.scheme() != m_baseUrl.scheme() || url.host() != m_baseUrl.host()
        || url.port() != m_baseUrl.port() || !url.userInfo().isEmpty()
        || !url.path(QUrl::FullyEncoded).startsWith(basePath + u'/')
        || url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded)
            != url.path(QUrl::FullyEncoded)) {
        *why = tr("the request %1 does not resolve below %2")
                   .arg(request.summary(), m_baseUrl.toDisplayString());
        return false;
    }
    return true;
}

QByteArray ScimClient::userAgent()
{
    return QByteArrayLiteral("ScimDesk/" SCIMDESK_VERSION " (Qt ") + qVersion() + ')';
}

quint64 ScimClient::send(const ScimRequest &request, const QObject *context, Callback done)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    pending->request = request;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->done = std::move(done);
    pending->maxAttempts = request.maxAttempts > 0 ? request.maxAttempts
        : request.method == "GET"                  ? m_retry.maxAttempts
                                                   : 1;
    m_pending.push_back(pending);

    ScimError urlError = checkBaseUrl(m_baseUrl);
    if (!urlError.isError() && m_token.isEmpty())
        urlError = ScimError(ScimError::Kind::NoToken);
    // The last line of defence: whatever a plan or a caller says, the token goes only to paths
    // below the base URL.
    if (QString why; !urlError.isError() && !isInsideBase(request, &why))
        urlError = ScimError(ScimError::Kind::OutsideService, why);
    if (urlError.isError()) {
        // Report asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this, pending, urlError] {
            ScimResponse response;
            response.error = urlError;
            finish(pending, response);
        });
        return pending->id;
    }
    admit(pending);
    return pending->id;
}

void ScimClient::setRateLimits(const RateLimits &limits)
{
    m_limiter = RateLimiter(limits);
}

void ScimClient::admit(const std::shared_ptr<Pending> &pending)
{
    if (m_limiter.isEmpty()) {
        start(pending);
        return;
    }
    pending->waiting = true;
    m_waiting.push_back(pending);
    releaseWaiting();
}

void ScimClient::releaseWaiting()
{
    const qint64 now = m_steady.elapsed();
    QSet<QString> claimed; // allowances an earlier request waits for: no overtaking there
    qint64 soonest = -1;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        const std::shared_ptr<Pending> pending = *it;
        const QByteArray &method = pending->request.method;
        const QByteArray &path = pending->request.path;
        const QStringList keys = m_limiter.keys(method, path);
        const bool behind = std::any_of(keys.cbegin(), keys.cend(),
                                        [&](const auto &k) { return claimed.contains(k); });
        const qint64 wait
            = behind ? RateLimiter::WaitForAnswer : m_limiter.waitMs(method, path, now);
        if (wait == 0) {
            it = m_waiting.erase(it);
            pending->waiting = false;
            pending->counted = true;
            m_limiter.sent(method, path);
            start(pending);
            continue;
        }
        for (const QString &key : keys)
            claimed.insert(key);
        if (wait > 0)
            soonest = soonest < 0 ? wait : qMin(soonest, wait);
        ++it;
    }
    // Else an answer to a request in flight wakes the gate.
    if (soonest >= 0)
        m_gate->start(int(qMin<qint64>(soonest, INT_MAX)));
}

void ScimClient::start(const std::shared_ptr<Pending> &pending)
{
    ++pending->attempt;
    pending->timedOut = false;
    pending->tooLarge = false;
    pending->clock.start();
    const ScimRequest &request = pending->request;

    const QUrl url = urlFor(request);

    QNetworkRequest netRequest(url);
    netRequest.setRawHeader("Authorization", "Bearer " + m_token);
    netRequest.setRawHeader("Accept", "application/scim+json, application/json;q=0.9");
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!request.ifMatch.isEmpty())
        netRequest.setRawHeader("If-Match", request.ifMatch);
    if (!request.body.isEmpty())
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/scim+json"));

    // The first manager with a connection free, else the least busy: a few requests at a time
    // (a read) stay on one manager and its one thread, more spread over the others.
    QNetworkAccessManager *nam = m_managers.front();
    int fewest = INT_MAX;
    for (QNetworkAccessManager *candidate : m_managers) {
        const int busy
            = int(std::count_if(m_pending.cbegin(), m_pending.cend(), [&](const auto &p) {
                  return p->reply && p->reply->manager() == candidate;
              }));
        if (busy < ConnectionsPerManager) {
            nam = candidate;
            break;
        }
        if (busy < fewest) {
            fewest = busy;
            nam = candidate;
        }
    }
    QNetworkReply *reply = nam->sendCustomRequest(netRequest, request.method, request.body);
    pending->reply = reply;

    delete pending->timer;
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    connect(pending->timer, &QTimer::timeout, reply, [pending] {
        pending->timedOut = true;
        if (pending->reply)
            pending->reply->abort();
    });
    pending->timer->start(m_timeoutMs);

    watchSize(pending, reply);

    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] {
        reply->deleteLater();
        pending->reply = nullptr;
        if (std::exchange(pending->counted, false)) {
            m_limiter.answered(pending->request.method, pending->request.path, m_steady.elapsed());
            if (!m_waiting.empty())
                m_gate->start(0); // not from inside this handler
        }
        if (pending->timer)
            pending->timer->stop();

        ScimResponse response;
        response.attempts = pending->attempt;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen() && !pending->tooLarge)
            response.body = reply->readAll();
        response.etag = reply->rawHeader("ETag");
        const QByteArray contentType
            = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.contentType = contentType;

        if (pending->cancelled) {
            response.error = ScimError(ScimError::Kind::Cancelled);
        } else if (pending->timedOut) {
            response.error = ScimError(ScimError::Kind::Timeout);
        } else if (pending->tooLarge) {
            response.error = ScimError(ScimError::Kind::TooLarge,
                                       QLocale().formattedDataSize(m_maxResponseBytes));
        } else if (response.status == 0
                   || (response.status >= 200 && response.status < 300
                       && reply->error() != QNetworkReply::NoError)) {
            // No answer, or a success whose body was cut off: a transport failure either way.
            response.error = ScimError::fromNetwork(reply->error(), reply->errorString());
            if (response.error.kind() == ScimError::Kind::Network)
                response.error = ScimError(ScimError::Kind::ConnectionReset, reply->errorString());
        } else if (response.status < 200 || response.status >= 300) {
            // The token is masked before anything is shortened: a cut-off copy would escape.
            response.error
                = ScimError::fromHttp(response.status, contentType, response.body,
                                      reply->rawHeader("Retry-After"), QString::fromUtf8(m_token));
        } else if (pending->request.parseJson && !response.body.trimmed().isEmpty()) {
            if (response.body.size() >= OffThreadParseBytes) {
                // A page of a thousand users is a megabyte of JSON: parse it on a worker thread
                // so the event loop (and the window) stays responsive while pages arrive.
                runInBackground(
                    this,
                    [response, contentType]() mutable {
                        parseJsonBody(response, contentType);
                        return response;
                    },
                    [this, pending](ScimResponse parsed) { conclude(pending, std::move(parsed)); });
                return;
            }
            parseJsonBody(response, contentType);
        }
        conclude(pending, std::move(response));
    });
}

void ScimClient::watchSize(const std::shared_ptr<Pending> &pending, QNetworkReply *reply)
{
    // Stop reading an answer that is larger than any SCIM answer should be, before it is held
    // whole: by its announced length, or by what has arrived.
    const auto checkSize = [pending, reply, limit = m_maxResponseBytes] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (pending->tooLarge || (announced <= limit && reply->bytesAvailable() <= limit))
            return;
        pending->tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(reply, &QNetworkReply::readyRead, this, checkSize);
}

void ScimClient::parseJsonBody(ScimResponse &response, const QByteArray &contentType)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        response.error = ScimError::malformedBody(contentType, response.body,
                                                  parseError.error != QJsonParseError::NoError
                                                      ? parseError.errorString()
                                                      : tr("expected a JSON object"));
    else
        response.json = doc.object();
}

void ScimClient::conclude(const std::shared_ptr<Pending> &pending, ScimResponse response)
{
    if (pending->cancelled)
        response.error = ScimError(ScimError::Kind::Cancelled);
    qCDebug(lcScim).noquote() << pending->request.summary() << "->" << response.status
                              << response.error.code() << pending->clock.elapsed() << "ms"
                              << "attempt" << pending->attempt;

    const ScimError &error = response.error;
    const bool retryable = error.isTransient() && pending->attempt < pending->maxAttempts
        && !(error.retryAfterSeconds() > m_retry.maxRetryAfterSeconds) && !pending->cancelled;
    if (retryable) {
        const int delay = Backoff::delayMs(pending->attempt, m_retry.baseDelayMs,
                                           m_retry.maxDelayMs, error.retryAfterSeconds());
        ScimError why = error;
        why.setRequest(pending->request.summary());
        why.redact(QString::fromUtf8(m_token));
        Q_EMIT retrying(pending->request.summary(), pending->attempt, delay, why);
        pending->timer->disconnect();
        connect(pending->timer, &QTimer::timeout, this, [this, pending] { admit(pending); });
        pending->timer->start(delay);
        return;
    }
    finish(pending, std::move(response));
}

void ScimClient::finish(const std::shared_ptr<Pending> &pending, ScimResponse response)
{
    std::erase(m_pending, pending);
    if (pending->timer) {
        pending->timer->deleteLater();
        pending->timer = nullptr;
    }
    response.error.setRequest(pending->request.summary());
    response.error.redact(QString::fromUtf8(m_token));
    if (!pending->done || (pending->hasContext && pending->context.isNull()))
        return;
    auto done = std::move(pending->done);
    pending->done = nullptr;
    done(response);
}

void ScimClient::cancelPending(const std::shared_ptr<Pending> &pending)
{
    pending->cancelled = true;
    if (pending->reply) {
        pending->reply->abort(); // finished() reports the cancellation
    } else if (pending->waiting) {
        std::erase(m_waiting, pending);
        pending->waiting = false;
        // Reported on the event loop, like an abort: the caller may be cancelling from inside
        // one of its own handlers.
        QTimer::singleShot(0, this, [this, pending] {
            ScimResponse response;
            response.attempts = pending->attempt;
            response.error = ScimError(ScimError::Kind::Cancelled);
            finish(pending, response);
        });
    } else if (pending->timer && pending->timer->isActive()) {
        pending->timer->stop();
        ScimResponse response;
        response.attempts = pending->attempt;
        response.error = ScimError(ScimError::Kind::Cancelled);
        finish(pending, response);
    }
}

void ScimClient::cancel(quint64 requestId)
{
    for (const auto &pending : m_pending) {
        if (pending->id == requestId) {
            cancelPending(std::shared_ptr<Pending>(pending));
            return;
        }
    }
}

bool ScimClient::withdraw(quint64 requestId)
{
    for (const auto &pending : m_pending) {
        if (pending->id == requestId && pending->waiting && pending->attempt == 0) {
            cancelPending(std::shared_ptr<Pending>(pending));
            return true;
        }
    }
    return false;
}

void ScimClient::cancelAll()
{
    const auto all = m_pending;
    for (const auto &pending : all)
        cancelPending(pending);
}

} // namespace ScimDesk
