#include "AuditDialog.h"
#include "MainWindow.h"
#include "OffboardDialog.h"
#include "UsersPage.h"
#include "WindowSize.h"
#include "connections/ConnectionStore.h"
#include "secrets/KeychainTokenStore.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ScimDesk;

// On a screen smaller than the console's usual size (a laptop at 1366×768, or 1024×600 with a
// large font), the window and its dialogs open within the screen the first time, not with the
// status bar and the dialogs' buttons beyond its edge. The offscreen platform's screen is
// 800×800.
class tst_WindowSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sizeOnScreen_keepsWhatFits_andBoundsTheRest();
    void firstStart_windowAndDialogsFitTheScreen();

private:
    static QSize available() { return QGuiApplication::primaryScreen()->availableSize(); }
    static bool fits(const QWidget &window)
    {
        return window.width() <= available().width() && window.height() <= available().height();
    }
};

void tst_WindowSize::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("window"));
    QSettings().remove(QStringLiteral("importDialog"));
    QVERIFY2(available().width() < 1000,
             "the test needs a screen narrower than the console's windows");
}

void tst_WindowSize::sizeOnScreen_keepsWhatFits_andBoundsTheRest()
{
    QWidget window;
    QCOMPARE(sizeOnScreen(&window, QSize(300, 200)), QSize(300, 200));
    const QSize bounded = sizeOnScreen(&window, QSize(5000, 150));
    QCOMPARE(bounded.height(), 150);
    QVERIFY(bounded.width() < available().width());
    QVERIFY(bounded.width() > available().width() / 2);
    // A dialog goes by its parent's screen.
    QWidget dialog(&window, Qt::Dialog);
    QCOMPARE(sizeOnScreen(&dialog, QSize(5000, 5000)), sizeOnScreen(&window, QSize(5000, 5000)));
}

void tst_WindowSize::firstStart_windowAndDialogsFitTheScreen()
{
    ConnectionStore store;
    KeychainTokenStore tokens(QStringLiteral("io.github.scimdesk.ScimDesk.uitests"));
    MainWindow window(&store, &tokens);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // With no connection saved, the empty table says what to do.
    QVERIFY(!window.openInitialConnection({}));
    QVERIFY2(window.usersPage()->emptyText().startsWith(u"No connection yet."),
             qPrintable(window.usersPage()->emptyText()));
    QVERIFY2(fits(window),
             qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));

    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Small screen");
    AuditDialog audit(profile, &window);
    QVERIFY2(fits(audit),
             qPrintable(QStringLiteral("%1×%2").arg(audit.width()).arg(audit.height())));
    OffboardDialog offboard(&store, &tokens, &window);
    QVERIFY(fits(offboard));
}

QTEST_MAIN(tst_WindowSize)
#include "tst_windowsize.moc"
