#pragma once

#include "Plan.h"
#include "scim/Patch.h"
#include "scim/ServiceCapabilities.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace ScimDesk {

struct ConnectionProfile;
class NewUserBody;

// Turns what the admin asks for ("deactivate these users", "grant Lucidspark") into reviewed
// changes with the exact requests. Two requests for the same user merge into one change; the
// plan is ordered so dependencies hold (groups and users are created before anyone joins a
// group; memberships end before users are deactivated or deleted).
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlanBuilder)

public:
    PlanBuilder(const ConnectionProfile &profile, ServiceCapabilities capabilities);

    // The service's groups (id, displayName, members), for a connection that gives licences by
    // group: each licence change becomes a membership change of the licence's group, merged per
    // group into requests of at most MembersPerRequest members.
    void setGroups(const QList<QJsonObject> &groups);
    static constexpr int MembersPerRequest = 100;
    // The licences each user held when they were last deactivated (by id; from the audit log):
    // a reactivation then gives them back, and says so for a user with no record. Without it,
    // reactivations restore nothing.
    void setLicenceHistory(const QHash<QString, QStringList> &licencesAtDeactivation);
    // For `user`, being reactivated in this plan: the licences the history says they held come
    // back, but for those in `except` (an import's file says what to do with them). reactivate()
    // calls it.
    void restoreLicences(const QJsonObject &user, const QStringList &except = {});
    // Why part of what was asked cannot be planned (a licence with no group, a licence group
    // the service does not have): the plan must not be sent while there are any.
    QStringList problems() const { return m_problems; }
    // What the admin should know that does not stop the plan.
    QStringList notes() const;

    // `user` is the full SCIM resource as read (with id and meta.version).
    // `why`, when given, is said with the intent: "deactivate (not in the file)".
    void deactivate(const QJsonObject &user, const QString &why = {});
    void reactivate(const QJsonObject &user);
    // `snapshot`, when given, is everything known of the user (the console's records keep more
    // than planning needs): what a revert of the delete creates again.
    void deleteUser(const QJsonObject &user, const QString &why = {},
                    const QJsonObject &snapshot = {});
    void setLicence(const QJsonObject &user, const QString &licence, bool granted);
    // Applies `operations` to the user (a revert: each attribute back to what it was).
    void editUser(const QJsonObject &user, const QList<Patch::Operation> &operations,
                  const QString &why);
    // `after` is the user as it should be; only what differs is sent.
    void updateUser(const QJsonObject &user, const QJsonObject &after, const QString &why = {});
    // A new user; returns the change id (for group memberships in the same plan).
    QString createUser(const QJsonObject &resource, const QString &why = {});
    // The same for a new user written without an object (an import's new hires), the same
    // change byte for byte; its text is the body as it is.
    QString createUser(const NewUserBody &user, const QString &why = {});
    // `userId` may be a change id returned by createUser().
    void addToGroup(const QJsonObject &group, const QString &userId, const QString &userName);
    void removeFromGroup(const QJsonObject &group, const QString &userId, const QString &userName);
    QString createGroup(const QString &displayName);
    // `group` as read (id, displayName, members): deletes it.
    void deleteGroup(const QJsonObject &group, const QString &why);
    // Lucid: hands `user`'s documents to the user with email `toEmail` through Lucid's REST
    // API. `user` as read (id, userName, emails, displayName); `why`, when given, is said with
    // it ("their manager"). The user's deprovisioning in the same plan (deactivate, delete,
    // licence revokes; asked for before or after this call) waits for it: if the hand-over
    // fails, the user is left as they are. Needs a connection with a REST sign-in
    // (ConnectionProfile::hasRestSignIn()); without one, or without an email for the user,
    // problems() says why and what to do, and nothing is planned. Returns the change id, or
    // empty.
    QString transferDocuments(const QJsonObject &user, const QString &toEmail,
                              const QString &why = {});

    // The licences `user` holds by its licence flags (Lucid's productLicenses) in
    // `licenceSchema` (Lucid's when empty).
    static QStringList licenceFlagsHeld(const QJsonObject &user, const QString &licenceSchema);

    // Room for `changes` changes, when many are coming (an import of a large file).
    void reserve(qsizetype changes) { m_changes.reserve(changes); }

    // The plan so far, ordered.
    Plan plan() const;
    // The plan, ordered, leaving the builder empty: no second copy of a large plan.
    Plan takePlan();
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
        bool licencesUnknown = false; // reactivated, with no record of the licences it held
        // The changes giving back its licences, after the reactivation: one by attribute, or
        // one per licence group (each can be left out on its own).
        QStringList restoreChangeIds;
        QHash<QString, QString> groupRestorations; // licence -> change id, by group
    };

    static QString userNameOf(const QJsonObject &user);
    void modifyUser(const QJsonObject &user, const QString &intent,
                    const std::function<void(QJsonObject &)> &edit);
    void rebuildUserChange(UserEntry &entry);
    // A create of a user with `body` (compact JSON text); `granted`: licences given by group,
    // joined once the user exists.
    QString addCreate(QByteArray body, const QString &userName, const QStringList &granted,
                      const QString &why);
    Change &changeById(const QString &id);
    // The change with `id`, or nullptr: through an index of m_changes, so that a plan of many
    // changes does not search them all on each call.
    Change *findChange(const QString &id);
    // Removes the changes `matches` picks (the index is made again when next asked).
    void removeChanges(const std::function<bool(const Change &)> &matches);
    QString nextId();
    // A PATCH of `group`'s members, without an id.
    Change membershipChange(Change::Kind kind, const QJsonObject &group, const QStringList &intents,
                            const QJsonArray &operations) const;
    QString licenceWarning() const;
    QString licenceSchema() const;
    QStringList licencesHeld(const QJsonObject &user) const;
    // By group: a change of `licence` for the user with `key` (its id, or the id of the change
    // that creates it) becomes a wish for the licence group's membership.
    void wantLicence(const QString &licence, const QString &key, const QString &userName,
                     bool granted, bool held);
    // By group: licence flags an edit changed go to wantLicence(), and back to as they were.
    void routeLicences(const QString &userId, UserEntry &entry);
    QList<Change> licenceGroupChanges() const;
    Plan ordered(QList<Change> changes) const;
    // Each hand-over of documents before its user's deprovisioning, which depends on it.
    void linkTransfers(QList<Change> &changes) const;
    void addRestoration(UserEntry &entry, const QStringList &licences);
    void addGroupRestoration(UserEntry &entry, const QString &licence);
    void dropRestorations(UserEntry &entry);

    struct LicenceWish
    {
        QString userName;
        bool granted = false;
        bool held = false; // the user holds the licence now
        QString dependency; // the change that creates the user, if this plan does
    };

    Plan m_header;
    ServiceCapabilities m_capabilities;
    QByteArray m_usersEndpoint;
    QByteArray m_groupsEndpoint;
    bool m_lucid = false;
    QList<Change> m_changes;
    QHash<QString, qsizetype> m_changeIndex; // id -> index into m_changes
    qsizetype m_indexed = 0; // changes indexed
    QHash<QString, UserEntry> m_users; // by user id
    QHash<QString, QStringList> m_intents; // by change id
    int m_counter = 0;

    struct Transfer
    {
        QString displayName; // of the leaver
        QString why;
    };
    QHash<QString, Transfer> m_transfers; // by change id
    bool m_restSignedIn = false;

    bool m_licencesByGroup = false;
    bool m_deactivationRevokesLicences = false;
    QString m_connectionName;
    QMap<QString, QString> m_licenceGroupNames; // licence -> group displayName, as configured
    QHash<QString, QJsonObject> m_licenceGroups; // licence -> the group on the service
    QMap<QString, QMap<QString, LicenceWish>> m_licenceWishes; // licence -> user key -> wish
    QStringList m_problems;
    QStringList m_notes;
    std::optional<QHash<QString, QStringList>> m_licenceHistory;
};

} // namespace ScimDesk
