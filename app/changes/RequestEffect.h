#pragma once

#include "Change.h"
#include "scim/ResourcePath.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace ScimDesk {

struct ServiceCapabilities;

// What a planned request does, read from its method, path and body alone: the guards judge
// this, never a change's label, because a plan file can be edited.
struct RequestEffect
{
    Q_DECLARE_TR_FUNCTIONS(RequestEffect)

public:
    ResourcePath target; // the resource type and id the path names, or why it may not be sent
    QString problem; // the body cannot be read as SCIM: what it does is unknown
    bool creates = false; // POST to a collection
    bool replaces = false; // PUT: the body is the whole resource
    bool deletes = false;
    std::optional<bool> active; // what the request sets `active` to, when it sets it
    bool deactivates = false; // PATCH/PUT setting active false (or PATCH removing it)
    bool reactivates = false; // PATCH setting active true
    QMap<QString, bool> licences; // productLicenses sub-attribute -> granted
    QStringList membersAdded; // member ids (group requests)
    QStringList membersRemoved;
    bool replacesMembers = false; // the whole member list is replaced or cleared
    // Attribute paths the request sets (lower-cased for comparison) -> value; Undefined for a
    // removal. Group members are in membersAdded/Removed instead.
    QMap<QString, QJsonValue> attributes;

    QString resourceType() const { return target.resourceType(); }
    QString targetId() const { return target.id; }
    bool isUser() const { return target.endpoint == ResourcePath::Endpoint::Users; }
    // The request deactivates or deletes a user.
    bool deprovisions() const { return isUser() && (deactivates || deletes); }

    static RequestEffect of(const PlannedRequest &request, const ServiceCapabilities &capabilities);
    // Where `change` says something its request does not do (kind, target, resource type, the
    // attributes shown in review); empty when they agree.
    static QString disagreement(const Change &change, const RequestEffect &effect);
    // For review: "deactivates user ada@example.com; revokes Lucidspark".
    QString describe(const QString &targetName) const;
    // What `change`'s request does, in words: describe() of its effect, or for a hand-over of
    // documents (which is not SCIM) what it hands to whom.
    static QString describe(const Change &change, const ServiceCapabilities &capabilities);
    // An attribute path as compared: lower case, core-schema URN prefix dropped.
    static QString comparablePath(const QString &path);
};

} // namespace ScimDesk
