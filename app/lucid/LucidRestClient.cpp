#include "LucidRestClient.h"

#include "LucidRest.h"
#include "LucidSignIn.h"
#include "common/Logging.h"
#include "connections/ConnectionStore.h"
#include "secrets/TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace ScimDesk {

namespace {

constexpr int MaxTooManyRequests = 5;

QString signInAgain(const QString &connectionName)
{
    return LucidRestClient::tr("Sign in again with 'scimdesk-cli connection auth \"%1\" "
                               "--lucid-rest' (or Connection settings > Sign in for document "
                               "hand-over…).")
        .arg(connectionName);
}

} // namespace

LucidRestClient::LucidRestClient(const ConnectionProfile &profile, TokenStore *tokens,
                                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(LucidRest::TransferTimeoutMs);
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &LucidRestClient::pump);
}

LucidRestClient::~LucidRestClient() = default;

void LucidRestClient::transferUserContent(const QString &fromEmail, const QString &toEmail,
                                          const QObject *context, Callback done)
{
    m_queue.push_back({fromEmail, toEmail, context, std::move(done)});
    QTimer::singleShot(0, this, &LucidRestClient::pump); // answers never come before this returns
}

void LucidRestClient::pump()
{
    switch (m_state) {
    case TokenState::Failed:
        failAll(m_failure);
        return;
    case TokenState::Unread:
        readTokens();
        return;
    case TokenState::Reading:
    case TokenState::Refreshing:
        return;
    case TokenState::Ready:
        break;
    }
    if (m_queue.empty())
        return;
    if (m_stored.accessExpired() && !(m_fresh && !m_stored.accessToken.isEmpty())) {
        refresh();
        return;
    }
    while (!m_queue.empty()) {
        if (const qint64 wait = paceWaitMs(); wait != 0) {
            if (wait > 0)
                m_wake.start(int(wait));
            return; // else answered() pumps
        }
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        send(std::move(next));
    }
}

qint64 LucidRestClient::paceWaitMs()
{
    const qint64 now = m_clock.elapsed();
    if (m_pausedUntil > now)
        return m_pausedUntil - now;
    m_answeredAt.removeIf([now](qint64 at) { return at + LucidRest::TransferWindowMs <= now; });
    const qsizetype over = m_inFlight + m_answeredAt.size() - LucidRest::TransfersPerWindow;
    if (over < 0)
        return 0;
    if (over >= m_answeredAt.size())
        return -1;
    return m_answeredAt.at(over) + LucidRest::TransferWindowMs - now;
}

void LucidRestClient::readTokens()
{
    if (const QString why = LucidRest::settingsProblem(m_profile); !why.isEmpty()) {
        m_state = TokenState::Failed;
        m_failure = why;
        pump();
        return;
    }
    m_state = TokenState::Reading;
    LucidRestTokens::read(
        *m_tokens, m_profile.id, this,
        [this](const TokenResult &result, const LucidRestTokens &stored) {
            if (result.status == TokenResult::Status::NotFound || stored.refreshToken.isEmpty()) {
                m_state = TokenState::Failed;
                m_failure = tr("\"%1\" has no sign-in for Lucid's REST API, which handing "
                               "documents over needs. Sign in with 'scimdesk-cli connection "
                               "auth \"%1\" --lucid-rest' (or Connection settings > Sign in for "
                               "document hand-over…).")
                                .arg(m_profile.name);
            } else if (!result.ok()) {
                m_state = TokenState::Failed;
                m_failure = result.message();
            } else {
                m_stored = stored;
                m_state = TokenState::Ready;
            }
            pump();
        });
}

void LucidRestClient::refresh()
{
    m_state = TokenState::Refreshing;
    QUrlQuery form;
    const auto add = [&form](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    add(QStringLiteral("refresh_token"), m_stored.refreshToken);
    add(QStringLiteral("client_id"), m_profile.lucidRest.clientId);
    add(QStringLiteral("client_secret"), m_stored.clientSecret);
    QNetworkRequest request(m_profile.lucidRest.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    qCDebug(lcLucid) << "refreshing the Lucid REST access token of" << m_profile.id;
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { refreshFinished(reply); });
}

void LucidRestClient::refreshFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    LucidRestTokens renewed = m_stored;
    if (reply->error() != QNetworkReply::NoError
        || !renewed.takeTokenAnswer(QJsonDocument::fromJson(body).object().toVariantMap())) {
        m_state = TokenState::Failed;
        if (status == 400 || status == 401) {
            // The sign-in is over (revoked, or the refresh token expired): say so everywhere.
            ConnectionStore().setLucidRestSignedIn(m_profile.id, false);
            m_failure = tr("Lucid refused the saved sign-in for its REST API (%1: %2). %3")
                            .arg(status)
                            .arg(LucidRest::errorText(body), signInAgain(m_profile.name));
        } else {
            m_failure = status > 0
                ? tr("Lucid's token endpoint failed (%1): %2")
                      .arg(status)
                      .arg(LucidRest::errorText(body))
                : tr("Lucid's token endpoint could not be reached: %1").arg(reply->errorString());
        }
        pump();
        return;
    }
    // The new refresh token replaces the old one, which a rotating service no longer takes.
    LucidRestTokens::write(*m_tokens, m_profile.id, renewed, this,
                           [this, renewed](const TokenResult &result) {
                               if (!result.ok()) {
                                   m_state = TokenState::Failed;
                                   m_failure = result.message();
                               } else {
                                   m_stored = renewed;
                                   m_fresh = true;
                                   m_state = TokenState::Ready;
                               }
                               pump();
                           });
}

void LucidRestClient::send(Pending pending)
{
    QUrl url = m_profile.lucidRest.apiUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/transferUserContent"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Lucid-Api-Version", "1");
    const QString token = m_stored.accessToken;
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QJsonObject body {{QStringLiteral("fromUser"), pending.from},
                            {QStringLiteral("toUser"), pending.to}};
    ++m_inFlight;
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending = std::move(pending), token]() mutable {
                answered(reply, std::move(pending), token);
            });
}

void LucidRestClient::answered(QNetworkReply *reply, Pending pending, const QString &tokenUsed)
{
    reply->deleteLater();
    --m_inFlight;
    m_answeredAt.append(m_clock.elapsed());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        QTimer::singleShot(0, this, &LucidRestClient::pump); // a place in the pace is free
        finish(pending, {status, {}});
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 401 && !pending.refreshed) {
        pending.refreshed = true;
        if (m_stored.accessToken == tokenUsed) {
            m_stored.accessToken.clear(); // refreshed before the next request goes
            m_fresh = false;
        }
        m_queue.push_front(std::move(pending));
        pump();
        return;
    }
    if (status == 429 && pending.tooMany < MaxTooManyRequests) {
        ++pending.tooMany;
        m_queue.push_front(std::move(pending));
        // Lucid documents no Retry-After: wait for the window to pass.
        const qint64 retryAfter = reply->rawHeader("Retry-After").toLongLong();
        m_pausedUntil = m_clock.elapsed()
            + (retryAfter > 0 ? qMin<qint64>(retryAfter, 60) * 1000 : LucidRest::TransferWindowMs);
        pump();
        return;
    }
    Result result {status, {}};
    if (status == 401)
        result.message = tr("Lucid refused the access token for its REST API (401: %1). %2")
                             .arg(LucidRest::errorText(body), signInAgain(m_profile.name));
    else if (status == 403)
        result.message
            = tr("Lucid refused to hand over the documents (403: %1): the sign-in "
                 "needs an account admin and the scope %2. %3")
                  .arg(LucidRest::errorText(body), QString::fromUtf16(LucidSignIn::Scope),
                       signInAgain(m_profile.name));
    else if (status > 0)
        result.message = tr("Lucid refused to hand over the documents (%1): %2")
                             .arg(status)
                             .arg(LucidRest::errorText(body));
    else
        result.message = tr("Lucid's REST API could not be reached: %1").arg(reply->errorString());
    finish(pending, result);
    pump();
}

void LucidRestClient::finish(const Pending &pending, const Result &result)
{
    if (pending.context.isNull())
        return;
    pending.done(result);
}

void LucidRestClient::failAll(const QString &why)
{
    while (!m_queue.empty()) {
        const Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        finish(pending, {0, why});
    }
}

} // namespace ScimDesk
