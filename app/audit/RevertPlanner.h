#pragma once

#include "AuditLog.h"
#include "changes/Plan.h"
#include "connections/ConnectionProfile.h"
#include "scim/ScimClient.h"
#include "scim/ScimError.h"
#include "scim/ServiceCapabilities.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace ScimDesk {

class PlanBuilder;
class ScimClient;

// Turns an applied run of the audit log (or chosen changes of it) back into an ordinary plan,
// reviewed, guarded, journalled and verified like any other; it sends nothing itself but reads.
//   - a deactivation becomes a reactivation that gives back the licences the user held;
//   - an attribute update, the previous values of the attributes it touched;
//   - a licence grant or revoke, the opposite (by attribute or by group, as the connection does);
//   - a membership change, the opposite one; a created group is deleted while only the run's
//     members are in it;
//   - a created user is deactivated (deleted with `deleteCreated`);
//   - a deleted user is created again from the state recorded before the delete: a new account.
// First it reads the current state of every target, by the ids the audit log holds (a service
// that hides deactivated users from lists still returns them by id). An attribute that no longer
// holds the value the run wrote is a conflict: listed, and its change left out of the plan
// (unticked) unless `includeConflicts`. What is already as it was before the run plans nothing,
// so reverting twice plans nothing the second time.
class RevertPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevertPlanner)

public:
    struct Options
    {
        bool deleteCreated = false;
        bool includeConflicts = false;
        QSet<QString> changeIds; // the run's changes to revert (by change id); empty: all
    };
    struct Conflict
    {
        QString userName; // or the group's name
        QString attribute;
        QJsonValue expected; // what the run wrote
        QJsonValue found; // what the service holds now
    };
    struct Result
    {
        Plan plan;
        QList<Conflict> conflicts;
        int unchanged = 0; // changes of the run already undone, or with nothing to undo
        QStringList notes; // what cannot be undone, and why
        QStringList problems; // what stops the plan (a licence with no group)
        ScimError error; // reading the service failed
        // {"create", "update", "reactivate", "deactivate", "delete", "unchanged", "conflicts"}:
        // users, as `plan --json` counts them.
        QJsonObject summary() const;
    };

    RevertPlanner(ScimClient *client, const ConnectionProfile &profile,
                  const ServiceCapabilities &capabilities, QObject *parent = nullptr);

    // Reads what it needs, then plans; finished() when done (result().error when reading
    // failed).
    void start(const AuditLog::Run &run, const Options &options);
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    using Task = std::function<void()>;
    void read(const QByteArray &endpoint, const QString &id, QHash<QString, QJsonObject> *into);
    void find(const QByteArray &endpoint, const QString &attribute, const QString &value,
              QHash<QString, QJsonObject> *into);
    void pump();
    void taken(const ScimResponse &response);
    void plan();
    // One record of the run each, into `builder`.
    void revertCreatedGroup(PlanBuilder &builder, const QJsonObject &record, const QString &why);
    void revertDeletedUser(PlanBuilder &builder, const QJsonObject &record, const QString &why);
    void revertCreatedUser(PlanBuilder &builder, const QJsonObject &record, const QString &why);
    void revertMembership(PlanBuilder &builder, const QJsonObject &record);
    void revertAttributes(PlanBuilder &builder, const QJsonObject &record, const QString &why);
    // A hand-over of documents: a note that says it is skipped, and why.
    void notTransferredBack(const QJsonObject &record);
    // Notes that the target of `record` is no longer on the service.
    void gone(const QJsonObject &record);
    QList<QJsonObject> chosenRecords() const;
    QString resolvedId(const QString &value) const;

    ScimClient *m_client;
    ConnectionProfile m_profile;
    ServiceCapabilities m_capabilities;
    AuditLog::Run m_run;
    Options m_options;
    QList<Task> m_tasks;
    int m_inFlight = 0;
    QHash<QString, QJsonObject> m_users; // by id, as read now; absent: gone
    QHash<QString, QJsonObject> m_groups; // by id
    QHash<QString, QJsonObject> m_byUserName; // deleted users' names found on the service now
    QHash<QString, QJsonObject> m_licenceGroups; // by displayName
    QHash<QString, QString> m_createdIds; // change id -> the id the run's create got
    Result m_result;
    bool m_planned = false;
    QHash<QString, QStringList> m_conflictsOf; // user id -> what conflicts, in words
    QSet<QString> m_recreated; // change ids of users created again
};

} // namespace ScimDesk
