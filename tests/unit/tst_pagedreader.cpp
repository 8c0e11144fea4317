#include "FakeNetwork.h"
#include "scim/JsonView.h"
#include "scim/PagedReader.h"
#include "scim/ScimClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace ScimDesk;
using namespace ScimDesk::Test;

// Paging arithmetic against scripted services: every user arrives exactly once whatever the
// service does with page sizes and totals.
class tst_PagedReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allUsersArriveOnce_data();
    void allUsersArriveOnce();
    void deletionsMidRead_leaveNoGaps();
    void concurrency_isRespected();
    void failingPage_failsTheRead();
    void emptyDirectory_finishesAfterOneRequest();
    void cancel_stopsAndEmitsNothing();
    void inconsistentService_isIncompleteAndSaysWhatIsMissing_data();
    void inconsistentService_isIncompleteAndSaysWhatIsMissing();
    void completeRead_isNotIncomplete();
    void impossibleCount_endsWhereTheListEnds();
    void ordered_handsPagesOnInTheServicesOrder_data();
    void ordered_handsPagesOnInTheServicesOrder();
    void ordered_slowPage_holdsOnlyAFewPages();
    void slowConsumer_holdsTheReadBack();
    void expectedTotal_asksForTheFirstPagesAtOnce_data();
    void expectedTotal_asksForTheFirstPagesAtOnce();
    void rawForm_passesResourcesOnAsSent();
    void converter_madeWhatIsHandedOn();
    void malformedPage_failsTheRead_data();
    void malformedPage_failsTheRead();
};

namespace {

struct Directory
{
    QList<QString> ids;
    int serverMaxPage = 1000; // the service serves at most this many per page
    int shortEvery = 0; // every n-th request returns only half of what it could
    int growAfter = -1; // after this many requests, 30 users join at the end
    int shrinkAfter = -1; // after this many requests, the first 10 users are deleted
    bool lieAboutItemsPerPage = false;
    int requests = 0;
    int inFlight = 0;
    int maxInFlight = 0;

    explicit Directory(int n)
    {
        for (int i = 1; i <= n; ++i)
            ids.append(QStringLiteral("u%1").arg(i));
    }

    FakeAnswer answer(const FakeRequest &request)
    {
        ++requests;
        if (requests == growAfter + 1) {
            const int base = int(ids.size());
            for (int i = 1; i <= 30; ++i)
                ids.append(QStringLiteral("late%1").arg(base + i));
        }
        if (requests == shrinkAfter + 1)
            ids.remove(0, 10);
        const qint64 start
            = request.query.queryItemValue(QStringLiteral("startIndex")).toLongLong();
        int count = request.query.queryItemValue(QStringLiteral("count")).toInt();
        count = qMin(count, serverMaxPage);
        if (shortEvery > 0 && requests % shortEvery == 0)
            count = qMax(1, count / 2);
        const QList<QString> page = ids.mid(start - 1, count);
        FakeAnswer a;
        a.body = listResponse(ids.size(), start, page, lieAboutItemsPerPage ? 100 : -1);
        a.delayMs = 1 + (requests * 7) % 5; // answers arrive out of order
        return a;
    }
};

struct Run
{
    QList<QString> received;
    bool finished = false;
    ScimError error;
    int requestCount = 0;
};

// Reads `directory` with `options`, collecting the ids (and, in the raw form, the bytes) of
// what pageReceived hands on; `check` looks at each page handed on.
Run read(Directory &directory, PagedReader::Options options, QList<QByteArray> *raw = nullptr,
         const std::function<void(const ListPage &)> &check = {})
{
    auto *nam = new FakeNetworkAccessManager(
        [&directory](const FakeRequest &r) { return directory.answer(r); });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    client.setRetryPolicy({3, 1, 5, 1});
    PagedReader reader(&client, options);
    Run run;
    QObject::connect(&reader, &PagedReader::pageReceived, &reader, [&](const ListPage &page) {
        if (check)
            check(page);
        for (qsizetype i = 0; i < page.size(); ++i) {
            run.received.append(page.id(i));
            if (raw)
                raw->append(page.raw(i).toByteArray());
        }
    });
    QObject::connect(&reader, &PagedReader::finished, &reader, [&] { run.finished = true; });
    QObject::connect(&reader, &PagedReader::failed, &reader, [&](const ScimError &e) {
        run.error = e;
        run.finished = true;
    });
    reader.start();
    if (!QTest::qWaitFor([&] { return run.finished; }, 20'000))
        qWarning("read did not finish");
    run.requestCount = reader.requestCount();
    return run;
}

Run read(Directory &directory, int pageSize, int concurrency)
{
    return read(directory, {"/Users", {}, {}, {}, pageSize, concurrency, 2});
}

// The same, the pages handed on in the service's order.
Run readOrdered(Directory &directory, int pageSize, int concurrency, ListPage::Form form,
                QList<QByteArray> *raw = nullptr)
{
    PagedReader::Options options;
    options.pageSize = pageSize;
    options.concurrency = concurrency;
    options.form = form;
    options.ordered = true;
    return read(directory, options, raw);
}

// What a converter was given: each resource's id.
class IdRecorder final : public ListPage::Converter
{
public:
    void add(const JsonView &resource) override { ids.append(resource.value(u"id").toString()); }
    void keepOnly(const QList<bool> &keep) override
    {
        QStringList kept;
        for (qsizetype i = 0; i < keep.size(); ++i) {
            if (keep.at(i))
                kept.append(ids.at(i));
        }
        ids = kept;
    }
    QStringList ids;
};

} // namespace

void tst_PagedReader::allUsersArriveOnce_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("serverMaxPage");
    QTest::addColumn<int>("shortEvery");
    QTest::addColumn<int>("growAfter");
    QTest::addColumn<bool>("lie");
    QTest::addColumn<int>("expected");

    QTest::newRow("exact pages") << 300 << 100 << 1000 << 0 << -1 << false << 300;
    QTest::newRow("partial last page") << 250 << 100 << 1000 << 0 << -1 << false << 250;
    QTest::newRow("one page") << 7 << 100 << 1000 << 0 << -1 << false << 7;
    QTest::newRow("server caps page size") << 250 << 100 << 40 << 0 << -1 << false << 250;
    QTest::newRow("short pages") << 500 << 100 << 1000 << 3 << -1 << false << 500;
    QTest::newRow("itemsPerPage lies") << 250 << 50 << 1000 << 0 << -1 << true << 250;
    QTest::newRow("total grows mid-read") << 250 << 100 << 1000 << 0 << 1 << false << 280;
    QTest::newRow("caps, short and grows") << 777 << 100 << 60 << 4 << 2 << false << 807;
}

void tst_PagedReader::allUsersArriveOnce()
{
    QFETCH(int, users);
    QFETCH(int, pageSize);
    QFETCH(int, serverMaxPage);
    QFETCH(int, shortEvery);
    QFETCH(int, growAfter);
    QFETCH(bool, lie);
    QFETCH(int, expected);

    Directory directory(users);
    directory.serverMaxPage = serverMaxPage;
    directory.shortEvery = shortEvery;
    directory.growAfter = growAfter;
    directory.lieAboutItemsPerPage = lie;
    const Run run = read(directory, pageSize, 3);
    QVERIFY2(!run.error.isError(), qPrintable(run.error.message()));
    QVERIFY(run.finished);
    QCOMPARE(run.received.size(), expected);
    const QSet<QString> unique(run.received.cbegin(), run.received.cend());
    QCOMPARE(unique.size(), expected); // no duplicates
    const QSet<QString> all(directory.ids.cbegin(), directory.ids.cend());
    QCOMPARE(unique, all); // no gaps
}

void tst_PagedReader::deletionsMidRead_leaveNoGaps()
{
    // After the first page, ten users at the front are deleted: every later offset shifts and
    // a naive reader skips ten users. The reader notices the total changed and re-reads.
    Directory directory(400);
    directory.shrinkAfter = 1;
    const Run run = read(directory, 100, 2);
    QVERIFY2(!run.error.isError(), qPrintable(run.error.message()));
    const QSet<QString> unique(run.received.cbegin(), run.received.cend());
    QCOMPARE(unique.size(), run.received.size());
    for (const QString &id : std::as_const(directory.ids))
        QVERIFY2(unique.contains(id), qPrintable(id));
}

void tst_PagedReader::concurrency_isRespected()
{
    Directory directory(2000);
    int inFlight = 0;
    int maxInFlight = 0;
    auto *nam = new FakeNetworkAccessManager([&](const FakeRequest &r) {
        maxInFlight = qMax(maxInFlight, ++inFlight);
        FakeAnswer answer = directory.answer(r);
        answer.delayMs = 5;
        return answer;
    });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    connect(nam, &QNetworkAccessManager::finished, this, [&] { --inFlight; });
    PagedReader reader(&client, {"/Users", {}, {}, {}, 100, 4, 2});
    QSignalSpy finished(&reader, &PagedReader::finished);
    reader.start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(reader.receivedCount(), 2000);
    QCOMPARE(reader.requestCount(), 20);
    QCOMPARE(maxInFlight, 4);
}

void tst_PagedReader::failingPage_failsTheRead()
{
    int requests = 0;
    auto *nam = new FakeNetworkAccessManager([&](const FakeRequest &r) {
        ++requests;
        const qint64 start = r.query.queryItemValue(QStringLiteral("startIndex")).toLongLong();
        FakeAnswer answer;
        if (start > 1) {
            answer.status = 500;
            answer.body
                = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"500","detail":"boom"})";
        } else {
            answer.body = listResponse(300, 1, {QStringLiteral("a"), QStringLiteral("b")}, 2);
        }
        return answer;
    });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    client.setRetryPolicy({3, 1, 5, 1});
    PagedReader reader(&client, {"/Users", {}, {}, {}, 2, 1, 2});
    QSignalSpy failed(&reader, &PagedReader::failed);
    QSignalSpy finished(&reader, &PagedReader::finished);
    reader.start();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(finished.count(), 0);
    const auto error = failed.first().first().value<ScimError>();
    QCOMPARE(error.kind(), ScimError::Kind::ServerError);
    QVERIFY(error.message().contains(u"boom"));
    QCOMPARE(requests, 1 + 3); // the first page, then one page tried three times
}

void tst_PagedReader::emptyDirectory_finishesAfterOneRequest()
{
    Directory directory(0);
    const Run run = read(directory, 100, 4);
    QVERIFY(run.finished);
    QVERIFY(!run.error.isError());
    QCOMPARE(run.received.size(), 0);
    QCOMPARE(run.requestCount, 1);
}

void tst_PagedReader::cancel_stopsAndEmitsNothing()
{
    Directory directory(1000);
    auto *nam = new FakeNetworkAccessManager([&](const FakeRequest &r) {
        FakeAnswer answer = directory.answer(r);
        answer.delayMs = 20;
        return answer;
    });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    PagedReader reader(&client, {"/Users", {}, {}, {}, 100, 2, 2});
    QSignalSpy received(&reader, &PagedReader::resourcesReceived);
    QSignalSpy finished(&reader, &PagedReader::finished);
    reader.start();
    QVERIFY(received.wait(5'000));
    reader.cancel();
    const int pagesSoFar = int(received.count());
    QTest::qWait(100);
    QCOMPARE(received.count(), pagesSoFar);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!reader.isRunning());
    QCOMPARE(client.pendingCount(), 0);
}

void tst_PagedReader::inconsistentService_isIncompleteAndSaysWhatIsMissing_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("mentions");
    // Three users counted; what the service lists instead.
    QTest::newRow("duplicate ids")
        << QByteArray(R"({"totalResults":3,"Resources":[{"id":"a"},{"id":"b"},{"id":"b"}]})")
        << QStringLiteral("1 id came more than once: b");
    QTest::newRow("entry without id")
        << QByteArray(R"({"totalResults":3,"Resources":[{"id":"a"},{"id":"b"},{"userName":"x"}]})")
        << QStringLiteral("1 entry had no id");
    QTest::newRow("short pages") << QByteArray(R"({"totalResults":3,"Resources":[{"id":"a"}]})")
                                 << QStringLiteral("(2 missing)");
}

void tst_PagedReader::inconsistentService_isIncompleteAndSaysWhatIsMissing()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, mentions);
    auto *network = new FakeNetworkAccessManager([&](const FakeRequest &request) {
        FakeAnswer answer;
        // Every page but the first is empty, as a service that lost the rest would answer.
        answer.body = request.query.queryItemValue(QStringLiteral("startIndex")) == u"1"
            ? page
            : QByteArray(R"({"totalResults":3,"Resources":[]})");
        return answer;
    });
    ScimClient client(network);
    client.setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    client.setToken(QStringLiteral("t"));
    PagedReader::Options options;
    options.pageSize = 3;
    PagedReader reader(&client, options);
    QJsonArray resources;
    QVERIFY(!reader.runAndCollect(&resources).isError());
    QVERIFY(reader.isIncomplete());
    QVERIFY2(reader.warning().contains(mentions), qPrintable(reader.warning()));
    QVERIFY(reader.warning().contains(u"The service reported 3"));
}

void tst_PagedReader::completeRead_isNotIncomplete()
{
    Directory directory(250);
    auto *network = new FakeNetworkAccessManager(
        [&](const FakeRequest &request) { return directory.answer(request); });
    ScimClient client(network);
    client.setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    client.setToken(QStringLiteral("t"));
    PagedReader reader(&client, {});
    QJsonArray resources;
    QVERIFY(!reader.runAndCollect(&resources).isError());
    QVERIFY(!reader.isIncomplete());
    QVERIFY(reader.warning().isEmpty());
}

void tst_PagedReader::impossibleCount_endsWhereTheListEnds()
{
    // 250 users, but every page claims 10^12: the read must stop where the pages run out, not
    // walk a trillion empty pages, and must not pass for complete.
    Directory directory(250);
    auto *network = new FakeNetworkAccessManager([&](const FakeRequest &request) {
        FakeAnswer answer = directory.answer(request);
        QJsonObject page = QJsonDocument::fromJson(answer.body).object();
        page.insert(u"totalResults", qint64(1'000'000'000'000));
        answer.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        return answer;
    });
    ScimClient client(network);
    client.setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    client.setToken(QStringLiteral("t"));
    PagedReader reader(&client, {"/Users", {}, {}, {}, 100, 4, 2});
    QJsonArray resources;
    QVERIFY(!reader.runAndCollect(&resources).isError());
    QCOMPARE(resources.size(), 250);
    QVERIFY2(reader.requestCount() <= 2 * (3 + 4),
             qPrintable(QString::number(reader.requestCount())));
    QVERIFY(reader.isIncomplete());
    QVERIFY2(reader.warning().contains(u"ends after 250 entries"), qPrintable(reader.warning()));
    QVERIFY(reader.warning().contains(u"cannot be true"));
}

void tst_PagedReader::ordered_handsPagesOnInTheServicesOrder_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("serverMaxPage");
    QTest::addColumn<int>("shortEvery");
    QTest::addColumn<int>("concurrency");
    QTest::newRow("out-of-order answers") << 1000 << 1000 << 0 << 4;
    QTest::newRow("service caps the page") << 1000 << 30 << 0 << 3;
    QTest::newRow("short pages") << 1000 << 1000 << 3 << 4;
    QTest::newRow("one at a time") << 250 << 1000 << 2 << 1;
}

void tst_PagedReader::ordered_handsPagesOnInTheServicesOrder()
{
    QFETCH(int, users);
    QFETCH(int, serverMaxPage);
    QFETCH(int, shortEvery);
    QFETCH(int, concurrency);
    Directory directory(users);
    directory.serverMaxPage = serverMaxPage;
    directory.shortEvery = shortEvery;
    const Run run = readOrdered(directory, 50, concurrency, ListPage::Form::Parsed);
    QVERIFY(!run.error.isError());
    QCOMPARE(run.received, directory.ids);
}

void tst_PagedReader::ordered_slowPage_holdsOnlyAFewPages()
{
    // The second page takes long; the pages after it arrive quickly but must wait for it. The
    // reader stops asking for more while a few wait, instead of holding the whole directory.
    Directory directory(5000);
    int askedBeforeSlowAnswered = 0;
    bool slowAnswered = false;
    auto *nam = new FakeNetworkAccessManager([&](const FakeRequest &request) {
        FakeAnswer answer = directory.answer(request);
        const bool slow = request.query.queryItemValue(QStringLiteral("startIndex")) == u"101";
        answer.delayMs = slow ? 400 : 1;
        if (!slowAnswered)
            ++askedBeforeSlowAnswered;
        return answer;
    });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    PagedReader::Options options;
    options.pageSize = 100;
    options.concurrency = 3;
    options.ordered = true;
    PagedReader reader(&client, options);
    QList<QString> received;
    connect(&reader, &PagedReader::pageReceived, &reader, [&](const ListPage &page) {
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (page.id(i) == u"u101")
                slowAnswered = true;
            received.append(page.id(i));
        }
    });
    QSignalSpy finished(&reader, &PagedReader::finished);
    reader.start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(received, directory.ids);
    // The first page, the slow one, and at most 2 × concurrency others.
    QVERIFY2(askedBeforeSlowAnswered <= 2 + 2 * options.concurrency,
             qPrintable(QString::number(askedBeforeSlowAnswered)));
}

void tst_PagedReader::slowConsumer_holdsTheReadBack()
{
    // A consumer that turns pages into records on a worker thread says which pages it still
    // holds: the reader asks for no more than its concurrency ahead of it, and once the
    // consumer lets go, the read goes on to the end.
    Directory directory(2000);
    auto *nam = new FakeNetworkAccessManager(
        [&directory](const FakeRequest &r) { return directory.answer(r); });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    PagedReader::Options options;
    options.pageSize = 100;
    options.concurrency = 3;
    options.form = ListPage::Form::Indexed;
    PagedReader reader(&client, options);
    int held = 0;
    int mostHeld = 0;
    QStringList received;
    connect(&reader, &PagedReader::pageReceived, &reader, [&](const ListPage &page) {
        reader.holdPage();
        ++held;
        mostHeld = qMax(mostHeld, held);
        for (qsizetype i = 0; i < page.size(); ++i)
            received.append(page.view(i).value(u"id").toString());
    });
    QSignalSpy finished(&reader, &PagedReader::finished);
    reader.start();
    // Nothing is let go: once the consumer holds `concurrency` pages the reader asks for no
    // more; what was already on its way still arrives.
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    QVERIFY2(held >= options.concurrency && held <= 2 * options.concurrency,
             qPrintable(QString::number(held)));
    QCOMPARE(directory.requests, held);
    QTest::qWait(100);
    QCOMPARE(directory.requests, held); // and stays there
    // Let go of a page at a time, later: every page arrives, once, and the read finishes.
    QTimer release;
    connect(&release, &QTimer::timeout, &reader, [&] {
        if (held > 0) {
            --held;
            reader.releasePage();
        }
    });
    release.start(5);
    QVERIFY(finished.wait(10'000));
    QTRY_COMPARE(received.size(), directory.ids.size());
    received.sort();
    QStringList expected = directory.ids;
    expected.sort();
    QCOMPARE(received, expected);
    QVERIFY2(mostHeld <= 2 * options.concurrency, qPrintable(QString::number(mostHeld)));
}

void tst_PagedReader::expectedTotal_asksForTheFirstPagesAtOnce_data()
{
    QTest::addColumn<qint64>("hint");
    QTest::addColumn<int>("serverMaxPage");
    QTest::addColumn<int>("askedAtOnce");
    QTest::newRow("no hint") << qint64(-1) << 1000 << 1;
    QTest::newRow("right") << qint64(1000) << 1000 << 4;
    QTest::newRow("stale, the directory grew") << qint64(500) << 1000 << 4;
    QTest::newRow("stale, the directory shrank") << qint64(100'000) << 1000 << 4;
    QTest::newRow("smaller pages than asked") << qint64(1000) << 30 << 4;
    QTest::newRow("smaller than a page") << qint64(50) << 1000 << 1;
}

void tst_PagedReader::expectedTotal_asksForTheFirstPagesAtOnce()
{
    // With the count discovery saw, the reader does not wait for the first answer to learn it:
    // `concurrency` pages go out at once. A wrong count costs a few requests, never a user.
    QFETCH(qint64, hint);
    QFETCH(int, serverMaxPage);
    QFETCH(int, askedAtOnce);
    Directory directory(1000);
    directory.serverMaxPage = serverMaxPage;
    int askedBeforeAnAnswer = 0;
    bool answered = false;
    auto *nam = new FakeNetworkAccessManager([&](const FakeRequest &request) {
        if (!answered)
            ++askedBeforeAnAnswer;
        return directory.answer(request);
    });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    PagedReader::Options options;
    options.pageSize = 100;
    options.concurrency = 4;
    options.expectedTotal = hint;
    PagedReader reader(&client, options);
    QStringList received;
    connect(&reader, &PagedReader::pageReceived, &reader, [&](const ListPage &page) {
        answered = true;
        for (qsizetype i = 0; i < page.size(); ++i)
            received.append(page.id(i));
    });
    QSignalSpy finished(&reader, &PagedReader::finished);
    reader.start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(askedBeforeAnAnswer, askedAtOnce);
    received.sort();
    QStringList expected = directory.ids;
    expected.sort();
    QCOMPARE(received, expected);
    QVERIFY2(reader.warning().isEmpty(), qPrintable(reader.warning()));
    QVERIFY(!reader.isIncomplete());
}

void tst_PagedReader::rawForm_passesResourcesOnAsSent()
{
    Directory directory(230);
    QList<QByteArray> raw;
    const Run run = readOrdered(directory, 100, 2, ListPage::Form::Raw, &raw);
    QVERIFY(!run.error.isError());
    QCOMPARE(run.received, directory.ids);
    QCOMPARE(raw.size(), 230);
    // As listResponse() serialises them, byte for byte.
    QCOMPARE(raw.first(), QByteArray(R"({"id":"u1","userName":"u1@example.com"})"));
    QCOMPARE(raw.last(), QByteArray(R"({"id":"u230","userName":"u230@example.com"})"));
}

void tst_PagedReader::malformedPage_failsTheRead_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("kind");
    QTest::newRow("parsed, cut off")
        << int(ListPage::Form::Parsed) << QByteArray("application/json")
        << int(ScimError::Kind::MalformedJson);
    QTest::newRow("raw, cut off") << int(ListPage::Form::Raw) << QByteArray("application/json")
                                  << int(ScimError::Kind::MalformedJson);
    QTest::newRow("raw, html") << int(ListPage::Form::Raw) << QByteArray("text/html")
                               << int(ScimError::Kind::NotScim);
}

void tst_PagedReader::malformedPage_failsTheRead()
{
    QFETCH(int, form);
    QFETCH(QByteArray, contentType);
    QFETCH(int, kind);
    Directory directory(300);
    auto *nam = new FakeNetworkAccessManager([&](const FakeRequest &request) {
        FakeAnswer answer = directory.answer(request);
        if (request.query.queryItemValue(QStringLiteral("startIndex")) == u"101") {
            answer.body.chop(3); // cut off, as a broken proxy might
            answer.contentType = contentType;
        }
        return answer;
    });
    ScimClient client(nam);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2")));
    client.setToken(QStringLiteral("t"));
    PagedReader::Options options;
    options.form = ListPage::Form(form);
    PagedReader reader(&client, options);
    QSignalSpy failed(&reader, &PagedReader::failed);
    reader.start();
    QVERIFY(failed.wait(5'000));
    const auto error = failed.first().first().value<ScimError>();
    QCOMPARE(int(error.kind()), kind);
    QVERIFY(error.message().contains(u"GET /Users"));
}

void tst_PagedReader::converter_madeWhatIsHandedOn()
{
    // Ten users are deleted after the first page: the reader reads again and drops the users
    // it has already handed on. What each page's converter made is what the page hands on.
    Directory directory(3000);
    directory.shrinkAfter = 1;
    PagedReader::Options options;
    options.pageSize = 1000;
    options.concurrency = 2;
    options.form = ListPage::Form::Indexed;
    options.ordered = true;
    options.converter = [] {
        return std::make_shared<IdRecorder>();
    };
    int pages = 0;
    const Run run = read(directory, options, nullptr, [&](const ListPage &page) {
        const IdRecorder *recorder = page.converter<IdRecorder>();
        QVERIFY(recorder);
        QStringList ids;
        for (qsizetype i = 0; i < page.size(); ++i)
            ids.append(page.id(i));
        QCOMPARE(recorder->ids, ids);
        ++pages;
    });
    QVERIFY2(!run.error.isError(), qPrintable(run.error.message()));
    QVERIFY(pages > 3); // the first pass, and a second
    QCOMPARE(QSet<QString>(run.received.cbegin(), run.received.cend()).size(), run.received.size());
    QCOMPARE(run.received.size(), directory.ids.size() + 10); // the deleted ten came first
}

QTEST_GUILESS_MAIN(tst_PagedReader)
#include "tst_pagedreader.moc"
