#include "FakeNetwork.h"
#include "scim/ScimClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ScimDesk;
using namespace ScimDesk::Test;

// ScimClient against a scripted network, for what a real service cannot show on demand: exact
// timing, odd bodies, a token echoed back.
class tst_ScimClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeout_isReported();
    void retryAfterTooLong_endsWithTheError();
    void backoff_growsAndStaysBounded();
    void okBodies_data();
    void okBodies();
    void echoedToken_isRedacted();
    void headers_areSent();
    void cancel_reportsCancelled();
    void destroyedContext_getsNoCallback();
    void getRequest_encodesId();
    void destroyedWithRequestsInFlight_doesNotCrash();
    void successCutOff_isATransientFailure();
    void tokenNearTheCutOff_isStillRedacted();
    void pathOutsideTheBase_isNeverSent_data();
    void pathOutsideTheBase_isNeverSent();
    void oversizedAnswer_isNotReadWhole_data();
    void oversizedAnswer_isNotReadWhole();

private:
    ScimResponse run(ScimClient &client, const ScimRequest &request, int waitMs = 10'000);
};

namespace {
ScimClient *makeClient(FakeNetworkAccessManager::Handler handler, QObject *parent = nullptr)
{
    auto *client = new ScimClient(new FakeNetworkAccessManager(std::move(handler)), parent);
    client->setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    client->setToken(QStringLiteral("s3cr3t-token-value"));
    client->setRetryPolicy({4, 10, 80, 2});
    return client;
}
ScimRequest users()
{
    ScimRequest request;
    request.path = "/Users";
    return request;
}
} // namespace

ScimResponse tst_ScimClientFaults::run(ScimClient &client, const ScimRequest &request, int waitMs)
{
    ScimResponse result;
    bool done = false;
    client.send(request, this, [&](const ScimResponse &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, waitMs))
        qWarning("request did not finish");
    return result;
}

void tst_ScimClientFaults::timeout_isReported()
{
    std::unique_ptr<ScimClient> client(makeClient([](const FakeRequest &) {
        FakeAnswer answer;
        answer.delayMs = 5'000;
        return answer;
    }));
    client->setTimeoutMs(100);
    client->setRetryPolicy({2, 10, 20, 2});
    QElapsedTimer clock;
    clock.start();
    const ScimResponse response = run(*client, users());
    QCOMPARE(response.error.kind(), ScimError::Kind::Timeout);
    QCOMPARE(response.attempts, 2); // a read is retried once more, then given up
    QVERIFY(clock.elapsed() < 2'000);
    QVERIFY(response.error.message().contains(u"did not answer in time"));
}

void tst_ScimClientFaults::retryAfterTooLong_endsWithTheError()
{
    int calls = 0;
    std::unique_ptr<ScimClient> client(makeClient([&](const FakeRequest &) {
        ++calls;
        FakeAnswer answer;
        answer.status = 429;
        answer.headers = {{"Retry-After", "3600"}};
        return answer;
    }));
    const ScimResponse response = run(*client, users());
    QCOMPARE(response.error.kind(), ScimError::Kind::TooManyRequests);
    QCOMPARE(response.error.retryAfterSeconds(), 3600);
    QCOMPARE(calls, 1);
    QVERIFY(response.error.message().contains(u"3600"));
}

void tst_ScimClientFaults::backoff_growsAndStaysBounded()
{
    std::unique_ptr<ScimClient> client(makeClient([](const FakeRequest &) {
        FakeAnswer answer;
        answer.status = 503;
        return answer;
    }));
    client->setRetryPolicy({6, 10, 40, 2});
    QSignalSpy retries(client.get(), &ScimClient::retrying);
    const ScimResponse response = run(*client, users());
    QCOMPARE(response.error.kind(), ScimError::Kind::ServerError);
    QCOMPARE(response.attempts, 6);
    QCOMPARE(retries.count(), 5);
    for (int i = 0; i < retries.count(); ++i) {
        const int delay = retries.at(i).at(2).toInt();
        const int step = qMin(40, 10 << i);
        QVERIFY2(delay >= step / 2 && delay <= step, qPrintable(QString::number(delay)));
    }
}

void tst_ScimClientFaults::okBodies_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("scim+json") << QByteArray("application/scim+json")
                               << QByteArray(R"({"totalResults":0})") << int(ScimError::Kind::None);
    QTest::newRow("plain json accepted")
        << QByteArray("application/json; charset=utf-8") << QByteArray(R"({"totalResults":0})")
        << int(ScimError::Kind::None);
    QTest::newRow("truncated json")
        << QByteArray("application/scim+json") << QByteArray(R"({"totalResults":)")
        << int(ScimError::Kind::MalformedJson);
    QTest::newRow("json array") << QByteArray("application/json") << QByteArray("[1,2]")
                                << int(ScimError::Kind::MalformedJson);
    QTest::newRow("html login page with 200")
        << QByteArray("text/html") << QByteArray("<html><form>Sign in</form></html>")
        << int(ScimError::Kind::NotScim);
    QTest::newRow("empty 204") << QByteArray() << QByteArray() << int(ScimError::Kind::None);
}

void tst_ScimClientFaults::okBodies()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    std::unique_ptr<ScimClient> client(makeClient([&](const FakeRequest &) {
        FakeAnswer answer;
        answer.contentType = contentType;
        answer.body = body;
        return answer;
    }));
    const ScimResponse response = run(*client, users());
    QCOMPARE(int(response.error.kind()), kind);
    QCOMPARE(response.attempts, 1); // a malformed answer is not retried
}

void tst_ScimClientFaults::echoedToken_isRedacted()
{
    std::unique_ptr<ScimClient> client(makeClient([](const FakeRequest &r) {
        FakeAnswer answer;
        answer.status = 400;
        answer.body
            = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","detail":"bad header )"
            + r.request.rawHeader("Authorization") + R"("})";
        return answer;
    }));
    const ScimResponse response = run(*client, users());
    QCOMPARE(response.error.kind(), ScimError::Kind::BadRequest);
    QVERIFY(!response.error.message().contains(u"s3cr3t-token-value"));
    QVERIFY(response.error.message().contains(u"[redacted]"));
}

void tst_ScimClientFaults::headers_areSent()
{
    FakeRequest seen;
    std::unique_ptr<ScimClient> client(makeClient([&](const FakeRequest &r) {
        seen = r;
        return FakeAnswer {};
    }));
    ScimRequest patch;
    patch.method = "PATCH";
    patch.path = "/Users/abc";
    patch.body = "{}";
    patch.ifMatch = "W/\"3\"";
    QVERIFY(run(*client, patch).ok());
    QCOMPARE(seen.method, QByteArray("PATCH"));
    QCOMPARE(seen.url.toString(), QStringLiteral("https://scim.example.com/v2/Users/abc"));
    QCOMPARE(seen.request.rawHeader("Authorization"), QByteArray("Bearer s3cr3t-token-value"));
    QCOMPARE(seen.request.rawHeader("If-Match"), QByteArray("W/\"3\""));
    QVERIFY(seen.request.rawHeader("Accept").startsWith("application/scim+json"));
    QCOMPARE(seen.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/scim+json"));
    QVERIFY(seen.request.header(QNetworkRequest::UserAgentHeader)
                .toByteArray()
                .startsWith("ScimDesk/"));
    QCOMPARE(seen.body, QByteArray("{}"));
}

void tst_ScimClientFaults::cancel_reportsCancelled()
{
    std::unique_ptr<ScimClient> client(makeClient([](const FakeRequest &) {
        FakeAnswer answer;
        answer.delayMs = 2'000;
        return answer;
    }));
    ScimResponse result;
    bool done = false;
    const quint64 id = client->send(users(), this, [&](const ScimResponse &r) {
        result = r;
        done = true;
    });
    client->cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(done, 1'000);
    QCOMPARE(result.error.kind(), ScimError::Kind::Cancelled);
    QCOMPARE(client->pendingCount(), 0);
}

void tst_ScimClientFaults::destroyedContext_getsNoCallback()
{
    std::unique_ptr<ScimClient> client(makeClient([](const FakeRequest &) {
        FakeAnswer answer;
        answer.delayMs = 20;
        return answer;
    }));
    bool called = false;
    auto *context = new QObject;
    client->send(users(), context, [&](const ScimResponse &) { called = true; });
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(client->pendingCount(), 0, 2'000);
    QVERIFY(!called);
}

void tst_ScimClientFaults::getRequest_encodesId()
{
    const ScimRequest request
        = ScimRequest::get("/Users", QStringLiteral("a/b c?d"), {QStringLiteral("userName")});
    QCOMPARE(request.path, QByteArray("/Users/a%2Fb%20c%3Fd"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("attributes")),
             QStringLiteral("userName"));
}

void tst_ScimClientFaults::destroyedWithRequestsInFlight_doesNotCrash()
{
    int called = 0;
    {
        std::unique_ptr<ScimClient> client(makeClient([](const FakeRequest &) {
            FakeAnswer answer;
            answer.delayMs = 1'000;
            return answer;
        }));
        for (int i = 0; i < 5; ++i)
            client->send(users(), nullptr, [&](const ScimResponse &) { ++called; });
        QCOMPARE(client->pendingCount(), 5);
    } // destroyed here, with five replies in flight
    QTest::qWait(50);
    QCOMPARE(called, 0); // owners that go away are not called back
}

void tst_ScimClientFaults::successCutOff_isATransientFailure()
{
    int calls = 0;
    std::unique_ptr<ScimClient> client(makeClient([&](const FakeRequest &) {
        ++calls;
        FakeAnswer answer;
        answer.status = 200;
        answer.body = calls < 3 ? QByteArray() : QByteArray(R"({"totalResults":0})");
        answer.errorAfterHeaders
            = calls < 3 ? QNetworkReply::RemoteHostClosedError : QNetworkReply::NoError;
        return answer;
    }));
    const ScimResponse response = run(*client, users());
    QVERIFY2(response.ok(), qPrintable(response.error.message()));
    QCOMPARE(response.attempts, 3); // the two cut-off answers were retried, not taken as success
    QCOMPARE(response.json.value(u"totalResults").toInt(), 0);
}

void tst_ScimClientFaults::tokenNearTheCutOff_isStillRedacted()
{
    std::unique_ptr<ScimClient> client(makeClient([](const FakeRequest &r) {
        FakeAnswer answer;
        answer.status = 400;
        // The echoed header straddles the point where long details are shortened.
        answer.body
            = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","detail":")"
            + QByteArray(280, 'x') + " Authorization: " + r.request.rawHeader("Authorization")
            + R"("})";
        return answer;
    }));
    const ScimResponse response = run(*client, users());
    QVERIFY(!response.error.message().contains(u"s3cr3t"));
    QVERIFY(!response.error.detail().contains(u"s3cr3t"));
}

void tst_ScimClientFaults::pathOutsideTheBase_isNeverSent_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("sent");
    QTest::newRow("inside") << QByteArray("/Users/1") << true;
    QTest::newRow("discovery") << QByteArray("/ServiceProviderConfig") << true;
    QTest::newRow("dot dot") << QByteArray("/../../admin/secret") << false;
    QTest::newRow("encoded dot dot") << QByteArray("/%2e%2e/x") << false;
    QTest::newRow("other host") << QByteArray("//evil.example/x") << false;
    QTest::newRow("absolute") << QByteArray("https://evil.example/x") << false;
    QTest::newRow("backslash") << QByteArray("/Users\\..\\..") << false;
    QTest::newRow("query in the path") << QByteArray("/Users?x=1") << false;
}

// The last line of defence: whatever a plan says, the token goes only below the base URL.
void tst_ScimClientFaults::pathOutsideTheBase_isNeverSent()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, sent);
    int calls = 0;
    QScopedPointer<ScimClient> client(makeClient([&](const FakeRequest &request) {
        ++calls;
        FakeAnswer answer;
        answer.status = 200;
        answer.body = "{}";
        answer.contentType = "application/scim+json";
        [&] {
            QVERIFY(request.url.path().startsWith(u"/v2/"));
        }();
        return answer;
    }));
    ScimRequest request;
    request.method = "DELETE";
    request.path = path;
    const ScimResponse response = run(*client, request);
    QCOMPARE(calls, sent ? 1 : 0);
    if (!sent) {
        QCOMPARE(response.error.kind(), ScimError::Kind::OutsideService);
        QVERIFY(response.error.requestNeverArrived());
    }
}

void tst_ScimClientFaults::oversizedAnswer_isNotReadWhole_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentLength");
    // A resource with a 2 MB attribute, against a 1 MB bound: as it arrives, and as announced.
    const QByteArray huge = R"({"id":"u1","userName":")" + QByteArray(2 << 20, 'x') + R"("})";
    QTest::newRow("arrived") << huge << QByteArray();
    QTest::newRow("announced") << QByteArray(R"({"id":"u1"})") << QByteArray("52428800");
}

void tst_ScimClientFaults::oversizedAnswer_isNotReadWhole()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentLength);
    int calls = 0;
    std::unique_ptr<ScimClient> client(makeClient([&](const FakeRequest &) {
        ++calls;
        FakeAnswer answer;
        answer.body = body;
        if (!contentLength.isEmpty())
            answer.headers = {{"Content-Length", contentLength}};
        return answer;
    }));
    client->setMaxResponseBytes(1 << 20);
    const ScimResponse response = run(*client, users());
    QCOMPARE(response.error.kind(), ScimError::Kind::TooLarge);
    QCOMPARE(calls, 1); // not retried: the same answer would come again
    QVERIFY(response.body.isEmpty());
    QVERIFY2(response.error.message().contains(u"larger than 1"),
             qPrintable(response.error.message()));
    QVERIFY(response.error.message().contains(u"smaller page size"));
}

QTEST_GUILESS_MAIN(tst_ScimClientFaults)
#include "tst_scimclientfaults.moc"
