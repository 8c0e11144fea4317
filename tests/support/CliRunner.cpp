#include "CliRunner.h"

#include "TestServer.h"

#include <QFile>
#include <QProcess>

namespace ScimDesk::Test {

QString cliPrerequisites(TestServer *server, const QString &binary)
{
    if (qEnvironmentVariableIsEmpty("SCIMDESK_KEYRING_SESSION"))
        return QStringLiteral("needs the Secret Service: run through ctest");
    QString error;
    *server = TestServer::fromEnvironment(&error);
    if (!error.isEmpty())
        return error;
    if (!QFile::exists(binary))
        return QStringLiteral("no scimdesk-cli at %1").arg(binary);
    return {};
}

QProcessEnvironment cliEnvironment(const QString &configDir, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.remove(QStringLiteral("SCIMDESK_TOKEN"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

CliResult runCli(const QString &binary, const QString &configDir, const QStringList &arguments,
                 const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(configDir, extra));
    process.start(binary, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        qWarning("scimdesk-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace ScimDesk::Test
