#pragma once

#include <QString>

class QWidget;

namespace ScimDesk {

// The console's file choosers start in the folder the last file was opened from or saved to by
// any of them (plans, HR files and exports tend to land in the same place; Documents the first
// time), and remember the chosen file's folder for next time. Empty when the person cancels.
QString chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter);
// The same to save a file, offering `suggestedName` in that folder.
QString chooseFileToSave(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter);

// For a chooser of its own making: the folder to start in, and remembering the chosen file's.
QString rememberedFolder();
void rememberFolderOf(const QString &path);

} // namespace ScimDesk
