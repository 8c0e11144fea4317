#include "scim/Backoff.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace ScimDesk;

// The one backoff rule ScimClient and the apply engine share: exponential with equal jitter,
// capped, never shorter than the service's Retry-After.
class tst_Backoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsWithAttempts_data();
    void growsWithAttempts();
    void cap_isRespected();
    void retryAfter_isHonoured();
    void retryAfterZero_isTheUsualWait();
    void hugeAttempt_staysBounded();
    void jitter_spreadsTheWaits();
};

void tst_Backoff::growsWithAttempts_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("step"); // the exponential step before jitter
    QTest::newRow("first") << 1 << 100;
    QTest::newRow("second") << 2 << 200;
    QTest::newRow("third") << 3 << 400;
    QTest::newRow("sixth") << 6 << 3'200;
}

void tst_Backoff::growsWithAttempts()
{
    QFETCH(int, attempt);
    QFETCH(int, step);
    QRandomGenerator random(attempt);
    for (int i = 0; i < 200; ++i) {
        const int delay = Backoff::delayMs(attempt, 100, 60'000, -1, &random);
        QVERIFY2(delay >= step / 2 && delay <= step, qPrintable(QString::number(delay)));
    }
}

void tst_Backoff::cap_isRespected()
{
    QRandomGenerator random(7);
    for (int attempt = 1; attempt <= 40; ++attempt) {
        const int delay = Backoff::delayMs(attempt, Backoff::DefaultBaseDelayMs,
                                           Backoff::DefaultCapMs, -1, &random);
        QVERIFY2(delay <= Backoff::DefaultCapMs, qPrintable(QString::number(delay)));
    }
    // Once capped, the wait stays between half the cap and the cap.
    const int capped = Backoff::delayMs(20, 500, 1'000, -1, &random);
    QVERIFY(capped >= 500 && capped <= 1'000);
}

void tst_Backoff::retryAfter_isHonoured()
{
    QRandomGenerator random(3);
    // Longer than the cap: the service said so.
    QCOMPARE(Backoff::delayMs(1, 500, 30'000, 45, &random), 45'000);
    QCOMPARE(Backoff::delayMs(1, 100, 1'000, 2, &random), 2'000);
    // Shorter than the backoff: the backoff still applies.
    const int delay = Backoff::delayMs(8, 500, 30'000, 1, &random);
    QVERIFY(delay >= 15'000 && delay <= 30'000);
}

void tst_Backoff::retryAfterZero_isTheUsualWait()
{
    QRandomGenerator random(5);
    const int delay = Backoff::delayMs(2, 100, 1'000, 0, &random);
    QVERIFY(delay >= 100 && delay <= 200);
}

void tst_Backoff::hugeAttempt_staysBounded()
{
    QRandomGenerator random(11);
    const int delay = Backoff::delayMs(std::numeric_limits<int>::max(), 500, 30'000, -1, &random);
    QVERIFY(delay >= 15'000 && delay <= 30'000);
    QVERIFY(Backoff::delayMs(1, 500, 30'000, std::numeric_limits<int>::max(), &random) > 0);
    QVERIFY(Backoff::delayMs(0, 500, 30'000, -1, &random) <= 500);
}

void tst_Backoff::jitter_spreadsTheWaits()
{
    QRandomGenerator random(13);
    QSet<int> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(Backoff::delayMs(4, 500, 30'000, -1, &random));
    QVERIFY(seen.size() > 1); // not in lockstep
}

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
