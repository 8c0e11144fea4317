#include "connections/ConnectionStore.h"
#include "scim/Preset.h"

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
    QCOMPARE(found->pageSize, 100);
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

QTEST_GUILESS_MAIN(tst_ConnectionStore)
#include "tst_connectionstore.moc"
