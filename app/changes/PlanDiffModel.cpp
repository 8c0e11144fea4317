#include "PlanDiffModel.h"

#include "scim/Patch.h"
#include "scim/UserAttributes.h"

#include <algorithm>
#include <numeric>

namespace ScimDesk {

namespace {

// Internal ids: 0 for change rows; for attribute rows, the change row's number + 1.
constexpr quintptr ChangeRow = 0;

// What an admin must not miss comes first.
int rank(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::DeleteUser:
        return 0;
    case Change::Kind::Deactivate:
        return 1;
    case Change::Kind::CreateUser:
        return 2;
    case Change::Kind::Reactivate:
        return 3;
    default:
        return 4;
    }
}

} // namespace

PlanDiffModel::PlanDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PlanDiffModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_order.resize(m_plan.changes.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return rank(m_plan.changes.at(a).kind) < rank(m_plan.changes.at(b).kind);
    });
    endResetModel();
}

const Change *PlanDiffModel::change(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != ChangeRow)
        return nullptr;
    return &m_plan.changes.at(m_order.at(index.row()));
}

QString PlanDiffModel::attributeTitle(const QString &path)
{
    if (path == Patch::WorkEmailPath)
        return tr("Work email");
    if (path == u"emails")
        return tr("Email addresses");
    if (path == u"members")
        return tr("Members");
    if (const UserAttribute *attribute = UserAttributes::byPath(path))
        return attribute->title();
    const qsizetype licences = path.indexOf(u":productLicenses.");
    if (licences >= 0)
        return tr("%1 licence").arg(path.mid(licences + 17));
    if (path.startsWith(u"urn:"))
        return path.mid(path.lastIndexOf(u':') + 1);
    return path;
}

QModelIndex PlanDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, ChangeRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PlanDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ChangeRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ChangeRow);
}

int PlanDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_order.size());
    if (parent.internalId() == ChangeRow && parent.column() == 0)
        return int(m_plan.changes.at(m_order.at(parent.row())).attributes().size());
    return 0;
}

int PlanDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool changeRow = index.internalId() == ChangeRow;
    const Change &change
        = m_plan.changes.at(m_order.at(changeRow ? index.row() : int(index.internalId() - 1)));
    if (role == DeprovisionRole)
        return change.isDeprovision();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (changeRow) {
        switch (index.column()) {
        case TargetColumn:
            return change.targetName;
        case ChangeColumn: {
            // What was asked says it for a user ("Update (row 2)"); a group's change needs its
            // kind too ("Grant Lucidchart — add to group").
            if (change.intents.isEmpty())
                return change.label();
            QString asked = change.intents.join(QStringLiteral("; "));
            asked[0] = asked.at(0).toUpper();
            return change.resourceType == u"User" ? asked
                                                  : tr("%1 — %2").arg(change.label(), asked);
        }
        case BeforeColumn: { // one attribute shows at once; several, when expanded
            const QList<AttributeChange> attributes = change.attributes();
            return attributes.size() == 1 ? Change::valueText(attributes.first().before)
                                          : QString();
        }
        case AfterColumn: {
            const QList<AttributeChange> attributes = change.attributes();
            return attributes.size() == 1 ? Change::valueText(attributes.first().after)
                                          : tr("%Ln attributes", nullptr, int(attributes.size()));
        }
        default:
            return {};
        }
    }
    const QList<AttributeChange> attributes = change.attributes();
    const AttributeChange &attribute = attributes.at(index.row());
    switch (index.column()) {
    case ChangeColumn:
        return attributeTitle(attribute.path);
    case BeforeColumn:
        return Change::valueText(attribute.before);
    case AfterColumn:
        return Change::valueText(attribute.after);
    default:
        return {};
    }
}

QVariant PlanDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("User or group");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace ScimDesk
