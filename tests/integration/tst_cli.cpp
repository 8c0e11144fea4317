#include "CliRunner.h"
#include "TestServer.h"
#include "changes/ApplyJournal.h"
#include "changes/AuditSink.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace ScimDesk;

// scimdesk-cli's read-side contract, run as scripts run it: real keychain, real service.
class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help_onEveryCommand_data();
    void help_onEveryCommand();
    void addListTestRemove_roundTrip();
    void usersList_formats();
    void usersList_filter_andLucidInvalidFilter();
    void groupsList_json();
    void environmentToken_isUsed_andWrongTokenExits4();
    void usageErrors_exit2();
    void token_neverLeaksIntoFilesOrOutput();
    void noKeychain_saysWhatToInstall_andSavesNothing();
    void show_printsDiffsAndRequests_sendsNothing();
    void apply_guardsThenAppliesAndAudits();
    void killedMidApply_resumeFinishesWithoutDuplicates();
    void editedPlan_refusedAndNothingSent_data();
    void editedPlan_refusedAndNothingSent();
    void recordCannotBeKept_exitsNonZeroAndLosesNothing_data();
    void recordCannotBeKept_exitsNonZeroAndLosesNothing();
    void concurrentApplies_oneRefusesClearly();
    void unfinishableJournal_setAsideFreesTheConnection_data();
    void unfinishableJournal_setAsideFreesTheConnection();
    void licencesFromCsv_changeExactlyAsTheFileSays_data();
    void licencesFromCsv_changeExactlyAsTheFileSays();
    void reactivation_restoresTheLicencesTheDeactivationTook_data();
    void reactivation_restoresTheLicencesTheDeactivationTook();
    void deactivation_learnsWhetherTheServiceTakesLicences();
    void reactivation_restoresWhatWasLastSeen();
    void revert_undoesARunExceptWhatChangedSince();
    void revert_ofADeleteCreatesTheUserAgain();
    void revert_deletesACreatedGroupOnlyWhileEmpty();
    void plan_everyMode_data();
    void plan_everyMode();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &extra = {});
    void addSample(const QString &name, const QString &profile = QStringLiteral("lucid"));
    // A saved plan deactivating `count` active users other than the owner, for `connection`.
    QString deactivationPlan(const QString &connection, int count, const QTemporaryDir &dir,
                             QStringList *ids);
    // How many PATCH requests the test service received for each user id.
    QHash<QString, int> patchesPerUser();
    QProcess *startCli(const QStringList &arguments, const QProcessEnvironment &extra = {});
    ConnectionProfile lucidProfile(const QString &name) const;
    static ServiceCapabilities lucidCapabilities();

    Test::TestServer m_server;
    QString m_binary;
    QTemporaryDir m_config;
};

ConnectionProfile tst_Cli::lucidProfile(const QString &name) const
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = name;
    profile.baseUrl = m_server.baseUrl();
    return profile;
}

ServiceCapabilities tst_Cli::lucidCapabilities()
{
    ServiceCapabilities caps;
    caps.patch = true;
    caps.etag = true;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    return caps;
}

void tst_Cli::initTestCase()
{
    m_binary = QStringLiteral(SCIMDESK_CLI_PATH);
    if (const QString why = Test::cliPrerequisites(&m_server, m_binary); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 260},
                            {QStringLiteral("groups"), 12}}));
}

tst_Cli::Result tst_Cli::cli(const QStringList &arguments, const QByteArray &input,
                             const QProcessEnvironment &extra)
{
    const Test::CliResult result = Test::runCli(m_binary, m_config.path(), arguments, input, extra);
    return {result.exitCode, result.out, result.err};
}

void tst_Cli::addSample(const QString &name, const QString &profile)
{
    cli({QStringLiteral("connection"), QStringLiteral("remove"), name});
    const Result added = cli({QStringLiteral("connection"), QStringLiteral("add"), name,
                              QStringLiteral("--url"), m_server.baseUrl().toString(),
                              QStringLiteral("--preset"), profile, QStringLiteral("--token-stdin")},
                             m_server.token().toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
}

QString tst_Cli::deactivationPlan(const QString &connection, int count, const QTemporaryDir &dir,
                                  QStringList *ids)
{
    const QJsonObject state = m_server.state();
    const QString owner = state.value(u"ownerId").toString();
    PlanBuilder builder(lucidProfile(connection), lucidCapabilities());
    for (const QJsonValue &value : state.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (ids->size() < count && user.value(u"active").toBool(true)
            && user.value(u"id").toString() != owner) {
            builder.deactivate(user);
            ids->append(user.value(u"id").toString());
        }
    }
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    if (!builder.plan().save(path).isEmpty())
        return {};
    return path;
}

QHash<QString, int> tst_Cli::patchesPerUser()
{
    QHash<QString, int> patches;
    for (const QJsonValue &value : m_server.requests()) {
        const QJsonObject request = value.toObject();
        if (request.value(u"method").toString() == u"PATCH")
            ++patches[request.value(u"path").toString().section(u'/', -1)];
    }
    return patches;
}

QProcess *tst_Cli::startCli(const QStringList &arguments, const QProcessEnvironment &extra)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process->setProcessEnvironment(env);
    process->start(m_binary, arguments);
    return process;
}

void tst_Cli::help_onEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("top") << QStringList {QStringLiteral("--help")}
                         << QStringLiteral("SCIMDESK_TOKEN");
    QTest::newRow("connection add") << QStringList {QStringLiteral("connection"),
                                                    QStringLiteral("add"), QStringLiteral("--help")}
                                    << QStringLiteral("--token-stdin");
    QTest::newRow("connection list")
        << QStringList {QStringLiteral("connection"), QStringLiteral("list"),
                        QStringLiteral("--help")}
        << QStringLiteral("--json");
    QTest::newRow("connection test")
        << QStringList {QStringLiteral("connection"), QStringLiteral("test"),
                        QStringLiteral("--help")}
        << QStringLiteral("--json");
    QTest::newRow("connection remove")
        << QStringList {QStringLiteral("connection"), QStringLiteral("remove"),
                        QStringLiteral("--help")}
        << QStringLiteral("keychain");
    QTest::newRow("connection auth")
        << QStringList {QStringLiteral("connection"), QStringLiteral("auth"),
                        QStringLiteral("--help")}
        << QStringLiteral("--client-secret-stdin");
    QTest::newRow("users list") << QStringList {QStringLiteral("users"), QStringLiteral("list"),
                                                QStringLiteral("--help")}
                                << QStringLiteral("--filter");
    QTest::newRow("groups list") << QStringList {QStringLiteral("groups"), QStringLiteral("list"),
                                                 QStringLiteral("--help")}
                                 << QStringLiteral("--format");
    for (const char *command : {"plan", "show", "apply", "resume", "audit"})
        QTest::newRow(command) << QStringList {QString::fromLatin1(command),
                                               QStringLiteral("--help")}
                               << QStringLiteral("Exit codes");
}

void tst_Cli::help_onEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result result = cli(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(mentions), result.out.constData());
}

void tst_Cli::addListTestRemove_roundTrip()
{
    addSample(QStringLiteral("Sample directory"));
    Result listed
        = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray connections = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections.first().toObject().value(u"name").toString(),
             QStringLiteral("Sample directory"));
    QCOMPARE(connections.first().toObject().value(u"preset").toString(), QStringLiteral("lucid"));

    const Result duplicate = cli({QStringLiteral("connection"), QStringLiteral("add"),
                                  QStringLiteral("Sample directory"), QStringLiteral("--url"),
                                  m_server.baseUrl().toString(), QStringLiteral("--token-stdin")},
                                 "x");
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY(duplicate.err.contains("already exists"));

    const Result tested = cli({QStringLiteral("connection"), QStringLiteral("test"),
                               QStringLiteral("Sample directory"), QStringLiteral("--json")});
    QCOMPARE(tested.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(tested.out).object();
    QVERIFY(report.value(u"ok").toBool());
    QVERIFY(report.value(u"userCount").toInteger() > 200);
    QCOMPARE(report.value(u"capabilities").toObject().value(u"filterMaxResults").toInt(), 100);

    const Result human = cli(
        {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Sample directory")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("Connected."));
    QVERIFY(human.out.contains("Lucidchart"));

    QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("remove"),
                  QStringLiteral("Sample directory")})
                 .exitCode,
             0);
    listed = cli({QStringLiteral("connection"), QStringLiteral("list")});
    QVERIFY(listed.out.contains("No connections"));
    QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("remove"),
                  QStringLiteral("Sample directory")})
                 .exitCode,
             2);
}

void tst_Cli::usersList_formats()
{
    addSample(QStringLiteral("S"));
    qint64 active = 0;
    for (const QJsonValue &user : m_server.state().value(u"users").toArray())
        active += user.toObject().value(u"active").toBool(true) ? 1 : 0;

    const Result json
        = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
               QStringLiteral("S"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(users.size(), active);
    const QJsonObject first = users.first().toObject();
    QVERIFY(first.value(u"schemas")
                .toArray()
                .contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")));
    QVERIFY(first.contains(u"urn:ietf:params:scim:schemas:extension:lucid:2.0:User"));

    const Result csv
        = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
               QStringLiteral("S"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), active + 1);
    QVERIFY(lines.first().startsWith("id,userName,displayName,active,email,externalId"));

    const Result table = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
                              QStringLiteral("S")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID"));
    QCOMPARE(table.out.trimmed().split('\n').size(), active + 1);
}

void tst_Cli::usersList_filter_andLucidInvalidFilter()
{
    addSample(QStringLiteral("S"));
    const QString someone
        = m_server.state().value(u"users").toArray().at(5).toObject().value(u"userName").toString();
    const Result one = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
                            QStringLiteral("S"), QStringLiteral("--filter"),
                            QStringLiteral("userName eq \"%1\"").arg(someone),
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(one.out).array().size(), 1);

    const Result refused = cli({QStringLiteral("users"), QStringLiteral("list"),
                                QStringLiteral("-c"), QStringLiteral("S"),
                                QStringLiteral("--filter"), QStringLiteral("userName sw \"a\"")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("invalidFilter"));
}

void tst_Cli::groupsList_json()
{
    addSample(QStringLiteral("S"));
    const Result groups
        = cli({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("-c"),
               QStringLiteral("S"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(groups.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(groups.out).array().size(), 12);
}

void tst_Cli::environmentToken_isUsed_andWrongTokenExits4()
{
    // A connection whose keychain token is wrong still works with SCIMDESK_TOKEN set.
    cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("Env")});
    QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Env"),
                  QStringLiteral("--url"), m_server.baseUrl().toString(),
                  QStringLiteral("--token-stdin")},
                 "wrong-token-0000")
                 .exitCode,
             0);
    const Result rejected
        = cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Env")});
    QCOMPARE(rejected.exitCode, 4);
    QVERIFY(rejected.out.contains("token was rejected")
            || rejected.err.contains("token was rejected"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("SCIMDESK_TOKEN"), m_server.token());
    QCOMPARE(
        cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Env")}, {}, env)
            .exitCode,
        0);

    const Result unreachable = [&] {
        cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("Down")});
        cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Down"),
             QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/scim/v2"),
             QStringLiteral("--token-stdin")},
            "t");
        return cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
                    QStringLiteral("Down")});
    }();
    QCOMPARE(unreachable.exitCode, 4);
    QVERIFY(unreachable.err.contains("refused"));
}

void tst_Cli::usageErrors_exit2()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("list")}).exitCode, 2); // no -c
    QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
                  QStringLiteral("nope")})
                 .exitCode,
             2);
    QCOMPARE(
        cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("X")}).exitCode,
        2); // no --url
    const Result insecure
        = cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("X"),
               QStringLiteral("--url"), QStringLiteral("http://scim.example.com/v2"),
               QStringLiteral("--token-stdin")},
              "t");
    QCOMPARE(insecure.exitCode, 2);
    QVERIFY(insecure.err.contains("https://"));
    const Result noTerminal
        = cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("X"),
               QStringLiteral("--url"), QStringLiteral("https://scim.example.com/v2")});
    QCOMPARE(noTerminal.exitCode, 2);
    QVERIFY(noTerminal.err.contains("--token-stdin"));
    QCOMPARE(
        cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("X"),
             QStringLiteral("--url"), QStringLiteral("https://scim.example.com/v2"),
             QStringLiteral("--preset"), QStringLiteral("nope"), QStringLiteral("--token-stdin")},
            "t")
            .exitCode,
        2);
}

void tst_Cli::token_neverLeaksIntoFilesOrOutput()
{
    const QByteArray secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("Secret")});
    const Result added = cli({QStringLiteral("connection"), QStringLiteral("add"),
                              QStringLiteral("Secret"), QStringLiteral("--url"),
                              m_server.baseUrl().toString(), QStringLiteral("--token-stdin")},
                             secret);
    QCOMPARE(added.exitCode, 0);
    const Result tested = cli({QStringLiteral("connection"), QStringLiteral("test"),
                               QStringLiteral("Secret"), QStringLiteral("--json")});
    QCOMPARE(tested.exitCode, 4); // wrong for this service
    QVERIFY(!tested.out.contains(secret) && !tested.err.contains(secret));
    const Result listed
        = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(!listed.out.contains(secret));

    QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        ++seen;
    }
    QVERIFY(seen > 0);
}

void tst_Cli::noKeychain_saysWhatToInstall_andSavesNothing()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/bus"));
    const Result result = cli({QStringLiteral("connection"), QStringLiteral("add"),
                               QStringLiteral("NoKeychain"), QStringLiteral("--url"),
                               m_server.baseUrl().toString(), QStringLiteral("--token-stdin")},
                              "some-token", env);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("Secret Service")
                 && result.err.contains("never stores tokens in a plain file"),
             result.err.constData());
    QVERIFY(result.err.contains("not saved"));
    QVERIFY(!result.err.contains("some-token"));
    QVERIFY(
        !cli({QStringLiteral("connection"), QStringLiteral("list")}).out.contains("NoKeychain"));
}

void tst_Cli::show_printsDiffsAndRequests_sendsNothing()
{
    const ConnectionProfile profile = lucidProfile(QStringLiteral("Sample"));
    const ServiceCapabilities caps = lucidCapabilities();
    PlanBuilder builder(profile, caps);
    QJsonObject ada;
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        const QJsonObject u = user.toObject();
        if (u.value(u"active").toBool(true)
            && u.value(u"urn:ietf:params:scim:schemas:extension:lucid:2.0:User")
                   .toObject()
                   .value(u"productLicenses")
                   .toObject()
                   .value(u"Lucidspark")
                   .toBool()) {
            ada = u;
            break;
        }
    }
    QVERIFY(!ada.isEmpty());
    builder.deactivate(ada);
    builder.setLicence(ada, QStringLiteral("Lucidspark"), false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QCOMPARE(builder.plan().save(path), QString());

    QVERIFY(m_server.clearRequests());
    const Result shown = cli({QStringLiteral("show"), path});
    QCOMPARE(shown.exitCode, 0);
    const QString out = QString::fromUtf8(shown.out);
    QVERIFY2(out.contains(u"1 change to send: 1 deactivate"), qPrintable(out));
    QVERIFY(out.contains(u"1 user loses their licences as they are deactivated (Lucidchart 1"));
    QVERIFY(out.contains(u"Deactivate " + ada.value(u"userName").toString()
                         + u" (deactivate, revoke Lucidspark)"));
    QVERIFY(out.contains(u"    active: true -> false"));
    QVERIFY(out.contains(u"PATCH /Users/" + ada.value(u"id").toString() + u"  If-Match: W/"));
    // What Lucid does beyond the request: the deactivation takes the licences away.
    QVERIFY2(out.contains(u"warning: Deactivating takes away the user's licences: Lucidchart"),
             qPrintable(out));
    QVERIFY(out.contains(u"Lucid accepts licence changes"));
    QVERIFY(m_server.requests().isEmpty()); // show sends nothing

    // A plan file holds the service's text: its control characters reach the terminal visible
    // (\uXXXX), not as escape sequences the terminal would act on, and nothing is cut.
    PlanBuilder renaming(profile, caps);
    QJsonObject renamed = ada;
    const QString hostile = u"Ada \x1b]0;pwned\x07 \u009b31m \u202eevil"_qs;
    renamed.insert(QStringLiteral("displayName"), hostile);
    renaming.updateUser(ada, renamed);
    const QString renamePath = dir.filePath(QStringLiteral("rename.json"));
    QCOMPARE(renaming.plan().save(renamePath), QString());
    const Result renameShown = cli({QStringLiteral("show"), renamePath});
    QCOMPARE(renameShown.exitCode, 0);
    const QString renameOut = QString::fromUtf8(renameShown.out);
    for (const char16_t control : {u'\x1b', u'\x07', u'\u009b', u'\u202e'})
        QVERIFY2(!renameOut.contains(QChar(control)), qPrintable(renameOut));
    QVERIFY2(renameOut.contains(u"-> \"Ada \\u001b]0;pwned\\u0007 \\u009b31m \\u202eevil\""_qs),
             qPrintable(renameOut));

    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\":\"scimdesk-plan\",\"version\":7}");
    broken.close();
    const Result refused = cli({QStringLiteral("show"), broken.fileName()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("update ScimDesk"));
}

void tst_Cli::apply_guardsThenAppliesAndAudits()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 400},
                            {QStringLiteral("groups"), 0}}));
    addSample(QStringLiteral("Apply"));
    const QJsonObject state = m_server.state();
    const QString owner = state.value(u"ownerId").toString();
    QList<QJsonObject> active;
    for (const QJsonValue &user : state.value(u"users").toArray()) {
        if (user.toObject().value(u"active").toBool(true)
            && user.toObject().value(u"id").toString() != owner)
            active.append(user.toObject());
    }
    const ConnectionProfile profile = lucidProfile(QStringLiteral("Apply"));
    const ServiceCapabilities caps = lucidCapabilities();
    QTemporaryDir dir;

    // 15 deactivations: above 10 users, so a guard asks for confirmation.
    PlanBuilder mass(profile, caps);
    for (int i = 0; i < 15; ++i)
        mass.deactivate(active.at(i));
    const QString massPath = dir.filePath(QStringLiteral("mass.json"));
    QCOMPARE(mass.plan().save(massPath), QString());
    QVERIFY(m_server.clearRequests());
    const Result noTerminal
        = cli({QStringLiteral("apply"), massPath, QStringLiteral("--allow-mass-deprovision"),
               QStringLiteral("15")});
    QCOMPARE(noTerminal.exitCode, 3);
    QVERIFY(noTerminal.err.contains("--yes"));
    const Result guarded = cli({QStringLiteral("apply"), massPath, QStringLiteral("--yes")});
    QCOMPARE(guarded.exitCode, 3);
    QVERIFY(guarded.err.contains("--allow-mass-deprovision 15"));
    const Result tooFew = cli({QStringLiteral("apply"), massPath, QStringLiteral("--yes"),
                               QStringLiteral("--allow-mass-deprovision"), QStringLiteral("14")});
    QCOMPARE(tooFew.exitCode, 3);
    for (const QJsonValue &request : m_server.requests())
        QVERIFY(request.toObject().value(u"method").toString() == u"GET"); // nothing was sent

    const Result applied = cli({QStringLiteral("apply"), massPath, QStringLiteral("--yes"),
                                QStringLiteral("--allow-mass-deprovision"), QStringLiteral("15"),
                                QStringLiteral("--json")});
    QCOMPARE(applied.exitCode, 0);
    const QJsonObject outcome = QJsonDocument::fromJson(applied.out).object();
    QCOMPARE(outcome.value(u"summary").toObject().value(u"applied").toInt(), 15);
    QCOMPARE(outcome.value(u"changes").toArray().size(), 15);
    for (int i = 0; i < 15; ++i) {
        for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
            if (user.toObject().value(u"id") == active.at(i).value(u"id"))
                QCOMPARE(user.toObject().value(u"active").toBool(true), false);
        }
    }
    const Result audit
        = cli({QStringLiteral("audit"), QStringLiteral("-c"), QStringLiteral("Apply"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(audit.out).array();
    QCOMPARE(records.size(), 15);
    QCOMPARE(records.first().toObject().value(u"outcome").toString(), QStringLiteral("applied"));
    QVERIFY(!audit.out.contains(m_server.token().toUtf8()));
    const Result auditCsv
        = cli({QStringLiteral("audit"), QStringLiteral("-c"), QStringLiteral("Apply")});
    QVERIFY(auditCsv.out.startsWith(
        "time,osUser,connection,changeId,kind,target,request,httpStatus,outcome,message"));

    // A protected account is never deactivated.
    cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("Apply")});
    QCOMPARE(
        cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Apply"),
             QStringLiteral("--url"), m_server.baseUrl().toString(), QStringLiteral("--preset"),
             QStringLiteral("lucid"), QStringLiteral("--token-stdin"), QStringLiteral("--protect"),
             active.at(20).value(u"userName").toString()},
            m_server.token().toUtf8())
            .exitCode,
        0);
    PlanBuilder one(profile, caps);
    one.deactivate(active.at(20));
    const QString onePath = dir.filePath(QStringLiteral("one.json"));
    QCOMPARE(one.plan().save(onePath), QString());
    const Result protectedRefused
        = cli({QStringLiteral("apply"), onePath, QStringLiteral("--yes")});
    QCOMPARE(protectedRefused.exitCode, 3);
    QVERIFY(protectedRefused.err.contains("protected"));

    // A plan for another service is bad input.
    Plan other = one.plan();
    other.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
    const QString otherPath = dir.filePath(QStringLiteral("other.json"));
    QCOMPARE(other.save(otherPath), QString());
    const Result foreign = cli({QStringLiteral("apply"), otherPath, QStringLiteral("--yes")});
    QCOMPARE(foreign.exitCode, 2);

    // A licence change the service ignores (org groups) is reported, exit 1.
    QVERIFY(m_server.setFaults({}));
    QJsonObject spark;
    for (int i = 30; i < active.size(); ++i) {
        if (!active.at(i)
                 .value(u"urn:ietf:params:scim:schemas:extension:lucid:2.0:User")
                 .toObject()
                 .value(u"productLicenses")
                 .toObject()
                 .value(u"Lucidspark")
                 .toBool()) {
            spark = active.at(i);
            break;
        }
    }
    QVERIFY(!spark.isEmpty());
    PlanBuilder licence(profile, caps);
    licence.setLicence(spark, QStringLiteral("Lucidspark"), true);
    const QString licencePath = dir.filePath(QStringLiteral("licence.json"));
    QCOMPARE(licence.plan().save(licencePath), QString());
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 400},
                            {QStringLiteral("groups"), 0},
                            {QStringLiteral("orgGroups"), true}}));
    const Result ignored = cli({QStringLiteral("apply"), licencePath, QStringLiteral("--yes")});
    QCOMPARE(ignored.exitCode, 1);
    QVERIFY2(ignored.out.contains("not applied by the service"), ignored.out.constData());
}

void tst_Cli::killedMidApply_resumeFinishesWithoutDuplicates()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 120},
                            {QStringLiteral("groups"), 0}}));
    addSample(QStringLiteral("Crash"));
    const QJsonObject state = m_server.state();
    const QString owner = state.value(u"ownerId").toString();
    const ConnectionProfile profile = lucidProfile(QStringLiteral("Crash"));
    const ServiceCapabilities caps = lucidCapabilities();
    PlanBuilder builder(profile, caps);
    QStringList deactivated;
    for (const QJsonValue &value : state.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (deactivated.size() < 40 && user.value(u"active").toBool(true)
            && user.value(u"id").toString() != owner) {
            builder.deactivate(user);
            deactivated.append(user.value(u"id").toString());
        }
    }
    for (int i = 0; i < 10; ++i)
        builder.createUser(QJsonObject {
            {QStringLiteral("userName"), QStringLiteral("crash.%1@example.com").arg(i)},
            {QStringLiteral("active"), true}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QCOMPARE(builder.plan().save(path), QString());

    QVERIFY(m_server.setFaults({{QStringLiteral("latencyMs"), 150}}));
    QVERIFY(m_server.clearRequests());
    QProcess apply;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    apply.setProcessEnvironment(env);
    apply.start(m_binary,
                {QStringLiteral("apply"), path, QStringLiteral("--yes"),
                 QStringLiteral("--concurrency"), QStringLiteral("2"),
                 QStringLiteral("--allow-mass-deprovision"), QStringLiteral("40")});
    QVERIFY(apply.waitForStarted());
    const auto writes = [this] {
        int n = 0;
        for (const QJsonValue &request : m_server.requests()) {
            const QString method = request.toObject().value(u"method").toString();
            n += method == u"PATCH" || method == u"POST" ? 1 : 0;
        }
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(writes() >= 12, 30'000);
    // While it runs, resume leaves it alone and says so in its exit code (it said "Nothing to
    // resume" and exited 0).
    const Result busy = cli({QStringLiteral("resume"), QStringLiteral("--yes")});
    QCOMPARE(busy.exitCode, 3);
    QVERIFY2(!busy.out.contains("Nothing to resume"), busy.out.constData());
    apply.kill(); // SIGKILL: no chance to write anything more
    QVERIFY(apply.waitForFinished());
    QVERIFY(writes() < 50);

    // A new apply must not start over the interrupted one.
    const Result blocked = cli({QStringLiteral("apply"), path, QStringLiteral("--yes"),
                                QStringLiteral("--allow-mass-deprovision"), QStringLiteral("40")});
    QCOMPARE(blocked.exitCode, 3);
    QVERIFY(blocked.err.contains("resume"));

    QVERIFY(m_server.setFaults({}));
    const Result resumed
        = cli({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(resumed.exitCode, 0);
    const QJsonObject summary
        = QJsonDocument::fromJson(resumed.out).object().value(u"summary").toObject();
    QCOMPARE(summary.value(u"applied").toInt(), 50);
    QCOMPARE(summary.value(u"failed").toInt(), 0);

    const QJsonArray users = m_server.state().value(u"users").toArray();
    for (const QJsonValue &value : users) {
        if (deactivated.contains(value.toObject().value(u"id").toString()))
            QCOMPARE(value.toObject().value(u"active").toBool(true), false);
    }
    for (int i = 0; i < 10; ++i) {
        int copies = 0;
        for (const QJsonValue &value : users)
            copies += value.toObject().value(u"userName").toString()
                    == QStringLiteral("crash.%1@example.com").arg(i)
                ? 1
                : 0;
        QCOMPARE(copies, 1);
    }
    // One audit record per change, however the apply was split by the crash.
    const Result audit
        = cli({QStringLiteral("audit"), QStringLiteral("-c"), QStringLiteral("Crash"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QSet<QString> audited;
    const QJsonArray records = QJsonDocument::fromJson(audit.out).array();
    for (const QJsonValue &record : records)
        audited.insert(record.toObject().value(u"changeId").toString());
    QCOMPARE(records.size(), 50);
    QCOMPARE(audited.size(), 50);
    QVERIFY(cli({QStringLiteral("resume")}).out.contains("Nothing to resume"));

    // The apply and its resume are one run, and reverting it is an apply like any other:
    // interrupted, it is resumed without duplicates.
    const QJsonArray runs
        = QJsonDocument::fromJson(
              cli({QStringLiteral("audit"), QStringLiteral("-c"), QStringLiteral("Crash"),
                   QStringLiteral("--runs"), QStringLiteral("--format"), QStringLiteral("json")})
                  .out)
              .array();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().toObject().value(u"changes").toInt(), 50);
    const QString revert = dir.filePath(QStringLiteral("revert.json"));
    const Result planned
        = cli({QStringLiteral("revert"), QStringLiteral("-c"), QStringLiteral("Crash"),
               QStringLiteral("--last"), QStringLiteral("-o"), revert});
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    QVERIFY(m_server.setFaults({{QStringLiteral("latencyMs"), 150}}));
    QVERIFY(m_server.clearRequests());
    QProcess reverting;
    reverting.setProcessEnvironment(env);
    reverting.start(m_binary,
                    {QStringLiteral("apply"), revert, QStringLiteral("--yes"),
                     QStringLiteral("--concurrency"), QStringLiteral("2"),
                     QStringLiteral("--allow-mass-deprovision"), QStringLiteral("10")});
    QVERIFY(reverting.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(writes() >= 12, 30'000);
    reverting.kill();
    QVERIFY(reverting.waitForFinished());
    QVERIFY(m_server.setFaults({}));
    const Result finished
        = cli({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(finished.exitCode == 0, finished.err.constData());
    QCOMPARE(QJsonDocument::fromJson(finished.out)
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"applied")
                 .toInt(),
             Plan::load(revert, nullptr)->includedCount()); // reactivations give licences back
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (deactivated.contains(user.value(u"id").toString()))
            QCOMPARE(user.value(u"active").toBool(false), true);
        if (user.value(u"userName").toString().startsWith(u"crash."))
            QCOMPARE(user.value(u"active").toBool(true), false);
    }
}

void tst_Cli::editedPlan_refusedAndNothingSent_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("owner id in the path")
        << QStringLiteral("ownerPath") << 2 << QStringLiteral("inconsistent");
    QTest::newRow("owner id as target")
        << QStringLiteral("ownerTarget") << 3 << QStringLiteral("protected");
    // No change names the owner: the guard knows the owner's id from the service.
    QTest::newRow("owner id alone")
        << QStringLiteral("ownerIdOnly") << 3 << QStringLiteral("protected");
    QTest::newRow("13 deactivations relabelled")
        << QStringLiteral("relabel") << 2 << QStringLiteral("inconsistent");
    QTest::newRow("grantLicence sent as DELETE")
        << QStringLiteral("disguisedDelete") << 2 << QStringLiteral("deletes user");
    QTest::newRow("path climbs out")
        << QStringLiteral("/../../admin/secret") << 2 << QStringLiteral("outside the service");
    QTest::newRow("encoded path climbs out")
        << QStringLiteral("/%2e%2e/x") << 2 << QStringLiteral("outside the service");
    QTest::newRow("self dependency")
        << QStringLiteral("selfDependency") << 2 << QStringLiteral("depends on itself");
}

// A plan file is untrusted: edited plans are refused on what their requests do, with nothing
// but reads reaching the service, for apply and for resume of a journal holding such a plan.
void tst_Cli::editedPlan_refusedAndNothingSent()
{
    QFETCH(QString, edit);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 300},
                            {QStringLiteral("groups"), 0}}));
    const QJsonObject state = m_server.state();
    const QString ownerId = state.value(u"ownerId").toString();
    QJsonObject owner;
    QList<QJsonObject> active;
    for (const QJsonValue &value : state.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (user.value(u"id").toString() == ownerId)
            owner = user;
        else if (user.value(u"active").toBool(true) && active.size() < 13)
            active.append(user);
    }
    QVERIFY(!owner.isEmpty());
    QVERIFY(active.size() == 13);
    const QString name = QStringLiteral("Edited");
    cli({QStringLiteral("connection"), QStringLiteral("remove"), name});
    QCOMPARE(
        cli({QStringLiteral("connection"), QStringLiteral("add"), name, QStringLiteral("--url"),
             m_server.baseUrl().toString(), QStringLiteral("--preset"), QStringLiteral("lucid"),
             QStringLiteral("--token-stdin"), QStringLiteral("--protect"),
             owner.value(u"userName").toString()},
            m_server.token().toUtf8())
            .exitCode,
        0);

    // A licence change that is sure to be planned: the opposite of what the user has now.
    const auto toggleSpark = [](PlanBuilder &b, const QJsonObject &user) {
        b.setLicence(user, QStringLiteral("Lucidspark"),
                     !user.value(u"urn:ietf:params:scim:schemas:extension:lucid:2.0:User")
                          .toObject()
                          .value(u"productLicenses")
                          .toObject()
                          .value(u"Lucidspark")
                          .toBool());
    };
    PlanBuilder builder(lucidProfile(name), lucidCapabilities());
    if (edit == u"ownerTarget")
        toggleSpark(builder, owner);
    const int deactivations = edit == u"relabel" ? 13 : 1;
    for (int i = 0; i < deactivations; ++i)
        builder.deactivate(active.at(i));
    if (edit == u"disguisedDelete")
        toggleSpark(builder, active.at(5));
    QJsonObject plan = builder.plan().toJson();
    QJsonArray changes = plan.value(u"changes").toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QJsonObject change = changes.at(i).toObject();
        QJsonObject request = change.value(u"request").toObject();
        const QString kind = change.value(u"kind").toString();
        const bool ownerAsTarget = edit == u"ownerTarget" || edit == u"ownerIdOnly";
        if (edit == u"ownerPath" || (ownerAsTarget && kind == u"deactivate")) {
            request.insert(QStringLiteral("path"), QString(u"/Users/" + ownerId));
            if (ownerAsTarget)
                change.insert(QStringLiteral("targetId"), ownerId);
        } else if (edit == u"relabel") {
            change.insert(QStringLiteral("kind"), QStringLiteral("updateUser"));
        } else if (edit == u"disguisedDelete"
                   && (kind == u"grantLicence" || kind == u"revokeLicence")) {
            change.insert(QStringLiteral("kind"), QStringLiteral("grantLicence"));
            request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
            request.remove(QStringLiteral("body"));
        } else if (edit.startsWith(u'/')) {
            request.insert(QStringLiteral("path"), edit);
        } else if (edit == u"selfDependency") {
            change.insert(QStringLiteral("dependsOn"), QJsonArray {change.value(u"id").toString()});
        }
        change.insert(QStringLiteral("request"), request);
        changes.replace(i, change);
    }
    plan.insert(QStringLiteral("changes"), changes);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("edited.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(plan).toJson());
    file.close();

    const auto writes = [this] {
        QStringList sent;
        for (const QJsonValue &request : m_server.requests()) {
            if (request.toObject().value(u"method").toString() != u"GET")
                sent.append(request.toObject().value(u"method").toString() + u' '
                            + request.toObject().value(u"path").toString());
        }
        return sent;
    };
    QVERIFY(m_server.clearRequests());
    const Result refused = cli({QStringLiteral("apply"), file.fileName(), QStringLiteral("--yes")});
    QVERIFY2(refused.err.contains(message.toUtf8()), refused.err.constData());
    QCOMPARE(refused.exitCode, exitCode);
    QCOMPARE(writes(), QStringList());

    // The same plan in an interrupted apply's journal: resume refuses it too.
    const QJsonArray connections
        = QJsonDocument::fromJson(
              cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")})
                  .out)
              .array();
    QString connectionId;
    for (const QJsonValue &connection : connections) {
        if (connection.toObject().value(u"name").toString() == name)
            connectionId = connection.toObject().value(u"id").toString();
    }
    QVERIFY(!connectionId.isEmpty());
    const QString journalDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/ScimDesk/ScimDesk/journal");
    QVERIFY(QDir().mkpath(journalDir));
    QFile journal(journalDir + u'/' + connectionId + QStringLiteral(".jsonl"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("start")},
                                             {QStringLiteral("plan"), plan}})
                      .toJson(QJsonDocument::Compact)
                  + '\n');
    journal.close();
    const Result resumed = cli({QStringLiteral("resume"), QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == exitCode, resumed.err.constData());
    QCOMPARE(writes(), QStringList());
    QVERIFY(journal.remove()); // the journal is kept by the refusal: remove it for the next row
}

void tst_Cli::plan_everyMode_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("generic") << QStringLiteral("generic");
    QTest::newRow("lucid") << QStringLiteral("lucid");
}

void tst_Cli::plan_everyMode()
{
    // An HR export (Excel: BOM, semicolons, CRLF) against the service, in every mode.
    QFETCH(QString, profile);
    const bool lucid = profile == u"lucid";
    QVERIFY(m_server.reset({{QStringLiteral("profile"), profile},
                            {QStringLiteral("users"), 40},
                            {QStringLiteral("groups"), 4}}));
    addSample(QStringLiteral("HR"), profile);
    const QJsonObject state = m_server.state();
    const QString owner = state.value(u"ownerId").toString();
    QList<QJsonObject> active;
    QJsonObject inactive;
    for (const QJsonValue &value : state.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (user.value(u"id").toString() == owner)
            continue;
        if (user.value(u"active").toBool(true))
            active.append(user);
        else if (inactive.isEmpty())
            inactive = user;
    }
    QTemporaryDir dir;
    if (inactive.isEmpty()) {
        // Make one inactive through the service, as someone would have.
        inactive = active.takeLast();
        ConnectionProfile hr = ConnectionProfile::fromPreset(profile);
        hr.name = QStringLiteral("HR");
        hr.baseUrl = m_server.baseUrl();
        ServiceCapabilities caps;
        caps.patch = true;
        PlanBuilder builder(hr, caps);
        builder.deactivate(inactive);
        const QString path = dir.filePath(QStringLiteral("setup.json"));
        QCOMPARE(builder.plan().save(path), QString());
        QCOMPARE(cli({QStringLiteral("apply"), path, QStringLiteral("--yes")}).exitCode, 0);
    }
    const QString group
        = state.value(u"groups").toArray().first().toObject().value(u"displayName").toString();
    const auto name = [](const QJsonObject &user) {
        return user.value(u"userName").toString();
    };
    const QString a = name(active.at(0)), b = name(active.at(1)), c = name(inactive),
                  d = name(active.at(2));

    const auto write = [&dir](const QString &file, const QString &text) {
        QFile out(dir.filePath(file));
        out.open(QIODevice::WriteOnly);
        out.write("\xEF\xBB\xBF" + text.toUtf8());
        return dir.filePath(file);
    };
    const QString csv
        = write(QStringLiteral("hr.csv"),
                QStringLiteral("Email;First Name;Department;Lucidspark;Groups;Badge\r\n"
                               "%1;;Finance Renamed;;;1\r\n" // update
                               "%2;;;;;2\r\n" // unchanged
                               "%3;;;;;3\r\n" // listed but inactive: reactivate
                               "new.hire@example.com;Nia;Ops;yes;%5;4\r\n" // create, join a group
                               "not-an-email;;;;;5\r\n" // error
                               "%4;;;;;6\r\n"
                               "%4;;;;;7\r\n" // a key twice: both rows are errors
                               "late@example.com;;;;No Such Group;8\r\n") // unknown group
                    .arg(a, b, c, d, group));
    const QString planPath = dir.filePath(QStringLiteral("plan.json"));
    const QStringList base {QStringLiteral("plan"),
                            QStringLiteral("-c"),
                            QStringLiteral("HR"),
                            QStringLiteral("--csv"),
                            csv,
                            QStringLiteral("-o"),
                            planPath,
                            QStringLiteral("--json")};

    Result planned
        = cli(base + QStringList {QStringLiteral("--mode"), QStringLiteral("provision")});
    QCOMPARE(planned.exitCode, 2); // rows with errors, no --skip-invalid
    QVERIFY(!QFile::exists(planPath));
    QJsonObject outcome = QJsonDocument::fromJson(planned.out).object();
    QJsonObject summary = outcome.value(u"summary").toObject();
    QCOMPARE(summary.value(u"create").toInt(), 1);
    QCOMPARE(summary.value(u"update").toInt(), 1);
    QCOMPARE(summary.value(u"reactivate").toInt(), 1);
    QCOMPARE(summary.value(u"unchanged").toInt(), 1);
    QCOMPARE(summary.value(u"invalidRows").toInt(), 4);
    QList<int> errorRows;
    for (const QJsonValue &error : outcome.value(u"errors").toArray())
        errorRows.append(error.toObject().value(u"line").toInt());
    QCOMPARE(errorRows, (QList<int> {6, 7, 8, 9})); // spreadsheet rows: header is row 1
    const QString notes
        = QString::fromUtf8(QJsonDocument(outcome.value(u"notes").toArray()).toJson());
    QVERIFY2(notes.contains(u"email column (Email) is used as userName"), qPrintable(notes));
    QVERIFY(notes.contains(u"Badge"));
    if (lucid)
        QVERIFY2(notes.contains(c), qPrintable(notes)); // found by look-up, not listed

    // A --map without "=" says what it needs (the column it names is in the file).
    const Result badMap = cli(base
                              + QStringList {QStringLiteral("--mode"), QStringLiteral("provision"),
                                             QStringLiteral("--map"), QStringLiteral("Email")});
    QCOMPARE(badMap.exitCode, 2);
    QVERIFY2(badMap.err.contains("needs HEADER=ATTRIBUTE"), badMap.err.constData());

    planned = cli(base
                  + QStringList {QStringLiteral("--mode"), QStringLiteral("provision"),
                                 QStringLiteral("--skip-invalid")});
    QCOMPARE(planned.exitCode, 0);
    QVERIFY(QFile::exists(planPath));
    const Result applied = cli(
        {QStringLiteral("apply"), planPath, QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(applied.exitCode == 0, QByteArray(applied.out + applied.err).constData());

    const auto user = [this](const QString &userName) {
        for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
            if (value.toObject()
                    .value(u"userName")
                    .toString()
                    .compare(userName, Qt::CaseInsensitive)
                == 0)
                return value.toObject();
        }
        return QJsonObject();
    };
    const QString enterprise
        = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    QCOMPARE(user(a).value(enterprise).toObject().value(u"department").toString(),
             QStringLiteral("Finance Renamed"));
    QVERIFY(user(c).value(u"active").toBool(true));
    const QJsonObject hire = user(QStringLiteral("new.hire@example.com"));
    QCOMPARE(hire.value(u"name").toObject().value(u"givenName").toString(), QStringLiteral("Nia"));
    if (lucid)
        QVERIFY(hire.value(QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"))
                    .toObject()
                    .value(u"productLicenses")
                    .toObject()
                    .value(u"Lucidspark")
                    .toBool());
    bool joined = false;
    for (const QJsonValue &value : m_server.state().value(u"groups").toArray()) {
        if (value.toObject().value(u"displayName").toString() != group)
            continue;
        for (const QJsonValue &member : value.toObject().value(u"members").toArray())
            joined = joined || member.toObject().value(u"value") == hire.value(u"id");
    }
    QVERIFY(joined);
    // Run again: the file now matches the service.
    planned = cli(base
                  + QStringList {QStringLiteral("--mode"), QStringLiteral("provision"),
                                 QStringLiteral("--skip-invalid")});
    summary = QJsonDocument::fromJson(planned.out).object().value(u"summary").toObject();
    QCOMPARE(summary.value(u"create").toInt() + summary.value(u"update").toInt()
                 + summary.value(u"reactivate").toInt(),
             0);

    // Deprovision: everyone listed is deactivated.
    const QString leavers = write(QStringLiteral("leavers.csv"),
                                  QStringLiteral("Email\r\n%1\r\nnew.hire@example.com\r\n").arg(a));
    planned
        = cli({QStringLiteral("plan"), QStringLiteral("-c"), QStringLiteral("HR"),
               QStringLiteral("--csv"), leavers, QStringLiteral("-o"), planPath,
               QStringLiteral("--mode"), QStringLiteral("deprovision"), QStringLiteral("--json")});
    QCOMPARE(planned.exitCode, 0);
    summary = QJsonDocument::fromJson(planned.out).object().value(u"summary").toObject();
    QCOMPARE(summary.value(u"deactivate").toInt(), 2);
    QCOMPARE(cli({QStringLiteral("apply"), planPath, QStringLiteral("--yes")}).exitCode, 0);
    QVERIFY(!user(a).value(u"active").toBool(true));
    QVERIFY(!user(QStringLiteral("new.hire@example.com")).value(u"active").toBool(true));

    // Sync: the file is the whole list; who is active and not in it is deactivated.
    const QString everyone
        = write(QStringLiteral("everyone.csv"), QStringLiteral("Email\r\n%1\r\n%2\r\n").arg(b, c));
    planned = cli({QStringLiteral("plan"), QStringLiteral("-c"), QStringLiteral("HR"),
                   QStringLiteral("--csv"), everyone, QStringLiteral("-o"), planPath,
                   QStringLiteral("--mode"), QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(planned.exitCode, 0);
    summary = QJsonDocument::fromJson(planned.out).object().value(u"summary").toObject();
    int stillActive = 0;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray())
        stillActive += value.toObject().value(u"active").toBool(true) ? 1 : 0;
    QCOMPARE(summary.value(u"deactivate").toInt(), stillActive - 2);
    const Result shown = cli({QStringLiteral("show"), planPath});
    QVERIFY(shown.out.contains("deactivate (not in the file)"));
    // Many deactivations: the guard wants them confirmed.
    QCOMPARE(cli({QStringLiteral("apply"), planPath, QStringLiteral("--yes")}).exitCode, 3);
}

void tst_Cli::recordCannotBeKept_exitsNonZeroAndLosesNothing_data()
{
    QTest::addColumn<QString>("obstacle");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("thenRun"); // what finishes the job once the obstacle is gone
    // A file where the audit folder should be: not writable, even for root. Refused before the
    // first request; nothing is left to resume.
    QTest::newRow("audit folder") << QStringLiteral("audit") << 1
                                  << QStringLiteral("Cannot write the audit log")
                                  << QStringLiteral("apply");
    // A file where the journal folder should be: the journal cannot be locked, so nothing is
    // sent (a failure to keep the record, as resume says of the same folder, not a guard).
    QTest::newRow("journal folder")
        << QStringLiteral("journal folder") << 1 << QStringLiteral("Cannot lock the apply journal")
        << QStringLiteral("apply");
    // A file-size limit the journal reaches at its first line after the plan: the apply stops
    // before the request that line was for, and resume goes on from the journal.
    QTest::newRow("journal size limit")
        << QStringLiteral("journal") << 1 << QStringLiteral("journal") << QStringLiteral("resume");
    // A limit the plan itself does not fit in: nothing sent, and no journal left to block the
    // next apply.
    QTest::newRow("journal cannot hold the plan")
        << QStringLiteral("plan") << 1 << QStringLiteral("Nothing was sent")
        << QStringLiteral("apply");
}

void tst_Cli::recordCannotBeKept_exitsNonZeroAndLosesNothing()
{
    QFETCH(QString, obstacle);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QString, thenRun);
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 60},
                            {QStringLiteral("groups"), 0}}));
    const QString name = QStringLiteral("Record");
    addSample(name);
    QTemporaryDir dir;
    QStringList ids;
    const QString plan = deactivationPlan(name, 12, dir, &ids);
    QVERIFY(!plan.isEmpty());
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QString appData = dir.filePath(QStringLiteral("data/ScimDesk/ScimDesk"));
    QVERIFY(QDir().mkpath(appData));
    QVERIFY(m_server.clearRequests());
    const QStringList apply {QStringLiteral("apply"), plan, QStringLiteral("--yes"),
                             QStringLiteral("--allow-mass-deprovision"), QStringLiteral("12")};

    Result stopped;
    if (obstacle == u"audit" || obstacle == u"journal folder") {
        QFile blocker(
            appData
            + (obstacle == u"audit" ? QStringLiteral("/audit") : QStringLiteral("/journal")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        stopped = cli(apply, {}, env);
        QVERIFY(blocker.remove());
    } else {
        // How long the journal's first line (the plan) is, to let exactly that be written.
        const QString probePath = dir.filePath(QStringLiteral("probe.jsonl"));
        {
            ApplyJournal probe(probePath);
            QVERIFY(probe.lock());
            QString error;
            const std::optional<Plan> loaded = Plan::load(plan, &error);
            QVERIFY2(loaded, qPrintable(error));
            QVERIFY(probe.begin(*loaded, AuditSink::newRunId())); // as long as an apply's
        }
        const auto limit = rlim_t(obstacle == u"plan" ? 200 : QFileInfo(probePath).size() + 10);
        QProcess process;
        QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
        all.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        all.insert(env);
        process.setProcessEnvironment(all);
        process.setChildProcessModifier([limit] {
            const rlimit fileSize {limit, limit};
            setrlimit(RLIMIT_FSIZE, &fileSize);
        });
        process.start(m_binary, apply);
        QVERIFY(process.waitForFinished(60'000));
        stopped
            = {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QCOMPARE(stopped.exitCode, exitCode);
    QVERIFY2(stopped.err.contains(message.toUtf8()), stopped.err.constData());
    QVERIFY(patchesPerUser().isEmpty()); // stopped before sending

    QStringList finish {thenRun};
    if (thenRun == u"apply")
        finish << plan << QStringLiteral("--allow-mass-deprovision") << QStringLiteral("12");
    finish << QStringLiteral("--yes");
    const Result finished = cli(finish, {}, env);
    QVERIFY2(finished.exitCode == 0, finished.err.constData());
    const QHash<QString, int> patches = patchesPerUser();
    QCOMPARE(patches.size(), ids.size());
    for (const QString &id : std::as_const(ids))
        QCOMPARE(patches.value(id), 1); // each change sent once, none lost
}

void tst_Cli::concurrentApplies_oneRefusesClearly()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 60},
                            {QStringLiteral("groups"), 0}}));
    const QString name = QStringLiteral("Race");
    addSample(name);
    QTemporaryDir dir;
    QStringList ids;
    const QString plan = deactivationPlan(name, 10, dir, &ids);
    QVERIFY(!plan.isEmpty());
    QVERIFY(m_server.clearRequests());
    QVERIFY(m_server.setFaults({{QStringLiteral("latencyMs"), 100}}));
    const QStringList apply {QStringLiteral("apply"), plan, QStringLiteral("--yes"),
                             QStringLiteral("--allow-mass-deprovision"), QStringLiteral("10")};
    std::unique_ptr<QProcess> first(startCli(apply));
    std::unique_ptr<QProcess> second(startCli(apply));
    QVERIFY(first->waitForFinished(60'000));
    QVERIFY(second->waitForFinished(60'000));
    QVERIFY(m_server.setFaults({}));

    QList<int> codes {first->exitCode(), second->exitCode()};
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int> {0, 3})); // never "applied 0, skipped 10" and exit 0
    const QByteArray refused
        = first->exitCode() == 3 ? first->readAllStandardError() : second->readAllStandardError();
    QVERIFY2(refused.contains("is applying changes to \"Race\" right now")
                 || refused.contains("finished it meanwhile"),
             refused.constData());
    QVERIFY(refused.contains("Nothing was sent"));
    const QHash<QString, int> patches = patchesPerUser();
    QCOMPARE(patches.size(), ids.size());
    for (const QString &id : std::as_const(ids))
        QCOMPARE(patches.value(id), 1);
}

void tst_Cli::unfinishableJournal_setAsideFreesTheConnection_data()
{
    QTest::addColumn<QString>("journal"); // what the interrupted apply's journal holds
    QTest::addColumn<QString>("refusal");
    QTest::newRow("unreadable") << QStringLiteral("garbage") << QStringLiteral("plan");
    QTest::newRow("plan outside the service")
        << QStringLiteral("outside") << QStringLiteral("base path");
}

void tst_Cli::unfinishableJournal_setAsideFreesTheConnection()
{
    QFETCH(QString, journal);
    QFETCH(QString, refusal);
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 30},
                            {QStringLiteral("groups"), 0}}));
    const QString name = QStringLiteral("Stuck");
    addSample(name);
    QTemporaryDir dir;
    QStringList ids;
    const QString plan = deactivationPlan(name, 3, dir, &ids);
    QVERIFY(!plan.isEmpty());
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));

    // An interrupted apply whose journal cannot be finished: an edited plan, or garbage.
    QString connectionId;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(
             cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")})
                 .out)
             .array()) {
        if (value.toObject().value(u"name").toString() == name)
            connectionId = value.toObject().value(u"id").toString();
    }
    QVERIFY(!connectionId.isEmpty());
    const QString journalDir = dir.filePath(QStringLiteral("data/ScimDesk/ScimDesk/journal"));
    QVERIFY(QDir().mkpath(journalDir));
    QFile file(journalDir + u'/' + connectionId + QStringLiteral(".jsonl"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString error;
    std::optional<Plan> edited = Plan::load(plan, &error);
    QVERIFY2(edited, qPrintable(error));
    if (journal == u"outside") {
        edited->changes[0].request.path = "/../../admin/secret";
        const QJsonObject start {{QStringLiteral("time"), QStringLiteral("2026-11-29T10:00:00Z")},
                                 {QStringLiteral("state"), QStringLiteral("start")},
                                 {QStringLiteral("plan"), edited->toJson()}};
        file.write(QJsonDocument(start).toJson(QJsonDocument::Compact) + '\n');
    } else {
        file.write(R"({"state":"start","plan":{"format":"nonsense"}})"
                   "\n");
    }
    file.close();
    QVERIFY(m_server.clearRequests());

    // apply waits for the interrupted one; resume refuses it and says how to get out.
    const QStringList apply {QStringLiteral("apply"), plan, QStringLiteral("--yes"),
                             QStringLiteral("--allow-mass-deprovision"), QStringLiteral("3")};
    QCOMPARE(cli(apply, {}, env).exitCode, journal == u"outside" ? 3 : 2);
    const Result resumed = cli({QStringLiteral("resume"), QStringLiteral("--yes")}, {}, env);
    QCOMPARE(resumed.exitCode, 2);
    QVERIFY2(resumed.err.contains(refusal.toUtf8()), resumed.err.constData());
    QVERIFY2(resumed.err.contains("--set-aside"), resumed.err.constData());
    QVERIFY(patchesPerUser().isEmpty());

    QCOMPARE(cli({QStringLiteral("resume"), QStringLiteral("--set-aside")}, {}, env).exitCode, 2);
    const Result aside = cli({QStringLiteral("resume"), QStringLiteral("-c"), name,
                              QStringLiteral("--set-aside"), QStringLiteral("--yes")},
                             {}, env);
    QVERIFY2(aside.exitCode == 0, aside.err.constData());
    QVERIFY(aside.out.contains("set aside as"));
    QVERIFY(!file.exists());
    const QStringList kept
        = QDir(journalDir).entryList({connectionId + QStringLiteral(".set-aside-*.jsonl")});
    QCOMPARE(kept.size(), 1); // kept for the admin, under a name no apply reads

    // The connection is free again, and nothing was sent on the way.
    QVERIFY(patchesPerUser().isEmpty());
    const Result applied = cli(apply, {}, env);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    QCOMPARE(patchesPerUser().size(), 3);
    QVERIFY(cli({QStringLiteral("resume"), QStringLiteral("-c"), name,
                 QStringLiteral("--set-aside"), QStringLiteral("--yes")},
                {}, env)
                .out.contains("Nothing to set aside"));
}

void tst_Cli::licencesFromCsv_changeExactlyAsTheFileSays_data()
{
    QTest::addColumn<bool>("byGroup");
    QTest::newRow("by attribute") << false;
    // A Lucid account with organisational groups: licence values sent to a user are ignored;
    // membership in "Lucidspark users" carries the licence.
    QTest::newRow("by group") << true;
}

void tst_Cli::licencesFromCsv_changeExactlyAsTheFileSays()
{
    QFETCH(bool, byGroup);
    const QString sparkGroup = QStringLiteral("Lucidspark users");
    QJsonObject reset {{QStringLiteral("profile"), QStringLiteral("lucid")},
                       {QStringLiteral("users"), 60},
                       {QStringLiteral("groups"), 3},
                       {QStringLiteral("orgGroups"), byGroup}};
    if (byGroup) {
        reset.insert(QStringLiteral("licenceGroups"),
                     QJsonObject {{QStringLiteral("Lucidspark"), sparkGroup}});
        reset.insert(
            QStringLiteral("seed"),
            QJsonObject {{QStringLiteral("users"), QJsonArray()},
                         {QStringLiteral("groups"),
                          QJsonArray {QJsonObject {{QStringLiteral("displayName"), sparkGroup},
                                                   {QStringLiteral("members"), QJsonArray()}}}}});
    }
    QVERIFY(m_server.reset(reset));
    const QString name = QStringLiteral("Licences");
    addSample(name);
    if (byGroup)
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("set"), name,
                      QStringLiteral("--licence-group"), u"Lucidspark="_qs + sparkGroup})
                     .exitCode,
                 0);

    const QString spark = QStringLiteral("productLicenses");
    const auto holdsSpark = [&](const QJsonObject &user) {
        return user.value(u"urn:ietf:params:scim:schemas:extension:lucid:2.0:User")
            .toObject()
            .value(spark)
            .toObject()
            .value(u"Lucidspark")
            .toBool();
    };
    const auto users = [this] {
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &value : m_server.state().value(u"users").toArray())
            byName.insert(value.toObject().value(u"userName").toString(), value.toObject());
        return byName;
    };
    const auto sparkMembers = [&] {
        QSet<QString> members;
        for (const QJsonValue &group : m_server.state().value(u"groups").toArray()) {
            if (group.toObject().value(u"displayName").toString() == sparkGroup) {
                for (const QJsonValue &member : group.toObject().value(u"members").toArray())
                    members.insert(member.toObject().value(u"value").toString());
            }
        }
        return members;
    };
    // Thirteen active users without Lucidspark (not the owner).
    const QString owner = m_server.state().value(u"ownerId").toString();
    QStringList chosen;
    QHash<QString, QJsonObject> before = users();
    for (const QJsonObject &user : std::as_const(before)) {
        if (chosen.size() < 13 && user.value(u"active").toBool(true) && !holdsSpark(user)
            && user.value(u"id").toString() != owner)
            chosen.append(user.value(u"userName").toString());
    }
    QCOMPARE(chosen.size(), 13);
    std::sort(chosen.begin(), chosen.end());

    QTemporaryDir dir;
    // The HR file twice: first ten users get Lucidspark; then five of them lose it and three
    // more get it (grants and revokes in one file).
    const auto applyFile = [&](const QMap<QString, bool> &wanted) {
        QString text = QStringLiteral("Email,Lucidspark\n");
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            text += it.key() + (it.value() ? u",yes\n"_qs : u",no\n"_qs);
        QFile file(dir.filePath(QStringLiteral("hr.csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return false;
        file.close();
        const QString plan = dir.filePath(QStringLiteral("plan.json"));
        const Result planned
            = cli({QStringLiteral("plan"), QStringLiteral("-c"), name, QStringLiteral("--csv"),
                   file.fileName(), QStringLiteral("--mode"), QStringLiteral("provision"),
                   QStringLiteral("-o"), plan, QStringLiteral("--json")});
        if (planned.exitCode != 0) {
            qWarning("plan: %s", planned.err.constData());
            return false;
        }
        const Result applied = cli(
            {QStringLiteral("apply"), plan, QStringLiteral("--yes"), QStringLiteral("--json")});
        const QJsonObject summary
            = QJsonDocument::fromJson(applied.out).object().value(u"summary").toObject();
        if (applied.exitCode != 0 || summary.value(u"notApplied").toInt() != 0
            || summary.value(u"failed").toInt() != 0) {
            qWarning("apply: %s %s", applied.out.constData(), applied.err.constData());
            return false;
        }
        return true;
    };
    const auto check = [&](const QMap<QString, bool> &wanted) {
        const QHash<QString, QJsonObject> now = users();
        QSet<QString> holders;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (wanted.contains(it.key())) {
                if (holdsSpark(*it) != wanted.value(it.key()))
                    return u"%1 holds Lucidspark: %2"_qs.arg(it.key()).arg(holdsSpark(*it));
                if (wanted.value(it.key()))
                    holders.insert(it->value(u"id").toString());
            } else if (holdsSpark(*it) != holdsSpark(before.value(it.key()))
                       || it->value(u"active") != before.value(it.key()).value(u"active")) {
                return u"%1 was touched"_qs.arg(it.key()); // not in the file
            }
        }
        if (byGroup && sparkMembers() != holders)
            return u"the group's members are not the holders"_qs;
        return QString();
    };

    QMap<QString, bool> first;
    for (int i = 0; i < 10; ++i)
        first.insert(chosen.at(i), true);
    QVERIFY(applyFile(first));
    QCOMPARE(check(first), QString());

    QMap<QString, bool> second;
    for (int i = 0; i < 13; ++i)
        second.insert(chosen.at(i), i >= 5);
    before = users();
    QVERIFY(applyFile(second));
    QCOMPARE(check(second), QString());
    if (byGroup) {
        // Every request was a membership change of the licence group: none went to a user.
        for (const QJsonValue &request : m_server.requests()) {
            const QJsonObject r = request.toObject();
            if (r.value(u"method").toString() == u"PATCH")
                QVERIFY2(r.value(u"path").toString().contains(u"/Groups/"),
                         qPrintable(r.value(u"path").toString()));
        }

        // A licence group the service does not have: a clear error, no plan, nothing sent.
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("set"), name,
                      QStringLiteral("--licence-group"), QStringLiteral("Lucidspark=Spark Users")})
                     .exitCode,
                 0);
        QFile file(dir.filePath(QStringLiteral("hr.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(chosen.first().toUtf8().prepend("Email,Lucidspark\n").append(",yes\n"));
        file.close();
        QVERIFY(m_server.clearRequests());
        const QString plan = dir.filePath(QStringLiteral("wrong.json"));
        const Result refused
            = cli({QStringLiteral("plan"), QStringLiteral("-c"), name, QStringLiteral("--csv"),
                   file.fileName(), QStringLiteral("--mode"), QStringLiteral("provision"),
                   QStringLiteral("-o"), plan});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("the group \"Spark Users\" that grants Lucidspark is not "
                                      "on the service"),
                 refused.err.constData());
        QVERIFY(!QFile::exists(plan));
        for (const QJsonValue &request : m_server.requests())
            QCOMPARE(request.toObject().value(u"method").toString(), u"GET"_qs);
    }
}

void tst_Cli::reactivation_restoresTheLicencesTheDeactivationTook_data()
{
    QTest::addColumn<bool>("byGroup");
    QTest::addColumn<bool>("restore");
    QTest::newRow("by attribute") << false << true;
    QTest::newRow("by attribute, --no-restore-licences") << false << false;
    QTest::newRow("by group") << true << true;
}

void tst_Cli::reactivation_restoresTheLicencesTheDeactivationTook()
{
    QFETCH(bool, byGroup);
    QFETCH(bool, restore);
    const QString ext = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
    const auto licencesOf = [&](const QJsonObject &user) {
        QStringList held;
        const QJsonObject flags = user.value(ext).toObject().value(u"productLicenses").toObject();
        for (auto it = flags.begin(); it != flags.end(); ++it) {
            if (it.value().toBool())
                held.append(it.key());
        }
        return held;
    };
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 30},
                            {QStringLiteral("groups"), 0}}));
    // Someone holding Lucidchart (not the owner).
    const QString owner = m_server.state().value(u"ownerId").toString();
    QJsonObject leaver;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (leaver.isEmpty() && user.value(u"id").toString() != owner
            && user.value(u"active").toBool(true) && licencesOf(user).contains(u"Lucidchart"))
            leaver = user;
    }
    QVERIFY(!leaver.isEmpty());
    const QString userName = leaver.value(u"userName").toString();
    if (byGroup) {
        // Lucid with organisational groups: "Chart users" grants Lucidchart; the leaver is in it.
        QVERIFY(m_server.reset(
            {{QStringLiteral("profile"), QStringLiteral("lucid")},
             {QStringLiteral("users"), 30},
             {QStringLiteral("groups"), 0},
             {QStringLiteral("orgGroups"), true},
             {QStringLiteral("licenceGroups"),
              QJsonObject {{QStringLiteral("Lucidchart"), QStringLiteral("Chart users")}}},
             {QStringLiteral("seed"),
              QJsonObject {
                  {QStringLiteral("users"), QJsonArray()},
                  {QStringLiteral("groups"),
                   QJsonArray {QJsonObject {
                       {QStringLiteral("displayName"), QStringLiteral("Chart users")},
                       {QStringLiteral("members"),
                        QJsonArray {QJsonObject {{QStringLiteral("userName"), userName}}}}}}}}}}));
    }
    const auto current = [&] {
        for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
            if (value.toObject().value(u"userName").toString() == userName)
                return value.toObject();
        }
        return QJsonObject();
    };
    leaver = current();
    const QStringList held = licencesOf(leaver);
    QVERIFY(held.contains(u"Lucidchart"));
    const QString name = QStringLiteral("Leavers");
    addSample(name);
    if (byGroup)
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("set"), name,
                      QStringLiteral("--licence-group"), QStringLiteral("Lucidchart=Chart users")})
                     .exitCode,
                 0);

    // The leaver goes (through ScimDesk, so the audit log knows what they held)…
    QTemporaryDir dir;
    ConnectionProfile profile = lucidProfile(name);
    PlanBuilder builder(profile, lucidCapabilities());
    builder.deactivate(leaver);
    const QString deactivation = dir.filePath(QStringLiteral("leave.json"));
    QCOMPARE(builder.plan().save(deactivation), QString());
    QCOMPARE(cli({QStringLiteral("apply"), deactivation, QStringLiteral("--yes")}).exitCode, 0);
    QVERIFY(licencesOf(current()).isEmpty()); // Lucid delicenses a deactivated user

    // …and comes back through an HR file.
    QFile csv(dir.filePath(QStringLiteral("back.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Email\n" + userName.toUtf8() + '\n');
    csv.close();
    const QString plan = dir.filePath(QStringLiteral("back.json"));
    QStringList arguments {
        QStringLiteral("plan"),      QStringLiteral("-c"), name,
        QStringLiteral("--csv"),     csv.fileName(),       QStringLiteral("--mode"),
        QStringLiteral("provision"), QStringLiteral("-o"), plan};
    if (!restore)
        arguments << QStringLiteral("--no-restore-licences");
    const Result planned = cli(arguments);
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    const Result shown = cli({QStringLiteral("show"), plan});
    QVERIFY2(shown.out.contains("restore Lucidchart") == (restore && !byGroup),
             shown.out.constData());
    const Result applied
        = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    QCOMPARE(QJsonDocument::fromJson(applied.out)
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"notApplied")
                 .toInt(),
             0);
    const QJsonObject back = current();
    QCOMPARE(back.value(u"active").toBool(), true);
    QCOMPARE(licencesOf(back), restore ? held : QStringList());
}

void tst_Cli::deactivation_learnsWhetherTheServiceTakesLicences()
{
    // A connection made with the generic preset, to a service that (like Lucid) delicenses a
    // deactivated user: the first deactivation's preview cannot know it, the apply learns it.
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 40},
                            {QStringLiteral("groups"), 0}}));
    const QString owner = m_server.state().value(u"ownerId").toString();
    const QString ext = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
    QStringList licensed;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        const QJsonObject flags = user.value(ext).toObject().value(u"productLicenses").toObject();
        if (user.value(u"id").toString() != owner && user.value(u"active").toBool(true)
            && flags.value(u"Lucidchart").toBool())
            licensed.append(user.value(u"userName").toString());
    }
    QVERIFY(licensed.size() >= 2);
    const QString name = QStringLiteral("Learner");
    addSample(name, QStringLiteral("generic"));
    const auto connection = [&] {
        const QJsonArray list
            = QJsonDocument::fromJson(cli({QStringLiteral("connection"), QStringLiteral("list"),
                                           QStringLiteral("--json")})
                                          .out)
                  .array();
        for (const QJsonValue &entry : list) {
            if (entry.toObject().value(u"name").toString() == name)
                return entry.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(connection().value(u"deactivationRevokesLicences").toBool(), false);
    QCOMPARE(connection().value(u"deactivationRevokesLicencesLearnt").toBool(), false);

    QTemporaryDir dir;
    const auto planFor = [&](const QString &userName, const QString &file) {
        QFile csv(dir.filePath(file + QStringLiteral(".csv")));
        if (!csv.open(QIODevice::WriteOnly))
            return QString();
        csv.write("Email\n" + userName.toUtf8() + '\n');
        csv.close();
        const QString plan = dir.filePath(file + QStringLiteral(".json"));
        const Result planned
            = cli({QStringLiteral("plan"), QStringLiteral("-c"), name, QStringLiteral("--csv"),
                   csv.fileName(), QStringLiteral("--mode"), QStringLiteral("deprovision"),
                   QStringLiteral("-o"), plan});
        return planned.exitCode == 0 ? plan : QString();
    };
    const QString first = planFor(licensed.at(0), QStringLiteral("first"));
    QVERIFY(!first.isEmpty());
    QVERIFY(!cli({QStringLiteral("show"), first}).out.contains("takes away"));
    const Result applied = cli({QStringLiteral("apply"), first, QStringLiteral("--yes")});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());

    // Learnt, and kept: the next preview says what deactivating does here.
    QCOMPARE(connection().value(u"deactivationRevokesLicences").toBool(), true);
    QCOMPARE(connection().value(u"deactivationRevokesLicencesLearnt").toBool(), true);
    const QString second = planFor(licensed.at(1), QStringLiteral("second"));
    QVERIFY(!second.isEmpty());
    const Result shown = cli({QStringLiteral("show"), second});
    QVERIFY2(shown.out.contains("Deactivating takes away the user's licences: Lucidchart"),
             shown.out.constData());
    // Saving the connection's settings again does not forget it.
    QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("set"), name,
                  QStringLiteral("--licence-mode"), QStringLiteral("attribute")})
                 .exitCode,
             0);
    QCOMPARE(connection().value(u"deactivationRevokesLicencesLearnt").toBool(), true);
}

void tst_Cli::reactivation_restoresWhatWasLastSeen()
{
    // Someone deactivated in the service's admin panel, not through ScimDesk: the audit log
    // knows nothing, but a plan made while they were active saw what they held.
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 40},
                            {QStringLiteral("groups"), 0}}));
    const QString owner = m_server.state().value(u"ownerId").toString();
    const QString ext = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
    QJsonObject leaver;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        const QJsonObject flags = user.value(ext).toObject().value(u"productLicenses").toObject();
        if (leaver.isEmpty() && user.value(u"id").toString() != owner
            && user.value(u"active").toBool(true) && flags.value(u"Lucidchart").toBool())
            leaver = user;
    }
    QVERIFY(!leaver.isEmpty());
    const QString userName = leaver.value(u"userName").toString();
    const QString name = QStringLiteral("Seen");
    addSample(name);
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("back.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Email\n" + userName.toUtf8() + '\n');
    csv.close();
    const QStringList plan {QStringLiteral("plan"),
                            QStringLiteral("-c"),
                            name,
                            QStringLiteral("--csv"),
                            csv.fileName(),
                            QStringLiteral("--mode"),
                            QStringLiteral("provision"),
                            QStringLiteral("-o"),
                            dir.filePath(QStringLiteral("back.json"))};
    QCOMPARE(cli(plan).exitCode, 0); // sees the leaver active, holding Lucidchart

    // Deactivated elsewhere (here: through another connection, with an audit log of its own);
    // the service delicenses them.
    addSample(QStringLiteral("Admin panel"));
    PlanBuilder builder(lucidProfile(QStringLiteral("Admin panel")), lucidCapabilities());
    builder.deactivate(leaver);
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.json"));
    QCOMPARE(builder.plan().save(elsewhere), QString());
    const Result applied = cli({QStringLiteral("apply"), elsewhere, QStringLiteral("--yes")});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    QCOMPARE(cli(plan).exitCode, 0);
    const Result shown = cli({QStringLiteral("show"), dir.filePath(QStringLiteral("back.json"))});
    QVERIFY2(shown.out.contains("restore Lucidchart"), shown.out.constData());
    QVERIFY2(!shown.out.contains("no record of the licences"), shown.out.constData());
}

void tst_Cli::revert_undoesARunExceptWhatChangedSince()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 40},
                            {QStringLiteral("groups"), 0}}));
    const QString ext = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
    const auto spark = [&](const QJsonObject &user) {
        return user.value(ext).toObject().value(u"productLicenses").toObject().value(u"Lucidspark");
    };
    const QString owner = m_server.state().value(u"ownerId").toString();
    QList<QJsonObject> before;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        if (value.toObject().value(u"active").toBool(true))
            before.append(value.toObject());
    }
    const auto byName = [&](const QString &userName) {
        for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
            if (value.toObject().value(u"userName").toString() == userName)
                return value.toObject();
        }
        return QJsonObject();
    };
    // The HR file of a sync: everyone but three leavers; two new titles, two licences flipped,
    // two new starters.
    QStringList leavers;
    QStringList retitled;
    QStringList flipped;
    QByteArray csv = "Email,Title,Lucidspark\n";
    for (const QJsonObject &user : std::as_const(before)) {
        const QString userName = user.value(u"userName").toString();
        if (user.value(u"id").toString() != owner && leavers.size() < 3) {
            leavers.append(userName);
            continue;
        }
        QByteArray title;
        QByteArray licence;
        if (user.value(u"id").toString() != owner && retitled.size() < 2) {
            retitled.append(userName);
            title = "Revert Tester";
        } else if (user.value(u"id").toString() != owner && flipped.size() < 2) {
            flipped.append(userName);
            licence = spark(user).toBool() ? "no" : "yes";
        }
        csv += userName.toUtf8() + ',' + title + ',' + licence + '\n';
    }
    csv += "new.starter.1@example.com,Analyst,yes\nnew.starter.2@example.com,Analyst,\n";
    const QString name = QStringLiteral("Undo");
    addSample(name);
    // Before any apply, the runs table says there are none rather than printing nothing.
    const Result none
        = cli({QStringLiteral("audit"), QStringLiteral("-c"), name, QStringLiteral("--runs")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains("No runs yet"), none.out.constData());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("hr.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const QString sync = dir.filePath(QStringLiteral("sync.json"));
    Result result = cli({QStringLiteral("plan"), QStringLiteral("-c"), name,
                         QStringLiteral("--csv"), file.fileName(), QStringLiteral("--mode"),
                         QStringLiteral("sync"), QStringLiteral("-o"), sync});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = cli({QStringLiteral("apply"), sync, QStringLiteral("--yes"),
                  QStringLiteral("--allow-mass-deprovision"), QStringLiteral("3")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(byName(leavers.first()).value(u"active").toBool(), false);
    QVERIFY(!spark(byName(leavers.first())).toBool()); // delicensed

    // Someone retitles one of the users in the service's admin panel (another audit log).
    addSample(QStringLiteral("Admin panel"));
    PlanBuilder builder(lucidProfile(QStringLiteral("Admin panel")), lucidCapabilities());
    QJsonObject manager = byName(retitled.first());
    manager.insert(QStringLiteral("title"), QStringLiteral("Manager"));
    builder.updateUser(byName(retitled.first()), manager);
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.json"));
    QCOMPARE(builder.plan().save(elsewhere), QString());
    QCOMPARE(cli({QStringLiteral("apply"), elsewhere, QStringLiteral("--yes")}).exitCode, 0);

    // The sync is one run.
    const QJsonArray runs
        = QJsonDocument::fromJson(
              cli({QStringLiteral("audit"), QStringLiteral("-c"), name, QStringLiteral("--runs"),
                   QStringLiteral("--format"), QStringLiteral("json")})
                  .out)
              .array();
    QCOMPARE(runs.size(), 1);
    const QString runId = runs.first().toObject().value(u"id").toString();
    QVERIFY(runs.first().toObject().value(u"plan").toString().startsWith(u"csv:"));
    // The CSV says the same, under the JSON's names.
    const QList<QByteArray> runsCsv
        = cli({QStringLiteral("audit"), QStringLiteral("-c"), name, QStringLiteral("--runs"),
               QStringLiteral("--format"), QStringLiteral("csv")})
              .out.trimmed()
              .split('\n');
    QCOMPARE(runsCsv.size(), 2);
    QCOMPARE(runsCsv.first().trimmed(),
             "id,started,ended,osUser,plan,changes,applied,notApplied,failed,conflict,skipped");
    const QJsonObject json = runs.first().toObject();
    const QJsonObject counts = json.value(u"counts").toObject();
    QCOMPARE(QString::fromUtf8(runsCsv.last().trimmed()),
             QStringList({runId, json.value(u"started").toString(), json.value(u"ended").toString(),
                          json.value(u"osUser").toString(), json.value(u"plan").toString(),
                          QString::number(json.value(u"changes").toInt()),
                          QString::number(counts.value(u"applied").toInt()),
                          QString::number(counts.value(u"notApplied").toInt()),
                          QString::number(counts.value(u"failed").toInt()),
                          QString::number(counts.value(u"conflict").toInt()),
                          QString::number(counts.value(u"skipped").toInt())})
                 .join(u','));
    const Result table
        = cli({QStringLiteral("audit"), QStringLiteral("-c"), name, QStringLiteral("--runs")});
    QVERIFY2(table.out.contains(runId.toUtf8()) && table.out.contains("CSV file hr.csv"),
             table.out.constData());

    // Revert it: the retitled user is a conflict, left out.
    const QString revert = dir.filePath(QStringLiteral("revert.json"));
    result = cli({QStringLiteral("revert"), QStringLiteral("-c"), name, QStringLiteral("--run"),
                  runId, QStringLiteral("-o"), revert, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonObject outcome = QJsonDocument::fromJson(result.out).object();
    const QJsonObject summary = outcome.value(u"summary").toObject();
    QCOMPARE(summary.value(u"reactivate").toInt(), 3);
    QCOMPARE(summary.value(u"deactivate").toInt(), 2); // the new starters
    QCOMPARE(summary.value(u"conflicts").toInt(), 1);
    const QJsonObject conflict = outcome.value(u"conflicts").toArray().first().toObject();
    QCOMPARE(conflict.value(u"userName").toString(), retitled.first());
    QCOMPARE(conflict.value(u"attribute").toString(), u"title"_qs);
    QCOMPARE(conflict.value(u"expected").toString(), u"Revert Tester"_qs);
    QCOMPARE(conflict.value(u"found").toString(), u"Manager"_qs);
    const Result shown = cli({QStringLiteral("show"), revert});
    QVERIFY2(shown.out.contains("Conflict: changed since the run"), shown.out.constData());
    result = cli({QStringLiteral("apply"), revert, QStringLiteral("--yes"),
                  QStringLiteral("--allow-mass-deprovision"), QStringLiteral("2"),
                  QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, QByteArray(result.err + result.out).constData());

    // Everyone is as before the sync, licences included, but for the retitled user.
    for (const QJsonObject &was : std::as_const(before)) {
        const QString userName = was.value(u"userName").toString();
        const QJsonObject now = byName(userName);
        QVERIFY2(now.value(u"active") == was.value(u"active"), qPrintable(userName));
        QVERIFY2(now.value(ext) == was.value(ext), qPrintable(userName));
        if (userName == retitled.first())
            QCOMPARE(now.value(u"title").toString(), u"Manager"_qs);
        else
            QVERIFY2(now.value(u"title") == was.value(u"title"), qPrintable(userName));
    }
    QCOMPARE(byName(u"new.starter.1@example.com"_qs).value(u"active").toBool(), false);

    // Reverting again plans nothing (the conflict stays left out).
    result = cli({QStringLiteral("revert"), QStringLiteral("-c"), name, QStringLiteral("--run"),
                  runId, QStringLiteral("-o"), revert, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0,
             qPrintable(QString::number(result.exitCode) + u' ' + QString::fromUtf8(result.err)
                        + QString::fromUtf8(result.out)));
    outcome = QJsonDocument::fromJson(result.out).object();
    for (const char *key : {"create", "update", "reactivate", "deactivate", "delete"})
        QVERIFY2(outcome.value(u"summary").toObject().value(QLatin1String(key)).toInt() == 0,
                 result.out.constData());
    const Result again = cli({QStringLiteral("show"), revert});
    QVERIFY2(again.out.contains("0 changes to send"), again.out.constData());
    // Asked to, it overwrites what was changed since.
    result = cli({QStringLiteral("revert"), QStringLiteral("-c"), name, QStringLiteral("--run"),
                  runId, QStringLiteral("-o"), revert, QStringLiteral("--include-conflicts"),
                  QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out)
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"update")
                 .toInt(),
             1);
    QCOMPARE(cli({QStringLiteral("apply"), revert, QStringLiteral("--yes")}).exitCode, 0);
    const auto was = std::find_if(before.cbegin(), before.cend(), [&](const QJsonObject &u) {
        return u.value(u"userName").toString() == retitled.first();
    });
    QVERIFY(byName(retitled.first()).value(u"title") == was->value(u"title"));
    // An unknown run is bad input.
    QCOMPARE(cli({QStringLiteral("revert"), QStringLiteral("-c"), name, QStringLiteral("--run"),
                  QStringLiteral("nope"), QStringLiteral("-o"), revert})
                 .exitCode,
             2);
}

void tst_Cli::revert_ofADeleteCreatesTheUserAgain()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 40},
                            {QStringLiteral("groups"), 0}}));
    const QString owner = m_server.state().value(u"ownerId").toString();
    QJsonObject leaver;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        if (leaver.isEmpty() && value.toObject().value(u"id").toString() != owner
            && value.toObject().value(u"active").toBool(true))
            leaver = value.toObject();
    }
    const QString userName = leaver.value(u"userName").toString();
    const auto find = [&] {
        for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
            if (value.toObject().value(u"userName").toString() == userName)
                return value.toObject();
        }
        return QJsonObject();
    };
    const QString name = QStringLiteral("Deleter");
    addSample(name);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("gone.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email\n" + userName.toUtf8() + '\n');
    file.close();
    const QString plan = dir.filePath(QStringLiteral("delete.json"));
    QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("-c"), name, QStringLiteral("--csv"),
                  file.fileName(), QStringLiteral("--mode"), QStringLiteral("deprovision"),
                  QStringLiteral("--deprovision-action"), QStringLiteral("delete"),
                  QStringLiteral("-o"), plan})
                 .exitCode,
             0);
    Result result = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(find().isEmpty());

    const QString revert = dir.filePath(QStringLiteral("revert.json"));
    result = cli({QStringLiteral("revert"), QStringLiteral("-c"), name, QStringLiteral("--last"),
                  QStringLiteral("-o"), revert, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out)
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"create")
                 .toInt(),
             1);
    const Result shown = cli({QStringLiteral("show"), revert});
    QVERIFY2(shown.out.contains("A new account with a new id"), shown.out.constData());
    result = cli({QStringLiteral("apply"), revert, QStringLiteral("--yes")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject back = find();
    QVERIFY(!back.isEmpty());
    QVERIFY(back.value(u"id").toString() != leaver.value(u"id").toString());
    QCOMPARE(back.value(u"name").toObject().value(u"familyName"),
             leaver.value(u"name").toObject().value(u"familyName"));
    // Created again already: a second revert plans nothing.
    result = cli({QStringLiteral("revert"), QStringLiteral("-c"), name, QStringLiteral("--run"),
                  QJsonDocument::fromJson(cli({QStringLiteral("audit"), QStringLiteral("-c"), name,
                                               QStringLiteral("--runs"), QStringLiteral("--format"),
                                               QStringLiteral("json")})
                                              .out)
                      .array()
                      .last()
                      .toObject()
                      .value(u"id")
                      .toString(),
                  QStringLiteral("-o"), revert, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out)
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"create")
                 .toInt(),
             0);
}

void tst_Cli::revert_deletesACreatedGroupOnlyWhileEmpty()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 10},
                            {QStringLiteral("groups"), 0}}));
    const QString name = QStringLiteral("Groups");
    addSample(name);
    QTemporaryDir dir;
    const auto groupNamed = [&](const QString &displayName) {
        for (const QJsonValue &value : m_server.state().value(u"groups").toArray()) {
            if (value.toObject().value(u"displayName").toString() == displayName)
                return value.toObject();
        }
        return QJsonObject();
    };
    // Two groups made by one run; someone joins the second afterwards.
    PlanBuilder builder(lucidProfile(name), lucidCapabilities());
    builder.createGroup(QStringLiteral("Pilots"));
    builder.createGroup(QStringLiteral("Crew"));
    const QString plan = dir.filePath(QStringLiteral("groups.json"));
    QCOMPARE(builder.plan().save(plan), QString());
    Result result = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!groupNamed(u"Pilots"_qs).isEmpty());
    const QString owner = m_server.state().value(u"ownerId").toString();
    addSample(QStringLiteral("Admin panel"));
    PlanBuilder joining(lucidProfile(QStringLiteral("Admin panel")), lucidCapabilities());
    joining.addToGroup(groupNamed(u"Crew"_qs), owner, QStringLiteral("owner"));
    const QString join = dir.filePath(QStringLiteral("join.json"));
    QCOMPARE(joining.plan().save(join), QString());
    QCOMPARE(cli({QStringLiteral("apply"), join, QStringLiteral("--yes")}).exitCode, 0);

    const QString revert = dir.filePath(QStringLiteral("revert.json"));
    result = cli({QStringLiteral("revert"), QStringLiteral("-c"), name, QStringLiteral("--last"),
                  QStringLiteral("-o"), revert, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray notes = QJsonDocument::fromJson(result.out).object().value(u"notes").toArray();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().toString().contains(u"\"Crew\" the run created is left in place"),
             qPrintable(notes.first().toString()));
    const Result shown = cli({QStringLiteral("show"), revert});
    QVERIFY2(shown.out.contains("DELETE /Groups/"), shown.out.constData());
    result = cli({QStringLiteral("apply"), revert, QStringLiteral("--yes")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(groupNamed(u"Pilots"_qs).isEmpty());
    QVERIFY(!groupNamed(u"Crew"_qs).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
