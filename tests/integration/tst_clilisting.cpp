#include "CliRunner.h"
#include "TestServer.h"
#include "scim/PagedReader.h"
#include "scim/ScimClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

// 'users list' and 'groups list' as a nightly export runs them: the largest pages the service
// allows, each page printed as it arrives, the output the same as a whole read would give.
class tst_CliListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void json_isTheServicesListInItsOrder();
    void everyFormat_printsPagesBeforeTheLastIsRead_data();
    void everyFormat_printsPagesBeforeTheLastIsRead();
    void failingPage_stopsTheOutputWhereItFailed();
    void pageSize_automaticLearnsWhatTheServiceServes_explicitWins();

private:
    using Result = Test::CliResult;
    Result cli(const QStringList &arguments, const QByteArray &input = {});
    void addConnection(const QString &name, const QStringList &options = {});
    void reset(int users, int pageLimit = 0);
    // The list requests the service received since the last reset, as their `count`s: the first,
    // then the others largest first.
    QList<int> listCounts();
    // The users as a whole, collected read (the way the CLI read before it streamed) sees them.
    QJsonArray collectedUsers();
    QJsonObject connectionJson(const QString &name);

    Test::TestServer m_server;
    QString m_binary;
    QTemporaryDir m_config;
};

void tst_CliListing::initTestCase()
{
    m_binary = QStringLiteral(SCIMDESK_CLI_PATH);
    if (const QString why = Test::cliPrerequisites(&m_server, m_binary); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_CliListing::cleanupTestCase()
{
    if (m_server.baseUrl().isValid())
        m_server.reset({{QStringLiteral("users"), 0}, {QStringLiteral("groups"), 0}});
}

tst_CliListing::Result tst_CliListing::cli(const QStringList &arguments, const QByteArray &input)
{
    return Test::runCli(m_binary, m_config.path(), arguments, input);
}

void tst_CliListing::addConnection(const QString &name, const QStringList &options)
{
    cli({QStringLiteral("connection"), QStringLiteral("remove"), name});
    const Result added = cli(QStringList {QStringLiteral("connection"), QStringLiteral("add"), name,
                                          QStringLiteral("--url"), m_server.baseUrl().toString(),
                                          QStringLiteral("--token-stdin")}
                                 + options,
                             m_server.token().toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void tst_CliListing::reset(int users, int pageLimit)
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                            {QStringLiteral("users"), users},
                            {QStringLiteral("groups"), 5},
                            {QStringLiteral("pageLimit"), pageLimit}}));
}

QList<int> tst_CliListing::listCounts()
{
    QList<int> counts;
    for (const QJsonValue &value : m_server.requests()) {
        const QJsonObject request = value.toObject();
        const QJsonObject query = request.value(u"query").toObject();
        const int count = query.value(u"count").toString().toInt();
        // Discovery asks for one user to learn how many there are.
        if (request.value(u"path").toString() == u"/Users" && query.contains(u"startIndex")
            && count != 1)
            counts.append(count);
    }
    // The first page is asked for alone; the others go at once and arrive in any order.
    if (counts.size() > 1)
        std::sort(counts.begin() + 1, counts.end(), std::greater<>());
    return counts;
}

QJsonArray tst_CliListing::collectedUsers()
{
    ScimClient client;
    client.setBaseUrl(m_server.baseUrl());
    client.setToken(m_server.token());
    PagedReader reader(&client, {"/Users", {}, {}, {}, 100, 1, 2});
    QJsonArray users;
    if (reader.runAndCollect(&users).isError())
        qWarning("the collected read failed");
    return users;
}

QJsonObject tst_CliListing::connectionJson(const QString &name)
{
    const Result listed
        = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        if (value.toObject().value(u"name").toString() == name)
            return value.toObject();
    }
    return {};
}

void tst_CliListing::json_isTheServicesListInItsOrder()
{
    reset(2500);
    addConnection(QStringLiteral("Export"));
    QVERIFY(m_server.clearRequests());
    const Result listed
        = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
               QStringLiteral("Export"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(listed.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    // The largest page the service allows (maxResults 1000), with no setting touched.
    QCOMPARE(listCounts(), (QList<int> {1000, 1000, 500}));
    // Content and order as a whole read gives them, and as the service holds them.
    const QJsonArray users = doc.array();
    QCOMPARE(users, collectedUsers());
    QCOMPARE(users, m_server.state().value(u"users").toArray());

    const Result groups
        = cli({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("-c"),
               QStringLiteral("Export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(groups.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(groups.out).array(),
             m_server.state().value(u"groups").toArray());

    reset(0);
    const Result none
        = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
               QStringLiteral("Export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QByteArray("[]\n"));
}

void tst_CliListing::everyFormat_printsPagesBeforeTheLastIsRead_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("table") << QStringLiteral("table");
}

void tst_CliListing::everyFormat_printsPagesBeforeTheLastIsRead()
{
    QFETCH(QString, format);
    reset(300);
    const QJsonArray all = m_server.state().value(u"users").toArray();
    const QString secondPageEnd = all.at(199).toObject().value(u"userName").toString();
    addConnection(QStringLiteral("Slow"),
                  {QStringLiteral("--page-size"), QStringLiteral("100"),
                   QStringLiteral("--concurrency"), QStringLiteral("1")});
    // The last page takes ten seconds to come.
    QVERIFY(m_server.setFaults(
        {{QStringLiteral("script"),
          QJsonArray {
              QJsonObject {{QStringLiteral("match"), QStringLiteral("GET /Users?startIndex=201")},
                           {QStringLiteral("latencyMs"), 10'000}}}}}));

    QProcess process;
    process.setProcessEnvironment(Test::cliEnvironment(m_config.path()));
    process.start(m_binary,
                  {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
                   QStringLiteral("Slow"), QStringLiteral("--format"), format});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += process.readAllStandardOutput()).contains(secondPageEnd.toUtf8()), 8'000);
    // Two pages are out while the last is still on its way: the output is written as it is
    // read, not held until the end.
    QCOMPARE(process.state(), QProcess::Running);
    bool lastPending = false;
    for (const QJsonValue &value : m_server.requests()) {
        const QJsonObject request = value.toObject();
        if (request.value(u"query").toObject().value(u"startIndex").toString() == u"201")
            lastPending = request.value(u"status").isNull();
    }
    QVERIFY(lastPending);
    QVERIFY(!out.contains(all.at(200).toObject().value(u"userName").toString().toUtf8()));

    QVERIFY(process.waitForFinished(30'000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    if (format == u"json") {
        QCOMPARE(QJsonDocument::fromJson(out).array(), all);
    } else {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 301);
        for (int i = 0; i < 300; ++i)
            QVERIFY(
                lines.at(i + 1).contains(all.at(i).toObject().value(u"id").toString().toUtf8()));
    }
    QVERIFY(m_server.setFaults({}));
}

void tst_CliListing::failingPage_stopsTheOutputWhereItFailed()
{
    reset(300);
    addConnection(QStringLiteral("Failing"),
                  {QStringLiteral("--page-size"), QStringLiteral("100"),
                   QStringLiteral("--concurrency"), QStringLiteral("1")});
    QJsonArray script;
    for (int attempt = 0; attempt < 5; ++attempt)
        script.append(
            QJsonObject {{QStringLiteral("match"), QStringLiteral("GET /Users?startIndex=201")},
                         {QStringLiteral("status"), 500}});
    QVERIFY(m_server.setFaults({{QStringLiteral("script"), script}}));
    const Result failed
        = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("-c"),
               QStringLiteral("Failing"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(m_server.setFaults({}));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("500"), failed.err.constData());
    // Two pages were printed; the array is left open, so that no parser takes it for the
    // whole list.
    QVERIFY(failed.out.startsWith("[\n{"));
    QCOMPARE(failed.out.count("\"userName\""), 200);
    QJsonParseError error;
    QJsonDocument::fromJson(failed.out, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void tst_CliListing::pageSize_automaticLearnsWhatTheServiceServes_explicitWins()
{
    // A service that says it allows 1000 a page but serves 70.
    reset(300, 70);
    addConnection(QStringLiteral("Auto"));
    QJsonObject json = connectionJson(QStringLiteral("Auto"));
    QCOMPARE(json.value(u"pageSize").toString(), QStringLiteral("auto"));
    QVERIFY(json.value(u"servedPageSize").isNull());

    QVERIFY(m_server.clearRequests());
    const QStringList list {QStringLiteral("users"),    QStringLiteral("list"),
                            QStringLiteral("-c"),       QStringLiteral("Auto"),
                            QStringLiteral("--format"), QStringLiteral("csv")};
    Result listed = cli(list);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.trimmed().split('\n').size(), 301);
    QCOMPARE(listCounts(), (QList<int> {1000, 70, 70, 70, 20}));
    json = connectionJson(QStringLiteral("Auto"));
    QCOMPARE(json.value(u"pageSize").toString(), QStringLiteral("auto"));
    QCOMPARE(json.value(u"servedPageSize").toInt(), 70);

    // Remembered: the next read asks for what the service serves at once.
    QVERIFY(m_server.clearRequests());
    QCOMPARE(cli(list).exitCode, 0);
    QCOMPARE(listCounts(), (QList<int> {70, 70, 70, 70, 20}));

    // An explicit page size wins, and learns nothing.
    QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("set"), QStringLiteral("Auto"),
                  QStringLiteral("--page-size"), QStringLiteral("50")})
                 .exitCode,
             0);
    QCOMPARE(connectionJson(QStringLiteral("Auto")).value(u"pageSize").toInt(), 50);
    QVERIFY(m_server.clearRequests());
    QCOMPARE(cli(list).exitCode, 0);
    QCOMPARE(listCounts(), QList<int>(6, 50));

    // Back to automatic: learnt again from scratch.
    QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("set"), QStringLiteral("Auto"),
                  QStringLiteral("--page-size"), QStringLiteral("auto")})
                 .exitCode,
             0);
    json = connectionJson(QStringLiteral("Auto"));
    QCOMPARE(json.value(u"pageSize").toString(), QStringLiteral("auto"));
    QVERIFY(json.value(u"servedPageSize").isNull());
    QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("set"), QStringLiteral("Auto"),
                  QStringLiteral("--page-size"), QStringLiteral("none")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(tst_CliListing)
#include "tst_clilisting.moc"
