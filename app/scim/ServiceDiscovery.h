#pragma once

#include "ScimError.h"
#include "ServiceCapabilities.h"
#include "scim/Preset.h"

#include <QObject>

namespace ScimDesk {

class ScimClient;

// What "Test connection" reports: reachable, authenticated, what the service can do, how many
// users it lists.
struct ConnectionReport
{
    ScimError error; // the first failure that makes the connection unusable
    ServiceCapabilities capabilities;
    qint64 userCount = -1;
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

    void start();
    // Runs start() and waits; for the CLI and tests.
    ConnectionReport run();

Q_SIGNALS:
    void finished(const ScimDesk::ConnectionReport &report);

private:
    void oneDone();

    ScimClient *m_client;
    Preset m_preset;
    ConnectionReport m_report;
    int m_outstanding = 0;
    qint64 m_startedMs = 0;
};

} // namespace ScimDesk
