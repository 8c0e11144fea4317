#pragma once

#include "ConnectionProfile.h"
#include "scim/ServiceDiscovery.h"

#include <QObject>

namespace ScimDesk {

class TokenStore;

// "Test connection" for a profile that may not be saved yet: with the token typed in, or the one
// in the keychain when none was typed. Reports what discovery found.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    ConnectionTester(TokenStore *tokens, QObject *parent = nullptr);

    void test(const ConnectionProfile &profile, const QString &typedToken);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const ScimDesk::ConnectionReport &report);

private:
    void run(const ConnectionProfile &profile, const QString &token);

    TokenStore *m_tokens;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace ScimDesk
