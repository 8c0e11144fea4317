#pragma once

#include "Plan.h"
#include "scim/ServiceCapabilities.h"

#include <QAbstractItemModel>

namespace ScimDesk {

// A plan for review: one top-level row per kind of change ("Deactivate — 12"), its changes
// below. The check box of a change (or of a whole kind) includes or excludes it; the model does
// not change the plan itself but asks, through includeRequested(), so the edit can be undone.
class PlanModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column { ChangeColumn, TargetColumn, RequestColumn, WarningColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // ChangeQueue::keyOf, on change rows
        ChangeIndexRole, // the change's index in plan().changes, on change rows
        EffectRole, // what the request does, in words, on change rows (RequestEffect)
    };

    explicit PlanModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    // The service's endpoints, for reading what each request does; /Users and /Groups until set.
    void setCapabilities(const ServiceCapabilities &capabilities);
    const Plan &plan() const { return m_plan; }
    // The change a row shows, or nullptr for a kind row.
    const Change *change(const QModelIndex &index) const;
    // The keys of the changes below `index` (itself, for a change row).
    QStringList keysUnder(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void includeRequested(const QStringList &keys, bool included);

private:
    struct Group
    {
        Change::Kind kind;
        QString heading; // "Deactivate", or for a licence group "Grant Lucidchart — add to group …"

        QList<int> changes; // indexes into m_plan.changes
        int included = 0;
    };

    Plan m_plan;
    QList<Group> m_groups;
    ServiceCapabilities m_capabilities;
};

} // namespace ScimDesk
