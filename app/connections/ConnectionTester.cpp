#include "ConnectionTester.h"

#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "secrets/TokenStore.h"

namespace ScimDesk {

ConnectionTester::ConnectionTester(TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{ }

void ConnectionTester::test(const ConnectionProfile &profile, const QString &typedToken)
{
    m_running = true;
    const quint64 generation = ++m_generation;
    if (!typedToken.trimmed().isEmpty()) {
        run(profile, typedToken.trimmed());
        return;
    }
    m_tokens->read(profile.id, this, [this, profile, generation](const TokenResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            ConnectionReport report;
            report.error = ScimError(ScimError::Kind::NoToken);
            m_running = false;
            Q_EMIT finished(report);
            return;
        }
        run(profile, result.token);
    });
}

void ConnectionTester::run(const ConnectionProfile &profile, const QString &token)
{
    auto *client = new ScimClient(this);
    client->setBaseUrl(profile.baseUrl);
    client->setToken(token);
    client->setRateLimits(RateLimits::forConnection(profile.presetId, profile.baseUrl));
    client->setRetryPolicy({2, 500, 2'000, 10});
    auto *discovery = new ServiceDiscovery(client, Preset::byId(profile.presetId), client);
    const quint64 generation = m_generation;
    connect(discovery, &ServiceDiscovery::finished, this,
            [this, client, generation](const ConnectionReport &report) {
                client->deleteLater();
                if (generation != m_generation)
                    return;
                m_running = false;
                Q_EMIT finished(report);
            });
    discovery->start();
}

} // namespace ScimDesk
