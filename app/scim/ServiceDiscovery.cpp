#include "ServiceDiscovery.h"

#include "Filter.h"

#include "ScimClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

namespace ScimDesk {

QString ConnectionReport::summary() const
{
    if (!ok())
        return error.message();
    QString text = QCoreApplication::translate("ConnectionReport", "Connected. %1.")
                       .arg(capabilities.summary());
    if (userCount >= 0)
        text += u' '
            + QCoreApplication::translate("ConnectionReport", "Users listed: %L1.").arg(userCount);
    if (!capabilities.licenceNames.isEmpty())
        text += u' '
            + QCoreApplication::translate("ConnectionReport", "Licences: %1.")
                  .arg(capabilities.licenceNames.join(u", "));
    return text;
}

QJsonObject ConnectionReport::toJson() const
{
    QJsonObject json {{QStringLiteral("ok"), ok()}, {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!ok()) {
        json.insert(QStringLiteral("error"), error.code());
        json.insert(QStringLiteral("message"), error.message());
        if (error.httpStatus())
            json.insert(QStringLiteral("httpStatus"), error.httpStatus());
        return json;
    }
    json.insert(QStringLiteral("capabilities"), capabilities.toJson());
    json.insert(QStringLiteral("userCount"), userCount);
    return json;
}

ServiceDiscovery::ServiceDiscovery(ScimClient *client, const Preset &preset, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_preset(preset)
{ }

void ServiceDiscovery::start()
{
    m_report = ConnectionReport {};
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    // Everything at once: a connection's first answer comes one round trip sooner. The
    // configuration's error, if any, is the one reported (the most basic: no service there, or
    // the token refused), whatever else failed alongside it.
    m_outstanding = 5; // the four requests, and this function (below)
    m_configError = {};

    ScimRequest config;
    config.path = "/ServiceProviderConfig";
    m_client->send(config, this, [this](const ScimResponse &response) {
        if (response.ok())
            m_report.capabilities.applyServiceProviderConfig(response.json);
        else
            m_configError = response.error;
        oneDone();
    });

    ScimRequest schemas;
    schemas.path = "/Schemas";
    m_client->send(schemas, this, [this](const ScimResponse &r) {
        if (r.ok())
            m_report.capabilities.applySchemas(r.json);
        else
            m_report.capabilities.notes.append(
                tr("/Schemas could not be read (%1); attributes are assumed from the preset.")
                    .arg(r.error.code()));
        oneDone();
    });

    ScimRequest types;
    types.path = "/ResourceTypes";
    m_client->send(types, this, [this](const ScimResponse &r) {
        if (r.ok())
            m_report.capabilities.applyResourceTypes(r.json);
        else if (r.error.kind() != ScimError::Kind::NotFound && !m_report.error.isError())
            m_report.capabilities.notes.append(
                tr("/ResourceTypes could not be read (%1).").arg(r.error.code()));
        oneDone();
    });

    // One user proves the token works for reading users and gives totalResults.
    ScimRequest users;
    users.path = "/Users";
    users.query.addQueryItem(QStringLiteral("startIndex"), QStringLiteral("1"));
    users.query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    users.query.addQueryItem(QStringLiteral("attributes"), QStringLiteral("userName"));
    m_client->send(users, this, [this](const ScimResponse &r) {
        if (!r.ok()) {
            m_report.error = r.error;
        } else if (!r.json.contains(u"totalResults")) {
            m_report.error = ScimError::malformedBody("application/json", r.body,
                                                      tr("a list response without totalResults"));
            m_report.error.setRequest(QStringLiteral("GET /Users"));
        } else {
            m_report.userCount = r.json.value(u"totalResults").toInteger();
        }
        oneDone();
    });
    lookUpAccounts();
    oneDone();
}

void ServiceDiscovery::lookUpAccounts()
{
    for (const QString &userName : std::as_const(m_accounts)) {
        ++m_outstanding;
        ScimRequest request;
        request.path = "/Users";
        request.query.addQueryItem(QStringLiteral("filter"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(
                                       Filter::eq(QStringLiteral("userName"), userName))));
        request.query.addQueryItem(QStringLiteral("attributes"), QStringLiteral("userName"));
        m_client->send(request, this, [this, userName](const ScimResponse &r) {
            if (r.ok()) {
                for (const QJsonValue &user : r.json.value(u"Resources").toArray())
                    m_report.accountIds.insert(user.toObject().value(u"id").toString());
            } else {
                m_report.accountsNotLookedUp.append(userName);
            }
            oneDone();
        });
    }
}

void ServiceDiscovery::oneDone()
{
    if (--m_outstanding > 0)
        return;
    if (m_configError.isError())
        m_report.error = m_configError;
    if (m_report.ok())
        m_report.capabilities.applyPreset(m_preset);
    m_report.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    Q_EMIT finished(m_report);
}

ConnectionReport ServiceDiscovery::run()
{
    QEventLoop loop;
    ConnectionReport result;
    connect(this, &ServiceDiscovery::finished, &loop, [&](const ConnectionReport &report) {
        result = report;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

} // namespace ScimDesk
