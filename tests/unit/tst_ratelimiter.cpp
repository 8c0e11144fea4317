#include "FakeNetwork.h"
#include "changes/ApplyEngine.h"
#include "scim/Preset.h"
#include "scim/RateLimiter.h"
#include "scim/ScimClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ScimDesk;
using namespace ScimDesk::Test;

// The limiter on a clock the test moves, then ScimClient's gate on a scripted network: requests
// wait for room (on a timer), never exceed a rule as the service counts, and the presets carry
// the vendors' published ceilings.
class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_admitsCountThenWaitsForTheOldestToLeave();
    void request_holdsItsPlaceUntilAWindowAfterItsAnswer();
    void burst_thenTheRate();
    void perEndpoint_countsEachMethodAndEndpointApart();
    void concurrencyCap_waitsForAnAnswer();
    void presets_carryThePublishedCeilings_data();
    void presets_carryThePublishedCeilings();
    void testTimeScale_onlyForAServiceOnThisMachine();
    void client_pacesRequestsToTheRule();
    void client_otherRequestsMayPassOneThatWaits();
    void client_withdrawnRequest_isNeverSent();
    void engineCancel_takesBackChangesStillWaiting();
};

namespace {

RateRule rule(int count, int windowSeconds, QList<QByteArray> methods = {}, QStringList paths = {},
              int burst = 0)
{
    RateRule r;
    r.count = count;
    r.windowSeconds = windowSeconds;
    r.methods = std::move(methods);
    r.paths = std::move(paths);
    r.burst = burst;
    return r;
}

RateLimits limitsOf(QList<RateRule> rules, int maxConcurrent = 0)
{
    RateLimits limits;
    limits.rules = std::move(rules);
    limits.maxConcurrent = maxConcurrent;
    return limits;
}

// Sends and answers at once, at `nowMs`, as many `method path` as the limiter lets through
// without waiting, up to `most`.
int sendWhileRoom(RateLimiter &limiter, const QByteArray &method, const QByteArray &path,
                  qint64 nowMs, int most = 100'000)
{
    int sent = 0;
    while (sent < most && limiter.waitMs(method, path, nowMs) == 0) {
        limiter.sent(method, path);
        limiter.answered(method, path, nowMs);
        ++sent;
    }
    return sent;
}

ScimClient *makeClient(QList<qint64> *sentAt, QElapsedTimer *clock,
                       QList<QByteArray> *methods = nullptr)
{
    auto *client = new ScimClient(new FakeNetworkAccessManager([=](const FakeRequest &request) {
        sentAt->append(clock->elapsed());
        if (methods)
            methods->append(request.method);
        FakeAnswer answer;
        answer.body = R"({"id": "u1"})";
        return answer;
    }));
    client->setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2")));
    client->setToken(QStringLiteral("token"));
    return client;
}

ScimRequest request(const QByteArray &method, const QByteArray &path)
{
    ScimRequest r;
    r.method = method;
    r.path = path;
    return r;
}

} // namespace

void tst_RateLimiter::window_admitsCountThenWaitsForTheOldestToLeave()
{
    RateLimiter limiter(limitsOf({rule(3, 10)}));
    QCOMPARE(sendWhileRoom(limiter, "GET", "/Users", 0, 1), 1);
    QCOMPARE(sendWhileRoom(limiter, "GET", "/Users", 4'000), 2);
    // Full: room again when the first leaves the window, ten seconds after its answer.
    QCOMPARE(limiter.waitMs("GET", "/Users", 5'000), 5'001);
    QCOMPARE(sendWhileRoom(limiter, "GET", "/Users", 10'001), 1);
    QCOMPARE(limiter.waitMs("GET", "/Users", 10'001), 4'000);
}

void tst_RateLimiter::request_holdsItsPlaceUntilAWindowAfterItsAnswer()
{
    RateLimiter limiter(limitsOf({rule(1, 1)}));
    limiter.sent("GET", "/Users");
    // The service may not have seen it yet: room only once its answer is in.
    QCOMPARE(limiter.waitMs("GET", "/Users", 60'000), RateLimiter::WaitForAnswer);
    limiter.answered("GET", "/Users", 60'000);
    QCOMPARE(limiter.waitMs("GET", "/Users", 60'000), 1'001);
    QCOMPARE(limiter.waitMs("GET", "/Users", 61'001), 0);
}

void tst_RateLimiter::burst_thenTheRate()
{
    // 180 a minute, 20 at once: 20, then 20 more every 6.67 seconds.
    RateLimiter limiter(limitsOf({rule(180, 60, {"POST"}, {}, 20)}));
    QCOMPARE(sendWhileRoom(limiter, "POST", "/Users", 0), 20);
    QCOMPARE(limiter.waitMs("POST", "/Users", 0), 6'668);
    QCOMPARE(limiter.waitMs("GET", "/Users", 0), 0); // not a POST
    qint64 now = 0;
    int sent = 20;
    while (true) {
        now += limiter.waitMs("POST", "/Users", now);
        if (now >= 60'000)
            break;
        sent += sendWhileRoom(limiter, "POST", "/Users", now);
    }
    // Never more than the 180 a minute, however the bursts fall.
    QCOMPARE(sent, 180);
}

void tst_RateLimiter::perEndpoint_countsEachMethodAndEndpointApart()
{
    RateRule perEndpoint = rule(2, 60, {"POST", "PATCH"}, {QStringLiteral("/Users")});
    perEndpoint.perEndpoint = true;
    RateLimiter limiter(limitsOf({perEndpoint, rule(5, 60, {"POST", "PATCH"})}));
    QCOMPARE(sendWhileRoom(limiter, "POST", "/Users", 0), 2);
    QCOMPARE(sendWhileRoom(limiter, "PATCH", "/Users/u1", 0), 2);
    QCOMPARE(sendWhileRoom(limiter, "PATCH", "/Groups/g1", 0), 1); // the shared rule's fifth
    QCOMPARE_NE(limiter.keys("POST", "/Users"), limiter.keys("PATCH", "/Users/u2"));
    QCOMPARE(limiter.keys("PATCH", "/Users/u1"), limiter.keys("PATCH", "/users/u2"));
}

void tst_RateLimiter::concurrencyCap_waitsForAnAnswer()
{
    RateLimiter limiter(limitsOf({}, 2));
    limiter.sent("GET", "/Users");
    limiter.sent("DELETE", "/Users/u1");
    QCOMPARE(limiter.waitMs("GET", "/Groups", 0), RateLimiter::WaitForAnswer);
    limiter.answered("DELETE", "/Users/u1", 5);
    QCOMPARE(limiter.waitMs("GET", "/Groups", 5), 0);
}

void tst_RateLimiter::presets_carryThePublishedCeilings_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("atOnce"); // sent and answered before having to wait
    // The published ceiling for an hour: sending as fast as allowed stays at or just below it.
    QTest::addColumn<int>("perHour");

    QTest::newRow("slack create") << "slack" << QByteArray("POST") << QByteArray("/Users") << 20
                                  << 180 * 60;
    QTest::newRow("slack read one")
        << "slack" << QByteArray("GET") << QByteArray("/Users/u1") << 300 << 300 * 60;
    QTest::newRow("zoom") << "zoom" << QByteArray("PATCH") << QByteArray("/Users/u1") << 1 << 3600;
    QTest::newRow("github create")
        << "github-emu" << QByteArray("POST") << QByteArray("/Users") << 1000 << 1000;
    QTest::newRow("miro delete") << "miro" << QByteArray("DELETE") << QByteArray("/Users/u1") << 20
                                 << 20 * 120;
    QTest::newRow("miro read groups")
        << "miro" << QByteArray("GET") << QByteArray("/Groups") << 5 << 5 * 120;
    QTest::newRow("miro update") << "miro" << QByteArray("PUT") << QByteArray("/Users/u1") << 100
                                 << 100 * 120;
}

void tst_RateLimiter::presets_carryThePublishedCeilings()
{
    QFETCH(QString, preset);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, atOnce);
    QFETCH(int, perHour);
    RateLimiter limiter(Preset::byId(preset).limits);
    QCOMPARE(sendWhileRoom(limiter, method, path, 0), atOnce);
    qint64 now = 0;
    int sent = atOnce;
    while (true) {
        now += limiter.waitMs(method, path, now);
        if (now >= 3'600'000)
            break;
        sent += sendWhileRoom(limiter, method, path, now);
    }
    QVERIFY2(sent <= perHour, qPrintable(QString::number(sent)));
    // Each window starts a millisecond after the last answer: only a little below the ceiling.
    QVERIFY2(sent >= perHour * 99 / 100, qPrintable(QString::number(sent)));
}

void tst_RateLimiter::testTimeScale_onlyForAServiceOnThisMachine()
{
    QVERIFY(Preset::byId(QStringLiteral("lucid")).limits.isEmpty()); // Lucid publishes none
    QCOMPARE(Preset::byId(QStringLiteral("databricks")).limits.maxConcurrent, 4);
    const QUrl local(QStringLiteral("http://127.0.0.1:8080/scim/v2"));
    const QUrl github(QStringLiteral("https://api.github.com/scim/v2/enterprises/acme"));
    qputenv("SCIMDESK_TEST_TIME_SCALE", "0.01");
    QCOMPARE(RateLimits::forConnection(QStringLiteral("zoom"), local).timeScale, 0.01);
    QCOMPARE(RateLimits::forConnection(QStringLiteral("github-emu"), github).timeScale, 1.0);
    qputenv("SCIMDESK_TEST_TIME_SCALE", "100"); // never slower or faster than asked: ignored
    QCOMPARE(RateLimits::testTimeScale(local), 1.0);
    qputenv("SCIMDESK_TEST_TIME_SCALE", "fast");
    QCOMPARE(RateLimits::testTimeScale(local), 1.0);
    qunsetenv("SCIMDESK_TEST_TIME_SCALE");
    QCOMPARE(RateLimits::testTimeScale(local), 1.0);
}

void tst_RateLimiter::client_pacesRequestsToTheRule()
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    std::unique_ptr<ScimClient> client(makeClient(&sentAt, &clock));
    RateLimits limits = limitsOf({rule(2, 1, {"PATCH"})});
    limits.timeScale = 0.1; // two every 100 ms
    client->setRateLimits(limits);
    int answered = 0;
    for (int i = 0; i < 7; ++i)
        client->send(request("PATCH", "/Users/u" + QByteArray::number(i)), this,
                     [&](const ScimResponse &response) { answered += response.ok() ? 1 : 0; });
    QCOMPARE(sentAt.size(), 2); // the rest wait, on a timer
    QCOMPARE(client->waitingForLimitCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(answered, 7, 10'000);
    // Never three within one window, however the timers fired.
    for (int i = 2; i < sentAt.size(); ++i)
        QVERIFY2(sentAt.at(i) - sentAt.at(i - 2) >= 100,
                 qPrintable(QStringLiteral("request %1 went %2 ms after request %3")
                                .arg(i)
                                .arg(sentAt.at(i) - sentAt.at(i - 2))
                                .arg(i - 2)));
}

void tst_RateLimiter::client_otherRequestsMayPassOneThatWaits()
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    QList<QByteArray> methods;
    std::unique_ptr<ScimClient> client(makeClient(&sentAt, &clock, &methods));
    client->setRateLimits(limitsOf({rule(1, 3600, {"DELETE"})}));
    QList<ScimError::Kind> outcomes;
    const auto record = [&](const ScimResponse &r) {
        outcomes.append(r.error.kind());
    };
    client->send(request("DELETE", "/Users/u1"), this, record);
    const quint64 second = client->send(request("DELETE", "/Users/u2"), this, record);
    client->send(request("GET", "/Users/u3"), this, record);
    QTRY_COMPARE(outcomes.size(), 2);
    QCOMPARE(methods, (QList<QByteArray> {"DELETE", "GET"}));
    QCOMPARE(client->waitingForLimitCount(), 1); // the second DELETE, for an hour
    client->cancel(second);
    QTRY_COMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.last(), ScimError::Kind::Cancelled);
    QCOMPARE(methods.size(), 2);
}

void tst_RateLimiter::client_withdrawnRequest_isNeverSent()
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    std::unique_ptr<ScimClient> client(makeClient(&sentAt, &clock));
    client->setRateLimits(limitsOf({rule(1, 3600)}));
    ScimResponse last;
    const quint64 first = client->send(request("POST", "/Users"), this, [](const auto &) {});
    const quint64 second
        = client->send(request("POST", "/Users"), this, [&](const ScimResponse &r) { last = r; });
    QVERIFY(!client->withdraw(first)); // sent already
    QVERIFY(client->withdraw(second));
    QTRY_COMPARE(last.error.kind(), ScimError::Kind::Cancelled);
    QCOMPARE(last.attempts, 0);
    QCOMPARE(sentAt.size(), 1);
    QTRY_COMPARE(client->pendingCount(), 0);
}

void tst_RateLimiter::engineCancel_takesBackChangesStillWaiting()
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    QList<QByteArray> methods;
    std::unique_ptr<ScimClient> client(makeClient(&sentAt, &clock, &methods));
    client->setRateLimits(limitsOf({rule(1, 3600, {"DELETE"})})); // one deletion an hour
    Plan plan;
    for (int i = 1; i <= 3; ++i) {
        Change change;
        change.id = QString::number(i);
        change.kind = Change::Kind::DeleteUser;
        change.resourceType = QStringLiteral("User");
        change.targetId = QStringLiteral("u%1").arg(i);
        change.request.method = "DELETE";
        change.request.path = "/Users/u" + QByteArray::number(i);
        plan.changes.append(change);
    }
    ApplyEngine::Options options;
    options.verify = false;
    ApplyEngine engine(client.get(), ServiceCapabilities {}, plan, options);
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QTRY_COMPARE(engine.summary().applied, 1);
    QVERIFY(engine.pacedByLimits()); // the other two wait for the next hour
    engine.cancel();
    QVERIFY(finished.wait());
    QCOMPARE(engine.summary().skipped, 2);
    QCOMPARE(engine.summary().failed, 0);
    for (const ChangeResult &result : engine.results()) {
        if (result.outcome == ChangeResult::Outcome::Skipped)
            QCOMPARE(result.message, ApplyEngine::tr("not sent: applying was cancelled"));
    }
    QCOMPARE(methods, QList<QByteArray> {"DELETE"}); // nothing more was sent
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
