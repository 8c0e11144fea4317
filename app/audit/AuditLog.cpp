#include "AuditLog.h"

#include "changes/ChangeResult.h"
#include "changes/Plan.h"
#include "common/OsUser.h"
#include "common/PrivateFiles.h"
#include "scim/ServerText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ScimDesk {

AuditLog::AuditLog(const QString &connectionId, const QString &directory)
{
    const QString dir = directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/audit")
        : directory;
    m_path = dir + u'/' + connectionId + QStringLiteral(".jsonl");
}

QString AuditLog::append(const Plan &plan, const Change &change, int httpStatus,
                         const QString &outcome, const QString &message)
{
    QFile file(m_path);
    if (!openPrivate(file, QIODevice::WriteOnly | QIODevice::Append))
        return tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
    QJsonArray before;
    QJsonArray after;
    for (const AttributeChange &attribute : change.attributes) {
        QJsonObject b {{QStringLiteral("path"), attribute.path}};
        if (!attribute.before.isUndefined())
            b.insert(QStringLiteral("value"), attribute.before);
        before.append(b);
        QJsonObject a {{QStringLiteral("path"), attribute.path}};
        if (!attribute.after.isUndefined())
            a.insert(QStringLiteral("value"), attribute.after);
        after.append(a);
    }
    QJsonObject record {
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("osUser"), osUser()},
        {QStringLiteral("connection"), plan.connectionName},
        {QStringLiteral("url"), plan.baseUrl.toString()},
        {QStringLiteral("changeId"), change.id},
        {QStringLiteral("kind"), Change::kindKey(change.kind)},
        {QStringLiteral("target"), cleanServerText(change.targetName, TextUse::File)},
        {QStringLiteral("targetId"), change.targetId},
        {QStringLiteral("request"), change.request.summary()},
        {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("message"), cleanServerText(message, TextUse::File)},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
    };
    if (!change.licencesLost.isEmpty()) // so that a reactivation can give them back
        record.insert(QStringLiteral("licencesLost"),
                      QJsonArray::fromStringList(change.licencesLost));
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
    return {};
}

QHash<QString, QStringList> AuditLog::licencesAtDeactivation(const QList<QJsonObject> &records)
{
    // Oldest first: a later deactivation (or reactivation) of the same user replaces what an
    // earlier one said.
    QHash<QString, QStringList> licences;
    for (const QJsonObject &record : records) {
        if (record.value(u"outcome").toString() != u"applied")
            continue;
        const QString kind = record.value(u"kind").toString();
        const QString id = record.value(u"targetId").toString();
        if (kind == Change::kindKey(Change::Kind::Deactivate)) {
            QStringList lost;
            for (const QJsonValue &licence : record.value(u"licencesLost").toArray())
                lost.append(licence.toString());
            licences.insert(id, lost);
        } else if (kind == Change::kindKey(Change::Kind::Reactivate)
                   || kind == Change::kindKey(Change::Kind::DeleteUser)) {
            licences.remove(id);
        }
    }
    return licences;
}

QString AuditLog::writable()
{
    QFile file(m_path);
    if (!openPrivate(file, QIODevice::WriteOnly | QIODevice::Append))
        return tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
    return {};
}

QString AuditLog::record(const Plan &plan, const Change &change, const ChangeResult &result)
{
    return append(plan, change, result.httpStatus, ChangeResult::outcomeKey(result.outcome),
                  result.message);
}

QList<QJsonObject> AuditLog::records(QString *error) const
{
    QList<QJsonObject> result;
    const QString problem = forEachRecord([&result](const QJsonObject &record) {
        result.append(record);
        return true;
    });
    if (error && !problem.isEmpty())
        *error = problem;
    return result;
}

QString AuditLog::forEachRecord(const std::function<bool(const QJsonObject &)> &take) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the audit log %1: %2").arg(m_path, file.errorString());
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        // A torn last line (crash mid-write) is skipped.
        if (doc.isObject() && !take(doc.object()))
            break;
    }
    return {};
}

} // namespace ScimDesk
