#pragma once

#include "Plan.h"

#include <QAbstractItemModel>

namespace ScimDesk {

// A plan as a list the admin reads before it is queued: one row per change (whom it changes,
// what, why), deprovisioning first, each expandable to its attributes before → after. Read-only;
// the review page (PlanModel) is where changes are included or left out.
class PlanDiffModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDiffModel)

public:
    enum Column { TargetColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role {
        DeprovisionRole = Qt::UserRole + 1, // true on a deactivation or deletion and its rows
    };

    explicit PlanDiffModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    // The change a top-level row shows, or nullptr.
    const Change *change(const QModelIndex &index) const;
    // An attribute path as an admin reads it: "Department", "Lucidchart licence", "active".
    static QString attributeTitle(const QString &path);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Plan m_plan;
    QList<int> m_order; // indexes into m_plan.changes, as shown
};

} // namespace ScimDesk
