#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ScimDesk {

struct ServiceCapabilities;

// Where a request path below a SCIM base URL leads, judged from its text before anything is
// sent: a path that could climb out of the base path (dot segments, also percent-encoded; empty
// segments; backslashes; a query, fragment, scheme or host) never reaches the network.
struct ResourcePath
{
    Q_DECLARE_TR_FUNCTIONS(ResourcePath)

public:
    enum class Endpoint { None, Users, Groups };

    Endpoint endpoint = Endpoint::None;
    QString id; // decoded; empty for the collection itself
    QString problem; // non-empty: the path may not be sent

    bool isValid() const { return problem.isEmpty(); }
    // "User" or "Group"; empty when the path is not a known resource endpoint.
    QString resourceType() const;

    // Empty when `path` (percent-encoded, below the base URL) stays inside the base path; else
    // why not. The client's last line of defence: any path it sends must pass.
    static QString escapes(const QByteArray &path);
    // `path` as a change may send it: inside the base path and one of the service's resource
    // endpoints (its Users or Groups collection, or one resource in either).
    static ResourcePath resolve(const QByteArray &path, const ServiceCapabilities &capabilities);
};

} // namespace ScimDesk
