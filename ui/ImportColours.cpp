#include "ImportColours.h"

#include "Accessibility.h"
#include "changes/PlanDiffModel.h"
#include "csv/CsvTableModel.h"

#include <QBrush>
#include <QWidget>

namespace ScimDesk {

ProblemColours::ProblemColours(QWidget *view)
    : QIdentityProxyModel(view)
    , m_alert(Accessibility::alertColour(view->palette()))
    , m_icon(Accessibility::alertIcon(view))
{
    // The row numbers' icons follow the problems, and the header widens to show both.
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                Q_EMIT headerDataChanged(Qt::Vertical, from.row(), to.row());
            });
}

QVariant ProblemColours::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        const QString problem = index.data(CsvTableModel::ProblemRole).toString();
        if (!problem.isEmpty() && !index.data(CsvTableModel::ExcludedRole).toBool())
            return problem;
    }
    if (role == Qt::ForegroundRole) {
        if (index.data(CsvTableModel::ExcludedRole).toBool())
            return QBrush(Qt::gray);
        if (!index.data(CsvTableModel::ProblemRole).toString().isEmpty())
            return QBrush(m_alert);
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant ProblemColours::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DecorationRole && section < rowCount()
        && columnCount() > 1) {
        const QModelIndex first = index(section, 1); // the row's first cell (0: Use)
        if (!first.data(CsvTableModel::ProblemRole).toString().isEmpty()
            && !first.data(CsvTableModel::ExcludedRole).toBool())
            return m_icon;
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

DeprovisionColours::DeprovisionColours(QWidget *view)
    : QIdentityProxyModel(view)
    , m_alert(Accessibility::alertColour(view->palette()))
    , m_icon(Accessibility::alertIcon(view))
{ }

QVariant DeprovisionColours::data(const QModelIndex &index, int role) const
{
    if ((role == Qt::ForegroundRole || role == Qt::DecorationRole)
        && QIdentityProxyModel::data(index, PlanDiffModel::DeprovisionRole).toBool()) {
        if (role == Qt::ForegroundRole)
            return QBrush(m_alert);
        if (role == Qt::DecorationRole && index.column() == 0 && !index.parent().isValid())
            return m_icon;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ScimDesk
