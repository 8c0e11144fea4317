#include "PersonSearch.h"

#include "changes/PlanBuilder.h"

#include "connections/ConnectionSession.h"
#include "scim/Filter.h"
#include "scim/Schemas.h"
#include "scim/ScimClient.h"

#include <QJsonArray>

#include <deque>

namespace ScimDesk {

QString PersonAccount::displayName() const
{
    const QString display = user.value(u"displayName").toString();
    if (!display.isEmpty())
        return display;
    return user.value(u"name").toObject().value(u"formatted").toString();
}

QString PersonAccount::emailOf(const QJsonObject &user)
{
    const QJsonArray emails = user.value(u"emails").toArray();
    for (const QJsonValue &email : emails) {
        if (email.toObject().value(u"primary").toBool())
            return email.toObject().value(u"value").toString();
    }
    if (!emails.isEmpty())
        return emails.first().toObject().value(u"value").toString();
    const QString userName = user.value(u"userName").toString();
    return userName.contains(u'@') ? userName : QString();
}

QString PersonAccount::managerId() const
{
    return user.value(QStringView(Schemas::EnterpriseUser))
        .toObject()
        .value(u"manager")
        .toObject()
        .value(u"value")
        .toString();
}

QStringList PersonAccount::licences(const QString &licenceSchema) const
{
    QStringList held;
    if (profile.licencesByGroup()) {
        const QStringList in = groups();
        for (auto it = profile.licenceGroups.cbegin(); it != profile.licenceGroups.cend(); ++it) {
            if (in.contains(it.value(), Qt::CaseInsensitive))
                held.append(it.key());
        }
        return held;
    }
    return PlanBuilder::licenceFlagsHeld(user, licenceSchema);
}

QStringList PersonAccount::groups() const
{
    QStringList names;
    for (const QJsonValue &group : user.value(u"groups").toArray()) {
        const QJsonObject g = group.toObject();
        const QString name = g.value(u"display").toString();
        names.append(name.isEmpty() ? g.value(u"value").toString() : name);
    }
    return names;
}

QString PersonAccount::stateText() const
{
    switch (state) {
    case State::Found:
        return active() ? tr("active") : tr("deactivated");
    case State::NotFound:
        return tr("not found");
    case State::Failed:
        return tr("not searched");
    }
    return {};
}

struct PersonSearch::Connection
{
    ConnectionProfile profile;
    std::unique_ptr<ConnectionSession> session;
    QList<PersonAccount> accounts; // by person
    std::deque<int> waiting; // people not asked yet
    int inFlight = 0;
};

PersonSearch::PersonSearch(TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{ }

PersonSearch::~PersonSearch() = default;

void PersonSearch::start(const QList<ConnectionProfile> &connections, const QStringList &people)
{
    m_connections.clear();
    m_people = people;
    m_done = 0;
    m_total = int(connections.size() * people.size());
    m_running = true;
    for (const ConnectionProfile &profile : connections) {
        auto connection = std::make_unique<Connection>();
        connection->profile = profile;
        for (int i = 0; i < people.size(); ++i) {
            PersonAccount account;
            account.person = people.at(i);
            account.profile = profile;
            connection->accounts.append(account);
            connection->waiting.push_back(i);
        }
        connection->session = std::make_unique<ConnectionSession>(m_tokens);
        Connection *c = connection.get();
        connect(c->session.get(), &ConnectionSession::stateChanged, this,
                [this, c](ConnectionSession::State state) {
                    if (state == ConnectionSession::State::Connected)
                        opened(*c);
                    else if (state == ConnectionSession::State::Failed)
                        for (int i = 0; i < c->accounts.size(); ++i)
                            settle(*c, i, PersonAccount::State::Failed, {},
                                   c->session->statusText());
                });
        m_connections.push_back(std::move(connection));
    }
    if (m_total == 0) {
        m_running = false;
        QMetaObject::invokeMethod(this, &PersonSearch::finished, Qt::QueuedConnection);
        return;
    }
    for (const auto &connection : m_connections)
        connection->session->open(connection->profile);
}

void PersonSearch::opened(Connection &connection)
{
    for (int i = 0; i < qMax(1, connection.profile.concurrency); ++i)
        lookUpNext(connection);
}

void PersonSearch::lookUpNext(Connection &connection)
{
    if (connection.waiting.empty())
        return;
    const int person = connection.waiting.front();
    connection.waiting.pop_front();
    lookUp(connection, person, false);
}

void PersonSearch::lookUp(Connection &connection, int person, bool byEmail)
{
    ScimClient *client = connection.session->client();
    const QString &who = m_people.at(person);
    ScimRequest request;
    request.path = connection.session->report().capabilities.usersEndpoint.toUtf8();
    const QString filter
        = Filter::eq(byEmail ? QStringLiteral("emails.value") : QStringLiteral("userName"), who);
    request.query.addQueryItem(QStringLiteral("filter"),
                               QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    ++connection.inFlight;
    client->send(request, this, [this, &connection, person, byEmail](const ScimResponse &r) {
        --connection.inFlight;
        const QJsonArray found = r.json.value(u"Resources").toArray();
        if (r.ok() && !found.isEmpty()) {
            this->found(connection, person, found.first().toObject());
            return; // found() asks the next person once it has settled this one
        }
        if (!byEmail && (r.ok() || r.status == 400) && m_people.at(person).contains(u'@')) {
            // Not a userName: an email address, where the service can filter on it.
            lookUp(connection, person, true);
            return;
        }
        if (r.ok() || (byEmail && r.status == 400)) {
            // A service that cannot filter on emails (400 invalidFilter): the userName was
            // asked, so the person has no account there under that name.
            settle(connection, person, PersonAccount::State::NotFound);
        } else {
            settle(connection, person, PersonAccount::State::Failed, {}, r.error.message());
        }
        lookUpNext(connection);
    });
}

void PersonSearch::found(Connection &connection, int person, const QJsonObject &user)
{
    PersonAccount &account = connection.accounts[person];
    account.user = user;
    const QString manager = account.managerId();
    if (!m_readsManagers || manager.isEmpty()) {
        settle(connection, person, PersonAccount::State::Found, user);
        lookUpNext(connection);
        return;
    }
    ++connection.inFlight;
    const QByteArray endpoint = connection.session->report().capabilities.usersEndpoint.toUtf8();
    connection.session->client()->send(
        ScimRequest::get(endpoint, manager), this,
        [this, &connection, person, user](const ScimResponse &r) {
            --connection.inFlight;
            // A manager who cannot be read leaves the address empty: the plan says so.
            if (r.ok())
                connection.accounts[person].managerEmail = PersonAccount::emailOf(r.json);
            settle(connection, person, PersonAccount::State::Found, user);
            lookUpNext(connection);
        });
}

void PersonSearch::settle(Connection &connection, int person, PersonAccount::State state,
                          const QJsonObject &user, const QString &error)
{
    PersonAccount &account = connection.accounts[person];
    account.state = state;
    account.user = user;
    account.error = error;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (m_done == m_total) {
        m_running = false;
        Q_EMIT finished();
    }
}

QList<PersonAccount> PersonSearch::accounts() const
{
    QList<PersonAccount> all;
    for (int person = 0; person < m_people.size(); ++person)
        for (const auto &connection : m_connections)
            all.append(connection->accounts.at(person));
    return all;
}

ConnectionReport PersonSearch::report(const QString &connectionId) const
{
    for (const auto &connection : m_connections) {
        if (connection->profile.id == connectionId)
            return connection->session->report();
    }
    return {};
}

} // namespace ScimDesk
