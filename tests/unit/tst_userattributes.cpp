#include "csv/ImportMapping.h"
#include "scim/Preset.h"
#include "scim/Schemas.h"
#include "scim/ServiceCapabilities.h"
#include "scim/UserAttributes.h"

#include <QJsonArray>
#include <QTest>

using namespace ScimDesk;

// The user attribute catalogue and the rules written on it: which column a match key reads,
// which attribute a filter names, how paths are read and written.
class tst_UserAttributes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_idsAreIndexes();
    void matchKey_readsItsColumn_data();
    void matchKey_readsItsColumn();
    void matchFromName_data();
    void matchFromName();
    void byPath_findsKnownAttributes_data();
    void byPath_findsKnownAttributes();
    void writeThenRead_roundTrips_data();
    void writeThenRead_roundTrips();
    void workEmail_changesOnlyTheWorkAddress();
};

void tst_UserAttributes::catalogue_idsAreIndexes()
{
    const QList<UserAttribute> &all = UserAttributes::all();
    QCOMPARE(all.size(), int(UserAttribute::Count));
    QStringList keys;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all.at(i).id), i);
        QVERIFY(!all.at(i).title().isEmpty());
        QVERIFY(!all.at(i).choice().isEmpty());
        QVERIFY2(!keys.contains(all.at(i).key), qPrintable(all.at(i).key));
        keys.append(all.at(i).key);
    }
    QVERIFY(UserAttributes::get(UserAttribute::Department).isEnterprise());
    QVERIFY(!UserAttributes::get(UserAttribute::Title).isEnterprise());
}

void tst_UserAttributes::matchKey_readsItsColumn_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("match");
    QTest::addColumn<int>("column"); // the column the key is read from; -1: none
    QTest::addColumn<QString>("filterPath");

    const QStringList both {u"Login"_qs, u"Email"_qs, u"Employee ID"_qs};
    const QStringList emailOnly {u"Email"_qs, u"First Name"_qs};
    const QStringList nameOnly {u"First Name"_qs};
    QTest::newRow("userName") << both << u"userName"_qs << 0 << u"userName"_qs;
    QTest::newRow("email") << both << u"email"_qs << 1 << u"emails.value"_qs;
    QTest::newRow("externalId") << both << u"externalId"_qs << 2 << u"externalId"_qs;
    QTest::newRow("userName from email") << emailOnly << u"userName"_qs << 0 << u"userName"_qs;
    QTest::newRow("externalId missing") << emailOnly << u"externalId"_qs << -1 << u"externalId"_qs;
    QTest::newRow("no key at all") << nameOnly << u"userName"_qs << -1 << u"userName"_qs;
}

void tst_UserAttributes::matchKey_readsItsColumn()
{
    QFETCH(QStringList, header);
    QFETCH(QString, match);
    QFETCH(int, column);
    QFETCH(QString, filterPath);
    MatchKey key = MatchKey::UserName;
    QVERIFY(UserAttributes::matchFromName(match, &key));
    const ImportMapping mapping = ImportMapping::automatic(header, ServiceCapabilities());
    QCOMPARE(mapping.keyColumn(key), column);
    QCOMPARE(UserAttributes::forMatch(key).filterPath, filterPath);
    QVERIFY(UserAttributes::forMatch(key).isMatchKey);
    QCOMPARE(UserAttributes::matchName(key), match);
}

void tst_UserAttributes::matchFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("match");
    QTest::newRow("userName") << u"userName"_qs << true << int(MatchKey::UserName);
    QTest::newRow("any case") << u"USERNAME"_qs << true << int(MatchKey::UserName);
    QTest::newRow("email") << u"email"_qs << true << int(MatchKey::Email);
    QTest::newRow("externalId") << u"externalid"_qs << true << int(MatchKey::ExternalId);
    QTest::newRow("not a key") << u"department"_qs << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void tst_UserAttributes::matchFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(int, match);
    MatchKey key = MatchKey::UserName;
    QCOMPARE(UserAttributes::matchFromName(name, &key), known);
    if (known)
        QCOMPARE(int(key), match);
}

void tst_UserAttributes::byPath_findsKnownAttributes_data()
{
    const QString enterprise = QString::fromUtf16(Schemas::EnterpriseUser);
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("id"); // -1: unknown
    QTest::newRow("core") << u"displayName"_qs << int(UserAttribute::DisplayName);
    QTest::newRow("any case") << u"NAME.GIVENNAME"_qs << int(UserAttribute::GivenName);
    QTest::newRow("work email") << u"emails[type eq \"work\"].value"_qs
                                << int(UserAttribute::Email);
    QTest::newRow("enterprise") << QString(enterprise + u":costCenter")
                                << int(UserAttribute::CostCenter);
    QTest::newRow("enterprise, short") << u"department"_qs << int(UserAttribute::Department);
    QTest::newRow("short core name") << u"givenName"_qs << -1;
    QTest::newRow("unknown") << u"password"_qs << -1;
}

void tst_UserAttributes::byPath_findsKnownAttributes()
{
    QFETCH(QString, path);
    QFETCH(int, id);
    const UserAttribute *attribute = UserAttributes::byPath(path);
    QCOMPARE(attribute ? int(attribute->id) : -1, id);
}

void tst_UserAttributes::writeThenRead_roundTrips_data()
{
    QTest::addColumn<int>("id");
    for (const UserAttribute &attribute : UserAttributes::all()) {
        if (attribute.isText() && attribute.id != UserAttribute::Email)
            QTest::newRow(qPrintable(attribute.key)) << int(attribute.id);
    }
}

void tst_UserAttributes::writeThenRead_roundTrips()
{
    QFETCH(int, id);
    const UserAttribute &attribute = UserAttributes::get(UserAttribute::Id(id));
    QJsonObject resource {{QStringLiteral("userName"), QStringLiteral("ada@x.com")}};
    UserAttributes::write(resource, attribute.path, QStringLiteral("value"));
    QCOMPARE(UserAttributes::read(resource, attribute), QStringLiteral("value"));
    if (attribute.isEnterprise())
        QVERIFY(resource.contains(QString::fromUtf16(Schemas::EnterpriseUser)));
}

void tst_UserAttributes::workEmail_changesOnlyTheWorkAddress()
{
    const QString path = UserAttributes::get(UserAttribute::Email).path;
    QJsonObject user {
        {QStringLiteral("emails"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("old@x.com")},
                                  {QStringLiteral("type"), QStringLiteral("work")}},
                     QJsonObject {{QStringLiteral("value"), QStringLiteral("me@home.net")},
                                  {QStringLiteral("type"), QStringLiteral("home")}}}}};
    UserAttributes::write(user, path, QStringLiteral("new@x.com"));
    const QJsonArray emails = user.value(u"emails").toArray();
    QCOMPARE(emails.size(), 2);
    QCOMPARE(emails.at(0).toObject().value(u"value").toString(), QStringLiteral("new@x.com"));
    QCOMPARE(emails.at(1).toObject().value(u"value").toString(), QStringLiteral("me@home.net"));

    QJsonObject none;
    UserAttributes::write(none, path, QStringLiteral("first@x.com"));
    QCOMPARE(none.value(u"emails").toArray().size(), 1);
    QVERIFY(none.value(u"emails").toArray().at(0).toObject().value(u"primary").toBool());
}

QTEST_GUILESS_MAIN(tst_UserAttributes)
#include "tst_userattributes.moc"
