#include "ConnectionDialog.h"
#include "DetailsPane.h"
#include "GroupsPage.h"
#include "LicenceSummaryWidget.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "UsersPage.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"
#include "secrets/KeychainTokenStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;
using ScimDesk::Test::maybeGrab;

namespace {
const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
}

// The directory browser as an admin uses it, offscreen, against the SCIM test service and the
// real keychain: add a connection, load, search, sort, select, look up, export, groups, licences.
class tst_DirectoryBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionDialog_testsAndSaves();
    void users_loadSearchSortSelect();
    void lookUp_findsDeactivatedUser();
    void export_writesTheFilteredView();
    void groups_showResolvedMembers();
    void licenceSummary_countsActiveHolders();
    void licenceHolders_keyboard_listsExactlyTheHolders();
    void licenceBar_click_listsHoldersOrThoseWithout();
    void licenceFilter_chipClears_showsEveryone();
    void licenceGroups_areNamed_andAMissingOneIsSaid();
    void failedPage_isNeverSilent();
    void cancel_leavesAPartialList();
    void quickSearch_keepsTheSelection();

private:
    void waitLoaded(MainWindow &window);
    QJsonArray activeUsers();
    // The userNames of the active users whose `licence` is `held`, from the service's state.
    QSet<QString> activeUserNames(const QString &licence, bool held);
    // The same from the table's own data, and what the users view shows.
    QSet<QString> modelUserNames(const QString &licence, bool held);
    QSet<QString> shownUserNames();
    QString rowCountText();

    Test::TestServer m_server;
    KeychainTokenStore m_tokens {QStringLiteral("io.github.scimdesk.ScimDesk.uitests")};
    ConnectionStore *m_store = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DirectoryBrowser::initTestCase()
{
    if (!Test::startUiTestCase(&m_server, 600, 15))
        return;
    m_store = new ConnectionStore;
    for (const auto &profile : m_store->list())
        m_store->remove(profile.id);
}

QJsonArray tst_DirectoryBrowser::activeUsers()
{
    QJsonArray active;
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        if (user.toObject().value(u"active").toBool(true))
            active.append(user);
    }
    return active;
}

QSet<QString> tst_DirectoryBrowser::activeUserNames(const QString &licence, bool held)
{
    QSet<QString> names;
    for (const QJsonValue &value : activeUsers()) {
        const QJsonObject user = value.toObject();
        const bool holds = user.value(Lucid)
                               .toObject()
                               .value(u"productLicenses")
                               .toObject()
                               .value(licence)
                               .toBool();
        if (holds == held)
            names.insert(user.value(u"userName").toString());
    }
    return names;
}

QSet<QString> tst_DirectoryBrowser::modelUserNames(const QString &licence, bool held)
{
    const UserTableModel *users = m_window->directory()->users();
    const int column = users->licenceColumn(users->store().licences().indexOf(licence));
    QSet<QString> names;
    for (int row = 0; row < users->rowCount(); ++row) {
        const QModelIndex index = users->index(row, column);
        if (index.data(UserTableModel::ActiveRole).toBool()
            && index.data(UserTableModel::SortRole).toBool() == held)
            names.insert(index.data(UserTableModel::UserNameRole).toString());
    }
    return names;
}

QSet<QString> tst_DirectoryBrowser::shownUserNames()
{
    const QAbstractItemModel *shown = m_window->usersPage()->view()->model();
    QSet<QString> names;
    for (int row = 0; row < shown->rowCount(); ++row)
        names.insert(shown->index(row, 0).data(UserTableModel::UserNameRole).toString());
    return names;
}

QString tst_DirectoryBrowser::rowCountText()
{
    return m_window->findChild<QLabel *>(QStringLiteral("rowCount"))->text();
}

void tst_DirectoryBrowser::waitLoaded(MainWindow &window)
{
    QTRY_COMPARE_WITH_TIMEOUT(window.directory()->state(), Directory::State::Complete, 30'000);
}

void tst_DirectoryBrowser::connectionDialog_testsAndSaves()
{
    m_window = std::make_unique<MainWindow>(m_store, &m_tokens);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(!m_window->openInitialConnection({}));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("connectionState"))
                ->text()
                .contains(u"New connection"));

    m_window->editConnection(true);
    auto *dialog = m_window->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("url"));
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("token"));
    QCOMPARE(url->text(), QStringLiteral("https://users.lucid.app/scim/v2")); // the Lucid preset's
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(name, QStringLiteral("Sample directory"));
    url->setText(m_server.baseUrl().toString());

    // Without a token the test refuses politely.
    dialog->testConnection();
    QCOMPARE(dialog->testResult(), QStringLiteral("Paste the token first."));
    QTest::keyClicks(token, QStringLiteral("wrong"));
    dialog->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().contains(u"token was rejected"), 20'000);
    token->clear();
    QTest::keyClicks(token, m_server.token());
    dialog->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().startsWith(u"Connected."), 20'000);
    QVERIFY(dialog->testResult().contains(u"Lucidchart"));
    maybeGrab(*dialog, QStringLiteral("connection-dialog"));

    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_store->findByName(QStringLiteral("Sample directory")).has_value(),
                             10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ConnectionSession::State::Connected,
                              20'000);
    waitLoaded(*m_window);

    // Editing shows that a token is stored, never the token.
    m_window->editConnection(false);
    ConnectionDialog *edit = nullptr;
    for (auto *d : m_window->findChildren<ConnectionDialog *>()) {
        if (d->isVisible())
            edit = d;
    }
    QVERIFY(edit);
    auto *storedToken = edit->findChild<QLineEdit *>(QStringLiteral("token"));
    QVERIFY(storedToken->text().isEmpty());
    QVERIFY(storedToken->placeholderText().contains(u"stored"));
    edit->reject();
}

void tst_DirectoryBrowser::users_loadSearchSortSelect()
{
    QVERIFY(m_window);
    MainWindow &window = *m_window;
    QAbstractItemModelTester tester(window.directory()->users(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonArray active = activeUsers();
    QCOMPARE(window.directory()->users()->rowCount(), active.size());
    auto *rows = window.findChild<QLabel *>(QStringLiteral("rowCount"));
    QCOMPARE(rows->text(), QStringLiteral("Users: %L1").arg(active.size()));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("usersNotice"))
                ->text()
                .contains(u"does not list deactivated"));

    // Quick search as you type.
    const QString someone = active.at(42).toObject().value(u"userName").toString();
    UsersPage *page = window.usersPage();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->searchField()->hasFocus());
    QTest::keyClicks(page->searchField(), someone);
    QCOMPARE(page->proxy()->rowCount(), 1);
    QVERIFY(rows->text().startsWith(u"Users shown: 1 of"));
    page->searchField()->clear();
    QCOMPARE(page->proxy()->rowCount(), active.size());

    // Sort by user name, descending, on raw values.
    page->view()->sortByColumn(UserTableModel::UserNameColumn, Qt::DescendingOrder);
    QString maximum;
    for (const QJsonValue &user : active) {
        const QString userName = user.toObject().value(u"userName").toString();
        if (maximum.isEmpty() || userName.compare(maximum, Qt::CaseInsensitive) > 0)
            maximum = userName;
    }
    QCOMPARE(page->proxy()->index(0, UserTableModel::UserNameColumn).data().toString(), maximum);

    // Select: the details pane shows the user and the raw JSON read from the service.
    page->view()->setFocus();
    page->view()->selectRow(0);
    page->view()->setCurrentIndex(page->proxy()->index(0, 0));
    DetailsPane *details = page->details();
    QTRY_VERIFY_WITH_TIMEOUT(details->rawJson().contains(u"\"userName\": \"" + maximum + u'"'),
                             10'000);
    QVERIFY(details->rawJson().contains(Lucid));
    // Its time of last change as the table writes it, not as the service does.
    QLabel *modified = nullptr;
    for (QLabel *label : details->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Last modified")
            modified = label;
    }
    QVERIFY(modified);
    QCOMPARE(modified->text(),
             page->proxy()->index(0, UserTableModel::LastModifiedColumn).data().toString());
    QVERIFY2(!modified->text().contains(u'T'), qPrintable(modified->text()));
    maybeGrab(window, QStringLiteral("users-details"));
}

void tst_DirectoryBrowser::lookUp_findsDeactivatedUser()
{
    MainWindow &window = *m_window;
    QString inactive;
    for (const QJsonValue &user : m_server.state().value(u"users").toArray()) {
        if (!user.toObject().value(u"active").toBool(true)) {
            inactive = user.toObject().value(u"userName").toString();
            break;
        }
    }
    QVERIFY(!inactive.isEmpty());
    window.usersPage()->lookUp(QStringLiteral("userName"), inactive);
    waitLoaded(window);
    QCOMPARE(window.directory()->users()->rowCount(), 1);
    QCOMPARE(window.usersPage()->proxy()->index(0, UserTableModel::ActiveColumn).data().toString(),
             QStringLiteral("Deactivated"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("usersNotice"))
                ->text()
                .contains(u"Showing only users matching"));

    // The escaping builder keeps a quote in the value from changing the filter's meaning.
    window.usersPage()->lookUp(QStringLiteral("userName"),
                               QStringLiteral(R"(x" or userName pr or ")"));
    QTRY_VERIFY_WITH_TIMEOUT(window.directory()->state() != Directory::State::Loading, 10'000);
    QCOMPARE(window.directory()->users()->rowCount(), 0);

    window.usersPage()->lookUp(QStringLiteral("userName"), QString()); // show all again
    waitLoaded(window);
    QCOMPARE(window.directory()->users()->rowCount(), activeUsers().size());
}

void tst_DirectoryBrowser::export_writesTheFilteredView()
{
    MainWindow &window = *m_window;
    UsersPage *page = window.usersPage();
    QTest::keyClicks(page->searchField(), QStringLiteral("lovelace"));
    const int shown = page->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < window.directory()->users()->rowCount());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QCOMPARE(window.exportUsers(path, true), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBFUser name,"));
    QVERIFY(lines.first().contains("Lucidchart"));
    QCOMPARE(lines.size() - 2, shown); // header, rows, and the empty piece after the last CRLF
    for (int i = 1; i <= shown; ++i)
        QVERIFY2(lines.at(i).toLower().contains("lovelace"), lines.at(i).constData());
    page->searchField()->clear();
    // A search that matches no one: the empty table says so, and how to see everyone again.
    page->searchField()->setText(QStringLiteral("zzqx-nobody"));
    QTRY_COMPARE(page->proxy()->rowCount(), 0);
    QVERIFY2(page->emptyText().startsWith(u"No loaded user matches the search."),
             qPrintable(page->emptyText()));
    page->searchField()->clear();
}

void tst_DirectoryBrowser::groups_showResolvedMembers()
{
    MainWindow &window = *m_window;
    window.pages()->setCurrentWidget(window.groupsPage());
    QTableView *groups = window.groupsPage()->groupsView();
    QCOMPARE(groups->model()->rowCount(), 15);
    int row = 0;
    while (row < groups->model()->rowCount() && groups->model()->index(row, 1).data().toInt() == 0)
        ++row;
    groups->setCurrentIndex(groups->model()->index(row, 0));
    QTableView *members = window.groupsPage()->membersView();
    const int expected = groups->model()->index(row, 1).data().toInt();
    QCOMPARE(members->model()->rowCount(), expected);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("membersTitle"))
                ->text()
                .contains(QString::number(expected)));
    bool resolved = false;
    for (int i = 0; i < expected; ++i)
        resolved = resolved || members->model()->index(i, 1).data().toString().contains(u'@');
    QVERIFY(resolved);
    // At the smallest size the console is laid out for, each member's address shows whole.
    window.resize(1024, 700);
    QTRY_VERIFY(window.width() == 1024);
    const int room = members->columnWidth(GroupMembersModel::UserNameColumn)
        - 2 * (members->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, members) + 1);
    for (int i = 0; i < expected; ++i) {
        const QString address = members->model()->index(i, 1).data().toString();
        QVERIFY2(members->fontMetrics().horizontalAdvance(address) <= room,
                 qPrintable(QStringLiteral("%1 in %2 pixels").arg(address).arg(room)));
    }
    maybeGrab(window, QStringLiteral("groups"));
    window.resize(1280, 800);
}

void tst_DirectoryBrowser::licenceSummary_countsActiveHolders()
{
    MainWindow &window = *m_window;
    const QJsonArray active = activeUsers();
    const int lucidchart = int(activeUserNames(QStringLiteral("Lucidchart"), true).size());
    const QStringList lines = window.licenceSummary()->lines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(),
             QStringLiteral("Lucidchart: %L1 of %L2 active users hold it, %L3 do not")
                 .arg(lucidchart)
                 .arg(active.size())
                 .arg(active.size() - lucidchart));
    // What the page shows under the bar says the same.
    auto *counts
        = window.licenceSummary()->findChild<QLabel *>(QStringLiteral("counts:Lucidchart"));
    QVERIFY(counts);
    QVERIFY2(counts->text().startsWith(QStringLiteral("Holders: %L1 (").arg(lucidchart)),
             qPrintable(counts->text()));
    QVERIFY(counts->text().endsWith(
        QStringLiteral("Active users without it: %L1").arg(active.size() - lucidchart)));
    window.pages()->setCurrentIndex(2);
    maybeGrab(window, QStringLiteral("licences"));
    window.pages()->setCurrentIndex(0);
}

void tst_DirectoryBrowser::licenceHolders_keyboard_listsExactlyTheHolders()
{
    MainWindow &window = *m_window;
    const QSet<QString> holders = activeUserNames(QStringLiteral("Lucidspark"), true);
    QVERIFY(!holders.isEmpty());
    QCOMPARE(modelUserNames(QStringLiteral("Lucidspark"), true), holders);
    const int loaded = window.directory()->users()->rowCount();
    QVERIFY(holders.size() < loaded);
    // A search typed earlier does not narrow what the bar's button shows.
    QTest::keyClicks(window.usersPage()->searchField(), QStringLiteral("lovelace"));

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.pages()->setCurrentIndex(2);
    LicenceSummaryWidget *licences = window.licenceSummary();
    auto *first = licences->findChild<QPushButton *>(QStringLiteral("holders:Lucidchart"));
    auto *spark = licences->findChild<QPushButton *>(QStringLiteral("holders:Lucidspark"));
    QVERIFY(first && spark);
    QVERIFY(!spark->accessibleName().isEmpty());
    QVERIFY(spark->accessibleName().contains(u"Lucidspark"));
    // Reached with Tab from the first licence's button, activated with Enter.
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    for (int i = 0; i < 6 && !spark->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(spark->hasFocus());
    QTest::keyClick(spark, Qt::Key_Return);

    QCOMPARE(window.pages()->currentWidget(), window.usersPage());
    QCOMPARE(shownUserNames(), holders);
    QVERIFY(window.usersPage()->searchField()->text().isEmpty());
    QFrame *chip = window.usersPage()->licenceChip();
    QVERIFY(chip->isVisible());
    const QString chipText = chip->findChild<QLabel *>(QStringLiteral("licenceChipText"))->text();
    QVERIFY2(chipText.contains(u"Lucidspark") && chipText.contains(u"holders"),
             qPrintable(chipText));
    QCOMPARE(rowCountText(),
             QStringLiteral("Users shown: %L1 of %L2").arg(holders.size()).arg(loaded));
    maybeGrab(window, QStringLiteral("users-lucidspark-holders"));
}

void tst_DirectoryBrowser::licenceBar_click_listsHoldersOrThoseWithout()
{
    MainWindow &window = *m_window;
    const QSet<QString> without = activeUserNames(QStringLiteral("Lucidspark"), false);
    QVERIFY(!without.isEmpty());
    QCOMPARE(modelUserNames(QStringLiteral("Lucidspark"), false), without);
    window.pages()->setCurrentIndex(2);
    auto *bar = window.licenceSummary()->findChild<QWidget *>(QStringLiteral("bar:Lucidspark"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible() && bar->width() > 100);
    // The grey end of the bar: the active users without it.
    const QPoint grey(bar->width() - 3, bar->height() / 2);
    QTest::mouseClick(bar, Qt::LeftButton, {}, grey);
    QCOMPARE(window.pages()->currentWidget(), window.usersPage());
    QCOMPARE(shownUserNames(), without);
    QVERIFY(window.usersPage()->licenceChip()->isVisible());
    QVERIFY(window.usersPage()
                ->licenceChip()
                ->findChild<QLabel *>(QStringLiteral("licenceChipText"))
                ->text()
                .contains(u"without Lucidspark"));
    QCOMPARE(rowCountText(),
             QStringLiteral("Users shown: %L1 of %L2")
                 .arg(without.size())
                 .arg(window.directory()->users()->rowCount()));

    // The coloured start of the bar: the holders.
    window.pages()->setCurrentIndex(2);
    QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(2, bar->height() / 2));
    QCOMPARE(shownUserNames(), activeUserNames(QStringLiteral("Lucidspark"), true));
}

void tst_DirectoryBrowser::licenceFilter_chipClears_showsEveryone()
{
    MainWindow &window = *m_window;
    UsersPage *page = window.usersPage();
    QVERIFY(page->licenceChip()->isVisible());
    QVERIFY(page->proxy()->rowCount() < window.directory()->users()->rowCount());
    auto *clear
        = page->licenceChip()->findChild<QPushButton *>(QStringLiteral("clearLicenceFilter"));
    QVERIFY(clear);
    QVERIFY(!clear->accessibleName().isEmpty());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!page->licenceChip()->isVisible());
    QCOMPARE(page->proxy()->rowCount(), window.directory()->users()->rowCount());
    QCOMPARE(rowCountText(), QStringLiteral("Users: %L1").arg(activeUsers().size()));

    // From the keyboard too: Space on the chip's button.
    window.pages()->setCurrentIndex(2);
    auto *without
        = window.licenceSummary()->findChild<QPushButton *>(QStringLiteral("without:Lucidchart"));
    QTest::keyClick(without, Qt::Key_Space);
    QCOMPARE(shownUserNames(), activeUserNames(QStringLiteral("Lucidchart"), false));
    QVERIFY(page->licenceChip()->isVisible());
    QTest::keyClick(clear, Qt::Key_Space);
    QVERIFY(!page->licenceChip()->isVisible());
    QCOMPARE(page->proxy()->rowCount(), window.directory()->users()->rowCount());
}

void tst_DirectoryBrowser::licenceGroups_areNamed_andAMissingOneIsSaid()
{
    MainWindow &window = *m_window;
    const QJsonArray groups = m_server.state().value(u"groups").toArray();
    QJsonObject engineering;
    for (const QJsonValue &group : groups) {
        if (group.toObject().value(u"displayName").toString() == u"Engineering")
            engineering = group.toObject();
    }
    QVERIFY(!engineering.isEmpty());
    const int members = int(engineering.value(u"members").toArray().size());

    // Attribute mode: no group is named.
    auto *group = window.licenceSummary()->findChild<QLabel *>(QStringLiteral("group:Lucidspark"));
    QVERIFY(group);
    QVERIFY(group->isHidden());

    ConnectionProfile profile = window.session()->profile();
    profile.licenceMode = ConnectionProfile::LicenceMode::Group;
    profile.licenceGroups = {{QStringLiteral("Lucidspark"), QStringLiteral("Engineering")},
                             {QStringLiteral("Lucidchart"), QStringLiteral("Nobody here")}};
    m_store->save(profile);
    QVERIFY(window.openInitialConnection(profile.name));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ConnectionSession::State::Connected,
                              20'000);
    waitLoaded(window);
    window.pages()->setCurrentIndex(2);
    group = window.licenceSummary()->findChild<QLabel *>(QStringLiteral("group:Lucidspark"));
    QVERIFY(group && group->isVisible());
    QCOMPARE(group->text(),
             QStringLiteral("Granted by group “Engineering” (%L1 members).").arg(members));
    auto *missing
        = window.licenceSummary()->findChild<QLabel *>(QStringLiteral("group:Lucidchart"));
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(u"(group “Nobody here” not found on the service"),
             qPrintable(missing->text()));
    auto *none
        = window.licenceSummary()->findChild<QLabel *>(QStringLiteral("group:LucidscaleCreator"));
    QCOMPARE(none->text(), QStringLiteral("No granting group is set for it in this connection."));
    QVERIFY(window.licenceSummary()->lines().at(1).contains(u"Engineering"));
    maybeGrab(window, QStringLiteral("licences-by-group"));

    profile.licenceMode = ConnectionProfile::LicenceMode::Attribute;
    profile.licenceGroups.clear();
    m_store->save(profile);
    QVERIFY(window.openInitialConnection(profile.name));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ConnectionSession::State::Connected,
                              20'000);
    waitLoaded(window);
    window.pages()->setCurrentIndex(0);
}

void tst_DirectoryBrowser::failedPage_isNeverSilent()
{
    MainWindow &window = *m_window;
    // Every users page request fails, more often than the client retries: the load fails. The
    // first pages are asked for at once (the count is known from discovery), each retried.
    QJsonArray script;
    for (int i = 0; i < 40; ++i)
        script.append(QJsonObject {{QStringLiteral("match"), QStringLiteral("GET /Users")},
                                   {QStringLiteral("status"), 503}});
    QVERIFY(m_server.setFaults({{QStringLiteral("script"), script}}));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(window.directory()->state(), Directory::State::Failed, 60'000);
    const QString status = window.findChild<QLabel *>(QStringLiteral("connectionState"))->text();
    QVERIFY2(status.contains(u"Incomplete list"), qPrintable(status));
    QVERIFY(status.contains(u"F5"));
    QVERIFY(m_server.setFaults({}));
    QTest::keyClick(&window, Qt::Key_F5);
    waitLoaded(window);
}

void tst_DirectoryBrowser::cancel_leavesAPartialList()
{
    MainWindow &window = *m_window;
    QVERIFY(m_server.setFaults({{QStringLiteral("latencyMs"), 300}}));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(window.directory()->users()->rowCount() > 0, 10'000);
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(window.directory()->state(), Directory::State::Cancelled);
    const QString status = window.findChild<QLabel *>(QStringLiteral("connectionState"))->text();
    QVERIFY2(status.contains(u"Partial list"), qPrintable(status));
    QVERIFY(m_server.setFaults({}));
    m_window->close();
    m_window.reset();
}

void tst_DirectoryBrowser::quickSearch_keepsTheSelection()
{
    // Narrowing 5,000 rows to a few rebuilds the proxy: the selected user stays selected.
    Directory directory;
    UsersPage page(&directory);
    QJsonArray users;
    for (int i = 0; i < 5000; ++i)
        users.append(QJsonObject {{QStringLiteral("id"), QString::number(i)},
                                  {QStringLiteral("userName"),
                                   QStringLiteral("%1.%2@example.com")
                                       .arg(i % 100 == 7 ? u"zed"_qs : u"ann"_qs)
                                       .arg(i)}});
    directory.users()->addPage(users);
    QTableView *view = page.view();
    const QModelIndex zed = view->model()->index(107, 0);
    view->selectionModel()->setCurrentIndex(
        zed, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page.searchField()->setText(QStringLiteral("zed"));
    QCOMPARE(page.proxy()->rowCount(), 50);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(UserTableModel::IdRole).toString(), QStringLiteral("107"));
    page.searchField()->clear();
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
}

QTEST_MAIN(tst_DirectoryBrowser)
#include "tst_directorybrowser.moc"
