#pragma once

#include "Patch.h"
#include "ScimClient.h"
#include "ServiceCapabilities.h"

namespace ScimDesk {

// The write primitives the change engine builds on: create (POST), replace (PUT), PATCH from an
// attribute diff, delete — each with If-Match when the service supports ETags — and an update
// that falls back to PUT where PATCH is unsupported or refused for a path.
class ResourceWriter
{
public:
    struct Result
    {
        ScimResponse response;
        QList<Patch::Operation> operations; // what the update changed; empty = nothing to do
        bool usedPut = false; // PATCH was unavailable or refused
        bool nothingToDo = false;
    };
    using Callback = std::function<void(const Result &)>;

    ResourceWriter(ScimClient *client, ServiceCapabilities capabilities);

    ScimRequest createRequest(const QByteArray &endpoint, const QJsonObject &resource) const;
    // The body a create sends for `resource`: without what the service assigns (id, meta).
    static QJsonObject createBody(QJsonObject resource);
    ScimRequest replaceRequest(const QByteArray &endpoint, const QJsonObject &resource) const;
    ScimRequest patchRequest(const QByteArray &endpoint, const QString &id,
                             const QByteArray &version,
                             const QList<Patch::Operation> &operations) const;
    ScimRequest deleteRequest(const QByteArray &endpoint, const QString &id,
                              const QByteArray &version) const;

    // Turns `before` (as read, with meta.version) into `after`.
    void update(const QByteArray &endpoint, const QJsonObject &before, const QJsonObject &after,
                const QObject *context, Callback done) const;

    // Whether a refused PATCH is worth retrying as PUT (unsupported, or the path was refused).
    static bool patchRefusedForPath(const ScimError &error);
    static QByteArray versionOf(const QJsonObject &resource);

private:
    QByteArray ifMatch(const QByteArray &version) const;

    ScimClient *m_client;
    ServiceCapabilities m_capabilities;
};

} // namespace ScimDesk
