#include "CliRunner.h"
#include "TestServer.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ScimDesk;

// Handing a Lucid leaver's documents to someone, end to end against the test service's
// simulation of Lucid's OAuth server and REST API: the sign-in through scimdesk-cli (the test
// plays the browser), plans that hand over then deactivate, a refresh during apply, a failing
// hand-over, and where the secrets never go.
class tst_LucidRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planning_withoutSignIn_saysHowToSignIn();
    void signIn_waitsForTheBrowser_andSaysWhenNoneCame();
    void signIn_deniedByTheAdmin_saysSoAtOnce();
    void signIn_throughTheCli_followingThePrintedUrl();
    void apply_handsOverBeforeDeactivating_refreshingARefusedToken();
    void apply_expiredToken_isRefreshedWithTheRotatedRefreshToken();
    void offboard_handsDocumentsToTheManagerFirst();
    void manyHandOvers_stayUnderLucidsLimit();
    void failingHandOver_blocksOnlyThatUsersDeactivation(); // before the revert: its run is last
    void revert_saysAHandOverCannotBeUndone();
    void secrets_neverReachFilesOrOutput();

private:
    Test::CliResult cli(const QStringList &arguments, const QByteArray &input = {});
    QProcess *startSignIn(const QStringList &extra);
    // The address the sign-in printed (its output so far in `out`).
    static QUrl printedAddress(QProcess *process, QByteArray *out);
    // Follows `address` as a browser does, redirects and all.
    QNetworkReply *openInBrowser(const QUrl &address);
    QJsonObject rest(const QByteArray &method = "GET", const QJsonObject &body = {});
    QJsonObject user(const QString &userName);
    ConnectionProfile profile() const;
    // Saves a plan handing each leaver's documents to the recipient, then deactivating them.
    QString handOverPlan(const QList<std::pair<QString, QString>> &leavers);
    Test::CliResult apply(const QString &plan);
    QUrl root() const;

    Test::TestServer m_server;
    QString m_binary;
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    QTemporaryDir m_plans;
    QNetworkAccessManager m_browser;
    QByteArray m_output; // everything the CLI printed
    int m_planCount = 0;
};

static const QString Connection = QStringLiteral("Lucid REST");
// More hand-overs in one apply than Lucid takes in 5 s (30).
static constexpr int ManyLeavers = 35;
static const QString ClientId = QStringLiteral("scimdesk-test-client");
// With characters a form encoding must not lose ('+' would arrive as a space).
static const QByteArray ClientSecret = "scimdesk+test/secret=";

QUrl tst_LucidRest::root() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QString());
    return url;
}

void tst_LucidRest::initTestCase()
{
    m_binary = QStringLiteral(SCIMDESK_CLI_PATH);
    if (const QString why = Test::cliPrerequisites(&m_server, m_binary); !why.isEmpty())
        QSKIP(qPrintable(why));
    QJsonArray users;
    QStringList names {u"ada"_qs, u"grace"_qs, u"bob"_qs,  u"carol"_qs,
                       u"dan"_qs, u"erin"_qs,  u"frank"_qs};
    for (int i = 1; i <= ManyLeavers; ++i)
        names.append(u"leaver%1"_qs.arg(i));
    for (const QString &name : std::as_const(names)) {
        const QString email = name + u"@example.com";
        // "Ada Test"
        const QString displayName = name.left(1).toUpper() + name.mid(1) + u" Test";
        QJsonObject resource {
            {QStringLiteral("schemas"),
             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("userName"), email},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("active"), true},
            {QStringLiteral("emails"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), email},
                                      {QStringLiteral("type"), QStringLiteral("work")},
                                      {QStringLiteral("primary"), true}}}},
        };
        // Frank manages Erin (the enterprise manager attribute, by id).
        if (name == u"frank")
            resource.insert(QStringLiteral("id"), QStringLiteral("u-frank"));
        if (name == u"erin")
            resource.insert(
                QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
                QJsonObject {{QStringLiteral("manager"),
                              QJsonObject {{QStringLiteral("value"), QStringLiteral("u-frank")}}}});
        users.append(resource);
    }
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 0},
                            {QStringLiteral("groups"), 0},
                            {QStringLiteral("seed"),
                             QJsonObject {{QStringLiteral("users"), users},
                                          {QStringLiteral("groups"), QJsonArray()}}}}));
    QVERIFY(rest("DELETE").value(u"ok").toBool());
    const Test::CliResult added
        = cli({QStringLiteral("connection"), QStringLiteral("add"), Connection,
               QStringLiteral("--url"), m_server.baseUrl().toString(), QStringLiteral("--preset"),
               QStringLiteral("lucid"), QStringLiteral("--token-stdin")},
              m_server.token().toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
}

Test::CliResult tst_LucidRest::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    const Test::CliResult result = Test::runCli(m_binary, m_config.path(), arguments, input, extra);
    m_output += result.out + result.err;
    return result;
}

QJsonObject tst_LucidRest::rest(const QByteArray &method, const QJsonObject &body)
{
    QNetworkRequest request(root().resolved(QUrl(QStringLiteral("/_admin/lucidRest"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_browser.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10'000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonObject tst_LucidRest::user(const QString &userName)
{
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        if (value.toObject().value(u"userName").toString() == userName)
            return value.toObject();
    }
    return {};
}

ConnectionProfile tst_LucidRest::profile() const
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = Connection;
    profile.baseUrl = m_server.baseUrl();
    profile.lucidRest.clientId = ClientId;
    profile.lucidRest.signedIn = true;
    return profile;
}

QString tst_LucidRest::handOverPlan(const QList<std::pair<QString, QString>> &leavers)
{
    ServiceCapabilities capabilities;
    capabilities.patch = true;
    capabilities.etag = true;
    capabilities.applyPreset(Preset::byId(QStringLiteral("lucid")));
    PlanBuilder builder(profile(), capabilities);
    for (const auto &[leaver, recipient] : leavers) {
        const QJsonObject account = user(leaver);
        builder.deactivate(account, QStringLiteral("leaver"));
        builder.transferDocuments(account, recipient, QStringLiteral("their manager"));
    }
    if (!builder.problems().isEmpty())
        qWarning() << builder.problems();
    const QString path = m_plans.filePath(QStringLiteral("plan-%1.json").arg(++m_planCount));
    if (const QString error = builder.plan().save(path); !error.isEmpty())
        qWarning() << error;
    return path;
}

Test::CliResult tst_LucidRest::apply(const QString &plan)
{
    // A small directory: each leaver is more than 5 % of it.
    return cli({QStringLiteral("apply"), plan, QStringLiteral("--yes"),
                QStringLiteral("--allow-mass-deprovision"), QStringLiteral("5"),
                QStringLiteral("--json")});
}

QProcess *tst_LucidRest::startSignIn(const QStringList &extra)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    process->setProcessEnvironment(Test::cliEnvironment(m_config.path(), env));
    const QString base = root().toString();
    process->start(
        m_binary,
        QStringList {QStringLiteral("connection"), QStringLiteral("auth"), Connection,
                     QStringLiteral("--lucid-rest"), QStringLiteral("--client-id"), ClientId,
                     QStringLiteral("--client-secret-stdin"), QStringLiteral("--authorize-url"),
                     base + QStringLiteral("/oauth2/authorizeAccount"),
                     QStringLiteral("--token-url"), base + QStringLiteral("/oauth2/token"),
                     QStringLiteral("--api-url"), base}
            + extra);
    process->write(ClientSecret + '\n');
    process->closeWriteChannel();
    return process;
}

void tst_LucidRest::planning_withoutSignIn_saysHowToSignIn()
{
    ConnectionProfile unsigned_ = profile();
    unsigned_.lucidRest.signedIn = false;
    PlanBuilder builder(unsigned_, ServiceCapabilities {});
    builder.deactivate(user(QStringLiteral("ada@example.com")));
    QVERIFY(builder
                .transferDocuments(user(QStringLiteral("ada@example.com")),
                                   QStringLiteral("grace@example.com"))
                .isEmpty());
    QCOMPARE(builder.problems().size(), 1);
    QVERIFY2(
        builder.problems().first().contains(
            QStringLiteral("scimdesk-cli connection auth \"%1\" --lucid-rest").arg(Connection)),
        qPrintable(builder.problems().first()));
    QCOMPARE(builder.plan().changes.size(), 1); // the deactivation alone
}

void tst_LucidRest::signIn_waitsForTheBrowser_andSaysWhenNoneCame()
{
    QProcess *process = startSignIn({QStringLiteral("--timeout"), QStringLiteral("1")});
    if (process->state() != QProcess::NotRunning)
        QVERIFY(process->waitForFinished(60'000));
    QVERIFY2(process->exitStatus() == QProcess::NormalExit, "scimdesk-cli crashed");
    const QByteArray out = process->readAllStandardOutput();
    const QByteArray err = process->readAllStandardError();
    m_output += out + err;
    QCOMPARE(process->exitCode(), 4);
    QVERIFY2(out.contains("/oauth2/authorizeAccount?"), out.constData());
    QVERIFY2(err.contains("No answer from the browser within 1 s"), err.constData());
    QCOMPARE(rest().value(u"counts").toObject().value(u"tokenGrants").toInt(), 0);
}

QUrl tst_LucidRest::printedAddress(QProcess *process, QByteArray *out)
{
    QUrl address;
    while (address.isEmpty() && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(1000);
        *out += process->readAllStandardOutput();
        for (const QByteArray &line : out->split('\n')) {
            if (line.trimmed().startsWith("http"))
                address = QUrl::fromEncoded(line.trimmed());
        }
    }
    return address;
}

QNetworkReply *tst_LucidRest::openInBrowser(const QUrl &address)
{
    QNetworkRequest request(address);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *page = m_browser.get(request);
    QSignalSpy loaded(page, &QNetworkReply::finished);
    loaded.wait(30'000);
    page->deleteLater();
    return page;
}

void tst_LucidRest::signIn_deniedByTheAdmin_saysSoAtOnce()
{
    rest("POST", {{QStringLiteral("denyConsent"), true}});
    QProcess *process = startSignIn({QStringLiteral("--timeout"), QStringLiteral("120")});
    QByteArray out;
    const QUrl address = printedAddress(process, &out);
    QVERIFY2(address.isValid(), out.constData());
    openInBrowser(address);
    rest("POST", {{QStringLiteral("denyConsent"), false}});
    if (process->state() != QProcess::NotRunning)
        QVERIFY(process->waitForFinished(60'000));
    QVERIFY2(process->exitStatus() == QProcess::NormalExit, "scimdesk-cli crashed");
    const QByteArray err = process->readAllStandardError();
    m_output += out + process->readAllStandardOutput() + err;
    QVERIFY2(process->exitCode() == 4, err.constData());
    QVERIFY2(err.contains("Lucid did not grant access (access_denied)"), err.constData());
}

void tst_LucidRest::signIn_throughTheCli_followingThePrintedUrl()
{
    QProcess *process = startSignIn({QStringLiteral("--timeout"), QStringLiteral("120")});
    QByteArray out;
    const QUrl address = printedAddress(process, &out);
    QVERIFY2(address.isValid(), out.constData());
    const QUrlQuery query(address);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), u"S256"_qs);
    QCOMPARE(query.queryItemValue(QStringLiteral("scope")), u"account.user.transfercontent"_qs);

    // The browser: Lucid's page redirects to ScimDesk's loopback address with a code.
    QNetworkReply *page = openInBrowser(address);
    QVERIFY(page->isFinished());
    QCOMPARE(page->error(), QNetworkReply::NoError);
    QVERIFY(page->url().host() == u"127.0.0.1" || page->url().host() == u"localhost");

    if (process->state() != QProcess::NotRunning)
        QVERIFY(process->waitForFinished(60'000));
    QVERIFY2(process->exitStatus() == QProcess::NormalExit, "scimdesk-cli crashed");
    out += process->readAllStandardOutput();
    const QByteArray err = process->readAllStandardError();
    m_output += out + err;
    QVERIFY2(process->exitCode() == 0, err.constData());
    QVERIFY2(out.contains("Signed in to Lucid's REST API"), out.constData());
    QCOMPARE(rest().value(u"counts").toObject().value(u"tokenGrants").toInt(), 1);

    const Test::CliResult list
        = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject saved = QJsonDocument::fromJson(list.out).array().first().toObject();
    QCOMPARE(saved.value(u"lucidRestSignedIn").toBool(), true);
}

void tst_LucidRest::apply_handsOverBeforeDeactivating_refreshingARefusedToken()
{
    // The service forgets every access token: the first hand-over is refused (401), the token
    // is refreshed and the hand-over sent again. The new token lives 5 s, for the next test.
    rest("POST", {{QStringLiteral("revokeAccessTokens"), true}});
    rest("POST", {{QStringLiteral("accessTokenTtlSeconds"), 5}});
    const QString plan
        = handOverPlan({{QStringLiteral("ada@example.com"), QStringLiteral("grace@example.com")}});
    const Test::CliResult show = cli({QStringLiteral("show"), plan});
    QVERIFY2(show.out.contains("Hand Ada Test's documents to grace@example.com before "
                               "deactivating (their manager)"),
             show.out.constData());

    const Test::CliResult applied = apply(plan);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const QJsonObject state = rest();
    const QJsonArray transfers = state.value(u"transfers").toArray();
    QCOMPARE(transfers.size(), 1);
    QCOMPARE(transfers.first()[u"fromUser"].toString(), u"ada@example.com"_qs);
    QCOMPARE(transfers.first()[u"toUser"].toString(), u"grace@example.com"_qs);
    // Handed over while the account was still active, and before the deactivation was sent.
    QCOMPARE(transfers.first()[u"fromActive"].toBool(), true);
    const QString adaPath
        = u"/Users/"_qs + user(QStringLiteral("ada@example.com"))[u"id"].toString();
    int deactivationSeq = 0;
    for (const QJsonValue &request : m_server.requests()) {
        if (request[u"method"].toString() == u"PATCH" && request[u"path"].toString() == adaPath)
            deactivationSeq = request[u"seq"].toInt();
    }
    QVERIFY(deactivationSeq > transfers.first()[u"afterScimRequest"].toInt());
    QCOMPARE(user(QStringLiteral("ada@example.com")).value(u"active").toBool(), false);
    QCOMPARE(state.value(u"counts")[u"unauthorized"].toInt(), 1);
    QCOMPARE(state.value(u"counts")[u"refreshes"].toInt(), 1);
}

void tst_LucidRest::apply_expiredToken_isRefreshedWithTheRotatedRefreshToken()
{
    // The stored access token (5 s) is too close to expiring to be sent: it is refreshed
    // first, with the refresh token the last refresh gave (the one before is spent), and not
    // refused once.
    const QJsonObject before = rest().value(u"counts").toObject();
    const QString plan
        = handOverPlan({{QStringLiteral("dan@example.com"), QStringLiteral("grace@example.com")}});
    const Test::CliResult applied = apply(plan);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const QJsonObject state = rest();
    QCOMPARE(state.value(u"counts")[u"refreshes"].toInt(), before[u"refreshes"].toInt() + 1);
    QCOMPARE(state.value(u"counts")[u"unauthorized"].toInt(), before[u"unauthorized"].toInt());
    QCOMPARE(state.value(u"transfers").toArray().last()[u"fromUser"].toString(),
             u"dan@example.com"_qs);
    QCOMPARE(user(QStringLiteral("dan@example.com")).value(u"active").toBool(), false);
    rest("POST", {{QStringLiteral("accessTokenTtlSeconds"), 3600}});
}

void tst_LucidRest::offboard_handsDocumentsToTheManagerFirst()
{
    const QString plan = m_plans.filePath(QStringLiteral("offboard-erin.json"));
    const Test::CliResult planned
        = cli({QStringLiteral("offboard"), QStringLiteral("erin@example.com"),
               QStringLiteral("--connections"), Connection, QStringLiteral("--documents-to"),
               QStringLiteral("manager"), QStringLiteral("-o"), plan, QStringLiteral("--json")});
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    const QJsonObject summary
        = QJsonDocument::fromJson(planned.out).object().value(u"summary").toObject();
    QCOMPARE(summary.value(u"documentTransfers").toInt(), 1);
    QCOMPARE(summary.value(u"deactivate").toInt(), 1);
    const Test::CliResult shown = cli({QStringLiteral("show"), plan});
    QVERIFY2(shown.out.contains("Hand Erin Test's documents to frank@example.com before "
                                "deactivating (their manager)"),
             shown.out.constData());

    const qsizetype before = rest().value(u"transfers").toArray().size();
    const Test::CliResult applied = apply(plan);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const QJsonArray transfers = rest().value(u"transfers").toArray();
    QCOMPARE(transfers.size(), before + 1);
    QCOMPARE(transfers.last()[u"fromUser"].toString(), u"erin@example.com"_qs);
    QCOMPARE(transfers.last()[u"toUser"].toString(), u"frank@example.com"_qs);
    QCOMPARE(transfers.last()[u"fromActive"].toBool(), true);
    QCOMPARE(user(QStringLiteral("erin@example.com")).value(u"active").toBool(), false);

    // Someone naming no manager: planned without a hand-over, and said.
    const Test::CliResult noManager
        = cli({QStringLiteral("offboard"), QStringLiteral("frank@example.com"),
               QStringLiteral("--connections"), Connection, QStringLiteral("--documents-to"),
               QStringLiteral("manager"), QStringLiteral("-o"),
               m_plans.filePath(QStringLiteral("offboard-frank.json"))});
    QCOMPARE(noManager.exitCode, 0);
    QVERIFY2(noManager.out.contains("names no manager"), noManager.out.constData());
}

void tst_LucidRest::failingHandOver_blocksOnlyThatUsersDeactivation()
{
    const QString plan = handOverPlan(
        {{QStringLiteral("bob@example.com"), QStringLiteral("nobody@example.com")},
         {QStringLiteral("carol@example.com"), QStringLiteral("grace@example.com")}});
    const Test::CliResult applied = apply(plan);
    QCOMPARE(applied.exitCode, 1);
    QCOMPARE(user(QStringLiteral("bob@example.com")).value(u"active").toBool(), true);
    QCOMPARE(user(QStringLiteral("carol@example.com")).value(u"active").toBool(), false);
    const QJsonObject result = QJsonDocument::fromJson(applied.out).object();
    QStringList messages;
    for (const QJsonValue &change : result.value(u"changes").toArray())
        messages.append(change[u"message"].toString());
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"User not found: nobody@example.com"), qPrintable(all));
    QVERIFY2(all.contains(u"bob@example.com's documents were not handed over"), qPrintable(all));
}

void tst_LucidRest::manyHandOvers_stayUnderLucidsLimit()
{
    // Hand-overs alone (no deprovisioning), more than 30: the client paces them to Lucid's 30
    // per 5 s, so the service never answers 429.
    PlanBuilder builder(profile(), ServiceCapabilities {});
    for (int i = 1; i <= ManyLeavers; ++i)
        builder.transferDocuments(user(u"leaver%1@example.com"_qs.arg(i)), u"grace@example.com"_qs);
    QVERIFY2(builder.problems().isEmpty(), qPrintable(builder.problems().join(u'\n')));
    const QString path = m_plans.filePath(QStringLiteral("many.json"));
    QVERIFY(builder.plan().save(path).isEmpty());
    // The limit is the account's: earlier tests' hand-overs are forgotten, as if 5 s had passed.
    rest("POST", {{QStringLiteral("clearRateWindow"), true}});
    const QJsonObject before = rest();
    const Test::CliResult applied = apply(path);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const QJsonObject after = rest();
    QCOMPARE(after[u"transfers"].toArray().size(),
             before[u"transfers"].toArray().size() + ManyLeavers);
    QCOMPARE(after[u"counts"][u"tooMany"].toInt(), before[u"counts"][u"tooMany"].toInt());
}

void tst_LucidRest::revert_saysAHandOverCannotBeUndone()
{
    const Test::CliResult reverted
        = cli({QStringLiteral("revert"), QStringLiteral("-c"), Connection, QStringLiteral("--last"),
               QStringLiteral("-o"), m_plans.filePath(QStringLiteral("revert.json")),
               QStringLiteral("--json")});
    QVERIFY2(reverted.exitCode == 0, reverted.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(reverted.out).object();
    const QString notes = result.value(u"notes").toVariant().toStringList().join(u'\n');
    QVERIFY2(notes.contains(u"carol@example.com's documents were handed to grace@example.com, and "
                            u"a hand-over cannot be reverted"),
             reverted.out.constData());
    // Carol is reactivated; nothing is handed back.
    QString error;
    const auto plan = Plan::load(m_plans.filePath(QStringLiteral("revert.json")), &error);
    QVERIFY2(plan, qPrintable(error));
    for (const Change &change : plan->changes)
        QVERIFY(change.kind != Change::Kind::TransferDocuments);
}

void tst_LucidRest::secrets_neverReachFilesOrOutput()
{
    const QJsonObject issued = rest().value(u"issued").toObject();
    QList<QByteArray> secrets {ClientSecret,
                               QUrl::toPercentEncoding(QString::fromLatin1(ClientSecret))};
    for (const QString &key : {u"accessTokens"_qs, u"refreshTokens"_qs}) {
        for (const QJsonValue &token : issued.value(key).toArray())
            secrets.append(token.toString().toUtf8());
    }
    QVERIFY(secrets.size() >= 6); // sign-in and refreshes happened
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!m_output.contains(secret), "a secret was printed");
    int files = 0;
    for (const QString &dir : {m_config.path(), m_data.path(), m_plans.path()}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 5); // settings, plans, journal, audit log
}

QTEST_MAIN(tst_LucidRest)
#include "tst_lucidrest.moc"
