#include "PlanModel.h"

#include "ChangeQueue.h"
#include "RequestEffect.h"

#include <QMap>

namespace ScimDesk {

namespace {

// Internal ids: 0 for kind rows; for change rows, the kind row's number + 1.
constexpr quintptr KindRow = 0;

} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PlanModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_groups.clear();
    // By kind; the changes of one licence group apart from other membership changes.
    QMap<std::pair<Change::Kind, QString>, Group> byKind;
    for (int i = 0; i < m_plan.changes.size(); ++i) {
        const Change &change = m_plan.changes.at(i);
        const QString heading = change.licence.isEmpty()
            ? Change::kindLabel(change.kind)
            : tr("%1 \"%2\"").arg(change.label(), change.targetName);
        Group &group = byKind[{change.kind, heading}];
        group.kind = change.kind;
        group.heading = heading;
        group.changes.append(i);
        group.included += change.included ? 1 : 0;
    }
    m_groups = byKind.values();
    endResetModel();
}

void PlanModel::setCapabilities(const ServiceCapabilities &capabilities)
{
    m_capabilities = capabilities;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, EffectRole});
}

const Change *PlanModel::change(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == KindRow)
        return nullptr;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return &m_plan.changes.at(group.changes.at(index.row()));
}

QStringList PlanModel::keysUnder(const QModelIndex &index) const
{
    QStringList keys;
    if (const Change *one = change(index)) {
        keys.append(ChangeQueue::keyOf(*one));
    } else if (index.isValid()) {
        for (const int i : m_groups.at(index.row()).changes)
            keys.append(ChangeQueue::keyOf(m_plan.changes.at(i)));
    }
    return keys;
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, KindRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == KindRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, KindRow);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == KindRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).changes.size());
    return 0;
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Change *one = change(index);
    if (!one) {
        const Group &group = m_groups.at(index.row());
        if (index.column() != ChangeColumn)
            return {};
        if (role == Qt::DisplayRole) {
            const int total = int(group.changes.size());
            return group.included == total
                ? tr("%1 — %L2").arg(group.heading).arg(total)
                : tr("%1 — %L2 of %L3 included").arg(group.heading).arg(group.included).arg(total);
        }
        if (role == Qt::CheckStateRole) {
            return group.included == 0                   ? Qt::Unchecked
                : group.included == group.changes.size() ? Qt::Checked
                                                         : Qt::PartiallyChecked;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return one->intents.isEmpty() ? one->label() : one->intents.join(QStringLiteral(", "));
        case TargetColumn:
            return one->targetName.isEmpty() ? one->targetId : one->targetName;
        case RequestColumn:
            return one->request.summary();
        case WarningColumn:
            return one->warning;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return tr("Request: %1").arg(RequestEffect::describe(*one, m_capabilities));
        return index.column() == WarningColumn ? one->warning : QVariant();
    case EffectRole:
        return RequestEffect::describe(*one, m_capabilities);
    case Qt::CheckStateRole:
        return index.column() == ChangeColumn ? (one->included ? Qt::Checked : Qt::Unchecked)
                                              : QVariant();
    case KeyRole:
        return ChangeQueue::keyOf(*one);
    case ChangeIndexRole:
        return m_groups.at(int(index.internalId() - 1)).changes.at(index.row());
    default:
        return {};
    }
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ChangeColumn || !index.isValid())
        return false;
    // A kind row that is partly checked becomes fully checked when clicked.
    const bool include = value.value<Qt::CheckState>() != Qt::Unchecked;
    Q_EMIT includeRequested(keysUnder(index), include);
    return true;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ChangeColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case TargetColumn:
        return tr("Target");
    case RequestColumn:
        return tr("Request");
    case WarningColumn:
        return tr("Warning");
    default:
        return {};
    }
}

} // namespace ScimDesk
