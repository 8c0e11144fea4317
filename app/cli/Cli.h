#pragma once

#include "connections/ConnectionStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ScimDesk {

class ScimClient;
struct ConnectionReport;
struct Plan;
class TokenStore;

namespace Cli {

// The exit codes scripts rely on.
enum ExitCode : int {
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Refused = 3,
    ConnectionFailure = 4,
};

// The commands' text: one translation context, "ScimDesk::Cli", whichever function or class
// asks, because that is the context lupdate gives a tr() in this namespace.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ScimDesk::Cli", text, disambiguation, n);
}

// Shared plumbing for the scimdesk-cli commands: output streams, the connection store, tokens.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(ScimDesk::Cli)

public:
    Context();
    ~Context();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    ConnectionStore &connections() { return m_connections; }
    TokenStore &tokens();
    // The token a script gives (SCIMDESK_TOKEN, for SCIMDESK_CONNECTION), else the keychain's:
    // for commands that open several connections at once.
    TokenStore &automationTokens();

    // Adds --token-file to a command that connects; parse() reads it, client() uses it.
    void offerTokenFile(QCommandLineParser &parser);
    // Reads the options offerTokenFile() added, once `parser` has parsed.
    void takeTokenFile(const QCommandLineParser &parser);
    bool hasTokenFile() const { return m_tokenFile.has_value(); }

    // Prints `message` to stderr prefixed with the program name and returns `code`.
    int fail(int code, const QString &message);

    // The named connection, or prints why not (exit code 2) and returns nothing.
    std::optional<ConnectionProfile> connection(const QString &name, int *exitCode);
    // A client for `profile`, its token from --token-file, SCIMDESK_TOKEN or the keychain. On
    // failure prints the reason and sets `exitCode` (4).
    ScimClient *client(const ConnectionProfile &profile, int *exitCode);
    // client() and discovery: what the service supports and how many users it lists. On
    // failure prints the reason and sets `exitCode` (4 for connection trouble).
    ScimClient *discover(const ConnectionProfile &profile, ConnectionReport *report, int *exitCode);
    // After a read that asked for `asked` resources a page and was served `served`: an automatic
    // page size remembers what the service serves.
    void rememberServedPageSize(const ConnectionProfile &profile, int asked, int served);

private:
    // The token for `profile`, or empty after printing why not and setting `exitCode` (4).
    QString token(const ConnectionProfile &profile, int *exitCode);

    QTextStream m_out;
    QTextStream m_err;
    ConnectionStore m_connections;
    TokenStore *m_tokens = nullptr;
    std::unique_ptr<TokenStore> m_automationTokens;
    ScimClient *m_client = nullptr;
    std::optional<QCommandLineOption> m_tokenFileOption;
    std::optional<QString> m_tokenFile;
};

int run(const QStringList &arguments);

// Parses `arguments` (without the command words) with `parser`, which has its options and
// positional arguments set. Returns -1 to go on, or the exit code after --help or a usage error.
int parse(Context &context, QCommandLineParser &parser, const QStringList &arguments,
          const QString &description);

int connectionCommand(Context &context, const QStringList &arguments);
int usersCommand(Context &context, const QStringList &arguments);
int groupsCommand(Context &context, const QStringList &arguments);
int planCommand(Context &context, const QStringList &arguments);
int showCommand(Context &context, const QStringList &arguments);
// What `show` prints for `plan`, with the time an apply at `concurrency` takes at the service's
// published limits.
void printPlan(Context &context, const Plan &plan, int concurrency);
int applyCommand(Context &context, const QStringList &arguments);
int auditCommand(Context &context, const QStringList &arguments);
int resumeCommand(Context &context, const QStringList &arguments);
int revertCommand(Context &context, const QStringList &arguments);
int findCommand(Context &context, const QStringList &arguments);
int offboardCommand(Context &context, const QStringList &arguments);

// Reads a secret from the terminal without echo. Empty when stdin is not a terminal.
QString promptSecret(const QString &prompt);
bool stdinIsTerminal();
// `rows` (the first one a header) as a plain-text table: columns padded to their widest cell.
QString alignedTable(const QList<QStringList> &rows);
QString readAllStdin();

} // namespace Cli
} // namespace ScimDesk
