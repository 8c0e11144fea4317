#include "FileChooser.h"
#include "UiModal.h"

#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

// Every file chooser of the console starts where the person last opened or saved a file, with
// whichever chooser: an admin who takes the HR export from one folder finds it there again to
// offboard, and saves the plan next to it.
class tst_FileChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void choosers_startWhereTheLastFileWas();
    void cancel_remembersNothing();
    void removedFolder_startsInDocuments();

private:
    // Runs `choose` with the chooser answered by `answer`; what the chooser showed: its folder
    // and the name it offered.
    struct Shown
    {
        QString folder;
        QString offered;
    };
    static Shown answer(const std::function<void()> &choose, const QString &path);

    QTemporaryDir m_dir;
};

void tst_FileChooser::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("files"));
    QVERIFY(m_dir.isValid());
}

tst_FileChooser::Shown tst_FileChooser::answer(const std::function<void()> &choose,
                                               const QString &path)
{
    Shown shown;
    Test::onNextModal([&shown, path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        shown.folder = dialog->directory().absolutePath();
        shown.offered = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        if (path.isEmpty()) {
            dialog->reject();
        } else {
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept"); // as Open or Save does
        }
    });
    choose();
    return shown;
}

void tst_FileChooser::choosers_startWhereTheLastFileWas()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(documents);
    const QString hr = m_dir.filePath(QStringLiteral("hr"));
    const QString plans = m_dir.filePath(QStringLiteral("plans"));
    QVERIFY(QDir().mkpath(hr) && QDir().mkpath(plans));
    QFile leavers(hr + QStringLiteral("/leavers.csv"));
    QVERIFY(leavers.open(QIODevice::WriteOnly));
    leavers.write("email\r\nada@example.com\r\n");
    leavers.close();

    // The first time: Documents. The HR file is opened from its folder...
    QString chosen;
    Shown shown = answer(
        [&] {
            chosen = chooseFileToOpen(nullptr, QStringLiteral("Leavers file"),
                                      QStringLiteral("CSV files (*.csv)"));
        },
        leavers.fileName());
    QCOMPARE(QDir(shown.folder), QDir(documents));
    QCOMPARE(QFileInfo(chosen), QFileInfo(leavers.fileName()));

    // ... so the plan is offered in that folder, under its suggested name.
    const QString plan = plans + QStringLiteral("/offboarding.json");
    shown = answer(
        [&] {
            chosen = chooseFileToSave(nullptr, QStringLiteral("Save the offboarding plan"),
                                      QStringLiteral("offboarding.json"),
                                      QStringLiteral("Plans (*.json)"));
        },
        plan);
    QCOMPARE(QDir(shown.folder), QDir(hr));
    QCOMPARE(shown.offered, QStringLiteral("offboarding.json"));
    QCOMPARE(QFileInfo(chosen).absolutePath(), QFileInfo(plan).absolutePath());

    // It was saved elsewhere: the next chooser, of any kind, starts there.
    shown = answer(
        [&] { chooseFileToOpen(nullptr, QStringLiteral("Open a plan"), QStringLiteral("*.json")); },
        {});
    QCOMPARE(QDir(shown.folder), QDir(plans));
    QCOMPARE(QDir(rememberedFolder()), QDir(plans));
}

void tst_FileChooser::cancel_remembersNothing()
{
    rememberFolderOf(m_dir.filePath(QStringLiteral("somewhere.csv")));
    QString chosen = QStringLiteral("not asked");
    const Shown shown = answer(
        [&] {
            chosen = chooseFileToSave(nullptr, QStringLiteral("Export"), QStringLiteral("x.csv"),
                                      QStringLiteral("*.csv"));
        },
        {});
    QCOMPARE(QDir(shown.folder), QDir(m_dir.path()));
    QVERIFY(chosen.isEmpty());
    QCOMPARE(QDir(rememberedFolder()), QDir(m_dir.path()));
}

void tst_FileChooser::removedFolder_startsInDocuments()
{
    const QString gone = m_dir.filePath(QStringLiteral("usb-stick"));
    QVERIFY(QDir().mkpath(gone));
    rememberFolderOf(gone + QStringLiteral("/hr.csv"));
    QCOMPARE(QDir(rememberedFolder()), QDir(gone));
    QVERIFY(QDir(gone).removeRecursively());
    QCOMPARE(rememberedFolder(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QTEST_MAIN(tst_FileChooser)
#include "tst_filechooser.moc"
