#pragma once

#include "ScimError.h"
#include "ServiceCapabilities.h"
#include "scim/Preset.h"

#include <QObject>
#include <QSet>

namespace ScimDesk {

class ScimClient;

// What "Test connection" reports: reachable, authenticated, what the service can do, how many
// users it lists.
struct ConnectionReport
{
    ScimError error; // the first failure that makes the connection unusable
    ServiceCapabilities capabilities;
    qint64 userCount = -1;
    // The ids of the accounts discovery was asked to look up (the connection's protected
    // accounts), so that a guard knows them by id as well as by userName.
    QSet<QString> accountIds;
    QStringList accountsNotLookedUp; // the look-up failed: their ids are unknown
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
    QString summary() const;
    QJsonObject toJson() const;
};

// Reads /ServiceProviderConfig, then /Schemas, /ResourceTypes and a one-user page of /Users
// (to prove the token and count users) concurrently.
class ServiceDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDiscovery)

public:
    ServiceDiscovery(ScimClient *client, const Preset &preset, QObject *parent = nullptr);

    // Before start(): also look up these userNames' ids (one filtered request each).
    void setAccounts(const QStringList &userNames) { m_accounts = userNames; }
    void start();
    // Runs start() and waits; for the CLI and tests.
    ConnectionReport run();

Q_SIGNALS:
    void finished(const ScimDesk::ConnectionReport &report);

private:
    void oneDone();
    void lookUpAccounts();

    ScimClient *m_client;
    Preset m_preset;
    QStringList m_accounts;
    ConnectionReport m_report;
    ScimError m_configError; // /ServiceProviderConfig's
    int m_outstanding = 0;
    qint64 m_startedMs = 0;
};

} // namespace ScimDesk
