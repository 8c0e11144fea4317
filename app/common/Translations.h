#pragma once

class QCoreApplication;

namespace ScimDesk {

// Installs ScimDesk's translations for the system locale (LANG, LC_ALL, LC_MESSAGES), with
// the English plural forms beneath them and Qt's own (standard buttons, --help) beside them.
// Installed programs read share/scimdesk/translations; a build tree, the embedded copies.
void installTranslations(QCoreApplication *app);

} // namespace ScimDesk
