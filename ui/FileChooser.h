#pragma once

#include <QString>

class QWidget;

namespace ScimDesk {

// Asks for a file to open, starting in the folder the last file was chosen from by any of the
// console's choosers (plans and HR files tend to land in the same place), and remembers the
// chosen file's folder for next time. Empty when the person cancels.
QString chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter);

} // namespace ScimDesk
