#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace ScimDesk {

// The audit log as a table, newest first: what the console's audit viewer shows and what the CSV
// export (the GUI's and `scimdesk-cli audit --format csv`) writes, column for column.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    explicit AuditModel(QObject *parent = nullptr);

    // The record keys behind the columns, in order (also the CSV header).
    static const QStringList &keys();
    // A record's value under `key` as text.
    static QString text(const QJsonObject &record, const QString &key);
    // "status: "active" -> false" lines of a record's before and after states.
    static QString attributesText(const QJsonObject &record);

    void setRecords(QList<QJsonObject> oldestFirst);
    const QJsonObject &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_records; // newest first
};

} // namespace ScimDesk
