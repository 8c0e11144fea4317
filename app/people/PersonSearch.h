#pragma once

#include "connections/ConnectionProfile.h"
#include "scim/ServiceDiscovery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ScimDesk {

class ConnectionSession;
class TokenStore;

// One person's account on one connection, as a search found it (or did not).
struct PersonAccount
{
    Q_DECLARE_TR_FUNCTIONS(PersonAccount)

public:
    enum class State { Found, NotFound, Failed };

    QString person; // as asked: an email or a userName
    ConnectionProfile profile;
    State state = State::NotFound;
    QJsonObject user; // the SCIM resource as read, when found
    QString error; // when the connection could not be searched: what went wrong, what to do
    // The manager the account names (enterprise `manager`), read when the search was asked to:
    // an email address, else empty (no manager, or one without an address).
    QString managerEmail;

    // The address the account's service knows the person by: the primary (else first) email,
    // else a userName that is one.
    static QString emailOf(const QJsonObject &user);
    // The id of the manager the account names, if any.
    QString managerId() const;

    bool active() const { return user.value(u"active").toBool(true); }
    QString userName() const { return user.value(u"userName").toString(); }
    QString displayName() const;
    // The licences the account holds: its licence flags, or (by group) the licence groups it
    // is in.
    QStringList licences(const QString &licenceSchema) const;
    // The groups the user resource names; empty when the service does not list them there.
    QStringList groups() const;
    // "active", "deactivated", "not found", "not searched"
    QString stateText() const;
};

// Finds people by email or userName on every connection it is given, in parallel: each
// connection is opened (its token from `tokens`, then discovery) and asked with filters, at
// most its own concurrency at a time. One connection failing does not stop the others: its
// accounts say why.
class PersonSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonSearch)

public:
    explicit PersonSearch(TokenStore *tokens, QObject *parent = nullptr);
    ~PersonSearch() override;

    // Also reads each found account's manager (for handing documents to them).
    void setReadsManagers(bool reads) { m_readsManagers = reads; }
    // Starts looking for each of `people` on each of `connections`. finished() follows.
    void start(const QList<ConnectionProfile> &connections, const QStringList &people);
    bool isRunning() const { return m_running; }

    // One per person and connection, people in the order asked, then connections.
    QList<PersonAccount> accounts() const;
    // What discovery found of the connection with `id` (empty when it could not be opened).
    ConnectionReport report(const QString &connectionId) const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    struct Connection;
    void opened(Connection &connection);
    void lookUpNext(Connection &connection);
    void lookUp(Connection &connection, int person, bool byEmail);
    // Found: settles, after reading the manager when asked to.
    void found(Connection &connection, int person, const QJsonObject &user);
    void settle(Connection &connection, int person, PersonAccount::State state,
                const QJsonObject &user = {}, const QString &error = {});

    TokenStore *m_tokens;
    QStringList m_people;
    std::vector<std::unique_ptr<Connection>> m_connections;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_readsManagers = false;
};

} // namespace ScimDesk
