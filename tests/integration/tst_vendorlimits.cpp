#include "TestServer.h"
#include "changes/ApplyEngine.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

// The engine against the test service's vendor profiles, which answer 429 like the vendor once a
// published ceiling is passed: plans big enough to pass each ceiling are applied and verified
// with no 429 at all, because every request waits for room first. The windows are shortened on
// both sides (the service's --time-scale, ScimDesk's SCIMDESK_TEST_TIME_SCALE) so that an hour
// of GitHub's limit lasts seconds.
class tst_VendorLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_staysUnderTheCeiling_data();
    void apply_staysUnderTheCeiling();
    void withoutPacing_theServiceRefuses();

private:
    static QJsonObject ruleNamed(const QJsonObject &limits, const QString &name);
};

QJsonObject tst_VendorLimits::ruleNamed(const QJsonObject &limits, const QString &name)
{
    for (const QJsonValue &rule : limits.value(u"rules").toArray()) {
        if (rule.toObject().value(u"name").toString() == name)
            return rule.toObject();
    }
    return {};
}

void tst_VendorLimits::apply_staysUnderTheCeiling_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("timeScale");
    QTest::addColumn<int>("creates");
    QTest::addColumn<int>("deactivations");
    QTest::addColumn<int>("deletes");
    QTest::addColumn<int>("memberships"); // one user added to each of this many groups
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<QString>("ceiling"); // a rule the plan passes; "" for the cap at once
    QTest::addColumn<int>("latencyMs"); // how long the service takes to answer

    // Slack: 180 creates a minute, 20 at once.
    QTest::newRow("slack") << "slack"
                           << "0.01" << 200 << 20 << 0 << 0 << 2 << "writes per endpoint" << 0;
    // Zoom (older plans): one request a second.
    QTest::newRow("zoom") << "zoom"
                          << "0.01" << 25 << 10 << 5 << 0 << 4 << "requests" << 0;
    // GitHub: 1,000 users created an hour; an hour lasts 3.6 s.
    QTest::newRow("github-emu") << "github-emu"
                                << "0.001" << 1010 << 0 << 0 << 0 << 4 << "users created" << 0;
    // Miro, per 30 s: 200 creates, 100 updates, 20 deletions, 5 reads of groups.
    QTest::newRow("miro") << "miro"
                          << "0.01" << 210 << 105 << 25 << 8 << 4 << "updates" << 0;
    // Databricks: 4 requests at once, though the connection asks for 8.
    QTest::newRow("databricks") << "databricks"
                                << "1" << 150 << 20 << 10 << 0 << 8 << "" << 20;
}

void tst_VendorLimits::apply_staysUnderTheCeiling()
{
    QFETCH(QString, preset);
    QFETCH(QString, timeScale);
    QFETCH(int, creates);
    QFETCH(int, deactivations);
    QFETCH(int, deletes);
    QFETCH(int, memberships);
    QFETCH(int, concurrency);
    QFETCH(QString, ceiling);
    QFETCH(int, latencyMs);

    const int seeded = 2 * (deactivations + deletes) + 5;
    Test::OwnedServer owned({QStringLiteral("--profile"), preset, QStringLiteral("--time-scale"),
                             timeScale, QStringLiteral("--users"), QString::number(seeded),
                             QStringLiteral("--groups"), QStringLiteral("8")});
    QVERIFY2(owned.isRunning(), qPrintable(owned.error()));
    Test::TestServer &server = owned.server();
    if (latencyMs > 0)
        QVERIFY(server.setFaults({{QStringLiteral("latencyMs"), latencyMs}}));

    qputenv("SCIMDESK_TEST_TIME_SCALE", timeScale.toLatin1());
    ScimClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(server.token());
    client.setRateLimits(RateLimits::forConnection(preset, server.baseUrl()));
    QCOMPARE(client.rateLimits().timeScale, timeScale.toDouble());

    ConnectionProfile profile = ConnectionProfile::fromPreset(preset);
    profile.name = preset;
    profile.baseUrl = server.baseUrl();
    ServiceDiscovery discovery(&client, Preset::byId(preset));
    const ConnectionReport report = discovery.run();
    QVERIFY2(report.ok(), qPrintable(report.error.message()));

    const QJsonObject state = server.state();
    const QJsonArray users = state.value(u"users").toArray();
    const QJsonArray groups = state.value(u"groups").toArray();
    PlanBuilder builder(profile, report.capabilities);
    QList<QJsonObject> active;
    for (const QJsonValue &user : users) {
        if (user.toObject().value(u"active").toBool(true))
            active.append(user.toObject());
    }
    QVERIFY(active.size() > deactivations + deletes);
    for (int i = 0; i < deactivations; ++i)
        builder.deactivate(active.at(i));
    for (int i = deactivations; i < deactivations + deletes; ++i)
        builder.deleteUser(active.at(i));
    const QJsonObject member = active.last();
    for (int i = 0; i < memberships; ++i)
        builder.addToGroup(groups.at(i).toObject(), member.value(u"id").toString(),
                           member.value(u"userName").toString());
    for (int i = 0; i < creates; ++i)
        builder.createUser(
            {{QStringLiteral("userName"), QStringLiteral("new%1@example.com").arg(i)},
             {QStringLiteral("active"), true}});
    const Plan plan = builder.plan();
    QVERIFY(plan.changes.size() >= creates + deactivations + deletes);

    ApplyEngine::Options options;
    options.concurrency = concurrency;
    QTemporaryDir dir;
    options.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
    ApplyEngine engine(&client, report.capabilities, plan, options);
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QVERIFY(finished.wait(240'000));

    const ApplyEngine::Summary summary = engine.summary();
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.notApplied, 0);
    QCOMPARE(summary.applied, int(plan.changes.size())); // each one applied and read back
    const QJsonObject after = server.state();
    QCOMPARE(after.value(u"userCount").toInt(), seeded + creates - deletes);

    const QJsonObject limits = server.limits();
    QCOMPARE(limits.value(u"profile").toString(), preset);
    QCOMPARE(limits.value(u"rejected").toInt(-1), 0); // not one 429
    if (ceiling.isEmpty()) {
        QCOMPARE(limits.value(u"concurrency").toObject().value(u"peak").toInt(), 4);
    } else {
        // The plan needed more than one window allows: the pacing is what kept it under.
        const QJsonObject rule = ruleNamed(limits, ceiling);
        QVERIFY2(rule.value(u"requests").toInt() > rule.value(u"count").toInt(),
                 qPrintable(QStringLiteral("%1: %2 requests")
                                .arg(ceiling)
                                .arg(rule.value(u"requests").toInt())));
    }
    qunsetenv("SCIMDESK_TEST_TIME_SCALE");
}

void tst_VendorLimits::withoutPacing_theServiceRefuses()
{
    // The control: the same kind of service, asked without waiting for room, answers 429.
    Test::OwnedServer owned({QStringLiteral("--profile"), QStringLiteral("miro"),
                             QStringLiteral("--time-scale"), QStringLiteral("0.1"),
                             QStringLiteral("--groups"), QStringLiteral("2")});
    QVERIFY2(owned.isRunning(), qPrintable(owned.error()));
    ScimClient client;
    client.setBaseUrl(owned.server().baseUrl());
    client.setToken(owned.server().token());
    int answered = 0;
    int refused = 0;
    for (int i = 0; i < 20; ++i) {
        ScimRequest request;
        request.path = "/Groups";
        request.maxAttempts = 1;
        client.send(request, this, [&](const ScimResponse &response) {
            ++answered;
            refused += response.error.kind() == ScimError::Kind::TooManyRequests ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 30'000);
    QVERIFY(refused > 0);
    QCOMPARE(owned.server().limits().value(u"rejected").toInt(), refused);
}

QTEST_GUILESS_MAIN(tst_VendorLimits)
#include "tst_vendorlimits.moc"
