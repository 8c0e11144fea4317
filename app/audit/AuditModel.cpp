#include "AuditModel.h"

#include "changes/Change.h"
#include "common/Translations.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace ScimDesk {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

const QStringList &AuditModel::keys()
{
    static const QStringList list
        = {QStringLiteral("time"),     QStringLiteral("osUser"),     QStringLiteral("connection"),
           QStringLiteral("changeId"), QStringLiteral("kind"),       QStringLiteral("target"),
           QStringLiteral("request"),  QStringLiteral("httpStatus"), QStringLiteral("outcome"),
           QStringLiteral("message")};
    return list;
}

QString AuditModel::text(const QJsonObject &record, const QString &key)
{
    const QJsonValue value = record.value(key);
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

QString AuditModel::attributesText(const QJsonObject &record)
{
    const QJsonArray before = record.value(u"before").toArray();
    const QJsonArray after = record.value(u"after").toArray();
    QStringList lines;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QJsonObject b = before.at(i).toObject();
        const QJsonObject a = after.at(i).toObject();
        lines.append(b.value(u"path").toString() + QStringLiteral(": ")
                     + Change::valueText(b.value(u"value")) + QStringLiteral(" → ")
                     + Change::valueText(a.value(u"value")));
    }
    return lines.join(u'\n');
}

void AuditModel::setRecords(QList<QJsonObject> oldestFirst)
{
    beginResetModel();
    m_records = std::move(oldestFirst);
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(keys().size());
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &record = m_records.at(index.row());
    const QString &key = keys().at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (key == u"time") {
            // Local time for people; the file and the export keep UTC.
            const QDateTime time = QDateTime::fromString(text(record, key), Qt::ISODateWithMs);
            return time.isValid() ? displayTime(time) : text(record, key);
        }
        if (key == u"kind") {
            Change::Kind kind;
            return Change::kindFromKey(text(record, key), &kind) ? Change::kindLabel(kind)
                                                                 : text(record, key);
        }
        return text(record, key);
    case Qt::ToolTipRole:
        return attributesText(record);
    case Qt::UserRole + 64: // TableExport::ExportRole: the file's own values
        return text(record, key);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row's header is what names it, as a screen reader announces it with each cell.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < rowCount())
        return index(section, 0).data(); // the time
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= keys().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[] = {
        QT_TR_NOOP("Time"),    QT_TR_NOOP("OS user"),     QT_TR_NOOP("Connection"),
        QT_TR_NOOP("Change"),  QT_TR_NOOP("Kind"),        QT_TR_NOOP("Target"),
        QT_TR_NOOP("Request"), QT_TR_NOOP("HTTP status"), QT_TR_NOOP("Result"),
        QT_TR_NOOP("Message"),
    };
    return tr(titles[section]);
}

} // namespace ScimDesk
