#pragma once

#include "changes/AuditSink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace ScimDesk {

// The record of what was applied: one JSON line per change attempt's outcome, one file per
// connection under the application data location, readable by its owner only. Holds the request
// summary, never a header or token; text from the service is bounded and cleaned.
class AuditLog final : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // The log of the connection with `connectionId`; `directory` overrides the data location.
    explicit AuditLog(const QString &connectionId, const QString &directory = {});

    QString path() const { return m_path; }
    // Appends one record and flushes it. Empty on success, else why not.
    QString append(const Plan &plan, const Change &change, int httpStatus, const QString &outcome,
                   const QString &message, const QString &createdId = {});
    // The outcome of `change` as the apply engine settled it: append() with its status,
    // outcome and message.
    QString record(const Plan &plan, const Change &change, const ChangeResult &result) override;
    // Opens the log for appending (creating it 0600 in a 0700 folder) and closes it again.
    QString writable() override;
    // Records from now on carry `runId` (see AuditSink::setRun).
    void setRun(const QString &runId) override { m_run = runId; }
    // Every record, oldest first.
    QList<QJsonObject> records(QString *error = nullptr) const;
    // Hands each record to `take`, oldest first, without holding the log; stops when `take`
    // returns false. Empty on success, else why the log cannot be read.
    QString forEachRecord(const std::function<bool(const QJsonObject &)> &take) const;
    // The licences each user held when an apply last deactivated them (by user id), from the
    // audit `records`: what a reactivation gives back. A user reactivated since is not listed.
    static QHash<QString, QStringList> licencesAtDeactivation(const QList<QJsonObject> &records);

    // One apply, as its records tell it (a resumed apply continues its run).
    struct Run
    {
        QString id;
        QDateTime started; // the first record's time
        QDateTime ended; // the last record's time
        QString osUser;
        QString planSource; // "gui", "csv:hr.csv", "revert:RUN", …
        QList<QJsonObject> records; // oldest first
        int count(const QString &outcome) const;
        // "12 applied, 1 failed", for people.
        QString countsText() const;
        // Where the plan came from, for people: "the console", "CSV file hr.csv", …
        QString sourceText() const;
    };
    // The runs in `records` (oldest first), newest first. Records from before runs existed
    // belong to none.
    static QList<Run> runs(const QList<QJsonObject> &records);

private:
    QString m_path;
    QString m_run;
};

} // namespace ScimDesk
