#pragma once

#include "TokenStore.h"

namespace ScimDesk {

// TokenStore on QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows. The insecure plaintext fallback is always off.
class KeychainTokenStore final : public TokenStore
{
public:
    explicit KeychainTokenStore(QString service = {});

    void read(const QString &connectionId, const QObject *context, Callback done) override;
    void write(const QString &connectionId, const QString &token, const QObject *context,
               Callback done) override;
    void remove(const QString &connectionId, const QObject *context, Callback done) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

// Runs `operation` on `store` and waits for it with a local event loop; for the CLI and tests.
TokenResult waitFor(const std::function<void(const QObject *, TokenStore::Callback)> &operation);

} // namespace ScimDesk
