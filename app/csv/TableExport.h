#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace ScimDesk {

// Writes the rows of a (filtered, sorted) view to CSV as a person would see them: UTF-8, an
// optional BOM for Excel, RFC 4180 quoting and formula neutralising (Csv::field).
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // A model may offer spreadsheet-friendly text under this role; display text otherwise.
    static constexpr int ExportRole = Qt::UserRole + 64;

    struct Options
    {
        QList<int> columns; // in order; empty = every column
        bool excelBom = false;
    };

    // Empty on success, else what went wrong for the person.
    static QString write(const QAbstractItemModel &model, const QString &path,
                         const Options &options);
};

} // namespace ScimDesk
