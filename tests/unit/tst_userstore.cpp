#include "directory/UserStore.h"
#include "scim/JsonView.h"

#include <QJsonDocument>
#include <QTest>

using namespace ScimDesk;

class tst_UserStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_keepsWhatTheConsoleShows();
    void record_readsOlderLucidSchema();
    void missingActive_meansActive();
    void addPage_appendsAndUpdatesInPlace();
    void record_isCompact();
    void record_fromBytes_isTheSame_data();
    void record_fromBytes_isTheSame();
};

namespace {
LicenceCatalog lucid()
{
    return {QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"),
            {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark"),
             QStringLiteral("LucidscaleExplorer"), QStringLiteral("LucidscaleCreator")}};
}

QJsonObject user(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

void tst_UserStore::record_keepsWhatTheConsoleShows()
{
    const UserRecord r = UserRecord::fromResource(user(R"({
        "id":"lucid-17","userName":"ada.lovelace@example.com","displayName":"Ada Lovelace",
        "name":{"givenName":"Ada","familyName":"Lovelace"},"title":"Analyst","externalId":"E17",
        "active":false,
        "emails":[{"value":"home@example.com","type":"home"},{"value":"ada@example.com","type":"work","primary":true}],
        "groups":[{"value":"g1"},{"value":"g2"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Research","costCenter":"CC-9"},
        "urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":{"Lucidchart":true,"Lucidspark":false,"LucidscaleCreator":true}},
        "meta":{"version":"W/\"3\"","lastModified":"2026-11-01T10:00:00Z"}})"),
                                                  lucid());
    QCOMPARE(r.id(), QStringLiteral("lucid-17"));
    QCOMPARE(r.userName(), QStringLiteral("ada.lovelace@example.com"));
    QCOMPARE(r.field(UserRecord::DisplayName), QStringLiteral("Ada Lovelace"));
    QCOMPARE(r.field(UserRecord::GivenName), QStringLiteral("Ada"));
    QCOMPARE(r.field(UserRecord::FamilyName), QStringLiteral("Lovelace"));
    QCOMPARE(r.field(UserRecord::Email), QStringLiteral("ada@example.com"));
    QCOMPARE(r.field(UserRecord::Department), QStringLiteral("Research"));
    QCOMPARE(r.field(UserRecord::CostCenter), QStringLiteral("CC-9"));
    QCOMPARE(r.field(UserRecord::Version), QStringLiteral("W/\"3\""));
    QCOMPARE(r.field(UserRecord::LastModified), QStringLiteral("2026-11-01T10:00:00Z"));
    QVERIFY(!r.isActive());
    QVERIFY(r.hasLicence(0));
    QVERIFY(!r.hasLicence(1));
    QVERIFY(!r.hasLicence(2));
    QVERIFY(r.hasLicence(3));
    QCOMPARE(r.groupCount(), 2);
}

void tst_UserStore::record_readsOlderLucidSchema()
{
    const UserRecord r = UserRecord::fromResource(user(R"({"id":"1","userName":"x",
        "urn:ietf:params:scim:schemas:extension:lucid:1.0:User":{"productLicenses":{"Lucidspark":true}}})"),
                                                  lucid());
    QVERIFY(r.hasLicence(1));
    QVERIFY(!r.hasLicence(0));
}

void tst_UserStore::missingActive_meansActive()
{
    QVERIFY(UserRecord::fromResource(user(R"({"id":"1","userName":"x"})"), lucid()).isActive());
}

void tst_UserStore::addPage_appendsAndUpdatesInPlace()
{
    UserStore store(lucid());
    QCOMPARE(store.addPage(QJsonArray {user(R"({"id":"a","userName":"a@x"})"),
                                       user(R"({"id":"b","userName":"b@x"})")}),
             2);
    QCOMPARE(store.addPage(QJsonArray {user(R"({"id":"b","userName":"renamed@x"})"),
                                       user(R"({"id":"c","userName":"c@x"})"),
                                       user(R"({"userName":"no id"})")}),
             1);
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(store.at(1).userName(), QStringLiteral("renamed@x"));
    QCOMPARE(store.rowOf(QStringLiteral("zzz")), -1);
}

void tst_UserStore::record_isCompact()
{
    const UserRecord r = UserRecord::fromResource(
        user(R"({"id":"lucid-123456","userName":"someone.long-name@example.com",
        "displayName":"Someone Long-Name","name":{"givenName":"Someone","familyName":"Long-Name"},
        "emails":[{"value":"someone.long-name@example.com","primary":true,"type":"work"}],"externalId":"E123456",
        "meta":{"version":"W/\"1\"","lastModified":"2026-11-01T10:00:00.000Z"}})"),
        lucid());
    QVERIFY2(r.memoryUsage() < 400, qPrintable(QString::number(r.memoryUsage())));
}

void tst_UserStore::record_fromBytes_isTheSame_data()
{
    // The console reads a load's users from the bytes the service sent (JsonView), everything
    // else from QJsonObjects: both must make the same record, whatever the resource holds.
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("full") << QByteArray(R"({
        "id":"lucid-17","userName":"ada.lovelace@example.com","displayName":"Ada Lovelace",
        "name":{"givenName":"Ada","familyName":"Lovelace"},"title":"Analyst","externalId":"E17",
        "active":false,
        "emails":[{"value":"home@example.com","type":"home"},{"value":"ada@example.com","type":"work","primary":true}],
        "groups":[{"value":"g1"},{"value":"g2"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Research","costCenter":"CC-9",
            "division":"D","organization":"O","employeeNumber":"42"},
        "urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":{"Lucidchart":true,"Lucidspark":false,"LucidscaleCreator":true}},
        "meta":{"version":"W/\"3\"","lastModified":"2026-11-01T10:00:00Z"}})");
    QTest::newRow("escapes and unicode")
        << QByteArray("{\"id\":\"a\\u00e9\\\"b\",\"userName\":\"\xc3\xa9l\xc3\xa8ve@example.com\","
                      "\"\\u0064isplayName\":\"\\ud83d\\ude00 x\","
                      "\"name\":{\"givenName\":\"Zo\xc3\xab\\n\",\"familyName\":\"\\/\"}}");
    QTest::newRow("older lucid schema, no active") << QByteArray(R"({"id":"1","userName":"x",
        "urn:ietf:params:scim:schemas:extension:lucid:1.0:User":{"productLicenses":{"Lucidspark":true}}})");
    QTest::newRow("odd types") << QByteArray(R"({"id":5,"userName":["x"],"active":"yes",
        "name":"Ada","emails":{"value":"x"},"groups":{},"meta":[],"title":null,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":{"x":1}}})");
    QTest::newRow("several work emails") << QByteArray(R"({"id":"w","userName":"w",
        "emails":[{"value":"a@x","type":"work"},{"value":"b@x","type":"work","primary":true},{"value":"c@x"}]})");
    QTest::newRow("one work email, another primary") << QByteArray(R"({"id":"w","userName":"w",
        "emails":[{"value":"p@x","primary":true},{"value":"w@x","type":"work"}]})");
    QTest::newRow("spaces") << QByteArray(
        " { \"id\" : \"s\" , \"active\" : true , \"emails\" : [ ] } ");
}

void tst_UserStore::record_fromBytes_isTheSame()
{
    QFETCH(QByteArray, json);
    const UserRecord parsed
        = UserRecord::fromResource(QJsonDocument::fromJson(json).object(), lucid());
    const JsonIndex index(json);
    const UserRecord read = UserRecord::fromResource(index.root(), lucid());
    for (int field = 0; field < UserRecord::FieldCount; ++field)
        QCOMPARE(read.field(UserRecord::Field(field)), parsed.field(UserRecord::Field(field)));
    QCOMPARE(read.isActive(), parsed.isActive());
    QCOMPARE(read.licenceBits(), parsed.licenceBits());
    QCOMPARE(read.groupCount(), parsed.groupCount());
    QCOMPARE(read.workEmail(), parsed.workEmail());
}

QTEST_GUILESS_MAIN(tst_UserStore)
#include "tst_userstore.moc"
