#include "ChangesController.h"

#include "changes/PlanFile.h"

#include "ApplyController.h"
#include "ApplyDialog.h" // complete for the applyStarted signal (moc)
#include "AuditDialog.h"
#include "FileChooser.h"
#include "ImportDialog.h"
#include "Mnemonics.h"
#include "ReviewPage.h"
#include "UsersPage.h"
#include "audit/LicenceHistory.h"
#include "audit/RevertPlanner.h"
#include "changes/Guards.h"
#include "changes/PlanModel.h"
#include "common/Background.h"
#include "common/Logging.h"
#include "connections/ConnectionSession.h"
#include "directory/Directory.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ScimDesk {

namespace {

using Kind = ChangeQueue::Operation::Kind;

// One edit of the queue: the States before and after.
class QueueEdit final : public QUndoCommand
{
public:
    QueueEdit(ChangeQueue *queue, ChangeQueue::State before, ChangeQueue::State after,
              const QString &text)
        : QUndoCommand(text)
        , m_queue(queue)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void undo() override { m_queue->setState(m_before); }
    void redo() override { m_queue->setState(m_after); }

private:
    ChangeQueue *m_queue;
    ChangeQueue::State m_before;
    ChangeQueue::State m_after;
};

QString kindWords(Kind kind, const QString &detail)
{
    switch (kind) {
    case Kind::Deactivate:
        return ChangesController::tr("Deactivate");
    case Kind::Reactivate:
        return ChangesController::tr("Reactivate");
    case Kind::DeleteUser:
        return ChangesController::tr("Delete");
    case Kind::GrantLicence:
        return ChangesController::tr("Grant %1 to").arg(detail);
    case Kind::RevokeLicence:
        return ChangesController::tr("Revoke %1 from").arg(detail);
    case Kind::AddToGroup:
        return ChangesController::tr("Add to %1:").arg(detail);
    case Kind::RemoveFromGroup:
        return ChangesController::tr("Remove from %1:").arg(detail);
    case Kind::Update: // only an import makes these
    case Kind::Create:
        break;
    }
    return {};
}

} // namespace

ChangesController::ChangesController(QWidget *window, ConnectionSession *session,
                                     Directory *directory, UsersPage *users, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_directory(directory)
    , m_users(users)
    , m_queue(new ChangeQueue(directory, this))
    , m_undo(new QUndoStack(this))
    , m_applier(new ApplyController(window, session, directory, this))
{
    m_historyWorker.setMaxThreadCount(1);
    createSelectionActions();
    createPlanActions();
    createUserMenu();
    connect(m_queue, &ChangeQueue::changed, this, &ChangesController::updateActions);
    // The users table marks the cells pending changes will change.
    connect(m_queue, &ChangeQueue::changed, this,
            [this] { m_directory->users()->setPending(m_queue->pendingEdits()); });
    connect(m_applier, &ApplyController::applyStarted, this, &ChangesController::applyStarted);
    connect(m_applier, &ApplyController::finished, this,
            [this](const Plan &plan, const QList<ChangeResult> &results, bool resumed) {
                if (!resumed) // the queue holds other work than an interrupted plan
                    keepWhatWasNotApplied(plan, results);
                // What the apply learnt of the service (whether deactivating takes licences
                // away) shows in the next plan.
                m_queue->setConnection(m_session->profile(), m_session->report().capabilities);
                readLicenceHistory(); // what this apply took away, a reactivation gives back
                updateActions();
            });
    connect(m_directory, &Directory::stateChanged, this, [this](Directory::State state) {
        // Who holds what now: a later reactivation gives it back even if the service (or an
        // identity provider) deactivates them without ScimDesk.
        if (state != Directory::State::Complete || m_session->profile().id.isEmpty())
            return;
        readLicenceHistory(m_directory->users()->store());
    });
    connect(m_session, &ConnectionSession::stateChanged, this, [this] {
        // A connection closing has no id yet; reopening the same one (its settings were
        // saved) keeps the queue.
        if (!m_session->profile().id.isEmpty() && m_session->profile().id != m_queueConnection) {
            // Another connection: the queue was for the previous one.
            m_queueConnection = m_session->profile().id;
            m_queue->setState({});
            m_undo->clear();
        }
        if (m_session->state() == ConnectionSession::State::Connected) {
            m_queue->setConnection(m_session->profile(), m_session->report().capabilities);
            readLicenceHistory();
            if (m_reviewPage)
                m_reviewPage->model()->setCapabilities(m_session->report().capabilities);
        }
        updateActions();
    });
    updateActions();
}

void ChangesController::readLicenceHistory(std::optional<UserStore> seen)
{
    // Going through every user, rewriting the licences seen and reading the whole audit log
    // take long in a large directory: a worker does it. The store is implicitly shared, so
    // taking it costs nothing here. One worker, in order: what was seen last is written last.
    struct Read
    {
        QHash<QString, QStringList> licences;
        QStringList problems;
    };
    const quint64 generation = ++m_historyGeneration;
    runInBackground(
        this,
        [history = LicenceHistory(m_session->profile().id), seen = std::move(seen)] {
            Read read;
            if (seen)
                read.problems.append(history.remember(*seen));
            QString error; // reactivations then restore only what the console saw
            read.licences = history.read(&error);
            read.problems.append(error);
            return read;
        },
        [this, generation](const Read &read) {
            for (const QString &problem : read.problems) {
                if (!problem.isEmpty())
                    qCWarning(lcConnections).noquote() << problem;
            }
            if (generation == m_historyGeneration) // else a newer read is on its way
                m_queue->setLicenceHistory(read.licences);
        },
        &m_historyWorker);
}

void ChangesController::createSelectionActions()
{
    m_deactivate = new QAction(tr("&Deactivate"), this);
    m_deactivate->setToolTip(tr("Queue: set the selected users inactive (they can no longer sign "
                                "in; their documents stay)"));
    m_deactivate->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_deactivate, &QAction::triggered, this,
            [this] { queueForSelection(Kind::Deactivate); });
    m_reactivate = new QAction(tr("&Reactivate"), this);
    m_reactivate->setToolTip(tr("Queue: set the selected users active again"));
    connect(m_reactivate, &QAction::triggered, this,
            [this] { queueForSelection(Kind::Reactivate); });
    m_delete = new QAction(tr("De&lete…"), this);
    m_delete->setToolTip(tr("Queue: delete the selected users on the service (cannot be undone "
                            "once applied; deactivating is usually what you want)"));
    connect(m_delete, &QAction::triggered, this, &ChangesController::queueDeletion);
    m_addToGroup = new QAction(tr("&Add to group…"), this);
    connect(m_addToGroup, &QAction::triggered, this, [this] {
        const QString group = chooseGroup(tr("Add to group"), m_users->selectedUsers(), false);
        if (!group.isEmpty())
            queueForSelection(Kind::AddToGroup, group);
    });
    m_removeFromGroup = new QAction(tr("Remove from &group…"), this);
    connect(m_removeFromGroup, &QAction::triggered, this, [this] {
        const QString group = chooseGroup(tr("Remove from group"), m_users->selectedUsers(), true);
        if (!group.isEmpty())
            queueForSelection(Kind::RemoveFromGroup, group);
    });
    m_grantMenu = new QMenu(tr("&Grant licence"), m_window);
    m_revokeMenu = new QMenu(tr("Re&voke licence"), m_window);
    connect(m_grantMenu, &QMenu::aboutToShow, this, &ChangesController::rebuildSelectionMenus);
    connect(m_revokeMenu, &QMenu::aboutToShow, this, &ChangesController::rebuildSelectionMenus);
    m_selectionActions = {m_deactivate,
                          m_reactivate,
                          m_delete,
                          m_grantMenu->menuAction(),
                          m_revokeMenu->menuAction(),
                          m_addToGroup,
                          m_removeFromGroup};
}

void ChangesController::queueDeletion()
{
    const int count = int(m_users->selectedUsers().size());
    if (count == 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Queue deletion?"),
                    tr("Queue %Ln user(s) for deletion?", nullptr, count), QMessageBox::NoButton,
                    m_window);
    box.setObjectName(QStringLiteral("queueDelete"));
    box.setInformativeText(tr("Deleting removes the account on the service for good. "
                              "Deactivating keeps it, and it can be reactivated. Nothing is "
                              "sent until you apply the pending changes."));
    QPushButton *queueDelete = box.addButton(tr("Queue deletion"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == queueDelete)
        queueForSelection(Kind::DeleteUser);
}

void ChangesController::createPlanActions()
{
    m_review = new QAction(tr("&Review pending changes"), this);
    m_review->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_review->setIconText(tr("Pending changes"));
    connect(m_review, &QAction::triggered, this, &ChangesController::reviewRequested);
    m_apply = new QAction(tr("A&pply pending changes…"), this);
    m_apply->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_apply->setIconText(tr("Apply…"));
    m_apply->setToolTip(tr("Check, confirm and send the included changes"));
    connect(m_apply, &QAction::triggered, this, &ChangesController::apply);
    m_openPlan = new QAction(tr("&Open plan…"), this);
    m_openPlan->setShortcut(QKeySequence::Open);
    connect(m_openPlan, &QAction::triggered, this, &ChangesController::choosePlanFile);
    m_savePlan = new QAction(tr("&Save plan…"), this);
    m_savePlan->setShortcut(QKeySequence::Save);
    connect(m_savePlan, &QAction::triggered, this, [this] {
        const QString path = chooseFileToSave(m_window, tr("Save the plan"),
                                              tr("%1 plan.json").arg(m_session->profile().name),
                                              tr("ScimDesk plans (*.json)"));
        if (path.isEmpty())
            return;
        if (const QString error = savePlan(path); !error.isEmpty())
            QMessageBox::warning(m_window, tr("Cannot save the plan"), error);
    });
    m_clear = new QAction(tr("&Clear queue"), this);
    connect(m_clear, &QAction::triggered, this, &ChangesController::clearQueue);
    m_resume = new QAction(tr("&Finish interrupted apply…"), this);
    connect(m_resume, &QAction::triggered, this, &ChangesController::checkInterrupted);
    m_import = new QAction(tr("&Import CSV…"), this);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_import->setIconText(tr("Import CSV…"));
    m_import->setToolTip(tr("Plan changes from an HR file (you can also drop the file on the "
                            "window)"));
    connect(m_import, &QAction::triggered, this, [this] { importCsv(); });
    m_audit = new QAction(tr("A&udit log…"), this);
    connect(m_audit, &QAction::triggered, this, &ChangesController::showAuditLog);
}

void ChangesController::choosePlanFile()
{
    if (!connectedForPlan())
        return;
    const QString path = chooseFileToOpen(m_window, tr("Open a plan"),
                                          tr("ScimDesk plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    openPlanFile(path);
}

bool ChangesController::connectedForPlan()
{
    if (m_session->state() == ConnectionSession::State::Connected)
        return true;
    QMessageBox::information(m_window, tr("Not connected"),
                             tr("Connect to the service the plan was made for first."));
    return false;
}

void ChangesController::createUserMenu()
{
    // The users table's right-click menu: the same actions, for the selection.
    m_userMenu = new QMenu(m_window);
    for (QAction *action : std::as_const(m_selectionActions)) {
        m_userMenu->addAction(action);
        if (action == m_delete || action == m_revokeMenu->menuAction())
            m_userMenu->addSeparator();
    }
    QTableView *view = m_users->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        updateActions();
        m_userMenu->popup(view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChangesController::updateActions);
}

ChangesController::~ChangesController() = default;

void ChangesController::setReviewPage(ReviewPage *page)
{
    m_reviewPage = page;
    page->model()->setCapabilities(m_session->report().capabilities);
    connect(page->applyButton(), &QPushButton::clicked, this, &ChangesController::apply);
    // Not through m_openPlan: like the page's Apply…, the button stays enabled while not
    // connected and says why it cannot open a plan (the action, disabled then, would ignore
    // the click).
    connect(page->openButton(), &QPushButton::clicked, this, &ChangesController::choosePlanFile);
    connect(page->saveButton(), &QPushButton::clicked, m_savePlan, &QAction::trigger);
    connect(page->clearButton(), &QPushButton::clicked, this, &ChangesController::clearQueue);
    connect(page->removeButton(), &QPushButton::clicked, this,
            [this] { removeChanges(m_reviewPage->selectedKeys()); });
    connect(page->model(), &PlanModel::includeRequested, this, &ChangesController::setIncluded);
}

void ChangesController::addMenus(QMenu *before)
{
    QMenuBar *bar = qobject_cast<QMenuBar *>(before->parentWidget());
    Q_ASSERT(bar);
    auto *edit = new QMenu(tr("&Edit"), bar);
    QAction *undo = m_undo->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    bar->insertMenu(before->menuAction(), edit);

    auto *changes = new QMenu(tr("C&hanges"), bar);
    for (QAction *action : std::as_const(m_selectionActions)) {
        changes->addAction(action);
        if (action == m_delete || action == m_revokeMenu->menuAction())
            changes->addSeparator();
    }
    changes->addSeparator();
    changes->addAction(m_import);
    changes->addAction(m_review);
    changes->addAction(m_apply);
    changes->addAction(m_resume);
    changes->addSeparator();
    changes->addAction(m_openPlan);
    changes->addAction(m_savePlan);
    changes->addAction(m_clear);
    changes->addSeparator();
    changes->addAction(m_audit);
    connect(changes, &QMenu::aboutToShow, this, &ChangesController::updateActions);
    bar->insertMenu(before->menuAction(), changes);
}

void ChangesController::updateActions()
{
    const bool connected = m_session->state() == ConnectionSession::State::Connected;
    const bool selection = m_users->view()->selectionModel()->hasSelection();
    const bool operations = connected && m_queue->acceptsOperations();
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(operations && selection);
    const bool licences = !m_directory->users()->store().licences().names.isEmpty();
    m_grantMenu->menuAction()->setVisible(licences);
    m_revokeMenu->menuAction()->setVisible(licences);
    const bool groups = m_directory->groups()->rowCount() > 0;
    m_addToGroup->setEnabled(m_addToGroup->isEnabled() && groups);
    m_removeFromGroup->setEnabled(m_removeFromGroup->isEnabled() && groups);
    const Plan &plan = m_queue->plan();
    m_apply->setEnabled(connected && plan.includedCount() > 0);
    m_savePlan->setEnabled(!plan.changes.isEmpty());
    m_clear->setEnabled(!m_queue->state().isEmpty());
    m_openPlan->setEnabled(connected);
    m_import->setEnabled(connected);
    m_resume->setEnabled(connected);
    m_audit->setEnabled(!m_session->profile().id.isEmpty());
    const int pending = int(plan.changes.size());
    m_review->setText(pending > 0 ? tr("&Review pending changes (%L1)").arg(pending)
                                  : tr("&Review pending changes"));
    m_review->setIconText(pending > 0 ? tr("Pending changes (%L1)").arg(pending)
                                      : tr("Pending changes"));
}

void ChangesController::rebuildSelectionMenus()
{
    for (QMenu *menu : {m_grantMenu, m_revokeMenu}) {
        menu->clear();
        const bool grant = menu == m_grantMenu;
        const QStringList licences = m_directory->users()->store().licences().names;
        const QStringList texts = withMnemonics(licences);
        for (qsizetype i = 0; i < licences.size(); ++i) {
            const QString licence = licences.at(i);
            QAction *action = menu->addAction(texts.at(i));
            connect(action, &QAction::triggered, this, [this, grant, licence] {
                queueForSelection(grant ? Kind::GrantLicence : Kind::RevokeLicence, licence);
            });
        }
    }
}

QString ChangesController::chooseGroup(const QString &title,
                                       const QList<std::pair<QString, QString>> &users,
                                       bool members)
{
    const GroupTableModel *groups = m_directory->groups();
    QList<std::pair<QString, QString>> choices; // name, id
    for (int row = 0; row < groups->rowCount(); ++row) {
        const GroupRecord &group = groups->group(row);
        const bool any = std::any_of(users.cbegin(), users.cend(), [&](const auto &user) {
            return group.memberIds.contains(user.first);
        });
        if (!members || any)
            choices.append({group.displayName, group.id});
    }
    if (choices.isEmpty()) {
        QMessageBox::information(m_window, title,
                                 members ? tr("The selected users are in no loaded group.")
                                         : tr("The service lists no groups."));
        return {};
    }
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    QStringList names;
    for (const auto &choice : std::as_const(choices))
        names.append(choice.first);
    bool ok = false;
    const QString name = QInputDialog::getItem(
        m_window, title,
        users.size() == 1 ? tr("Group for %1:").arg(users.first().second)
                          : tr("Group for the %Ln selected user(s):", nullptr, int(users.size())),
        names, 0, false, &ok);
    if (!ok)
        return {};
    return choices.at(names.indexOf(name)).second;
}

void ChangesController::queueForSelection(Kind kind, const QString &detail)
{
    const auto users = m_users->selectedUsers();
    if (users.isEmpty())
        return;
    QList<ChangeQueue::Operation> operations;
    for (const auto &[id, userName] : users) {
        ChangeQueue::Operation operation;
        operation.kind = kind;
        operation.userId = id;
        operation.userName = userName;
        if (kind == Kind::GrantLicence || kind == Kind::RevokeLicence)
            operation.licence = detail;
        if (kind == Kind::AddToGroup || kind == Kind::RemoveFromGroup)
            operation.groupId = detail;
        operations.append(operation);
    }
    QString what = detail;
    if (kind == Kind::AddToGroup || kind == Kind::RemoveFromGroup) {
        const int row = m_directory->groups()->rowOf(detail);
        what = row >= 0 ? m_directory->groups()->group(row).displayName : detail;
    }
    const QString who
        = users.size() == 1 ? users.first().second : tr("%Ln user(s)", nullptr, int(users.size()));
    queueOperations(operations, kindWords(kind, what) + u' ' + who);
}

void ChangesController::queueOperations(const QList<ChangeQueue::Operation> &operations,
                                        const QString &text)
{
    if (!m_queue->acceptsOperations()) {
        QMessageBox::information(m_window, tr("Cannot queue changes"), m_queue->whyNoOperations());
        return;
    }
    ChangeQueue::State next = m_queue->withOperations(operations);
    if (!m_queue->wouldChangePlan(next)) {
        Q_EMIT said(
            tr("Nothing queued: “%1” would change nothing (already so, or already pending).")
                .arg(text));
        return;
    }
    pushState(std::move(next), text);
}

void ChangesController::setIncluded(const QStringList &keys, bool included)
{
    if (keys.isEmpty())
        return;
    const QString text = included ? tr("Include %Ln change(s)", nullptr, int(keys.size()))
                                  : tr("Exclude %Ln change(s)", nullptr, int(keys.size()));
    pushState(m_queue->withIncluded(keys, included), text);
}

void ChangesController::removeChanges(const QStringList &keys)
{
    if (!keys.isEmpty())
        pushState(m_queue->withoutChanges(keys),
                  tr("Remove %Ln change(s)", nullptr, int(keys.size())));
}

void ChangesController::clearQueue()
{
    if (!m_queue->state().isEmpty())
        pushState({}, tr("Clear the queue"));
}

void ChangesController::pushState(ChangeQueue::State next, const QString &text)
{
    if (next == m_queue->state())
        return;
    m_undo->push(new QueueEdit(m_queue, m_queue->state(), std::move(next), text));
}

QString ChangesController::openPlan(const QString &path)
{
    QString error;
    const auto file = PlanFile::load(path, &error);
    if (!file)
        return error;
    if (file->sectioned) {
        Q_EMIT sectionedPlanOpened(*file);
        return {};
    }
    const std::optional<Plan> plan = file->sections.first();
    const Guards::Verdict verdict
        = Guards::check(*plan, m_session->profile(), m_session->report().userCount,
                        m_session->report().capabilities);
    if (verdict.wrongService)
        return verdict.refusal + u' '
            + tr("Open the connection it was made for, then open the plan again.");
    if (verdict.isBadInput()) // requests outside the service, or not what the changes claim
        return verdict.refusal;
    addPlan(*plan, Origin::PlanFile, QFileInfo(path).fileName());
    return {};
}

bool ChangesController::addPlan(const Plan &plan, Origin origin, const QString &fileName)
{
    const QString text = tr("Open plan %1").arg(fileName);
    const int pending = int(m_queue->plan().changes.size());
    if (pending > 0) {
        QMessageBox box(
            QMessageBox::Question, tr("Replace the pending changes?"),
            tr("%Ln pending change(s) would be replaced by this plan.", nullptr, pending),
            QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Undo (Ctrl+Z) brings them back."));
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() != replace)
            return false;
    }
    pushState(m_queue->withReplacement(plan, origin, fileName), text);
    return true;
}

void ChangesController::importCsv(const QString &path)
{
    if (m_session->state() != ConnectionSession::State::Connected) {
        QMessageBox::information(m_window, tr("Not connected"),
                                 tr("Connect to the service first: an import is planned against "
                                    "its users."));
        return;
    }
    auto *dialog = new ImportDialog(m_session, m_directory, m_queue, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog has settled any conflict with what is pending: the import joins the queue.
    connect(dialog, &ImportDialog::importReady, this,
            [this](const ChangeQueue::State &next, const QString &fileName) {
                pushState(next, tr("Import %1").arg(fileName));
                Q_EMIT reviewRequested();
            });
    if (!path.isEmpty() && !dialog->openFile(path))
        dialog->showStep(0);
    dialog->open();
    Q_EMIT importStarted(dialog);
}

void ChangesController::openFile(const QString &path)
{
    if (isPlanFile(path))
        openPlanFile(path);
    else
        importCsv(path);
}

void ChangesController::openPlanFile(const QString &path)
{
    if (!connectedForPlan())
        return;
    if (const QString error = openPlan(path); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot open the plan"), error);
    else
        Q_EMIT reviewRequested();
}

bool ChangesController::isPlanFile(const QString &path)
{
    // By what it holds, not its name: a plan is a JSON object; an HR export never starts with
    // a brace.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0;
    const QByteArray start = file.read(256);
    for (qsizetype i = start.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < start.size(); ++i) {
        if (!QChar::isSpace(uchar(start.at(i))))
            return start.at(i) == '{';
    }
    return false;
}

QString ChangesController::savePlan(const QString &path) const
{
    return m_queue->plan().save(path);
}

void ChangesController::apply()
{
    if (m_session->state() != ConnectionSession::State::Connected) {
        QMessageBox::information(m_window, tr("Not connected"),
                                 tr("Connect to the service first."));
        return;
    }
    m_applier->apply(m_queue->plan());
}

void ChangesController::checkInterrupted()
{
    if (m_session->state() == ConnectionSession::State::Connected)
        m_applier->finishInterrupted(sender() == m_resume);
}

void ChangesController::keepWhatWasNotApplied(const Plan &applied,
                                              const QList<ChangeResult> &results)
{
    QSet<QString> done;
    QHash<QString, QString> created; // change id -> the new user's id
    for (qsizetype i = 0; i < results.size() && i < applied.changes.size(); ++i) {
        if (results.at(i).outcome != ChangeResult::Outcome::Applied)
            continue;
        for (const QString &key : ChangeQueue::settledKeys(applied.changes.at(i)))
            done.insert(key);
        if (!results.at(i).createdId.isEmpty())
            created.insert(applied.changes.at(i).id, results.at(i).createdId);
    }
    // What was applied cannot be undone by editing the queue.
    m_queue->setState(m_queue->afterApply(done, created));
    m_undo->clear();
}

void ChangesController::showAuditLog()
{
    auto *dialog = new AuditDialog(m_session->profile(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditDialog::revertRequested, this,
            [this, dialog](const AuditLog::Run &run, const QSet<QString> &changeIds) {
                dialog->accept(); // the plan opens for review
                revert(run, changeIds);
            });
    dialog->open();
}

void ChangesController::revert(const AuditLog::Run &run, const QSet<QString> &changeIds)
{
    if (m_session->state() != ConnectionSession::State::Connected) {
        QMessageBox::information(m_window, tr("Not connected"),
                                 tr("Connect to \"%1\" first: a revert reads the current state "
                                    "of what the run changed.")
                                     .arg(m_session->profile().name));
        return;
    }
    auto *planner = new RevertPlanner(m_session->client(), m_session->profile(),
                                      m_session->report().capabilities, this);
    RevertPlanner::Options options;
    options.changeIds = changeIds;
    connect(planner, &RevertPlanner::finished, this, [this, planner, run] {
        planner->deleteLater();
        const RevertPlanner::Result &result = planner->result();
        if (result.error.isError() || !result.problems.isEmpty()) {
            QMessageBox::warning(m_window, tr("Cannot plan the revert"),
                                 result.error.isError() ? result.error.message()
                                                        : result.problems.join(u'\n'));
            return;
        }
        if (!addPlan(result.plan, Origin::PlanFile, tr("revert of run %1").arg(run.id)))
            return;
        Q_EMIT reviewRequested();
        QStringList lines;
        for (const RevertPlanner::Conflict &conflict : result.conflicts)
            lines.append(tr("%1: %2 is %3 now; the run left %4.")
                             .arg(conflict.userName, conflict.attribute,
                                  Change::valueText(conflict.found),
                                  Change::valueText(conflict.expected)));
        lines.append(result.notes);
        if (lines.isEmpty())
            return;
        QMessageBox box(QMessageBox::Information, tr("Revert of run %1").arg(run.id),
                        result.conflicts.isEmpty()
                            ? tr("Some of the run cannot be undone; see the details.")
                            : tr("%Ln change(s) were made on the service since the run. They "
                                 "are in the plan unticked: tick one to overwrite it.",
                                 nullptr, int(result.conflicts.size())),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
    });
    planner->start(run, options);
}

} // namespace ScimDesk
