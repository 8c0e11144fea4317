#pragma once

#include "ApplyEngine.h"
#include "ApplyJournal.h"
#include "AuditSink.h"
#include "connections/ConnectionProfile.h"
#include "directory/Directory.h"
#include "scim/ServiceDiscovery.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace ScimDesk {

class LucidRestClient;
class ScimClient;
class TokenStore;

// One apply to one connection, in the one order the console and the CLI share:
//   1. the journal: is another program applying now, or did an earlier apply not finish?
//   2. the guards, on what each request does: the plan is for this service, its requests stay
//      inside it and do what their changes claim, and spare protected accounts;
//   3. the confirmation the front end asked for (the session checks it covers what is sent);
//   4. the apply itself, with read-back verification and an audit record per change;
//   5. afterwards, the directory (when there is one) takes in what the service returned.
// Front ends ask and show; they never spell out this sequence themselves.
class ApplySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplySession)

public:
    // Why a plan may not be applied now, in the order the session checks.
    enum class Refusal {
        None,
        Busy, // another window or scimdesk-cli is applying to this connection right now
        JournalUnreadable, // an earlier apply's journal cannot be read: it is kept, not replaced
        Interrupted, // an earlier apply did not finish: finish it first
        WrongService, // the plan was made for another service
        OutsideService, // a request would leave the service's base path, or is no resource
        Inconsistent, // a request does not do what its change claims (an edited plan)
        ProtectedAccount, // the plan deactivates or deletes a protected account
        NothingToSend, // no included changes
        NotConfirmed, // more deprovisioning than the admin confirmed
        Changed, // the interrupted apply was finished or continued elsewhere meanwhile
        RecordUnavailable, // the journal cannot be locked or written (read-only folder, disk)
    };

    struct Check
    {
        Refusal refusal = Refusal::None;
        QString message; // what is wrong and what to do; says that nothing was sent
        int deprovisions = 0; // users the plan deactivates or deletes
        int deletes = 0; // users it deletes
        int threshold = 0; // above this many deprovisions, the admin confirms the number
        bool allowed() const { return refusal == Refusal::None; }
        bool needsMassConfirmation() const { return deprovisions > threshold; }
        // Bad input (exit 2 in the CLI) rather than a refusal to protect accounts (exit 3).
        bool isBadInput() const;
        // For a resume: the journal or its plan is at fault, so waiting will not help; only
        // setAside() frees the connection.
        bool cannotBeFinished() const
        {
            return isBadInput() || refusal == Refusal::ProtectedAccount;
        }
        // Why `confirmedDeprovisions` does not cover the mass deprovisioning this plan needs
        // confirmed; empty when it does (or none is needed).
        QString unconfirmed(int confirmedDeprovisions) const;
    };

    // An apply the journal says was interrupted, or why the journal cannot tell.
    struct Unfinished
    {
        std::optional<ApplyJournal::Interrupted> interrupted;
        Refusal refusal = Refusal::None; // Busy or JournalUnreadable when it cannot be finished
        QString message;
        int applied() const; // changes the interrupted apply had applied
    };

    // Applies through `client` to the connection `profile`, as discovery described it in
    // `report` (its capabilities, and the directory size the guards judge by). The session
    // records each change in `audit`, which it keeps.
    ApplySession(ScimClient *client, const ConnectionProfile &profile,
                 const ConnectionReport &report, std::unique_ptr<AuditSink> audit,
                 QObject *parent = nullptr);
    ~ApplySession() override;

    // Requests in flight at once; the connection's setting unless changed before starting.
    void setConcurrency(int concurrency) { m_concurrency = concurrency; }
    // The console's directory takes in what the service returned when the apply ends.
    void setDirectory(Directory *directory) { m_directory = directory; }
    // Where the sign-in for Lucid's REST API is read from, for a plan that hands documents
    // over; the OS keychain unless set.
    void setTokenStore(TokenStore *tokens) { m_tokens = tokens; }

    // Steps 1 and 2 for `plan`: sends nothing, changes nothing.
    Check check(const Plan &plan) const;
    // Steps 1 to 4: takes the journal's lock and checks again under it (another program may
    // have started meanwhile), then applies `plan` if the admin confirmed at least its
    // deprovisions (`confirmedDeprovisions`, counted only when above the threshold). The lock
    // is held until the apply finishes. A refused plan is not sent; the check says why.
    Check start(const Plan &plan, int confirmedDeprovisions);

    // The apply the journal of `profile`'s connection says was interrupted, if any. Reads the
    // journal only: nothing is sent, so the CLI can look before connecting.
    static Unfinished unfinished(const ConnectionProfile &profile);
    // Finishes it: in-flight changes are read back first and sent again only if they did not
    // happen. Refused (nothing sent) when another program is applying now, or has finished or
    // continued that apply since `interrupted` was read, or when the journal's plan fails the
    // guards (requests outside the service, inconsistent, protected accounts).
    Check resume(const ApplyJournal::Interrupted &interrupted);
    // Gives up on an apply that cannot be finished (its journal cannot be read, or resume
    // refuses its plan): the journal is kept under another name (`asidePath`) and the
    // connection is free for the next apply. Sends nothing; what the interrupted apply sent is
    // not verified. Empty on success, else why not (another apply holds the journal, there is
    // none, it cannot be renamed).
    static QString setAside(const ConnectionProfile &profile, QString *asidePath);

    bool isResumed() const { return m_resumed; }
    // The run this apply records its changes under (a resume continues the interrupted one's).
    QString runId() const { return m_runId; }
    // Valid once started or resumed.
    ApplyEngine *engine() const { return m_engine.get(); }
    // No new requests; those in flight finish and are recorded.
    void cancel();

    // The connection, with what the apply learnt about it once finished (whether deactivating
    // takes licences away, from the deactivated users read back), which the session has also
    // saved to its ConnectionStore entry.
    const ConnectionProfile &profile() const { return m_profile; }
    // What `results` show about deactivation and licences: true when every deactivated user
    // read back holds none of the licences they held, false when each still holds them all;
    // unset when no deactivation tells (none held a licence, or the answers disagree).
    static std::optional<bool> deactivationRevokesLicences(const Plan &plan,
                                                           const QList<ChangeResult> &results,
                                                           const QString &licenceSchema);
    // What the directory gains from an apply's results (the service's answers, deleted users,
    // and users to read again because their state is unknown).
    static Directory::Update directoryUpdate(const Plan &plan, const QList<ChangeResult> &results);

Q_SIGNALS:
    void progress(int done, int total);
    // Always after start() or resume() returned (queued), once the engine has finished.
    void finished();

private:
    // Why the journal could not be locked: another program holds it, or (`why`) it cannot be.
    static Check busy(const QString &connectionName, const QString &why = {});
    // The connection's journal, locked by this program; nullptr when another holds it or it
    // cannot be locked (then `why` says so).
    std::unique_ptr<ApplyJournal> lockJournal(QString *why) const;
    // Steps 1 and 2, with the journal locked.
    Check judge(const Plan &plan) const;
    // Step 2 alone: what `plan`'s requests do, judged by the guards (also for a resume).
    Check judgePlan(const Plan &plan) const;
    void run(const Plan &plan, const std::optional<ApplyJournal::Interrupted> &interrupted,
             std::unique_ptr<ApplyJournal> journal);
    void onEngineFinished();

    ScimClient *m_client;
    ConnectionProfile m_profile;
    ConnectionReport m_report;
    std::unique_ptr<AuditSink> m_audit;
    QString m_journalPath;
    int m_concurrency;
    QPointer<Directory> m_directory;
    std::unique_ptr<ApplyEngine> m_engine;
    TokenStore *m_tokens = nullptr;
    std::unique_ptr<TokenStore> m_ownTokens;
    std::unique_ptr<LucidRestClient> m_documents;
    bool m_resumed = false;
    QString m_runId;
};

} // namespace ScimDesk
