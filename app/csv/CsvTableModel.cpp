#include "CsvTableModel.h"

namespace ScimDesk {

CsvTableModel::CsvTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvTableModel::setTable(CsvTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_excluded.clear();
    m_problems.clear();
    endResetModel();
}

QList<CsvTable::Row> CsvTableModel::takeRows()
{
    beginResetModel();
    QList<CsvTable::Row> rows = std::exchange(m_table.rows, {});
    m_problems.clear();
    endResetModel();
    return rows;
}

void CsvTableModel::setExcluded(int rowNumber, bool excluded)
{
    const int row = rowOf(rowNumber);
    if (row < 0 || m_excluded.contains(rowNumber) == excluded)
        return;
    if (excluded)
        m_excluded.insert(rowNumber);
    else
        m_excluded.remove(rowNumber);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT edited();
}

void CsvTableModel::setProblems(const QHash<int, QString> &byRowNumber)
{
    if (byRowNumber == m_problems)
        return;
    m_problems = byRowNumber;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CsvTableModel::rowOf(int rowNumber) const
{
    // Rows are in file order: a binary search by number.
    const auto it = std::lower_bound(
        m_table.rows.cbegin(), m_table.rows.cend(), rowNumber,
        [](const CsvTable::Row &row, int number) { return row.number < number; });
    return it != m_table.rows.cend() && it->number == rowNumber ? int(it - m_table.rows.cbegin())
                                                                : -1;
}

int CsvTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int CsvTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size()) + 1;
}

QVariant CsvTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvTable::Row &row = m_table.rows.at(index.row());
    const bool excluded = m_excluded.contains(row.number);
    if (role == RowNumberRole)
        return row.number;
    if (role == ExcludedRole)
        return excluded;
    if (index.column() == 0) {
        if (role == Qt::CheckStateRole)
            return excluded ? Qt::Unchecked : Qt::Checked;
        if (role == Qt::ToolTipRole)
            return tr("Untick to leave row %1 out of the plan").arg(row.number);
        return {};
    }
    const QString &cell = row.cells.at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cell;
    case Qt::ToolTipRole:
    case ProblemRole:
        return m_problems.value(row.number);
    case ExcludedRole:
        return excluded;
    default:
        return {};
    }
}

bool CsvTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    CsvTable::Row &row = m_table.rows[index.row()];
    if (index.column() == 0 && role == Qt::CheckStateRole) {
        setExcluded(row.number, value.value<Qt::CheckState>() == Qt::Unchecked);
        return true;
    }
    if (index.column() == 0 || role != Qt::EditRole)
        return false;
    QString &cell = row.cells[index.column() - 1];
    if (cell == value.toString())
        return true;
    cell = value.toString();
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags CsvTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_table.rows.size() ? m_table.rows.at(section).number : QVariant();
    if (section == 0)
        return tr("Use");
    return m_table.header.value(section - 1);
}

} // namespace ScimDesk
