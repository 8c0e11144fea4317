#pragma once

#include "audit/AuditLog.h"

#include "changes/ChangeQueue.h"
#include "changes/ChangeResult.h"

#include "directory/UserStore.h"

#include <QObject>
#include <QThreadPool>

#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace ScimDesk {

struct PlanFile;

class ApplyController;
class ApplyDialog;
class ImportDialog;
class ConnectionSession;
class Directory;
class ReviewPage;
class UsersPage;

// The console's side of pending changes: the Changes menu and the users' right-click menu
// (deactivate, reactivate, delete, licences, groups for the selected users), every queue edit as
// an undoable command, and opening and saving plan files. Applying is the ApplyController's;
// afterwards the queue keeps what did not apply.
class ChangesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesController)

public:
    ChangesController(QWidget *window, ConnectionSession *session, Directory *directory,
                      UsersPage *users, QObject *parent = nullptr);
    ~ChangesController() override;

    ChangeQueue *queue() const { return m_queue; }
    QUndoStack *undoStack() const { return m_undo; }
    // The page is made by the window; the controller connects its buttons.
    void setReviewPage(ReviewPage *page);

    // Adds menus (Edit, Changes) to the window's menu bar, before `before`.
    void addMenus(QMenu *before);
    QAction *reviewAction() const { return m_review; }
    QAction *applyAction() const { return m_apply; }

    // Queues one operation for every selected user (an undoable edit).
    void queueForSelection(ChangeQueue::Operation::Kind kind, const QString &detail = {});
    // Adds operations as one undoable edit named `text`.
    void queueOperations(const QList<ChangeQueue::Operation> &operations, const QString &text);
    void setIncluded(const QStringList &keys, bool included);
    void removeChanges(const QStringList &keys);
    void clearQueue();
    // Opens a plan file in place of the queue; empty on success, else why not.
    QString openPlan(const QString &path);
    QString savePlan(const QString &path) const;

    // Applies the queue's included changes (see ApplyController).
    void apply();
    // Offers to finish an apply the journal says was interrupted (after connecting, and from
    // Changes > Finish interrupted apply).
    void checkInterrupted();
    void showAuditLog();
    // Reads what `run` (or its `changeIds`) changed as it is now, and queues the plan that
    // undoes it for review.
    void revert(const AuditLog::Run &run, const QSet<QString> &changeIds);
    // Opens the import dialog, on `path` when given (a file dropped on the window).
    void importCsv(const QString &path = {});
    // Opens a file the admin handed over (dropped, or given at start): a plan goes to review,
    // anything else to the import dialog. Problems are shown, not returned.
    void openFile(const QString &path);
    // Opens a plan in review (Open plan, Ctrl+O); says what is wrong when it cannot.
    void openPlanFile(const QString &path);
    // Whether the file holds a plan (a JSON object) rather than a CSV, whatever its name.
    static bool isPlanFile(const QString &path);
    // Puts a plan file's plan in the queue's place, as one undoable edit; asks first when that
    // would drop pending changes. (An import adds to the queue instead: see ImportDialog.)
    using Origin = ChangeQueue::Replacement::Origin;
    bool addPlan(const Plan &plan, Origin origin, const QString &fileName);
    QAction *importAction() const { return m_import; }

Q_SIGNALS:
    // An apply dialog opened (for tests: it is the window's child until closed).
    void applyStarted(ScimDesk::ApplyDialog *dialog);
    void importStarted(ScimDesk::ImportDialog *dialog);
    void reviewRequested();
    // Something to tell the admin in passing (the status bar): a request that queued nothing.
    void said(const QString &text);
    // A plan file with a section per connection (an offboarding) was opened: it is reviewed
    // and applied across connections, not in this connection's pending changes.
    void sectionedPlanOpened(const ScimDesk::PlanFile &file);

private:
    // Tells the queue which licences reactivated users get back (from the audit log), once read
    // on a worker thread; first keeps what the users of `seen` hold (LicenceHistory::remember).
    void readLicenceHistory(std::optional<UserStore> seen = std::nullopt);
    void createSelectionActions();
    void createPlanActions();
    // Open plan…: the file chooser, then openPlanFile(); says first when there is no connection.
    void choosePlanFile();
    // True when connected; otherwise says that a plan needs its service's connection.
    bool connectedForPlan();
    void createUserMenu(); // the users table's right-click menu
    // Asks, with Cancel the default, before queueing the selected users for deletion.
    void queueDeletion();
    void pushState(ChangeQueue::State next, const QString &text);
    void updateActions();
    void rebuildSelectionMenus();
    // After an apply: the queue keeps the changes that did not apply.
    void keepWhatWasNotApplied(const Plan &applied, const QList<ChangeResult> &results);
    QString chooseGroup(const QString &title, const QList<std::pair<QString, QString>> &users,
                        bool members);

    QWidget *m_window;
    ConnectionSession *m_session;
    Directory *m_directory;
    UsersPage *m_users;
    ChangeQueue *m_queue;
    QUndoStack *m_undo;
    ApplyController *m_applier;
    ReviewPage *m_reviewPage = nullptr;
    QMenu *m_userMenu = nullptr; // the right-click menu of the users table
    QMenu *m_grantMenu = nullptr;
    QMenu *m_revokeMenu = nullptr;
    QList<QAction *> m_selectionActions;
    QAction *m_deactivate = nullptr;
    QAction *m_reactivate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_addToGroup = nullptr;
    QAction *m_removeFromGroup = nullptr;
    QAction *m_review = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_openPlan = nullptr;
    QAction *m_savePlan = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_audit = nullptr;
    QAction *m_import = nullptr;
    QString m_queueConnection; // the connection the queue's changes are for
    QThreadPool m_historyWorker; // one thread: licence history reads and writes, in order
    quint64 m_historyGeneration = 0; // the latest readLicenceHistory()
};

} // namespace ScimDesk
