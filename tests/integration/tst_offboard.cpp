// Offboarding one person across services: three test services of their own (a Lucid profile, a
// generic one, and one where the person has no account), each with its own token.
#include "CliRunner.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ScimDesk;

namespace {

constexpr int StayerCount = 40;
const QString LucidSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

QJsonObject person(const QString &userName, const QString &email, const QString &given,
                   const QString &family)
{
    return {{QStringLiteral("userName"), userName},
            {QStringLiteral("name"),
             QJsonObject {{QStringLiteral("givenName"), given},
                          {QStringLiteral("familyName"), family}}},
            {QStringLiteral("displayName"), QString(given + u' ' + family)},
            {QStringLiteral("emails"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), email},
                                      {QStringLiteral("type"), QStringLiteral("work")},
                                      {QStringLiteral("primary"), true}}}},
            {QStringLiteral("active"), true}};
}

QJsonObject withLucidLicences(QJsonObject user)
{
    user.insert(LucidSchema,
                QJsonObject {{QStringLiteral("productLicenses"),
                              QJsonObject {{QStringLiteral("Lucidchart"), true},
                                           {QStringLiteral("Lucidspark"), false}}}});
    return user;
}

} // namespace

class tst_Offboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void findThenOffboard_deactivatesWhereThePersonIs();
    void protectedAccount_blocksOnlyItsSection();
    void failingService_failsOnlyItsSection();
    void unsearchableConnection_isSaidAndLeftOut();
    void killedMidApply_resumeFinishesEverySection();

private:
    struct Service
    {
        QString name;
        QString token;
        std::unique_ptr<Test::OwnedServer> owned;
        Test::TestServer &server() { return owned->server(); }
    };
    Test::CliResult cli(const QStringList &arguments, const QByteArray &input = {});
    // Saves `service` as a connection (again), with `extra` options for `connection add`.
    void addConnection(Service &service, const QString &preset, const QStringList &extra = {});
    // Seeds the three services: `leavers` people (ada first) on Lucid and the generic one,
    // others only on the third.
    void seed(int leavers);
    // The users of `service` as it holds them, by userName.
    QHash<QString, QJsonObject> usersOf(Service &service);
    // Writes methods other than GET that `service` received.
    int writesTo(Service &service);

    QString m_binary;
    QTemporaryDir m_config;
    QTemporaryDir m_work;
    Service m_lucid;
    Service m_generic;
    Service m_elsewhere;
};

Test::CliResult tst_Offboard::cli(const QStringList &arguments, const QByteArray &input)
{
    return Test::runCli(m_binary, m_config.path(), arguments, input);
}

void tst_Offboard::addConnection(Service &service, const QString &preset, const QStringList &extra)
{
    cli({QStringLiteral("connection"), QStringLiteral("remove"), service.name});
    const Test::CliResult added
        = cli(QStringList {QStringLiteral("connection"), QStringLiteral("add"), service.name,
                           QStringLiteral("--url"), service.server().baseUrl().toString(),
                           QStringLiteral("--preset"), preset, QStringLiteral("--token-stdin")}
                  + extra,
              service.token.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void tst_Offboard::initTestCase()
{
    m_binary = QStringLiteral(SCIMDESK_CLI_PATH);
    if (qEnvironmentVariableIsEmpty("SCIMDESK_KEYRING_SESSION"))
        QSKIP("needs the Secret Service: run through ctest");
    const auto start = [this](Service &service, const QString &name, const QString &profile) {
        service.name = name;
        service.token = u"token-for-"_qs + name.toLower();
        service.owned = std::make_unique<Test::OwnedServer>(
            QStringList {QStringLiteral("--profile"), profile, QStringLiteral("--users"),
                         QStringLiteral("0"), QStringLiteral("--groups"), QStringLiteral("0"),
                         QStringLiteral("--token"), service.token});
        QVERIFY2(service.owned->isRunning(), qPrintable(service.owned->error()));
        addConnection(service, profile);
    };
    start(m_lucid, QStringLiteral("Lucid"), QStringLiteral("lucid"));
    start(m_generic, QStringLiteral("Wiki"), QStringLiteral("generic"));
    start(m_elsewhere, QStringLiteral("Chat"), QStringLiteral("generic"));
}

void tst_Offboard::init()
{
    for (Service *service : {&m_lucid, &m_generic, &m_elsewhere})
        QVERIFY(service->server().setFaults({}));
}

void tst_Offboard::seed(int leavers)
{
    QJsonArray lucid;
    QJsonArray generic;
    for (int i = 0; i < leavers; ++i) {
        const QString given = i == 0 ? u"Ada"_qs : u"Leaver"_qs;
        const QString family = i == 0 ? u"Lovelace"_qs : QString::number(i);
        const QString email = i == 0 ? u"ada@example.com"_qs : u"leaver%1@example.com"_qs.arg(i);
        // Lucid's userName is the email; the generic service names people its own way.
        lucid.append(withLucidLicences(person(email, email, given, family)));
        generic.append(person(email.section(u'@', 0, 0) + u".wiki"_qs, email, given, family));
    }
    // People staying: Grace, and enough others that one leaver is no mass deprovisioning
    // (the guard's limit is 5 % of the directory).
    const QJsonObject stays
        = person(u"grace@example.com"_qs, u"grace@example.com"_qs, u"Grace"_qs, u"Hopper"_qs);
    QJsonArray stayers {stays};
    for (int i = 1; i < StayerCount; ++i) {
        const QString email = u"stays%1@example.com"_qs.arg(i);
        stayers.append(person(email, email, u"Stays"_qs, QString::number(i)));
    }
    for (const QJsonValue &stayer : std::as_const(stayers)) {
        lucid.append(withLucidLicences(stayer.toObject()));
        generic.append(stayer);
    }
    const auto reset = [](Service &service, const QString &profile, const QJsonArray &users) {
        QVERIFY(service.server().reset({{QStringLiteral("profile"), profile},
                                        {QStringLiteral("users"), 0},
                                        {QStringLiteral("groups"), 0},
                                        {QStringLiteral("seed"),
                                         QJsonObject {{QStringLiteral("users"), users},
                                                      {QStringLiteral("groups"), QJsonArray()}}}}));
        QVERIFY(service.server().clearRequests());
    };
    reset(m_lucid, QStringLiteral("lucid"), lucid);
    reset(m_generic, QStringLiteral("generic"), generic);
    reset(m_elsewhere, QStringLiteral("generic"), stayers);
}

QHash<QString, QJsonObject> tst_Offboard::usersOf(Service &service)
{
    QHash<QString, QJsonObject> users;
    for (const QJsonValue &value : service.server().state().value(u"users").toArray())
        users.insert(value.toObject().value(u"userName").toString(), value.toObject());
    return users;
}

int tst_Offboard::writesTo(Service &service)
{
    int writes = 0;
    for (const QJsonValue &value : service.server().requests()) {
        if (value.toObject().value(u"method").toString() != u"GET")
            ++writes;
    }
    return writes;
}

void tst_Offboard::findThenOffboard_deactivatesWhereThePersonIs()
{
    seed(1);
    // find: one row per connection, found or not, with the account's state and licences.
    const Test::CliResult found = cli(
        {QStringLiteral("find"), QStringLiteral("ada@example.com"), QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, found.out.constData());
    QHash<QString, QJsonObject> byConnection;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(found.out).object().value(u"connections").toArray())
        byConnection.insert(value.toObject().value(u"name").toString(), value.toObject());
    QCOMPARE(byConnection.size(), 3);
    QVERIFY(byConnection.value(u"Lucid"_qs).value(u"found").toBool());
    QVERIFY(byConnection.value(u"Lucid"_qs).value(u"active").toBool());
    QCOMPARE(byConnection.value(u"Lucid"_qs).value(u"licences").toArray(),
             QJsonArray {QStringLiteral("Lucidchart")});
    // Found on the generic service by the email, under its own userName.
    QCOMPARE(byConnection.value(u"Wiki"_qs).value(u"userName").toString(), u"ada.wiki"_qs);
    QVERIFY(!byConnection.value(u"Chat"_qs).value(u"found").toBool());
    QVERIFY(byConnection.value(u"Chat"_qs).value(u"searched").toBool());
    const Test::CliResult table = cli({QStringLiteral("find"), QStringLiteral("ada@example.com")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("not found") && table.out.contains("Lucidchart"),
             table.out.constData());

    // offboard: a section for each service that knows her, nothing for the third.
    const QString plan = m_work.filePath(QStringLiteral("offboard-ada.json"));
    const Test::CliResult planned
        = cli({QStringLiteral("offboard"), QStringLiteral("ada@example.com"),
               QStringLiteral("--all-connections"), QStringLiteral("-o"), plan,
               QStringLiteral("--json")});
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    const QJsonObject summary
        = QJsonDocument::fromJson(planned.out).object().value(u"summary").toObject();
    QCOMPARE(summary.value(u"connections").toInt(), 2);
    QCOMPARE(summary.value(u"deactivate").toInt(), 2);
    QCOMPARE(summary.value(u"delete").toInt(), 0);
    QCOMPARE(summary.value(u"notFound").toInt(), 1);

    // show: both sections, with Lucid's licence consequence, and who is not where.
    const Test::CliResult shown = cli({QStringLiteral("show"), plan});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("Section 1 of 2") && shown.out.contains("Section 2 of 2"),
             shown.out.constData());
    QVERIFY2(shown.out.contains("Not on Chat"), shown.out.constData());
    QVERIFY2(shown.out.contains("lose their licences") || shown.out.contains("Lucidchart"),
             shown.out.constData());
    QCOMPARE(writesTo(m_lucid) + writesTo(m_generic) + writesTo(m_elsewhere), 0);

    // --concurrency is checked for a plan with sections too (it was ignored), then applies to
    // each section's connection.
    const Test::CliResult zero = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes"),
                                      QStringLiteral("--concurrency"), QStringLiteral("0")});
    QCOMPARE(zero.exitCode, 2);
    QCOMPARE(writesTo(m_lucid) + writesTo(m_generic) + writesTo(m_elsewhere), 0);
    const Test::CliResult applied
        = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes"), QStringLiteral("--json"),
               QStringLiteral("--concurrency"), QStringLiteral("1")});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const QJsonObject outcome = QJsonDocument::fromJson(applied.out).object();
    QCOMPARE(outcome.value(u"summary").toObject().value(u"applied").toInt(), 2);
    for (const QJsonValue &section : outcome.value(u"connections").toArray())
        QVERIFY(!section.toObject().value(u"run").toString().isEmpty());
    QVERIFY(!usersOf(m_lucid).value(u"ada@example.com"_qs).value(u"active").toBool(true));
    QVERIFY(!usersOf(m_generic).value(u"ada.wiki"_qs).value(u"active").toBool(true));
    QVERIFY(usersOf(m_generic).value(u"grace@example.com"_qs).value(u"active").toBool());
    QCOMPARE(writesTo(m_elsewhere), 0);

    // Offboarding her again finds nothing to do: no plan is written (one without sections
    // could be neither shown nor applied), and the exit code is 0.
    const QString again = m_work.filePath(QStringLiteral("offboard-ada-again.json"));
    const Test::CliResult nothing
        = cli({QStringLiteral("offboard"), QStringLiteral("ada@example.com"),
               QStringLiteral("--all-connections"), QStringLiteral("-o"), again});
    QVERIFY2(nothing.exitCode == 0, nothing.err.constData());
    QVERIFY2(nothing.err.contains("Nothing to offboard"), nothing.err.constData());
    QVERIFY(!nothing.out.contains("Plan written"));
    QVERIFY(!QFile::exists(again));

    // Each connection recorded its own run, which reverts on its own.
    const Test::CliResult runs
        = cli({QStringLiteral("audit"), QStringLiteral("-c"), QStringLiteral("Wiki"),
               QStringLiteral("--runs"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(runs.exitCode, 0);
    const QJsonArray wikiRuns = QJsonDocument::fromJson(runs.out).array();
    QCOMPARE(wikiRuns.size(), 1);
    const QString revertPlan = m_work.filePath(QStringLiteral("revert-wiki.json"));
    QCOMPARE(cli({QStringLiteral("revert"), QStringLiteral("-c"), QStringLiteral("Wiki"),
                  QStringLiteral("--last"), QStringLiteral("-o"), revertPlan})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("apply"), revertPlan, QStringLiteral("--yes")}).exitCode, 0);
    QVERIFY(usersOf(m_generic).value(u"ada.wiki"_qs).value(u"active").toBool());
    QVERIFY(!usersOf(m_lucid).value(u"ada@example.com"_qs).value(u"active").toBool(true));
}

void tst_Offboard::protectedAccount_blocksOnlyItsSection()
{
    seed(1);
    const QString plan = m_work.filePath(QStringLiteral("protected.json"));
    QCOMPARE(cli({QStringLiteral("offboard"), QStringLiteral("ada@example.com"),
                  QStringLiteral("--connections"), QStringLiteral("Lucid,Wiki"),
                  QStringLiteral("-o"), plan})
                 .exitCode,
             0);
    addConnection(m_generic, QStringLiteral("generic"),
                  {QStringLiteral("--protect"), QStringLiteral("ada.wiki")});
    const Test::CliResult applied = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes")});
    QCOMPARE(applied.exitCode, 1);
    QVERIFY2(applied.out.contains("Wiki: refused"), applied.out.constData());
    QVERIFY(!usersOf(m_lucid).value(u"ada@example.com"_qs).value(u"active").toBool(true));
    QVERIFY(usersOf(m_generic).value(u"ada.wiki"_qs).value(u"active").toBool());
    QCOMPARE(writesTo(m_generic), 0);
    addConnection(m_generic, QStringLiteral("generic"));
}

void tst_Offboard::failingService_failsOnlyItsSection()
{
    seed(1);
    const QString plan = m_work.filePath(QStringLiteral("failing.json"));
    QCOMPARE(cli({QStringLiteral("offboard"), QStringLiteral("ada@example.com"),
                  QStringLiteral("--all-connections"), QStringLiteral("-o"), plan})
                 .exitCode,
             0);
    QVERIFY(m_generic.server().setFaults({{QStringLiteral("error500Rate"), 1}}));
    const Test::CliResult applied
        = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(applied.exitCode, 1);
    const QJsonArray sections
        = QJsonDocument::fromJson(applied.out).object().value(u"connections").toArray();
    QCOMPARE(sections.size(), 2);
    for (const QJsonValue &value : sections) {
        const QJsonObject section = value.toObject();
        if (section.value(u"name").toString() == u"Lucid")
            QCOMPARE(section.value(u"summary").toObject().value(u"applied").toInt(), 1);
        else
            QVERIFY2(section.value(u"state").toString() == u"unavailable"
                         || section.value(u"summary").toObject().value(u"failed").toInt() == 1,
                     QJsonDocument(section).toJson().constData());
    }
    QVERIFY(!usersOf(m_lucid).value(u"ada@example.com"_qs).value(u"active").toBool(true));
    QVERIFY(m_generic.server().setFaults({}));
    QVERIFY(usersOf(m_generic).value(u"ada.wiki"_qs).value(u"active").toBool());
    // A service answering again takes the same plan: the Lucid section has nothing left to do.
    QVERIFY(cli({QStringLiteral("apply"), plan, QStringLiteral("--yes")}).exitCode <= 1);
    QVERIFY(!usersOf(m_generic).value(u"ada.wiki"_qs).value(u"active").toBool(true));
}

void tst_Offboard::unsearchableConnection_isSaidAndLeftOut()
{
    seed(1);
    const QString right = m_elsewhere.token;
    m_elsewhere.token = QStringLiteral("a-token-the-service-rejects");
    addConnection(m_elsewhere, QStringLiteral("generic"));
    m_elsewhere.token = right;

    const Test::CliResult found = cli({QStringLiteral("find"), QStringLiteral("ada@example.com")});
    QCOMPARE(found.exitCode, 4);
    QVERIFY2(found.out.contains("not searched"), found.out.constData());
    QVERIFY2(found.err.contains("Chat could not be searched") && found.err.contains("401"),
             found.err.constData());
    QVERIFY2(found.out.contains("Lucidchart"), found.out.constData()); // the others answered

    const QString plan = m_work.filePath(QStringLiteral("unsearched.json"));
    const Test::CliResult planned
        = cli({QStringLiteral("offboard"), QStringLiteral("ada@example.com"),
               QStringLiteral("--all-connections"), QStringLiteral("-o"), plan});
    QCOMPARE(planned.exitCode, 4);
    QVERIFY2(planned.err.contains("Not every connection could be searched"),
             planned.err.constData());
    const Test::CliResult shown = cli({QStringLiteral("show"), plan});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("Not searched, so not in this plan: Chat"), shown.out.constData());
    QVERIFY2(shown.out.contains("Section 2 of 2"), shown.out.constData());
    addConnection(m_elsewhere, QStringLiteral("generic"));
}

void tst_Offboard::killedMidApply_resumeFinishesEverySection()
{
    constexpr int Leavers = 16;
    seed(Leavers);
    QString csv = u"email\n"_qs;
    csv += u"ada@example.com\n"_qs;
    for (int i = 1; i < Leavers; ++i)
        csv += u"leaver%1@example.com\n"_qs.arg(i);
    const QString leavers = m_work.filePath(QStringLiteral("leavers.csv"));
    {
        QFile file(leavers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
    }
    const QString plan = m_work.filePath(QStringLiteral("leavers.json"));
    const Test::CliResult planned
        = cli({QStringLiteral("offboard"), QStringLiteral("--csv"), leavers,
               QStringLiteral("--connections"), QStringLiteral("Lucid,Wiki"), QStringLiteral("-o"),
               plan, QStringLiteral("--json")});
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    QCOMPARE(QJsonDocument::fromJson(planned.out)
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"deactivate")
                 .toInt(),
             2 * Leavers);

    // Mass deprovisioning is confirmed per connection.
    const Test::CliResult unconfirmed
        = cli({QStringLiteral("apply"), plan, QStringLiteral("--yes")});
    QCOMPARE(unconfirmed.exitCode, 3);
    QVERIFY2(unconfirmed.out.contains("--allow-mass-deprovision 16"), unconfirmed.out.constData());
    QCOMPARE(writesTo(m_lucid) + writesTo(m_generic), 0);

    for (Service *service : {&m_lucid, &m_generic})
        QVERIFY(service->server().setFaults({{QStringLiteral("latencyMs"), 250}}));
    QProcess apply;
    apply.setProcessEnvironment(Test::cliEnvironment(m_config.path()));
    apply.start(m_binary,
                {QStringLiteral("apply"), plan, QStringLiteral("--yes"),
                 QStringLiteral("--allow-mass-deprovision"), QString::number(Leavers)});
    QTRY_VERIFY_WITH_TIMEOUT(writesTo(m_lucid) >= 2 && writesTo(m_generic) >= 2, 60'000);
    apply.kill();
    apply.waitForFinished();
    for (Service *service : {&m_lucid, &m_generic})
        QVERIFY(service->server().setFaults({}));

    const Test::CliResult resumed
        = cli({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    // One JSON document for both connections resumed (it was one per connection, back to back).
    QJsonParseError parseError;
    const QJsonObject outcome = QJsonDocument::fromJson(resumed.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, resumed.out.constData());
    QCOMPARE(outcome.value(u"summary").toObject().value(u"connections").toInt(), 2);
    QCOMPARE(outcome.value(u"summary").toObject().value(u"failed").toInt(), 0);
    QStringList resumedNames;
    for (const QJsonValue &connection : outcome.value(u"connections").toArray())
        resumedNames.append(connection.toObject().value(u"name").toString());
    resumedNames.sort();
    QStringList serviceNames {m_lucid.name, m_generic.name};
    serviceNames.sort();
    QCOMPARE(resumedNames, serviceNames);
    for (Service *service : {&m_lucid, &m_generic}) {
        int active = 0;
        for (const QJsonObject &user : usersOf(*service))
            active += user.value(u"active").toBool(true);
        QCOMPARE(active, StayerCount);
        // One audit record per change, however the crash split the section's apply.
        const Test::CliResult audit
            = cli({QStringLiteral("audit"), QStringLiteral("-c"), service->name,
                   QStringLiteral("--format"), QStringLiteral("json")});
        QSet<QString> changes;
        int records = 0;
        for (const QJsonValue &value : QJsonDocument::fromJson(audit.out).array()) {
            const QJsonObject record = value.toObject();
            if (!record.value(u"planSource").toString().contains(u"leavers.csv"))
                continue; // an earlier test's run
            changes.insert(record.value(u"changeId").toString());
            ++records;
        }
        QCOMPARE(changes.size(), Leavers);
        QCOMPARE(records, Leavers);
    }
}

QTEST_GUILESS_MAIN(tst_Offboard)
#include "tst_offboard.moc"
