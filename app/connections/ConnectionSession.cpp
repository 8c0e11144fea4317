#include "ConnectionSession.h"

#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "secrets/TokenStore.h"

namespace ScimDesk {

ConnectionSession::ConnectionSession(TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{
    m_statusText = tr("No connection — add one with Connection > New connection.");
}

ConnectionSession::~ConnectionSession() = default;

void ConnectionSession::setState(State state, const QString &text)
{
    m_state = state;
    m_statusText = text;
    Q_EMIT stateChanged(state);
}

void ConnectionSession::close()
{
    ++m_generation;
    delete m_discovery;
    delete m_client;
    m_client = nullptr;
    m_report = ConnectionReport {};
    m_profile = ConnectionProfile {};
    setState(State::NoConnection, tr("Not connected."));
}

void ConnectionSession::open(const ConnectionProfile &profile)
{
    close();
    m_profile = profile;
    const ScimError urlError = ScimClient::checkBaseUrl(profile.baseUrl);
    if (urlError.isError()) {
        m_report.error = urlError;
        setState(State::Failed, tr("%1: %2").arg(profile.name, urlError.message()));
        return;
    }
    setState(State::ReadingToken, tr("%1: reading the token from the keychain…").arg(profile.name));
    const quint64 generation = m_generation;
    m_tokens->read(profile.id, this, [this, generation](const TokenResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_report.error = ScimError(ScimError::Kind::NoToken);
            setState(State::Failed, tr("%1: %2").arg(m_profile.name, result.message()));
            return;
        }
        discover(result.token);
    });
}

void ConnectionSession::discover(const QString &token)
{
    m_client = new ScimClient(this);
    m_client->setBaseUrl(m_profile.baseUrl);
    m_client->setToken(token);
    m_client->setRateLimits(RateLimits::forConnection(m_profile.presetId, m_profile.baseUrl));
    setState(State::Discovering, tr("%1: connecting…").arg(m_profile.name));

    m_discovery = new ServiceDiscovery(m_client, Preset::byId(m_profile.presetId), this);
    m_discovery->setAccounts(m_profile.protectedAccounts); // the guards know them by id too
    const quint64 generation = m_generation;
    connect(m_discovery, &ServiceDiscovery::finished, this,
            [this, generation](const ConnectionReport &report) {
                if (generation != m_generation)
                    return;
                m_discovery->deleteLater();
                m_report = report;
                if (report.ok())
                    setState(State::Connected, tr("Connected to %1").arg(m_profile.name));
                else
                    setState(State::Failed,
                             tr("%1: %2").arg(m_profile.name, report.error.message()));
            });
    m_discovery->start();
}

void ConnectionSession::takeInLearnt(const ConnectionProfile &learnt)
{
    if (learnt.id == m_profile.id)
        m_profile.deactivationRevokesLicences = learnt.deactivationRevokesLicences;
}

} // namespace ScimDesk
