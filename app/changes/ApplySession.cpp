#include "ApplySession.h"

#include "Guards.h"
#include "connections/ConnectionStore.h"
#include "lucid/LucidRestClient.h"
#include "scim/Patch.h"
#include "secrets/KeychainTokenStore.h"

namespace ScimDesk {

bool ApplySession::Check::isBadInput() const
{
    return refusal == Refusal::JournalUnreadable || refusal == Refusal::WrongService
        || refusal == Refusal::OutsideService || refusal == Refusal::Inconsistent;
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

ApplySession::Check ApplySession::busy(const QString &connectionName, const QString &why)
{
    Check check;
    if (!why.isEmpty()) {
        check.refusal = Refusal::RecordUnavailable;
        check.message = why + u' ' + tr("Nothing was sent.");
        return check;
    }
    check.refusal = Refusal::Busy;
    check.message = tr("Another console window or scimdesk-cli is applying changes to \"%1\" "
                       "right now; wait for it to finish. Nothing was sent.")
                        .arg(connectionName);
    return check;
}

std::unique_ptr<ApplyJournal> ApplySession::lockJournal(QString *why) const
{
    auto journal = std::make_unique<ApplyJournal>(m_journalPath);
    if (!journal->lock(why))
        return nullptr;
    return journal;
}

ApplySession::Check ApplySession::judge(const Plan &plan) const
{
    // 1. The journal, read under its lock: what it says cannot change while it is judged.
    Check check;
    QString error;
    const auto interrupted = ApplyJournal::read(m_journalPath, &error);
    if (!error.isEmpty()) { // never throw away a journal that could not be read
        check.refusal = Refusal::JournalUnreadable;
        check.message = error + u' '
            + tr("Nothing was sent. The journal is kept, as it may be all that says what an "
                 "interrupted apply sent; to give up on that apply, set it aside (Changes > "
                 "Finish interrupted apply in the console, or 'scimdesk-cli resume -c \"%1\" "
                 "--set-aside').")
                  .arg(m_profile.name);
        return check;
    }
    if (interrupted) {
        check.refusal = Refusal::Interrupted;
        check.message = tr("An earlier apply to \"%1\" was interrupted: finish it first (in the "
                           "console, Changes > Finish interrupted apply; or 'scimdesk-cli "
                           "resume'). Nothing was sent.")
                            .arg(m_profile.name);
        return check;
    }

    return judgePlan(plan);
}

ApplySession::Check ApplySession::judgePlan(const Plan &plan) const
{
    // 2. The guards, by the number of users the service lists as discovery counted them: the
    // same figure in the console and the CLI, whatever either has loaded since.
    Check check;
    // Protected accounts are known by the ids discovery looked up, as well as by userName.
    const Guards::Verdict verdict = Guards::check(plan, m_profile, m_report.userCount,
                                                  m_report.capabilities, m_report.accountIds);
    check.deprovisions = verdict.deprovisions;
    check.threshold = verdict.threshold;
    check.deletes = verdict.deletes;
    switch (verdict.problem) {
    case Guards::Problem::None:
        if (check.deprovisions > 0 && !m_report.accountsNotLookedUp.isEmpty()) {
            // Blind to their ids, the guard could miss a request that names one only by id.
            check.refusal = Refusal::ProtectedAccount;
            check.message = tr("The ids of protected accounts (%1) could not be looked up on "
                               "the service, so a plan that deactivates or deletes users cannot "
                               "be checked against them. Connect again and retry. Nothing was "
                               "sent.")
                                .arg(m_report.accountsNotLookedUp.join(u", "));
        } else if (plan.includedCount() == 0) {
            check.refusal = Refusal::NothingToSend;
            check.message = tr("The plan has no changes to send.");
        }
        return check;
    case Guards::Problem::WrongService:
        check.refusal = Refusal::WrongService;
        break;
    case Guards::Problem::OutsideService:
        check.refusal = Refusal::OutsideService;
        break;
    case Guards::Problem::Inconsistent:
        check.refusal = Refusal::Inconsistent;
        break;
    case Guards::Problem::ProtectedAccount:
        check.refusal = Refusal::ProtectedAccount;
        break;
    }
    check.message = verdict.refusal;
    return check;
}

ApplySession::Check ApplySession::check(const Plan &plan) const
{
    QString why;
    const std::unique_ptr<ApplyJournal> journal = lockJournal(&why); // released when checked
    return journal ? judge(plan) : busy(m_profile.name, why);
}

QString ApplySession::Check::unconfirmed(int confirmedDeprovisions) const
{
    if (!needsMassConfirmation() || confirmedDeprovisions >= deprovisions)
        return {};
    return tr("The plan deactivates or deletes %1 users, more than %2 (this connection's limit "
              "for one apply), and that many were not confirmed. Nothing was sent.")
        .arg(deprovisions)
        .arg(threshold);
}

ApplySession::Check ApplySession::start(const Plan &plan, int confirmedDeprovisions)
{
    // Locked from the check until the apply finishes: no other program can start or leave a
    // journal in between.
    QString lockError;
    std::unique_ptr<ApplyJournal> journal = lockJournal(&lockError);
    if (!journal)
        return busy(m_profile.name, lockError);
    Check check = judge(plan);
    if (const QString why = check.unconfirmed(confirmedDeprovisions);
        check.allowed() && !why.isEmpty()) {
        check.refusal = Refusal::NotConfirmed;
        check.message = why;
    }
    if (!check.allowed())
        return check;
    // The previous apply finished (judged above): the new one starts a fresh journal.
    if (QString error; !journal->discardFinished(&error)) {
        check.refusal = Refusal::JournalUnreadable;
        check.message = error + u' ' + tr("Nothing was sent.");
        return check;
    }
    run(plan, std::nullopt, std::move(journal));
    return check;
}

ApplySession::Unfinished ApplySession::unfinished(const ConnectionProfile &profile)
{
    Unfinished unfinished;
    ApplyJournal journal(ApplyJournal::pathFor(profile.id));
    if (QString why; !journal.lock(&why)) {
        if (!why.isEmpty()) {
            unfinished.refusal = Refusal::RecordUnavailable;
            unfinished.message = why;
            return unfinished;
        }
        unfinished.refusal = Refusal::Busy;
        unfinished.message = tr("An apply to \"%1\" is running now in another console window or "
                                "scimdesk-cli (it was not interrupted).")
                                 .arg(profile.name);
        return unfinished;
    }
    QString error;
    unfinished.interrupted = ApplyJournal::read(journal.path(), &error);
    if (!error.isEmpty()) {
        unfinished.refusal = Refusal::JournalUnreadable;
        unfinished.message = error;
    }
    return unfinished;
}

QString ApplySession::setAside(const ConnectionProfile &profile, QString *asidePath)
{
    ApplyJournal journal(ApplyJournal::pathFor(profile.id));
    QString why;
    if (!journal.lock(&why))
        return why.isEmpty() ? busy(profile.name).message : why;
    journal.setAside(asidePath, &why);
    return why;
}

ApplySession::Check ApplySession::resume(const ApplyJournal::Interrupted &interrupted)
{
    QString why;
    std::unique_ptr<ApplyJournal> journal = lockJournal(&why);
    if (!journal)
        return busy(m_profile.name, why);
    // The admin was asked about `interrupted`; read again under the lock, in case another
    // program finished or continued that apply meanwhile, and go on from what the journal
    // says now.
    Check check;
    QString error;
    const auto now = ApplyJournal::read(m_journalPath, &error);
    if (!error.isEmpty()) {
        check.refusal = Refusal::JournalUnreadable;
        check.message = error + u' ' + tr("Nothing was sent.");
    } else if (!now || now->plan.toJson() != interrupted.plan.toJson()) {
        check.refusal = Refusal::Changed;
        check.message = tr("The interrupted apply to \"%1\" was finished or changed by another "
                           "console window or scimdesk-cli meanwhile. Nothing was sent.")
                            .arg(m_profile.name);
    } else {
        // The journal's plan is judged like any other: a journal is a file, and can be edited.
        // The mass deprovisioning was confirmed when the apply started.
        check = judgePlan(now->plan);
        if (check.allowed() || check.refusal == Refusal::NothingToSend) {
            check = {};
            run(now->plan, now, std::move(journal));
        }
    }
    return check;
}

void ApplySession::run(const Plan &plan,
                       const std::optional<ApplyJournal::Interrupted> &interrupted,
                       std::unique_ptr<ApplyJournal> journal)
{
    m_runId
        = interrupted && !interrupted->runId.isEmpty() ? interrupted->runId : AuditSink::newRunId();
    ApplyEngine::Options options;
    options.concurrency = qMax(1, m_concurrency);
    options.audit = m_audit.get();
    options.runId = m_runId;
    if (m_audit)
        m_audit->setRun(m_runId);
    const bool handsOver
        = std::any_of(plan.changes.cbegin(), plan.changes.cend(), [](const Change &change) {
              return change.kind == Change::Kind::TransferDocuments && change.included;
          });
    if (handsOver) {
        if (!m_tokens) {
            m_ownTokens = std::make_unique<KeychainTokenStore>();
            m_tokens = m_ownTokens.get();
        }
        m_documents = std::make_unique<LucidRestClient>(m_profile, m_tokens);
        options.documents = m_documents.get();
    }
    m_engine = std::make_unique<ApplyEngine>(m_client, m_report.capabilities, plan, options);
    m_engine->useJournal(std::move(journal));
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
    const std::optional<bool> revokes = deactivationRevokesLicences(
        m_engine->plan(), m_engine->results(), m_report.capabilities.licenceSchema);
    if (revokes && *revokes != m_profile.revokesLicencesOnDeactivation()) {
        // The next plan's preview says what deactivating really does on this service.
        m_profile.deactivationRevokesLicences = revokes;
        ConnectionStore().learnDeactivationRevokesLicences(m_profile.id, *revokes);
    }
    Q_EMIT finished();
}

std::optional<bool> ApplySession::deactivationRevokesLicences(const Plan &plan,
                                                              const QList<ChangeResult> &results,
                                                              const QString &licenceSchema)
{
    if (licenceSchema.isEmpty())
        return std::nullopt;
    std::optional<bool> revokes;
    for (qsizetype i = 0; i < results.size() && i < plan.changes.size(); ++i) {
        const Change &change = plan.changes.at(i);
        const ChangeResult &result = results.at(i);
        if (change.kind != Change::Kind::Deactivate || change.licencesHeld.isEmpty()
            || result.outcome != ChangeResult::Outcome::Applied || result.resource.isEmpty())
            continue;
        qsizetype kept = 0;
        for (const QString &licence : change.licencesHeld) {
            const QString path = licenceSchema + QStringLiteral(":productLicenses.") + licence;
            kept += Patch::valueAt(result.resource, path).toBool() ? 1 : 0;
        }
        if (kept != 0 && kept != change.licencesHeld.size())
            return std::nullopt; // some kept, some not: this user tells nothing for certain
        const bool taken = kept == 0;
        if (revokes && *revokes != taken)
            return std::nullopt;
        revokes = taken;
    }
    return revokes;
}

Directory::Update ApplySession::directoryUpdate(const Plan &plan,
                                                const QList<ChangeResult> &results)
{
    Directory::Update update;
    for (qsizetype i = 0; i < results.size() && i < plan.changes.size(); ++i) {
        const Change &change = plan.changes.at(i);
        const ChangeResult &result = results.at(i);
        if (change.kind == Change::Kind::TransferDocuments)
            continue; // the account itself is as it was
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
        for (const QJsonObject &member : result.related) // a licence group's members, read back
            update.users.append(member);
    }
    return update;
}

} // namespace ScimDesk
