#include "ReviewPage.h"
#include "UiModal.h"
#include "changes/ChangeQueue.h"
#include "connections/ConnectionProfile.h"
#include "directory/Directory.h"
#include "scim/ServiceCapabilities.h"

#include <QLabel>
#include <QTest>

using namespace ScimDesk;

// The Pending changes page says, before anything is sent, how long the service's published
// limits make applying take; a service without published limits gets no such sentence.
class tst_ReviewEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void githubHires_reviewSaysHours();
    void serviceWithoutLimits_reviewSaysNothing();

private:
    static QString summaryFor(const QString &presetId, int creates, const QString &screenshot);
};

QString tst_ReviewEstimate::summaryFor(const QString &presetId, int creates,
                                       const QString &screenshot)
{
    Directory directory;
    ChangeQueue queue(&directory);
    ConnectionProfile profile = ConnectionProfile::fromPreset(presetId);
    profile.name = QStringLiteral("Acme");
    profile.baseUrl = QUrl(QStringLiteral("https://scim.example.com/v2"));
    queue.setConnection(profile, ServiceCapabilities {});
    Plan plan;
    plan.connectionName = profile.name;
    plan.baseUrl = profile.baseUrl;
    plan.presetId = presetId;
    for (int i = 0; i < creates; ++i) {
        Change change;
        change.id = QString::number(i + 1);
        change.kind = Change::Kind::CreateUser;
        change.resourceType = QStringLiteral("User");
        change.targetName = QStringLiteral("hire%1@example.com").arg(i);
        change.request.method = "POST";
        change.request.path = "/Users";
        change.request.setBody({{QStringLiteral("userName"), change.targetName}});
        plan.changes.append(change);
    }
    queue.setState(queue.withReplacement(plan, ChangeQueue::Replacement::Origin::PlanFile,
                                         QStringLiteral("hires.json")));
    ReviewPage page(&queue);
    page.resize(1024, 700);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        qWarning("the review page was not shown");
    Test::maybeGrab(page, screenshot);
    return page.findChild<QLabel *>(QStringLiteral("planSummary"))->text();
}

void tst_ReviewEstimate::githubHires_reviewSaysHours()
{
    const QString summary
        = summaryFor(QStringLiteral("github-emu"), 5000, QStringLiteral("review-estimate-github"));
    QVERIFY2(summary.contains(u"GitHub Enterprise Managed Users allows"), qPrintable(summary));
    QVERIFY2(summary.contains(u"users created an hour"), qPrintable(summary));
    QVERIFY2(summary.contains(u"about 4 hour"), qPrintable(summary));
}

void tst_ReviewEstimate::serviceWithoutLimits_reviewSaysNothing()
{
    const QString summary
        = summaryFor(QStringLiteral("lucid"), 50, QStringLiteral("review-estimate-lucid"));
    QVERIFY2(summary.contains(u"50"), qPrintable(summary));
    QVERIFY2(!summary.contains(u"allows") && !summary.contains(u"takes"), qPrintable(summary));
}

QTEST_MAIN(tst_ReviewEstimate)
#include "tst_reviewestimate.moc"
