#include "connections/ConnectionStore.h"
#include "scim/Preset.h"
#include "scim/ServiceCapabilities.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

class tst_ConnectionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndList_roundTrip();
    void duplicateName_isRefused();
    void settingsFile_neverHoldsAToken();
    void presets_fillDefaults();
    void findForService_prefersTheUrl();
    void pageSize_automaticUnlessChosen_data();
    void pageSize_automaticUnlessChosen();
    void servedPageSize_isLearntAndRemembered();
    void oldDefaultPageSize_becomesAutomatic_data();
    void oldDefaultPageSize_becomesAutomatic();

private:
    QTemporaryDir m_dir;
};

void tst_ConnectionStore::saveAndList_roundTrip()
{
    ConnectionStore store(m_dir.filePath(QStringLiteral("a.ini")));
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Lucid production");
    profile.protectedAccounts = {QStringLiteral("owner@example.com")};
    QCOMPARE(store.save(profile), QString());

    const auto found = store.find(QStringLiteral("lucid production"));
    QVERIFY(found);
    QCOMPARE(found->id, profile.id);
    QCOMPARE(found->baseUrl, QUrl(QStringLiteral("https://users.lucid.app/scim/v2")));
    QCOMPARE(found->presetId, QStringLiteral("lucid"));
    QVERIFY(found->automaticPageSize());
    QCOMPARE(found->protectedAccounts, profile.protectedAccounts);
    QVERIFY(store.findById(profile.id));

    store.remove(profile.id);
    QVERIFY(!store.find(QStringLiteral("Lucid production")));
    QVERIFY(store.list().isEmpty());
}

void tst_ConnectionStore::duplicateName_isRefused()
{
    ConnectionStore store(m_dir.filePath(QStringLiteral("b.ini")));
    ConnectionProfile first = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    first.name = QStringLiteral("Test");
    first.baseUrl = QUrl(QStringLiteral("https://scim.example.com/v2"));
    QCOMPARE(store.save(first), QString());
    ConnectionProfile second = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    second.name = QStringLiteral("Test");
    QVERIFY(store.save(second).contains(u"already exists"));
    QCOMPARE(store.list().size(), 1);
}

void tst_ConnectionStore::settingsFile_neverHoldsAToken()
{
    const QString file = m_dir.filePath(QStringLiteral("c.ini"));
    {
        ConnectionStore store(file);
        ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
        profile.name = QStringLiteral("X");
        QCOMPARE(store.save(profile), QString());
    }
    QFile settings(file);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll().toLower();
    QVERIFY(!text.contains("token"));
    QVERIFY(!text.contains("secret"));
}

void tst_ConnectionStore::presets_fillDefaults()
{
    QVERIFY(Preset::exists(QStringLiteral("lucid")));
    QVERIFY(Preset::exists(QStringLiteral("generic")));
    QVERIFY(Preset::ids().size() >= 5);
    QCOMPARE(Preset::byId(QStringLiteral("nope")).id, QStringLiteral("generic"));
    QVERIFY(!Preset::byId(QStringLiteral("lucid")).hasResourceTypes);
    const ConnectionProfile github = ConnectionProfile::fromPreset(QStringLiteral("github-emu"));
    QVERIFY(github.baseUrl.isEmpty()); // the template needs the enterprise filled in
}

void tst_ConnectionStore::findForService_prefersTheUrl()
{
    // A plan names the connection and the service it was made for. The service decides: a
    // connection renamed since, or a same-named one elsewhere, must not take it.
    ConnectionStore store(m_dir.filePath(QStringLiteral("d.ini")));
    ConnectionProfile staging = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    staging.name = QStringLiteral("Lucid");
    staging.baseUrl = QUrl(QStringLiteral("https://staging.example.com/scim/v2"));
    QCOMPARE(store.save(staging), QString());
    ConnectionProfile production = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    production.name = QStringLiteral("Production");
    QCOMPARE(store.save(production), QString());

    const QUrl lucidUrl(QStringLiteral("https://USERS.lucid.app/scim/v2/"));
    QVERIFY(ConnectionProfile::sameService(production.baseUrl, lucidUrl));
    QVERIFY(!ConnectionProfile::sameService(staging.baseUrl, lucidUrl));
    QCOMPARE(store.findForService(QStringLiteral("Lucid"), lucidUrl)->id, production.id);
    QCOMPARE(store.findForService(QStringLiteral("lucid"), staging.baseUrl)->id, staging.id);
    // No connection for that service: the same name, so that a guard can say what is wrong.
    QCOMPARE(store
                 .findForService(QStringLiteral("Lucid"),
                                 QUrl(QStringLiteral("https://other.example.com/scim")))
                 ->id,
             staging.id);
    QVERIFY(!store.findForService(QStringLiteral("Elsewhere"),
                                  QUrl(QStringLiteral("https://other.example.com/scim"))));
}

void tst_ConnectionStore::pageSize_automaticUnlessChosen_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("served");
    QTest::addColumn<int>("maxResults");
    QTest::addColumn<int>("expected");
    QTest::newRow("automatic: the service's maximum") << 0 << 0 << 500 << 500;
    QTest::newRow("automatic: a sane maximum") << 0 << 0 << 100'000 << 1000;
    QTest::newRow("automatic: nothing advertised") << 0 << 0 << 0 << 1000;
    QTest::newRow("automatic: what it served") << 0 << 100 << 1000 << 100;
    QTest::newRow("automatic: served, advertised less") << 0 << 300 << 200 << 200;
    QTest::newRow("explicit wins") << 250 << 100 << 1000 << 250;
    QTest::newRow("explicit, capped by maxResults") << 5000 << 0 << 1000 << 1000;
    QTest::newRow("explicit, above the automatic maximum") << 2000 << 0 << 0 << 2000;
}

void tst_ConnectionStore::pageSize_automaticUnlessChosen()
{
    QFETCH(int, pageSize);
    QFETCH(int, served);
    QFETCH(int, maxResults);
    QFETCH(int, expected);
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    QVERIFY(profile.automaticPageSize()); // what a new connection gets
    profile.pageSize = pageSize;
    profile.servedPageSize = served;
    ServiceCapabilities capabilities;
    capabilities.filterMaxResults = maxResults;
    QCOMPARE(profile.pageSizeFor(capabilities), expected);
}

void tst_ConnectionStore::servedPageSize_isLearntAndRemembered()
{
    ConnectionStore store(m_dir.filePath(QStringLiteral("e.ini")));
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Served");
    QCOMPARE(store.save(profile), QString());

    QVERIFY(!profile.learnServedPageSize(1000, 1000)); // served what was asked: nothing learnt
    QVERIFY(profile.learnServedPageSize(1000, 100));
    QCOMPARE(profile.servedPageSize, 100);
    QVERIFY(!profile.learnServedPageSize(100, 100));

    // Another program changed the connection meanwhile: remembering touches nothing else.
    ConnectionProfile changed = *store.findById(profile.id);
    changed.concurrency = 9;
    QCOMPARE(store.save(changed), QString());
    store.rememberServedPageSize(profile.id, 100);
    const auto found = store.findById(profile.id);
    QCOMPARE(found->servedPageSize, 100);
    QCOMPARE(found->concurrency, 9);
    QVERIFY(found->automaticPageSize());

    ConnectionProfile explicitSize = *found;
    explicitSize.pageSize = 40;
    QVERIFY(!explicitSize.learnServedPageSize(40, 20)); // an explicit size learns nothing
    store.rememberServedPageSize(QStringLiteral("no-such-id"), 10);
    QCOMPARE(store.list().size(), 1);
}

void tst_ConnectionStore::oldDefaultPageSize_becomesAutomatic_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("saved by an older version with its default")
        << QByteArray("pageSize=100\n") << 0;
    QTest::newRow("saved by an older version, chosen") << QByteArray("pageSize=250\n") << 250;
    QTest::newRow("chosen 100 since") << QByteArray("pageSize=100\nservedPageSize=0\n") << 100;
    QTest::newRow("automatic") << QByteArray("pageSize=0\nservedPageSize=70\n") << 0;
}

void tst_ConnectionStore::oldDefaultPageSize_becomesAutomatic()
{
    QFETCH(QByteArray, settings);
    QFETCH(int, pageSize);
    static int files = 0;
    const QString path = m_dir.filePath(QStringLiteral("old-%1.ini").arg(++files));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[connections]\nold\\name=Old\nold\\baseUrl=https://scim.example.com/v2\n");
    for (const QByteArray &line : settings.split('\n')) {
        if (!line.isEmpty())
            file.write("old\\" + line + '\n');
    }
    file.close();
    ConnectionStore store(path);
    const auto found = store.findById(QStringLiteral("old"));
    QVERIFY(found);
    QCOMPARE(found->pageSize, pageSize);
}

QTEST_GUILESS_MAIN(tst_ConnectionStore)
#include "tst_connectionstore.moc"
