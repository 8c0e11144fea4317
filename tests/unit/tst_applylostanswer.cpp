#include "FakeNetwork.h"
#include "changes/ApplyEngine.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;
using namespace ScimDesk::Test;

namespace {

using Outcome = ChangeResult::Outcome;

// A service that creates users (userName unique: 409 otherwise) and groups (any displayName),
// answers look-ups by filter and GETs of one resource, and takes membership PATCHes. Its faults
// are scripted: the next creates made but their answers lost, look-ups that fail or lag.
struct Service
{
    QMap<QString, QJsonObject> resources; // by id
    int losePosts = 0; // the next POSTs are made, but answered with a timeout
    int losePatches = 0; // the same for PATCHes
    int stalePatches = 0; // the next PATCHes are refused 412 (after any lost ones)
    int failLookUps = 0; // the next look-ups (GETs with a filter) are answered 503
    int emptyLookUps = 0; // the next look-ups find nothing (a listing that lags)
    bool groupsWithoutMembers = false; // GETs of a group leave `members` out
    int posts = 0;
    int patches = 0;

    QJsonArray matching(const QString &filter) const
    {
        // Filter::eq's form: attribute eq "value"
        const QString attribute = filter.section(u' ', 0, 0);
        const QString value = filter.section(u'"', 1, 1);
        QJsonArray found;
        for (const QJsonObject &resource : resources) {
            if (resource.value(attribute).toString() == value)
                found.append(resource);
        }
        return found;
    }

    FakeAnswer answer(const FakeRequest &request)
    {
        FakeAnswer answer;
        const QString path = request.url.path();
        const QString last = path.section(u'/', -1);
        const bool collection = last == u"Users" || last == u"Groups";
        if (request.method == "POST") {
            ++posts;
            QJsonObject resource = QJsonDocument::fromJson(request.body).object();
            if (last == u"Users"
                && !matching(QStringLiteral("userName eq \"%1\"")
                                 .arg(resource.value(u"userName").toString()))
                        .isEmpty()) {
                answer.status = 409;
                answer.body = R"({"status":"409","scimType":"uniqueness"})";
                return answer;
            }
            const QString id = QStringLiteral("n%1").arg(resources.size() + 1);
            resource.insert(QStringLiteral("id"), id);
            resources.insert(id, resource);
            if (losePosts > 0) {
                --losePosts;
                answer.networkError = QNetworkReply::TimeoutError;
                return answer;
            }
            answer.status = 201;
            answer.body = QJsonDocument(resource).toJson();
            return answer;
        }
        if (request.method == "GET" && collection) {
            if (failLookUps > 0) {
                --failLookUps;
                answer.status = 503;
                answer.body = R"({"status":"503"})";
                return answer;
            }
            QJsonArray found = matching(QUrl::fromPercentEncoding(
                request.query.queryItemValue(QStringLiteral("filter")).toUtf8()));
            if (emptyLookUps > 0) {
                --emptyLookUps;
                found = {};
            }
            answer.body = QJsonDocument(QJsonObject {{QStringLiteral("schemas"),
                                                      QJsonArray {QStringLiteral(
                                                          "urn:ietf:params:scim:api:messages:2.0:"
                                                          "ListResponse")}},
                                                     {QStringLiteral("totalResults"), found.size()},
                                                     {QStringLiteral("startIndex"), 1},
                                                     {QStringLiteral("itemsPerPage"), found.size()},
                                                     {QStringLiteral("Resources"), found}})
                              .toJson();
            return answer;
        }
        if (!resources.contains(last)) {
            answer.status = 404;
            answer.body = R"({"status":"404"})";
            return answer;
        }
        QJsonObject &resource = resources[last];
        if (request.method == "PATCH") {
            ++patches;
            if (stalePatches > 0 && losePatches == 0) {
                --stalePatches;
                answer.status = 412;
                answer.body = R"({"status":"412"})";
                return answer;
            }
            QJsonArray members = resource.value(u"members").toArray();
            const QJsonArray operations
                = QJsonDocument::fromJson(request.body).object().value(u"Operations").toArray();
            for (const QJsonValue &value : operations) {
                const QJsonObject operation = value.toObject();
                if (operation.value(u"op").toString() == u"add") {
                    for (const QJsonValue &member : operation.value(u"value").toArray())
                        members.append(member);
                    continue;
                }
                const QString gone = operation.value(u"path").toString().section(u'"', 1, 1);
                for (qsizetype i = members.size() - 1; i >= 0; --i) {
                    if (members.at(i).toObject().value(u"value").toString() == gone)
                        members.removeAt(i);
                }
            }
            resource.insert(QStringLiteral("members"), members);
            if (losePatches > 0) {
                --losePatches;
                answer.networkError = QNetworkReply::TimeoutError;
                return answer;
            }
            answer.status = 204;
            return answer;
        }
        QJsonObject shown = resource;
        if (groupsWithoutMembers && path.contains(u"/Groups/"))
            shown.remove(QStringLiteral("members"));
        answer.body = QJsonDocument(shown).toJson();
        return answer;
    }

    int count(const QString &attribute, const QString &value) const
    {
        return int(matching(QStringLiteral("%1 eq \"%2\"").arg(attribute, value)).size());
    }
};

} // namespace

// A write whose answer was lost may have been made: the apply neither sends it twice nor reports
// it as not made (or not sent), and what it cannot learn it says so.
class tst_ApplyLostAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createUser_lookUpFails_isNotSentAgain();
    void createGroup_lookUpFails_isNotSentAgain();
    void createUser_conflictAfterLostAnswer_takesTheUserItMade();
    void cancelWhileWaitingToSendAgain_isReportedAsMaybeMade();
    void resume_removalReadWithoutMembers_isSentAgain();
    void conflictAfterLostAnswer_groupReadWithoutMembers_isAConflict();
    void unverifiable_isJournalled_soAResumeDoesNotCheckItAgain();

private:
    ApplyEngine::Options options() const;
    void runToTheEnd(ApplyEngine &engine);

    Service m_service;
    std::unique_ptr<ScimClient> m_client;
    ServiceCapabilities m_caps;
    ConnectionProfile m_profile;
};

void tst_ApplyLostAnswer::init()
{
    m_service = Service {};
    m_service.resources.insert(QStringLiteral("g1"),
                               QJsonObject {{QStringLiteral("id"), QStringLiteral("g1")},
                                            {QStringLiteral("displayName"), QStringLiteral("Team")},
                                            {QStringLiteral("members"), QJsonArray {}}});
    m_client = std::make_unique<ScimClient>(new FakeNetworkAccessManager(
        [this](const FakeRequest &request) { return m_service.answer(request); }));
    m_client->setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    m_client->setToken(QStringLiteral("token"));
    m_client->setRetryPolicy({1, 1, 1, 1}); // a failed read is not tried again by the client
    m_caps = ServiceCapabilities {};
    m_caps.patch = true;
    m_caps.applyPreset(Preset::byId(QStringLiteral("generic")));
    m_profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    m_profile.name = QStringLiteral("Lost");
    m_profile.baseUrl = m_client->baseUrl();
}

ApplyEngine::Options tst_ApplyLostAnswer::options() const
{
    ApplyEngine::Options options;
    options.baseDelayMs = 5;
    options.maxDelayMs = 20;
    return options;
}

void tst_ApplyLostAnswer::runToTheEnd(ApplyEngine &engine)
{
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QVERIFY(finished.wait(10'000));
}

void tst_ApplyLostAnswer::createUser_lookUpFails_isNotSentAgain()
{
    PlanBuilder builder(m_profile, m_caps);
    const QString created = builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")},
                     {QStringLiteral("active"), true}});
    builder.addToGroup(m_service.resources.value(QStringLiteral("g1")), created,
                       QStringLiteral("new@example.com"));
    m_service.losePosts = 1;
    m_service.failLookUps = 1;

    ApplyEngine engine(m_client.get(), m_caps, builder.plan(), options());
    runToTheEnd(engine);
    QCOMPARE(m_service.posts, 1);
    const ChangeResult create = engine.results().at(0);
    QVERIFY2(!create.message.contains(u"already exists"), qPrintable(create.message));
    QVERIFY2(create.message.contains(u"may have made this change"), qPrintable(create.message));
    QCOMPARE(m_service.count(QStringLiteral("userName"), QStringLiteral("new@example.com")), 1);
}

void tst_ApplyLostAnswer::createGroup_lookUpFails_isNotSentAgain()
{
    PlanBuilder builder(m_profile, m_caps);
    builder.createGroup(QStringLiteral("Designers"));
    m_service.losePosts = 1;
    m_service.failLookUps = 1;

    ApplyEngine engine(m_client.get(), m_caps, builder.plan(), options());
    runToTheEnd(engine);
    QCOMPARE(m_service.count(QStringLiteral("displayName"), QStringLiteral("Designers")), 1);
    const ChangeResult create = engine.results().at(0);
    QVERIFY2(create.message.contains(u"may have made this change"), qPrintable(create.message));
}

void tst_ApplyLostAnswer::createUser_conflictAfterLostAnswer_takesTheUserItMade()
{
    PlanBuilder builder(m_profile, m_caps);
    const QString created = builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")},
                     {QStringLiteral("active"), true}});
    builder.addToGroup(m_service.resources.value(QStringLiteral("g1")), created,
                       QStringLiteral("new@example.com"));
    // The create is made, its answer lost; the look-up does not show it yet, so it is sent again
    // and answered 409: by the user the first attempt made.
    m_service.losePosts = 1;
    m_service.emptyLookUps = 1;

    ApplyEngine engine(m_client.get(), m_caps, builder.plan(), options());
    runToTheEnd(engine);
    QCOMPARE(m_service.posts, 2);
    const ChangeResult create = engine.results().at(0);
    QCOMPARE(create.outcome, Outcome::Applied);
    QCOMPARE(create.createdId, u"n2"_qs);
    QCOMPARE(engine.results().at(1).outcome, Outcome::Applied); // the membership went ahead
    QCOMPARE(m_service.resources.value(QStringLiteral("g1")).value(u"members").toArray().size(), 1);
}

void tst_ApplyLostAnswer::cancelWhileWaitingToSendAgain_isReportedAsMaybeMade()
{
    PlanBuilder builder(m_profile, m_caps);
    builder.createUser(QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")},
                                    {QStringLiteral("active"), true}});
    const Plan plan = builder.plan();
    m_service.losePosts = 1;
    m_service.emptyLookUps = 1; // so it waits to be sent again
    QTemporaryDir dir;
    ApplyEngine::Options slow = options();
    slow.baseDelayMs = 10'000;
    slow.maxDelayMs = 10'000;
    slow.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));

    ApplyEngine engine(m_client.get(), m_caps, plan, slow);
    QSignalSpy finished(&engine, &ApplyEngine::finished);
    engine.start();
    QTRY_VERIFY(engine.results().at(0).outcome == Outcome::Pending
                && engine.results().at(0).attempts == 1);
    engine.cancel();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(m_service.posts, 1);
    const ChangeResult create = engine.results().at(0);
    QVERIFY(create.outcome != Outcome::Skipped);
    QVERIFY2(!create.message.contains(u"not sent"), qPrintable(create.message));
    QVERIFY2(create.message.contains(u"may have made this change"), qPrintable(create.message));
    // Nor does the journal say it was never sent.
    QFile journal(slow.journalPath);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QJsonObject last;
    for (const QByteArray &line : journal.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(u"change").toString() == plan.changes.first().id)
            last = entry;
    }
    QVERIFY(last.value(u"result").toString() != u"skipped");
    QVERIFY(!last.value(u"message").toString().contains(u"not sent"));
}

void tst_ApplyLostAnswer::resume_removalReadWithoutMembers_isSentAgain()
{
    // The removal was in flight when the program died. The group as read does not show its
    // members, so that is no sign it was made: it is sent again.
    QJsonObject &group = m_service.resources[QStringLiteral("g1")];
    group.insert(QStringLiteral("members"),
                 QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("u1")}}});
    m_service.groupsWithoutMembers = true;
    PlanBuilder builder(m_profile, m_caps);
    builder.removeFromGroup(group, QStringLiteral("u1"), QStringLiteral("user1@example.com"));
    ApplyJournal::Interrupted interrupted;
    interrupted.plan = builder.plan();
    interrupted.inFlight.insert(interrupted.plan.changes.first().id);

    ApplyEngine engine(m_client.get(), m_caps, interrupted.plan, options());
    engine.resume(interrupted);
    runToTheEnd(engine);
    QCOMPARE(m_service.patches, 1);
    QVERIFY(m_service.resources.value(QStringLiteral("g1")).value(u"members").toArray().isEmpty());
    const ChangeResult removal = engine.results().at(0);
    QCOMPARE(removal.outcome, Outcome::Applied); // sent and accepted; not refuted
    QVERIFY2(removal.message.contains(u"could not be read back"), qPrintable(removal.message));
}

void tst_ApplyLostAnswer::conflictAfterLostAnswer_groupReadWithoutMembers_isAConflict()
{
    // A removal whose answer was lost, then refused 412: the group as read does not show
    // whether the earlier attempt was made, so it goes back to review.
    QJsonObject &group = m_service.resources[QStringLiteral("g1")];
    group.insert(QStringLiteral("members"),
                 QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("u1")}},
                             QJsonObject {{QStringLiteral("value"), QStringLiteral("u2")}}});
    m_service.groupsWithoutMembers = true;
    m_service.losePatches = 1;
    m_service.stalePatches = 1;
    PlanBuilder builder(m_profile, m_caps);
    builder.removeFromGroup(group, QStringLiteral("u1"), QStringLiteral("user1@example.com"));

    ApplyEngine engine(m_client.get(), m_caps, builder.plan(), options());
    runToTheEnd(engine);
    QCOMPARE(m_service.patches, 2);
    QCOMPARE(engine.results().at(0).outcome, Outcome::Conflict);
}

void tst_ApplyLostAnswer::unverifiable_isJournalled_soAResumeDoesNotCheckItAgain()
{
    // A change that could not be read back has had its audit record: a resume after an
    // interruption must not read it back (and audit it) a second time.
    QJsonObject &group = m_service.resources[QStringLiteral("g1")];
    group.insert(QStringLiteral("members"),
                 QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("u1")}}});
    m_service.groupsWithoutMembers = true;
    PlanBuilder builder(m_profile, m_caps);
    builder.removeFromGroup(group, QStringLiteral("u1"), QStringLiteral("user1@example.com"));
    const Plan plan = builder.plan();
    QTemporaryDir dir;
    ApplyEngine::Options journalled = options();
    journalled.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));

    ApplyEngine engine(m_client.get(), m_caps, plan, journalled);
    runToTheEnd(engine);
    QVERIFY2(engine.results().at(0).message.contains(u"could not be read back"),
             qPrintable(engine.results().at(0).message));
    QFile journal(journalled.journalPath);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    bool checked = false;
    for (const QByteArray &line : journal.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        checked = checked
            || (entry.value(u"change").toString() == plan.changes.first().id
                && entry.value(u"state").toString() == u"verified");
    }
    QVERIFY(checked);
}

QTEST_GUILESS_MAIN(tst_ApplyLostAnswer)
#include "tst_applylostanswer.moc"
