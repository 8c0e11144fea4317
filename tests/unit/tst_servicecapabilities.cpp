#include "scim/Preset.h"
#include "scim/ServiceCapabilities.h"

#include <QJsonDocument>
#include <QTest>

using ScimDesk::Preset;
using ScimDesk::ServiceCapabilities;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class tst_ServiceCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceProviderConfig_isParsed_data();
    void serviceProviderConfig_isParsed();
    void schemas_flattenExtensionsAndFindLicences();
    void lucidWithoutResourceTypes_fallsBackToPreset();
    void resourceTypes_giveEndpoints();
    void pageSize_isCappedByMaxResults_data();
    void pageSize_isCappedByMaxResults();
};

void tst_ServiceCapabilities::serviceProviderConfig_isParsed_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("patch");
    QTest::addColumn<bool>("bulk");
    QTest::addColumn<int>("bulkMax");
    QTest::addColumn<bool>("filter");
    QTest::addColumn<int>("maxResults");
    QTest::addColumn<bool>("sort");
    QTest::addColumn<bool>("etag");

    QTest::newRow("lucid") << QByteArray(R"({"patch":{"supported":true},"bulk":{"supported":false},
        "filter":{"supported":true,"maxResults":100},"sort":{"supported":false},
        "etag":{"supported":true},"changePassword":{"supported":false}})")
                           << true << false << 0 << true << 100 << false << true;
    QTest::newRow("full") << QByteArray(R"({"patch":{"supported":true},"bulk":{"supported":true,
        "maxOperations":1000,"maxPayloadSize":1048576},"filter":{"supported":true,"maxResults":200},
        "sort":{"supported":true},"etag":{"supported":false}})")
                          << true << true << 1000 << true << 200 << true << false;
    QTest::newRow("empty") << QByteArray("{}") << false << false << 0 << false << 0 << false
                           << false;
}

void tst_ServiceCapabilities::serviceProviderConfig_isParsed()
{
    QFETCH(QByteArray, config);
    ServiceCapabilities caps;
    caps.applyServiceProviderConfig(QJsonDocument::fromJson(config).object());
    QTEST(caps.patch, "patch");
    QTEST(caps.bulk, "bulk");
    QTEST(caps.bulkMaxOperations, "bulkMax");
    QTEST(caps.filter, "filter");
    QTEST(caps.filterMaxResults, "maxResults");
    QTEST(caps.sort, "sort");
    QTEST(caps.etag, "etag");
    QVERIFY(!caps.summary().isEmpty());
}

void tst_ServiceCapabilities::schemas_flattenExtensionsAndFindLicences()
{
    ServiceCapabilities caps;
    caps.applySchemas(json(R"({"Resources":[
      {"id":"urn:ietf:params:scim:schemas:core:2.0:User","attributes":[
        {"name":"userName","type":"string","required":true},
        {"name":"name","type":"complex","subAttributes":[{"name":"givenName","type":"string"}]}]},
      {"id":"urn:ietf:params:scim:schemas:extension:lucid:2.0:User","attributes":[
        {"name":"productLicenses","type":"complex","subAttributes":[
          {"name":"Lucidchart","type":"boolean"},{"name":"Lucidspark","type":"boolean"}]},
        {"name":"billingCode","type":"string"}]},
      {"id":"urn:ietf:params:scim:schemas:core:2.0:Group","attributes":[{"name":"displayName"}]}
    ]})"));
    QVERIFY(caps.knowsAttribute(QStringLiteral("userName")));
    QVERIFY(caps.knowsAttribute(QStringLiteral("name.givenName")));
    QVERIFY(caps.knowsAttribute(QStringLiteral(
        "urn:ietf:params:scim:schemas:extension:lucid:2.0:User:productLicenses.Lucidchart")));
    QVERIFY(!caps.knowsAttribute(QStringLiteral("displayName"))); // the Group's, not the User's
    QCOMPARE(caps.licenceNames,
             (QStringList {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")}));
    QCOMPARE(caps.licenceSchema,
             QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"));
    QCOMPARE(caps.userSchemaExtensions.size(), 1);
}

void tst_ServiceCapabilities::lucidWithoutResourceTypes_fallsBackToPreset()
{
    ServiceCapabilities caps;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    QCOMPARE(caps.usersEndpoint, QStringLiteral("/Users"));
    QCOMPARE(caps.licenceNames.size(), 4);
    QVERIFY(caps.licenceNames.contains(QStringLiteral("LucidscaleCreator")));
    QCOMPARE(caps.notes.size(), 2);
}

void tst_ServiceCapabilities::resourceTypes_giveEndpoints()
{
    ServiceCapabilities caps;
    caps.applyResourceTypes(json(R"({"Resources":[
      {"name":"User","endpoint":"/People","schemaExtensions":[{"schema":"urn:x:User"}]},
      {"name":"Group","endpoint":"Teams"}]})"));
    QVERIFY(caps.hasResourceTypes);
    QCOMPARE(caps.usersEndpoint, QStringLiteral("/People"));
    QCOMPARE(caps.groupsEndpoint, QStringLiteral("/Teams"));
    QCOMPARE(caps.userSchemaExtensions, QStringList {QStringLiteral("urn:x:User")});
}

void tst_ServiceCapabilities::pageSize_isCappedByMaxResults_data()
{
    QTest::addColumn<int>("maxResults");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<int>("expected");
    QTest::newRow("no cap") << 0 << 1000 << 1000;
    QTest::newRow("lucid cap") << 100 << 1000 << 100;
    QTest::newRow("below cap") << 100 << 50 << 50;
    QTest::newRow("zero wanted") << 100 << 0 << 1;
}

void tst_ServiceCapabilities::pageSize_isCappedByMaxResults()
{
    QFETCH(int, maxResults);
    QFETCH(int, wanted);
    ServiceCapabilities caps;
    caps.filterMaxResults = maxResults;
    QTEST(caps.effectivePageSize(wanted), "expected");
}

QTEST_GUILESS_MAIN(tst_ServiceCapabilities)
#include "tst_servicecapabilities.moc"
