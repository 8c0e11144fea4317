#include "FileChooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ScimDesk {

QString chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter)
{
    QSettings settings;
    const QString lastFolderKey = QStringLiteral("files/lastFolder");
    const QString path = QFileDialog::getOpenFileName(
        parent, title,
        settings
            .value(lastFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString(),
        filter);
    if (!path.isEmpty())
        settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace ScimDesk
