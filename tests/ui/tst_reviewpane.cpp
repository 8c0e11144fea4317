#include "ApplyDialog.h"
#include "AuditDialog.h"
#include "ChangesController.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ReviewPage.h"
#include "TestServer.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "UsersPage.h"
#include "audit/AuditModel.h"
#include "changes/ApplyEngine.h"
#include "changes/ApplySession.h"
#include "changes/PlanBuilder.h"
#include "changes/PlanModel.h"
#include "connections/ConnectionSession.h"
#include "csv/CsvTableModel.h"
#include "csv/ImportMappingModel.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"
#include "scim/ScimClient.h"
#include "secrets/KeychainTokenStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ScimDesk;
using ScimDesk::Test::clickButton;
using ScimDesk::Test::maybeGrab;
using ScimDesk::Test::onNextModal;

namespace {

const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

} // namespace

// Pending changes as an admin works with them, offscreen, against the SCIM test service: queue
// changes for selected users, undo and redo, exclude, search, read the exact request, apply with
// the guards' confirmations, see the result in the audit log, and finish an interrupted apply.
class tst_ReviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queue_undoRedoAndMerge();
    void review_excludeSearchAndDetails();
    void apply_confirmsSendsAndKeepsWhatIsLeft();
    void massDeprovision_needsTypedConfirmation();
    void audit_showsAndExports();
    void interruptedApply_isFinishedWithoutRepeats();
    void unreadableJournal_canBeSetAside();
    void import_fileToPendingChanges();
    void startWithFile_opensItsConnectionAndTheFile();
    void refusals_sameReasonInTheSameOrderAsTheCli();
    void openPlanButton_whileNotConnected_saysWhy();
    // Last: it applies, and the audit test counts the applies before it.
    void massDeprovision_enterAppliesOnceThePhraseIsTyped();

private:
    void select(const QList<int> &proxyRows);
    QString idAt(int proxyRow) const;
    QJsonObject serverUser(const QString &id);

    Test::TestServer m_server;
    KeychainTokenStore m_tokens {QStringLiteral("io.github.scimdesk.ScimDesk.uitests")};
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ReviewPane::initTestCase()
{
    if (!Test::startUiTestCase(&m_server, 200, 6))
        return;
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();

    m_store = std::make_unique<ConnectionStore>();
    const ConnectionProfile profile
        = Test::saveOnlyConnection(*m_store, m_tokens, m_server, QStringLiteral("Review tests"));
    if (profile.id.isEmpty())
        return;

    m_window = std::make_unique<MainWindow>(m_store.get(), &m_tokens);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(m_window->openInitialConnection(profile.name));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->directory()->state(), Directory::State::Complete, 30'000);
    // The table stays in arrival order (nobody sorts), so rows stay put between steps.
    QVERIFY(m_window->usersPage()->proxy()->rowCount() > 100);
}

void tst_ReviewPane::select(const QList<int> &proxyRows)
{
    Test::selectRows(m_window->usersPage()->view(), proxyRows);
}

QString tst_ReviewPane::idAt(int proxyRow) const
{
    return m_window->usersPage()
        ->proxy()
        ->index(proxyRow, 0)
        .data(UserTableModel::IdRole)
        .toString();
}

QJsonObject tst_ReviewPane::serverUser(const QString &id)
{
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        if (user.toObject().value(u"id").toString() == id)
            return user.toObject();
    }
    return {};
}

void tst_ReviewPane::queue_undoRedoAndMerge()
{
    ChangesController *changes = m_window->changes();
    ReviewPage *review = m_window->reviewPage();
    QAbstractItemModelTester tester(review->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QUndoStack *undo = changes->undoStack();
    QTabWidget *pages = m_window->pages();
    const int reviewTab = pages->indexOf(review);

    select({0, 1, 2});
    changes->queueForSelection(ChangeQueue::Operation::Kind::Deactivate);
    QTRY_COMPARE(pages->tabText(reviewTab), QStringLiteral("&Pending changes (3)"));
    QTRY_COMPARE(review->model()->rowCount(), 1);
    QCOMPARE(review->model()->index(0, 0).data().toString(), QStringLiteral("Deactivate — 3"));
    QCOMPARE(undo->undoText(), QStringLiteral("Deactivate 3 users"));

    // A fourth user gets a licence; the first also loses one: still one change for that user.
    select({3});
    changes->queueForSelection(ChangeQueue::Operation::Kind::GrantLicence,
                               QStringLiteral("Lucidscale"));
    select({0});
    changes->queueForSelection(ChangeQueue::Operation::Kind::RevokeLicence,
                               QStringLiteral("Lucidchart"));
    QTRY_COMPARE(pages->tabText(reviewTab), QStringLiteral("&Pending changes (4)"));
    const Plan &plan = changes->queue()->plan();
    const Change *first = nullptr;
    for (const Change &change : plan.changes) {
        if (change.targetId == idAt(0))
            first = &change;
    }
    QVERIFY(first);
    QCOMPARE(first->kind, Change::Kind::Deactivate);
    QCOMPARE(first->intents,
             (QStringList {QStringLiteral("deactivate"), QStringLiteral("revoke Lucidchart")}));

    // Undo takes the edits back one at a time; redo puts them back.
    undo->undo();
    QCOMPARE(changes->queue()->plan().changes.size(), 4);
    QCOMPARE(changes->queue()->state().operations.size(), 4);
    undo->undo();
    QCOMPARE(changes->queue()->plan().changes.size(), 3);
    undo->redo();
    undo->redo();
    QCOMPARE(changes->queue()->state().operations.size(), 5);
    QTRY_COMPARE(pages->tabText(reviewTab), QStringLiteral("&Pending changes (4)"));
}

void tst_ReviewPane::review_excludeSearchAndDetails()
{
    ReviewPage *review = m_window->reviewPage();
    ChangesController *changes = m_window->changes();
    m_window->pages()->setCurrentWidget(review);
    QTRY_COMPARE(review->model()->rowCount(), 2); // Deactivate, Grant licence

    // Exclude the licence grant with its check box; undo brings it back, redo excludes again.
    QTreeView *view = review->view();
    QModelIndex grant;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex kind = view->model()->index(row, 0);
        if (kind.data().toString().startsWith(u"Grant licence"))
            grant = view->model()->index(0, 0, kind);
    }
    QVERIFY(grant.isValid());
    QVERIFY(view->model()->setData(grant, Qt::Unchecked, Qt::CheckStateRole));
    QTRY_COMPARE(changes->queue()->plan().includedCount(), 3);
    changes->undoStack()->undo();
    QCOMPARE(changes->queue()->plan().includedCount(), 4);
    changes->undoStack()->redo();
    QCOMPARE(changes->queue()->plan().includedCount(), 3);

    // Search narrows the plan to one user; its details show the exact request.
    const QString userName
        = m_window->usersPage()->proxy()->index(1, 0).data(UserTableModel::UserNameRole).toString();
    QTest::keyClicks(review->searchField(), userName);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex kind = view->model()->index(0, 0);
    QCOMPARE(view->model()->rowCount(kind), 1);
    view->setCurrentIndex(view->model()->index(0, 0, kind));
    const QString html = review->detailsHtml();
    QVERIFY2(html.contains(QStringLiteral("PATCH /Users/") + idAt(1)), qPrintable(html));
    QVERIFY(html.contains(u"If-Match"));
    QVERIFY(html.contains(u"&quot;active&quot;") || html.contains(u"active"));
    QVERIFY(!html.contains(m_server.token()));
    review->searchField()->clear();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    view->expandAll();
    maybeGrab(*m_window, QStringLiteral("review-pane"));
}

void tst_ReviewPane::apply_confirmsSendsAndKeepsWhatIsLeft()
{
    ChangesController *changes = m_window->changes();
    const QString a = idAt(0), b = idAt(1), c = idAt(2), d = idAt(3);
    ApplyDialog *dialog = nullptr;
    // Until the end of this test only: a later test's apply must not write to `dialog`.
    const QMetaObject::Connection started
        = connect(changes, &ChangesController::applyStarted, this,
                  [&dialog](ApplyDialog *shown) { dialog = shown; });
    const auto forget = qScopeGuard([started] { disconnect(started); });

    // Cancelling the confirmation sends nothing.
    onNextModal([](QWidget *modal) { clickButton(modal, QStringLiteral("Cancel")); });
    changes->apply();
    QVERIFY(!dialog);
    QVERIFY(serverUser(a).value(u"active").toBool());

    // The confirmation says what the changes warn of, each warning once, so that applying
    // without opening the review still shows it.
    QStringList warnings;
    for (const Change &change : changes->queue()->plan().changes) {
        if (change.included && !change.warning.isEmpty() && !warnings.contains(change.warning))
            warnings.append(change.warning);
    }
    QVERIFY(!warnings.isEmpty());
    // In the review, however narrow: a warning icon by each such change's label, the warning
    // its tooltip (the Warning column is the last, often out of sight).
    const QAbstractItemModel *listed = m_window->reviewPage()->view()->model();
    int marked = 0;
    for (int group = 0; group < listed->rowCount(); ++group) {
        const QModelIndex parent = listed->index(group, PlanModel::ChangeColumn);
        for (int row = 0; row < listed->rowCount(parent); ++row) {
            const QModelIndex label = listed->index(row, PlanModel::ChangeColumn, parent);
            const QString warning
                = label.siblingAtColumn(PlanModel::WarningColumn).data().toString();
            QCOMPARE(label.data(Qt::DecorationRole).isValid(), !warning.isEmpty());
            if (!warning.isEmpty())
                QCOMPARE(label.data(Qt::ToolTipRole).toString(), warning);
            marked += warning.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(marked > 0);
    QString confirmation;
    onNextModal([&confirmation](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("confirmApply"));
        confirmation = modal->findChild<QLabel *>()->text();
        modal->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    });
    changes->apply();
    for (const QString &warning : std::as_const(warnings).first(qMin(warnings.size(), 3)))
        QVERIFY2(confirmation.contains(warning), qPrintable(confirmation));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 30'000);
    QCOMPARE(dialog->engine().summary().applied, 3);
    QCOMPARE(dialog->engine().summary().failed, 0);
    maybeGrab(*dialog, QStringLiteral("apply-dialog"));

    for (const QString &id : {a, b, c})
        QCOMPARE(serverUser(id).value(u"active").toBool(true), false);
    QCOMPARE(serverUser(a)
                 .value(Lucid)
                 .toObject()
                 .value(u"productLicenses")
                 .toObject()
                 .value(u"Lucidchart")
                 .toBool(),
             false);
    // The excluded grant was not sent, and stays queued for another review.
    QCOMPARE(serverUser(d)
                 .value(Lucid)
                 .toObject()
                 .value(u"productLicenses")
                 .toObject()
                 .value(u"Lucidscale")
                 .toBool(),
             false);
    const Plan &left = changes->queue()->plan();
    QCOMPARE(left.changes.size(), 1);
    QCOMPARE(left.changes.first().targetId, d);
    QVERIFY(!left.changes.first().included);
    QCOMPARE(changes->undoStack()->count(), 0);
    // The table took in what the service returned.
    const UserStore &store = m_window->directory()->users()->store();
    QCOMPARE(store.at(store.rowOf(a)).isActive(), false);
    dialog->close();
    changes->clearQueue();
}

void tst_ReviewPane::massDeprovision_needsTypedConfirmation()
{
    ChangesController *changes = m_window->changes();
    QList<int> rows;
    for (int row = 10; row < 22; ++row)
        rows.append(row);
    select(rows);
    changes->queueForSelection(ChangeQueue::Operation::Kind::Deactivate);
    QCOMPARE(changes->queue()->plan().deprovisionCount(), 12); // more than 10
    const QString first = idAt(10);
    bool typedCheck = false;
    onNextModal([&typedCheck](QWidget *modal) {
        auto *typed = modal->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"));
        auto *go = modal->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(typed && go);
        QVERIFY(!go->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("deprovision 11 users"));
        QVERIFY(!go->isEnabled());
        typed->clear();
        QTest::keyClicks(typed, QStringLiteral("deprovision 12 users"));
        QVERIFY(go->isEnabled());
        typedCheck = true;
        clickButton(modal, QStringLiteral("Cancel"));
    });
    changes->apply();
    QVERIFY(typedCheck);
    QVERIFY(serverUser(first).value(u"active").toBool(true)); // nothing sent
    changes->clearQueue();

    // A delete is confirmed on its own, with Cancel the default.
    select({30});
    const QString doomed = idAt(30);
    changes->queueForSelection(ChangeQueue::Operation::Kind::DeleteUser);
    bool deleteAsked = false;
    onNextModal([&deleteAsked](QWidget *modal) {
        modal->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        onNextModal([&deleteAsked](QWidget *second) {
            QCOMPARE(second->objectName(), QStringLiteral("confirmDelete"));
            auto *box = qobject_cast<QMessageBox *>(second);
            QVERIFY(box);
            QCOMPARE(box->defaultButton()->text(), QStringLiteral("Cancel"));
            deleteAsked = true;
            box->defaultButton()->click();
        });
    });
    changes->apply();
    QTRY_VERIFY(deleteAsked);
    QVERIFY(!serverUser(doomed).isEmpty());
    changes->clearQueue();
}

void tst_ReviewPane::audit_showsAndExports()
{
    AuditDialog dialog(m_window->session()->profile(), m_window.get());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), 3); // the three users deactivated above
    QCOMPARE(dialog.model()->index(0, 4).data().toString(), QStringLiteral("Deactivate"));
    QVERIFY(dialog.model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"active"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(dialog.exportTo(path, false), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.startsWith(u"Time,OS user,Connection,Change,Kind,Target,Request,HTTP status,"
                           u"Result,Message"));
    QCOMPARE(csv.count(u"deactivate"), 3);
    QCOMPARE(csv.count(u",applied,"), 3);
    QVERIFY(!csv.contains(m_server.token()));

    // Enter ends a search; it does not revert the run.
    QSignalSpy reverts(&dialog, &AuditDialog::revertRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>();
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("deactivate"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(reverts.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.view()->model()->rowCount(), 3);
    // A record is a line high, as a user in the users table is: the style's rows are taller.
    QCOMPARE(dialog.view()->rowHeight(0), dialog.view()->fontMetrics().height() + 8);
}

void tst_ReviewPane::interruptedApply_isFinishedWithoutRepeats()
{
    // An apply dies after its first change was sent and answered and its second was sent:
    // the engine goes away without finishing its journal, as when the process is killed.
    ChangesController *changes = m_window->changes();
    select({40, 41, 42});
    const QStringList ids {idAt(40), idAt(41), idAt(42)};
    changes->queueForSelection(ChangeQueue::Operation::Kind::Deactivate);
    const Plan plan = changes->queue()->plan();
    changes->clearQueue();
    QVERIFY(m_server.setFaults({{QStringLiteral("latencyMs"), 300}}));
    {
        ApplyEngine::Options options;
        options.concurrency = 1;
        options.journalPath = ApplyJournal::pathFor(m_window->session()->profile().id);
        QFile::remove(options.journalPath);
        ApplyEngine engine(m_window->session()->client(),
                           m_window->session()->report().capabilities, plan, options);
        const auto journalHas = [&options](const char *state) {
            QFile journal(options.journalPath);
            if (!journal.open(QIODevice::ReadOnly))
                return 0;
            const QByteArray needle = QByteArray("\"state\":\"") + state + '"';
            return int(journal.readAll().count(needle));
        };
        engine.start();
        // The first answered, the second sent: then the process "dies".
        QTRY_VERIFY_WITH_TIMEOUT(journalHas("answered") == 1 && journalHas("sending") == 2, 10'000);
    }
    QVERIFY(m_server.setFaults({}));
    // Let the abandoned request land (or not) before anyone reads the service.
    QTest::qWait(600);

    ApplyDialog *dialog = nullptr;
    // Until the end of this test only: a later test's apply must not write to `dialog`.
    const QMetaObject::Connection started
        = connect(changes, &ChangesController::applyStarted, this,
                  [&dialog](ApplyDialog *shown) { dialog = shown; });
    const auto forget = qScopeGuard([started] { disconnect(started); });
    QString question;
    onNextModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        clickButton(box, QStringLiteral("Finish now"));
    });
    changes->checkInterrupted();
    QVERIFY2(question.contains(u"1 of 3 changes were done and 1 were in flight"),
             qPrintable(question));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 30'000);
    QCOMPARE(dialog->engine().summary().applied, 3); // no conflict from a repeated request
    QCOMPARE(dialog->engine().summary().failed, 0);
    for (const QString &id : ids)
        QCOMPARE(serverUser(id).value(u"active").toBool(true), false);
    // Each change was made once: the in-flight one was read back and sent again only if the
    // service had not made it (the abandoned request may have been dropped unanswered).
    int made = 0;
    QStringList seen;
    for (const QJsonValue &value : m_server.requests()) {
        const QJsonObject request = value.toObject();
        const QString path = request.value(u"path").toString();
        const int status = request.value(u"status").toInt();
        seen.append(request.value(u"method").toString() + u' ' + path + u' '
                    + QString::number(status));
        for (const QString &id : ids)
            made += request.value(u"method").toString() == u"PATCH" && path.endsWith(id)
                    && status >= 200 && status < 300
                ? 1
                : 0;
    }
    QVERIFY2(made == 3, qPrintable(seen.mid(seen.size() - 12).join(u'\n')));
    QString error;
    QVERIFY(!ApplyJournal::read(ApplyJournal::pathFor(m_window->session()->profile().id), &error));
    dialog->close();
}

void tst_ReviewPane::unreadableJournal_canBeSetAside()
{
    // A journal nothing can finish: the console says why and offers to set it aside.
    const QString journal = ApplyJournal::pathFor(m_window->session()->profile().id);
    QFile file(journal);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"state":"start","plan":{"format":"nonsense"}})"
               "\n");
    file.close();

    QString text;
    QString offer;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        text = box->text();
        offer = box->informativeText();
        onNextModal([](QWidget *done) { clickButton(done, QStringLiteral("OK")); });
        clickButton(box, QStringLiteral("Set Journal Aside"));
    });
    m_window->changes()->checkInterrupted();
    QVERIFY2(text.contains(journal + u" cannot be read"), qPrintable(text));
    QVERIFY2(offer.contains(u"frees"), qPrintable(offer));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!QFile::exists(journal));
    const QStringList kept = QFileInfo(journal).dir().entryList(
        {QFileInfo(journal).completeBaseName() + QStringLiteral(".set-aside-*")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(ApplySession::unfinished(m_window->session()->profile()).refusal,
             ApplySession::Refusal::None);
}

void tst_ReviewPane::import_fileToPendingChanges()
{
    // An HR export dropped on the window: preview, columns, review, then pending changes.
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    const QString existing = m_window->usersPage()
                                 ->proxy()
                                 ->index(60, 0)
                                 .data(UserTableModel::UserNameRole)
                                 .toString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hr.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "E-mail;First Name;Department;Lucidspark\r\n"
               + existing.toUtf8()
               + ";;Imported Dept;\r\n"
                 "new.person@example.com;Nova;Ops;yes\r\n"
                 "broken-address;;;\r\n");
    file.close();

    ImportDialog *dialog = nullptr;
    const QMetaObject::Connection started
        = connect(changes, &ChangesController::importStarted, this,
                  [&dialog](ImportDialog *shown) { dialog = shown; });
    const auto forget = qScopeGuard([started] { disconnect(started); });
    changes->importCsv(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->preview()->rowCount(), 3);
    QCOMPARE(dialog->preview()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
    QCOMPARE(dialog->preview()->headerData(2, Qt::Vertical).toInt(), 4); // spreadsheet row
    maybeGrab(*dialog, QStringLiteral("import-file"));
    dialog->showStep(1);
    const QModelIndex attribute = dialog->mapping()->index(0, ImportMappingModel::AttributeColumn);
    QVERIFY(dialog->mappingView()->indexWidget(attribute)); // its combo box
    QCOMPARE(attribute.data(ImportMappingModel::AttributePathRole).toString(),
             QString::fromUtf16(ImportMapping::WorkEmail));
    maybeGrab(*dialog, QStringLiteral("import-columns"));
    dialog->showStep(2);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomeText().contains(u"1 to create"), 10'000);
    QVERIFY2(dialog->outcomeText().contains(u"1 to update"), qPrintable(dialog->outcomeText()));
    QVERIFY(dialog->outcomeText().contains(u"1 row with errors"));
    QCOMPARE(dialog->errorList()->topLevelItemCount(), 1);
    QCOMPARE(dialog->errorList()->topLevelItem(0)->text(0), QStringLiteral("4"));
    maybeGrab(*dialog, QStringLiteral("import-review"));

    // Fix the address in the grid: the row becomes a second create.
    const int row = dialog->preview()->rowOf(4);
    QVERIFY(dialog->preview()->setData(dialog->preview()->index(row, 1),
                                       QStringLiteral("fixed@example.com"), Qt::EditRole));
    QTRY_VERIFY(dialog->outcomeText().contains(u"2 to create"));
    QCOMPARE(dialog->errorList()->topLevelItemCount(), 0);

    // Planned only on every user: with the table narrowed to one user, the others would look
    // new. The dialog says so, offers nothing to add, and plans again once all are back.
    Directory *directory = m_window->directory();
    directory->load(QStringLiteral("userName eq \"%1\"").arg(existing));
    QTRY_COMPARE_WITH_TIMEOUT(directory->state(), Directory::State::Complete, 10'000);
    QVERIFY2(dialog->outcomeText().startsWith(u"Only the users matching the filter"),
             qPrintable(dialog->outcomeText()));
    QVERIFY(!dialog->addButton()->isEnabled());
    directory->load();
    QTRY_COMPARE_WITH_TIMEOUT(directory->state(), Directory::State::Complete, 30'000);
    QTRY_VERIFY(dialog->outcomeText().contains(u"2 to create"));

    QVERIFY(dialog->addButton()->isEnabled());
    dialog->addButton()->click();
    const Plan &plan = changes->queue()->plan();
    QCOMPARE(plan.source, QStringLiteral("csv:hr.csv"));
    QCOMPARE(plan.countsByKind().value(Change::Kind::CreateUser), 2);
    QCOMPARE(m_window->pages()->currentWidget(), m_window->reviewPage());
    QVERIFY2(plan.originText().startsWith(u"Made from the CSV file hr.csv on "),
             qPrintable(plan.originText()));
    // The first change is in view, with its request, ready for the arrow keys.
    QVERIFY2(m_window->reviewPage()->details()->toPlainText().contains(u"POST /Users"),
             qPrintable(m_window->reviewPage()->details()->toPlainText()));
    changes->undoStack()->undo(); // the import can be taken back like any edit
    QVERIFY(changes->queue()->state().isEmpty());
}

void tst_ReviewPane::startWithFile_opensItsConnectionAndTheFile()
{
    // `scimdesk FILE` (the desktop file's "Open with"): a plan opens the connection it was made
    // for, whichever was used last, and lands in review; a CSV opens the import dialog.
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    select({3});
    changes->queueForSelection(ChangeQueue::Operation::Kind::Deactivate);
    QTemporaryDir dir;
    // Named as a script might name it: a plan is known by what it holds.
    const QString planPath = dir.filePath(QStringLiteral("offboarding.plan"));
    QCOMPARE(changes->savePlan(planPath), QString());
    changes->clearQueue();

    ConnectionProfile other = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    other.name = QStringLiteral("Another service");
    other.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/scim/v2"));
    QCOMPARE(m_store->save(other), QString());
    m_store->setLastUsedId(other.id);

    MainWindow planWindow(m_store.get(), &m_tokens);
    planWindow.show();
    QVERIFY(planWindow.openInitialConnection({}, planPath));
    QCOMPARE(planWindow.session()->profile().name, QStringLiteral("Review tests"));
    QTRY_COMPARE_WITH_TIMEOUT(planWindow.changes()->queue()->plan().changes.size(), 1, 15'000);
    QCOMPARE(planWindow.changes()->queue()->plan().changes.first().targetName,
             m_window->usersPage()->proxy()->index(3, 0).data(UserTableModel::UserNameRole));
    QCOMPARE(planWindow.pages()->currentWidget(), planWindow.reviewPage());

    const QString csvPath = dir.filePath(QStringLiteral("hr.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Email,First Name\nsomeone.new@example.com,Someone\n");
    csv.close();
    MainWindow csvWindow(m_store.get(), &m_tokens);
    ImportDialog *dialog = nullptr;
    connect(csvWindow.changes(), &ChangesController::importStarted, this,
            [&dialog](ImportDialog *started) { dialog = started; });
    csvWindow.show();
    QVERIFY(csvWindow.openInitialConnection(QStringLiteral("Review tests"), csvPath));
    QTRY_VERIFY_WITH_TIMEOUT(dialog, 15'000);
    QCOMPARE(dialog->preview()->rowCount(), 1);
    QVERIFY(ChangesController::isPlanFile(planPath));
    QVERIFY(!ChangesController::isPlanFile(csvPath));
    dialog->close();
    m_store->remove(other.id);
}

// The console and scimdesk-cli apply through one session: given the same plan and the same state,
// they refuse for the same reason, checked in the same order, and send nothing.
void tst_ReviewPane::refusals_sameReasonInTheSameOrderAsTheCli()
{
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    const QJsonObject user = serverUser(idAt(60));
    ConnectionProfile profile = m_window->session()->profile();
    const ConnectionProfile original = profile;
    profile.protectedAccounts = {user.value(u"userName").toString()};
    m_store->save(profile);
    const auto reopen = [this](const QString &name) {
        QVERIFY(m_window->openInitialConnection(name));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->directory()->state(), Directory::State::Complete,
                                  30'000);
    };
    reopen(profile.name);

    QTemporaryDir dir;
    PlanBuilder builder(profile, m_window->session()->report().capabilities);
    builder.deactivate(user);
    const QString path = dir.filePath(QStringLiteral("protected.json"));
    QCOMPARE(builder.plan().save(path), QString());
    QCOMPARE(changes->openPlan(path), QString());

    // An interrupted apply's journal, as a killed program leaves it, and another program
    // applying right now (it holds the journal's lock).
    const QString journal = ApplyJournal::pathFor(profile.id);
    QFile file(journal);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("start")},
                                          {QStringLiteral("plan"), builder.plan().toJson()}})
                   .toJson(QJsonDocument::Compact)
               + '\n');
    file.close();
    auto lock = std::make_unique<QLockFile>(journal + QStringLiteral(".lock"));
    QVERIFY(lock->tryLock(0));

    const auto consoleSays = [changes] {
        QString text;
        onNextModal([&text](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                text = box->text();
            modal->close();
        });
        changes->apply();
        return text;
    };
    // The CLI child sees the same connection (its own settings file) and the same journals (its
    // data folder is the console's).
    const QString cliConfig = dir.filePath(QStringLiteral("config"));
    ConnectionStore(cliConfig + QStringLiteral("/ScimDesk/ScimDesk.conf")).save(profile);
    const QString cliData = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(cliData + QStringLiteral("/ScimDesk")));
    QVERIFY(QFile::link(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                        cliData + QStringLiteral("/ScimDesk/ScimDesk")));
    // Whether the CLI exited with `expectedExit`, and what it said.
    const auto cliSays = [&](int expectedExit) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), cliConfig);
        env.insert(QStringLiteral("XDG_DATA_HOME"), cliData);
        env.insert(QStringLiteral("SCIMDESK_TOKEN"), m_server.token());
        env.insert(QStringLiteral("SCIMDESK_CONNECTION"), profile.name);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SCIMDESK_CLI_PATH),
                  {QStringLiteral("apply"), path, QStringLiteral("--yes")});
        cli.closeWriteChannel();
        if (!cli.waitForFinished(60'000))
            qWarning("scimdesk-cli did not finish");
        const QString err = QString::fromUtf8(cli.readAllStandardError()).simplified();
        return std::make_pair(cli.exitCode() == expectedExit, err);
    };

    QVERIFY(m_server.clearRequests());
    // 1. The journal: another program is applying (checked before the interrupted apply).
    const QString busy = consoleSays();
    QVERIFY2(busy.contains(u"applying changes to"), qPrintable(busy));
    {
        const auto [exited, said] = cliSays(3);
        QVERIFY2(exited && said.contains(busy), qPrintable(said));
    }
    lock.reset();
    // 2. The journal: an earlier apply did not finish (checked before the guards).
    const QString interrupted = consoleSays();
    QVERIFY2(interrupted.contains(u"was interrupted"), qPrintable(interrupted));
    {
        const auto [exited, said] = cliSays(3);
        QVERIFY2(exited && said.contains(interrupted), qPrintable(said));
    }
    QVERIFY(QFile::remove(journal));
    // 3. The guards: a protected account.
    const QString guarded = consoleSays();
    QVERIFY2(guarded.contains(u"protected"), qPrintable(guarded));
    {
        const auto [exited, said] = cliSays(3);
        QVERIFY2(exited && said.contains(guarded), qPrintable(said));
    }
    // A plan for another service: the console refuses to open it, the CLI to apply it, both
    // with the guard's words (bad input: exit 2).
    Plan foreign = builder.plan();
    foreign.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
    QCOMPARE(foreign.save(path), QString());
    {
        const QString opened = changes->openPlan(path);
        const auto [exited, said] = cliSays(2);
        QVERIFY2(opened.contains(u"made for"), qPrintable(opened));
        QVERIFY2(exited && said.startsWith(u"scimdesk-cli: ") && opened.startsWith(said.mid(14)),
                 qPrintable(said));
    }
    // Nothing was sent by either.
    for (const QJsonValue &request : m_server.requests())
        QCOMPARE(request.toObject().value(u"method").toString(), QStringLiteral("GET"));
    QCOMPARE(serverUser(user.value(u"id").toString()).value(u"active").toBool(), true);

    changes->clearQueue();
    m_store->save(original);
    reopen(original.name);
}

void tst_ReviewPane::openPlanButton_whileNotConnected_saysWhy()
{
    // A window on no connection (as when opening one failed): the page's Open plan… says what
    // is missing, as its Apply… does, instead of doing nothing.
    MainWindow idle(m_store.get(), &m_tokens);
    idle.show();
    QVERIFY(idle.session()->state() != ConnectionSession::State::Connected);
    QPushButton *open = idle.reviewPage()->openButton();
    QVERIFY(open->isEnabled());
    QString said;
    onNextModal([&said](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            said = box->text();
        modal->close();
    });
    open->click();
    QVERIFY2(said.contains(u"Connect to the service"), qPrintable(said));
}

void tst_ReviewPane::massDeprovision_enterAppliesOnceThePhraseIsTyped()
{
    // Typing the phrase is the confirmation: Enter after it applies; Enter before it neither
    // applies nor closes the question.
    ChangesController *changes = m_window->changes();
    changes->clearQueue();
    QList<int> rows;
    for (int row = 100; row < 112; ++row)
        rows.append(row);
    select(rows);
    changes->queueForSelection(ChangeQueue::Operation::Kind::Deactivate);
    const int deprovisions = changes->queue()->plan().deprovisionCount();
    const int included = changes->queue()->plan().includedCount();
    QVERIFY(deprovisions > 10);
    const QString first = idAt(100);
    ApplyDialog *dialog = nullptr;
    const QMetaObject::Connection started
        = connect(changes, &ChangesController::applyStarted, this,
                  [&dialog](ApplyDialog *apply) { dialog = apply; });
    const auto forget = qScopeGuard([started] { disconnect(started); });
    bool stillAsking = false;
    onNextModal([&stillAsking, deprovisions](QWidget *modal) {
        auto *typed = modal->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"));
        QVERIFY(typed);
        typed->setFocus();
        QTest::keyClicks(typed, QStringLiteral("deprovision"));
        QTest::keyClick(typed, Qt::Key_Return);
        stillAsking = modal->isVisible() && typed->text() == u"deprovision";
        QTest::keyClicks(typed, QStringLiteral(" %1 users").arg(deprovisions));
        QTest::keyClick(typed, Qt::Key_Return);
    });
    changes->apply();
    QVERIFY(stillAsking);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 30'000);
    QCOMPARE(dialog->engine().summary().applied, included);
    QCOMPARE(serverUser(first).value(u"active").toBool(true), false);
    dialog->close();
    changes->clearQueue();
}

QTEST_MAIN(tst_ReviewPane)
#include "tst_reviewpane.moc"
