#pragma once

#include "changes/ApplySession.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace ScimDesk {

class ApplyDialog;
class ConnectionSession;
class Directory;

// The console's side of applying, over the core's ApplySession: says why a plan may not go,
// asks the admin to confirm (the phrase typed above the threshold; deletes separately, with
// Cancel the default), shows the apply in an ApplyDialog, and offers to finish an apply the
// journal says was interrupted.
class ApplyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyController)

public:
    // Applies to `session`'s connection; `directory` takes in what the service returned.
    ApplyController(QWidget *window, ConnectionSession *session, Directory *directory,
                    QObject *parent = nullptr);

    // Checks, confirms, then applies `plan` (the connection must be open).
    void apply(const Plan &plan);
    // Offers to finish an interrupted apply. When the admin did not ask (the connection just
    // opened), says nothing if there is none or another apply is running.
    void finishInterrupted(bool asked);

Q_SIGNALS:
    // An apply dialog opened (it is the window's child until closed).
    void applyStarted(ScimDesk::ApplyDialog *dialog);
    // An apply ended: a new one (`resumed` false) or an interrupted one finished.
    void finished(const ScimDesk::Plan &plan, const QList<ScimDesk::ChangeResult> &results,
                  bool resumed);

private:
    std::unique_ptr<ApplySession> newSession() const;
    // Starts `session` with `begin` (a new apply or a resumed one), then shows it; returns the
    // refusal, if `begin` refused.
    ApplySession::Check runApply(std::unique_ptr<ApplySession> session,
                                 const std::function<ApplySession::Check(ApplySession &)> &begin);
    void showRefusal(const ApplySession::Check &check);
    // For an interrupted apply that cannot be finished: says why, and offers to set its journal
    // aside so that the connection is free again.
    void offerSetAside(const QString &why);
    bool confirm(const Plan &plan, const ApplySession::Check &check);
    static QStringList warningLines(const Plan &plan);
    // After `session` finished in `dialog`: licence changes by attribute that the service
    // accepted but did not make (Lucid under organisational groups) lead to an offer to give
    // licences by group, with groups proposed from the directory.
    void offerLicencesByGroup(ApplyDialog *dialog, const ApplySession &session) const;
    bool confirmFinish(const ApplySession::Unfinished &unfinished);

    QWidget *m_window;
    ConnectionSession *m_session;
    Directory *m_directory;
};

} // namespace ScimDesk
