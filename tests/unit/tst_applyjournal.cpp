#include "changes/ApplyJournal.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

namespace {

using Outcome = ChangeResult::Outcome;
using Step = ApplyJournal::Step;

QJsonObject user(int n)
{
    return {{QStringLiteral("schemas"),
             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("id"), QStringLiteral("u%1").arg(n)},
            {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(n)},
            {QStringLiteral("active"), true},
            {QStringLiteral("meta"),
             QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"1\"")}}}};
}

// Three deactivations.
Plan threeChanges()
{
    ServiceCapabilities caps;
    caps.patch = true;
    caps.applyPreset(Preset::byId(QStringLiteral("generic")));
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.name = QStringLiteral("Journal");
    profile.baseUrl = QUrl(QStringLiteral("https://scim.example.com/v2/"));
    PlanBuilder builder(profile, caps);
    for (int n = 1; n <= 3; ++n)
        builder.deactivate(user(n));
    return builder.plan();
}

ChangeResult result(const QString &id, Outcome outcome, int status = 0, int attempts = 1,
                    const QString &message = {})
{
    ChangeResult r;
    r.changeId = id;
    r.outcome = outcome;
    r.httpStatus = status;
    r.attempts = attempts;
    r.message = message;
    return r;
}

QList<QByteArray> linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split('\n');
}

} // namespace

// The apply journal on its own: what it writes before a request and after an answer is what an
// interrupted apply is resumed from, in the console or the CLI, after a crash or a kill -9.
class tst_ApplyJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pathFor_isOnePerConnection();
    void linesBeforeRequestAndAfterAnswer_surviveAReopen();
    void interrupted_readsPlanSettledInFlightAndVerified();
    void retryDue_isNoLongerSettled();
    void resumed_continuesTheSameJournal();
    void finished_isNothingToResume_andIsRemoved();
    void noJournal_isNothingToResume();
    void tornLastLine_isSkipped();
    void lines_keepTheirFormat();
    void journalOfAnEarlierVersion_reads();
    void unreadable_isAnError_andIsKept_data();
    void unreadable_isAnError_andIsKept();
    void inUse_whileAnotherHolderHasTheLock();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("connection.jsonl")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    Plan m_plan;
};

void tst_ApplyJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_plan = threeChanges();
    QCOMPARE(m_plan.changes.size(), 3);
}

void tst_ApplyJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ApplyJournal::pathFor_isOnePerConnection()
{
    const QString a = ApplyJournal::pathFor(QStringLiteral("conn-a"));
    const QString b = ApplyJournal::pathFor(QStringLiteral("conn-b"));
    QVERIFY(a != b);
    QCOMPARE(a, ApplyJournal::pathFor(QStringLiteral("conn-a")));
    QVERIFY(a.endsWith(u"/journal/conn-a.jsonl"));
    QVERIFY(QFileInfo(a).dir().exists()); // ready to be written
}

void tst_ApplyJournal::linesBeforeRequestAndAfterAnswer_surviveAReopen()
{
    const QString first = m_plan.changes.at(0).id;
    const QString second = m_plan.changes.at(1).id;
    {
        ApplyJournal journal(path());
        QVERIFY(journal.lock());
        QVERIFY(journal.begin(m_plan));
        journal.record(Step::Sending, result(first, Outcome::InFlight));
        // On disk before the request goes out: another reader sees it now.
        QString error;
        auto state = ApplyJournal::read(path(), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->inFlight, QSet<QString> {first});

        journal.record(Step::Answered, result(first, Outcome::Applied, 200));
        journal.record(Step::Sending, result(second, Outcome::InFlight));
        // The program dies here: the journal is never finished.
    }
    QString error;
    const auto state = ApplyJournal::read(path(), &error);
    QVERIFY2(state, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(state->inFlight, QSet<QString> {second});
    QCOMPARE(state->settled.size(), 1);
    QCOMPARE(state->settled.value(first).outcome, Outcome::Applied);
    QCOMPARE(state->settled.value(first).httpStatus, 200);
    QVERIFY(!ApplyJournal::isInUse(path())); // the dead holder's lock is gone
}

void tst_ApplyJournal::interrupted_readsPlanSettledInFlightAndVerified()
{
    const QString applied = m_plan.changes.at(0).id;
    const QString failed = m_plan.changes.at(1).id;
    const QString sent = m_plan.changes.at(2).id;
    {
        ApplyJournal journal(path());
        QVERIFY(journal.lock());
        QVERIFY(journal.begin(m_plan));
        for (const QString &id : {applied, failed, sent})
            journal.record(Step::Sending, result(id, Outcome::InFlight));
        ChangeResult created = result(applied, Outcome::Applied, 201);
        created.createdId = QStringLiteral("new-1");
        journal.record(Step::Answered, created);
        journal.record(Step::Answered,
                       result(failed, Outcome::Failed, 400, 2, QStringLiteral("bad request")));
        journal.record(Step::Verified, created);
    }
    QString error;
    const auto state = ApplyJournal::read(path(), &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->plan.toJson(), m_plan.toJson());
    QCOMPARE(state->inFlight, QSet<QString> {sent});
    QCOMPARE(state->verified, QSet<QString> {applied});
    QCOMPARE(state->settled.size(), 2);
    const ChangeResult one = state->settled.value(applied);
    QCOMPARE(one.changeId, applied);
    QCOMPARE(one.outcome, Outcome::Applied);
    QCOMPARE(one.httpStatus, 201);
    QCOMPARE(one.createdId, QStringLiteral("new-1"));
    const ChangeResult two = state->settled.value(failed);
    QCOMPARE(two.outcome, Outcome::Failed);
    QCOMPARE(two.httpStatus, 400);
    QCOMPARE(two.attempts, 2);
    QCOMPARE(two.message, QStringLiteral("bad request"));
}

void tst_ApplyJournal::retryDue_isNoLongerSettled()
{
    const QString id = m_plan.changes.at(0).id;
    {
        ApplyJournal journal(path());
        QVERIFY(journal.begin(m_plan));
        journal.record(Step::Sending, result(id, Outcome::InFlight));
        journal.record(Step::Answered, result(id, Outcome::Pending, 503)); // a retry was due
    }
    QString error;
    const auto state = ApplyJournal::read(path(), &error);
    QVERIFY2(state, qPrintable(error));
    QVERIFY(state->settled.isEmpty());
    QVERIFY(state->inFlight.isEmpty());
}

void tst_ApplyJournal::resumed_continuesTheSameJournal()
{
    const QString first = m_plan.changes.at(0).id;
    const QString second = m_plan.changes.at(1).id;
    {
        ApplyJournal journal(path());
        QVERIFY(journal.begin(m_plan));
        journal.record(Step::Answered, result(first, Outcome::Applied, 200));
        journal.record(Step::Sending, result(second, Outcome::InFlight));
    }
    {
        ApplyJournal journal(path());
        QVERIFY(journal.lock());
        QVERIFY(journal.beginResumed());
        journal.record(Step::Answered, result(second, Outcome::Applied, 200));
    }
    QString error;
    auto state = ApplyJournal::read(path(), &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->plan.changes.size(), 3); // the plan from before the interruption
    QVERIFY(state->inFlight.isEmpty());
    QCOMPARE(state->settled.size(), 2);
    QCOMPARE(state->settled.value(second).outcome, Outcome::Applied);
}

void tst_ApplyJournal::finished_isNothingToResume_andIsRemoved()
{
    {
        ApplyJournal journal(path());
        QVERIFY(journal.lock());
        QVERIFY(journal.begin(m_plan));
        journal.record(Step::Sending, result(m_plan.changes.at(0).id, Outcome::InFlight));
        journal.finish(QJsonObject {{QStringLiteral("applied"), 1}});
        QVERIFY(!journal.isOpen());
        QVERIFY(!ApplyJournal::isInUse(path())); // finish() releases it
    }
    QString error;
    QVERIFY(!ApplyJournal::read(path(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(path()));
    QVERIFY(ApplyJournal::removeFinished(path(), &error));
    QVERIFY(!QFile::exists(path()));
}

void tst_ApplyJournal::noJournal_isNothingToResume()
{
    QString error;
    QVERIFY(!ApplyJournal::read(path(), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(ApplyJournal::removeFinished(path(), &error));
}

void tst_ApplyJournal::tornLastLine_isSkipped()
{
    const QString first = m_plan.changes.at(0).id;
    {
        ApplyJournal journal(path());
        QVERIFY(journal.begin(m_plan));
        journal.record(Step::Sending, result(first, Outcome::InFlight));
        journal.record(Step::Answered, result(first, Outcome::Applied, 200));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    // The process died while writing the next line.
    file.write(R"({"time":"2026-01-01T00:00:00.000Z","change":")" + m_plan.changes.at(1).id.toUtf8()
               + R"(","state":"sendi)");
    file.close();
    QString error;
    const auto state = ApplyJournal::read(path(), &error);
    QVERIFY2(state, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(state->inFlight.isEmpty());
    QCOMPARE(state->settled.size(), 1);
    QCOMPARE(state->settled.value(first).outcome, Outcome::Applied);
}

void tst_ApplyJournal::lines_keepTheirFormat()
{
    const QString id = m_plan.changes.at(0).id;
    {
        ApplyJournal journal(path());
        QVERIFY(journal.begin(m_plan));
        ChangeResult created = result(id, Outcome::Applied, 201, 2, QStringLiteral("why"));
        created.createdId = QStringLiteral("new-1");
        journal.record(Step::Answered, created);
        journal.finish(QJsonObject {{QStringLiteral("applied"), 1}});
    }
    const QList<QByteArray> lines = linesOf(path());
    QCOMPARE(lines.size(), 4); // three lines, each ending in a newline
    QVERIFY(lines.last().isEmpty());
    const QJsonObject header = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(
        header.keys(),
        (QStringList {QStringLiteral("plan"), QStringLiteral("state"), QStringLiteral("time")}));
    QCOMPARE(header.value(u"state").toString(), QStringLiteral("start"));
    QCOMPARE(header.value(u"plan").toObject(), m_plan.toJson());
    const QJsonObject change = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(change.keys(),
             (QStringList {QStringLiteral("attempt"), QStringLiteral("change"),
                           QStringLiteral("createdId"), QStringLiteral("httpStatus"),
                           QStringLiteral("message"), QStringLiteral("result"),
                           QStringLiteral("state"), QStringLiteral("time")}));
    QCOMPARE(change.value(u"state").toString(), QStringLiteral("answered"));
    QCOMPARE(change.value(u"result").toString(), QStringLiteral("applied"));
    QCOMPARE(change.value(u"attempt").toInt(), 2);
    QVERIFY(QDateTime::fromString(change.value(u"time").toString(), Qt::ISODateWithMs).isValid());
    const QJsonObject last = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(
        last.keys(),
        (QStringList {QStringLiteral("state"), QStringLiteral("summary"), QStringLiteral("time")}));
    QCOMPARE(last.value(u"state").toString(), QStringLiteral("finished"));
}

void tst_ApplyJournal::journalOfAnEarlierVersion_reads()
{
    // Written by the engine before the journal was its own class: resumable still.
    const QByteArray plan = QJsonDocument(m_plan.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray a = m_plan.changes.at(0).id.toUtf8();
    const QByteArray b = m_plan.changes.at(1).id.toUtf8();
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"plan":)" + plan
               + R"(,"state":"start","time":"2026-01-01T10:00:00.000Z"})"
                 "\n");
    file.write(
        R"({"attempt":1,"change":")" + a
        + R"(","httpStatus":0,"result":"inFlight","state":"sending","time":"2026-01-01T10:00:00.100Z"})"
          "\n");
    file.write(
        R"({"attempt":1,"change":")" + b
        + R"(","httpStatus":0,"result":"inFlight","state":"sending","time":"2026-01-01T10:00:00.110Z"})"
          "\n");
    file.write(
        R"({"attempt":1,"change":")" + a
        + R"(","httpStatus":200,"result":"applied","state":"answered","time":"2026-01-01T10:00:00.300Z"})"
          "\n");
    file.close();
    QString error;
    const auto state = ApplyJournal::read(path(), &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->inFlight, QSet<QString> {QString::fromUtf8(b)});
    QCOMPARE(state->settled.value(QString::fromUtf8(a)).outcome, Outcome::Applied);
}

void tst_ApplyJournal::unreadable_isAnError_andIsKept_data()
{
    QTest::addColumn<bool>("directory");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("cannot be opened") << true << QByteArray();
    QTest::newRow("plan does not parse")
        << false
        << QByteArray(R"({"state":"start","plan":{"format":"something-else"}})"
                      "\n"
                      R"({"change":"c1","state":"sending","result":"inFlight"})"
                      "\n");
}

void tst_ApplyJournal::unreadable_isAnError_andIsKept()
{
    QFETCH(bool, directory);
    QFETCH(QByteArray, content);
    if (directory) {
        // Something in the way that no one can read as a journal (root reads any file).
        QVERIFY(QDir().mkpath(path()));
    } else {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    QVERIFY(!ApplyJournal::read(path(), &error));
    QVERIFY(!error.isEmpty());
    QString why;
    QVERIFY(!ApplyJournal::removeFinished(path(), &why));
    QCOMPARE(why, error);
    QVERIFY(QFileInfo::exists(path()));
}

void tst_ApplyJournal::inUse_whileAnotherHolderHasTheLock()
{
    QVERIFY(!ApplyJournal::isInUse(path()));
    {
        ApplyJournal holder(path());
        QVERIFY(holder.lock());
        QVERIFY(holder.begin(m_plan));
        QVERIFY(ApplyJournal::isInUse(path()));
        ApplyJournal second(path());
        QVERIFY(!second.lock()); // one apply per journal
        QString error;
        QVERIFY(!ApplyJournal::removeFinished(path(), &error)); // never under a running apply
        QVERIFY(!error.isEmpty());
        QVERIFY(QFile::exists(path()));
    }
    QVERIFY(!ApplyJournal::isInUse(path()));

    // Another program (the CLI, another window) holds it the same way.
    QLockFile other(path() + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    QVERIFY(ApplyJournal::isInUse(path()));
    other.unlock();
    QVERIFY(!ApplyJournal::isInUse(path()));
}

QTEST_GUILESS_MAIN(tst_ApplyJournal)
#include "tst_applyjournal.moc"
