#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

namespace ScimDesk::Test {

// The SCIM test service (tests/scim-server) started by the CTest fixture: its address, its
// token, and its admin API for resetting state, injecting faults and reading what it holds.
class TestServer
{
public:
    // Reads the port the fixture wrote; QSKIP-worthy message in `error` when it is not running.
    static TestServer fromEnvironment(QString *error);
    // The service whose ctl.sh state files start with `prefix`.
    static TestServer fromPrefix(const QString &prefix, QString *error);

    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

    // POST /_admin/reset with `config` ({profile, users, groups, randomSeed, seed, orgGroups}).
    bool reset(const QJsonObject &config);
    // POST /_admin/faults; an empty object clears them.
    bool setFaults(const QJsonObject &faults);
    QJsonObject state();
    QJsonArray requests();
    bool clearRequests();
    // GET /_admin/limits: a vendor profile's rate rules with their counts of requests and 429s.
    QJsonObject limits();

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QUrl m_adminUrl;
    QUrl m_baseUrl;
    QString m_token;
};

// A test service of one's own (benchmarks): started with ctl.sh in a temporary folder with
// `arguments`, stopped when this goes away.
class OwnedServer
{
public:
    explicit OwnedServer(const QStringList &arguments);
    ~OwnedServer();
    Q_DISABLE_COPY_MOVE(OwnedServer)

    bool isRunning() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    TestServer &server() { return m_server; }

private:
    QTemporaryDir m_dir;
    QString m_prefix;
    TestServer m_server;
    QString m_error;
};

} // namespace ScimDesk::Test
