#include "FakeUserService.h"
#include "changes/ApplySession.h"
#include "changes/PlanBuilder.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ScimDesk;
using namespace ScimDesk::Test;

namespace {

using Refusal = ApplySession::Refusal;

} // namespace

// The one apply sequence the console and the CLI drive: what it refuses, in which order, and
// that the journal stays locked from the last check until the apply ends.
class tst_ApplySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void check_refusesInTheOrderJournalThenGuards();
    void check_unreadableJournal_isKeptAndBadInput();
    void start_refusesUnconfirmedMassDeprovisioning();
    void start_whenAnotherProgramStartedAfterTheCheck_sendsNothing();
    void start_holdsTheJournalUntilTheApplyEnds();
    void resume_whenTheApplyFinishedMeanwhile_sendsNothing();
    void resume_goesOnFromWhatTheJournalSaysNow();
    void retryAfter_beyondTheCap_failsAtOnceAndSaysSo();
    void retryAfter_withinTheCap_isWaitedAndShown();
    void readBack_tellsWhetherDeactivationTakesLicences();

private:
    std::unique_ptr<ApplySession> session(qint64 userCount = 1000);
    Plan deactivate(const QList<int> &users, const QUrl &baseUrl = {}) const;
    void writeJournal(const QList<QJsonObject> &lines) const;
    int writes() const;

    FakeUserService m_service;
    std::unique_ptr<ScimClient> m_client;
    FakeNetworkAccessManager *m_network = nullptr;
    ConnectionProfile m_profile;
    ServiceCapabilities m_caps;
    QString m_journal;
};

void tst_ApplySession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ApplySession::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_service = FakeUserService(20);
    m_network = new FakeNetworkAccessManager(
        [this](const FakeRequest &request) { return m_service.answer(request); });
    m_client = std::make_unique<ScimClient>(m_network);
    m_client->setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    m_client->setToken(QStringLiteral("token"));
    m_caps = ServiceCapabilities {};
    m_caps.patch = true;
    m_caps.applyPreset(Preset::byId(QStringLiteral("generic")));
    m_profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    m_profile.id = QStringLiteral("session-test");
    m_profile.name = QStringLiteral("Session");
    m_profile.baseUrl = m_client->baseUrl();
    m_journal = ApplyJournal::pathFor(m_profile.id);
}

std::unique_ptr<ApplySession> tst_ApplySession::session(qint64 userCount)
{
    ConnectionReport report;
    report.capabilities = m_caps;
    report.userCount = userCount;
    return std::make_unique<ApplySession>(m_client.get(), m_profile, report, nullptr);
}

Plan tst_ApplySession::deactivate(const QList<int> &users, const QUrl &baseUrl) const
{
    PlanBuilder builder(m_profile, m_caps);
    for (int n : users)
        builder.deactivate(m_service.users.value(QStringLiteral("u%1").arg(n)));
    Plan plan = builder.plan();
    if (!baseUrl.isEmpty())
        plan.baseUrl = baseUrl;
    return plan;
}

void tst_ApplySession::writeJournal(const QList<QJsonObject> &lines) const
{
    QFile file(m_journal);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    for (const QJsonObject &line : lines)
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

int tst_ApplySession::writes() const
{
    int count = 0;
    for (const FakeRequest &request : m_network->requests())
        count += request.method != "GET" ? 1 : 0;
    return count;
}

void tst_ApplySession::check_refusesInTheOrderJournalThenGuards()
{
    m_profile.protectedAccounts = {QStringLiteral("user1@example.com")};
    const Plan plan = deactivate({1}, QUrl(QStringLiteral("https://elsewhere.example.com/v2/")));
    writeJournal({{{QStringLiteral("state"), QStringLiteral("start")},
                   {QStringLiteral("plan"), deactivate({2}).toJson()}}});
    auto other = std::make_unique<QLockFile>(m_journal + QStringLiteral(".lock"));
    QVERIFY(other->tryLock(0)); // another program is applying

    QCOMPARE(session()->check(plan).refusal, Refusal::Busy);
    other.reset();
    QCOMPARE(session()->check(plan).refusal, Refusal::Interrupted);
    QVERIFY(QFile::remove(m_journal));
    const ApplySession::Check foreign = session()->check(plan);
    QCOMPARE(foreign.refusal, Refusal::WrongService);
    QVERIFY(foreign.isBadInput());
    const ApplySession::Check guarded = session()->check(deactivate({1}));
    QCOMPARE(guarded.refusal, Refusal::ProtectedAccount);
    QVERIFY(!guarded.isBadInput());
    QCOMPARE(session()->check(Plan {}).refusal, Refusal::WrongService);
    Plan empty = deactivate({3});
    empty.changes.first().included = false;
    QCOMPARE(session()->check(empty).refusal, Refusal::NothingToSend);
    QCOMPARE(session()->check(deactivate({3})).refusal, Refusal::None);
    QCOMPARE(writes(), 0);
}

void tst_ApplySession::check_unreadableJournal_isKeptAndBadInput()
{
    writeJournal({{{QStringLiteral("state"), QStringLiteral("start")},
                   {QStringLiteral("plan"), QJsonObject {{QStringLiteral("format"), 99}}}}});
    const ApplySession::Check check = session()->check(deactivate({3}));
    QCOMPARE(check.refusal, Refusal::JournalUnreadable);
    QVERIFY(check.isBadInput());
    QVERIFY2(check.message.startsWith(u"The apply journal " + m_journal + u" cannot be read"),
             qPrintable(check.message));
    QVERIFY(check.message.contains(u"Nothing was sent."));
    QVERIFY(check.message.contains(u"--set-aside"));
    QCOMPARE(session()->start(deactivate({3}), 0).refusal, Refusal::JournalUnreadable);
    QVERIFY(QFile::exists(m_journal)); // never thrown away
    QCOMPARE(writes(), 0);

    // Until the admin sets it aside: kept under another name, and the connection is free.
    QString aside;
    QCOMPARE(ApplySession::setAside(m_profile, &aside), QString());
    QVERIFY(!QFile::exists(m_journal));
    QVERIFY(QFile::exists(aside));
    QVERIFY(aside.contains(u".set-aside-"));
    QCOMPARE(session()->check(deactivate({3})).refusal, Refusal::None);
    QVERIFY(!ApplySession::setAside(m_profile, &aside).isEmpty()); // nothing left to set aside
}

void tst_ApplySession::start_refusesUnconfirmedMassDeprovisioning()
{
    QList<int> twelve;
    for (int n = 1; n <= 12; ++n)
        twelve.append(n);
    const Plan plan = deactivate(twelve);
    auto applying = session(1000); // threshold: 10 users (less than 5 % of 1,000)
    const ApplySession::Check check = applying->check(plan);
    QCOMPARE(check.refusal, Refusal::None);
    QCOMPARE(check.deprovisions, 12);
    QCOMPARE(check.threshold, 10);
    QVERIFY(check.needsMassConfirmation());
    QVERIFY(!check.unconfirmed(11).isEmpty());
    QVERIFY(check.unconfirmed(12).isEmpty());

    QCOMPARE(applying->start(plan, 11).refusal, Refusal::NotConfirmed);
    QVERIFY(!applying->engine());
    QCOMPARE(writes(), 0);

    QSignalSpy finished(applying.get(), &ApplySession::finished);
    QCOMPARE(applying->start(plan, 12).refusal, Refusal::None);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(applying->engine()->summary().applied, 12);
    QCOMPARE(writes(), 12);
}

void tst_ApplySession::start_whenAnotherProgramStartedAfterTheCheck_sendsNothing()
{
    auto applying = session();
    const Plan plan = deactivate({4});
    QCOMPARE(applying->check(plan).refusal, Refusal::None);
    // Another program starts applying while the admin reads the confirmation.
    QLockFile other(m_journal + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    writeJournal({{{QStringLiteral("state"), QStringLiteral("start")},
                   {QStringLiteral("plan"), deactivate({5}).toJson()}}});

    QCOMPARE(applying->start(plan, 0).refusal, Refusal::Busy);
    QVERIFY(!applying->engine());
    QCOMPARE(writes(), 0);
    QVERIFY(ApplyJournal::read(m_journal, nullptr)); // the other program's journal is intact
}

void tst_ApplySession::start_holdsTheJournalUntilTheApplyEnds()
{
    auto applying = session();
    QSignalSpy finished(applying.get(), &ApplySession::finished);
    QCOMPARE(applying->start(deactivate({6}), 0).refusal, Refusal::None);
    // Between start() and the end, every other session is refused as busy.
    QCOMPARE(session()->check(deactivate({7})).refusal, Refusal::Busy);
    QCOMPARE(ApplySession::unfinished(m_profile).refusal, Refusal::Busy);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(applying->engine()->summary().applied, 1);
    QVERIFY(!ApplyJournal::isInUse(m_journal));
    const ApplySession::Unfinished after = ApplySession::unfinished(m_profile);
    QCOMPARE(after.refusal, Refusal::None);
    QVERIFY(!after.interrupted); // the journal says the apply finished
    QCOMPARE(m_service.users.value(QStringLiteral("u6")).value(u"active").toBool(), false);
}

void tst_ApplySession::resume_whenTheApplyFinishedMeanwhile_sendsNothing()
{
    const Plan plan = deactivate({8});
    writeJournal({{{QStringLiteral("state"), QStringLiteral("start")},
                   {QStringLiteral("plan"), plan.toJson()}}});
    const ApplySession::Unfinished asked = ApplySession::unfinished(m_profile);
    QVERIFY(asked.interrupted);
    // While the admin is asked, another window finishes it.
    writeJournal({{{QStringLiteral("change"), plan.changes.first().id},
                   {QStringLiteral("state"), QStringLiteral("sending")}},
                  {{QStringLiteral("state"), QStringLiteral("finished")}}});

    auto resuming = session();
    const ApplySession::Check check = resuming->resume(*asked.interrupted);
    QCOMPARE(check.refusal, Refusal::Changed);
    QVERIFY(!check.isBadInput());
    QVERIFY(!resuming->engine());
    QCOMPARE(int(m_network->requests().size()), 0);
}

void tst_ApplySession::resume_goesOnFromWhatTheJournalSaysNow()
{
    const Plan plan = deactivate({9, 10});
    const QString first = plan.changes.at(0).id;
    writeJournal({{{QStringLiteral("state"), QStringLiteral("start")},
                   {QStringLiteral("plan"), plan.toJson()},
                   {QStringLiteral("run"), QStringLiteral("20261130T010000Z-abcdef")}}});
    const ApplySession::Unfinished asked = ApplySession::unfinished(m_profile);
    QVERIFY(asked.interrupted);
    QVERIFY(asked.interrupted->settled.isEmpty());
    QCOMPARE(asked.interrupted->runId, u"20261130T010000Z-abcdef"_qs);
    // Meanwhile another program settled the first change, then died in its turn.
    m_service.users[QStringLiteral("u9")].insert(QStringLiteral("active"), false);
    writeJournal(
        {{{QStringLiteral("state"), QStringLiteral("resume")}},
         {{QStringLiteral("change"), first}, {QStringLiteral("state"), QStringLiteral("sending")}},
         {{QStringLiteral("change"), first},
          {QStringLiteral("state"), QStringLiteral("answered")},
          {QStringLiteral("result"), QStringLiteral("applied")},
          {QStringLiteral("httpStatus"), 200}}});

    auto resuming = session();
    QSignalSpy finished(resuming.get(), &ApplySession::finished);
    QCOMPARE(resuming->resume(*asked.interrupted).refusal, Refusal::None);
    QVERIFY(resuming->isResumed());
    // The resumed apply is the same run: a revert undoes all of it at once.
    QCOMPARE(resuming->runId(), u"20261130T010000Z-abcdef"_qs);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(resuming->engine()->summary().applied, 2);
    // Only the second change was sent: the first is not sent twice.
    QCOMPARE(writes(), 1);
    for (const FakeRequest &request : m_network->requests()) {
        if (request.method != "GET")
            QVERIFY(request.url.path().endsWith(u"/u10"));
    }
}

// A write answered "come back in 28 hours" is not waited for in silence: it fails at once and
// says when the service will take it.
void tst_ApplySession::retryAfter_beyondTheCap_failsAtOnceAndSaysSo()
{
    m_service.busyWrites = 1;
    m_service.retryAfter = 100'000;
    auto applying = session();
    QSignalSpy finished(applying.get(), &ApplySession::finished);
    QCOMPARE(applying->start(deactivate({11}), 0).refusal, Refusal::None);
    QVERIFY(finished.wait(10'000));
    const ChangeResult result = applying->engine()->results().first();
    QCOMPARE(result.outcome, ChangeResult::Outcome::Failed);
    QVERIFY2(result.message.contains(u"100000 s"), qPrintable(result.message));
    QCOMPARE(writes(), 1);
    QCOMPARE(m_service.users.value(QStringLiteral("u11")).value(u"active").toBool(), true);
}

void tst_ApplySession::retryAfter_withinTheCap_isWaitedAndShown()
{
    m_service.busyWrites = 1;
    m_service.retryAfter = 1;
    auto applying = session();
    QSignalSpy finished(applying.get(), &ApplySession::finished);
    int waitShown = 0;
    connect(applying.get(), &ApplySession::progress, this,
            [&] { waitShown = qMax(waitShown, applying->engine()->waitingSeconds()); });
    QCOMPARE(applying->start(deactivate({12}), 0).refusal, Refusal::None);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(waitShown, 1); // the front ends are told while the wait lasts
    QCOMPARE(applying->engine()->summary().applied, 1);
    QCOMPARE(writes(), 2);
    QCOMPARE(m_service.users.value(QStringLiteral("u12")).value(u"active").toBool(), false);
}

void tst_ApplySession::readBack_tellsWhetherDeactivationTakesLicences()
{
    const QString schema = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
    const auto deactivation = [](const QString &id, const QStringList &held) {
        Change change;
        change.id = id;
        change.kind = Change::Kind::Deactivate;
        change.licencesHeld = held;
        return change;
    };
    const auto readBack = [&](const QString &id, bool chart, bool spark) {
        ChangeResult result;
        result.changeId = id;
        result.outcome = ChangeResult::Outcome::Applied;
        result.resource
            = QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("active"), false},
                           {schema,
                            QJsonObject {{QStringLiteral("productLicenses"),
                                          QJsonObject {{QStringLiteral("Lucidchart"), chart},
                                                       {QStringLiteral("Lucidspark"), spark}}}}}};
        return result;
    };
    const QStringList both {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")};
    Plan plan;
    plan.changes = {deactivation(u"a"_qs, both), deactivation(u"b"_qs, {u"Lucidchart"_qs})};
    // Both read back without what they held: the service takes licences away.
    QCOMPARE(ApplySession::deactivationRevokesLicences(
                 plan, {readBack(u"a"_qs, false, false), readBack(u"b"_qs, false, false)}, schema),
             std::optional<bool>(true));
    // Both kept them.
    QCOMPARE(ApplySession::deactivationRevokesLicences(
                 plan, {readBack(u"a"_qs, true, true), readBack(u"b"_qs, true, false)}, schema),
             std::optional<bool>(false));
    // One kept some but not all, or the two disagree: nothing is learnt.
    QCOMPARE(ApplySession::deactivationRevokesLicences(
                 plan, {readBack(u"a"_qs, true, false), readBack(u"b"_qs, false, false)}, schema),
             std::nullopt);
    QCOMPARE(ApplySession::deactivationRevokesLicences(
                 plan, {readBack(u"a"_qs, true, true), readBack(u"b"_qs, false, false)}, schema),
             std::nullopt);
    // A change that failed, or a user who held nothing, tells nothing.
    ChangeResult failed = readBack(u"a"_qs, false, false);
    failed.outcome = ChangeResult::Outcome::Failed;
    plan.changes[1].licencesHeld.clear();
    QCOMPARE(ApplySession::deactivationRevokesLicences(
                 plan, {failed, readBack(u"b"_qs, false, false)}, schema),
             std::nullopt);
}

QTEST_GUILESS_MAIN(tst_ApplySession)
#include "tst_applysession.moc"
