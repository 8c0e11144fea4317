#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ScimDesk {

struct ScimRequest;

// One attribute a change touches: its SCIM path and the value before and after.
struct AttributeChange
{
    QString path;
    QJsonValue before; // Undefined when the attribute is absent
    QJsonValue after; // Undefined when the change removes it

    bool operator==(const AttributeChange &other) const = default;
};

// Exactly what will be sent: method, path below the base URL, body and If-Match. Never a header
// with the token.
struct PlannedRequest
{
    QByteArray method;
    QByteArray path;
    // The body as compact JSON text (QJsonDocument's), the bytes that are sent; empty for none
    // (a DELETE), never "{}". Text rather than an object: a plan of a hundred thousand new hires
    // holds a few hundred bytes for each, not a tree of JSON values.
    QByteArray bodyJson;
    QByteArray ifMatch;

    // The body read from its text; empty when there is none.
    QJsonObject body() const;
    // The body as compact JSON text; an empty object is no body.
    void setBody(const QJsonObject &body);
    bool hasBody() const { return !bodyJson.isEmpty(); }

    QJsonObject toJson() const;
    static PlannedRequest fromJson(const QJsonObject &json);
    // A request the client would send (its body compact JSON already), as a plan keeps it.
    static PlannedRequest of(const ScimRequest &request);
    // "PATCH /Users/lucid-12" — for lists and logs.
    QString summary() const;
    bool operator==(const PlannedRequest &other) const = default;
};

// One change to one resource, as the admin reviews it: what it is, whom it targets, each
// attribute before and after, and the request that will make it.
struct Change
{
    enum class Kind {
        CreateUser,
        UpdateUser,
        Deactivate,
        Reactivate,
        DeleteUser,
        GrantLicence,
        RevokeLicence,
        AddToGroup,
        RemoveFromGroup,
        CreateGroup,
        DeleteGroup, // only an empty group a run created, when the run is reverted
        // Hands a Lucid user's documents to another user through Lucid's REST API (not SCIM):
        // POST /transferUserContent below the connection's REST API address. Its one
        // attribute, "documents", goes from the leaver's email (before) to the recipient's
        // (after); targetId is the leaver's SCIM id. Verified by its answer, not read back.
        TransferDocuments,
    };

    QString id; // unique within the plan
    Kind kind = Kind::UpdateUser;
    QStringList intents; // what was asked, in words: "deactivate", "revoke Lucidspark", …
    QString resourceType; // "User" or "Group"
    QString targetId; // empty for a create
    QString targetName; // userName or group displayName
    PlannedRequest request;
    QStringList dependsOn; // ids of changes that must be applied first
    QString warning; // e.g. the service may ignore this change
    // A membership change that gives or takes away this licence (a connection that gives
    // licences by group): the group's membership carries it.
    QString licence;
    // Licences the service takes away as a consequence (a deactivation on Lucid).
    QStringList licencesLost;
    // For a deactivation: the licences the user held before it, whether or not the service is
    // known to take them away. What a reactivation gives back, and what the read-back teaches
    // about the service.
    QStringList licencesHeld;
    // For a delete: the user as last read (without its id and meta), so that a revert can
    // create the account again.
    QJsonObject snapshot;
    bool included = true;

    // Each attribute the change touches, before and after, as the review shows them. A create
    // that sets what its body sets (setAttributesFromBody()) keeps none: they are read from the
    // body when asked (createdAttributes()), so a large file of new hires holds its values once.
    QList<AttributeChange> attributes() const;
    void setAttributes(QList<AttributeChange> attributes);
    void addAttribute(AttributeChange attribute);
    // From now on the attributes are what the body sets, whatever the body becomes.
    void setAttributesFromBody();
    bool hasAttributesFromBody() const { return m_attributesFromBody; }

    bool isDeprovision() const { return kind == Kind::Deactivate || kind == Kind::DeleteUser; }
    // Deletes its resource (a user or a group): done when the resource is gone.
    bool isDelete() const { return kind == Kind::DeleteUser || kind == Kind::DeleteGroup; }
    // Sets a licence by the user's licence flags (Lucid's productLicenses), as opposed to one
    // given by a group's membership.
    bool setsLicenceAttribute() const;

    // A create's attributes are what its body sets, so a plan file leaves them out (format 2)
    // and they are read back from the body.
    QJsonObject toJson() const;
    // The same as compact JSON text, byte for byte, appended to `out` without building the
    // object: what a plan file of many changes is written with.
    void appendJson(QByteArray &out) const;
    static Change fromJson(const QJsonObject &json, QString *error);
    // A create's attributes are exactly what its body sets (createdAttributes(), in its order):
    // the plan file can leave them out. Asked of every create a plan file holds, so without
    // building them again.
    bool attributesAreBodys() const;
    // What a create with `body` sets, path by path (the review's "before → after").
    static QList<AttributeChange> createdAttributes(const QJsonObject &body);
    bool isCreate() const { return kind == Kind::CreateUser || kind == Kind::CreateGroup; }

    // A TransferDocuments change: whose documents go to whom (emails), and the request that
    // does it. transferProblem() says where a change's request does not do what they say.
    static constexpr char TransferPath[] = "/transferUserContent";
    static constexpr char16_t TransferAttribute[] = u"documents";
    QString transferFrom() const;
    QString transferTo() const;
    static PlannedRequest transferRequest(const QString &fromEmail, const QString &toEmail);
    QString transferProblem() const;

    static QString kindKey(Kind kind); // "deactivate", stable in plan files
    static QString kindLabel(Kind kind); // "Deactivate", for people
    static QString kindPhrase(Kind kind); // the same in a sentence: "3 deactivate"
    // What the change is, for people: the kind, or for a licence given by a group "Grant
    // Lucidchart — add to group".
    QString label() const;
    static bool kindFromKey(const QString &key, Kind *kind);
    // An attribute value for people: strings quoted, "(absent)" for none, JSON otherwise.
    static QString valueText(const QJsonValue &value);

private:
    QList<AttributeChange> m_attributes; // unused while m_attributesFromBody
    bool m_attributesFromBody = false;
};

} // namespace ScimDesk

// Qt's implicitly shared members move as bytes: a plan of many changes grows in place.
Q_DECLARE_TYPEINFO(ScimDesk::AttributeChange, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ScimDesk::PlannedRequest, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ScimDesk::Change, Q_RELOCATABLE_TYPE);
