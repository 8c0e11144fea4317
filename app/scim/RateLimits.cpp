#include "RateLimits.h"

#include "Preset.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace ScimDesk {

namespace {

// "/Users" of "/Users/lucid-12" or "/Users".
QByteArrayView endpointOf(const QByteArray &path)
{
    const qsizetype slash = path.indexOf('/', 1);
    return slash < 0 ? QByteArrayView(path) : QByteArrayView(path).first(slash);
}

bool pathMatches(const QString &pattern, const QByteArray &path)
{
    const bool oneOnly = pattern.endsWith(u"/*");
    const QByteArray endpoint = (oneOnly ? pattern.chopped(2) : pattern).toUtf8();
    if (endpointOf(path).compare(endpoint, Qt::CaseInsensitive) != 0)
        return false;
    return !oneOnly || path.size() > endpoint.size() + 1;
}

QString windowText(int seconds)
{
    if (seconds == 1)
        return RateLimits::tr("a second");
    if (seconds == 60)
        return RateLimits::tr("a minute");
    if (seconds == 3600)
        return RateLimits::tr("an hour");
    return RateLimits::tr("every %n seconds", nullptr, seconds);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool RateRule::matches(const QByteArray &method, const QByteArray &path) const
{
    if (!methods.isEmpty() && !methods.contains(method))
        return false;
    if (paths.isEmpty())
        return true;
    return std::any_of(paths.cbegin(), paths.cend(),
                       [&](const QString &pattern) { return pathMatches(pattern, path); });
}

QString RateRule::key(int ruleIndex, const QByteArray &method, const QByteArray &path) const
{
    QString key = QString::number(ruleIndex);
    if (perEndpoint)
        key += u' ' + QString::fromLatin1(method) + u' '
            + QString::fromUtf8(endpointOf(path).toByteArray()).toLower();
    return key;
}

QString RateRule::describe() const
{
    QString text = RateLimits::tr("%L1 %2 %3")
                       .arg(count)
                       .arg(RateLimits::tr(what), windowText(windowSeconds));
    if (perEndpoint)
        text += u' ' + RateLimits::tr("for each endpoint");
    if (burst > 0 && burst < count)
        text += u' ' + RateLimits::tr("(%L1 at once)").arg(burst);
    return text;
}

double RateLimits::testTimeScale(const QUrl &baseUrl)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("SCIMDESK_TEST_TIME_SCALE").toDouble(&ok);
    if (!ok || !(scale > 0.0) || scale > 1.0 || !isLoopback(baseUrl))
        return 1.0;
    return scale;
}

RateLimits RateLimits::forConnection(const QString &presetId, const QUrl &baseUrl)
{
    RateLimits limits = Preset::byId(presetId).limits;
    limits.timeScale = testTimeScale(baseUrl);
    return limits;
}

} // namespace ScimDesk
