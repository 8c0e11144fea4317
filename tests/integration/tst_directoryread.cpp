#include "TestServer.h"
#include "connections/ConnectionProfile.h"
#include "directory/Directory.h"
#include "scim/Filter.h"
#include "scim/PagedReader.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ScimDesk;

// Reading whole directories from the real SCIM test service, in both profiles and through
// injected faults: every user arrives exactly once.
class tst_DirectoryRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readsAllUsers_data();
    void readsAllUsers();
    void faults_everyUserArrivesOnce_data();
    void faults_everyUserArrivesOnce();
    void lucid_hidesDeactivatedUsers_butEqFindsThem();
    void lookUps_keepToTheConnectionsConcurrency();
    void stopWhileGroupsLoad_saysGroupsAreIncomplete();
    void rows_comeInTheServicesOrder();
    void lucid_refusesOtherOperators();
    void filter_withQuotesAndBackslashes_matchesLiterally();
    void attributes_limitWhatComesBack();
    void groups_areRead();

private:
    void useClient(ScimClient &client);
    QSet<QString> expectedIds(bool activeOnly);

    Test::TestServer m_server;
};

void tst_DirectoryRead::initTestCase()
{
    QString error;
    m_server = Test::TestServer::fromEnvironment(&error);
    if (!error.isEmpty())
        QSKIP(qPrintable(error));
}

void tst_DirectoryRead::cleanup()
{
    m_server.setFaults({});
}

void tst_DirectoryRead::useClient(ScimClient &client)
{
    client.setBaseUrl(m_server.baseUrl());
    client.setToken(m_server.token());
    client.setRetryPolicy({8, 20, 200, 5});
}

QSet<QString> tst_DirectoryRead::expectedIds(bool activeOnly)
{
    QSet<QString> ids;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        if (!activeOnly || user.value(u"active").toBool(true))
            ids.insert(user.value(u"id").toString());
    }
    return ids;
}

void tst_DirectoryRead::readsAllUsers_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("concurrency");
    QTest::newRow("generic 1000 by 100") << QStringLiteral("generic") << 1000 << 100 << 4;
    QTest::newRow("generic 777 by 1000") << QStringLiteral("generic") << 777 << 1000 << 2;
    QTest::newRow("lucid asks 500, gets 100") << QStringLiteral("lucid") << 650 << 500 << 4;
    QTest::newRow("lucid 1 at a time") << QStringLiteral("lucid") << 40 << 7 << 1;
}

void tst_DirectoryRead::readsAllUsers()
{
    QFETCH(QString, profile);
    QFETCH(int, users);
    QFETCH(int, pageSize);
    QFETCH(int, concurrency);
    QVERIFY(m_server.reset({{QStringLiteral("profile"), profile},
                            {QStringLiteral("users"), users},
                            {QStringLiteral("groups"), 5}}));
    ScimClient client;
    useClient(client);
    PagedReader reader(&client, {"/Users", {}, {}, {}, pageSize, concurrency, 2});
    QJsonArray resources;
    const ScimError error = reader.runAndCollect(&resources);
    QVERIFY2(!error.isError(), qPrintable(error.message()));

    QSet<QString> ids;
    for (const QJsonValue &value : std::as_const(resources))
        ids.insert(value.toObject().value(u"id").toString());
    QCOMPARE(ids.size(), resources.size());
    QCOMPARE(ids, expectedIds(profile == u"lucid"));
    if (profile == u"lucid")
        QCOMPARE(reader.effectivePageSize(), qMin(pageSize, 100));
}

void tst_DirectoryRead::faults_everyUserArrivesOnce_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QJsonObject>("faults");
    QTest::newRow("generic 500s") << QStringLiteral("generic")
                                  << QJsonObject {{QStringLiteral("error500Rate"), 0.3},
                                                  {QStringLiteral("randomSeed"), 3}};
    QTest::newRow("lucid 429s") << QStringLiteral("lucid")
                                << QJsonObject {{QStringLiteral("error429Rate"), 0.3},
                                                {QStringLiteral("retryAfterSeconds"), 0},
                                                {QStringLiteral("randomSeed"), 4}};
    QTest::newRow("lucid resets") << QStringLiteral("lucid")
                                  << QJsonObject {{QStringLiteral("resetRate"), 0.2},
                                                  {QStringLiteral("randomSeed"), 5}};
    QTest::newRow("generic mixed") << QStringLiteral("generic")
                                   << QJsonObject {{QStringLiteral("error500Rate"), 0.1},
                                                   {QStringLiteral("error429Rate"), 0.1},
                                                   {QStringLiteral("retryAfterSeconds"), 0},
                                                   {QStringLiteral("resetRate"), 0.1},
                                                   {QStringLiteral("randomSeed"), 6}};
}

void tst_DirectoryRead::faults_everyUserArrivesOnce()
{
    QFETCH(QString, profile);
    QFETCH(QJsonObject, faults);
    QVERIFY(m_server.reset({{QStringLiteral("profile"), profile},
                            {QStringLiteral("users"), 1200},
                            {QStringLiteral("groups"), 0}}));
    const QSet<QString> expected = expectedIds(profile == u"lucid");
    QVERIFY(m_server.setFaults(faults));

    ScimClient client;
    useClient(client);
    PagedReader reader(&client, {"/Users", {}, {}, {}, 100, 4, 2});
    QJsonArray resources;
    const ScimError error = reader.runAndCollect(&resources);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QSet<QString> ids;
    for (const QJsonValue &value : std::as_const(resources))
        ids.insert(value.toObject().value(u"id").toString());
    QCOMPARE(ids.size(), resources.size());
    QCOMPARE(ids, expected);

    // The faults really happened.
    int faulted = 0;
    for (const QJsonValue &request : m_server.requests())
        faulted += request.toObject().value(u"faulted").isString() ? 1 : 0;
    QVERIFY2(faulted > 0, "no fault was injected");
}

void tst_DirectoryRead::lucid_hidesDeactivatedUsers_butEqFindsThem()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 200}}));
    QString inactive;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        if (!value.toObject().value(u"active").toBool(true)) {
            inactive = value.toObject().value(u"userName").toString();
            break;
        }
    }
    QVERIFY2(!inactive.isEmpty(), "the seed has no deactivated user");

    ScimClient client;
    useClient(client);
    PagedReader all(&client, {"/Users", {}, {}, {}, 100, 2, 2});
    QJsonArray listed;
    QVERIFY(!all.runAndCollect(&listed).isError());
    for (const QJsonValue &value : std::as_const(listed))
        QVERIFY(value.toObject().value(u"userName").toString() != inactive);

    PagedReader lookup(
        &client, {"/Users", Filter::eq(QStringLiteral("userName"), inactive), {}, {}, 100, 1, 1});
    QJsonArray found;
    QVERIFY(!lookup.runAndCollect(&found).isError());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"active").toBool(), false);
}

void tst_DirectoryRead::lookUps_keepToTheConnectionsConcurrency()
{
    // An import of many new hires looks each one up (Lucid hides deactivated users): never more
    // requests at once than the connection allows, and every one is found.
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 300}}));
    // The deactivated users of the seed (lists leave them out), then active ones: ten in all.
    QStringList names;
    QStringList active;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        const QJsonObject user = value.toObject();
        (user.value(u"active").toBool(true) ? active : names)
            .append(user.value(u"userName").toString());
    }
    QVERIFY(!names.isEmpty());
    names += active.mid(0, 10 - names.size());
    QStringList filters;
    for (const QString &name : std::as_const(names))
        filters.append(Filter::eq(QStringLiteral("userName"), name));
    QCOMPARE(filters.size(), 10);

    ScimClient client;
    useClient(client);
    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("lucid")));
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.concurrency = 2;
    Directory directory;
    directory.attach(&client, discovery.run().capabilities, profile);
    m_server.setFaults({{QStringLiteral("latencyMs"), 150}});
    m_server.clearRequests();
    QStringList found;
    bool done = false;
    directory.lookUpUsers(filters, this, [&](const QStringList &answered, const ScimError &error) {
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        found = answered;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
    found.sort();
    names.sort();
    QCOMPARE(found, names);
    QCOMPARE(directory.users()->rowCount(), 10);

    // At most two at a time: no request started before two others had ended.
    QList<std::pair<qint64, qint64>> spans; // start, end in ms
    for (const QJsonValue &value : m_server.requests()) {
        const QJsonObject request = value.toObject();
        const qint64 start
            = QDateTime::fromString(request.value(u"time").toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        spans.append({start, start + qint64(request.value(u"durationMs").toDouble())});
    }
    QCOMPARE(spans.size(), 10);
    int most = 0;
    for (const auto &[start, end] : spans) {
        int open = 0;
        for (const auto &[otherStart, otherEnd] : spans)
            open += otherStart <= start && start < otherEnd - 40 ? 1 : 0; // slack for a busy server
        most = qMax(most, open);
    }
    QVERIFY2(most <= 2, qPrintable(QString::number(most)));

    // A rejected token fails every look-up alike: after the first failure no more are sent.
    QVERIFY(m_server.setFaults(
        {{QStringLiteral("script"),
          QJsonArray {QJsonObject {{QStringLiteral("match"), QStringLiteral("GET /Users")},
                                   {QStringLiteral("status"), 401}}}}}));
    QVERIFY(m_server.clearRequests());
    ScimError failure;
    done = false;
    directory.lookUpUsers(filters, this, [&](const QStringList &, const ScimError &error) {
        failure = error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
    QCOMPARE(failure.kind(), ScimError::Kind::Unauthorized);
    // Two were in flight; the other may answer first and start a third. Never all ten.
    QVERIFY2(m_server.requests().size() <= 3,
             qPrintable(QString::number(m_server.requests().size())));
}

void tst_DirectoryRead::rows_comeInTheServicesOrder()
{
    // A load asks for four pages at once and they answer in any order: the table lists the
    // users as the service does all the same, the same way every time (here the first page
    // comes last).
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                            {QStringLiteral("users"), 400},
                            {QStringLiteral("groups"), 0}}));
    ScimClient client;
    useClient(client);
    PagedReader oneByOne(&client, {"/Users", {}, {}, {}, 100, 1, 2});
    QJsonArray listed;
    QVERIFY(!oneByOne.runAndCollect(&listed).isError());
    QCOMPARE(listed.size(), 400);

    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("generic")));
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.pageSize = 100;
    profile.concurrency = 4;
    Directory directory;
    directory.attach(&client, discovery.run().capabilities, profile, 400);
    QVERIFY(m_server.setFaults(
        {{QStringLiteral("script"),
          QJsonArray {
              QJsonObject {{QStringLiteral("match"), QStringLiteral("GET /Users?startIndex=1")},
                           {QStringLiteral("latencyMs"), 400}}}}}));
    directory.load();
    QTRY_COMPARE_WITH_TIMEOUT(directory.state(), Directory::State::Complete, 10'000);
    QCOMPARE(directory.users()->rowCount(), 400);
    for (int row = 0; row < 400; ++row)
        QCOMPARE(directory.users()->store().at(row).id(),
                 listed.at(row).toObject().value(u"id").toString());
}

void tst_DirectoryRead::stopWhileGroupsLoad_saysGroupsAreIncomplete()
{
    // Every user is in, the groups are slow, the admin presses Esc: the users are complete, but
    // the groups say they are not (an import with a groups column then waits for them).
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                            {QStringLiteral("users"), 50},
                            {QStringLiteral("groups"), 3}}));
    ScimClient client;
    useClient(client);
    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("generic")));
    Directory directory;
    directory.attach(&client, discovery.run().capabilities,
                     ConnectionProfile::fromPreset(QStringLiteral("generic")));
    QVERIFY(m_server.setFaults(
        {{QStringLiteral("script"),
          QJsonArray {QJsonObject {{QStringLiteral("match"), QStringLiteral("GET /Groups")},
                                   {QStringLiteral("latencyMs"), 3000}}}}}));
    directory.load();
    QTRY_COMPARE_WITH_TIMEOUT(directory.users()->rowCount(), 50, 10'000);
    QCOMPARE(directory.state(), Directory::State::Loading);
    directory.cancel();
    QCOMPARE(directory.state(), Directory::State::Complete);
    QVERIFY(directory.groupsStatus().contains(u"Groups are incomplete"));
    QVERIFY(directory.statusText().contains(u"groups incomplete"));
    QVERIFY(directory.groupsIncomplete());

    directory.load();
    QTRY_COMPARE_WITH_TIMEOUT(directory.state(), Directory::State::Complete, 10'000);
    QVERIFY(directory.groupsStatus().isEmpty());
    QVERIFY(!directory.groupsIncomplete());
    QCOMPARE(directory.groups()->rowCount(), 3);
}

void tst_DirectoryRead::lucid_refusesOtherOperators()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("lucid")}, {QStringLiteral("users"), 10}}));
    ScimClient client;
    useClient(client);
    PagedReader reader(
        &client,
        {"/Users",
         Filter::compare(QStringLiteral("userName"), QStringLiteral("sw"), QStringLiteral("a")),
         {},
         {},
         100,
         1,
         1});
    QJsonArray found;
    const ScimError error = reader.runAndCollect(&found);
    QCOMPARE(error.kind(), ScimError::Kind::InvalidFilter);
    QVERIFY(error.message().contains(u"eq"));
}

void tst_DirectoryRead::filter_withQuotesAndBackslashes_matchesLiterally()
{
    // SCIMMY does not understand escapes inside filter strings: it refuses `\"` with 400
    // invalidFilter and compares `\\` literally. A correctly escaped filter must therefore
    // either find exactly the one user or be refused — and the classic injection must never
    // match everyone.
    const QString tricky = QStringLiteral(R"(o"brien\x@example.com)");
    QJsonObject seed {
        {QStringLiteral("users"),
         QJsonArray {
             QJsonObject {{QStringLiteral("userName"), tricky}, {QStringLiteral("active"), true}},
             QJsonObject {{QStringLiteral("userName"), QStringLiteral("plain@example.com")},
                          {QStringLiteral("active"), true}},
             QJsonObject {{QStringLiteral("userName"), QStringLiteral("x")},
                          {QStringLiteral("active"), true}}}}};
    for (const QString &profile : {QStringLiteral("generic"), QStringLiteral("lucid")}) {
        QVERIFY(m_server.reset({{QStringLiteral("profile"), profile},
                                {QStringLiteral("users"), 0},
                                {QStringLiteral("groups"), 0},
                                {QStringLiteral("seed"), seed}}));
        ScimClient client;
        useClient(client);
        PagedReader exact(
            &client, {"/Users", Filter::eq(QStringLiteral("userName"), tricky), {}, {}, 100, 1, 1});
        QJsonArray found;
        const ScimError error = exact.runAndCollect(&found);
        if (error.isError()) {
            QCOMPARE(error.kind(), ScimError::Kind::InvalidFilter);
        } else {
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().toObject().value(u"userName").toString(), tricky);
        }

        PagedReader injected(
            &client,
            {"/Users",
             Filter::eq(QStringLiteral("userName"), QStringLiteral(R"(x" or userName pr or ")")),
             {},
             {},
             100,
             1,
             1});
        QJsonArray none;
        const ScimError injectedError = injected.runAndCollect(&none);
        if (injectedError.isError())
            QCOMPARE(injectedError.kind(), ScimError::Kind::InvalidFilter);
        QCOMPARE(none.size(), 0);

        // Plain values go through untouched.
        PagedReader plain(
            &client,
            {"/Users",
             Filter::eq(QStringLiteral("userName"), QStringLiteral("plain@example.com")),
             {},
             {},
             100,
             1,
             1});
        QJsonArray one;
        QVERIFY(!plain.runAndCollect(&one).isError());
        QCOMPARE(one.size(), 1);
    }
}

void tst_DirectoryRead::attributes_limitWhatComesBack()
{
    QVERIFY(m_server.reset(
        {{QStringLiteral("profile"), QStringLiteral("generic")}, {QStringLiteral("users"), 30}}));
    ScimClient client;
    useClient(client);
    PagedReader reader(&client, {"/Users", {}, {QStringLiteral("userName")}, {}, 100, 1, 1});
    QJsonArray found;
    QVERIFY(!reader.runAndCollect(&found).isError());
    QCOMPARE(found.size(), 30);
    const QJsonObject user = found.first().toObject();
    QVERIFY(user.contains(u"userName"));
    QVERIFY(user.contains(u"id")); // always returned
    QVERIFY(!user.contains(u"emails"));

    PagedReader excluded(&client, {"/Users", {}, {}, {QStringLiteral("emails")}, 100, 1, 1});
    QJsonArray less;
    QVERIFY(!excluded.runAndCollect(&less).isError());
    QVERIFY(!less.first().toObject().contains(u"emails"));
    QVERIFY(less.first().toObject().contains(u"name"));
}

void tst_DirectoryRead::groups_areRead()
{
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 100},
                            {QStringLiteral("groups"), 130}}));
    ScimClient client;
    useClient(client);
    PagedReader reader(&client, {"/Groups", {}, {}, {}, 100, 2, 2});
    QJsonArray groups;
    QVERIFY(!reader.runAndCollect(&groups).isError());
    QCOMPARE(groups.size(), 130);
    QVERIFY(groups.first().toObject().value(u"id").toString().startsWith(u"lucid-group-"));
}

QTEST_GUILESS_MAIN(tst_DirectoryRead)
#include "tst_directoryread.moc"
