#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace ScimDesk::Test {

class TestServer;

// What a CLI test needs before it starts: the Secret Service session, the test service (set in
// `server`) and the CLI at `binary`. Empty when all are there, else why the test cannot run.
QString cliPrerequisites(TestServer *server, const QString &binary);

// scimdesk-cli run as a script runs it: its own settings folder, no token in the environment
// unless the test gives one.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The environment such a run gets: the system's, with XDG_CONFIG_HOME at `configDir`, without
// SCIMDESK_TOKEN, then `extra`.
QProcessEnvironment cliEnvironment(const QString &configDir, const QProcessEnvironment &extra = {});
// Runs `binary` with `arguments`, `input` on its standard input, and waits (two minutes at most).
CliResult runCli(const QString &binary, const QString &configDir, const QStringList &arguments,
                 const QByteArray &input = {}, const QProcessEnvironment &extra = {});

} // namespace ScimDesk::Test
