#include "changes/ApplyEstimate.h"
#include "changes/Plan.h"
#include "scim/Preset.h"

#include <QLocale>
#include <QTest>

using namespace ScimDesk;

// The time an apply takes at a service's published limits, said in the review before it starts.
class tst_ApplyEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void githubCreates_takeHours();
    void miroDeletes_arePacedByTheDeletionRule();
    void zoom_countsTheReadsBack();
    void databricks_isPacedByItsCapOnRequestsAtOnce();
    void excludedChanges_takeNoTime();
    void serviceWithoutLimits_saysNothing();
    void duration_data();
    void duration();
};

namespace {

Plan planOf(int count, const QByteArray &method, const QByteArray &endpoint,
            const QString &presetId)
{
    Plan plan;
    plan.presetId = presetId;
    for (int i = 0; i < count; ++i) {
        Change change;
        change.id = QString::number(i + 1);
        change.kind = method == "POST" ? Change::Kind::CreateUser
            : method == "DELETE"       ? Change::Kind::DeleteUser
                                       : Change::Kind::Deactivate;
        change.request.method = method;
        change.request.path
            = method == "POST" ? endpoint : endpoint + "/id-" + QByteArray::number(i);
        plan.changes.append(change);
    }
    return plan;
}

const RateLimits &limitsOf(const char *presetId)
{
    return Preset::byId(QString::fromLatin1(presetId)).limits;
}

} // namespace

void tst_ApplyEstimate::githubCreates_takeHours()
{
    const Plan plan = planOf(5000, "POST", "/Users", QStringLiteral("github-emu"));
    const ApplyEstimate estimate = ApplyEstimate::of(plan, limitsOf("github-emu"), 4);
    QCOMPARE(estimate.writes, 5000);
    QCOMPARE(estimate.reads, 5000);
    // 1,000 at once, then 1,000 each hour: four hours of waiting, then the last thousand.
    QVERIFY2(estimate.seconds >= 4 * 3600 && estimate.seconds < 5 * 3600,
             qPrintable(QString::number(estimate.seconds)));
    QCOMPARE(estimate.pacingRule, 0);
    const QString text = ApplyEstimate::textFor(plan, plan.presetId, 4);
    QVERIFY2(text.startsWith(u"GitHub Enterprise Managed Users allows "), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(1000) + u" users created an hour"), qPrintable(text));
    QVERIFY2(text.contains(u"about 4 hour"), qPrintable(text));
}

void tst_ApplyEstimate::miroDeletes_arePacedByTheDeletionRule()
{
    const Plan plan = planOf(100, "DELETE", "/Users", QStringLiteral("miro"));
    const ApplyEstimate estimate = ApplyEstimate::of(plan, limitsOf("miro"), 4);
    // 20 every 30 seconds: four waits of half a minute.
    QVERIFY2(estimate.seconds >= 120 && estimate.seconds < 180,
             qPrintable(QString::number(estimate.seconds)));
    QCOMPARE(limitsOf("miro").rules.at(estimate.pacingRule).methods,
             (QList<QByteArray> {"DELETE"}));
    const QString text = estimate.text(QStringLiteral("Miro"), limitsOf("miro"));
    QVERIFY2(text.startsWith(u"Miro allows 20 deletions every 30 seconds: "), qPrintable(text));
    QVERIFY2(text.contains(u"about 2 minute"), qPrintable(text));
}

void tst_ApplyEstimate::zoom_countsTheReadsBack()
{
    const Plan plan = planOf(300, "PATCH", "/Users", QStringLiteral("zoom"));
    const ApplyEstimate verified = ApplyEstimate::of(plan, limitsOf("zoom"), 4);
    const ApplyEstimate unverified = ApplyEstimate::of(plan, limitsOf("zoom"), 4, false);
    // One request a second: 600 requests with the reads back, 300 without.
    QVERIFY2(verified.seconds >= 600 && verified.seconds < 900,
             qPrintable(QString::number(verified.seconds)));
    QVERIFY2(unverified.seconds >= 300 && unverified.seconds < 450,
             qPrintable(QString::number(unverified.seconds)));
    QCOMPARE(unverified.reads, 0);
    QVERIFY(verified.text(QStringLiteral("Zoom"), limitsOf("zoom")).contains(u"reading them back"));
    QVERIFY(!unverified.text(QStringLiteral("Zoom"), limitsOf("zoom")).contains(u"reading"));
    QVERIFY(verified.text(QStringLiteral("Zoom"), limitsOf("zoom"))
                .startsWith(u"Zoom allows 1 request a second: "));
}

void tst_ApplyEstimate::databricks_isPacedByItsCapOnRequestsAtOnce()
{
    const Plan plan = planOf(1200, "PATCH", "/Users", QStringLiteral("databricks"));
    const ApplyEstimate atFour = ApplyEstimate::of(plan, limitsOf("databricks"), 4);
    const ApplyEstimate atSixteen = ApplyEstimate::of(plan, limitsOf("databricks"), 16);
    // Asking for 16 at once changes nothing: the service allows 4.
    QCOMPARE(atSixteen.seconds, atFour.seconds);
    QVERIFY(atSixteen.pacedByConcurrency);
    QVERIFY(!atFour.pacedByConcurrency);
    QCOMPARE(atFour.seconds,
             qint64(2 * 1200 / 4 * ApplyEstimate::AssumedLatencyMs / 1000)); // 2,400 requests
    QVERIFY(atSixteen.text(QStringLiteral("Databricks"), limitsOf("databricks"))
                .startsWith(u"Databricks allows 4 request"));
}

void tst_ApplyEstimate::excludedChanges_takeNoTime()
{
    Plan plan = planOf(50, "DELETE", "/Users", QStringLiteral("miro"));
    for (Change &change : plan.changes)
        change.included = false;
    const ApplyEstimate estimate = ApplyEstimate::of(plan, limitsOf("miro"), 4);
    QCOMPARE(estimate.writes, 0);
    QCOMPARE(estimate.seconds, 0);
    QVERIFY(estimate.text(QStringLiteral("Miro"), limitsOf("miro")).contains(u"under a minute"));
}

void tst_ApplyEstimate::serviceWithoutLimits_saysNothing()
{
    const Plan plan = planOf(5000, "POST", "/Users", QStringLiteral("lucid"));
    QVERIFY(ApplyEstimate::textFor(plan, QStringLiteral("lucid"), 4).isEmpty());
    QVERIFY(ApplyEstimate::textFor(plan, QStringLiteral("generic"), 4).isEmpty());
    QVERIFY(!ApplyEstimate::textFor(plan, QStringLiteral("slack"), 2).isEmpty());
}

void tst_ApplyEstimate::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(59) << QStringLiteral("under a minute");
    QTest::newRow("minutes") << qint64(12 * 60 + 10) << QStringLiteral("about 12 minute");
    QTest::newRow("hour and a half") << qint64(89 * 60) << QStringLiteral("about 89 minute");
    QTest::newRow("hours") << qint64(5 * 3600 - 60) << QStringLiteral("about 5 hour");
    QTest::newRow("days") << qint64(3 * 86400 + 600) << QStringLiteral("about 3 day");
}

void tst_ApplyEstimate::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QVERIFY2(ApplyEstimate::durationText(seconds).startsWith(text),
             qPrintable(ApplyEstimate::durationText(seconds)));
}

QTEST_GUILESS_MAIN(tst_ApplyEstimate)
#include "tst_applyestimate.moc"
