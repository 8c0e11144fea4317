#include "TestServer.h"
#include "audit/AuditLog.h"
#include "changes/ApplyEngine.h"
#include "changes/ImportPlanner.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "csv/CsvReader.h"
#include "directory/GroupModels.h"
#include "directory/UserStore.h"
#include "scim/Patch.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

namespace {
const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
}

// The apply engine against the SCIMMY service: what the service holds afterwards is what the
// plan meant, through faults, conflicts and a service that ignores licence changes.
class tst_ApplyEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void plan_isApplied_andVerified();
    void orgGroups_licenceChangeIsNotApplied();
    void faults_endInTheIntendedState_noDuplicates();
    void staleVersion_isAConflict();
    void cancel_sendsNothingMore();
    void readBack_listsPagesWhenCheaper();
    void journalInUse_sendsNothing();
    void importedEmail_keepsTheOtherAddresses();

private:
    struct Run
    {
        ApplyEngine::Summary summary;
        QList<ChangeResult> results;
    };
    Run apply(const Plan &plan, int concurrency = 4, AuditLog *audit = nullptr,
              bool cancelEarly = false);
    ServiceCapabilities discover();
    ConnectionProfile profile() const;
    QJsonObject userState(const QString &id);

    Test::TestServer m_server;
    ScimClient m_client;
    QTemporaryDir m_dir;
};

void tst_ApplyEngine::initTestCase()
{
    QString error;
    m_server = Test::TestServer::fromEnvironment(&error);
    if (!error.isEmpty())
        QSKIP(qPrintable(error));
    m_client.setBaseUrl(m_server.baseUrl());
    m_client.setToken(m_server.token());
}

void tst_ApplyEngine::cleanup()
{
    m_server.setFaults({});
}

ConnectionProfile tst_ApplyEngine::profile() const
{
    ConnectionProfile p = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    p.name = QStringLiteral("Test");
    p.baseUrl = m_server.baseUrl();
    return p;
}

ServiceCapabilities tst_ApplyEngine::discover()
{
    ServiceDiscovery discovery(&m_client, Preset::byId(QStringLiteral("lucid")));
    return discovery.run().capabilities;
}

QJsonObject tst_ApplyEngine::userState(const QString &id)
{
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        if (user.toObject().value(u"id").toString() == id)
            return user.toObject();
    }
    return {};
}

tst_ApplyEngine::Run tst_ApplyEngine::apply(const Plan &plan, int concurrency, AuditLog *audit,
                                            bool cancelEarly)
{
    ApplyEngine::Options options;
    options.concurrency = concurrency;
    options.baseDelayMs = 20;
    options.maxAttempts = 8;
    options.audit = audit;
    options.journalPath = m_dir.filePath(
        QStringLiteral("journal-%1.jsonl").arg(QDateTime::currentMSecsSinceEpoch()));
    ApplyEngine engine(&m_client, discover(), plan, options);
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    if (cancelEarly) {
        connect(&engine, &ApplyEngine::progress, &engine, [&engine] { engine.cancel(); });
    }
    engine.start();
    if (!finished.wait(120'000))
        qWarning("apply did not finish");
    return {engine.summary(), engine.results()};
}

void tst_ApplyEngine::plan_isApplied_andVerified()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 40},
                            {QStringLiteral("groups"), 3}}));
    const QJsonObject state = m_server.state();
    const QJsonArray users = state.value(u"users").toArray();
    const QString owner = state.value(u"ownerId").toString();
    PlanBuilder builder(profile(), discover());
    QList<QString> deactivated;
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        if (deactivated.size() < 5 && user.value(u"active").toBool(true)
            && user.value(u"id").toString() != owner) {
            builder.deactivate(user);
            deactivated.append(user.value(u"id").toString());
        }
    }
    QJsonObject grantee;
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        if (user.value(u"active").toBool(true)
            && !deactivated.contains(user.value(u"id").toString())
            && !user.value(Lucid)
                    .toObject()
                    .value(u"productLicenses")
                    .toObject()
                    .value(u"Lucidspark")
                    .toBool()) {
            grantee = user;
            break;
        }
    }
    QVERIFY(!grantee.isEmpty());
    builder.setLicence(grantee, QStringLiteral("Lucidspark"), true);
    const QString created = builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("new.hire@example.com")},
                     {QStringLiteral("active"), true}});
    const QJsonObject group = state.value(u"groups").toArray().first().toObject();
    builder.addToGroup(group, created, QStringLiteral("new.hire@example.com"));

    QTemporaryDir auditDir;
    AuditLog audit(QStringLiteral("test"), auditDir.path());
    const Run run = apply(builder.plan(), 4, &audit);
    QCOMPARE(run.summary.applied, 8);
    QCOMPARE(run.summary.failed, 0);
    QCOMPARE(run.summary.notApplied, 0);

    for (const QString &id : std::as_const(deactivated))
        QCOMPARE(userState(id).value(u"active").toBool(), false);
    QVERIFY(userState(grantee.value(u"id").toString())
                .value(Lucid)
                .toObject()
                .value(u"productLicenses")
                .toObject()
                .value(u"Lucidspark")
                .toBool());
    QString newId;
    for (const ChangeResult &result : run.results)
        newId = result.createdId.isEmpty() ? newId : result.createdId;
    QVERIFY(!newId.isEmpty());
    bool member = false;
    for (const QJsonValue &g : m_server.state().value(u"groups").toArray()) {
        if (g.toObject().value(u"id") == group.value(u"id")) {
            for (const QJsonValue &m : g.toObject().value(u"members").toArray())
                member = member || m.toObject().value(u"value").toString() == newId;
        }
    }
    QVERIFY(member);

    const QList<QJsonObject> records = audit.records();
    QCOMPARE(records.size(), 8);
    QCOMPARE(records.first().value(u"outcome").toString(), QStringLiteral("applied"));
    QVERIFY(records.first().value(u"request").toString().startsWith(u"POST")
            || records.first().value(u"request").toString().startsWith(u"PATCH"));
    QVERIFY(!records.first().contains(u"token"));
}

void tst_ApplyEngine::orgGroups_licenceChangeIsNotApplied()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 20},
                            {QStringLiteral("orgGroups"), true}}));
    QJsonObject target;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (user.value(u"active").toBool(true)
            && !user.value(Lucid)
                    .toObject()
                    .value(u"productLicenses")
                    .toObject()
                    .value(u"Lucidspark")
                    .toBool()) {
            target = user;
            break;
        }
    }
    PlanBuilder builder(profile(), discover());
    builder.setLicence(target, QStringLiteral("Lucidspark"), true);
    const Run run = apply(builder.plan());
    QCOMPARE(run.summary.applied, 0);
    QCOMPARE(run.summary.notApplied, 1);
    QVERIFY2(run.results.first().message.contains(u"not applied by the service"),
             qPrintable(run.results.first().message));
    QVERIFY(run.results.first().message.contains(u"Lucidspark"));
}

void tst_ApplyEngine::faults_endInTheIntendedState_noDuplicates()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 300},
                            {QStringLiteral("groups"), 0}}));
    const QJsonObject state = m_server.state();
    const QString owner = state.value(u"ownerId").toString();
    PlanBuilder builder(profile(), discover());
    QHash<QString, bool> intendedActive;
    int n = 0;
    for (const QJsonValue &value : state.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        const QString id = user.value(u"id").toString();
        if (id == owner)
            continue;
        const bool active = user.value(u"active").toBool(true);
        if (n++ % 2 == 0) {
            active ? builder.deactivate(user) : builder.reactivate(user);
            intendedActive.insert(id, !active);
        }
    }
    QStringList createdNames;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("created.%1@example.com").arg(i);
        builder.createUser(
            QJsonObject {{QStringLiteral("userName"), name}, {QStringLiteral("active"), true}});
        createdNames.append(name);
    }
    const Plan plan = builder.plan();
    QVERIFY(plan.changes.size() > 150);

    QVERIFY(m_server.setFaults({{QStringLiteral("error500Rate"), 0.10},
                                {QStringLiteral("error429Rate"), 0.05},
                                {QStringLiteral("retryAfterSeconds"), 1},
                                {QStringLiteral("resetRate"), 0.02},
                                {QStringLiteral("resetAfterRate"), 0.02},
                                {QStringLiteral("randomSeed"), 11}}));
    const Run run = apply(plan, 6);
    QVERIFY(m_server.setFaults({}));
    QCOMPARE(run.summary.failed, 0);
    QCOMPARE(run.summary.notApplied, 0);
    QCOMPARE(run.summary.applied, int(plan.changes.size()));

    const QJsonObject after = m_server.state();
    for (const QJsonValue &value : after.value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        const QString id = user.value(u"id").toString();
        if (intendedActive.contains(id))
            QCOMPARE(user.value(u"active").toBool(true), intendedActive.value(id));
    }
    for (const QString &name : std::as_const(createdNames)) {
        int copies = 0;
        for (const QJsonValue &value : after.value(u"users").toArray())
            copies += value.toObject().value(u"userName").toString() == name ? 1 : 0;
        QCOMPARE(copies, 1);
    }
    int faulted = 0;
    for (const QJsonValue &request : m_server.requests())
        faulted += request.toObject().value(u"faulted").isString() ? 1 : 0;
    QVERIFY(faulted > 10);
}

void tst_ApplyEngine::staleVersion_isAConflict()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 5}}));
    const QJsonObject user = m_server.state().value(u"users").toArray().at(2).toObject();
    PlanBuilder builder(profile(), discover());
    builder.deactivate(user);
    const Plan plan = builder.plan();
    // Someone changes the user after the plan was made.
    ScimRequest touch;
    touch.method = "PATCH";
    touch.path = "/Users/" + user.value(u"id").toString().toUtf8();
    touch.body
        = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"title","value":"Changed"}]})";
    bool done = false;
    m_client.send(touch, this, [&](const ScimResponse &) { done = true; });
    QTRY_VERIFY(done);

    const Run run = apply(plan);
    QCOMPARE(run.results.first().outcome, ChangeResult::Outcome::Conflict);
    QVERIFY(run.results.first().message.contains(u"review it again"));
    QVERIFY(userState(user.value(u"id").toString()).value(u"active").toBool(true));
}

void tst_ApplyEngine::cancel_sendsNothingMore()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 60}}));
    const QString owner = m_server.state().value(u"ownerId").toString();
    PlanBuilder builder(profile(), discover());
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        if (value.toObject().value(u"id").toString() != owner
            && value.toObject().value(u"active").toBool(true))
            builder.deactivate(value.toObject());
    }
    QVERIFY(m_server.setFaults({{QStringLiteral("latencyMs"), 100}}));
    QVERIFY(m_server.clearRequests());
    const Run run = apply(builder.plan(), 2, nullptr, true);
    QVERIFY(run.summary.skipped > 40);
    QVERIFY(run.summary.applied <= 4);
    int patches = 0;
    for (const QJsonValue &request : m_server.requests())
        patches += request.toObject().value(u"method").toString() == u"PATCH" ? 1 : 0;
    QCOMPARE(patches, run.summary.applied);
}

void tst_ApplyEngine::readBack_listsPagesWhenCheaper()
{
    // 250 changes; the service answers the first 100 with a bare 204 (and makes nothing), so
    // those must be read back. Three pages of 100 cost less than 100 GETs.
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                            {QStringLiteral("users"), 300},
                            {QStringLiteral("groups"), 0}}));
    const QJsonArray users = m_server.state().value(u"users").toArray();
    ConnectionProfile generic = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    generic.name = QStringLiteral("Generic");
    generic.baseUrl = m_server.baseUrl();
    ServiceDiscovery discovery(&m_client, Preset::byId(QStringLiteral("generic")));
    const ServiceCapabilities caps = discovery.run().capabilities;
    PlanBuilder builder(generic, caps);
    for (int i = 0; i < 250; ++i)
        builder.updateUser(users.at(i).toObject(),
                           QJsonObject {{QStringLiteral("title"), QStringLiteral("Verified")}});
    QJsonArray script;
    for (int i = 0; i < 100; ++i)
        script.append(QJsonObject {{QStringLiteral("match"), QStringLiteral("PATCH /Users")},
                                   {QStringLiteral("status"), 204}});
    QVERIFY(m_server.setFaults({{QStringLiteral("script"), script}}));
    QVERIFY(m_server.clearRequests());

    ApplyEngine::Options options;
    options.concurrency = 4;
    ApplyEngine engine(&m_client, caps, builder.plan(), options);
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(engine.summary().applied, 150);
    QCOMPARE(engine.summary().notApplied, 100); // read back: the title did not change
    int listReads = 0;
    int singleReads = 0;
    for (const QJsonValue &value : m_server.requests()) {
        const QJsonObject request = value.toObject();
        if (request.value(u"method").toString() != u"GET")
            continue;
        if (request.value(u"path").toString().endsWith(u"/Users"))
            ++listReads;
        else
            ++singleReads;
    }
    QCOMPARE(singleReads, 0); // the pages show every title: made or not, they settle it
    QVERIFY2(listReads <= 6, qPrintable(QString::number(listReads))); // a count, then the pages
}

void tst_ApplyEngine::journalInUse_sendsNothing()
{
    // Another program holds the journal: this apply must not run alongside it.
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 5}}));
    PlanBuilder builder(profile(), discover());
    builder.deactivate(m_server.state().value(u"users").toArray().at(1).toObject());
    const QString journal = m_dir.filePath(QStringLiteral("busy.jsonl"));
    QLockFile other(journal + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    QVERIFY(ApplyJournal::isInUse(journal));
    ApplyEngine::Options options;
    options.journalPath = journal;
    ApplyEngine engine(&m_client, discover(), builder.plan(), options);
    QVERIFY(m_server.clearRequests());
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(engine.summary().skipped, 1);
    QVERIFY(engine.results().first().message.contains(u"another"));
    QCOMPARE(m_server.requests().size(), 0);
    other.unlock();
    QVERIFY(!ApplyJournal::isInUse(journal));
}

void tst_ApplyEngine::importedEmail_keepsTheOtherAddresses()
{
    // HR moves someone to a new work address. The user also has a home address on the service:
    // the import changes the work one by its value path and leaves the home one alone.
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 5},
                            {QStringLiteral("groups"), 1}}));
    const QJsonObject seeded = m_server.state().value(u"users").toArray().at(2).toObject();
    const QString id = seeded.value(u"id").toString();
    ScimRequest addHome;
    addHome.method = "PATCH";
    addHome.path = "/Users/" + id.toUtf8();
    addHome.body
        = QJsonDocument(
              Patch::message({{Patch::Operation::Op::Add, QStringLiteral("emails"),
                               QJsonArray {QJsonObject {
                                   {QStringLiteral("value"), QStringLiteral("home@example.net")},
                                   {QStringLiteral("type"), QStringLiteral("home")}}}}}))
              .toJson();
    QJsonObject user;
    m_client.send(addHome, this, [&user](const ScimResponse &response) { user = response.json; });
    QTRY_VERIFY_WITH_TIMEOUT(!user.isEmpty(), 10'000);
    QCOMPARE(user.value(u"emails").toArray().size(), 2);

    const ServiceCapabilities caps = discover();
    UserStore users {LicenceCatalog {caps.licenceSchema, caps.licenceNames}};
    users.addPage({user});
    const CsvTable table
        = CsvReader::read("userName,Work Email\n" + user.value(u"userName").toString().toUtf8()
                          + ",moved@example.com\n");
    const ImportPlanner::Result planned
        = ImportPlanner(profile(), caps)
              .plan(table, ImportMapping::automatic(table.header, caps), {}, users, {});
    QCOMPARE(planned.update, 1);
    const Change &change = planned.plan.changes.first();
    QCOMPARE(change.attributes().size(), 1);
    QCOMPARE(change.attributes().first().path, QString::fromUtf16(Patch::WorkEmailPath));
    QCOMPARE(change.attributes().first().before, user.value(u"userName"));
    QCOMPARE(change.attributes().first().after, QJsonValue(QStringLiteral("moved@example.com")));

    const Run run = apply(planned.plan);
    QCOMPARE(run.summary.applied, 1);
    QCOMPARE(run.summary.notApplied, 0);
    QStringList addresses;
    for (const QJsonValue &email : userState(id).value(u"emails").toArray())
        addresses << email.toObject().value(u"type").toString() + u'='
                + email.toObject().value(u"value").toString();
    addresses.sort();
    QCOMPARE(addresses,
             (QStringList {QStringLiteral("home=home@example.net"),
                           QStringLiteral("work=moved@example.com")}));
}

QTEST_GUILESS_MAIN(tst_ApplyEngine)
#include "tst_applyengine.moc"
