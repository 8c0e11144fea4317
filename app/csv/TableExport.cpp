#include "TableExport.h"

#include "CsvWriter.h"
#include "scim/ServerText.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace ScimDesk {

QString TableExport::write(const QAbstractItemModel &model, const QString &path,
                           const Options &options)
{
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            columns.append(column);
    }
    QSaveFile file(path); // all or nothing: a failed export never leaves half a file
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (options.excelBom)
        file.write("\xEF\xBB\xBF");

    QStringList header;
    for (int column : std::as_const(columns))
        header.append(model.headerData(column, Qt::Horizontal).toString());
    file.write(Csv::record(header).toUtf8());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList values;
        values.reserve(columns.size());
        for (int column : std::as_const(columns)) {
            const QModelIndex index = model.index(row, column);
            const QVariant exported = index.data(ExportRole);
            // Cells hold the service's text: no control characters or escapes in the file.
            values.append(cleanServerText(
                exported.isValid() ? exported.toString() : index.data().toString(), TextUse::File));
        }
        file.write(Csv::record(values).toUtf8());
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace ScimDesk
