#include "MainWindow.h"
#include "TestServer.h"
#include "UiTestCase.h"
#include "secrets/KeychainTokenStore.h"

#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QTest>

using namespace ScimDesk;

// The main window starts, opens a connection through the real keychain and the SCIM test
// service, and says in its status bar what state the connection is in.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensConnection_andReportsConnected();
    void rejectedToken_isReportedWithWhatToDo();
    void unknownConnection_isSaid();
    void helpAndVersion_needNoDisplay();

private:
    ConnectionProfile addConnection(const QString &name, const QString &token);

    Test::TestServer m_server;
    KeychainTokenStore m_tokens {QStringLiteral("io.github.scimdesk.ScimDesk.uitests")};
};

void tst_MainWindow::initTestCase()
{
    if (!Test::startUiTestCase(&m_server, 120, 4))
        return;
}

ConnectionProfile tst_MainWindow::addConnection(const QString &name, const QString &token)
{
    ConnectionStore store;
    if (auto old = store.findByName(name))
        store.remove(old->id);
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = name;
    profile.baseUrl = m_server.baseUrl();
    store.save(profile);
    const TokenResult written = waitFor(
        [&](const QObject *c, TokenStore::Callback d) { m_tokens.write(profile.id, token, c, d); });
    if (!written.ok())
        qWarning("keychain write failed: %s", qPrintable(written.message()));
    return profile;
}

void tst_MainWindow::opensConnection_andReportsConnected()
{
    addConnection(QStringLiteral("Sample directory"), m_server.token());
    ConnectionStore store;
    MainWindow window(&store, &m_tokens);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openInitialConnection(QStringLiteral("Sample directory")));

    auto *state = window.findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY(state);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ConnectionSession::State::Connected,
                              20'000);
    // Connected, then the users load and the status bar says so.
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"Sample directory — all "), 20'000);
    QVERIFY(state->text().endsWith(u"users loaded"));
    QVERIFY(window.windowTitle().startsWith(u"Sample directory"));
    auto *switcher = window.findChild<QComboBox *>(QStringLiteral("connectionSwitcher"));
    QVERIFY(switcher);
    QCOMPARE(switcher->currentText(), QStringLiteral("Sample directory"));
    QVERIFY(window.session()->report().userCount > 0);
    // Remembered for the next start.
    QCOMPARE(store.lastUsedId(), window.session()->profile().id);
}

void tst_MainWindow::rejectedToken_isReportedWithWhatToDo()
{
    addConnection(QStringLiteral("Bad token"), QStringLiteral("not-the-token"));
    ConnectionStore store;
    MainWindow window(&store, &m_tokens);
    window.show();
    QVERIFY(window.openInitialConnection(QStringLiteral("Bad token")));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ConnectionSession::State::Failed, 20'000);
    auto *state = window.findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY(state->text().contains(u"token was rejected (401)"));
    QVERIFY(state->text().contains(u"replace it in the connection settings"));
    QVERIFY(!state->text().contains(u"not-the-token"));
}

void tst_MainWindow::unknownConnection_isSaid()
{
    ConnectionStore store;
    MainWindow window(&store, &m_tokens);
    QVERIFY(!window.openInitialConnection(QStringLiteral("Nope")));
    auto *state = window.findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY(state->text().contains(u"No connection named"));
}

void tst_MainWindow::helpAndVersion_needNoDisplay()
{
    // Over SSH there is no display: `scimdesk --help` must still answer, not abort.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess scimdesk;
        scimdesk.setProcessEnvironment(environment);
        scimdesk.start(QStringLiteral(SCIMDESK_GUI_PATH), {flag});
        QVERIFY(scimdesk.waitForFinished(10'000));
        const QString out = QString::fromUtf8(scimdesk.readAllStandardOutput());
        QCOMPARE(scimdesk.exitCode(), 0);
        QVERIFY2(out.contains(flag == u"--help" ? u"[FILE]" : u"ScimDesk "), qPrintable(out));
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
