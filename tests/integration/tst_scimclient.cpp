#include "TestServer.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QSignalSpy>
#include <QTest>

using namespace ScimDesk;

// ScimClient and discovery against the real SCIM test service (SCIMMY) over loopback HTTP.
class tst_ScimClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serviceProviderConfig_isRead();
    void discovery_genericProfile();
    void discovery_lucidProfile_fallsBackForResourceTypes();
    void wrongToken_isUnauthorizedWithoutTheToken();
    void serverErrors_onReads_areRetried();
    void retryAfter_isHonoured();
    void writes_areNotRetried();
    void htmlAnswer_isNotScim();
    void plainHttpToRemoteHost_isRefusedBeforeSending();
    void requests_carryUserAgentAndScimMediaType();
    void tlsFailure_abortsWithClearMessage();
    void getById_findsDeactivatedLucidUser();

private:
    ScimResponse get(ScimClient &client, const QByteArray &path);
    void useClient(ScimClient &client, const QString &token = {});

    Test::TestServer m_server;
};

void tst_ScimClient::initTestCase()
{
    QString error;
    m_server = Test::TestServer::fromEnvironment(&error);
    if (!error.isEmpty())
        QSKIP(qPrintable(error));
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                            {QStringLiteral("users"), 25},
                            {QStringLiteral("groups"), 3}}));
}

void tst_ScimClient::useClient(ScimClient &client, const QString &token)
{
    client.setBaseUrl(m_server.baseUrl());
    client.setToken(token.isEmpty() ? m_server.token() : token);
    client.setRetryPolicy({4, 50, 400, 5});
}

ScimResponse tst_ScimClient::get(ScimClient &client, const QByteArray &path)
{
    ScimResponse result;
    bool done = false;
    ScimRequest request;
    request.path = path;
    client.send(request, this, [&](const ScimResponse &response) {
        result = response;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        qWarning("request did not finish");
    return result;
}

void tst_ScimClient::serviceProviderConfig_isRead()
{
    ScimClient client;
    useClient(client);
    const ScimResponse response = get(client, "/ServiceProviderConfig");
    QVERIFY2(response.ok(), qPrintable(response.error.message()));
    QCOMPARE(response.status, 200);
    QVERIFY(response.json.value(u"schemas")
                .toArray()
                .contains(
                    QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")));
    QVERIFY(response.json.value(u"patch").toObject().value(u"supported").toBool());
}

void tst_ScimClient::discovery_genericProfile()
{
    ScimClient client;
    useClient(client);
    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("generic")));
    const ConnectionReport report = discovery.run();
    QVERIFY2(report.ok(), qPrintable(report.error.message()));
    QCOMPARE(report.userCount, 25);
    QVERIFY(report.capabilities.patch);
    QVERIFY(report.capabilities.filter);
    QVERIFY(report.capabilities.etag);
    QVERIFY(report.capabilities.hasResourceTypes);
    QCOMPARE(report.capabilities.licenceNames.size(), 4); // from the service's /Schemas
    QVERIFY(report.capabilities.knowsAttribute(
        QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")));
    QVERIFY(report.summary().contains(u"25"));
}

void tst_ScimClient::discovery_lucidProfile_fallsBackForResourceTypes()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 30}}));
    ScimClient client;
    useClient(client);
    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("lucid")));
    const ConnectionReport report = discovery.run();
    QVERIFY2(report.ok(), qPrintable(report.error.message()));
    QVERIFY(!report.capabilities.hasResourceTypes);
    QVERIFY(!report.capabilities.bulk);
    QCOMPARE(report.capabilities.filterMaxResults, 100);
    QVERIFY(report.capabilities.etag);
    QVERIFY(report.capabilities.licenceNames.contains(QStringLiteral("Lucidchart")));
    // Lucid leaves deactivated users out of totalResults: fewer than were seeded.
    const QJsonArray users = m_server.state().value(u"users").toArray();
    qint64 active = 0;
    for (const QJsonValue &user : users)
        active += user.toObject().value(u"active").toBool(true) ? 1 : 0;
    QCOMPARE(report.userCount, active);
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("generic")}, {QStringLiteral("users"), 25}}));
}

void tst_ScimClient::wrongToken_isUnauthorizedWithoutTheToken()
{
    ScimClient client;
    const QString wrong = QStringLiteral("wrong-token-4f1c2e9a7b");
    useClient(client, wrong);
    const ScimResponse response = get(client, "/Users");
    QCOMPARE(response.error.kind(), ScimError::Kind::Unauthorized);
    QCOMPARE(response.status, 401);
    QVERIFY(response.error.message().contains(u"token was rejected"));
    QVERIFY(!response.error.message().contains(wrong));
    QCOMPARE(response.attempts, 1); // a 401 is not worth retrying
}

void tst_ScimClient::serverErrors_onReads_areRetried()
{
    QVERIFY(m_server.setFaults({{QStringLiteral("script"),
                                 QJsonArray {QJsonObject {{QStringLiteral("status"), 500}},
                                             QJsonObject {{QStringLiteral("reset"), true}},
                                             QJsonObject {{QStringLiteral("status"), 503}}}}}));
    ScimClient client;
    useClient(client);
    QSignalSpy retries(&client, &ScimClient::retrying);
    const ScimResponse response = get(client, "/Users");
    QVERIFY2(response.ok(), qPrintable(response.error.message()));
    // Qt itself silently re-sends a GET once when a kept-alive connection is reset before any
    // answer, so the reset may not cost us an attempt; the two HTTP errors always do.
    QVERIFY2(response.attempts >= 3, qPrintable(QString::number(response.attempts)));
    QCOMPARE(retries.count(), response.attempts - 1);
    QVERIFY(m_server.setFaults({}));
}

void tst_ScimClient::retryAfter_isHonoured()
{
    QVERIFY(m_server.setFaults({{QStringLiteral("script"),
                                 QJsonArray {QJsonObject {{QStringLiteral("status"), 429},
                                                          {QStringLiteral("retryAfter"), 1}}}}}));
    ScimClient client;
    useClient(client);
    QSignalSpy retries(&client, &ScimClient::retrying);
    QElapsedTimer clock;
    clock.start();
    const ScimResponse response = get(client, "/ServiceProviderConfig");
    QVERIFY2(response.ok(), qPrintable(response.error.message()));
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.first().at(2).toInt(), 1000); // the server's 1 s beats our 50 ms backoff
    QVERIFY(clock.elapsed() >= 950);
    QVERIFY(m_server.setFaults({}));
}

void tst_ScimClient::writes_areNotRetried()
{
    QVERIFY(m_server.setFaults(
        {{QStringLiteral("script"), QJsonArray {QJsonObject {{QStringLiteral("status"), 500}}}}}));
    ScimClient client;
    useClient(client);
    ScimResponse result;
    bool done = false;
    ScimRequest request;
    request.method = "POST";
    request.path = "/Users";
    request.body
        = R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"nobody@example.com"})";
    client.send(request, this, [&](const ScimResponse &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
    QCOMPARE(result.error.kind(), ScimError::Kind::ServerError);
    QCOMPARE(result.attempts, 1);
    QVERIFY(m_server.setFaults({}));
}

void tst_ScimClient::htmlAnswer_isNotScim()
{
    QVERIFY(m_server.setFaults(
        {{QStringLiteral("script"),
          QJsonArray {QJsonObject {
              {QStringLiteral("status"), 403},
              {QStringLiteral("contentType"), QStringLiteral("text/html")},
              {QStringLiteral("body"),
               QStringLiteral("<html><body>Corporate proxy: sign in</body></html>")}}}}}));
    ScimClient client;
    useClient(client);
    const ScimResponse response = get(client, "/Users");
    QCOMPARE(response.error.kind(), ScimError::Kind::NotScim);
    QVERIFY(response.error.message().contains(u"web page"));
    QVERIFY(m_server.setFaults({}));
}

void tst_ScimClient::plainHttpToRemoteHost_isRefusedBeforeSending()
{
    ScimClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://scim.example.com/v2")));
    client.setToken(QStringLiteral("t"));
    const ScimResponse response = get(client, "/Users");
    QCOMPARE(response.error.kind(), ScimError::Kind::InsecureUrl);
    QVERIFY(response.error.requestNeverArrived());
}

void tst_ScimClient::requests_carryUserAgentAndScimMediaType()
{
    QVERIFY(m_server.clearRequests());
    ScimClient client;
    useClient(client);
    QVERIFY(get(client, "/Users").ok());
    const QJsonArray log = m_server.requests();
    QVERIFY(!log.isEmpty());
    const QJsonObject last = log.last().toObject();
    QVERIFY(last.value(u"userAgent").toString().startsWith(u"ScimDesk/"));
}

void tst_ScimClient::tlsFailure_abortsWithClearMessage()
{
    // Speak TLS to the plain-HTTP test service: the handshake fails and nothing is ignored.
    ScimClient client;
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("https"));
    client.setBaseUrl(url);
    client.setToken(m_server.token());
    client.setRetryPolicy({1, 10, 10, 1});
    const ScimResponse response = get(client, "/ServiceProviderConfig");
    QCOMPARE(response.error.kind(), ScimError::Kind::Tls);
    QVERIFY(response.error.message().contains(u"TLS"));
}

void tst_ScimClient::getById_findsDeactivatedLucidUser()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 100}}));
    QString id;
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        if (!user.toObject().value(u"active").toBool(true)) {
            id = user.toObject().value(u"id").toString();
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    ScimClient client;
    useClient(client);
    ScimResponse result;
    bool done = false;
    client.send(ScimRequest::get("/Users", id), this, [&](const ScimResponse &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.json.value(u"id").toString(), id);
    QCOMPARE(result.json.value(u"active").toBool(), false);
    QVERIFY(!result.etag.isEmpty());

    bool missingDone = false;
    ScimResponse missing;
    client.send(ScimRequest::get("/Users", QStringLiteral("lucid-999999")), this,
                [&](const ScimResponse &r) {
                    missing = r;
                    missingDone = true;
                });
    QTRY_VERIFY_WITH_TIMEOUT(missingDone, 10'000);
    QCOMPARE(missing.error.kind(), ScimError::Kind::NotFound);
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("generic")}, {QStringLiteral("users"), 25}}));
}

QTEST_GUILESS_MAIN(tst_ScimClient)
#include "tst_scimclient.moc"
