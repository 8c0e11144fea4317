#pragma once

#include "secrets/TokenStore.h"

namespace ScimDesk {

class ConnectionStore;

// The token a script gives in SCIMDESK_TOKEN, before the keychain. With SCIMDESK_CONNECTION
// set (a connection's name or id), that token belongs to that connection only, so a script
// never sends one service's token to another; other connections read the keychain. Writes and
// removals always go to the keychain.
class EnvironmentTokenStore final : public TokenStore
{
public:
    // `keychain` and `connections` outlive this.
    EnvironmentTokenStore(TokenStore *keychain, const ConnectionStore *connections);

    void read(const QString &connectionId, const QObject *context, Callback done) override;
    void write(const QString &connectionId, const QString &token, const QObject *context,
               Callback done) override;
    void remove(const QString &connectionId, const QObject *context, Callback done) override;

    // The environment's token for the connection with `id` and `name`; empty when none applies.
    static QString environmentToken(const QString &id, const QString &name);

private:
    TokenStore *m_keychain;
    const ConnectionStore *m_connections;
};

} // namespace ScimDesk
