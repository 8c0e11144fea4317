#include "ApplyDialog.h"
#include "ChangesController.h"
#include "DetailsPane.h"
#include "GroupsPage.h"
#include "ImportConflictDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ReviewPage.h"
#include "TestServer.h"
#include "UiConsole.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "UsersPage.h"
#include "changes/ApplyEngine.h"
#include "changes/Guards.h"
#include "changes/PlanDiffModel.h"
#include "connections/ConnectionSession.h"
#include "csv/CsvTableModel.h"
#include "csv/ImportMappingModel.h"
#include "directory/Directory.h"
#include "directory/GroupModels.h"
#include "directory/UserFilterProxy.h"
#include "secrets/KeychainTokenStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ScimDesk;
using ScimDesk::Test::clickButton;
using ScimDesk::Test::maybeGrab;
using ScimDesk::Test::onNextModal;
using Kind = ChangeQueue::Operation::Kind;

// The console as an admin uses it, offscreen, against the SCIM test service: an import joins
// what is already pending (a real conflict is asked about, and going back keeps the wizard),
// step 3 lists each user's changes, the users table marks what is queued and counts what is
// selected, the details pane follows the user, a look-up is not hidden by the quick search, the
// keyboard reaches the table, the context menu and a row's error, and a group's deactivated
// members are named.
class tst_ConsoleUx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smallWindow_showsStatusEveryLicenceAndEveryTool();
    void import_joinsPendingChanges_andGoingBackKeepsTheWizard();
    void import_stepThree_listsEachChange_andWarnsOfMassDeprovisioning();
    void import_europeanHeaders_andASavedMappingForTheSameColumns();
    void import_closingWithFixes_asksFirst();
    void import_fileLine_countsRowsAndColumns();
    void queuedRows_areMarked_andTheSelectionIsCounted();
    void details_followTheUserThroughAnApply();
    void lookUp_isNotHiddenByTheQuickSearch();
    void keyboard_reachesTableMenuAndErrorRow();
    void groups_nameTheirDeactivatedMembers();

private:
    void select(const QList<int> &proxyRows);
    QString at(int proxyRow, int role) const;
    // Proxy rows of active users, holding `licence` (or any, when empty).
    QList<int> activeRows(const QString &licence = {}) const;
    ImportDialog *openImport(const QString &path);
    QString writeFile(const QString &name, const QByteArray &content);

    Test::TestServer m_server;
    Test::UiConsole m_console;
    MainWindow *m_window = nullptr; // m_console's
    QTemporaryDir m_files;
};

void tst_ConsoleUx::initTestCase()
{
    if (!m_console.open(&m_server, 200, 6, QStringLiteral("Console tests"), {1024, 700}))
        return;
    m_window = m_console.window.get();
    QVERIFY(m_window->usersPage()->proxy()->rowCount() > 100);
}

void tst_ConsoleUx::select(const QList<int> &proxyRows)
{
    Test::selectRows(m_window->usersPage()->view(), proxyRows);
}

QString tst_ConsoleUx::at(int proxyRow, int role) const
{
    return m_window->usersPage()->proxy()->index(proxyRow, 0).data(role).toString();
}

QList<int> tst_ConsoleUx::activeRows(const QString &licence) const
{
    const UserFilterProxy *proxy = m_window->usersPage()->proxy();
    const UserTableModel *users = m_window->directory()->users();
    const int column = licence.isEmpty() ? -1 : users->columnForKey(u"licence:"_qs + licence);
    QList<int> rows;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (!index.data(UserTableModel::ActiveRole).toBool())
            continue;
        if (column >= 0 && proxy->index(row, column).data(UserTableModel::SortRole) != true)
            continue;
        rows.append(row);
    }
    return rows;
}

QString tst_ConsoleUx::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

ImportDialog *tst_ConsoleUx::openImport(const QString &path)
{
    return m_console.openImport(path);
}

void tst_ConsoleUx::smallWindow_showsStatusEveryLicenceAndEveryTool()
{
    // At 1024×700 (the window's size here), what an admin scans for is in view without
    // scrolling: who, the status, every licence; and no tool hides behind the toolbar's ».
    QCOMPARE(m_window->size(), QSize(1024, 700));
    QTableView *view = m_window->usersPage()->view();
    const QHeaderView *header = view->horizontalHeader();
    const UserTableModel *users = m_window->directory()->users();
    QList<int> columns {UserTableModel::UserNameColumn, UserTableModel::ActiveColumn};
    for (int column = UserTableModel::FixedColumnCount; column < users->columnCount(); ++column)
        columns.append(column);
    QCOMPARE(columns.size(), 6); // Lucid's four licences
    for (const int column : columns) {
        QVERIFY(!header->isSectionHidden(column));
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        QVERIFY2(right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                .arg(users->columnKey(column))
                                .arg(right)
                                .arg(view->viewport()->width())));
    }
    // The details pane is there, and yields: F9 hides it and gives the table the width.
    QVERIFY(m_window->usersPage()->detailsVisible());
    const int narrow = view->width();
    m_window->usersPage()->setDetailsVisible(false);
    QTRY_VERIFY(view->width() > narrow);
    m_window->usersPage()->setDetailsVisible(true);
    QVERIFY(m_window->usersPage()->detailsVisible());

    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        QWidget *button = toolBar->widgetForAction(action);
        QVERIFY2(button && button->isVisible()
                     && button->geometry().right() <= toolBar->contentsRect().right(),
                 qPrintable(action->iconText()));
    }
}

void tst_ConsoleUx::import_joinsPendingChanges_andGoingBackKeepsTheWizard()
{
    // Three pending changes by hand; then an HR file about the same and other users.
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    const QList<int> holders = activeRows(QStringLiteral("Lucidchart"));
    QVERIFY(holders.size() > 10);
    const int a = holders.at(0), b = holders.at(1), c = holders.at(2), d = holders.at(3);
    select({a});
    changes->queueForSelection(Kind::Deactivate);
    select({b});
    changes->queueForSelection(Kind::RevokeLicence, QStringLiteral("Lucidchart"));
    select({d});
    changes->queueForSelection(Kind::Deactivate);
    QCOMPARE(changes->queue()->plan().changes.size(), 3);
    const QString userA = at(a, UserTableModel::UserNameRole);
    const QString userB = at(b, UserTableModel::UserNameRole);
    const QString userC = at(c, UserTableModel::UserNameRole);

    // a is listed with a new department (but deactivated by hand), b is said to hold
    // Lucidchart (revoked by hand), c gets a new department, and someone is new.
    const QString path = writeFile(
        QStringLiteral("hr.csv"),
        "E-mail;Department;Lucidchart\r\n" + userA.toUtf8() + ";Imported;\r\n" + userB.toUtf8()
            + ";;yes\r\n" + userC.toUtf8() + ";Imported;\r\nnew.person@example.com;Ops;yes\r\n");
    QPointer<ImportDialog> dialog = openImport(path);
    QVERIFY(dialog);
    dialog->showStep(2);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomeText().contains(u"1 to create"), 10'000);
    QVERIFY2(dialog->warningText().contains(u"2 users in the file already have pending changes"),
             qPrintable(dialog->warningText()));
    // Fixes made in the wizard must survive going back from the question.
    dialog->preview()->setExcluded(5, true);
    QTRY_VERIFY(dialog->outcomeText().contains(u"0 to create"));

    // The question, then back: nothing is added, and the wizard is still there, as it was.
    bool asked = false;
    onNextModal([&asked](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("importConflicts"));
        auto *ask = qobject_cast<ImportConflictDialog *>(modal);
        QVERIFY(ask);
        QCOMPARE(ask->view()->model()->rowCount(), 2);
        asked = true;
        clickButton(modal, QStringLiteral("&Back to the import"));
    });
    dialog->addButton()->click();
    QVERIFY(asked);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->step(), 2);
    QVERIFY(dialog->preview()
                ->index(dialog->preview()->rowOf(5), 0)
                .data(CsvTableModel::ExcludedRole)
                .toBool());
    QCOMPARE(changes->queue()->plan().changes.size(), 3);

    // Again, and this time the file wins for a: its deactivation gives way to the update.
    const QString keyA = u"User:"_qs + at(a, UserTableModel::IdRole);
    onNextModal([&](QWidget *modal) {
        auto *ask = qobject_cast<ImportConflictDialog *>(modal);
        QAbstractItemModel *model = ask->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == userA)
                model->setData(model->index(row, 3), Qt::Checked, Qt::CheckStateRole);
        }
        QCOMPARE(ask->choices().value(keyA), ImportMerge::Choice::UseFile);
        clickButton(modal, QStringLiteral("&Add with these choices"));
    });
    dialog->addButton()->click();
    QTRY_VERIFY(!dialog);
    const Plan &plan = changes->queue()->plan();
    QHash<QString, Change::Kind> kinds;
    for (const Change &change : plan.changes)
        kinds.insert(change.targetName, change.kind);
    QCOMPARE(kinds.value(userA), Change::Kind::UpdateUser); // the file's
    QCOMPARE(kinds.value(userB), Change::Kind::RevokeLicence); // kept as pending
    QCOMPARE(kinds.value(userC), Change::Kind::UpdateUser); // the file's, no conflict
    QCOMPARE(kinds.value(at(d, UserTableModel::UserNameRole)), Change::Kind::Deactivate);
    QCOMPARE(plan.changes.size(), 4);
    QCOMPARE(m_window->pages()->currentWidget(), m_window->reviewPage());
    // One edit: undo gives back the three by hand.
    changes->undoStack()->undo();
    QCOMPARE(changes->queue()->plan().changes.size(), 3);
    changes->clearQueue();
}

void tst_ConsoleUx::import_stepThree_listsEachChange_andWarnsOfMassDeprovisioning()
{
    // A sync listing three users: everyone else active is to be deactivated — far more than the
    // connection's limit — and step 3 says so before anything is queued.
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    const QList<int> rows = activeRows();
    const QString kept = at(rows.at(0), UserTableModel::UserNameRole);
    const QString path
        = writeFile(QStringLiteral("all-staff.csv"),
                    "Email,Department,Title\n" + kept.toUtf8() + ",Renamed,Renamed title\n"
                        + at(rows.at(1), UserTableModel::UserNameRole).toUtf8() + ",,\n"
                        + at(rows.at(2), UserTableModel::UserNameRole).toUtf8() + ",,\n");
    QPointer<ImportDialog> dialog = openImport(path);
    QVERIFY(dialog);
    dialog->showStep(2);
    dialog->setMode(ImportPlanner::Mode::Sync);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomeText().contains(u"1 to update"), 10'000);
    const int deactivations = dialog->result().deactivate;
    QVERIFY2(deactivations > 100, qPrintable(dialog->outcomeText()));
    // The limit the apply will hold the plan to: 5 % of the users the service lists.
    const int limit = Guards::threshold(m_window->session()->profile(),
                                        m_window->session()->report().userCount);
    QVERIFY(limit < 11);
    QVERIFY2(dialog->warningText().contains(
                 QStringLiteral("This takes access away from %1 users, more than this "
                                "connection's limit of %2")
                     .arg(deactivations)
                     .arg(limit)),
             qPrintable(dialog->warningText()));

    // Every change, per user, deprovisioning first; a row opens to its attributes.
    QTreeView *list = dialog->changeList();
    QAbstractItemModel *model = list->model();
    QCOMPARE(model->rowCount(), dialog->result().plan.changes.size());
    const QModelIndex first = model->index(0, 0);
    QVERIFY(first.data(PlanDiffModel::DeprovisionRole).toBool());
    QCOMPARE(model->index(0, PlanDiffModel::BeforeColumn).data().toString(), u"true"_qs);
    QCOMPARE(model->index(0, PlanDiffModel::AfterColumn).data().toString(), u"false"_qs);
    QVERIFY(!list->isExpanded(first));
    int update = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == kept)
            update = row;
    }
    QVERIFY(update > 0);
    const QModelIndex updated = model->index(update, 0);
    list->expand(updated);
    QCOMPARE(model->rowCount(updated), 2);
    QStringList attributes;
    for (int row = 0; row < 2; ++row) {
        attributes.append(
            model->index(row, PlanDiffModel::ChangeColumn, updated).data().toString());
        // What the attribute was can be read: its column widened when the user opened.
        const QModelIndex before = model->index(row, PlanDiffModel::BeforeColumn, updated);
        QVERIFY2(list->columnWidth(PlanDiffModel::BeforeColumn)
                     >= list->sizeHintForIndex(before).width(),
                 qPrintable(before.data().toString()));
    }
    QCOMPARE(attributes.size(), 2);
    const int department = int(attributes.indexOf(u"Department"_qs));
    QVERIFY2(department >= 0 && attributes.contains(u"Title"_qs),
             qPrintable(attributes.join(u',')));
    QCOMPARE(model->index(department, PlanDiffModel::AfterColumn, updated).data().toString(),
             u"\"Renamed\""_qs);
    maybeGrab(*dialog, QStringLiteral("import-step3"));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(changes->queue()->state().isEmpty());
}

void tst_ConsoleUx::import_europeanHeaders_andASavedMappingForTheSameColumns()
{
    // A German file maps by itself; a column it cannot guess is mapped by hand and saved.
    QPointer<ImportDialog> dialog
        = openImport(writeFile(QStringLiteral("personal.csv"),
                               "E-Mail-Adresse;Vorname;Nachname;Abt.-K\xc3\xbcrzel\r\n"
                               "neu@example.com;Nora;Neu;FIN\r\n"));
    QVERIFY(dialog);
    ImportMappingModel *mapping = dialog->mapping();
    const auto pathOf = [&mapping](int column) {
        return mapping->index(column, ImportMappingModel::AttributeColumn)
            .data(ImportMappingModel::AttributePathRole)
            .toString();
    };
    QCOMPARE(pathOf(0), QString::fromUtf16(ImportMapping::WorkEmail));
    QCOMPARE(pathOf(1), u"name.givenName"_qs);
    QCOMPARE(pathOf(2), u"name.familyName"_qs);
    QVERIFY(pathOf(3).isEmpty()); // "Abt.-Kürzel": nobody could guess
    const QString department
        = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_qs;
    QVERIFY(mapping->setAttribute(3, department));
    dialog->showStep(1);
    onNextModal([](QWidget *modal) {
        auto *name = qobject_cast<QInputDialog *>(modal);
        QVERIFY(name);
        name->setTextValue(QStringLiteral("Personal monthly"));
        name->accept();
    });
    clickButton(dialog, QStringLiteral("Save &mapping…"));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Next month's file, its columns in another order: the saved mapping is used at once.
    dialog = openImport(writeFile(QStringLiteral("personal-next.csv"),
                                  "Nachname;Abt.-K\xc3\xbcrzel;Vorname;E-Mail-Adresse\r\n"
                                  "Neu;OPS;Nora;neu@example.com\r\n"));
    QVERIFY(dialog);
    mapping = dialog->mapping();
    QCOMPARE(pathOf(1), department);
    QCOMPARE(pathOf(3), QString::fromUtf16(ImportMapping::WorkEmail));
    QCOMPARE(dialog->templateShown(), u"Personal monthly"_qs);
    QVERIFY2(dialog->mappingNotesText().contains(u"saved mapping \"Personal monthly\""),
             qPrintable(dialog->mappingNotesText()));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void tst_ConsoleUx::import_closingWithFixes_asksFirst()
{
    const QString path
        = writeFile(QStringLiteral("fix-me.csv"),
                    "E-mail;Department\r\nok@example.com;Ops\r\nnot-an-address;Ops\r\n");
    // Nothing done yet: Escape closes at once, without a question.
    QPointer<ImportDialog> dialog = openImport(path);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QVERIFY(!QApplication::activeModalWidget());

    // A cell fixed in the grid: Escape asks, and Cancel keeps the dialog with the fix.
    dialog = openImport(path);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QAbstractItemModel *grid = dialog->grid()->model();
    const QModelIndex cell = grid->index(dialog->preview()->rowOf(3), 1);
    QVERIFY(grid->setData(cell, QStringLiteral("fixed@example.com"), Qt::EditRole));
    QString asked;
    onNextModal([&asked](QWidget *modal) {
        asked = modal->objectName();
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(asked, QStringLiteral("discardImport"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(cell.data().toString(), QStringLiteral("fixed@example.com"));

    // Another delimiter reads the file again: it asks too, and Cancel keeps the fix and puts
    // the choice back (it re-read at once, losing the fix).
    auto *delimiter = dialog->findChild<QComboBox *>(QStringLiteral("delimiter"));
    QVERIFY(delimiter);
    const int readWith = delimiter->currentIndex();
    asked.clear();
    onNextModal([&asked](QWidget *modal) {
        asked = modal->objectName();
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
    });
    delimiter->setCurrentIndex(readWith == 2 ? 1 : 2);
    Q_EMIT delimiter->activated(delimiter->currentIndex());
    QCOMPARE(asked, QStringLiteral("discardImport"));
    QCOMPARE(delimiter->currentIndex(), readWith);
    QCOMPARE(cell.data().toString(), QStringLiteral("fixed@example.com"));

    // The window's close button asks too; Discard (Alt+D from the keyboard) closes.
    asked.clear();
    QKeySequence discardKey;
    onNextModal([&asked, &discardKey](QWidget *modal) {
        asked = modal->objectName();
        QAbstractButton *discard = qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Discard);
        discardKey = QKeySequence::mnemonic(discard->text());
        discard->click();
    });
    dialog->close();
    QCOMPARE(asked, QStringLiteral("discardImport"));
    QCOMPARE(discardKey, QKeySequence(Qt::ALT | Qt::Key_D));
    QTRY_VERIFY(!dialog);
    QVERIFY(m_window->changes()->queue()->state().isEmpty());
}

void tst_ConsoleUx::import_fileLine_countsRowsAndColumns()
{
    // What the file holds, as a person says it: one row, not "1 rows".
    const auto fileLine = [](ImportDialog *dialog) {
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains(u"read as"))
                return label->text();
        }
        return QString();
    };
    QPointer<ImportDialog> dialog
        = openImport(writeFile(QStringLiteral("one.csv"), "email\r\nada@example.com\r\n"));
    QVERIFY(dialog);
    QVERIFY2(fileLine(dialog).startsWith(u"1 row and 1 column; read as UTF-8"),
             qPrintable(fileLine(dialog)));
    dialog->close();
    dialog = openImport(writeFile(QStringLiteral("two.csv"),
                                  "email,department,title\r\na@x.com,Ops,\r\nb@x.com,Ops,\r\n"));
    QVERIFY(dialog);
    QVERIFY2(fileLine(dialog).startsWith(u"2 rows and 3 columns; read as UTF-8"),
             qPrintable(fileLine(dialog)));
    dialog->close();
}

void tst_ConsoleUx::queuedRows_areMarked_andTheSelectionIsCounted()
{
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    UserFilterProxy *proxy = m_window->usersPage()->proxy();
    const UserTableModel *users = m_window->directory()->users();
    const QList<int> holders = activeRows(QStringLiteral("Lucidchart"));
    const int deactivated = holders.at(5), revoked = holders.at(6);
    const int chart = users->columnForKey(QStringLiteral("licence:Lucidchart"));
    QCOMPARE(proxy->index(deactivated, UserTableModel::ActiveColumn).data().toString(),
             u"Active"_qs);
    QVERIFY(!proxy->index(deactivated, UserTableModel::ActiveColumn)
                 .data(UserTableModel::PendingRole)
                 .toBool());

    select({deactivated});
    changes->queueForSelection(Kind::Deactivate);
    select({revoked});
    changes->queueForSelection(Kind::RevokeLicence, QStringLiteral("Lucidchart"));
    // The status and the licence read what they will be, and say it is pending.
    const QModelIndex status = proxy->index(deactivated, UserTableModel::ActiveColumn);
    QCOMPARE(status.data().toString(), u"\u2192 Deactivated"_qs);
    QVERIFY(status.data(UserTableModel::PendingRole).toBool());
    QVERIFY(status.data(Qt::ToolTipRole).toString().startsWith(u"Pending (not sent yet)"));
    const QModelIndex licence = proxy->index(revoked, chart);
    QCOMPARE(licence.data().toString(), u"\u2713 \u2192 \u2717"_qs);
    QVERIFY(licence.data(UserTableModel::PendingRole).toBool());
    QVERIFY(!proxy->index(revoked, UserTableModel::ActiveColumn)
                 .data(UserTableModel::PendingRole)
                 .toBool());
    // Exported as the service holds it.
    QCOMPARE(status.data(UserTableModel::ExportRole).toString(), u"true"_qs);

    // Asking for what is already so (reactivating active users, revoking again) queues
    // nothing, and says so instead of doing nothing in silence.
    const int undoable = changes->undoStack()->count();
    select({holders.at(7), holders.at(8)});
    changes->queueForSelection(Kind::Reactivate);
    QCOMPARE(changes->undoStack()->count(), undoable);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Nothing queued: \u201cReactivate 2 users\u201d would change nothing (already so, "
             u"or already pending)."_qs);
    select({revoked});
    m_window->statusBar()->clearMessage();
    changes->queueForSelection(Kind::RevokeLicence, QStringLiteral("Lucidchart"));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Nothing queued"));
    QCOMPARE(changes->undoStack()->count(), undoable);

    // The status bar counts the selection.
    auto *selected = m_window->findChild<QLabel *>(QStringLiteral("selectedCount"));
    QVERIFY(selected);
    select({1, 2, 3});
    QCOMPARE(selected->text(), u"3 selected"_qs);
    select({});
    QVERIFY(!selected->isVisible());

    // Undone, the marks go.
    changes->undoStack()->undo();
    QVERIFY(!proxy->index(revoked, chart).data(UserTableModel::PendingRole).toBool());
    QCOMPARE(licence.data().toString(), u"\u2713"_qs);
    maybeGrab(*m_window, QStringLiteral("users-queued"));
    changes->clearQueue();
    QCOMPARE(status.data().toString(), u"Active"_qs);
}

void tst_ConsoleUx::details_followTheUserThroughAnApply()
{
    // The selected user's details change with the apply, without selecting them again.
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    UsersPage *page = m_window->usersPage();
    const UserTableModel *users = m_window->directory()->users();
    const int spark = users->columnForKey(QStringLiteral("licence:Lucidspark"));
    int row = -1;
    for (const int candidate : activeRows(QStringLiteral("Lucidchart"))) {
        if (page->proxy()->index(candidate, spark).data(UserTableModel::SortRole) == false) {
            row = candidate;
            break;
        }
    }
    QVERIFY(row >= 0);
    page->view()->selectionModel()->setCurrentIndex(page->proxy()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
    DetailsPane *details = page->details();
    QTRY_VERIFY_WITH_TIMEOUT(details->rawJson().contains(u"\"userName\""), 10'000);
    QVERIFY(!details->licencesText().contains(u"Lucidspark"));
    changes->queueForSelection(Kind::GrantLicence, QStringLiteral("Lucidspark"));
    QVERIFY2(details->pendingText().contains(u"grant Lucidspark"),
             qPrintable(details->pendingText()));

    ApplyDialog *apply = nullptr;
    const QMetaObject::Connection started
        = connect(changes, &ChangesController::applyStarted, this,
                  [&apply](ApplyDialog *dialog) { apply = dialog; });
    onNextModal([](QWidget *modal) {
        modal->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    });
    changes->apply();
    disconnect(started);
    QVERIFY(apply);
    QTRY_VERIFY_WITH_TIMEOUT(apply->isFinished(), 30'000);
    QCOMPARE(apply->engine().summary().applied, 1);
    QTRY_VERIFY(details->licencesText().contains(u"Lucidspark"));
    QVERIFY(details->pendingText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(details->rawJson().contains(u"\"Lucidspark\": true"), 10'000);
    apply->close();
}

void tst_ConsoleUx::lookUp_isNotHiddenByTheQuickSearch()
{
    // A search left in the box would hide what the service finds ("Users shown: 0 of 1").
    UsersPage *page = m_window->usersPage();
    QString inactive;
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        if (!user.toObject().value(u"active").toBool(true))
            inactive = user.toObject().value(u"userName").toString();
    }
    QVERIFY(!inactive.isEmpty());
    QTest::keyClicks(page->searchField(), QStringLiteral("no such person"));
    QCOMPARE(page->proxy()->rowCount(), 0);
    page->lookUp(QStringLiteral("userName"), inactive);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->directory()->state(), Directory::State::Complete, 10'000);
    QCOMPARE(page->searchField()->text(), QString());
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->proxy()->index(0, UserTableModel::UserNameColumn).data().toString(), inactive);
    page->lookUp(QStringLiteral("userName"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->directory()->state(), Directory::State::Complete, 30'000);
}

void tst_ConsoleUx::keyboard_reachesTableMenuAndErrorRow()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->pages()->setCurrentWidget(m_window->usersPage());
    UsersPage *page = m_window->usersPage();
    QTableView *view = page->view();

    // A first-time user finds New connection in the toolbar, not only in a menu.
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QStringList tools;
    for (QAction *action : toolBar->actions()) {
        if (action->isVisible())
            tools.append(action->iconText());
    }
    QVERIFY2(tools.contains(u"New connection…"_qs), qPrintable(tools.join(u'|')));

    // Down from the search box goes into the table, on its first row.
    view->selectionModel()->clear();
    page->focusSearch();
    QTRY_COMPARE(QApplication::focusWidget(), page->searchField());
    QTest::keyClick(page->searchField(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->selectionModel()->currentIndex().row(), 0);
    QVERIFY(view->selectionModel()->isRowSelected(0, {}));

    // Shift+F10 opens the right-click menu, with a key for every licence.
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QStringList texts;
    QMenu *grant = nullptr;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->menu() && action->text().contains(u"Grant"))
            grant = action->menu();
    }
    QVERIFY2(texts.contains(u"&Deactivate"_qs), qPrintable(texts.join(u'|')));
    menu->close();
    QVERIFY(grant);
    Q_EMIT grant->aboutToShow();
    QSet<QChar> keys;
    for (QAction *action : grant->actions()) {
        const qsizetype amp = action->text().indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(action->text()));
        keys.insert(action->text().at(amp + 1).toLower());
    }
    QCOMPARE(keys.size(), grant->actions().size());

    // Enter on a row's error goes to the row in the file's grid, as a double-click does.
    view->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), view);
    const QString path
        = writeFile(QStringLiteral("errors.csv"),
                    "E-mail;Department\r\nok@example.com;Ops\r\nnot-an-address;Ops\r\n");
    QPointer<ImportDialog> dialog = openImport(path);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->showStep(2);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorList()->topLevelItemCount(), 1, 10'000);
    QTreeWidget *errors = dialog->errorList();
    errors->setFocus();
    errors->setCurrentItem(errors->topLevelItem(0));
    QTest::keyClick(errors, Qt::Key_Return);
    QCOMPARE(dialog->step(), 0);
    QVERIFY(dialog);
    auto *grid = dialog->findChild<QTableView *>(QStringLiteral("previewGrid"));
    QCOMPARE(grid->currentIndex().row(), dialog->preview()->rowOf(3));
    QCOMPARE(QApplication::focusWidget(), grid);
    // The grid says why the row is red: under it, and as the cells' tooltip.
    QVERIFY2(dialog->rowProblemText().startsWith(u"Row 3: "), qPrintable(dialog->rowProblemText()));
    QVERIFY(dialog->rowProblemText().contains(u"not-an-address"));
    QVERIFY(grid->currentIndex().data(Qt::ToolTipRole).toString().contains(u"not-an-address"));
    QVERIFY(m_window->changes()->queue()->state().isEmpty()); // Enter added nothing
    // Fixed, the row is checked again and the words under the grid go (they stayed, naming the
    // value just corrected, until another row was chosen).
    CsvTableModel *cells = dialog->preview();
    QVERIFY(cells->setData(cells->index(cells->rowOf(3), 1), QStringLiteral("fixed@example.com"),
                           Qt::EditRole));
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->rowProblemText().isEmpty(),
                              qPrintable(dialog->rowProblemText()), 10'000);
    dialog->done(QDialog::Rejected); // closing as Escape would asks first now: a cell was fixed
    QTRY_VERIFY(!dialog);
    // The keyboard is back where it was before the import.
    QTRY_COMPARE(QApplication::focusWidget(), view);
}

void tst_ConsoleUx::groups_nameTheirDeactivatedMembers()
{
    // Lucid leaves deactivated users out of its lists; a group that holds one still says who
    // they are, and that they are deactivated.
    const QJsonObject state = m_server.state();
    QHash<QString, QString> inactive; // id -> userName
    for (const QJsonValue &user : state.value(u"users").toArray()) {
        if (!user.toObject().value(u"active").toBool(true))
            inactive.insert(user.toObject().value(u"id").toString(),
                            user.toObject().value(u"userName").toString());
    }
    QString group, member;
    for (const QJsonValue &value : state.value(u"groups").toArray()) {
        for (const QJsonValue &entry : value.toObject().value(u"members").toArray()) {
            const QString id = entry.toObject().value(u"value").toString();
            if (inactive.contains(id) && member.isEmpty()) {
                group = value.toObject().value(u"displayName").toString();
                member = id;
            }
        }
    }
    if (member.isEmpty())
        QSKIP("the test service's groups hold no deactivated user");
    QVERIFY(m_window->directory()->users()->store().rowOf(member) < 0); // not listed
    m_window->pages()->setCurrentWidget(m_window->groupsPage());
    QTableView *groups = m_window->groupsPage()->groupsView();
    for (int row = 0; row < groups->model()->rowCount(); ++row) {
        if (groups->model()->index(row, 0).data().toString() == group)
            groups->setCurrentIndex(groups->model()->index(row, 0));
    }
    QAbstractItemModel *members = m_window->groupsPage()->membersView()->model();
    int row = -1;
    for (int i = 0; i < members->rowCount(); ++i) {
        if (members->index(i, 0).data(GroupMembersModel::IdRole).toString() == member)
            row = i;
    }
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        members->index(row, GroupMembersModel::UserNameColumn).data().toString(),
        inactive.value(member), 10'000);
    QCOMPARE(members->index(row, GroupMembersModel::StatusColumn).data().toString(),
             u"Deactivated (not listed)"_qs);
    // Known, not listed: the users table still holds what the service lists.
    QVERIFY(m_window->directory()->users()->store().rowOf(member) < 0);
}

QTEST_MAIN(tst_ConsoleUx)
#include "tst_consoleux.moc"
