#pragma once

#include <QColor>
#include <QIcon>
#include <QIdentityProxyModel>

class QWidget;

namespace ScimDesk {

// Rows with errors in red with a warning icon by their row number, their problems as a tooltip
// and what a screen reader says of their cells; rows left out in grey: the import's file grid.
class ProblemColours final : public QIdentityProxyModel
{
public:
    explicit ProblemColours(QWidget *view);
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QColor m_alert;
    QIcon m_icon;
};

// Deactivations and deletions in red with a warning icon, so that a sync's deprovisioning
// cannot be missed, whatever colours the admin sees: the import's review.
class DeprovisionColours final : public QIdentityProxyModel
{
public:
    explicit DeprovisionColours(QWidget *view);
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QColor m_alert;
    QIcon m_icon;
};

} // namespace ScimDesk
