#include "Accessibility.h"
#include "ChangesController.h"
#include "ImportDialog.h"
#include "LicenceBar.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "UiConsole.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "UsersPage.h"
#include "changes/PlanDiffModel.h"
#include "csv/CsvTableModel.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QScopeGuard>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace ScimDesk;

// What assistive technology and the keyboard get, offscreen, beyond what the AT-SPI walk
// (tests/a11y) sees from outside: the licence bar's value, the import's tab order through each
// step, icons beside the red of errors and deprovisioning, a red readable on dark themes and
// the clear buttons' names. The walk checks every window's names; this checks the mechanisms.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void licenceBar_isAProgressBarThatSaysItsCounts();
    void alertColour_isReadableOnLightAndDarkThemes();
    void clearButtons_areNamed();
    void importTabOrder_goesDownEachStepThenToTheButtons();
    void importErrorsAndDeprovisioning_carryAnIconBesidesTheRed();

private:
    ImportDialog *openImport(const QByteArray &csv);
    // The objectNames Tab visits from `start`, until it comes back or leaves `window`.
    static QStringList tabChain(QWidget *start, QWidget *window);

    Test::TestServer m_server;
    Test::UiConsole m_console;
    MainWindow *m_window = nullptr; // m_console's
    QTemporaryDir m_files;
};

void tst_Accessibility::initTestCase()
{
    if (m_console.open(&m_server, 60, 4, QStringLiteral("Accessibility tests")))
        m_window = m_console.window.get();
}

void tst_Accessibility::licenceBar_isAProgressBarThatSaysItsCounts()
{
    LicenceBar bar(Qt::blue);
    bar.setAccessibleName(QStringLiteral("Lucidchart"));
    bar.setAccessibleDescription(QStringLiteral("812 of 1,000 active users hold it, 188 do not"));
    bar.setCounts(812, 1000);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&bar);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::ProgressBar);
    QCOMPARE(accessible->text(QAccessible::Name), u"Lucidchart"_qs);
    QCOMPARE(accessible->text(QAccessible::Value),
             u"812 of 1,000 active users hold it, 188 do not"_qs);
    QAccessibleValueInterface *value = accessible->valueInterface();
    QVERIFY(value);
    QCOMPARE(value->currentValue().toLongLong(), 812);
    QCOMPARE(value->minimumValue().toLongLong(), 0);
    QCOMPARE(value->maximumValue().toLongLong(), 1000);
    value->setCurrentValue(1); // a screen reader cannot change who holds a licence
    QCOMPARE(bar.holders(), 812);
}

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

// WCAG's contrast ratio, 1 to 21; 4.5 is what normal text needs.
double contrast(const QColor &a, const QColor &b)
{
    const double light = qMax(luminance(a), luminance(b));
    const double dark = qMin(luminance(a), luminance(b));
    return (light + 0.05) / (dark + 0.05);
}

// A high-contrast dark theme: near-black backgrounds, white text.
QPalette darkPalette()
{
    QPalette dark = QApplication::palette();
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        dark.setColor(role, QColor(0x12, 0x12, 0x12));
    dark.setColor(QPalette::AlternateBase, QColor(0x24, 0x24, 0x24));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(role, Qt::white);
    return dark;
}

} // namespace

void tst_Accessibility::alertColour_isReadableOnLightAndDarkThemes()
{
    const QPalette light = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    for (const QPalette &palette : {light, darkPalette()}) {
        const QColor alert = Accessibility::alertColour(palette);
        for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base})
            QVERIFY2(contrast(alert, palette.color(role)) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3:1")
                                    .arg(alert.name(), palette.color(role).name())
                                    .arg(contrast(alert, palette.color(role)))));
    }
}

void tst_Accessibility::clearButtons_areNamed()
{
    auto *search = m_window->usersPage()->findChild<QLineEdit *>(QStringLiteral("quickSearch"));
    QVERIFY(search);
    const QList<QToolButton *> buttons = search->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(QAccessible::queryAccessibleInterface(buttons.first())->text(QAccessible::Name),
             u"Clear the search"_qs);
}

ImportDialog *tst_Accessibility::openImport(const QByteArray &csv)
{
    const QString path = m_files.filePath(QStringLiteral("hr.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    file.write(csv);
    file.close();
    return m_console.openImport(path);
}

QStringList tst_Accessibility::tabChain(QWidget *start, QWidget *window)
{
    window->activateWindow();
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return start->hasFocus(); }))
        return {QStringLiteral("(no focus on %1)").arg(start->objectName())};
    QStringList names;
    for (int i = 0; i < 20; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != window || (i > 0 && focus == start))
            break;
        names.append(focus->objectName().isEmpty() ? focus->accessibleName() : focus->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return names;
}

void tst_Accessibility::importTabOrder_goesDownEachStepThenToTheButtons()
{
    QPointer<ImportDialog> dialog
        = openImport("Email,First Name,Last Name\nnew.hire@example.com,New,Hire\n");
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    const auto chooseFile = dialog->findChild<QWidget *>(QStringLiteral("chooseFile"));
    QCOMPARE(tabChain(chooseFile, dialog),
             QStringList({u"chooseFile"_qs, u"encoding"_qs, u"delimiter"_qs, u"previewGrid"_qs,
                          u"nextButton"_qs, u"cancelImport"_qs}));
    dialog->showStep(1);
    QCOMPARE(tabChain(dialog->findChild<QWidget *>(QStringLiteral("matchKey")), dialog),
             QStringList({u"matchKey"_qs, u"templates"_qs, u"saveMapping"_qs, u"mappingTable"_qs,
                          u"Attribute for Email"_qs, u"Attribute for First Name"_qs,
                          u"Attribute for Last Name"_qs, u"backButton"_qs, u"nextButton"_qs,
                          u"cancelImport"_qs}));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void tst_Accessibility::importErrorsAndDeprovisioning_carryAnIconBesidesTheRed()
{
    const UserFilterProxy *users = m_window->usersPage()->proxy();
    QString active;
    for (int row = 0; row < users->rowCount() && active.isEmpty(); ++row) {
        if (users->index(row, 0).data(UserTableModel::ActiveRole).toBool())
            active = users->index(row, 0).data(UserTableModel::UserNameRole).toString();
    }
    QVERIFY(!active.isEmpty());
    // On a dark theme (the red follows it; screenshot "a11y-import-errors-dark").
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
    // The row with an error: a warning icon by its row number, its problem said in words.
    QPointer<ImportDialog> dialog = openImport("Email\nnew.hire@example.com\nnot-an-email\n");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->addButton()->isEnabled());
    const QAbstractItemModel *grid = dialog->grid()->model();
    QVERIFY(grid->headerData(0, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(!grid->headerData(1, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull(),
             qPrintable(dialog->outcomeText() + u" / "
                        + grid->index(1, 1).data(CsvTableModel::ProblemRole).toString() + u" / "
                        + grid->index(1, 1).data().toString()));
    QVERIFY(!grid->index(1, 1).data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    QVERIFY(grid->index(0, 1).data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    QCOMPARE(grid->index(1, 1).data(Qt::ForegroundRole).value<QBrush>().color(),
             Accessibility::alertColour(darkPalette()));
    Test::maybeGrab(*dialog, QStringLiteral("a11y-import-errors-dark"));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // A deactivation: in red and with the icon.
    dialog = openImport("Email\n" + active.toUtf8() + "\n");
    QVERIFY(dialog);
    dialog->setMode(ImportPlanner::Mode::Deprovision);
    QTRY_VERIFY(dialog->addButton()->isEnabled());
    const QAbstractItemModel *changes = dialog->changeList()->model();
    QCOMPARE(changes->rowCount(), 1);
    QVERIFY(changes->index(0, 0).data(PlanDiffModel::DeprovisionRole).toBool());
    QVERIFY(!changes->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(changes->index(0, 0).data(Qt::ForegroundRole).isValid());
    dialog->showStep(2);
    Test::maybeGrab(*dialog, QStringLiteral("a11y-import-deprovision-dark"));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
