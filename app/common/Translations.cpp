#include "Translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ScimDesk {

namespace {

// Where the .qm files are: next to the installed program first, so that a package's files
// can be updated on their own, then the copies built into the program.
QStringList translationDirs()
{
    return {QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../" SCIMDESK_TRANSLATIONS_DIR)),
            QStringLiteral(":/i18n")};
}

bool install(QCoreApplication *app, const QLocale &locale, const QString &name,
             const QStringList &dirs)
{
    auto *translator = new QTranslator(app);
    for (const QString &dir : dirs) {
        if (translator->load(locale, name, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

} // namespace

void installTranslations(QCoreApplication *app)
{
    const QLocale locale; // the system's, unless a test set another default
    const QStringList dirs = translationDirs();
    // Installed first, so searched last: a language without "1 change" forms falls back to it.
    install(app, QLocale(QLocale::English), QStringLiteral("scimdesk"), dirs);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    install(app, locale, QStringLiteral("scimdesk"), dirs);
    install(app, locale, QStringLiteral("qtbase"),
            {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
}

QString displayTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString displayTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? displayTime(time) : iso;
}

} // namespace ScimDesk
