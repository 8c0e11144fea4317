#include "Cli.h"

#include "common/AppInfo.h"
#include "common/Memory.h"
#include "common/PrivateFiles.h"
#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    ScimDesk::hardenProcess(); // before the token is read
    ScimDesk::recycleLargeBuffers();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(ScimDesk::AppInfo::organization());
    QCoreApplication::setApplicationName(ScimDesk::AppInfo::name());
    QCoreApplication::setApplicationVersion(ScimDesk::AppInfo::version());
    ScimDesk::installTranslations(&app);
    return ScimDesk::Cli::run(QCoreApplication::arguments().mid(1));
}
