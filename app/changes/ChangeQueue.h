#pragma once

#include "ImportMerge.h"
#include "Plan.h"
#include "QueuedOperation.h"
#include "connections/ConnectionProfile.h"
#include "directory/PendingEdit.h"
#include "scim/ServiceCapabilities.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace ScimDesk {

class Directory;
class PlanBuilder;

// The pending changes of the console: what the admin has asked for, by hand or by importing
// files, kept as a list of operations in the order asked, and the plan they make. The plan is
// rebuilt from the operations on every edit (PlanBuilder merges a user's operations into one
// change and drops what would change nothing), so the whole queue is one copyable State — undo
// and redo keep the States before and after an edit. An import adds its operations (see
// ImportMerge); it never replaces what is pending.
//
// A whole plan opened from a plan file (made by the CLI or a script) replaces the operations;
// it is reviewed and applied as it is.
class ChangeQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeQueue)

public:
    using Operation = QueuedOperation;

    // A plan that replaced the operations, and where it came from (for messages).
    struct Replacement
    {
        enum class Origin { PlanFile };
        Plan plan;
        Origin origin = Origin::PlanFile;
        QString fileName; // the plan file, or the file imported
    };

    struct State
    {
        QList<Operation> operations;
        QSet<QString> excluded; // keys (keyOf) of changes left out of the apply
        std::optional<Replacement> replacement; // instead of operations

        bool isEmpty() const { return operations.isEmpty() && !replacement; }
        bool operator==(const State &other) const;
    };

    explicit ChangeQueue(Directory *directory, QObject *parent = nullptr);

    // The connection plans are made for (the directory's).
    void setConnection(const ConnectionProfile &profile, const ServiceCapabilities &capabilities);
    const ConnectionProfile &profile() const { return m_profile; }
    // The licences users held when last deactivated (from the audit log): a queued
    // reactivation gives them back.
    void setLicenceHistory(const QHash<QString, QStringList> &licencesAtDeactivation);

    const State &state() const { return m_state; }
    void setState(State state);

    // Edits, as new States (to hand to an undo command). Adding an operation that is already
    // queued changes nothing; adding the opposite of a queued membership change cancels both.
    State withOperations(const QList<Operation> &operations) const;
    State withIncluded(const QStringList &keys, bool included) const;
    // The users on whom the pending operations and an import disagree (see ImportMerge).
    QList<ImportMerge::Conflict> conflictsWith(const ImportedOperations &import) const;
    // The import's operations added to the pending ones, conflicts settled by `choices`. A plan
    // file in the queue cannot take operations: it is replaced (ask first).
    State withImport(const ImportedOperations &import,
                     const QHash<QString, ImportMerge::Choice> &choices) const;
    // Takes out every operation behind these changes.
    State withoutChanges(const QStringList &keys) const;
    // Puts `plan` in the place of the operations (and of any earlier replacement).
    State withReplacement(const Plan &plan, Replacement::Origin origin,
                          const QString &fileName) const;
    // What is left once `appliedKeys` are done: failed, conflicting and excluded changes stay
    // for another review. `createdIds` (change id -> the new resource's id) lets a change that
    // needs a user the apply created name it, rather than be dropped with the create.
    State afterApply(const QSet<QString> &appliedKeys,
                     const QHash<QString, QString> &createdIds = {}) const;

    // The plan the queue makes now, with excluded changes marked so. Changes whose users are no
    // longer loaded are left out and listed in problems().
    const Plan &plan() const;
    // Whether `next` would send other requests than the queue's plan does now: operations that
    // change nothing (reactivating an active user) do not.
    bool wouldChangePlan(const State &next) const;
    QStringList problems() const;
    // What the included changes will do to each user (by id), for the users table to show.
    QHash<QString, PendingEdit> pendingEdits() const;
    // Whether the queue holds operations (false while a plan replaces them).
    bool acceptsOperations() const { return !m_state.replacement.has_value(); }
    // Why operations cannot be queued now, in words that name where the plan came from; empty
    // when they can.
    QString whyNoOperations() const;

    // A change's identity across rebuilds: the user it changes, or the group, membership and
    // member. Used for include/exclude and to match apply results to operations.
    static QString keyOf(const Change &change);
    static QString keyOf(const Operation &operation);
    // The keys of the operations an applied `change` settles: its own key, and for a licence
    // given by a group, each member's licence operation.
    static QStringList settledKeys(const Change &change);

Q_SIGNALS:
    void changed();

private:
    QString groupName(const QString &groupId) const;
    // The plan `state` makes, and what keeps parts of it from being planned.
    void build(const State &state, Plan *plan, QStringList *problems) const;
    // The operations' changes, with the builder the plan comes from.
    void plan(const State &state, PlanBuilder &builder, QStringList *problems) const;
    // A licence operation of one user, as a licence group change settles it.
    static QString licenceKey(const QString &licence, const QString &userId);
    static State without(State state, const QStringList &keys);
    void rebuild() const;

    Directory *m_directory;
    ConnectionProfile m_profile;
    ServiceCapabilities m_capabilities;
    std::optional<QHash<QString, QStringList>> m_licenceHistory;
    State m_state;
    mutable Plan m_plan;
    mutable QStringList m_problems;
    mutable bool m_dirty = true;
};

} // namespace ScimDesk
