#pragma once

#include "CsvReader.h"

#include <QAbstractTableModel>
#include <QSet>

namespace ScimDesk {

// A read CSV file as a grid for the import dialog: the row numbers a spreadsheet shows in the
// vertical header, a first column to include or exclude each row, and editable cells so the
// admin can fix a value without going back to the spreadsheet.
class CsvTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvTableModel)

public:
    enum Role {
        RowNumberRole = Qt::UserRole + 1,
        ProblemRole, // what is wrong with the row, or empty
        ExcludedRole,
    };

    explicit CsvTableModel(QObject *parent = nullptr);

    void setTable(CsvTable table);
    const CsvTable &table() const { return m_table; }
    // The rows, leaving the model without any (the header and warnings stay): for a file that
    // is read once, so that a large one is not held while what was read from it is.
    QList<CsvTable::Row> takeRows();
    // Row numbers (as in the file) the admin excluded.
    const QSet<int> &excludedRows() const { return m_excluded; }
    void setExcluded(int rowNumber, bool excluded);
    // Marks rows with errors (shown in red, with the message as tooltip).
    void setProblems(const QHash<int, QString> &byRowNumber);
    // The model row of a file row number, or -1.
    int rowOf(int rowNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A cell was fixed or a row included/excluded: the plan must be made again.
    void edited();

private:
    CsvTable m_table;
    QSet<int> m_excluded;
    QHash<int, QString> m_problems;
};

} // namespace ScimDesk
