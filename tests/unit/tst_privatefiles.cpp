#include "audit/AuditLog.h"
#include "changes/ApplyJournal.h"
#include "changes/ChangeResult.h"
#include "changes/Plan.h"
#include "common/PrivateFiles.h"
#include "connections/ConnectionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace ScimDesk;

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// The bits that say who else may read: group and others.
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions()
        & (OwnerOnlyDir | Others); // without the "user" bits Qt adds for the current user
}

} // namespace

// Files that hold names, emails, before/after values or settings are their owner's only, a
// base URL never holds credentials, and the programs leave no core dump with the token.
class tst_PrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditLogAndJournal_are0600In0700Folders();
    void planFile_is0600();
    void settings_are0600In0700Folder();
    void urlWithCredentials_isRefused();
    void hardenProcess_disablesCoreDumps();
};

void tst_PrivateFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void tst_PrivateFiles::auditLogAndJournal_are0600In0700Folders()
{
    AuditLog log(QStringLiteral("c1"));
    QVERIFY(log.record(Plan {}, Change {}, ChangeResult {}).isEmpty());
    QCOMPARE(modeOf(log.path()), OwnerOnlyFile);
    QCOMPARE(modeOf(QFileInfo(log.path()).absolutePath()), OwnerOnlyDir);

    const QString path = ApplyJournal::pathFor(QStringLiteral("c1"));
    ApplyJournal journal(path);
    QVERIFY(journal.lock());
    QVERIFY(journal.begin(Plan {}));
    QCOMPARE(modeOf(path), OwnerOnlyFile);
    QCOMPARE(modeOf(QFileInfo(path).absolutePath()), OwnerOnlyDir);
    QCOMPARE(modeOf(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
             OwnerOnlyDir);
}

void tst_PrivateFiles::planFile_is0600()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(Plan {}.save(path).isEmpty());
    QCOMPARE(modeOf(path), OwnerOnlyFile);
}

void tst_PrivateFiles::settings_are0600In0700Folder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("config"));
    const QString path = folder + QStringLiteral("/settings.ini");
    {
        ConnectionStore store(path);
        ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
        profile.name = QStringLiteral("Example");
        profile.baseUrl = QUrl(QStringLiteral("https://scim.example.com/v2"));
        QCOMPARE(store.save(profile), QString());
    }
    QCOMPARE(modeOf(path), OwnerOnlyFile);
    QCOMPARE(modeOf(folder), OwnerOnlyDir);
}

void tst_PrivateFiles::urlWithCredentials_isRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionStore store(path);
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.name = QStringLiteral("Leaky");
    profile.baseUrl = QUrl(QStringLiteral("https://admin:hunter2@scim.example.com/v2"));
    const QString why = store.save(profile);
    QVERIFY(why.contains(u"user:password@"));
    QVERIFY(!why.contains(u"hunter2"));
    QVERIFY(store.list().isEmpty());
    store.sync();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("hunter2"));
    QVERIFY(
        ConnectionProfile::urlError(QUrl(QStringLiteral("https://scim.example.com/v2"))).isEmpty());
}

void tst_PrivateFiles::hardenProcess_disablesCoreDumps()
{
    hardenProcess();
    rlimit core {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
