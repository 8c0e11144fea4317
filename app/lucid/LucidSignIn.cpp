#include "LucidSignIn.h"

#include "LucidRest.h"
#include "LucidRestTokens.h"
#include "connections/ConnectionStore.h"
#include "scim/ServerText.h"
#include "secrets/TokenStore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace ScimDesk {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// RFC 7636: 32 random bytes make a 43-character verifier.
QByteArray newVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return base64Url(bytes);
}

void replaceParameter(QMultiMap<QString, QVariant> *parameters, const QString &key,
                      const QVariant &value)
{
    parameters->remove(key);
    parameters->insert(key, value);
}

} // namespace

LucidSignIn::LucidSignIn(TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(tr("No answer from the browser within %1 s. Open the address shown, sign in as "
                  "a Lucid account admin and allow access, then try again.")
                   .arg(m_timeoutSeconds));
    });
}

LucidSignIn::~LucidSignIn() = default;

void LucidSignIn::start(const ConnectionProfile &profile, const QString &clientSecret,
                        int timeoutSeconds)
{
    m_profile = profile;
    m_timeoutSeconds = timeoutSeconds;
    m_done = false;
    if (const QString why = LucidRest::settingsProblem(profile); !why.isEmpty()) {
        QTimer::singleShot(0, this, [this, why] { finish(why); });
        return;
    }
    if (!clientSecret.isEmpty()) {
        QTimer::singleShot(0, this, [this, clientSecret] { begin(clientSecret); });
        return;
    }
    LucidRestTokens::read(*m_tokens, profile.id, this,
                          [this](const TokenResult &result, const LucidRestTokens &stored) {
                              if (!result.ok() || stored.clientSecret.isEmpty())
                                  finish(tr("No client secret is stored for \"%1\": give the "
                                            "secret of the OAuth app registered in Lucid's "
                                            "developer portal.")
                                             .arg(m_profile.name));
                              else
                                  begin(stored.clientSecret);
                          });
}

void LucidSignIn::begin(const QString &clientSecret)
{
    m_clientSecret = clientSecret;
    m_verifier = newVerifier();
    const QByteArray challenge
        = base64Url(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256));

    m_network = new QNetworkAccessManager(this);
    m_network->setTransferTimeout(LucidRest::TransferTimeoutMs);
    // Qt 6.4 says nothing when the token endpoint refuses: its answer is read here.
    connect(m_network, &QNetworkAccessManager::finished, this, &LucidSignIn::tokenReplyFinished);
    m_flow = new QOAuth2AuthorizationCodeFlow(m_profile.lucidRest.clientId,
                                              m_profile.lucidRest.authorizeUrl,
                                              m_profile.lucidRest.tokenUrl, m_network, this);
    m_flow->setScope(QString::fromUtf16(Scope));
    m_replies = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replies->isListening()) {
        finish(tr("Cannot listen on a loopback port for the browser's answer."));
        return;
    }
    m_replies->setCallbackText(
        tr("ScimDesk received Lucid's answer. You can close this page and go back to ScimDesk."));
    m_flow->setReplyHandler(m_replies);
    // Qt 6.4 has no PKCE of its own: the challenge goes with the authorisation request, the
    // verifier and the client secret with the token request.
    m_flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                replaceParameter(parameters, QStringLiteral("code_challenge"),
                                 QString::fromLatin1(challenge));
                replaceParameter(parameters, QStringLiteral("code_challenge_method"),
                                 QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                replaceParameter(parameters, QStringLiteral("code_verifier"),
                                 QString::fromLatin1(m_verifier));
                // Encoded as Qt encodes the client id: a '+' must not arrive as a space.
                replaceParameter(parameters, QStringLiteral("client_secret"),
                                 QString::fromLatin1(QUrl::toPercentEncoding(m_clientSecret)));
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &LucidSignIn::openUrl);
    connect(m_flow, &QAbstractOAuth::granted, this, &LucidSignIn::store);
    const auto refused = [this](const QString &error, const QString &description) {
        finish(tr("Lucid did not grant access (%1): %2. Sign in as an account admin and allow "
                  "access.")
                   .arg(cleanServerText(error), cleanServerText(description)));
    };
    connect(m_flow, &QAbstractOAuth2::error, this,
            [refused](const QString &error, const QString &description, const QUrl &) {
                refused(error, description);
            });
    // A refusal on the redirect (access_denied): said at once, whether or not Qt reports it.
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this,
            [refused](const QVariantMap &data) {
                const QString error = data.value(QStringLiteral("error")).toString();
                if (!error.isEmpty())
                    refused(error,
                            QUrl::fromPercentEncoding(
                                data.value(QStringLiteral("error_description")).toByteArray()));
            });
    m_timeout.start(m_timeoutSeconds * 1000);
    m_flow->grant();
}

void LucidSignIn::tokenReplyFinished(QNetworkReply *reply)
{
    if (reply->error() == QNetworkReply::NoError || m_done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    finish(status > 0
               ? tr("Lucid's token endpoint refused the sign-in (%1): %2. Check the "
                    "client id and secret of the OAuth app and try again.")
                     .arg(status)
                     .arg(LucidRest::errorText(reply->readAll()))
               : tr("Lucid's token endpoint could not be reached: %1").arg(reply->errorString()));
}

void LucidSignIn::store()
{
    LucidRestTokens tokens;
    tokens.clientSecret = m_clientSecret;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    tokens.expiresAt = m_flow->expirationAt().toUTC();
    if (tokens.refreshToken.isEmpty()) {
        finish(tr("Lucid granted access without a refresh token, so the sign-in would not last; "
                  "check that the OAuth app may use offline access, and try again."));
        return;
    }
    LucidRestTokens::write(*m_tokens, m_profile.id, tokens, this, [this](const TokenResult &r) {
        if (!r.ok()) {
            finish(r.message());
            return;
        }
        ConnectionStore().setLucidRestSignedIn(m_profile.id, true);
        finish({});
    });
}

void LucidSignIn::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_replies)
        m_replies->close();
    Q_EMIT finished(error);
}

} // namespace ScimDesk
