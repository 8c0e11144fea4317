#include "FakeNetwork.h"
#include "changes/ApplySession.h"
#include "changes/PlanBuilder.h"
#include "changes/ReadBackVerifier.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace ScimDesk;
using namespace ScimDesk::Test;

namespace {

using Outcome = ChangeResult::Outcome;

QJsonObject makeUser(int n, const QString &title)
{
    return {{QStringLiteral("schemas"),
             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("id"), QStringLiteral("u%1").arg(n)},
            {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(n)},
            {QStringLiteral("title"), title},
            {QStringLiteral("active"), true},
            {QStringLiteral("meta"),
             QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"1\"")}}}};
}

// What some services send back from a PATCH: identity only.
QJsonObject trimmed(const QJsonObject &user)
{
    return {{QStringLiteral("id"), user.value(u"id")},
            {QStringLiteral("userName"), user.value(u"userName")}};
}

// A directory that answers GETs of one user, and lists (sliced by startIndex and count).
struct Service
{
    QMap<QString, QJsonObject> users;
    int singleReads = 0;
    int listReads = 0;
    int failReadsWith = 0; // a status for every GET of one user, when set

    FakeAnswer answer(const FakeRequest &request)
    {
        FakeAnswer answer;
        const QString path = request.url.path();
        if (path.endsWith(u"/Users")) {
            ++listReads;
            const int start
                = qMax(1, request.query.queryItemValue(QStringLiteral("startIndex")).toInt());
            const int count = request.query.queryItemValue(QStringLiteral("count")).toInt();
            const QList<QJsonObject> all = users.values();
            QJsonArray page;
            for (int i = start - 1; i < all.size() && page.size() < count; ++i)
                page.append(all.at(i));
            answer.body
                = QJsonDocument(QJsonObject {{QStringLiteral("schemas"),
                                              QJsonArray {QStringLiteral(
                                                  "urn:ietf:params:scim:api:messages:2.0:"
                                                  "ListResponse")}},
                                             {QStringLiteral("totalResults"), int(all.size())},
                                             {QStringLiteral("startIndex"), start},
                                             {QStringLiteral("itemsPerPage"), int(page.size())},
                                             {QStringLiteral("Resources"), page}})
                      .toJson();
            return answer;
        }
        ++singleReads;
        const QString id = path.section(u'/', -1);
        if (failReadsWith) {
            answer.status = failReadsWith;
            answer.body = R"({"status":")" + QByteArray::number(failReadsWith) + R"("})";
        } else if (!users.contains(id)) {
            answer.status = 404;
            answer.body = R"({"status":"404","detail":"no such user"})";
        } else {
            answer.body = QJsonDocument(users.value(id)).toJson();
        }
        return answer;
    }
};

} // namespace

// Verification on its own: what the service holds after an apply decides Applied or NotApplied,
// and an answer that does not show a changed attribute is no evidence either way.
class tst_ReadBackVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readBackMatches_isApplied();
    void readBackDiffers_isNotApplied_namingTheAttribute();
    void answerShowingTheChange_isNotReadAgain();
    void answerLeavingTheAttributeOut_isReadWhole();
    void notFoundAfterDelete_confirmsIt();
    void userStillThereAfterDelete_isNotApplied();
    void manyUsers_areReadByPages();
    void unreadable_staysAppliedAndSaysWhy();
    void alreadyVerified_isNotReadAgain();
    void nothingToCheck_finishesAtOnce();
    void verifier_isFreedWhenDone();
    void verifierDestroyedMidRead_emitsNothing();
    void licenceGroup_membersAreReadForTheLicence();
    void groupReadWithoutMembers_confirmsNoRemoval();

private:
    // Update the title of users 1..count to "After"; every change answered 204 (no body).
    void planTitles(int count);
    std::unique_ptr<ReadBackVerifier> makeVerifier(int concurrency = 4);
    // Runs `verifier` to the end; the results it reported, by index.
    QMap<int, ChangeResult> run(ReadBackVerifier &verifier, const QSet<QString> &verified = {});

    Service m_service;
    std::unique_ptr<ScimClient> m_client;
    ServiceCapabilities m_caps;
    Plan m_plan;
    QList<ChangeResult> m_results;
};

void tst_ReadBackVerifier::init()
{
    m_service = Service {};
    for (int n = 1; n <= 30; ++n) {
        const QJsonObject user = makeUser(n, QStringLiteral("Before"));
        m_service.users.insert(user.value(u"id").toString(), user);
    }
    m_client = std::make_unique<ScimClient>(new FakeNetworkAccessManager(
        [this](const FakeRequest &request) { return m_service.answer(request); }));
    m_client->setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    m_client->setToken(QStringLiteral("token"));
    m_client->setRetryPolicy({1, 1, 1, 1}); // a failed read is not tried again
    m_caps = ServiceCapabilities {};
    m_caps.patch = true;
    m_caps.applyPreset(Preset::byId(QStringLiteral("generic")));
    m_plan = Plan {};
    m_results.clear();
}

void tst_ReadBackVerifier::planTitles(int count)
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.name = QStringLiteral("Verify");
    profile.baseUrl = m_client->baseUrl();
    PlanBuilder builder(profile, m_caps);
    for (int n = 1; n <= count; ++n)
        builder.updateUser(makeUser(n, QStringLiteral("Before")),
                           QJsonObject {{QStringLiteral("title"), QStringLiteral("After")}});
    m_plan = builder.plan();
    m_results.clear();
    for (const Change &change : std::as_const(m_plan.changes)) {
        ChangeResult result;
        result.changeId = change.id;
        result.outcome = Outcome::Applied;
        result.httpStatus = 204;
        result.attempts = 1;
        m_results.append(result);
    }
}

std::unique_ptr<ReadBackVerifier> tst_ReadBackVerifier::makeVerifier(int concurrency)
{
    return std::make_unique<ReadBackVerifier>(m_client.get(), m_caps, m_plan, m_results,
                                              concurrency);
}

QMap<int, ChangeResult> tst_ReadBackVerifier::run(ReadBackVerifier &verifier,
                                                  const QSet<QString> &verified)
{
    QMap<int, ChangeResult> reported;
    bool done = false;
    connect(&verifier, &ReadBackVerifier::verified, this,
            [&reported](int index, const ChangeResult &result) { reported.insert(index, result); });
    connect(&verifier, &ReadBackVerifier::unverifiable, this,
            [&reported](int index, const ChangeResult &result) { reported.insert(index, result); });
    connect(&verifier, &ReadBackVerifier::finished, this, [&done] { done = true; });
    verifier.start(verified);
    if (!QTest::qWaitFor([&done] { return done; }, 10'000))
        qWarning("verification did not finish");
    return reported;
}

void tst_ReadBackVerifier::readBackMatches_isApplied()
{
    planTitles(1);
    m_service.users[QStringLiteral("u1")].insert(QStringLiteral("title"), QStringLiteral("After"));
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied);
    QVERIFY(reported.value(0).message.isEmpty());
    QCOMPARE(reported.value(0).resource.value(u"title").toString(), QStringLiteral("After"));
    QCOMPARE(m_service.singleReads, 1);
    QCOMPARE(verifier->results().value(0).outcome, Outcome::Applied);
}

void tst_ReadBackVerifier::readBackDiffers_isNotApplied_namingTheAttribute()
{
    planTitles(2);
    m_service.users[QStringLiteral("u1")].insert(QStringLiteral("title"), QStringLiteral("After"));
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied);
    const ChangeResult ignored = reported.value(1);
    QCOMPARE(ignored.outcome, Outcome::NotApplied);
    QVERIFY2(ignored.message.contains(u"title is \"Before\" on the service, not \"After\""),
             qPrintable(ignored.message));
}

void tst_ReadBackVerifier::answerShowingTheChange_isNotReadAgain()
{
    planTitles(1);
    m_results[0].httpStatus = 200;
    m_results[0].resource = makeUser(1, QStringLiteral("After"));
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied);
    QCOMPARE(m_service.singleReads + m_service.listReads, 0);
}

void tst_ReadBackVerifier::answerLeavingTheAttributeOut_isReadWhole()
{
    planTitles(2);
    // Both answers leave the title out; the service made the first change only.
    for (int i = 0; i < 2; ++i) {
        m_results[i].httpStatus = 200;
        m_results[i].resource = trimmed(makeUser(i + 1, QStringLiteral("After")));
    }
    m_service.users[QStringLiteral("u1")].insert(QStringLiteral("title"), QStringLiteral("After"));
    QVERIFY(ReadBackVerifier::lacksAttributes(m_plan.changes.at(0), m_results.at(0).resource));
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(m_service.singleReads, 2);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied);
    QCOMPARE(reported.value(1).outcome, Outcome::NotApplied);
}

void tst_ReadBackVerifier::notFoundAfterDelete_confirmsIt()
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.baseUrl = m_client->baseUrl();
    PlanBuilder builder(profile, m_caps);
    builder.deleteUser(m_service.users.value(QStringLiteral("u3")));
    m_plan = builder.plan();
    ChangeResult deleted;
    deleted.changeId = m_plan.changes.first().id;
    deleted.outcome = Outcome::Applied;
    deleted.httpStatus = 204;
    m_results = {deleted};
    m_service.users.remove(QStringLiteral("u3"));
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(m_service.singleReads, 1);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied);
    QVERIFY(reported.value(0).message.isEmpty());
}

void tst_ReadBackVerifier::userStillThereAfterDelete_isNotApplied()
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.baseUrl = m_client->baseUrl();
    PlanBuilder builder(profile, m_caps);
    builder.deleteUser(m_service.users.value(QStringLiteral("u3")));
    m_plan = builder.plan();
    ChangeResult deleted;
    deleted.changeId = m_plan.changes.first().id;
    deleted.outcome = Outcome::Applied;
    deleted.httpStatus = 204;
    m_results = {deleted};
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(reported.value(0).outcome, Outcome::NotApplied);
    QVERIFY2(reported.value(0).message.contains(u"still exists"),
             qPrintable(reported.value(0).message));
}

void tst_ReadBackVerifier::manyUsers_areReadByPages()
{
    const int count = ReadBackVerifier::MinUsersForPageReadBack + 5;
    planTitles(count);
    for (int n = 1; n <= count; ++n) {
        if (n != 7) // the service quietly ignored one change
            m_service.users[QStringLiteral("u%1").arg(n)].insert(QStringLiteral("title"),
                                                                 QStringLiteral("After"));
    }
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(reported.size(), count);
    // The size of the directory, then one page of all 30: no GET of a single user.
    QCOMPARE(m_service.listReads, 2);
    QCOMPARE(m_service.singleReads, 0);
    int notApplied = 0;
    for (const ChangeResult &result : reported) {
        if (result.outcome == Outcome::NotApplied) {
            ++notApplied;
            QVERIFY(result.message.contains(u"title"));
        } else {
            QCOMPARE(result.outcome, Outcome::Applied);
        }
    }
    QCOMPARE(notApplied, 1);
}

void tst_ReadBackVerifier::unreadable_staysAppliedAndSaysWhy()
{
    planTitles(2);
    m_service.failReadsWith = 500;
    auto verifier = makeVerifier();
    QSignalSpy verified(verifier.get(), &ReadBackVerifier::verified);
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(verified.count(), 0);
    QCOMPARE(reported.size(), 2);
    for (const ChangeResult &result : reported) {
        QCOMPARE(result.outcome, Outcome::Applied); // sent and accepted; not refuted
        QVERIFY2(result.message.contains(u"could not be read back"), qPrintable(result.message));
    }
}

void tst_ReadBackVerifier::alreadyVerified_isNotReadAgain()
{
    planTitles(3);
    auto verifier = makeVerifier();
    const QMap<int, ChangeResult> reported
        = run(*verifier, {m_plan.changes.at(0).id, m_plan.changes.at(2).id});
    QCOMPARE(reported.keys(), QList<int> {1});
    QCOMPARE(m_service.singleReads, 1);
}

void tst_ReadBackVerifier::nothingToCheck_finishesAtOnce()
{
    planTitles(2);
    m_results[0].outcome = Outcome::Failed;
    m_results[1].outcome = Outcome::Skipped;
    auto verifier = makeVerifier();
    QSignalSpy finished(verifier.get(), &ReadBackVerifier::finished);
    verifier->start();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_service.singleReads + m_service.listReads, 0);
}

void tst_ReadBackVerifier::verifier_isFreedWhenDone()
{
    planTitles(6);
    // Concurrency 2: the reads queue up behind each other.
    auto *verifier = new ReadBackVerifier(m_client.get(), m_caps, m_plan, m_results, 2);
    QPointer<ReadBackVerifier> alive(verifier);
    QSignalSpy verified(verifier, &ReadBackVerifier::verified);
    QSignalSpy destroyed(verifier, &QObject::destroyed);
    connect(verifier, &ReadBackVerifier::finished, verifier, &QObject::deleteLater);
    verifier->start();
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(destroyed.count(), 1);
    QCOMPARE(verified.count(), 6);
    QCOMPARE(m_service.singleReads, 6);
    QCOMPARE(m_client->pendingCount(), 0); // nothing left holding it
}

void tst_ReadBackVerifier::verifierDestroyedMidRead_emitsNothing()
{
    planTitles(4);
    int reported = 0;
    {
        ReadBackVerifier verifier(m_client.get(), m_caps, m_plan, m_results, 1);
        connect(&verifier, &ReadBackVerifier::verified, this, [&reported] { ++reported; });
        verifier.start();
    }
    // The answer to the read in flight arrives to no one.
    QTRY_COMPARE(m_client->pendingCount(), 0);
    QCOMPARE(reported, 0);
}

void tst_ReadBackVerifier::licenceGroup_membersAreReadForTheLicence()
{
    // By group: joining "Spark users" is checked on the group, then on each member's licence.
    const QString lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
    m_caps = ServiceCapabilities {};
    m_caps.patch = true;
    m_caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    const auto withSpark = [&](int n, bool spark) {
        QJsonObject user = makeUser(n, QStringLiteral("Before"));
        user.insert(lucid,
                    QJsonObject {{QStringLiteral("productLicenses"),
                                  QJsonObject {{QStringLiteral("Lucidspark"), spark}}}});
        return user;
    };
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Verify");
    profile.licenceMode = ConnectionProfile::LicenceMode::Group;
    profile.licenceGroups.insert(QStringLiteral("Lucidspark"), QStringLiteral("Spark users"));
    PlanBuilder builder(profile, m_caps);
    builder.setGroups({QJsonObject {{QStringLiteral("id"), QStringLiteral("g1")},
                                    {QStringLiteral("displayName"), QStringLiteral("Spark users")},
                                    {QStringLiteral("members"), QJsonArray()}}});
    builder.setLicence(withSpark(1, false), QStringLiteral("Lucidspark"), true);
    builder.setLicence(withSpark(2, false), QStringLiteral("Lucidspark"), true);
    m_plan = builder.plan();
    QCOMPARE(m_plan.changes.size(), 1);
    ChangeResult result;
    result.changeId = m_plan.changes.first().id;
    result.outcome = Outcome::Applied;
    result.httpStatus = 204;
    m_results = {result};
    // Both joined; the service gave the licence to user 1 only.
    m_service.users.insert(
        QStringLiteral("g1"),
        QJsonObject {{QStringLiteral("id"), QStringLiteral("g1")},
                     {QStringLiteral("displayName"), QStringLiteral("Spark users")},
                     {QStringLiteral("members"),
                      QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("u1")}},
                                  QJsonObject {{QStringLiteral("value"), QStringLiteral("u2")}}}}});
    m_service.users.insert(QStringLiteral("u1"), withSpark(1, true));
    m_service.users.insert(QStringLiteral("u2"), withSpark(2, false));
    auto verifier = makeVerifier();
    QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied); // the membership was made
    QVERIFY2(reported.value(0).message.contains(
                 u"joined Spark users, but user2@example.com does not hold Lucidspark"),
             qPrintable(reported.value(0).message));
    QCOMPARE(m_service.singleReads, 3); // the group, then both members
    // What was read of the members reaches the directory: its licence columns show the change.
    const Directory::Update update = ApplySession::directoryUpdate(m_plan, {reported.value(0)});
    QStringList members;
    for (const QJsonValue &user : update.users)
        members.append(user.toObject().value(u"id").toString());
    members.sort();
    QCOMPARE(members, QStringList({u"u1"_qs, u"u2"_qs}));

    m_service.users.insert(QStringLiteral("u2"), withSpark(2, true));
    auto again = makeVerifier();
    reported = run(*again);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied);
    QVERIFY(reported.value(0).message.isEmpty());
}

void tst_ReadBackVerifier::groupReadWithoutMembers_confirmsNoRemoval()
{
    // A service that leaves `members` out of a group it returns shows nothing of who is in it:
    // not that the removed user left.
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.name = QStringLiteral("Verify");
    const QJsonObject group {{QStringLiteral("id"), QStringLiteral("g1")},
                             {QStringLiteral("displayName"), QStringLiteral("Team")}};
    PlanBuilder builder(profile, m_caps);
    builder.removeFromGroup(group, QStringLiteral("u1"), QStringLiteral("user1@example.com"));
    m_plan = builder.plan();
    ChangeResult result;
    result.changeId = m_plan.changes.first().id;
    result.outcome = Outcome::Applied;
    result.httpStatus = 204;
    result.attempts = 1;
    m_results = {result};
    m_service.users.insert(QStringLiteral("g1"), group);
    auto verifier = makeVerifier();
    QSignalSpy verified(verifier.get(), &ReadBackVerifier::verified);
    const QMap<int, ChangeResult> reported = run(*verifier);
    QCOMPARE(verified.count(), 0);
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.value(0).outcome, Outcome::Applied); // sent and accepted; not refuted
    QVERIFY2(reported.value(0).message.contains(u"could not be read back"),
             qPrintable(reported.value(0).message));
}

QTEST_GUILESS_MAIN(tst_ReadBackVerifier)
#include "tst_readbackverifier.moc"
