#include "FileChooser.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    // Runs `choose` and cancels the chooser it opens; what the chooser showed: its folder and
    // the name it offered.
    struct Shown
    {
        QString folder;
        QString offered;
    };
    static Shown cancelled(const std::function<void()> &choose);

    QTemporaryDir m_dir;
};

void tst_FileChooser::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("files"));
    QVERIFY(m_dir.isValid());
}

tst_FileChooser::Shown tst_FileChooser::cancelled(const std::function<void()> &choose)
{
    // Cancels the chooser `choose` opens, once it is the modal window; anything modal still
    // open after that is closed, so that the test fails instead of waiting forever.
    Shown shown;
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (answered && modal) {
            modal->close();
            return;
        }
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog || !dialog->isVisible())
            return;
        answered = true;
        shown.folder = dialog->directory().absolutePath();
        shown.offered = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        dialog->reject();
        poll.setInterval(1000);
    });
    poll.start();
    choose();
    poll.stop();
    if (!answered)
        shown.folder = QStringLiteral("(no chooser opened)");
    return shown;
}

void tst_FileChooser::choosers_startWhereTheLastFileWas()
{
    // (Each chooser is answered with Cancel: what it shows is the point, and choosing a file in
    // Qt's own dialog depends on its file list having been read.)
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(documents);
    const QString hr = m_dir.filePath(QStringLiteral("hr"));
    const QString plans = m_dir.filePath(QStringLiteral("plans"));
    QVERIFY(QDir().mkpath(hr) && QDir().mkpath(plans));

    // The first time: Documents.
    Shown shown = cancelled([&] {
        chooseFileToOpen(nullptr, QStringLiteral("Leavers file"),
                         QStringLiteral("CSV files (*.csv)"));
    });
    QCOMPARE(QDir(shown.folder), QDir(documents));

    // The HR file was opened from its folder: the plan is offered there, under its name.
    rememberFolderOf(hr + QStringLiteral("/leavers.csv"));
    shown = cancelled([&] {
        chooseFileToSave(nullptr, QStringLiteral("Save the offboarding plan"),
                         QStringLiteral("offboarding.json"), QStringLiteral("Plans (*.json)"));
    });
    QCOMPARE(QDir(shown.folder), QDir(hr));
    QCOMPARE(shown.offered, QStringLiteral("offboarding.json"));

    // It was saved elsewhere: the next chooser, of any kind, starts there.
    rememberFolderOf(plans + QStringLiteral("/offboarding.json"));
    shown = cancelled([&] {
        chooseFileToOpen(nullptr, QStringLiteral("Open a plan"), QStringLiteral("*.json"));
    });
    QCOMPARE(QDir(shown.folder), QDir(plans));
}

void tst_FileChooser::cancel_remembersNothing()
{
    rememberFolderOf(m_dir.filePath(QStringLiteral("somewhere.csv")));
    QString chosen = QStringLiteral("not asked");
    const Shown shown = cancelled([&] {
        chosen = chooseFileToSave(nullptr, QStringLiteral("Export"), QStringLiteral("x.csv"),
                                  QStringLiteral("*.csv"));
    });
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
