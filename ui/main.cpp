#include "MainWindow.h"

#include "common/AppInfo.h"
#include "secrets/KeychainTokenStore.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(ScimDesk::AppInfo::organization());
    QApplication::setApplicationName(ScimDesk::AppInfo::name());
    QApplication::setApplicationVersion(ScimDesk::AppInfo::version());
    QApplication::setDesktopFileName(ScimDesk::AppInfo::id());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Desktop console for provisioning users and licences over SCIM 2.0."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connection({QStringLiteral("c"), QStringLiteral("connection")},
                                        QApplication::translate("main", "Open this connection."),
                                        QStringLiteral("NAME"));
    parser.addOption(connection);
    parser.process(app);

    ScimDesk::ConnectionStore connections;
    ScimDesk::KeychainTokenStore tokens;
    ScimDesk::MainWindow window(&connections, &tokens);
    window.show();
    window.openInitialConnection(parser.value(connection));
    return app.exec();
}
