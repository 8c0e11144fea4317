#include "CliRunner.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

namespace {

// The connection the tests sync: a space in its name, so the instance name is escaped (%i)
// and the connection name is not (%I), as 'systemd-escape' and systemd do.
const QString Connection = QStringLiteral("Lucid sync");
const QString Instance = QStringLiteral("Lucid\\x20sync");

// What scimdesk-sync@.service says, read as systemd reads it (the [Service] keys used here).
struct ServiceUnit
{
    QStringList execStart;
    QString environmentFile;
    QString credentialId;
    QString credentialPath;
};

// The specifiers the unit uses, for a user manager whose configuration home is `configHome`.
QString expand(QString value, const QString &configHome)
{
    value.replace(u"%i"_qs, Instance);
    value.replace(u"%I"_qs, Connection);
    value.replace(u"%E"_qs, configHome);
    return value;
}

ServiceUnit readUnit(const QString &path, const QString &configHome)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    ServiceUnit unit;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString key = line.section(u'=', 0, 0).trimmed();
        const QString value = line.section(u'=', 1).trimmed();
        if (key == u"ExecStart") {
            // Split into words first: a specifier expands inside its word.
            for (const QString &word : value.split(u' ', Qt::SkipEmptyParts))
                unit.execStart.append(expand(word, configHome));
        } else if (key == u"EnvironmentFile") {
            unit.environmentFile = expand(value, configHome);
        } else if (key == u"LoadCredential") {
            unit.credentialId = value.section(u':', 0, 0);
            unit.credentialPath = expand(value.section(u':', 1), configHome);
        }
    }
    return unit;
}

// KEY=VALUE lines, as EnvironmentFile= reads them (comments, optional double quotes).
QProcessEnvironment readEnvironmentFile(const QString &path)
{
    QProcessEnvironment env;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return env;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        QString value = line.section(u'=', 1);
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        env.insert(line.section(u'=', 0, 0).trimmed(), value);
    }
    return env;
}

bool writeFile(const QString &path, const QByteArray &content,
               QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content);
    file.close();
    return QFile::setPermissions(path, mode);
}

} // namespace

// The scheduled sync as the systemd user units run it: the unit's command line with the unit's
// environment file and credential, against the real test service.
class tst_ScheduledSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void units_passSystemdAnalyzeVerify();
    void sync_appliesTheFileAndLogsTheSummary();
    void sync_overTheThreshold_isRefusedAndSendsNothing();
    void tokenFile_readableByOthers_isRefusedAndSendsNothing();
    void help_documentsTokenFile();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray all() const { return out + err; }
    };
    // Runs the unit's ExecStart with what systemd gives it: the environment file's variables,
    // the credential copied into a private CREDENTIALS_DIRECTORY (0400, as systemd writes it).
    Run runService(QFileDevice::Permissions credentialMode = QFileDevice::ReadOwner);
    // An HR file of the active users but `leaveOut` of them (never the owner), plus `hires`.
    QByteArray hrFile(int leaveOut, const QStringList &hires, QStringList *leavers);
    // Requests that change something on the service since the last clearRequests().
    int changingRequests();

    Test::TestServer m_server;
    QString m_binary;
    QTemporaryDir m_home;
    QString m_configHome;
    QString m_units; // the unit files as installed
    ServiceUnit m_unit;
};

void tst_ScheduledSync::initTestCase()
{
    m_binary = QStringLiteral(SCIMDESK_CLI_PATH);
    m_configHome = m_home.filePath(QStringLiteral("config"));
    // The unit as installing makes it, its paths pointing into this tree (not installed).
    QFile in(QStringLiteral(SCIMDESK_SYNC_SERVICE));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text.replace("@SCIMDESK_SYNC_WRAPPER@", SCIMDESK_SYNC_WRAPPER);
    text.replace("@SCIMDESK_SYNC_EXAMPLE@", SCIMDESK_SYNC_EXAMPLE);
    m_units = m_home.filePath(QStringLiteral("units"));
    QVERIFY(writeFile(m_units + QStringLiteral("/scimdesk-sync@.service"), text));
    QVERIFY(QFile::copy(QStringLiteral(SCIMDESK_SYNC_TIMER),
                        m_units + QStringLiteral("/scimdesk-sync@.timer")));

    m_unit = readUnit(m_units + QStringLiteral("/scimdesk-sync@.service"), m_configHome);
    QCOMPARE(m_unit.execStart, (QStringList {QStringLiteral(SCIMDESK_SYNC_WRAPPER), Connection}));
    QCOMPARE(m_unit.credentialId, QStringLiteral("scimdesk-token"));
    QCOMPARE(m_unit.environmentFile,
             m_configHome + QStringLiteral("/scimdesk/sync/%1.env").arg(Instance));
    if (const QString why = Test::cliPrerequisites(&m_server, m_binary); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_ScheduledSync::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "units_passSystemdAnalyzeVerify"
        || QByteArray(QTest::currentTestFunction()) == "help_documentsTokenFile")
        return;
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 30},
                            {QStringLiteral("groups"), 2}}));
    // The keychain holds a wrong token: only the unit's credential gets the sync in.
    Test::runCli(m_binary, m_configHome,
                 {QStringLiteral("connection"), QStringLiteral("remove"), Connection});
    const Test::CliResult added = Test::runCli(
        m_binary, m_configHome,
        {QStringLiteral("connection"), QStringLiteral("add"), Connection, QStringLiteral("--url"),
         m_server.baseUrl().toString(), QStringLiteral("--preset"), QStringLiteral("lucid"),
         QStringLiteral("--deprovision-threshold"), QStringLiteral("5"),
         QStringLiteral("--token-stdin")},
        "not-the-token\n");
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(writeFile(m_unit.credentialPath, m_server.token().toUtf8() + '\n'));
    QVERIFY(m_server.clearRequests());
}

void tst_ScheduledSync::units_passSystemdAnalyzeVerify()
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed (systemd): the units were not verified");
    // The instances of the connection, as 'systemctl --user enable' would name them.
    QStringList instances;
    for (const QString &suffix : {u".service"_qs, u".timer"_qs}) {
        const QString instance = m_units + u"/scimdesk-sync@"_qs + Instance + suffix;
        QVERIFY(QFile::link(m_units + u"/scimdesk-sync@"_qs + suffix, instance));
        instances.append(instance);
    }
    QTemporaryDir runtime; // a user manager's XDG_RUNTIME_DIR, private
    QVERIFY(QFile::setPermissions(
        runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    process.setProcessEnvironment(env);
    process.start(
        analyze,
        QStringList {QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("--man=no")}
            + instances);
    QVERIFY(process.waitForFinished(60'000));
    const QByteArray said = process.readAllStandardOutput() + process.readAllStandardError();
    // Warnings (an unknown key, a bad value) do not change the exit code: none is wanted.
    QVERIFY2(process.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
}

tst_ScheduledSync::Run tst_ScheduledSync::runService(QFileDevice::Permissions credentialMode)
{
    QTemporaryDir credentials;
    QFile::setPermissions(credentials.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString credential = credentials.filePath(m_unit.credentialId);
    QFile::copy(m_unit.credentialPath, credential);
    QFile::setPermissions(credential, credentialMode);

    QProcessEnvironment extra = readEnvironmentFile(m_unit.environmentFile);
    extra.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
    extra.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
    extra.insert(QStringLiteral("PATH"),
                 QFileInfo(m_binary).absolutePath() + u':' + qEnvironmentVariable("PATH"));
    extra.insert(QStringLiteral("JOURNAL_STREAM"), QString()); // as on a terminal: no "<N>"
    QProcess process;
    process.setProcessEnvironment(Test::cliEnvironment(m_configHome, extra));
    process.start(m_unit.execStart.first(), m_unit.execStart.mid(1));
    if (!process.waitForFinished(240'000))
        qWarning("scimdesk-sync did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray tst_ScheduledSync::hrFile(int leaveOut, const QStringList &hires, QStringList *leavers)
{
    const QJsonObject state = m_server.state();
    const QString owner = state.value(u"ownerId").toString();
    QByteArray csv = "Email\r\n";
    for (const QJsonValue &value : state.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (!user.value(u"active").toBool(true))
            continue;
        const QString name = user.value(u"userName").toString();
        if (leavers->size() < leaveOut && user.value(u"id").toString() != owner)
            leavers->append(name);
        else
            csv += name.toUtf8() + "\r\n";
    }
    for (const QString &hire : hires)
        csv += hire.toUtf8() + "\r\n";
    return csv;
}

int tst_ScheduledSync::changingRequests()
{
    int changing = 0;
    for (const QJsonValue &value : m_server.requests()) {
        const QString method = value.toObject().value(u"method").toString();
        changing += method == u"GET" ? 0 : 1;
    }
    return changing;
}

void tst_ScheduledSync::sync_appliesTheFileAndLogsTheSummary()
{
    QStringList leavers;
    const QString csv = m_home.filePath(QStringLiteral("hr.csv"));
    QVERIFY(writeFile(csv, hrFile(2, {QStringLiteral("new.starter@example.com")}, &leavers)));
    QVERIFY(writeFile(m_unit.environmentFile,
                      "# as in scimdesk-sync.env.example\nSCIMDESK_SYNC_CSV=" + csv.toUtf8()
                          + "\nSCIMDESK_SYNC_PLAN_OPTIONS=\"--match 'userName'\"\n"));

    Run run = runService();
    QVERIFY2(run.exitCode == 0, run.all().constData());
    // The journal gets the run's summary as one line of JSON.
    QJsonObject summary;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.startsWith('{'))
            summary = QJsonDocument::fromJson(line).object().value(u"summary").toObject();
    }
    QVERIFY2(!summary.isEmpty(), run.out.constData());
    QCOMPARE(summary.value(u"applied").toInt(), 3);
    QCOMPARE(summary.value(u"failed").toInt(), 0);
    QVERIFY2(run.out.contains("is in sync with"), run.out.constData());

    int found = 0;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        const QString name = user.value(u"userName").toString();
        if (leavers.contains(name)) {
            QVERIFY2(!user.value(u"active").toBool(true), qPrintable(name));
            ++found;
        } else if (name == u"new.starter@example.com") {
            ++found;
        }
    }
    QCOMPARE(found, 3);

    // Again, with nothing left to do: no change is sent.
    QVERIFY(m_server.clearRequests());
    run = runService();
    QVERIFY2(run.exitCode == 0, run.all().constData());
    QCOMPARE(changingRequests(), 0);
}

void tst_ScheduledSync::sync_overTheThreshold_isRefusedAndSendsNothing()
{
    // 20 leavers: more than the connection's threshold (5).
    QStringList leavers;
    const QString csv = m_home.filePath(QStringLiteral("hr-short.csv"));
    QVERIFY(writeFile(csv, hrFile(20, {}, &leavers)));
    QVERIFY(writeFile(m_unit.environmentFile, "SCIMDESK_SYNC_CSV=" + csv.toUtf8() + '\n'));

    const Run run = runService();
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("--allow-mass-deprovision 20"), run.all().constData());
    const QString plan
        = m_home.filePath(QStringLiteral("state/scimdesk/sync/Lucid_sync.plan.json"));
    QVERIFY2(run.out.contains(QByteArray("scimdesk-cli show " + plan.toUtf8())),
             run.out.constData());
    QVERIFY(QFile::exists(plan)); // kept for a person to review
    QCOMPARE(changingRequests(), 0);
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (leavers.contains(user.value(u"userName").toString()))
            QVERIFY(user.value(u"active").toBool(true));
    }
}

void tst_ScheduledSync::tokenFile_readableByOthers_isRefusedAndSendsNothing()
{
    const QString token = m_server.token();
    const QString file = m_unit.credentialPath;
    const QStringList list {QStringLiteral("users"),        QStringLiteral("list"),
                            QStringLiteral("-c"),           Connection,
                            QStringLiteral("--token-file"), file};
    QVERIFY(QFile::setPermissions(file,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Test::CliResult result = Test::runCli(m_binary, m_configHome, list);
    QCOMPARE(result.exitCode, 4);
    const QByteArray said = result.out + result.err;
    QVERIFY2(said.contains("can be read by other users") && said.contains("chmod 600"),
             said.constData());
    QVERIFY(!said.contains(token.toUtf8()));
    QCOMPARE(m_server.requests().size(), 0);

    // Through the unit: a credential others can read is refused the same way.
    QVERIFY(writeFile(m_unit.environmentFile,
                      "SCIMDESK_SYNC_CSV=" + m_home.filePath(QStringLiteral("any.csv")).toUtf8()
                          + '\n'));
    QVERIFY(writeFile(m_home.filePath(QStringLiteral("any.csv")), "Email\r\nada@example.com\r\n"));
    const Run run = runService(QFileDevice::ReadOwner | QFileDevice::ReadOther);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("can be read by other users"), run.all().constData());
    QVERIFY(!run.all().contains(token.toUtf8()));
    QCOMPARE(m_server.requests().size(), 0);

    // resume without --connection would offer the token to every connection with work left.
    result = Test::runCli(
        m_binary, m_configHome,
        {QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--token-file"), file});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--token-file needs --connection"), result.err.constData());

    // Made private, the same file lets the same command in (the keychain's token is wrong).
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    result = Test::runCli(m_binary, m_configHome, list);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!QByteArray(result.out + result.err).contains(token.toUtf8()));
}

void tst_ScheduledSync::help_documentsTokenFile()
{
    for (const QString &command : {u"plan"_qs, u"apply"_qs, u"resume"_qs, u"revert"_qs}) {
        const Test::CliResult help
            = Test::runCli(m_binary, m_configHome, {command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--token-file <FILE>")
                     && help.out.contains("${CREDENTIALS_DIRECTORY}/scimdesk-token"),
                 qPrintable(command));
    }
}

QTEST_GUILESS_MAIN(tst_ScheduledSync)
#include "tst_scheduledsync.moc"
