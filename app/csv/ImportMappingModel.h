#pragma once

#include "ImportMapping.h"

#include <QAbstractTableModel>

namespace ScimDesk {

struct CsvTable;

// The column mapping of an import as a table: one row per column of the file, with its header,
// its first values and the attribute it fills. The attribute column is editable; its choices
// (the catalogue's attributes and the service's licences) come with it in ChoicePathsRole and
// ChoiceLabelsRole, so an editor needs nothing but the index.
class ImportMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingModel)

public:
    enum Column { HeaderColumn, SamplesColumn, AttributeColumn, ColumnCount };
    enum Role {
        AttributePathRole = Qt::UserRole + 1, // the attribute's path; empty: ignored
        ChoicePathsRole, // QStringList, "" (ignore) first
        ChoiceLabelsRole, // QStringList, in the same order
    };

    explicit ImportMappingModel(QObject *parent = nullptr);

    // A new file: its columns, the attributes to choose from, and a first guess.
    void reset(const CsvTable &table, const QList<std::pair<QString, QString>> &choices,
               const ImportMapping &mapping);
    const ImportMapping &mapping() const { return m_mapping; }
    const QStringList &header() const { return m_header; }
    // Another mapping for the same columns (a template); paths not among the choices are
    // ignored.
    void setMapping(const ImportMapping &mapping);
    // False (and nothing changes) when `path` is neither empty nor among the choices.
    bool setAttribute(int column, const QString &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An attribute was chosen for a column (not sent by reset()).
    void mappingChanged();

private:
    QString labelOf(const QString &path) const;

    QStringList m_header;
    QStringList m_samples; // the first non-empty values of each column, joined
    QStringList m_choicePaths;
    QStringList m_choiceLabels;
    ImportMapping m_mapping;
};

} // namespace ScimDesk
