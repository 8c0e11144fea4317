#include "FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ScimDesk {

namespace {

const QString LastFolderKey = QStringLiteral("files/lastFolder");

} // namespace

QString rememberedFolder()
{
    const QString folder = QSettings().value(LastFolderKey).toString();
    // A folder since removed (a USB stick, a temporary folder) is no place to start.
    return !folder.isEmpty() && QFileInfo(folder).isDir()
        ? folder
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolderOf(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
}

QString chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, rememberedFolder(), filter);
    rememberFolderOf(path);
    return path;
}

QString chooseFileToSave(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(rememberedFolder()).filePath(suggestedName), filter);
    rememberFolderOf(path);
    return path;
}

} // namespace ScimDesk
