#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace ScimDesk {

class TokenStore;
struct TokenResult;

// What a connection's sign-in for Lucid's REST API keeps in the keychain, as one entry beside
// the SCIM token: the OAuth client secret and the access and refresh tokens. Never in a file,
// a log, a plan or a message.
struct LucidRestTokens
{
    Q_DECLARE_TR_FUNCTIONS(LucidRestTokens)

public:
    QString clientSecret;
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when the service said nothing

    // The keychain key of connection `connectionId`'s entry.
    static QString keyFor(const QString &connectionId);
    // Whether the access token is missing or expires within a minute.
    bool accessExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Takes in a token endpoint's answer (access_token, refresh_token, expires_in); false when
    // it holds no access token.
    bool takeTokenAnswer(const QVariantMap &answer);

    QString serialized() const;
    static LucidRestTokens deserialized(const QString &text);

    using Callback = std::function<void(const TokenResult &, const LucidRestTokens &)>;
    static void read(TokenStore &store, const QString &connectionId, const QObject *context,
                     Callback done);
    static void write(TokenStore &store, const QString &connectionId, const LucidRestTokens &tokens,
                      const QObject *context, std::function<void(const TokenResult &)> done);
};

} // namespace ScimDesk
