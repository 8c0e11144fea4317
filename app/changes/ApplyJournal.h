#pragma once

#include "ChangeResult.h"
#include "Plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QLockFile;

namespace ScimDesk {

// The journal of an apply: a JSON line flushed before each request goes out and after each answer
// comes back, so that an apply the program did not finish (a crash, a kill) can be finished by the
// console or the CLI without sending anything twice. One per connection; a lock file beside it
// says that an apply is writing it now.
class ApplyJournal
{
    Q_DECLARE_TR_FUNCTIONS(ApplyJournal)
    Q_DISABLE_COPY_MOVE(ApplyJournal)

public:
    // An apply the program did not finish, as its journal tells it.
    struct Interrupted
    {
        Plan plan;
        QHash<QString, ChangeResult> settled; // by change id
        QSet<QString> inFlight; // sent, no answer recorded
        QSet<QString> verified; // read back (and audited) before the interruption
        QString runId; // the run it belongs to (empty in journals from before runs)
    };

    // What a line about one change records.
    enum class Step {
        Sending, // written before the request goes out
        Answered, // the change settled (or is due to be sent again)
        Verified, // read back, and audited
    };

    // Where applies to the connection with `connectionId` keep their journal (one per
    // connection, shared by the console and the CLI, so either can finish the other's apply).
    static QString pathFor(const QString &connectionId);
    // Whether an apply (in this or another program) holds the journal at `path` now.
    static bool isInUse(const QString &path);
    // The unfinished apply in the journal at `path`, if there is one. A journal that exists but
    // cannot be read sets `error` (then it must be kept: it may be all that says what was sent).
    static std::optional<Interrupted> read(const QString &path, QString *error);
    // Removes the journal at `path` so that the next apply starts a fresh one: only when its apply
    // finished. False, with `error` saying why, when it is in use, interrupted or unreadable.
    static bool removeFinished(const QString &path, QString *error = nullptr);
    // The same, for the journal this object has locked: the check and the removal happen under
    // one lock, so no other program can start writing in between.
    bool discardFinished(QString *error = nullptr);
    // For an apply that cannot be finished (the journal cannot be read, or its plan is refused):
    // renames the journal this object has locked to "<name>.set-aside-<time>.jsonl" next to it,
    // kept for the admin, read by no apply again. False, with `error` saying why, when there is
    // no journal or it cannot be renamed.
    bool setAside(QString *asidePath, QString *error);

    explicit ApplyJournal(const QString &path);
    // Closes the file and releases the lock without writing more: as far as the journal says, an
    // apply that did not call finish() was interrupted.
    ~ApplyJournal();

    QString path() const { return m_file.fileName(); }
    // Takes the journal for this apply; false when another apply holds it, or (with `error`
    // saying why) when the lock cannot be taken at all, e.g. in a read-only folder.
    bool lock(QString *error = nullptr);
    bool isLocked() const { return m_lock != nullptr; }
    // Opens the journal and writes the first line of a new apply (with its plan), or of one that
    // continues an interrupted apply (after that apply's lines). False when it cannot be written
    // (then errorString() says where and why).
    // `runId` names the apply's run (see AuditSink::setRun), which a resume continues.
    bool begin(const Plan &plan, const QString &runId = {});
    bool beginResumed();
    bool isOpen() const { return m_file.isOpen(); }
    // Writes one line about `result`'s change, unbuffered. False when it could not be written
    // whole; from then on nothing more is written, so the journal ends with what was recorded.
    bool record(Step step, const ChangeResult &result);
    // Writes the last line: the apply finished, nothing to resume. Closes it and releases the
    // lock. False when it could not be written: the journal then still says "interrupted".
    bool finish(const QJsonObject &summary);
    // Why the last open or write failed (the path and the system's reason); empty if none did.
    QString errorString() const { return m_error; }

private:
    bool open(const QJsonObject &header);
    bool write(const QJsonObject &line);

    QFile m_file;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ScimDesk
