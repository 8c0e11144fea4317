#include "ImportMappingModel.h"

#include "CsvReader.h"

namespace ScimDesk {

namespace {

constexpr int SampleCount = 3;

QString samplesOf(const CsvTable &table, int column)
{
    QStringList samples;
    for (int row = 0; row < table.rows.size() && samples.size() < SampleCount; ++row) {
        const QString cell = table.rows.at(row).cells.value(column).trimmed();
        if (!cell.isEmpty())
            samples.append(cell);
    }
    return samples.join(QStringLiteral(" · "));
}

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportMappingModel::reset(const CsvTable &table,
                               const QList<std::pair<QString, QString>> &choices,
                               const ImportMapping &mapping)
{
    beginResetModel();
    m_header = table.header;
    m_samples.clear();
    for (int column = 0; column < m_header.size(); ++column)
        m_samples.append(samplesOf(table, column));
    m_choicePaths = {QString()};
    m_choiceLabels = {tr("(ignore)")};
    for (const auto &[path, label] : choices) {
        m_choicePaths.append(path);
        m_choiceLabels.append(label);
    }
    m_mapping.attributes = QStringList(m_header.size(), QString());
    for (int column = 0; column < m_header.size(); ++column) {
        const QString path = mapping.attributes.value(column);
        if (m_choicePaths.contains(path))
            m_mapping.attributes[column] = path;
    }
    endResetModel();
}

void ImportMappingModel::setMapping(const ImportMapping &mapping)
{
    for (int column = 0; column < m_header.size(); ++column) {
        const QString path = mapping.attributes.value(column);
        m_mapping.attributes[column] = m_choicePaths.contains(path) ? path : QString();
    }
    if (!m_header.isEmpty())
        Q_EMIT dataChanged(index(0, AttributeColumn), index(rowCount() - 1, AttributeColumn),
                           {Qt::DisplayRole, Qt::EditRole, AttributePathRole});
    Q_EMIT mappingChanged();
}

bool ImportMappingModel::setAttribute(int column, const QString &path)
{
    if (column < 0 || column >= m_header.size() || !m_choicePaths.contains(path))
        return false;
    if (m_mapping.attributes.at(column) == path)
        return true;
    m_mapping.attributes[column] = path;
    const QModelIndex changed = index(column, AttributeColumn);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, AttributePathRole});
    Q_EMIT mappingChanged();
    return true;
}

QString ImportMappingModel::labelOf(const QString &path) const
{
    return m_choiceLabels.value(m_choicePaths.indexOf(path));
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.row();
    switch (index.column()) {
    case HeaderColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? m_header.at(column)
                                                                  : QVariant();
    case SamplesColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? m_samples.at(column)
                                                                  : QVariant();
    case AttributeColumn:
        break;
    default:
        return {};
    }
    const QString &path = m_mapping.attributes.at(column);
    switch (role) {
    case Qt::DisplayRole:
        return labelOf(path);
    case Qt::EditRole:
    case AttributePathRole:
        return path;
    case Qt::AccessibleDescriptionRole:
        return tr("Attribute for %1").arg(m_header.at(column));
    case ChoicePathsRole:
        return m_choicePaths;
    case ChoiceLabelsRole:
        return m_choiceLabels;
    default:
        return {};
    }
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != AttributeColumn || (role != Qt::EditRole && role != AttributePathRole))
        return false;
    return setAttribute(index.row(), value.toString());
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == AttributeColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row's header is what names it, as a screen reader announces it with each cell.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < rowCount())
        return index(section, HeaderColumn).data();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column");
    case SamplesColumn:
        return tr("First values");
    case AttributeColumn:
        return tr("Attribute");
    default:
        return {};
    }
}

} // namespace ScimDesk
