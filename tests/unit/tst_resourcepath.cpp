#include "scim/ResourcePath.h"
#include "scim/ServiceCapabilities.h"

#include <QTest>

using namespace ScimDesk;

// Request paths are resolved before anything is sent: only the service's Users and Groups
// endpoints, never a path that climbs out of the base path.
class tst_ResourcePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void customEndpoints_areTheOnesAccepted();
};

void tst_ResourcePath::resolve_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("type"); // empty: refused
    QTest::addColumn<QString>("id");

    QTest::newRow("users") << QByteArray("/Users") << QStringLiteral("User") << QString();
    QTest::newRow("one user") << QByteArray("/Users/lucid-12") << QStringLiteral("User")
                              << QStringLiteral("lucid-12");
    QTest::newRow("encoded id") << QByteArray("/Users/a%40b.com") << QStringLiteral("User")
                                << QStringLiteral("a@b.com");
    QTest::newRow("group") << QByteArray("/Groups/g1") << QStringLiteral("Group")
                           << QStringLiteral("g1");
    QTest::newRow("dot dot") << QByteArray("/../../admin/secret") << QString() << QString();
    QTest::newRow("encoded dot dot") << QByteArray("/%2e%2e/x") << QString() << QString();
    QTest::newRow("upper encoded dot dot") << QByteArray("/Users/%2E%2E") << QString() << QString();
    QTest::newRow("double encoded") << QByteArray("/Users/%252e%252e") << QString() << QString();
    QTest::newRow("dot") << QByteArray("/Users/./x") << QString() << QString();
    QTest::newRow("id then dot dot")
        << QByteArray("/Users/x/../../admin") << QString() << QString();
    QTest::newRow("double slash host")
        << QByteArray("//evil.example/Users") << QString() << QString();
    QTest::newRow("absolute url") << QByteArray("https://evil.example/Users") << QString()
                                  << QString();
    QTest::newRow("backslash") << QByteArray("/Users\\..\\admin") << QString() << QString();
    QTest::newRow("encoded backslash")
        << QByteArray("/Users/%5c..%5cadmin") << QString() << QString();
    QTest::newRow("encoded slash") << QByteArray("/Users/a%2f..%2f..") << QString() << QString();
    QTest::newRow("query") << QByteArray("/Users?filter=x") << QString() << QString();
    QTest::newRow("fragment") << QByteArray("/Users#x") << QString() << QString();
    QTest::newRow("space") << QByteArray("/Users/a b") << QString() << QString();
    QTest::newRow("control") << QByteArray("/Users/a%0d%0aX: y") << QString() << QString();
    QTest::newRow("broken escape") << QByteArray("/Users/a%2") << QString() << QString();
    QTest::newRow("trailing slash") << QByteArray("/Users/") << QString() << QString();
    QTest::newRow("no leading slash") << QByteArray("Users/1") << QString() << QString();
    QTest::newRow("other endpoint") << QByteArray("/Schemas") << QString() << QString();
    QTest::newRow("below a user") << QByteArray("/Users/1/password") << QString() << QString();
    QTest::newRow("prefix only") << QByteArray("/UsersX") << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString();
}

void tst_ResourcePath::resolve()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, type);
    QFETCH(QString, id);
    const ResourcePath resolved = ResourcePath::resolve(path, ServiceCapabilities());
    QCOMPARE(resolved.resourceType(), type);
    QCOMPARE(resolved.isValid(), !type.isEmpty());
    if (resolved.isValid())
        QCOMPARE(resolved.id, id);
    else
        QVERIFY(!resolved.problem.isEmpty());
}

void tst_ResourcePath::customEndpoints_areTheOnesAccepted()
{
    ServiceCapabilities caps;
    caps.usersEndpoint = QStringLiteral("/v2/Accounts");
    caps.groupsEndpoint = QStringLiteral("Teams"); // as /ResourceTypes may say it
    QCOMPARE(ResourcePath::resolve("/v2/Accounts/7", caps).resourceType(), QStringLiteral("User"));
    QCOMPARE(ResourcePath::resolve("/Teams/7", caps).resourceType(), QStringLiteral("Group"));
    QVERIFY(!ResourcePath::resolve("/Users/7", caps).isValid());
    // escapes() is the client's check: any path inside the base path, endpoint or not.
    QVERIFY(ResourcePath::escapes("/ServiceProviderConfig").isEmpty());
    QVERIFY(!ResourcePath::escapes("/../x").isEmpty());
}

QTEST_GUILESS_MAIN(tst_ResourcePath)
#include "tst_resourcepath.moc"
