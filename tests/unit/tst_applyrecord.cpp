#include "FakeUserService.h"
#include "changes/ApplySession.h"
#include "changes/AuditSink.h"
#include "changes/PlanBuilder.h"
#include "common/PrivateFiles.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sys/resource.h>

using namespace ScimDesk;
using namespace ScimDesk::Test;

namespace {

using Refusal = ApplySession::Refusal;

// An audit log that cannot be opened, or that fails from its `failFrom`-th record on.
class FailingAudit final : public AuditSink
{
public:
    QString notWritable;
    int failFrom = -1;
    int records = 0;
    QString record(const Plan &, const Change &, const ChangeResult &) override
    {
        ++records;
        return failFrom >= 0 && records >= failFrom ? QStringLiteral("disk full") : QString();
    }
    QString writable() override { return notWritable; }
};

} // namespace

// An apply whose record (journal, audit log) cannot be kept sends nothing, or nothing more, and
// never passes for a success.
class tst_ApplyRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void auditNotWritable_sendsNothing();
    void auditFailingMidApply_stopsSending();
    void journalFolderNotWritable_refusesAndSendsNothing();
    void journalFileSizeLimit_stopsBeforeTheNextRequest();

private:
    std::unique_ptr<ApplySession> session(std::unique_ptr<AuditSink> audit = nullptr);
    Plan deactivate(const QList<int> &users) const;
    int writes() const;
    // Starts `plan` and waits for the apply to end.
    ApplyEngine *run(ApplySession &applying, const Plan &plan);

    FakeUserService m_service;
    std::unique_ptr<ScimClient> m_client;
    FakeNetworkAccessManager *m_network = nullptr;
    ConnectionProfile m_profile;
    ServiceCapabilities m_caps;
};

void tst_ApplyRecord::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    hardenProcess(); // a write past the file-size limit fails instead of killing the test
}

void tst_ApplyRecord::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_service = FakeUserService(5);
    m_network = new FakeNetworkAccessManager(
        [this](const FakeRequest &request) { return m_service.answer(request); });
    m_client = std::make_unique<ScimClient>(m_network);
    m_client->setBaseUrl(QUrl(QStringLiteral("https://scim.example.com/v2/")));
    m_client->setToken(QStringLiteral("token"));
    m_caps = ServiceCapabilities {};
    m_caps.patch = true;
    m_caps.applyPreset(Preset::byId(QStringLiteral("generic")));
    m_profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    m_profile.id = QStringLiteral("record-test");
    m_profile.name = QStringLiteral("Record");
    m_profile.baseUrl = m_client->baseUrl();
    m_profile.concurrency = 1;
}

std::unique_ptr<ApplySession> tst_ApplyRecord::session(std::unique_ptr<AuditSink> audit)
{
    ConnectionReport report;
    report.capabilities = m_caps;
    report.userCount = 1000;
    return std::make_unique<ApplySession>(m_client.get(), m_profile, report, std::move(audit));
}

Plan tst_ApplyRecord::deactivate(const QList<int> &users) const
{
    PlanBuilder builder(m_profile, m_caps);
    for (int n : users)
        builder.deactivate(m_service.users.value(QStringLiteral("u%1").arg(n), fakeUser(n)));
    return builder.plan();
}

int tst_ApplyRecord::writes() const
{
    int count = 0;
    for (const FakeRequest &request : m_network->requests())
        count += request.method != "GET" ? 1 : 0;
    return count;
}

ApplyEngine *tst_ApplyRecord::run(ApplySession &applying, const Plan &plan)
{
    QSignalSpy finished(&applying, &ApplySession::finished);
    if (applying.start(plan, 0).refusal != Refusal::None)
        return nullptr;
    if (!finished.wait(10'000))
        return nullptr;
    return applying.engine();
}

void tst_ApplyRecord::auditNotWritable_sendsNothing()
{
    auto audit = std::make_unique<FailingAudit>();
    audit->notWritable = QStringLiteral("Cannot write the audit log /x/audit.jsonl: read-only");
    auto applying = session(std::move(audit));
    ApplyEngine *engine = run(*applying, deactivate({1, 2, 3}));
    QVERIFY(engine);
    QCOMPARE(writes(), 0);
    QVERIFY2(engine->recordError().contains(u"/x/audit.jsonl: read-only"),
             qPrintable(engine->recordError()));
    QVERIFY(engine->recordError().endsWith(u"Nothing was sent."));
    QCOMPARE(engine->summary().applied, 0);
    QCOMPARE(engine->summary().skipped, 3);
}

void tst_ApplyRecord::auditFailingMidApply_stopsSending()
{
    auto audit = std::make_unique<FailingAudit>();
    audit->failFrom = 1; // the first record (u9 does not exist: failed, recorded at once) fails
    auto applying = session(std::move(audit));
    ApplyEngine *engine = run(*applying, deactivate({9, 1, 2, 3, 4}));
    QVERIFY(engine);
    QCOMPARE(writes(), 1); // nothing after the record was lost
    QVERIFY2(engine->recordError().contains(u"disk full"), qPrintable(engine->recordError()));
    QCOMPARE(engine->summary().applied, 0);
    QCOMPARE(engine->summary().skipped, 4);
}

void tst_ApplyRecord::journalFolderNotWritable_refusesAndSendsNothing()
{
    // A file where the journal's folder should be: no lock, no journal, even for root.
    const QString journal = ApplyJournal::pathFor(m_profile.id);
    const QString folder = QFileInfo(journal).absolutePath();
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    auto applying = session();
    const ApplySession::Check check = applying->start(deactivate({1}), 0);
    QCOMPARE(check.refusal, Refusal::RecordUnavailable);
    QVERIFY2(check.message.contains(journal), qPrintable(check.message));
    QVERIFY(check.message.endsWith(u"Nothing was sent."));
    QVERIFY(!applying->engine());
    QCOMPARE(writes(), 0);
    QFile::remove(folder);
}

void tst_ApplyRecord::journalFileSizeLimit_stopsBeforeTheNextRequest()
{
    const Plan plan = deactivate({1, 2, 3});
    // How long the journal's first line is, to let exactly that much be written.
    const QString probePath = QDir::tempPath() + QStringLiteral("/scimdesk-probe.jsonl");
    QFile::remove(probePath);
    {
        ApplyJournal probe(probePath);
        QVERIFY(probe.lock());
        QVERIFY(probe.begin(plan, AuditSink::newRunId())); // as long as an apply's
    }
    const qint64 header = QFileInfo(probePath).size();
    QFile::remove(probePath);

    rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const rlimit limit {rlim_t(header + 10), before.rlim_max};
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
    auto applying = session();
    ApplyEngine *engine = run(*applying, plan);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);

    QVERIFY(engine);
    QCOMPARE(writes(), 0); // the line saying a request goes out could not be written
    QVERIFY2(engine->recordError().contains(ApplyJournal::pathFor(m_profile.id)),
             qPrintable(engine->recordError()));
    QCOMPARE(engine->summary().applied, 0);
    // The journal is kept: it says an apply began and did not finish.
    QString error;
    QVERIFY(ApplyJournal::read(ApplyJournal::pathFor(m_profile.id), &error));
}

QTEST_GUILESS_MAIN(tst_ApplyRecord)
#include "tst_applyrecord.moc"
