#pragma once

#include "Plan.h"
#include "connections/ConnectionProfile.h"
#include "scim/ServiceCapabilities.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace ScimDesk {

class Directory;

// The pending changes of the console: what the admin has asked for, kept as a list of
// operations in the order asked, and the plan they make. The plan is rebuilt from the
// operations on every edit (PlanBuilder merges a user's operations into one change and drops
// what would change nothing), so the whole queue is one copyable State — undo and redo keep
// the States before and after an edit.
//
// A plan opened from a file (made by the CLI or a script) takes the place of the operations;
// it is reviewed and applied as it is.
class ChangeQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeQueue)

public:
    struct Operation
    {
        enum class Kind {
            Deactivate,
            Reactivate,
            DeleteUser,
            GrantLicence,
            RevokeLicence,
            AddToGroup,
            RemoveFromGroup,
        };
        Kind kind = Kind::Deactivate;
        QString userId;
        QString userName; // for messages
        QString licence; // for licence operations
        QString groupId; // for group operations

        bool operator==(const Operation &other) const = default;
    };

    struct State
    {
        QList<Operation> operations;
        QSet<QString> excluded; // keys (keyOf) of changes left out of the apply
        std::optional<Plan> file; // a plan opened from a file, instead of operations

        bool isEmpty() const { return operations.isEmpty() && !file; }
        bool operator==(const State &other) const;
    };

    explicit ChangeQueue(Directory *directory, QObject *parent = nullptr);

    // The connection plans are made for (the directory's).
    void setConnection(const ConnectionProfile &profile, const ServiceCapabilities &capabilities);

    const State &state() const { return m_state; }
    void setState(State state);

    // Edits, as new States (to hand to an undo command). Adding an operation that is already
    // queued changes nothing; adding the opposite of a queued membership change cancels both.
    State withOperations(const QList<Operation> &operations) const;
    State withIncluded(const QStringList &keys, bool included) const;
    // Takes out every operation behind these changes.
    State withoutChanges(const QStringList &keys) const;
    State withFile(const Plan &plan) const;
    // What is left once `appliedKeys` are done: failed, conflicting and excluded changes stay
    // for another review. `createdIds` (change id -> the new resource's id) lets a change that
    // needs a user the apply created name it, rather than be dropped with the create.
    State afterApply(const QSet<QString> &appliedKeys,
                     const QHash<QString, QString> &createdIds = {}) const;

    // The plan the queue makes now, with excluded changes marked so. Changes whose users are no
    // longer loaded are left out and listed in problems().
    const Plan &plan() const;
    QStringList problems() const;
    // Whether the queue holds operations (false while a file plan is open).
    bool acceptsOperations() const { return !m_state.file.has_value(); }

    // A change's identity across rebuilds: the user it changes, or the group, membership and
    // member. Used for include/exclude and to match apply results to operations.
    static QString keyOf(const Change &change);
    static QString keyOf(const Operation &operation);

Q_SIGNALS:
    void changed();

private:
    static State without(State state, const QStringList &keys);
    void rebuild() const;

    Directory *m_directory;
    ConnectionProfile m_profile;
    ServiceCapabilities m_capabilities;
    State m_state;
    mutable Plan m_plan;
    mutable QStringList m_problems;
    mutable bool m_dirty = true;
};

} // namespace ScimDesk
