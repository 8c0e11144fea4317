#pragma once

#include "connections/ConnectionProfile.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace ScimDesk {

class TokenStore;

// Signs a Lucid connection in to Lucid's REST API for handing documents over: the OAuth 2.0
// authorisation code flow with PKCE (S256), the answer taken on a loopback address, scope
// account.user.transfercontent. The person opens the address openUrl() gives in a browser and
// an account admin allows access; the client secret and the tokens go to the keychain, and the
// connection is marked as signed in (ConnectionProfile::hasRestSignIn()).
class LucidSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LucidSignIn)

public:
    static constexpr char16_t Scope[] = u"account.user.transfercontent";
    static constexpr int DefaultTimeoutSeconds = 300;

    explicit LucidSignIn(TokenStore *tokens, QObject *parent = nullptr);
    ~LucidSignIn() override;

    // Starts signing `profile` in (its lucidRest.clientId and endpoints): listens on a loopback
    // port, then emits openUrl(). An empty `clientSecret` means the one stored by an earlier
    // sign-in. Ends with finished(), after `timeoutSeconds` at the latest.
    void start(const ConnectionProfile &profile, const QString &clientSecret,
               int timeoutSeconds = DefaultTimeoutSeconds);

Q_SIGNALS:
    // The address to open in a browser.
    void openUrl(const QUrl &url);
    // Empty when signed in; else what went wrong and what to do.
    void finished(const QString &error);

private:
    void begin(const QString &clientSecret);
    void tokenReplyFinished(QNetworkReply *reply);
    void store();
    void finish(const QString &error);

    TokenStore *m_tokens;
    ConnectionProfile m_profile;
    QString m_clientSecret;
    QByteArray m_verifier;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_replies = nullptr;
    QTimer m_timeout;
    int m_timeoutSeconds = DefaultTimeoutSeconds;
    bool m_done = false;
};

} // namespace ScimDesk
