#pragma once

#include "ConnectionProfile.h"
#include "scim/ServiceDiscovery.h"

#include <QObject>
#include <QPointer>

namespace ScimDesk {

class ScimClient;
class TokenStore;

// The open connection the console works with: reads the token from the keychain, runs
// discovery, and says at each step what state it is in. The GUI shows this state; it never
// talks to the service itself.
class ConnectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    enum class State { NoConnection, ReadingToken, Discovering, Connected, Failed };
    Q_ENUM(State)

    explicit ConnectionSession(TokenStore *tokens, QObject *parent = nullptr);
    ~ConnectionSession() override;

    void open(const ConnectionProfile &profile);
    void close();

    State state() const { return m_state; }
    // One sentence for the status bar: what is happening, or what went wrong and what to do.
    QString statusText() const { return m_statusText; }
    const ConnectionProfile &profile() const { return m_profile; }
    // Takes in what an apply learnt about the open connection (and saved): see
    // ConnectionProfile::deactivationRevokesLicences.
    void takeInLearnt(const ConnectionProfile &learnt);
    const ConnectionReport &report() const { return m_report; }
    // Valid once connected; owned by the session.
    ScimClient *client() const { return m_client; }

Q_SIGNALS:
    void stateChanged(ScimDesk::ConnectionSession::State state);

private:
    void setState(State state, const QString &text);
    void discover(const QString &token);

    TokenStore *m_tokens;
    ConnectionProfile m_profile;
    ConnectionReport m_report;
    ScimClient *m_client = nullptr;
    QPointer<ServiceDiscovery> m_discovery;
    State m_state = State::NoConnection;
    QString m_statusText;
    quint64 m_generation = 0; // ignores answers for a connection that was closed meanwhile
};

} // namespace ScimDesk
