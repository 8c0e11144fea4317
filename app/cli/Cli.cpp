#include "Cli.h"

#include "common/AppInfo.h"
#include "connections/EnvironmentTokenStore.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"
#include "secrets/KeychainTokenStore.h"
#include "secrets/TokenFile.h"

namespace ScimDesk::Cli {

namespace {

QString commandList()
{
    return tr(
        "Usage: scimdesk-cli COMMAND [ARGS] [--help]\n"
        "\n"
        "Provision and inspect users in SCIM 2.0 services (Lucid and others) from scripts.\n"
        "\n"
        "Commands:\n"
        "  connection add NAME --url URL [--preset PRESET] [--token-stdin] [--page-size N|auto]\n"
        "                             save a connection; the token goes to the OS keychain\n"
        "  connection list [--json]   list saved connections\n"
        "  connection test NAME [--json]\n"
        "                             check reachability, token, capabilities, user count\n"
        "  connection set NAME [--licence-group LICENCE=GROUP ...] [--licence-mode MODE]\n"
        "                 [--page-size N|auto]\n"
        "                             licences by attribute or by group; the page size\n"
        "  connection auth NAME --lucid-rest [--client-id ID] [--client-secret-stdin]\n"
        "                             sign in for Lucid's REST API (prints a URL to open)\n"
        "  connection remove NAME     delete a connection and its keychain token\n"
        "  users list -c NAME [--filter EXPR] [--format table|csv|json]\n"
        "  groups list -c NAME [--format table|csv|json]\n"
        "                             every page printed as it arrives\n"
        "  plan -c NAME --csv FILE --mode provision|deprovision|sync -o PLAN.json\n"
        "       [--map 'HEADER=ATTRIBUTE' ...] [--mapping TEMPLATE] [--match KEY]\n"
        "       [--deprovision-action deactivate|delete] [--encoding E] [--delimiter D]\n"
        "       [--skip-invalid] [--json]\n"
        "                             turn an HR file into a plan (sends nothing)\n"
        "  show PLAN.json             what a plan will send: counts, diffs, requests\n"
        "  apply PLAN.json [--yes] [--concurrency N] [--allow-mass-deprovision N] [--json]\n"
        "                             send a plan, verify it, record it in the audit log;\n"
        "                             a plan with sections applies each to its connection\n"
        "  resume [-c NAME] [--yes]   finish interrupted applies from their journals\n"
        "  resume -c NAME --set-aside [--yes]\n"
        "                             give up on an apply that cannot be finished\n"
        "  audit -c NAME [--format csv|json]\n"
        "                             what was applied to a connection\n"
        "  audit -c NAME --runs [--format table|csv|json]\n"
        "                             the applies (runs) to a connection\n"
        "  revert -c NAME (--run RUN_ID | --last) -o PLAN.json [--delete-created]\n"
        "         [--include-conflicts] [--json]\n"
        "                             turn an applied run back into a plan (sends nothing)\n"
        "  find EMAIL_OR_USERNAME [--json]\n"
        "                             one person's accounts on every saved connection\n"
        "  offboard (EMAIL... | --csv FILE) (--all-connections | --connections A,B)\n"
        "           -o PLAN.json [--deprovision-action deactivate|delete]\n"
        "           [--documents-to manager|EMAIL] [--json]\n"
        "                             one plan to offboard people everywhere, a section\n"
        "                             per connection (sends nothing)\n"
        "\n"
        "The token is read from the OS keychain. For automation, set the environment\n"
        "variable SCIMDESK_TOKEN instead; it is never written anywhere. Set\n"
        "SCIMDESK_CONNECTION=NAME too, so that token is used for that connection only.\n"
        "\n"
        "Exit codes: 0 ok; 1 some changes failed or were not applied; 2 usage or bad\n"
        "input; 3 refused by a guard (nothing sent); 4 connection or authentication failure.\n"
        "Run 'scimdesk-cli COMMAND --help' for a command's options.\n");
}

QString usage()
{
    return commandList()
        + QCoreApplication::translate(
               "Cli",
               "\n"
               "Unattended runs (a systemd timer, say): the commands that connect also take\n"
               "--token-file FILE, a file only its owner can read or a systemd credential.\n");
}

} // namespace

Context::Context()
    : m_out(stdout)
    , m_err(stderr)
{ }

Context::~Context()
{
    delete m_client;
    delete m_tokens;
}

TokenStore &Context::tokens()
{
    if (!m_tokens)
        m_tokens = new KeychainTokenStore;
    return *m_tokens;
}

TokenStore &Context::automationTokens()
{
    if (!m_automationTokens)
        m_automationTokens = std::make_unique<EnvironmentTokenStore>(&tokens(), &m_connections);
    return *m_automationTokens;
}

void Context::rememberServedPageSize(const ConnectionProfile &profile, int asked, int served)
{
    ConnectionProfile learnt = profile;
    if (learnt.learnServedPageSize(asked, served))
        m_connections.rememberServedPageSize(profile.id, learnt.servedPageSize);
}

int Context::fail(int code, const QString &message)
{
    m_err << "scimdesk-cli: " << message << Qt::endl;
    return code;
}

std::optional<ConnectionProfile> Context::connection(const QString &name, int *exitCode)
{
    if (name.isEmpty()) {
        *exitCode = fail(Usage,
                         tr("Name a connection with -c NAME ('scimdesk-cli connection "
                            "list' shows them)."));
        return std::nullopt;
    }
    auto profile = m_connections.find(name);
    if (!profile) {
        *exitCode = fail(Usage,
                         tr("No connection named \"%1\" — 'scimdesk-cli connection list' "
                            "shows the saved ones.")
                             .arg(name));
    }
    return profile;
}

void Context::offerTokenFile(QCommandLineParser &parser)
{
    m_tokenFileOption.emplace(
        QStringLiteral("token-file"),
        tr("Read the token from FILE instead of the keychain: a file only its owner can read "
           "(chmod 600), holding the token alone. In a systemd unit, pass a credential: "
           "LoadCredential=scimdesk-token:PATH and --token-file "
           "${CREDENTIALS_DIRECTORY}/scimdesk-token. The token is used as read and never "
           "stored."),
        QStringLiteral("FILE"));
    parser.addOption(*m_tokenFileOption);
}

void Context::takeTokenFile(const QCommandLineParser &parser)
{
    if (m_tokenFileOption && parser.isSet(*m_tokenFileOption))
        m_tokenFile = parser.value(*m_tokenFileOption);
}

QString Context::token(const ConnectionProfile &profile, int *exitCode)
{
    if (m_tokenFile) {
        QString error;
        const QString token = TokenFile::read(*m_tokenFile, &error);
        if (token.isEmpty())
            *exitCode = fail(ConnectionFailure, error);
        return token;
    }
    // The environment token belongs to one service: with SCIMDESK_CONNECTION set, only to that
    // connection, so a script never sends one service's token to another.
    if (QString token = EnvironmentTokenStore::environmentToken(profile.id, profile.name);
        !token.isEmpty())
        return token;
    const TokenResult result = waitFor([&](const QObject *ctx, TokenStore::Callback done) {
        tokens().read(profile.id, ctx, std::move(done));
    });
    if (result.status == TokenResult::Status::NotFound) {
        *exitCode = fail(ConnectionFailure,
                         tr("No token is stored for \"%1\" — store one with 'scimdesk-cli "
                            "connection add' (after 'connection remove'), or set "
                            "SCIMDESK_TOKEN.")
                             .arg(profile.name));
        return {};
    }
    if (!result.ok()) {
        *exitCode = fail(ConnectionFailure, result.message());
        return {};
    }
    return result.token;
}

ScimClient *Context::client(const ConnectionProfile &profile, int *exitCode)
{
    const ScimError urlError = ScimClient::checkBaseUrl(profile.baseUrl);
    if (urlError.isError()) {
        *exitCode = fail(ConnectionFailure, urlError.message());
        return nullptr;
    }
    const QString token = this->token(profile, exitCode);
    if (token.isEmpty())
        return nullptr;

    delete m_client;
    m_client = new ScimClient;
    m_client->setBaseUrl(profile.baseUrl);
    m_client->setToken(token);
    m_client->setRateLimits(RateLimits::forConnection(profile.presetId, profile.baseUrl));
    return m_client;
}

ScimClient *Context::discover(const ConnectionProfile &profile, ConnectionReport *report,
                              int *exitCode)
{
    ScimClient *scim = client(profile, exitCode);
    if (!scim)
        return nullptr;
    ServiceDiscovery discovery(scim, Preset::byId(profile.presetId));
    discovery.setAccounts(profile.protectedAccounts); // the guards know them by id too
    *report = discovery.run();
    if (!report->ok()) {
        // Whatever stops discovery (unreachable, rejected token, wrong path, not SCIM) is a
        // connection problem for the person: exit 4.
        *exitCode = fail(ConnectionFailure, report->error.message());
        return nullptr;
    }
    return scim;
}

int parse(Context &context, QCommandLineParser &parser, const QStringList &arguments,
          const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("scimdesk-cli")} + arguments)) {
        return context.fail(Usage, parser.errorText() + u' ' + tr("(see --help)"));
    }
    if (parser.isSet(help)) {
        context.out() << parser.helpText();
        return Ok;
    }
    context.takeTokenFile(parser);
    return -1;
}

int run(const QStringList &arguments)
{
    Context context;
    if (arguments.isEmpty()) {
        context.err() << usage();
        return Usage;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        context.out() << usage();
        return Ok;
    }
    if (command == u"--version" || command == u"-v") {
        context.out() << "scimdesk-cli " << AppInfo::version() << Qt::endl;
        return Ok;
    }
    if (command == u"connection")
        return connectionCommand(context, rest);
    if (command == u"users")
        return usersCommand(context, rest);
    if (command == u"groups")
        return groupsCommand(context, rest);
    if (command == u"plan")
        return planCommand(context, rest);
    if (command == u"show")
        return showCommand(context, rest);
    if (command == u"apply")
        return applyCommand(context, rest);
    if (command == u"audit")
        return auditCommand(context, rest);
    if (command == u"resume")
        return resumeCommand(context, rest);
    if (command == u"revert")
        return revertCommand(context, rest);
    if (command == u"find")
        return findCommand(context, rest);
    if (command == u"offboard")
        return offboardCommand(context, rest);

    context.err() << tr("scimdesk-cli: unknown command \"%1\".").arg(command) << "\n\n" << usage();
    return Usage;
}

} // namespace ScimDesk::Cli
