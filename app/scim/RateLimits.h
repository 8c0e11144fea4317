#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QUrl;

namespace ScimDesk {

// One published ceiling of a service: at most `count` requests of a kind in any `windowSeconds`,
// and (when `burst` is set) at most `burst` of them at once before the pace is count per window.
struct RateRule
{
    // What is counted, as a noun phrase for "1,000 %1 an hour" (e.g. "users created"); translated
    // with the context "RateLimits".
    const char *what = "requests";
    QList<QByteArray> methods; // empty: every method
    // "/Users": the list and each user; "/Users/*": each user only; empty: every path.
    QStringList paths;
    // Counted apart for each method and path ("/Users" or "/Groups"): the vendor's "per endpoint".
    bool perEndpoint = false;
    int count = 1;
    int windowSeconds = 60;
    int burst = 0; // 0: count at once

    bool matches(const QByteArray &method, const QByteArray &path) const;
    // Which allowance of this rule a request draws on: the same key for requests counted together.
    QString key(int ruleIndex, const QByteArray &method, const QByteArray &path) const;
    // "1,000 users created an hour", "180 writes a minute to each endpoint (20 at once)".
    QString describe() const;
};

// What a service publishes about how fast it may be asked: rate rules and a cap on requests at
// once. Presets carry them; ScimClient paces every request to them (RateLimiter), and
// ApplyEstimate says before an apply how long they make it take.
struct RateLimits
{
    Q_DECLARE_TR_FUNCTIONS(RateLimits)

public:
    QList<RateRule> rules;
    int maxConcurrent = 0; // 0: no published cap
    // Windows are multiplied by this. Below 1 only in tests (see forConnection()).
    double timeScale = 1.0;

    bool isEmpty() const { return rules.isEmpty() && maxConcurrent <= 0; }
    // The limits a connection to `baseUrl` made with preset `presetId` is paced to. For tests
    // only, SCIMDESK_TEST_TIME_SCALE (e.g. 0.01: an hour lasts 36 s) shortens the windows, and
    // only for a service on this machine (loopback), so a real service is never asked faster
    // than it allows.
    static RateLimits forConnection(const QString &presetId, const QUrl &baseUrl);
    // SCIMDESK_TEST_TIME_SCALE when it applies to `baseUrl`, else 1.
    static double testTimeScale(const QUrl &baseUrl);
};

} // namespace ScimDesk
