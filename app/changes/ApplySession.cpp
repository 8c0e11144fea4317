#include "ApplySession.h"

#include "Guards.h"

namespace ScimDesk {

bool ApplySession::Check::isBadInput() const
{
    return refusal == Refusal::JournalUnreadable || refusal == Refusal::WrongService;
}

int ApplySession::Unfinished::applied() const
{
    int count = 0;
    if (interrupted) {
        for (const ChangeResult &result : interrupted->settled)
            count += result.outcome == ChangeResult::Outcome::Applied ? 1 : 0;
    }
    return count;
}

ApplySession::ApplySession(ScimClient *client, const ConnectionProfile &profile,
                           const ConnectionReport &report, std::unique_ptr<AuditSink> audit,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(profile)
    , m_report(report)
    , m_audit(std::move(audit))
    , m_journalPath(ApplyJournal::pathFor(profile.id))
    , m_concurrency(qMax(1, profile.concurrency))
{ }

ApplySession::~ApplySession() = default;

ApplySession::Check ApplySession::checkBusy() const
{
    Check check;
    if (ApplyJournal::isInUse(m_journalPath)) {
        check.refusal = Refusal::Busy;
        check.message = tr("Another console window or scimdesk-cli is applying changes to "
                           "\"%1\" right now; wait for it to finish. Nothing was sent.")
                            .arg(m_profile.name);
    }
    return check;
}

ApplySession::Check ApplySession::checkJournal() const
{
    Check check = checkBusy();
    if (!check.allowed())
        return check;
    QString error;
    const auto interrupted = ApplyJournal::read(m_journalPath, &error);
    if (!error.isEmpty()) { // never throw away a journal that could not be read
        check.refusal = Refusal::JournalUnreadable;
        check.message = error + u' ' + tr("Nothing was sent.");
    } else if (interrupted) {
        check.refusal = Refusal::Interrupted;
        check.message = tr("An earlier apply to \"%1\" was interrupted: finish it first (in the "
                           "console, Changes > Finish interrupted apply; or 'scimdesk-cli "
                           "resume'). Nothing was sent.")
                            .arg(m_profile.name);
    }
    return check;
}

ApplySession::Check ApplySession::check(const Plan &plan) const
{
    Check check = checkJournal();
    if (!check.allowed())
        return check;

    // The guards judge by the number of users the service lists, as discovery counted them:
    // the same figure in the console and the CLI, whatever either has loaded since.
    const Guards::Verdict verdict = Guards::check(plan, m_profile, m_report.userCount);
    check.deprovisions = verdict.deprovisions;
    check.threshold = verdict.threshold;
    for (const Change &change : plan.changes)
        check.deletes += change.included && change.kind == Change::Kind::DeleteUser ? 1 : 0;
    if (!verdict.refusal.isEmpty()) {
        check.refusal = verdict.wrongService ? Refusal::WrongService : Refusal::ProtectedAccount;
        check.message = verdict.refusal;
    } else if (plan.includedCount() == 0) {
        check.refusal = Refusal::NothingToSend;
        check.message = tr("The plan has no changes to send.");
    }
    return check;
}

ApplySession::Check ApplySession::start(const Plan &plan, int confirmedDeprovisions)
{
    Check check = this->check(plan);
    if (check.allowed() && check.needsMassConfirmation()
        && confirmedDeprovisions < check.deprovisions) {
        check.refusal = Refusal::NotConfirmed;
        check.message = tr("The plan deactivates or deletes %1 users, more than %2 (this "
                           "connection's limit for one apply), and that was not confirmed. "
                           "Nothing was sent.")
                            .arg(check.deprovisions)
                            .arg(check.threshold);
    }
    if (!check.allowed())
        return check;
    // The previous apply finished (checked above): the new one starts a fresh journal.
    if (QString error; !ApplyJournal::removeFinished(m_journalPath, &error)) {
        check.refusal = Refusal::JournalUnreadable;
        check.message = error + u' ' + tr("Nothing was sent.");
        return check;
    }
    run(plan, std::nullopt);
    return check;
}

ApplySession::Unfinished ApplySession::unfinished(const ConnectionProfile &profile)
{
    Unfinished unfinished;
    const QString journal = ApplyJournal::pathFor(profile.id);
    if (ApplyJournal::isInUse(journal)) {
        unfinished.refusal = Refusal::Busy;
        unfinished.message = tr("An apply to \"%1\" is running now in another console window or "
                                "scimdesk-cli (it was not interrupted).")
                                 .arg(profile.name);
        return unfinished;
    }
    QString error;
    unfinished.interrupted = ApplyJournal::read(journal, &error);
    if (!error.isEmpty()) {
        unfinished.refusal = Refusal::JournalUnreadable;
        unfinished.message = error;
    }
    return unfinished;
}

ApplySession::Check ApplySession::resume(const ApplyJournal::Interrupted &interrupted)
{
    const Check check = checkBusy();
    if (check.allowed())
        run(interrupted.plan, interrupted);
    return check;
}

void ApplySession::run(const Plan &plan,
                       const std::optional<ApplyJournal::Interrupted> &interrupted)
{
    ApplyEngine::Options options;
    options.concurrency = qMax(1, m_concurrency);
    options.audit = m_audit.get();
    options.journalPath = m_journalPath;
    m_engine = std::make_unique<ApplyEngine>(m_client, m_report.capabilities, plan, options);
    m_resumed = interrupted.has_value();
    if (interrupted)
        m_engine->resume(*interrupted);
    connect(m_engine.get(), &ApplyEngine::progress, this, &ApplySession::progress);
    // Queued: `finished` always comes after start() or resume() returned, even when there was
    // nothing left to send, so a front end can connect to it once either call succeeded.
    connect(m_engine.get(), &ApplyEngine::finished, this, &ApplySession::onEngineFinished,
            Qt::QueuedConnection);
    m_engine->start();
}

void ApplySession::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void ApplySession::onEngineFinished()
{
    if (m_directory)
        m_directory->takeIn(directoryUpdate(m_engine->plan(), m_engine->results()));
    Q_EMIT finished();
}

Directory::Update ApplySession::directoryUpdate(const Plan &plan,
                                                const QList<ChangeResult> &results)
{
    Directory::Update update;
    for (qsizetype i = 0; i < results.size() && i < plan.changes.size(); ++i) {
        const Change &change = plan.changes.at(i);
        const ChangeResult &result = results.at(i);
        const bool isUser = change.resourceType == u"User";
        const QString id = result.createdId.isEmpty() ? change.targetId : result.createdId;
        if (isUser && change.kind == Change::Kind::DeleteUser
            && result.outcome == ChangeResult::Outcome::Applied) {
            update.deletedUsers.insert(id);
        } else if (!result.resource.isEmpty()) {
            (isUser ? update.users : update.groups).append(result.resource);
        } else if (isUser && !id.isEmpty() && result.outcome != ChangeResult::Outcome::Skipped
                   && result.outcome != ChangeResult::Outcome::Pending) {
            update.unknownUsers.append(id);
        }
    }
    return update;
}

} // namespace ScimDesk
