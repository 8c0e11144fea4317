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
                         const QString &outcome, const QString &message, const QString &createdId)
{
    QFile file(m_path);
    if (!openPrivate(file, QIODevice::WriteOnly | QIODevice::Append))
        return tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
    QJsonArray before;
    QJsonArray after;
    for (const AttributeChange &attribute : change.attributes()) {
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
    if (!m_run.isEmpty()) {
        record.insert(QStringLiteral("run"), m_run);
        record.insert(QStringLiteral("planSource"), plan.source);
    }
    if (!createdId.isEmpty()) // what a revert deactivates (or deletes)
        record.insert(QStringLiteral("createdId"), createdId);
    if (!change.snapshot.isEmpty()) // what a revert recreates
        record.insert(QStringLiteral("snapshot"), change.snapshot);
    if (!change.licencesLost.isEmpty())
        record.insert(QStringLiteral("licencesLost"),
                      QJsonArray::fromStringList(change.licencesLost));
    if (!change.licencesHeld.isEmpty()) // so that a reactivation can give them back
        record.insert(QStringLiteral("licencesHeld"),
                      QJsonArray::fromStringList(change.licencesHeld));
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
            // What the user held; records from before licencesHeld name what they lost.
            const QJsonValue held = record.contains(u"licencesHeld")
                ? record.value(u"licencesHeld")
                : record.value(u"licencesLost");
            QStringList list;
            for (const QJsonValue &licence : held.toArray())
                list.append(licence.toString());
            licences.insert(id, list);
        } else if (kind == Change::kindKey(Change::Kind::Reactivate)
                   || kind == Change::kindKey(Change::Kind::DeleteUser)) {
            licences.remove(id);
        }
    }
    return licences;
}

QList<AuditLog::Run> AuditLog::runs(const QList<QJsonObject> &records)
{
    QList<Run> runs;
    QHash<QString, qsizetype> byId;
    for (const QJsonObject &record : records) {
        const QString id = record.value(u"run").toString();
        if (id.isEmpty())
            continue;
        const QDateTime time
            = QDateTime::fromString(record.value(u"time").toString(), Qt::ISODateWithMs);
        auto found = byId.constFind(id);
        if (found == byId.cend()) {
            Run run;
            run.id = id;
            run.started = time;
            run.osUser = record.value(u"osUser").toString();
            run.planSource = record.value(u"planSource").toString();
            found = byId.insert(id, runs.size());
            runs.append(run);
        }
        Run &run = runs[*found];
        run.ended = time;
        run.records.append(record);
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const Run &a, const Run &b) { return a.started > b.started; });
    return runs;
}

int AuditLog::Run::count(const QString &outcome) const
{
    return int(std::count_if(records.cbegin(), records.cend(), [&](const QJsonObject &r) {
        return r.value(u"outcome").toString() == outcome;
    }));
}

QString AuditLog::Run::countsText() const
{
    QStringList parts;
    if (const int n = count(u"applied"_qs); n > 0)
        parts.append(tr("%Ln applied", nullptr, n));
    if (const int n = count(u"notApplied"_qs); n > 0)
        parts.append(tr("%Ln not applied by the service", nullptr, n));
    if (const int n = count(u"failed"_qs); n > 0)
        parts.append(tr("%Ln failed", nullptr, n));
    if (const int n = count(u"conflict"_qs); n > 0)
        parts.append(tr("%Ln conflict(s)", nullptr, n));
    if (const int n = count(u"skipped"_qs); n > 0)
        parts.append(tr("%Ln skipped", nullptr, n));
    return parts.join(u", ");
}

QString AuditLog::Run::sourceText() const
{
    if (planSource.startsWith(u"csv:"))
        return tr("CSV file %1").arg(planSource.mid(4));
    if (planSource.startsWith(u"revert:"))
        return tr("revert of run %1").arg(planSource.mid(7));
    if (planSource == u"gui")
        return tr("the console");
    return planSource.isEmpty() ? tr("a plan") : planSource;
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
                  result.message, result.createdId);
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
