#include "FakeNetwork.h"
#include "changes/ApplyEngine.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;
using namespace ScimDesk::Test;

namespace {

// A generic connection to a fake service: its client, what discovery would say of it (PATCH),
// and its profile.
struct Connection
{
    explicit Connection(FakeNetworkAccessManager *nam)
        : client(nam)
    {
        client.setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
        client.setToken(QStringLiteral("token"));
        caps.patch = true;
        caps.applyPreset(Preset::byId(QStringLiteral("generic")));
        profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
        profile.name = QStringLiteral("Fake");
        profile.baseUrl = client.baseUrl();
    }
    ScimClient client;
    ServiceCapabilities caps;
    ConnectionProfile profile;
};

QJsonObject trimmed(const QJsonObject &user)
{
    // What some services send back from a PATCH or in a list: identity only.
    return {{QStringLiteral("schemas"), user.value(u"schemas")},
            {QStringLiteral("id"), user.value(u"id")},
            {QStringLiteral("userName"), user.value(u"userName")},
            {QStringLiteral("meta"), user.value(u"meta")}};
}

// A service that answers PATCHes and lists with trimmed users, and quietly ignores the
// changes of the users in `ignored`. A GET of one user shows it whole.
struct TrimmingService
{
    QMap<QString, QJsonObject> users;
    QSet<QString> ignored;
    int singleReads = 0;
    int listReads = 0;

    TrimmingService()
    {
        for (int i = 1; i <= 30; ++i) {
            const QString id = QStringLiteral("u%1").arg(i);
            QJsonObject user;
            user.insert(QStringLiteral("schemas"),
                        QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
            user.insert(QStringLiteral("id"), id);
            user.insert(QStringLiteral("userName"), QString(id + QStringLiteral("@example.com")));
            user.insert(QStringLiteral("title"), QStringLiteral("Before"));
            user.insert(QStringLiteral("meta"),
                        QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"1\"")}});
            users.insert(id, user);
        }
        for (int i = 1; i <= 5; ++i)
            ignored.insert(QStringLiteral("u%1").arg(i));
    }

    FakeAnswer answer(const FakeRequest &request)
    {
        FakeAnswer answer;
        const QString path = request.url.path();
        const QString id = path.section(u'/', -1);
        if (request.method == "PATCH") {
            const QJsonObject op = QJsonDocument::fromJson(request.body)
                                       .object()
                                       .value(u"Operations")
                                       .toArray()
                                       .first()
                                       .toObject();
            if (!ignored.contains(id))
                users[id].insert(op.value(u"path").toString(), op.value(u"value"));
            answer.body = QJsonDocument(trimmed(users.value(id))).toJson();
        } else if (path.endsWith(u"/Users")) {
            ++listReads;
            QJsonArray page;
            for (const QJsonObject &user : std::as_const(users))
                page.append(trimmed(user));
            answer.body = QJsonDocument(QJsonObject {{QStringLiteral("schemas"),
                                                      QJsonArray {QStringLiteral(
                                                          "urn:ietf:params:scim:api:messages:2.0:"
                                                          "ListResponse")}},
                                                     {QStringLiteral("totalResults"), users.size()},
                                                     {QStringLiteral("startIndex"), 1},
                                                     {QStringLiteral("itemsPerPage"), page.size()},
                                                     {QStringLiteral("Resources"), page}})
                              .toJson();
        } else {
            ++singleReads;
            answer.body = QJsonDocument(users.value(id)).toJson();
        }
        return answer;
    }
};

} // namespace

// Verification never takes a trimmed answer for a change not made: what a PATCH answer or a list
// page does not show is read whole before the change is called "not applied by the service".
class tst_ApplyVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimmedAnswers_areReadWholeBeforeJudging();
    void createsFromAPlanFile_sendTheirBodyByteForByte();
};

void tst_ApplyVerify::trimmedAnswers_areReadWholeBeforeJudging()
{
    TrimmingService service;
    Connection connection(new FakeNetworkAccessManager(
        [&service](const FakeRequest &request) { return service.answer(request); }));
    PlanBuilder builder(connection.profile, connection.caps);
    for (const QJsonObject &user : std::as_const(service.users))
        builder.updateUser(user, QJsonObject {{QStringLiteral("title"), QStringLiteral("After")}});

    ApplyEngine engine(&connection.client, connection.caps, builder.plan(), {});
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(engine.summary().applied, 25);
    QCOMPARE(engine.summary().notApplied, 5);
    ApplyEngine::Summary twice = engine.summary();
    twice += engine.summary(); // as a sectioned apply totals its sections
    QCOMPARE(twice.applied, 50);
    QCOMPARE(twice.notApplied, 10);
    for (const ChangeResult &result : engine.results()) {
        if (result.outcome == ChangeResult::Outcome::NotApplied)
            QVERIFY2(result.message.contains(u"title is \"Before\" on the service"),
                     qPrintable(result.message));
    }
    // 30 changed users in a directory of 30: one page lists them all, then each one the page
    // did not show changed (all: the list is trimmed) is read on its own.
    QCOMPARE(service.listReads, 2); // the size, then the page
    QCOMPARE(service.singleReads, 30);
}

void tst_ApplyVerify::createsFromAPlanFile_sendTheirBodyByteForByte()
{
    // A service that creates users (ids n1, n2, …) and shows them whole when read.
    QMap<QString, QJsonObject> created;
    QList<QByteArray> posted;
    auto *nam = new FakeNetworkAccessManager([&](const FakeRequest &request) {
        FakeAnswer answer;
        if (request.method == "POST") {
            posted.append(request.body);
            QJsonObject user = QJsonDocument::fromJson(request.body).object();
            const QString id = QStringLiteral("n%1").arg(created.size() + 1);
            user.insert(QStringLiteral("id"), id);
            user.insert(QStringLiteral("meta"),
                        QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"1\"")}});
            created.insert(id, user);
            answer.status = 201;
            answer.body = QJsonDocument(user).toJson();
        } else if (const QString id = request.url.path().section(u'/', -1); created.contains(id)) {
            answer.body = QJsonDocument(created.value(id)).toJson();
        } else {
            answer.status = 404;
            answer.body = R"({"status":"404"})";
        }
        return answer;
    });
    Connection connection(nam);

    // Non-ASCII, escapes and an extension: what the body's text must carry exactly.
    const QList<QJsonObject> hires {
        {{QStringLiteral("userName"), QStringLiteral("zoë@example.com")},
         {QStringLiteral("active"), true},
         {QStringLiteral("name"),
          QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Zoë \"Z\"")},
                       {QStringLiteral("familyName"), QStringLiteral("Ångström\\𝄞")}}},
         {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
          QJsonObject {{QStringLiteral("department"), QStringLiteral("R&D\t1")}}}},
        {{QStringLiteral("userName"), QStringLiteral("bo@example.com")},
         {QStringLiteral("active"), false},
         {QStringLiteral("title"), QStringLiteral("Engineer")}}};
    PlanBuilder builder(connection.profile, connection.caps);
    for (const QJsonObject &hire : hires)
        builder.createUser(hire, QStringLiteral("row 2"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hires.json"));
    QCOMPARE(builder.plan().save(path), QString());
    QString error;
    const auto plan = Plan::load(path, &error);
    QVERIFY2(plan, qPrintable(error));

    ApplyEngine engine(&connection.client, connection.caps, *plan, {});
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(engine.summary().applied, 2);
    QCOMPARE(posted.size(), 2);
    for (qsizetype i = 0; i < hires.size(); ++i) {
        QJsonObject body = hires.at(i);
        body.insert(QStringLiteral("schemas"),
                    QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
        const QByteArray expected = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QCOMPARE(plan->changes.at(i).request.bodyJson, expected);
        QVERIFY(posted.contains(expected));
    }
}

QTEST_GUILESS_MAIN(tst_ApplyVerify)
#include "tst_applyverify.moc"
