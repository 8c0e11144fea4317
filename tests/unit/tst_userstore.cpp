#include "directory/UserStore.h"
#include "scim/JsonView.h"
#include "scim/Schemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void record_longTexts_areCutWhole();
    void record_fromBytes_isTheSame_data();
    void record_fromBytes_isTheSame();
    void record_fromBytesThatAreNotOneResource_isEmpty();
    void index_findsEveryUser_asItGrowsAndShrinks();
    void reserve_midLoad_keepsEveryUser_andTrustsNoHugeCount();
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

void tst_UserStore::record_longTexts_areCutWhole()
{
    // Every field far longer than a record keeps, in characters of two and three bytes: each
    // is cut to whole characters, and every field still reads in full (all of them together
    // once overflowed the 16-bit offsets).
    const QString two(5001, u'\u00e9');
    const QString three(5001, u'\u20ac');
    const QJsonObject resource {
        {u"id"_qs, two},
        {u"userName"_qs, three},
        {u"displayName"_qs, two},
        {u"externalId"_qs, three},
        {u"title"_qs, two},
        {u"name"_qs, QJsonObject {{u"givenName"_qs, three}, {u"familyName"_qs, two}}},
        {u"emails"_qs,
         QJsonArray {QJsonObject {{u"value"_qs, three}, {u"primary"_qs, true}},
                     QJsonObject {{u"value"_qs, two}, {u"type"_qs, u"work"_qs}}}},
        {u"meta"_qs, QJsonObject {{u"version"_qs, three}, {u"lastModified"_qs, two}}},
        {QString::fromUtf16(Schemas::EnterpriseUser),
         QJsonObject {{u"department"_qs, three},
                      {u"costCenter"_qs, two},
                      {u"division"_qs, three},
                      {u"organization"_qs, two},
                      {u"employeeNumber"_qs, three}}}};
    const QByteArray json = QJsonDocument(resource).toJson(QJsonDocument::Compact);
    for (const UserRecord &r : {UserRecord::fromResource(resource, lucid()),
                                UserRecord::fromResource(QByteArrayView(json), lucid())}) {
        for (int field = 0; field < UserRecord::FieldCount; ++field) {
            const auto f = UserRecord::Field(field);
            const QString text = r.field(f);
            QVERIFY2(
                text.size() > 1000 && (two.startsWith(text) || three.startsWith(text)),
                qPrintable(QStringLiteral("field %1: %2 characters").arg(field).arg(text.size())));
            QCOMPARE(r.fieldView(f), QByteArrayView(text.toUtf8()));
        }
    }
}

void tst_UserStore::record_fromBytes_isTheSame_data()
{
    // The console reads a load's users from the bytes the service sent (picked out while a list
    // page is checked), everything else from QJsonObjects: both must make the same record,
    // whatever the resource holds.
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
    QTest::newRow("as the test service writes them") << QByteArray(R"({
        "schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User","urn:ietf:params:scim:schemas:extension:lucid:2.0:User"],
        "id":"0b9c6f3e-1d2a-4c5b-8e7f-9a0b1c2d3e4f","externalId":"E000042",
        "meta":{"resourceType":"User","created":"2026-01-02T03:04:05.000Z","lastModified":"2026-02-03T04:05:06.000Z","location":"http://127.0.0.1/scim/v2/Users/0b9c","version":"W/\"1\""},
        "userName":"soren.muller.42@example.com","name":{"formatted":"Søren Müller","familyName":"Müller","givenName":"Søren"},
        "displayName":"Søren Müller","title":"Staff Engineer","active":true,
        "emails":[{"value":"soren.muller.42@example.com","type":"work","primary":true}],
        "phoneNumbers":[{"value":"+1 555 0100","type":"work"}],
        "groups":[{"value":"g1","$ref":"http://127.0.0.1/scim/v2/Groups/g1","display":"Engineering"},{"value":"g2","display":"Platform Team"}],
        "roles":[{"value":"AccountAdmin","primary":true}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"000042","costCenter":"CC-1100","organization":"Example Corp","division":"R&D","department":"Engineering",
            "manager":{"value":"m1","$ref":"http://127.0.0.1/scim/v2/Users/m1","displayName":"Ada Lovelace"}},
        "urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":{"Lucidchart":true,"Lucidspark":true,"LucidscaleExplorer":false,"LucidscaleCreator":true},"billingCode":"B-7"}})");
    QTest::newRow("only an id") << QByteArray(R"({"id":"1"})");
    // Not strictly JSON, which QJsonDocument reads all the same: the page writes it out again.
    QTest::newRow("a raw control character and an unknown escape") << QByteArray(
        "{\"id\":\"c\",\"userName\":\"a\tb@x\",\"displayName\":\"\\q\",\"active\":false,"
        "\"emails\":[{\"value\":\"a\tb@x\",\"type\":\"work\"}],\"groups\":[1,2]}");
    QTest::newRow("not an object") << QByteArray(R"(["id","x"])");
    QTest::newRow("escaped member names") << QByteArray(
        R"({"\u0069d":"x","n\u0061me":{"given\u004eame":"Ada","familyName":"L\u00f6w"},)"
        R"("urn:ietf:params:scim:schemas:extension:enterprise:2.0:\u0055ser":{"d\u0065partment":"R\u0026D"},)"
        R"("emails":[{"v\u0061lue":"a@x","t\u0079pe":"w\u006frk","pr\u0069mary":true}],)"
        R"("m\u0065ta":{"v\u0065rsion":"W/\"2\""},"gr\u006fups":[{}],"\u0061ctive":false})");
    QTest::newRow("non-ASCII everywhere") << QByteArray(
        "{\"id\":\"\xe2\x82\xac"
        "1\",\"userName\":\"\xe5\xbc\xa0\xe4\xbc\x9f@example.com\","
        "\"displayName\":\"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82\","
        "\"title\":\"Ing\xc3\xa9nieure\",\"externalId\":\"\xf0\x9f\x98\x80\","
        "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":"
        "\"\xc3\x89tudes\",\"division\":\"\xe2\x84\xaa\",\"employeeNumber\":\"\\u00df\"}}");
    QTest::newRow("several emails, none primary") << QByteArray(R"({"id":"e",
        "emails":[{"value":"home@x","type":"home"},{"value":"other@x"},{"value":"work@x","type":"work"}]})");
    QTest::newRow("several emails, a primary that is not work") << QByteArray(R"({"id":"e",
        "emails":[{"value":"w1@x","type":"work"},{"value":"p@x","primary":true,"type":"home"},{"value":"w2@x","type":"Work"}]})");
    QTest::newRow("more addresses than are picked with the rest") << QByteArray(R"({"id":"e",
        "emails":[{"value":"1@x"},{"value":"2@x"},{"value":"3@x"},{"value":"4@x"},
                  {"value":"5@x","type":"work","primary":true}]})");
    QTest::newRow("emails twice: only the last one's addresses count") << QByteArray(R"({"id":"e",
        "emails":[{"value":"old@x","type":"work","primary":true},{"value":"o2@x"}],
        "emails":[{"value":"new@x","type":"w\u006frk"}]})");
    QTest::newRow("emails that are not objects") << QByteArray(R"({"id":"e",
        "emails":["a@x",{"value":7,"type":"work","primary":true},null]})");
    QTest::newRow("licences null in the schema") << QByteArray(R"({"id":"l",
        "urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":null},
        "urn:ietf:params:scim:schemas:extension:lucid:1.0:User":{"productLicenses":{"Lucidchart":true}}})");
    QTest::newRow("licences in another extension") << QByteArray(R"({"id":"l",
        "urn:x":"not an object","urn:y":{"other":1},
        "urn:z":{"productLicenses":{"Lucidspark":true,"LucidscaleExplorer":1}}})");
    QTest::newRow("members named twice: the last counts") << QByteArray(R"({"id":"first",
        "userName":"old@x","active":true,"userName":"new@x","active":false,"id":"second",
        "meta":{"version":"W/\"1\""},"meta":{"lastModified":"2026-01-01T00:00:00Z"}})");
    QTest::newRow("objects named twice: only the last one's members count") << QByteArray(
        R"({"id":"o","name":{"givenName":"Old","familyName":"Gone"},)"
        R"("name":{"familyName":"New"},"meta":{"version":"W/\"1\""},"meta":"x",)"
        R"("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"D1","title":"t"},)"
        R"("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"division":"V2"},)"
        R"("urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":{"Lucidchart":true}},)"
        R"("urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"other":1},)"
        R"("urn:old":{"productLicenses":{"Lucidspark":true}}})");
    QTest::newRow("licences in two other extensions: the first by name") << QByteArray(
        R"({"id":"l","urn:z":{"productLicenses":{"Lucidchart":true}},)"
        R"("urn:b":{"productLicenses":{"LucidscaleCreator":true}},"urn:a":{"productLicenses":7}})");
    QTest::newRow("a field longer than a record keeps")
        << QByteArray(R"({"id":"long","title":")" + QByteArray(5000, 'x') + R"("})");
}

void tst_UserStore::record_fromBytes_isTheSame()
{
    QFETCH(QByteArray, json);
    const UserRecord parsed
        = UserRecord::fromResource(QJsonDocument::fromJson(json).object(), lucid());
    const UserRecord read = UserRecord::fromResource(QByteArrayView(json), lucid());
    for (int field = 0; field < UserRecord::FieldCount; ++field)
        QCOMPARE(read.field(UserRecord::Field(field)), parsed.field(UserRecord::Field(field)));
    QCOMPARE(read.isActive(), parsed.isActive());
    QCOMPARE(read.licenceBits(), parsed.licenceBits());
    QCOMPARE(read.groupCount(), parsed.groupCount());
    QCOMPARE(read.workEmail(), parsed.workEmail());
    QCOMPARE(read.toResource(lucid()), parsed.toResource(lucid()));
}

void tst_UserStore::record_fromBytesThatAreNotOneResource_isEmpty()
{
    QCOMPARE(UserRecord::fromResource(QByteArrayView(R"({"id":"x")"), lucid()).id(), QString());
    QCOMPARE(UserRecord::fromResource(QByteArrayView(R"({"id":"x"},{"id":"y"})"), lucid()).id(),
             QString());
    QCOMPARE(UserRecord::fromResource(QByteArrayView(R"({"id":"x"})"), lucid()).id(), u"x"_qs);
}

void tst_UserStore::index_findsEveryUser_asItGrowsAndShrinks()
{
    UserStore store(lucid());
    QJsonArray page;
    for (int i = 0; i < 1000; ++i)
        page.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("id-%1").arg(i)},
                                 {QStringLiteral("userName"), QStringLiteral("u%1@x").arg(i)}});
    page.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("\u00e9t\u00e9")}});
    QCOMPARE(store.addPage(page), 1001);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(store.rowOf(QStringLiteral("id-%1").arg(i)), i);
    QCOMPARE(store.rowOf(QStringLiteral("\u00e9t\u00e9")), 1000);
    QCOMPARE(store.rowOf(QByteArrayView("\xc3\xa9t\xc3\xa9")), 1000);
    QCOMPARE(store.rowOf(QStringLiteral("id-1000")), -1);
    QCOMPARE(store.rowOf(QString()), -1);

    QCOMPARE(
        store.remove({QStringLiteral("id-0"), QStringLiteral("id-500"), QStringLiteral("none")}),
        (QList<qsizetype> {0, 500}));
    QCOMPARE(store.size(), 999);
    QCOMPARE(store.rowOf(QStringLiteral("id-0")), -1);
    QCOMPARE(store.rowOf(QStringLiteral("id-1")), 0);
    QCOMPARE(store.rowOf(QStringLiteral("id-501")), 499);
    QCOMPARE(store.at(store.rowOf(QStringLiteral("id-999"))).userName(), QStringLiteral("u999@x"));

    // Put again: in place, whatever else changed.
    QCOMPARE(
        store.put(UserRecord::fromResource(user(R"({"id":"id-7","userName":"seven@x"})"), lucid())),
        6);
    QCOMPARE(store.at(6).userName(), QStringLiteral("seven@x"));
    QCOMPARE(store.size(), 999);
    store.clear();
    QCOMPARE(store.rowOf(QStringLiteral("id-7")), -1);
    QCOMPARE(store.put(UserRecord::fromResource(user(R"({"id":"id-7"})"), lucid())), 0);
}

void tst_UserStore::reserve_midLoad_keepsEveryUser_andTrustsNoHugeCount()
{
    // A load reserves room once the service has said how many users it holds, which is after
    // its first page: the users already there keep their rows and are found.
    UserStore store(lucid());
    const auto page = [](int from, int to) {
        QJsonArray users;
        for (int i = from; i < to; ++i)
            users.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("id-%1").arg(i)}});
        return users;
    };
    QCOMPARE(store.addPage(page(0, 300)), 300);
    const qsizetype before = store.memoryUsage();
    store.reserve(5000);
    QVERIFY(store.memoryUsage() > before);
    QCOMPARE(store.addPage(page(300, 5000)), 4700);
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(store.rowOf(QStringLiteral("id-%1").arg(i)), i);
    QCOMPARE(store.rowOf(QStringLiteral("id-5000")), -1);

    // A total of 10^12 from a service is not believed: room for a million at most (about 100
    // bytes each), not a crash.
    const qsizetype reserved = store.memoryUsage();
    store.reserve(1'000'000'000'000);
    QVERIFY(store.memoryUsage() < reserved + 200'000'000);
    QCOMPARE(store.rowOf(QStringLiteral("id-4999")), 4999);
    store.reserve(10); // fewer than it holds: nothing changes
    QCOMPARE(store.size(), 5000);
}

QTEST_GUILESS_MAIN(tst_UserStore)
#include "tst_userstore.moc"
