#include "ApplyDialog.h"
#include "AuditDialog.h"
#include "ChangesController.h"
#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "ReviewPage.h"
#include "TestServer.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "UsersPage.h"
#include "audit/AuditModel.h"
#include "audit/LicenceHistory.h"
#include "changes/ApplyEngine.h"
#include "connections/ConnectionStore.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"
#include "secrets/KeychainTokenStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace ScimDesk;
using ScimDesk::Test::clickButton;
using ScimDesk::Test::maybeGrab;
using ScimDesk::Test::onNextModal;

namespace {

// A keychain that answers a write when the test says so, as one waiting for the person to
// unlock it.
class HeldTokenStore final : public TokenStore
{
public:
    void read(const QString &, const QObject *, Callback done) override
    {
        TokenResult result;
        result.status = TokenResult::Status::NotFound;
        done(result);
    }
    void write(const QString &, const QString &, const QObject *, Callback done) override
    {
        m_write = std::move(done);
    }
    void remove(const QString &, const QObject *, Callback done) override { done({}); }

    bool writing() const { return bool(m_write); }
    void answer(const TokenResult &result) { std::exchange(m_write, {})(result); }

private:
    Callback m_write;
};

const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
const QString Name = QStringLiteral("Licence tests");

QJsonObject seedUser(int n, bool active, const QStringList &licences)
{
    QJsonObject flags;
    for (const QString &licence :
         {u"Lucidchart"_qs, u"Lucidspark"_qs, u"LucidscaleExplorer"_qs, u"LucidscaleCreator"_qs})
        flags.insert(licence, licences.contains(licence));
    return {{QStringLiteral("id"), QStringLiteral("lm-%1").arg(n)},
            {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(n)},
            {QStringLiteral("title"), n == 1 ? QStringLiteral("Account Owner") : QString()},
            {QStringLiteral("active"), active},
            {Lucid, QJsonObject {{QStringLiteral("productLicenses"), flags}}}};
}

QJsonObject seedGroup(const QString &name, const QList<int> &members)
{
    QJsonArray list;
    for (const int n : members)
        list.append(QJsonObject {{QStringLiteral("value"), QStringLiteral("lm-%1").arg(n)}});
    return {{QStringLiteral("displayName"), name}, {QStringLiteral("members"), list}};
}

// A Lucid account with organisational groups, where "Spark users" grants Lucidspark. Everyone
// active holds Lucidchart and is in "Everyone" (with a deactivated member, who holds nothing);
// users 1-4 hold Lucidspark and are exactly "Spark users"; users 1-2 hold LucidscaleExplorer
// but "Scale pilots" has only user 1; nobody holds LucidscaleCreator.
QJsonObject orgGroupsAccount()
{
    const QString chart = QStringLiteral("Lucidchart"), spark = QStringLiteral("Lucidspark"),
                  explorer = QStringLiteral("LucidscaleExplorer");
    QJsonArray users;
    for (int n = 1; n <= 10; ++n) {
        QStringList licences {chart};
        if (n <= 4)
            licences << spark;
        if (n <= 2)
            licences << explorer;
        users.append(seedUser(n, true, licences));
    }
    users.append(seedUser(11, false, {}));
    users.append(seedUser(12, false, {}));
    const QJsonArray groups {
        seedGroup(QStringLiteral("Everyone"), {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}),
        seedGroup(QStringLiteral("Spark users"), {1, 2, 3, 4}),
        seedGroup(QStringLiteral("Scale pilots"), {1}),
        seedGroup(QStringLiteral("Sales"), {5, 6, 7}),
        seedGroup(QStringLiteral("Leavers"), {12}),
    };
    return {{QStringLiteral("profile"), QStringLiteral("lucid")},
            {QStringLiteral("users"), 0},
            {QStringLiteral("groups"), 0},
            {QStringLiteral("orgGroups"), true},
            {QStringLiteral("licenceGroups"),
             QJsonObject {{QStringLiteral("Lucidspark"), QStringLiteral("Spark users")}}},
            {QStringLiteral("seed"),
             QJsonObject {{QStringLiteral("users"), users}, {QStringLiteral("groups"), groups}}}};
}

} // namespace

// How a connection gives licences, set in the console: by attribute or by group in the
// connection settings, groups proposed from the directory, and the offer an apply makes when
// the service ignored licence changes sent as attributes (Lucid under organisational groups).
class tst_LicenceMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void settings_byGroup_isSavedWithItsGroups();
    void settings_byGroupWithoutAGroup_isRefusedKeepingWhatWasTyped();
    void settings_propose_fillsOnlyExactMatches();
    void ignoredGrant_offersLicencesByGroup_withTheProposal();
    void ignoredGrant_withNothingToPropose_stillOffersTheSettings();
    void help_tellsOfLicenceSettings_andFitsTheScreen();
    void load_keepsWhatActiveUsersHold();
    void audit_revertsARunThroughTheReview();
    void settings_cancelWhileStoringTheToken_waitsForTheKeychain();
    void settings_sayWhatDeactivationDoesToLicences(); // last: it teaches the connection

private:
    // Opens the settings of the open connection, shown and active.
    ConnectionDialog *openSettings();
    // The settings dialog on screen, if one is.
    ConnectionDialog *shownSettings() const;
    QComboBox *groupBox(ConnectionDialog *dialog, const QString &licence);
    // Back to licences by attribute, reconnected and loaded.
    void useAttributes();
    void waitLoaded();
    void selectUser(const QString &id);
    ApplyDialog *applyQueue();
    bool serverHolds(const QString &id, const QString &licence);

    Test::TestServer m_server;
    KeychainTokenStore m_tokens {QStringLiteral("io.github.scimdesk.ScimDesk.uitests")};
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_id;
};

void tst_LicenceMode::initTestCase()
{
    if (!Test::startUiTestCase(&m_server, 0, 0))
        return;
    QVERIFY(m_server.reset(orgGroupsAccount()));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();

    m_store = std::make_unique<ConnectionStore>();
    m_id = Test::saveOnlyConnection(*m_store, m_tokens, m_server, Name).id;
    if (m_id.isEmpty())
        return;

    m_window = std::make_unique<MainWindow>(m_store.get(), &m_tokens);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openInitialConnection(Name));
    waitLoaded();
    QCOMPARE(m_window->directory()->users()->rowCount(), 10); // the deactivated are not listed
}

void tst_LicenceMode::cleanup()
{
    // A test that failed half-way leaves no dialog for the next one to find.
    // (done(), not reject(): that waits while a token is being stored.)
    while (ConnectionDialog *dialog = shownSettings())
        dialog->done(QDialog::Rejected);
}

void tst_LicenceMode::waitLoaded()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ConnectionSession::State::Connected,
                              20'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->directory()->state(), Directory::State::Complete, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->directory()->groupsComplete(), 20'000);
}

ConnectionDialog *tst_LicenceMode::openSettings()
{
    ConnectionDialog *dialog = m_window->editConnection(false);
    if (dialog) {
        dialog->activateWindow();
        // (qWaitForWindowActive() is content with the main window active, the dialog's parent.)
        if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
            qWarning("the settings did not become active");
    }
    return dialog;
}

ConnectionDialog *tst_LicenceMode::shownSettings() const
{
    for (ConnectionDialog *dialog : m_window->findChildren<ConnectionDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QComboBox *tst_LicenceMode::groupBox(ConnectionDialog *dialog, const QString &licence)
{
    return dialog->findChild<QComboBox *>(QStringLiteral("licenceGroup:") + licence);
}

void tst_LicenceMode::useAttributes()
{
    ConnectionProfile profile = *m_store->findById(m_id);
    profile.licenceMode = ConnectionProfile::LicenceMode::Attribute;
    profile.licenceGroups.clear();
    QCOMPARE(m_store->save(profile), QString());
    QVERIFY(m_window->openInitialConnection(Name));
    waitLoaded();
    QVERIFY(!m_window->session()->profile().licencesByGroup());
}

void tst_LicenceMode::selectUser(const QString &id)
{
    QTableView *view = m_window->usersPage()->view();
    const QAbstractItemModel *model = view->model();
    view->clearSelection();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(UserTableModel::IdRole).toString() == id) {
            view->selectionModel()->select(model->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no user %1 in the table").arg(id)));
}

ApplyDialog *tst_LicenceMode::applyQueue()
{
    ApplyDialog *dialog = nullptr;
    const QMetaObject::Connection started
        = connect(m_window->changes(), &ChangesController::applyStarted, this,
                  [&dialog](ApplyDialog *shown) { dialog = shown; });
    onNextModal([](QWidget *modal) {
        if (auto *go = modal->findChild<QPushButton *>(QStringLiteral("confirmButton")))
            go->click();
        else // a refusal, not the confirmation: the test fails on the missing apply
            modal->close();
    });
    m_window->changes()->apply();
    disconnect(started);
    if (dialog && !QTest::qWaitFor([dialog] { return dialog->isFinished(); }, 30'000))
        qWarning("the apply did not finish");
    return dialog;
}

bool tst_LicenceMode::serverHolds(const QString &id, const QString &licence)
{
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        if (user.toObject().value(u"id").toString() == id)
            return user.toObject()
                .value(Lucid)
                .toObject()
                .value(u"productLicenses")
                .toObject()
                .value(licence)
                .toBool();
    }
    return false;
}

void tst_LicenceMode::settings_byGroup_isSavedWithItsGroups()
{
    ConnectionDialog *dialog = openSettings();
    QVERIFY(dialog);
    QTabWidget *tabs = dialog->tabs();
    auto *licences = dialog->findChild<QWidget *>(QStringLiteral("licencesPage"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(licences)));
    auto *byAttribute = dialog->findChild<QRadioButton *>(QStringLiteral("licencesByAttribute"));
    auto *byGroup = dialog->findChild<QRadioButton *>(QStringLiteral("licencesByGroup"));
    QVERIFY(byAttribute->isChecked());
    QComboBox *chart = groupBox(dialog, QStringLiteral("Lucidchart"));
    QComboBox *spark = groupBox(dialog, QStringLiteral("Lucidspark"));
    QVERIFY(chart && spark && groupBox(dialog, QStringLiteral("LucidscaleCreator")));
    QVERIFY(!chart->isEnabled()); // by attribute: no groups to choose

    // From the keyboard: Alt+L opens the Licences tab, Alt+G chooses By group, Tab reaches the
    // first licence's group.
    tabs->setCurrentIndex(tabs->indexOf(dialog->findChild<QWidget *>(u"advancedPage"_qs)));
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), licences);
    QTest::keyClick(dialog, Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY(byGroup->isChecked());
    QVERIFY(chart->isEnabled());
    byGroup->setFocus();
    QTest::keyClick(byGroup, Qt::Key_Tab);
    QTRY_VERIFY(chart->hasFocus());
    QCOMPARE(chart->accessibleName(), QStringLiteral("Group granting Lucidchart"));

    // The loaded groups are offered; a name may also be typed.
    QVERIFY(chart->findText(QStringLiteral("Everyone")) > 0);
    QVERIFY(chart->findText(QStringLiteral("Spark users")) > 0);
    chart->setCurrentIndex(chart->findText(QStringLiteral("Everyone")));
    QTest::keyClicks(spark->lineEdit(), QStringLiteral("Spark users"));
    maybeGrab(*dialog, QStringLiteral("licences-by-group"));
    dialog->accept();

    QTRY_VERIFY(!dialog->isVisible());
    ConnectionStore reread;
    const auto saved = reread.findById(m_id);
    QVERIFY(saved);
    QCOMPARE(saved->licenceMode, ConnectionProfile::LicenceMode::Group);
    QCOMPARE(
        saved->licenceGroups,
        (QMap<QString, QString> {{QStringLiteral("Lucidchart"), QStringLiteral("Everyone")},
                                 {QStringLiteral("Lucidspark"), QStringLiteral("Spark users")}}));
    // The console works with the new setting at once.
    waitLoaded();
    QVERIFY(m_window->session()->profile().licencesByGroup());

    // Opened again, the settings show what was saved.
    dialog = openSettings();
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("licencesByGroup"))->isChecked());
    QCOMPARE(groupBox(dialog, QStringLiteral("Lucidspark"))->currentText(),
             QStringLiteral("Spark users"));
    QCOMPARE(groupBox(dialog, QStringLiteral("LucidscaleCreator"))->currentText(), QString());
    dialog->reject();
    useAttributes();
}

void tst_LicenceMode::settings_byGroupWithoutAGroup_isRefusedKeepingWhatWasTyped()
{
    ConnectionDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton *>(QStringLiteral("licencesByGroup"))->click();
    // Something typed elsewhere, which the refusal must not lose.
    auto *protectedAccounts = dialog->findChild<QPlainTextEdit *>();
    protectedAccounts->setPlainText(QStringLiteral("user1@example.com"));
    dialog->tabs()->setCurrentIndex(1);
    dialog->accept();

    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->testResult().contains(u"Licences by group need a group for at least one "
                                           u"licence"),
             qPrintable(dialog->testResult()));
    QCOMPARE(dialog->tabs()->currentWidget()->objectName(), QStringLiteral("licencesPage"));
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("licencesByGroup"))->isChecked());
    QCOMPARE(protectedAccounts->toPlainText(), QStringLiteral("user1@example.com"));
    QCOMPARE(m_store->findById(m_id)->licenceMode, ConnectionProfile::LicenceMode::Attribute);
    QVERIFY(m_store->findById(m_id)->protectedAccounts.isEmpty()); // nothing saved
    maybeGrab(*dialog, QStringLiteral("licences-refused"));
    dialog->reject();
}

void tst_LicenceMode::settings_propose_fillsOnlyExactMatches()
{
    ConnectionDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *propose = dialog->findChild<QPushButton *>(QStringLiteral("proposeLicenceGroups"));
    QVERIFY(!propose->isEnabled()); // by attribute
    dialog->findChild<QRadioButton *>(QStringLiteral("licencesByGroup"))->click();
    QVERIFY(propose->isEnabled());
    QTest::mouseClick(propose, Qt::LeftButton);

    QCOMPARE(groupBox(dialog, QStringLiteral("Lucidchart"))->currentText(),
             QStringLiteral("Everyone")); // its deactivated member does not count
    QCOMPARE(groupBox(dialog, QStringLiteral("Lucidspark"))->currentText(),
             QStringLiteral("Spark users"));
    // "Scale pilots" lacks one of the two holders: a near match is not proposed.
    QCOMPARE(groupBox(dialog, QStringLiteral("LucidscaleExplorer"))->currentText(), QString());
    QCOMPARE(groupBox(dialog, QStringLiteral("LucidscaleCreator"))->currentText(), QString());
    const QString note = dialog->findChild<QLabel *>(QStringLiteral("licenceNote"))->text();
    QVERIFY2(note.contains(u"No group has exactly the active holders of LucidscaleExplorer, "
                           u"LucidscaleCreator."),
             qPrintable(note));
    maybeGrab(*dialog, QStringLiteral("licences-proposed"));
    dialog->reject();
    QCOMPARE(m_store->findById(m_id)->licenceMode, ConnectionProfile::LicenceMode::Attribute);
}

void tst_LicenceMode::ignoredGrant_offersLicencesByGroup_withTheProposal()
{
    // Lucidspark for user 5, sent as the user's licence attribute: the account ignores it.
    selectUser(QStringLiteral("lm-5"));
    m_window->changes()->queueForSelection(ChangeQueue::Operation::Kind::GrantLicence,
                                           QStringLiteral("Lucidspark"));
    QCOMPARE(m_window->changes()->queue()->plan().includedCount(), 1);
    ApplyDialog *apply = applyQueue();
    QVERIFY(apply);
    QVERIFY(apply->isFinished());
    QCOMPARE(apply->engine().summary().notApplied, 1);
    QVERIFY(!serverHolds(QStringLiteral("lm-5"), QStringLiteral("Lucidspark")));

    QFrame *offer = apply->licenceOffer();
    QVERIFY(offer && offer->isVisible());
    const QString question
        = offer->findChild<QLabel *>(QStringLiteral("licenceOfferQuestion"))->text();
    QCOMPARE(question,
             QStringLiteral("Lucid ignored 1 licence change: this account gives "
                            "licences by group. Switch “Licence tests” to licences by "
                            "group?"));
    const QString text = offer->findChild<QLabel *>(QStringLiteral("licenceOfferText"))->text();
    QVERIFY2(text.contains(u"“Everyone” for Lucidchart; “Spark users” for Lucidspark"),
             qPrintable(text));
    // The offer does not stand in the way of closing.
    QVERIFY(apply->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->isEnabled());
    maybeGrab(*apply, QStringLiteral("apply-licence-offer"));

    QPointer<ApplyDialog> closing = apply;
    QTest::mouseClick(offer->findChild<QPushButton *>(QStringLiteral("licenceOfferButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!closing);
    ConnectionDialog *settings = nullptr;
    QTRY_VERIFY((settings = shownSettings()));
    QCOMPARE(settings->tabs()->currentWidget()->objectName(), QStringLiteral("licencesPage"));
    QVERIFY(settings->findChild<QRadioButton *>(QStringLiteral("licencesByGroup"))->isChecked());
    QCOMPARE(groupBox(settings, QStringLiteral("Lucidspark"))->currentText(),
             QStringLiteral("Spark users"));
    QCOMPARE(groupBox(settings, QStringLiteral("Lucidchart"))->currentText(),
             QStringLiteral("Everyone"));
    // Nothing is switched until the admin saves.
    QCOMPARE(m_store->findById(m_id)->licenceMode, ConnectionProfile::LicenceMode::Attribute);
    maybeGrab(*settings, QStringLiteral("licences-from-offer"));

    settings->accept();
    QTRY_VERIFY(!settings->isVisible());
    QCOMPARE(m_store->findById(m_id)->licenceMode, ConnectionProfile::LicenceMode::Group);
    waitLoaded();
    QVERIFY(m_window->session()->profile().licencesByGroup());

    // The grant Lucid ignored is still pending (saving the settings keeps the queue), now as a
    // membership of "Spark users"; granting it again changes nothing; applying it works.
    QCOMPARE(m_window->changes()->queue()->plan().includedCount(), 1);
    selectUser(QStringLiteral("lm-5"));
    m_window->changes()->queueForSelection(ChangeQueue::Operation::Kind::GrantLicence,
                                           QStringLiteral("Lucidspark"));
    const Plan &plan = m_window->changes()->queue()->plan();
    QCOMPARE(plan.includedCount(), 1);
    QCOMPARE(plan.changes.first().kind, Change::Kind::AddToGroup);
    QCOMPARE(plan.changes.first().targetName, QStringLiteral("Spark users"));
    apply = applyQueue();
    QVERIFY(apply && apply->isFinished());
    QCOMPARE(apply->engine().summary().applied, 1);
    QVERIFY(!apply->licenceOffer());
    QVERIFY(serverHolds(QStringLiteral("lm-5"), QStringLiteral("Lucidspark")));
    // Applied by the group: nothing of it stays pending.
    QVERIFY(m_window->changes()->queue()->plan().changes.isEmpty());
    apply->close();
    useAttributes();
}

void tst_LicenceMode::ignoredGrant_withNothingToPropose_stillOffersTheSettings()
{
    // Generated users: licences and groups that have nothing to do with each other.
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 40},
                            {QStringLiteral("groups"), 4},
                            {QStringLiteral("seed"), QJsonValue::Null},
                            {QStringLiteral("orgGroups"), true},
                            {QStringLiteral("licenceGroups"), QJsonObject()}}));
    m_window->directory()->load();
    waitLoaded();
    const UserStore &users = m_window->directory()->users()->store();
    const int chart = users.licences().indexOf(QStringLiteral("Lucidchart"));
    const int spark = users.licences().indexOf(QStringLiteral("Lucidspark"));
    QString without;
    for (qsizetype row = 0; row < users.size() && without.isEmpty(); ++row) {
        if (users.at(row).isActive() && users.at(row).hasLicence(chart)
            && !users.at(row).hasLicence(spark))
            without = users.at(row).id();
    }
    QVERIFY(!without.isEmpty());
    selectUser(without);
    m_window->changes()->queueForSelection(ChangeQueue::Operation::Kind::GrantLicence,
                                           QStringLiteral("Lucidspark"));
    ApplyDialog *apply = applyQueue();
    QVERIFY(apply && apply->isFinished());
    QFrame *offer = apply->licenceOffer();
    QVERIFY(offer && offer->isVisible());
    const QString text = offer->findChild<QLabel *>(QStringLiteral("licenceOfferText"))->text();
    QVERIFY2(text.contains(u"No group can be proposed from the directory"), qPrintable(text));
    QVERIFY(!text.contains(u"Proposed"));

    QTest::mouseClick(offer->findChild<QPushButton *>(QStringLiteral("licenceOfferButton")),
                      Qt::LeftButton);
    ConnectionDialog *settings = nullptr;
    QTRY_VERIFY((settings = shownSettings()));
    QVERIFY(settings->findChild<QRadioButton *>(QStringLiteral("licencesByGroup"))->isChecked());
    QCOMPARE(groupBox(settings, QStringLiteral("Lucidspark"))->currentText(), QString());
    QVERIFY(settings->findChild<QLabel *>(QStringLiteral("licenceNote"))
                ->text()
                .contains(u"Choose the group that grants each licence"));
    settings->reject();
    QCOMPARE(m_store->findById(m_id)->licenceMode, ConnectionProfile::LicenceMode::Attribute);
    m_window->changes()->clearQueue();
}

void tst_LicenceMode::help_tellsOfLicenceSettings_andFitsTheScreen()
{
    QString text;
    int height = 0;
    onNextModal([&text, &height](QWidget *modal) {
        if (auto *help = modal->findChild<QTextBrowser *>(QStringLiteral("helpText")))
            text = help->toPlainText();
        height = modal->frameGeometry().height();
        modal->close();
    });
    QAction *help = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&Using ScimDesk")
            help = action;
    }
    QVERIFY(help);
    help->trigger(); // Help > Using ScimDesk (F1)
    QVERIFY2(text.contains(u"Its Licences tab says whether licences go by attribute"),
             qPrintable(text));
    QVERIFY2(height > 0 && height <= 700, qPrintable(QString::number(height)));
}

void tst_LicenceMode::audit_revertsARunThroughTheReview()
{
    // The organisational-groups account again, licences by group.
    QVERIFY(m_server.reset(orgGroupsAccount()));
    ConnectionProfile profile = *m_store->findById(m_id);
    profile.licenceMode = ConnectionProfile::LicenceMode::Group;
    profile.licenceGroups = {{QStringLiteral("Lucidchart"), QStringLiteral("Everyone")},
                             {QStringLiteral("Lucidspark"), QStringLiteral("Spark users")}};
    profile.deprovisionThreshold = 5; // one leaver needs no typed confirmation
    QCOMPARE(m_store->save(profile), QString());
    QVERIFY(m_window->openInitialConnection(Name));
    waitLoaded();
    m_window->changes()->clearQueue();

    // User 3 leaves (Lucid takes Lucidspark away)…
    selectUser(QStringLiteral("lm-3"));
    m_window->changes()->queueForSelection(ChangeQueue::Operation::Kind::Deactivate);
    ApplyDialog *apply = applyQueue();
    QVERIFY(apply && apply->isFinished());
    QCOMPARE(apply->engine().summary().applied, 1);
    apply->close();
    QVERIFY(!serverHolds(QStringLiteral("lm-3"), QStringLiteral("Lucidspark")));

    // …and the admin takes it back from the audit log: the newest run is chosen, with its
    // change below it.
    m_window->changes()->showAuditLog();
    AuditDialog *audit = nullptr;
    QTRY_VERIFY((audit = m_window->findChild<AuditDialog *>()) && audit->isVisible());
    QTreeWidget *runs = audit->runsView();
    QVERIFY(runs->topLevelItemCount() >= 2); // all records, then each run
    QCOMPARE(runs->currentItem(), runs->topLevelItem(1));
    QVERIFY2(runs->currentItem()->text(5).contains(u"1 applied"),
             qPrintable(runs->currentItem()->text(5)));
    QCOMPARE(audit->model()->rowCount(), 1);
    maybeGrab(*audit, QStringLiteral("audit-runs"));
    auto *revert = audit->findChild<QPushButton *>(QStringLiteral("revertButton"));
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);

    // The revert is an ordinary plan, in review: a reactivation; still in "Spark users",
    // the user gets Lucidspark back from the service itself.
    QTRY_COMPARE(m_window->changes()->queue()->plan().includedCount(), 1);
    const Plan plan = m_window->changes()->queue()->plan();
    QCOMPARE(plan.changes.first().kind, Change::Kind::Reactivate);
    QCOMPARE(plan.changes.first().targetId, u"lm-3"_qs);
    QVERIFY2(plan.changes.first().intents.join(u' ').contains(u"comes back with the group"),
             qPrintable(plan.changes.first().intents.join(u' ')));
    QTRY_VERIFY(m_window->reviewPage()->isVisible());
    maybeGrab(*m_window, QStringLiteral("revert-review"));
    apply = applyQueue();
    QVERIFY(apply && apply->isFinished());
    QCOMPARE(apply->engine().summary().applied, 1);
    apply->close();
    QVERIFY(serverHolds(QStringLiteral("lm-3"), QStringLiteral("Lucidspark")));
}

void tst_LicenceMode::load_keepsWhatActiveUsersHold()
{
    // Once a load completes, what each active user holds is kept (by a worker thread), so that
    // a reactivation gives it back after a deactivation made elsewhere.
    const UserStore &users = m_window->directory()->users()->store();
    const QStringList &names = users.licences().names;
    QString holder;
    QStringList held;
    for (qsizetype row = 0; row < users.size() && holder.isEmpty(); ++row) {
        if (!users.at(row).isActive() || users.at(row).licenceBits() == 0)
            continue;
        holder = users.at(row).id();
        for (int i = 0; i < names.size(); ++i) {
            if (users.at(row).hasLicence(i))
                held.append(names.at(i));
        }
    }
    QVERIFY(!holder.isEmpty());
    const LicenceHistory history(m_id);
    QFile earlier(history.seenPath());
    QVERIFY(earlier.open(QIODevice::WriteOnly | QIODevice::Text));
    earlier.write("gone-1\tLucidspark\n" + holder.toUtf8() + "\tnone of these\n");
    earlier.close();
    m_window->directory()->load();
    waitLoaded();
    QTRY_COMPARE_WITH_TIMEOUT(LicenceHistory(m_id).read().value(holder), held, 20'000);
    // Not listed (Lucid hides deactivated users): what they held before stays.
    QCOMPARE(LicenceHistory(m_id).read().value(QStringLiteral("gone-1")),
             QStringList {u"Lucidspark"_qs});
}

void tst_LicenceMode::settings_cancelWhileStoringTheToken_waitsForTheKeychain()
{
    QTemporaryDir dir;
    ConnectionStore store(dir.filePath(QStringLiteral("ScimDesk.conf")));
    HeldTokenStore tokens;
    ConnectionDialog dialog(&store, &tokens, ConnectionProfile());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Held"));
    dialog.findChild<QLineEdit *>(QStringLiteral("url"))->setText(m_server.baseUrl().toString());
    dialog.findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("a-token"));
    dialog.accept();
    QVERIFY2(tokens.writing(), qPrintable(dialog.testResult()));
    QCOMPARE(store.list().size(), 1); // the settings first, then the token

    // Cancel, Escape and the close button wait for the keychain.
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.close();
    QVERIFY(dialog.isVisible());

    // It refuses: the new connection is taken back, and the dialog stays to say why.
    TokenResult refused;
    refused.status = TokenResult::Status::AccessDenied;
    tokens.answer(refused);
    QVERIFY(store.list().isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.testResult(), refused.message());
    // Nothing being stored: Cancel closes.
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_LicenceMode::settings_sayWhatDeactivationDoesToLicences()
{
    const auto shownText = [this] {
        ConnectionDialog *dialog = openSettings();
        if (!dialog)
            return QString();
        const QString text
            = dialog->findChild<QLabel *>(QStringLiteral("deactivationLicences"))->text();
        dialog->reject();
        return text;
    };
    // Lucid documents it…
    QVERIFY(shownText().contains(u"takes their licences away (as the service documents)"));
    // …and what an apply saw the service do wins, once learnt.
    m_store->learnDeactivationRevokesLicences(m_id, false);
    QVERIFY(m_window->openInitialConnection(Name));
    waitLoaded();
    QVERIFY(shownText().contains(u"leaves their licences as they are on this service"));
}

QTEST_MAIN(tst_LicenceMode)
#include "tst_licencemode.moc"
