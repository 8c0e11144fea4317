#include "LucidRestTokens.h"

#include "secrets/TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

namespace ScimDesk {

QString LucidRestTokens::keyFor(const QString &connectionId)
{
    return connectionId + QStringLiteral("/lucid-rest");
}

bool LucidRestTokens::accessExpired(const QDateTime &now) const
{
    return accessToken.isEmpty() || (expiresAt.isValid() && now.addSecs(60) >= expiresAt);
}

bool LucidRestTokens::takeTokenAnswer(const QVariantMap &answer)
{
    const QString access = answer.value(QStringLiteral("access_token")).toString();
    if (access.isEmpty())
        return false;
    accessToken = access;
    // A service that rotates refresh tokens sends a new one; one that does not, none.
    if (const QString refresh = answer.value(QStringLiteral("refresh_token")).toString();
        !refresh.isEmpty())
        refreshToken = refresh;
    bool ok = false;
    const qint64 seconds = answer.value(QStringLiteral("expires_in")).toLongLong(&ok);
    expiresAt = ok && seconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(seconds) : QDateTime();
    return true;
}

QString LucidRestTokens::serialized() const
{
    const QJsonObject json {
        {QStringLiteral("clientSecret"), clientSecret},
        {QStringLiteral("accessToken"), accessToken},
        {QStringLiteral("refreshToken"), refreshToken},
        {QStringLiteral("expiresAt"),
         expiresAt.isValid() ? expiresAt.toString(Qt::ISODate) : QString()},
    };
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

LucidRestTokens LucidRestTokens::deserialized(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    LucidRestTokens tokens;
    tokens.clientSecret = json.value(u"clientSecret").toString();
    tokens.accessToken = json.value(u"accessToken").toString();
    tokens.refreshToken = json.value(u"refreshToken").toString();
    tokens.expiresAt = QDateTime::fromString(json.value(u"expiresAt").toString(), Qt::ISODate);
    return tokens;
}

void LucidRestTokens::read(TokenStore &store, const QString &connectionId, const QObject *context,
                           Callback done)
{
    store.read(keyFor(connectionId), context, [done = std::move(done)](const TokenResult &r) {
        done(r, r.ok() ? deserialized(r.token) : LucidRestTokens {});
    });
}

void LucidRestTokens::write(TokenStore &store, const QString &connectionId,
                            const LucidRestTokens &tokens, const QObject *context,
                            std::function<void(const TokenResult &)> done)
{
    store.write(keyFor(connectionId), tokens.serialized(), context, std::move(done));
}

} // namespace ScimDesk
