#include "ResourceWriter.h"

#include <QJsonDocument>

namespace ScimDesk {

ResourceWriter::ResourceWriter(ScimClient *client, ServiceCapabilities capabilities)
    : m_client(client)
    , m_capabilities(std::move(capabilities))
{ }

QByteArray ResourceWriter::versionOf(const QJsonObject &resource)
{
    return resource.value(u"meta").toObject().value(u"version").toString().toUtf8();
}

QByteArray ResourceWriter::ifMatch(const QByteArray &version) const
{
    return m_capabilities.etag ? version : QByteArray();
}

ScimRequest ResourceWriter::createRequest(const QByteArray &endpoint,
                                          const QJsonObject &resource) const
{
    ScimRequest request;
    request.method = "POST";
    request.path = endpoint;
    request.body = QJsonDocument(createBody(resource)).toJson(QJsonDocument::Compact);
    return request;
}

QJsonObject ResourceWriter::createBody(QJsonObject resource)
{
    resource.remove(QStringLiteral("id"));
    resource.remove(QStringLiteral("meta"));
    return resource;
}

ScimRequest ResourceWriter::replaceRequest(const QByteArray &endpoint,
                                           const QJsonObject &resource) const
{
    const QString id = resource.value(u"id").toString();
    ScimRequest request;
    request.method = "PUT";
    request.path = endpoint + '/' + QUrl::toPercentEncoding(id);
    request.ifMatch = ifMatch(versionOf(resource));
    QJsonObject body = resource;
    body.remove(QStringLiteral("meta"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

ScimRequest ResourceWriter::patchRequest(const QByteArray &endpoint, const QString &id,
                                         const QByteArray &version,
                                         const QList<Patch::Operation> &operations) const
{
    ScimRequest request;
    request.method = "PATCH";
    request.path = endpoint + '/' + QUrl::toPercentEncoding(id);
    request.ifMatch = ifMatch(version);
    request.body = QJsonDocument(Patch::message(operations)).toJson(QJsonDocument::Compact);
    return request;
}

ScimRequest ResourceWriter::deleteRequest(const QByteArray &endpoint, const QString &id,
                                          const QByteArray &version) const
{
    ScimRequest request;
    request.method = "DELETE";
    request.path = endpoint + '/' + QUrl::toPercentEncoding(id);
    request.ifMatch = ifMatch(version);
    return request;
}

bool ResourceWriter::patchRefusedForPath(const ScimError &error)
{
    if (error.httpStatus() == 405 || error.httpStatus() == 501)
        return true;
    if (error.kind() != ScimError::Kind::BadRequest)
        return false;
    const QString type = error.scimType();
    return type == u"noTarget" || type == u"invalidPath" || type == u"invalidSyntax";
}

void ResourceWriter::update(const QByteArray &endpoint, const QJsonObject &before,
                            const QJsonObject &after, const QObject *context, Callback done) const
{
    Result result;
    result.operations = Patch::diff(before, after);
    if (result.operations.isEmpty()) {
        result.nothingToDo = true;
        done(result);
        return;
    }
    QJsonObject full = after;
    full.insert(QStringLiteral("id"), before.value(u"id"));
    full.insert(QStringLiteral("meta"), before.value(u"meta"));
    const ScimRequest put = replaceRequest(endpoint, full);
    if (!m_capabilities.patch) {
        result.usedPut = true;
        m_client->send(put, context, [result, done](const ScimResponse &response) mutable {
            result.response = response;
            done(result);
        });
        return;
    }
    const ScimRequest patch = patchRequest(endpoint, before.value(u"id").toString(),
                                           versionOf(before), result.operations);
    ScimClient *client = m_client;
    m_client->send(
        patch, context, [client, put, context, result, done](const ScimResponse &response) mutable {
            if (!response.ok() && patchRefusedForPath(response.error)) {
                result.usedPut = true;
                client->send(put, context, [result, done](const ScimResponse &second) mutable {
                    result.response = second;
                    done(result);
                });
                return;
            }
            result.response = response;
            done(result);
        });
}

} // namespace ScimDesk
