#include "ApplyJournal.h"

#include "common/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

namespace ScimDesk {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString stateKey(ApplyJournal::Step step)
{
    switch (step) {
    case ApplyJournal::Step::Sending:
        return QStringLiteral("sending");
    case ApplyJournal::Step::Answered:
        return QStringLiteral("answered");
    case ApplyJournal::Step::Verified:
        return QStringLiteral("verified");
    }
    return {};
}

// The outcome a line records, if it settled the change; none when the change is pending again
// (a retry was due) or was skipped (skipping is decided again on resume).
std::optional<ChangeResult::Outcome> settledOutcome(QStringView key)
{
    using Outcome = ChangeResult::Outcome;
    for (const Outcome outcome :
         {Outcome::Applied, Outcome::NotApplied, Outcome::Failed, Outcome::Conflict}) {
        if (key == ChangeResult::outcomeKey(outcome))
            return outcome;
    }
    return std::nullopt;
}

// Takes one line about a change into `state`.
void readChangeLine(const QJsonObject &line, QStringView kind, ApplyJournal::Interrupted &state)
{
    const QString id = line.value(u"change").toString();
    if (kind == u"sending") {
        state.inFlight.insert(id);
        state.verified.remove(id);
        return;
    }
    state.inFlight.remove(id);
    if (kind == u"verified")
        state.verified.insert(id);
    const auto outcome = settledOutcome(line.value(u"result").toString());
    if (!outcome) {
        state.settled.remove(id);
        return;
    }
    ChangeResult settled;
    settled.changeId = id;
    settled.outcome = *outcome;
    settled.httpStatus = line.value(u"httpStatus").toInt();
    settled.attempts = line.value(u"attempt").toInt();
    settled.createdId = line.value(u"createdId").toString();
    settled.message = line.value(u"message").toString();
    state.settled.insert(id, settled);
}

} // namespace

QString ApplyJournal::pathFor(const QString &connectionId)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dir = data + QStringLiteral("/journal");
    makePrivateDir(data); // the journal holds names and before/after values: the owner's only
    makePrivateDir(dir); // lock() and begin() say so when this failed
    return dir + u'/' + connectionId + QStringLiteral(".jsonl");
}

bool ApplyJournal::isInUse(const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    return !lock.tryLock(0); // unlocks again when it goes out of scope
}

std::optional<ApplyJournal::Interrupted> ApplyJournal::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the apply journal %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Interrupted state;
    bool started = false;
    bool finished = false;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.isEmpty())
            continue; // a line torn by the crash
        const QString kind = line.value(u"state").toString();
        if (kind == u"start") {
            // A new apply: what the journal said before is an apply that finished.
            QString planError;
            const auto plan = Plan::fromJson(line.value(u"plan").toObject(), &planError);
            if (!plan) {
                if (error)
                    *error = tr("The apply journal %1 cannot be read: %2").arg(path, planError);
                return std::nullopt;
            }
            state = Interrupted {};
            state.plan = *plan;
            state.runId = line.value(u"run").toString();
            started = true;
            finished = false;
        } else if (kind == u"finished") {
            finished = true;
        } else if (started && kind != u"resume") {
            readChangeLine(line, kind, state);
        }
    }
    if (!started || finished)
        return std::nullopt;
    return state;
}

bool ApplyJournal::removeFinished(const QString &path, QString *error)
{
    ApplyJournal journal(path);
    if (!journal.lock()) {
        if (error)
            *error
                = tr("Another window or scimdesk-cli is applying with the journal %1.").arg(path);
        return false;
    }
    return journal.discardFinished(error);
}

bool ApplyJournal::discardFinished(QString *error)
{
    Q_ASSERT(m_lock); // only the apply that holds the journal may decide it is done with
    QString why;
    QString readError;
    if (read(path(), &readError))
        why = tr("The journal %1 holds an apply that did not finish.").arg(path());
    else if (!readError.isEmpty())
        why = readError;
    else if (m_file.exists() && !m_file.remove())
        why = tr("Cannot remove the apply journal %1.").arg(path());
    if (error)
        *error = why;
    return why.isEmpty();
}

bool ApplyJournal::setAside(QString *asidePath, QString *error)
{
    Q_ASSERT(m_lock);
    if (!m_file.exists()) {
        *error = tr("There is no apply journal to set aside: the last apply finished.");
        return false;
    }
    QString aside = path();
    aside.chop(QStringLiteral(".jsonl").size());
    aside += QStringLiteral(".set-aside-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".jsonl");
    m_file.close();
    if (!QFile::rename(path(), aside)) {
        *error = tr("Cannot rename the apply journal %1 to %2.").arg(path(), aside);
        return false;
    }
    *asidePath = aside;
    return true;
}

ApplyJournal::ApplyJournal(const QString &path)
    : m_file(path)
{ }

ApplyJournal::~ApplyJournal() = default;

bool ApplyJournal::lock(QString *error)
{
    // One apply per journal at a time, across the console and the CLI: a journal another
    // program is writing looks just like an interrupted one.
    auto lock = std::make_unique<QLockFile>(path() + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // held for the whole apply; a dead holder is detected
    if (!lock->tryLock(0)) {
        if (error && lock->error() != QLockFile::LockFailedError)
            *error = tr("Cannot lock the apply journal %1: the folder cannot be written "
                        "(permissions or disk).")
                         .arg(path());
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

bool ApplyJournal::begin(const Plan &plan, const QString &runId)
{
    QJsonObject header {{QStringLiteral("time"), now()},
                        {QStringLiteral("state"), QStringLiteral("start")},
                        {QStringLiteral("plan"), plan.toJson()}};
    if (!runId.isEmpty())
        header.insert(QStringLiteral("run"), runId);
    if (open(header))
        return true;
    // Nothing was sent under a plan that could not be written whole: leave no file that would
    // read as an interrupted (or unreadable) apply and block the connection.
    m_file.close();
    QFile::remove(path());
    return false;
}

bool ApplyJournal::beginResumed()
{
    // The interrupted apply's lines stay: the resumed one continues the same journal.
    return open(
        {{QStringLiteral("time"), now()}, {QStringLiteral("state"), QStringLiteral("resume")}});
}

bool ApplyJournal::open(const QJsonObject &header)
{
    // Unbuffered: a write that fails (disk full, a file-size limit) fails here, not later.
    if (!openPrivate(m_file, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = tr("Cannot write the apply journal %1: %2").arg(path(), m_file.errorString());
        return false;
    }
    // After a line torn by a crash or a full disk, start on a line of its own.
    if (m_file.size() > 0) {
        QFile tail(path());
        if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n"
            && m_file.write("\n") != 1) {
            m_error = tr("Cannot write the apply journal %1: %2").arg(path(), m_file.errorString());
            return false;
        }
    }
    return write(header);
}

bool ApplyJournal::record(Step step, const ChangeResult &result)
{
    QJsonObject line {{QStringLiteral("time"), now()},
                      {QStringLiteral("change"), result.changeId},
                      {QStringLiteral("state"), stateKey(step)},
                      {QStringLiteral("attempt"), result.attempts},
                      {QStringLiteral("httpStatus"), result.httpStatus},
                      {QStringLiteral("result"), ChangeResult::outcomeKey(result.outcome)}};
    if (!result.createdId.isEmpty())
        line.insert(QStringLiteral("createdId"), result.createdId);
    if (!result.message.isEmpty())
        line.insert(QStringLiteral("message"), result.message);
    return write(line);
}

bool ApplyJournal::finish(const QJsonObject &summary)
{
    const bool written = write({{QStringLiteral("time"), now()},
                                {QStringLiteral("state"), QStringLiteral("finished")},
                                {QStringLiteral("summary"), summary}});
    m_file.close();
    m_lock.reset();
    return written;
}

bool ApplyJournal::write(const QJsonObject &line)
{
    if (!m_file.isOpen() || !m_error.isEmpty())
        return false; // after a failed write, a later line could be read as the whole story
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    // In the OS before the request goes out / after the answer comes back.
    if (m_file.write(text) == text.size() && m_file.flush())
        return true;
    m_error = tr("Cannot write the apply journal %1: %2").arg(path(), m_file.errorString());
    return false;
}

} // namespace ScimDesk
