#include "TestServer.h"
#include "scim/Preset.h"
#include "scim/ResourceWriter.h"
#include "scim/ServiceDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ScimDesk;

namespace {
const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
const QString CoreUser = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
} // namespace

// The write primitives against the real service: what they send, and what the service then holds.
class tst_ResourceWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void create_thenDuplicateIsUniqueness();
    void patch_changesOnlyWhatDiffers_withIfMatch();
    void patchRefusedForPath_fallsBackToPut();
    void staleVersion_isPreconditionFailed();
    void delete_andOwnerIsProtected();
    void lucid_addOnWithoutBaseIsFailedDependency();

private:
    ScimResponse send(const ScimRequest &request);
    ResourceWriter::Result update(ResourceWriter &writer, const QJsonObject &before,
                                  const QJsonObject &after);
    QJsonObject serverUser(const QString &id);
    ServiceCapabilities discover(const QString &preset);

    Test::TestServer m_server;
    ScimClient m_client;
};

void tst_ResourceWriter::initTestCase()
{
    QString error;
    m_server = Test::TestServer::fromEnvironment(&error);
    if (!error.isEmpty())
        QSKIP(qPrintable(error));
    m_client.setBaseUrl(m_server.baseUrl());
    m_client.setToken(m_server.token());
}

ScimResponse tst_ResourceWriter::send(const ScimRequest &request)
{
    ScimResponse result;
    bool done = false;
    m_client.send(request, this, [&](const ScimResponse &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        qWarning("no answer");
    return result;
}

ResourceWriter::Result tst_ResourceWriter::update(ResourceWriter &writer, const QJsonObject &before,
                                                  const QJsonObject &after)
{
    ResourceWriter::Result result;
    bool done = false;
    writer.update("/Users", before, after, this, [&](const ResourceWriter::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        qWarning("no answer");
    return result;
}

QJsonObject tst_ResourceWriter::serverUser(const QString &id)
{
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        if (value.toObject().value(u"id").toString() == id)
            return value.toObject();
    }
    return {};
}

ServiceCapabilities tst_ResourceWriter::discover(const QString &preset)
{
    ServiceDiscovery discovery(&m_client, Preset::byId(preset));
    return discovery.run().capabilities;
}

void tst_ResourceWriter::create_thenDuplicateIsUniqueness()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("generic")}, {QStringLiteral("users"), 3}}));
    ResourceWriter writer(&m_client, discover(QStringLiteral("generic")));
    const QJsonObject user {{QStringLiteral("schemas"), QJsonArray {CoreUser}},
                            {QStringLiteral("userName"), QStringLiteral("new.hire@example.com")},
                            {QStringLiteral("name"),
                             QJsonObject {{QStringLiteral("givenName"), QStringLiteral("New")},
                                          {QStringLiteral("familyName"), QStringLiteral("Hire")}}},
                            {QStringLiteral("active"), true}};
    const ScimRequest create = writer.createRequest("/Users", user);
    QCOMPARE(create.method, QByteArray("POST"));
    const ScimResponse created = send(create);
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(serverUser(id).value(u"userName").toString(), QStringLiteral("new.hire@example.com"));

    QJsonObject again = user;
    again.insert(QStringLiteral("userName"), QStringLiteral("NEW.HIRE@example.com"));
    const ScimResponse duplicate = send(writer.createRequest("/Users", again));
    QCOMPARE(duplicate.error.kind(), ScimError::Kind::Uniqueness);
    QVERIFY(duplicate.error.message().contains(u"Already exists"));
}

void tst_ResourceWriter::patch_changesOnlyWhatDiffers_withIfMatch()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 5}}));
    const ServiceCapabilities caps = discover(QStringLiteral("lucid"));
    QVERIFY(caps.patch && caps.etag);
    ResourceWriter writer(&m_client, caps);
    QJsonObject before = m_server.state().value(u"users").toArray().at(2).toObject();
    const QString id = before.value(u"id").toString();
    QVERIFY(before.value(u"active").toBool());

    QJsonObject after = before;
    QJsonObject name = after.value(u"name").toObject();
    name.insert(QStringLiteral("givenName"), QStringLiteral("Renamed"));
    after.insert(QStringLiteral("name"), name);
    QJsonObject lucid = after.value(Lucid).toObject();
    QJsonObject licences = lucid.value(u"productLicenses").toObject();
    licences.insert(QStringLiteral("Lucidspark"), !licences.value(u"Lucidspark").toBool());
    lucid.insert(QStringLiteral("productLicenses"), licences);
    after.insert(Lucid, lucid);

    QVERIFY(m_server.clearRequests());
    const ResourceWriter::Result result = update(writer, before, after);
    QVERIFY2(result.response.ok(), qPrintable(result.response.error.message()));
    QVERIFY(!result.usedPut);
    QCOMPARE(result.operations.size(), 2);
    const QJsonObject sent = m_server.requests().last().toObject();
    QCOMPARE(sent.value(u"method").toString(), QStringLiteral("PATCH"));
    QCOMPARE(sent.value(u"ifMatch").toString(),
             before.value(u"meta").toObject().value(u"version").toString());

    const QJsonObject stored = serverUser(id);
    QCOMPARE(stored.value(u"name").toObject().value(u"givenName").toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(
        stored.value(Lucid).toObject().value(u"productLicenses").toObject().value(u"Lucidspark"),
        licences.value(u"Lucidspark"));
    QCOMPARE(stored.value(u"userName"), before.value(u"userName"));

    QVERIFY(update(writer, stored, stored).nothingToDo);
}

void tst_ResourceWriter::patchRefusedForPath_fallsBackToPut()
{
    // SCIMMY answers a PATCH on a sub-attribute of a missing extension with 400 noTarget; the
    // writer then sends the whole resource with PUT.
    QJsonObject seed {
        {QStringLiteral("users"),
         QJsonArray {QJsonObject {{QStringLiteral("userName"), QStringLiteral("plain@example.com")},
                                  {QStringLiteral("active"), true}}}}};
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                            {QStringLiteral("users"), 0},
                            {QStringLiteral("seed"), seed}}));
    ResourceWriter writer(&m_client, discover(QStringLiteral("generic")));
    const QJsonObject before = m_server.state().value(u"users").toArray().first().toObject();
    QVERIFY(!before.contains(Lucid));
    QJsonObject after = before;
    after.insert(Lucid,
                 QJsonObject {{QStringLiteral("productLicenses"),
                               QJsonObject {{QStringLiteral("Lucidchart"), true}}}});
    QJsonArray schemas = after.value(u"schemas").toArray();
    schemas.append(Lucid);
    after.insert(QStringLiteral("schemas"), schemas);

    QVERIFY(m_server.clearRequests());
    const ResourceWriter::Result result = update(writer, before, after);
    QVERIFY2(result.response.ok(), qPrintable(result.response.error.message()));
    const QJsonArray log = m_server.requests();
    QVERIFY(result.usedPut);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().toObject().value(u"method").toString(), QStringLiteral("PATCH"));
    QCOMPARE(log.first().toObject().value(u"status").toInt(), 400);
    QCOMPARE(log.last().toObject().value(u"method").toString(), QStringLiteral("PUT"));
    const QJsonObject stored = serverUser(before.value(u"id").toString());
    QVERIFY(stored.value(Lucid)
                .toObject()
                .value(u"productLicenses")
                .toObject()
                .value(u"Lucidchart")
                .toBool());
}

void tst_ResourceWriter::staleVersion_isPreconditionFailed()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 3}}));
    ResourceWriter writer(&m_client, discover(QStringLiteral("lucid")));
    QJsonObject before = m_server.state().value(u"users").toArray().at(1).toObject();
    QJsonObject meta = before.value(u"meta").toObject();
    meta.insert(QStringLiteral("version"), QStringLiteral("W/\"999\""));
    before.insert(QStringLiteral("meta"), meta);
    QJsonObject after = before;
    after.insert(QStringLiteral("title"), QStringLiteral("Changed"));
    const ResourceWriter::Result result = update(writer, before, after);
    QCOMPARE(result.response.error.kind(), ScimError::Kind::PreconditionFailed);
    QVERIFY(result.response.error.message().contains(u"Changed since it was read"));
    QVERIFY(serverUser(before.value(u"id").toString()).value(u"title").toString() != u"Changed");
}

void tst_ResourceWriter::delete_andOwnerIsProtected()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 4}}));
    ResourceWriter writer(&m_client, discover(QStringLiteral("lucid")));
    const QJsonObject state = m_server.state();
    const QString owner = state.value(u"ownerId").toString();
    QString other;
    QByteArray version;
    for (const QJsonValue &value : state.value(u"users").toArray()) {
        if (value.toObject().value(u"id").toString() != owner) {
            other = value.toObject().value(u"id").toString();
            version = ResourceWriter::versionOf(value.toObject());
            break;
        }
    }
    const ScimResponse deleted = send(writer.deleteRequest("/Users", other, version));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.message()));
    QCOMPARE(deleted.status, 204);
    QVERIFY(serverUser(other).isEmpty());

    const ScimResponse refused = send(writer.deleteRequest("/Users", owner, {}));
    QCOMPARE(refused.error.kind(), ScimError::Kind::Conflict);
    QVERIFY(refused.error.message().contains(u"account owner"));
}

void tst_ResourceWriter::lucid_addOnWithoutBaseIsFailedDependency()
{
    QJsonObject seed {
        {QStringLiteral("users"),
         QJsonArray {QJsonObject {
             {QStringLiteral("userName"), QStringLiteral("nolicence@example.com")},
             {QStringLiteral("active"), true},
             {Lucid,
              QJsonObject {{QStringLiteral("productLicenses"),
                            QJsonObject {{QStringLiteral("Lucidchart"), false},
                                         {QStringLiteral("Lucidspark"), false},
                                         {QStringLiteral("LucidscaleExplorer"), false},
                                         {QStringLiteral("LucidscaleCreator"), false}}}}}}}}};
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 0},
                            {QStringLiteral("seed"), seed}}));
    ResourceWriter writer(&m_client, discover(QStringLiteral("lucid")));
    const QJsonObject before = m_server.state().value(u"users").toArray().first().toObject();
    QJsonObject after = before;
    QJsonObject lucid = after.value(Lucid).toObject();
    QJsonObject licences = lucid.value(u"productLicenses").toObject();
    licences.insert(QStringLiteral("LucidscaleCreator"), true);
    lucid.insert(QStringLiteral("productLicenses"), licences);
    after.insert(Lucid, lucid);
    const ResourceWriter::Result result = update(writer, before, after);
    QCOMPARE(result.response.error.kind(), ScimError::Kind::FailedDependency);
    QVERIFY(result.response.error.message().contains(u"base licence"));
}

QTEST_GUILESS_MAIN(tst_ResourceWriter)
#include "tst_resourcewriter.moc"
