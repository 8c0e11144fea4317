#include "TestServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>

namespace ScimDesk::Test {

TestServer TestServer::fromEnvironment(QString *error)
{
    return fromPrefix(qEnvironmentVariable("SCIMDESK_TEST_SERVER"), error);
}

TestServer TestServer::fromPrefix(const QString &prefix, QString *error)
{
    TestServer server;
    QFile portFile(prefix + QStringLiteral(".port"));
    if (prefix.isEmpty() || !portFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("SCIM test service not running (no %1.port); run through ctest")
                     .arg(prefix);
        return server;
    }
    const int port = portFile.readAll().trimmed().toInt();
    server.m_adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/_admin").arg(port));
    server.m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(port));
    server.m_token
        = qEnvironmentVariable("SCIMDESK_TEST_TOKEN", QStringLiteral("scimdesk-test-token"));
    return server;
}

OwnedServer::OwnedServer(const QStringList &arguments)
    : m_prefix(m_dir.filePath(QStringLiteral("server")))
{
    QProcess ctl;
    ctl.start(QStringLiteral(SCIMDESK_SCIM_SERVER_DIR "/ctl.sh"),
              QStringList {QStringLiteral("start"), m_prefix} + arguments);
    if (!ctl.waitForFinished(120'000) || ctl.exitCode() != 0) {
        m_error = QStringLiteral("could not start the SCIM test service: %1")
                      .arg(QString::fromLocal8Bit(ctl.readAllStandardError()));
        return;
    }
    m_server = TestServer::fromPrefix(m_prefix, &m_error);
}

OwnedServer::~OwnedServer()
{
    QProcess::execute(QStringLiteral(SCIMDESK_SCIM_SERVER_DIR "/ctl.sh"),
                      {QStringLiteral("stop"), m_prefix});
}

QJsonObject TestServer::limits()
{
    return call("GET", QStringLiteral("/limits"));
}

QJsonObject TestServer::call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_adminUrl.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(120'000);
    const QByteArray payload = body.isEmpty() && method == "GET"
        ? QByteArray()
        : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    if (!ok) {
        qWarning("admin call %s %s failed: %s", method.constData(), qPrintable(path),
                 answer.constData());
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    return doc.isObject() ? doc.object() : QJsonObject {{QStringLiteral("ok"), true}};
}

bool TestServer::reset(const QJsonObject &config)
{
    return call("POST", QStringLiteral("/reset"), config).value(u"ok").toBool();
}

bool TestServer::setFaults(const QJsonObject &faults)
{
    return !call("POST", QStringLiteral("/faults"), faults).isEmpty();
}

QJsonObject TestServer::state()
{
    return call("GET", QStringLiteral("/state"));
}

QJsonArray TestServer::requests()
{
    return call("GET", QStringLiteral("/requests")).value(u"requests").toArray();
}

bool TestServer::clearRequests()
{
    return !call("DELETE", QStringLiteral("/requests")).isEmpty();
}

} // namespace ScimDesk::Test
