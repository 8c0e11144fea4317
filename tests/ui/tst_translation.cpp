#include "AuditDialog.h"
#include "ChangesController.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "OffboardDialog.h"
#include "ReviewPage.h"
#include "TestServer.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "UsersPage.h"
#include "changes/PlanModel.h"
#include "connections/ConnectionStore.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"
#include "secrets/KeychainTokenStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ScimDesk;

// The console as a German-speaking admin sees it: started with LANG=de_DE.UTF-8 (see main),
// its own strings and Qt's standard buttons in German, numbers as Germans write them.
class tst_Translation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_isGerman();
    void reviewPage_isGerman();
    void windows_fitTheSmallestScreen();

private:
    Test::TestServer m_server;
    KeychainTokenStore m_tokens;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Translation::initTestCase()
{
    QCOMPARE(QLocale().language(), QLocale::German);
    if (!Test::startUiTestCase(&m_server, 1234, 4))
        return;
    m_store = std::make_unique<ConnectionStore>();
    const ConnectionProfile profile = Test::saveOnlyConnection(*m_store, m_tokens, m_server,
                                                               QStringLiteral("Lucid Produktion"));
    if (profile.id.isEmpty())
        return;
    m_window = std::make_unique<MainWindow>(m_store.get(), &m_tokens);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(m_window->openInitialConnection(profile.name));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->directory()->state(), Directory::State::Complete, 30'000);
}

void tst_Translation::mainWindow_isGerman()
{
    QTabWidget *pages = m_window->pages();
    QStringList tabs;
    for (int i = 0; i < pages->count(); ++i)
        tabs.append(pages->tabText(i));
    QVERIFY2(tabs.contains(u"Ben&utzer"_qs) && tabs.contains(u"&Gruppen"_qs),
             qPrintable(tabs.join(u", ")));

    QStringList menus;
    for (QAction *menu : m_window->menuBar()->actions())
        menus.append(menu->text());
    QVERIFY2(menus.contains(u"&Verbindung"_qs) && menus.contains(u"&Ansicht"_qs)
                 && menus.contains(u"&Hilfe"_qs),
             qPrintable(menus.join(u", ")));

    // The status line counts in German: a dot groups the thousands.
    auto *state = m_window->findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY(state);
    const QRegularExpression loaded(QStringLiteral("alle 1\\.\\d{3} Benutzer geladen"));
    QTRY_VERIFY2(state->text().contains(loaded), qPrintable(state->text()));

    // Qt's own strings come from qtbase_de.qm.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    // (Whether the label keeps its access key depends on the platform theme.)
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_qs);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text().remove(u'&'), u"Speichern"_qs);

    pages->setCurrentWidget(m_window->usersPage());
    Test::maybeGrab(*m_window, QStringLiteral("de-mainwindow"));
    m_window->resize(1024, 700); // the smallest size the console is laid out for
    QTRY_COMPARE(m_window->width(), 1024);
    Test::maybeGrab(*m_window, QStringLiteral("de-mainwindow-1024"));
    m_window->resize(1280, 800);
}

void tst_Translation::reviewPage_isGerman()
{
    QTableView *users = m_window->usersPage()->view();
    users->clearSelection();
    for (int row : {0, 1, 2})
        users->selectionModel()->select(users->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_window->changes()->queueForSelection(ChangeQueue::Operation::Kind::Deactivate);
    ReviewPage *review = m_window->reviewPage();
    QTabWidget *pages = m_window->pages();
    QTRY_COMPARE(pages->tabText(pages->indexOf(review)),
                 QStringLiteral("Aus&stehende Änderungen (3)"));
    pages->setCurrentWidget(review);
    QTRY_COMPARE(review->model()->rowCount(), 1);
    QCOMPARE(review->model()->index(0, 0).data().toString(), QStringLiteral("Deaktivieren — 3"));
    QCOMPARE(m_window->changes()->undoStack()->undoText(),
             QStringLiteral("Deaktivieren 3 Benutzer"));
    QTreeView *view = review->view();
    view->expandAll();
    view->setCurrentIndex(view->model()->index(0, 0, view->model()->index(0, 0)));
    QVERIFY2(review->detailsHtml().contains(u"Anfrage:"), qPrintable(review->detailsHtml()));
    Test::maybeGrab(*m_window, QStringLiteral("de-review"));
}

// The longer German texts must not make a window wider or taller than the smallest screen the
// console is laid out for (1024×700): each window's least size, every step and page included.
void tst_Translation::windows_fitTheSmallestScreen()
{
    const QSize smallest(1024, 700);
    // Empty when `window` fits; else what it needs.
    const auto tooLarge = [&](QWidget *window) {
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (least.width() <= smallest.width() && least.height() <= smallest.height())
            return QString();
        return QStringLiteral("%1 needs %2×%3")
            .arg(QString::fromLatin1(window->metaObject()->className()))
            .arg(least.width())
            .arg(least.height());
    };
    ImportDialog import(m_window->session(), m_window->directory(), m_window->changes()->queue(),
                        m_window.get());
    AuditDialog audit(m_window->session()->profile(), m_window.get());
    OffboardDialog offboard(m_store.get(), &m_tokens, m_window.get());
    for (QWidget *window :
         std::initializer_list<QWidget *> {m_window.get(), &import, &audit, &offboard}) {
        const QString why = tooLarge(window);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
}

int main(int argc, char *argv[])
{
    // As a German desktop session starts programs; before QApplication reads the locale.
    qputenv("LANG", "de_DE.UTF-8");
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE"})
        qunsetenv(name);
    QApplication app(argc, argv); // installs the translations (TestTranslations.cpp)
    tst_Translation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translation.moc"
