#include "EnvironmentTokenStore.h"

#include "ConnectionStore.h"

#include <QMetaObject>

namespace ScimDesk {

EnvironmentTokenStore::EnvironmentTokenStore(TokenStore *keychain,
                                             const ConnectionStore *connections)
    : m_keychain(keychain)
    , m_connections(connections)
{ }

QString EnvironmentTokenStore::environmentToken(const QString &id, const QString &name)
{
    const QString token = qEnvironmentVariable("SCIMDESK_TOKEN").trimmed();
    const QString boundTo = qEnvironmentVariable("SCIMDESK_CONNECTION");
    if (!boundTo.isEmpty() && boundTo != name && boundTo != id)
        return {};
    return token;
}

void EnvironmentTokenStore::read(const QString &connectionId, const QObject *context, Callback done)
{
    const auto profile = m_connections->findById(connectionId);
    const QString token = environmentToken(connectionId, profile ? profile->name : QString());
    if (token.isEmpty()) {
        m_keychain->read(connectionId, context, std::move(done));
        return;
    }
    // Answered later, as the keychain would be: callers may rely on it.
    QMetaObject::invokeMethod(
        const_cast<QObject *>(context),
        [done = std::move(done), token] {
            TokenResult result;
            result.token = token;
            done(result);
        },
        Qt::QueuedConnection);
}

void EnvironmentTokenStore::write(const QString &connectionId, const QString &token,
                                  const QObject *context, Callback done)
{
    m_keychain->write(connectionId, token, context, std::move(done));
}

void EnvironmentTokenStore::remove(const QString &connectionId, const QObject *context,
                                   Callback done)
{
    m_keychain->remove(connectionId, context, std::move(done));
}

} // namespace ScimDesk
