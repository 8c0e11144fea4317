#pragma once

class QCoreApplication;
class QDateTime;
class QString;

namespace ScimDesk {

// Installs ScimDesk's translations for the system locale (LANG, LC_ALL, LC_MESSAGES), with
// the English plural forms beneath them and Qt's own (standard buttons, --help) beside them.
// Installed programs read share/scimdesk/translations; a build tree, the embedded copies.
void installTranslations(QCoreApplication *app);

// A time for people, in local time as the system locale writes it ("30.11.26 14:05" in German);
// never for files or machine output, which keep ISO 8601.
QString displayTime(const QDateTime &time);
// The same for a time a service wrote (ISO 8601, as meta.lastModified); the text as it is when
// it is not one.
QString displayTime(const QString &iso);

} // namespace ScimDesk
