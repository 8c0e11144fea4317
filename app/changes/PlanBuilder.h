#pragma once

#include "Plan.h"
#include "scim/ServiceCapabilities.h"

#include <QHash>

namespace ScimDesk {

struct ConnectionProfile;

// Turns what the admin asks for ("deactivate these users", "grant Lucidspark") into reviewed
// changes with the exact requests. Two requests for the same user merge into one change; the
// plan is ordered so dependencies hold (groups and users are created before anyone joins a
// group; memberships end before users are deactivated or deleted).
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlanBuilder)

public:
    PlanBuilder(const ConnectionProfile &profile, ServiceCapabilities capabilities);

    // `user` is the full SCIM resource as read (with id and meta.version).
    // `why`, when given, is said with the intent: "deactivate (not in the file)".
    void deactivate(const QJsonObject &user, const QString &why = {});
    void reactivate(const QJsonObject &user);
    void deleteUser(const QJsonObject &user, const QString &why = {});
    void setLicence(const QJsonObject &user, const QString &licence, bool granted);
    // `after` is the user as it should be; only what differs is sent.
    void updateUser(const QJsonObject &user, const QJsonObject &after, const QString &why = {});
    // A new user; returns the change id (for group memberships in the same plan).
    QString createUser(const QJsonObject &resource, const QString &why = {});
    // `userId` may be a change id returned by createUser().
    void addToGroup(const QJsonObject &group, const QString &userId, const QString &userName);
    void removeFromGroup(const QJsonObject &group, const QString &userId, const QString &userName);
    QString createGroup(const QString &displayName);

    // The plan so far, ordered.
    Plan plan() const;
    bool isEmpty() const { return m_changes.isEmpty(); }

    // The value a planned request carries for a user the same plan creates; replaced by the
    // real id when the create has been applied.
    static QString placeholderFor(const QString &changeId);
    // `json` (compact JSON text) with the placeholder for `dependencyId` replaced by
    // `createdId`, escaped as a JSON string's contents.
    static QByteArray withCreatedId(QByteArray json, const QString &dependencyId,
                                    const QString &createdId);
    // Puts `createdId` where `change` names the user that change `dependencyId` created, and
    // drops that dependency: for what is left of a plan once the create has been applied.
    static void resolveCreated(Change &change, const QString &dependencyId,
                               const QString &createdId);

private:
    struct UserEntry
    {
        QJsonObject before;
        QJsonObject after;
        QString changeId;
        bool deleted = false;
    };

    void modifyUser(const QJsonObject &user, const QString &intent,
                    const std::function<void(QJsonObject &)> &edit);
    void rebuildUserChange(UserEntry &entry);
    Change &changeById(const QString &id);
    QString nextId();
    Change membershipChange(Change::Kind kind, const QJsonObject &group, const QString &intent,
                            const QJsonObject &operation);
    QString licenceWarning() const;

    Plan m_header;
    ServiceCapabilities m_capabilities;
    QByteArray m_usersEndpoint;
    QByteArray m_groupsEndpoint;
    bool m_lucid = false;
    QList<Change> m_changes;
    QHash<QString, UserEntry> m_users; // by user id
    QHash<QString, QStringList> m_intents; // by change id
    int m_counter = 0;
};

} // namespace ScimDesk
