#include "MainWindow.h"

#include "common/AppInfo.h"
#include "common/Memory.h"
#include "common/PrivateFiles.h"
#include "common/Translations.h"
#include "secrets/KeychainTokenStore.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption connection {
        {QStringLiteral("c"), QStringLiteral("connection")},
        QCoreApplication::translate("main", "Open this connection."),
        QStringLiteral("NAME")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Desktop console for provisioning users and licences over SCIM 2.0."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(connection);
        parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("main",
                                        "A CSV file to import, or a plan (.json) to review; a "
                                        "plan opens the connection it was made for."),
            QStringLiteral("[FILE]"));
    }
};

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    ScimDesk::hardenProcess(); // before the token is read
    ScimDesk::recycleLargeBuffers();
    QCoreApplication::setOrganizationName(ScimDesk::AppInfo::organization());
    QCoreApplication::setApplicationName(ScimDesk::AppInfo::name());
    QCoreApplication::setApplicationVersion(ScimDesk::AppInfo::version());
    if (asksForHelpOrVersion(argc, argv)) {
        // Answered before any window system is touched, so it works without a display.
        QCoreApplication app(argc, argv);
        ScimDesk::installTranslations(&app);
        CommandLine().parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    ScimDesk::installTranslations(&app);
    QApplication::setDesktopFileName(ScimDesk::AppInfo::id());
    CommandLine commandLine;
    commandLine.parser.process(app);

    ScimDesk::ConnectionStore connections;
    ScimDesk::KeychainTokenStore tokens;
    ScimDesk::MainWindow window(&connections, &tokens);
    window.show();
    window.openInitialConnection(commandLine.parser.value(commandLine.connection),
                                 commandLine.parser.positionalArguments().value(0));
    return app.exec();
}
