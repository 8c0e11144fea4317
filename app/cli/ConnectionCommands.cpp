#include "Cli.h"

#include "lucid/LucidRestTokens.h"
#include "lucid/LucidSignIn.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"
#include "scim/UserAttributes.h"
#include "secrets/KeychainTokenStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ScimDesk::Cli {

namespace {

// The options of 'connection add'.
struct AddOptions
{
    QCommandLineOption url;
    QCommandLineOption preset;
    QCommandLineOption tokenStdin;
    QCommandLineOption pageSize;
    QCommandLineOption concurrency;
    QCommandLineOption match;
    QCommandLineOption protect;
    QCommandLineOption threshold;
    QCommandLineOption licenceGroup;
};

QCommandLineOption pageSizeOption()
{
    return QCommandLineOption(
        QStringLiteral("page-size"),
        tr("Resources to ask for per page, or 'auto' (the default): the largest page the "
           "service allows (its maxResults, at most %1), or what it serves when that is fewer, "
           "remembered for the connection. A number always wins.")
            .arg(ConnectionProfile::MaxAutomaticPageSize),
        QStringLiteral("N|auto"));
}

// Applies --page-size; false when its value is neither a positive number nor "auto".
bool applyPageSize(const QCommandLineParser &parser, const QCommandLineOption &option,
                   ConnectionProfile *profile)
{
    if (!parser.isSet(option))
        return true;
    const QString value = parser.value(option).trimmed();
    if (value.compare(u"auto", Qt::CaseInsensitive) == 0) {
        profile->pageSize = 0;
        profile->servedPageSize = 0; // learnt again at the next read
        return true;
    }
    bool ok = false;
    profile->pageSize = value.toInt(&ok);
    return ok && profile->pageSize > 0;
}

QCommandLineOption licenceGroupOption()
{
    return QCommandLineOption(
        QStringLiteral("licence-group"),
        tr("LICENCE=GROUP: membership in the group with displayName GROUP grants LICENCE "
           "(repeatable; an empty GROUP removes the licence's group). Switches the connection to "
           "licences by group, as Lucid accounts with organisational groups need."),
        QStringLiteral("LICENCE=GROUP"));
}

// Applies --licence-group entries to `profile`; empty on success, else what is wrong.
QString applyLicenceGroups(const QStringList &entries, ConnectionProfile *profile)
{
    const QStringList licences = Preset::byId(profile->presetId).licenceNames;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString licence = entry.first(qMax<qsizetype>(0, equals)).trimmed();
        const QString group = entry.mid(equals + 1).trimmed();
        if (equals <= 0)
            return tr("--licence-group takes LICENCE=GROUP, e.g. 'Lucidchart=Lucidchart users'.");
        if (!licences.contains(licence))
            return licences.isEmpty()
                ? tr("The preset \"%1\" knows no licences.").arg(profile->presetId)
                : tr("Unknown licence \"%1\"; this connection's licences are: %2.")
                      .arg(licence, licences.join(u", "));
        if (group.isEmpty())
            profile->licenceGroups.remove(licence);
        else
            profile->licenceGroups.insert(licence, group);
    }
    if (!entries.isEmpty())
        profile->licenceMode = ConnectionProfile::LicenceMode::Group;
    return {};
}

AddOptions addOptions()
{
    return {
        QCommandLineOption(QStringLiteral("url"),
                           tr("The SCIM base URL, e.g. https://users.lucid.app/scim/v2."),
                           QStringLiteral("URL")),
        QCommandLineOption(
            QStringLiteral("preset"),
            tr("Service preset: %1 (default: generic).").arg(Preset::ids().join(u", ")),
            QStringLiteral("PRESET"), QStringLiteral("generic")),
        QCommandLineOption(QStringLiteral("token-stdin"),
                           tr("Read the token from standard input (otherwise you are asked for "
                              "it, without echo, on a terminal).")),
        pageSizeOption(),
        QCommandLineOption(QStringLiteral("concurrency"),
                           tr("Requests in flight at once (default: the preset's)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("match"),
                           tr("Matching attribute: userName, externalId or email."),
                           QStringLiteral("ATTRIBUTE")),
        QCommandLineOption(QStringLiteral("protect"),
                           tr("A userName that may never be deactivated or deleted "
                              "(repeatable)."),
                           QStringLiteral("USERNAME")),
        QCommandLineOption(
            QStringLiteral("deprovision-threshold"),
            tr("Deactivating or deleting more users than N at once needs confirming (default: 10 "
               "users or 5 % of the directory, whichever is smaller)."),
            QStringLiteral("N")),
        licenceGroupOption(),
    };
}

// Fills in what the options say beyond the name and preset; empty on success, else what is
// wrong with them.
QString applyOptions(const QCommandLineParser &parser, const AddOptions &options,
                     ConnectionProfile *profile)
{
    profile->baseUrl = QUrl(parser.value(options.url), QUrl::StrictMode);
    if (const QString why = ConnectionProfile::urlError(profile->baseUrl); !why.isEmpty())
        return why;
    if (const ScimError error = ScimClient::checkBaseUrl(profile->baseUrl); error.isError())
        return error.message();
    const auto positive = [&](const QCommandLineOption &option, int &target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1)
            return false;
        target = value;
        return true;
    };
    if (!applyPageSize(parser, options.pageSize, profile))
        return tr("--page-size takes a positive number or 'auto'.");
    if (!positive(options.concurrency, profile->concurrency))
        return tr("--concurrency takes a positive number.");
    if (parser.isSet(options.match)) {
        MatchKey match;
        if (!UserAttributes::matchFromName(parser.value(options.match), &match))
            return tr("--match takes userName, externalId or email.");
        profile->matchAttribute = UserAttributes::matchName(match);
    }
    profile->protectedAccounts = parser.values(options.protect);
    if (parser.isSet(options.threshold)) {
        bool ok = false;
        profile->deprovisionThreshold = parser.value(options.threshold).toInt(&ok);
        if (!ok || profile->deprovisionThreshold < 0)
            return tr("--deprovision-threshold takes a number of users.");
    }
    return applyLicenceGroups(parser.values(options.licenceGroup), profile);
}

// Reads the token for connection `name` from standard input or, on a terminal, by asking.
// Returns -1 to go on, or the exit code after saying what is wrong.
int readToken(Context &context, bool fromStdin, const QString &name, QString *token)
{
    if (fromStdin) {
        *token = readAllStdin().trimmed();
    } else if (stdinIsTerminal()) {
        *token = promptSecret(tr("Token for %1: ").arg(name)).trimmed();
    } else {
        return context.fail(Usage,
                            tr("No terminal to ask for the token: pass it on standard "
                               "input with --token-stdin."));
    }
    if (token->isEmpty())
        return context.fail(Usage, tr("The token is empty; nothing was saved."));
    return -1;
}

// Stores the token in the keychain, then the profile; neither is kept when either fails.
int saveConnection(Context &context, const ConnectionProfile &profile, const QString &token)
{
    const TokenResult stored = waitFor([&](const QObject *ctx, TokenStore::Callback done) {
        context.tokens().write(profile.id, token, ctx, std::move(done));
    });
    if (!stored.ok())
        return context.fail(ConnectionFailure,
                            stored.message() + u' ' + tr("The connection was not saved."));
    if (const QString error = context.connections().save(profile); !error.isEmpty()) {
        waitFor([&](const QObject *ctx, TokenStore::Callback done) {
            context.tokens().remove(profile.id, ctx, std::move(done));
        });
        return context.fail(Usage, error);
    }
    context.out() << tr("Saved connection \"%1\" (%2); its token is in the keychain.")
                         .arg(profile.name, profile.baseUrl.toDisplayString())
                  << Qt::endl;
    return Ok;
}

int add(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection add NAME"),
                                 tr("A name for the connection, e.g. \"Lucid production\"."));
    const AddOptions options = addOptions();
    parser.addOptions({options.url, options.preset, options.tokenStdin, options.pageSize,
                       options.concurrency, options.match, options.protect, options.threshold,
                       options.licenceGroup});
    if (int code = parse(context, parser, arguments,
                         tr("Save a connection to a SCIM service. The token is stored in the OS "
                            "keychain, never in a file."));
        code >= 0)
        return code;

    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return context.fail(Usage, tr("Give exactly one NAME (quote it if it has spaces)."));
    if (!parser.isSet(options.url))
        return context.fail(Usage, tr("--url URL is required."));
    const QString preset = parser.value(options.preset);
    if (!Preset::exists(preset))
        return context.fail(
            Usage,
            tr("Unknown preset \"%1\"; choose one of: %2.").arg(preset, Preset::ids().join(u", ")));
    if (context.connections().findByName(names.first()))
        return context.fail(Usage,
                            tr("A connection named \"%1\" already exists — remove it "
                               "first with 'scimdesk-cli connection remove'.")
                                .arg(names.first()));

    ConnectionProfile profile = ConnectionProfile::fromPreset(preset);
    profile.name = names.first();
    if (const QString error = applyOptions(parser, options, &profile); !error.isEmpty())
        return context.fail(Usage, error);

    QString token;
    if (int code = readToken(context, parser.isSet(options.tokenStdin), profile.name, &token);
        code >= 0)
        return code;
    return saveConnection(context, profile, token);
}

QJsonObject licenceGroups(const ConnectionProfile &profile)
{
    QJsonObject groups;
    for (auto it = profile.licenceGroups.cbegin(); it != profile.licenceGroups.cend(); ++it)
        groups.insert(it.key(), it.value());
    return groups;
}

int set(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection set NAME"), QString());
    const QCommandLineOption licenceGroup = licenceGroupOption();
    const QCommandLineOption pageSize = pageSizeOption();
    const QCommandLineOption licenceMode(
        QStringLiteral("licence-mode"),
        tr("attribute: licences are the user's licence attributes; group: membership in each "
           "licence's group (set with --licence-group)."),
        QStringLiteral("MODE"));
    parser.addOptions({licenceGroup, licenceMode, pageSize});
    if (int code = parse(context, parser, arguments,
                         tr("Change how a saved connection gives and takes away licences, or its "
                            "page size. Sends nothing; the groups are checked against the "
                            "service when a plan is made."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one connection NAME."));
    if (!parser.isSet(licenceGroup) && !parser.isSet(licenceMode) && !parser.isSet(pageSize))
        return context.fail(
            Usage, tr("Nothing to change: give --licence-group, --licence-mode or --page-size."));
    int code = Ok;
    std::optional<ConnectionProfile> profile
        = context.connection(parser.positionalArguments().first(), &code);
    if (!profile)
        return code;
    if (const QString error = applyLicenceGroups(parser.values(licenceGroup), &*profile);
        !error.isEmpty())
        return context.fail(Usage, error);
    if (parser.isSet(licenceMode)
        && !ConnectionProfile::licenceModeFromName(parser.value(licenceMode),
                                                   &profile->licenceMode))
        return context.fail(Usage, tr("--licence-mode takes attribute or group."));
    if (!applyPageSize(parser, pageSize, &*profile))
        return context.fail(Usage, tr("--page-size takes a positive number or 'auto'."));
    if (profile->licencesByGroup() && profile->licenceGroups.isEmpty())
        return context.fail(Usage,
                            tr("Licences by group need at least one --licence-group "
                               "LICENCE=GROUP."));
    if (const QString error = context.connections().save(*profile); !error.isEmpty())
        return context.fail(Usage, error);
    if (parser.isSet(pageSize))
        context.out() << (profile->automaticPageSize()
                              ? tr("\"%1\" now reads the largest pages the service allows.")
                                    .arg(profile->name)
                              : tr("\"%1\" now reads %2 resources a page.")
                                    .arg(profile->name)
                                    .arg(profile->pageSize))
                      << Qt::endl;
    if (!parser.isSet(licenceGroup) && !parser.isSet(licenceMode))
        return Ok;
    QStringList groups;
    for (auto it = profile->licenceGroups.cbegin(); it != profile->licenceGroups.cend(); ++it)
        groups.append(tr("%1 → \"%2\"").arg(it.key(), it.value()));
    context.out() << (profile->licencesByGroup()
                          ? tr("\"%1\" now gives licences by group: %2.")
                                .arg(profile->name, groups.join(u", "))
                          : tr("\"%1\" now gives licences by attribute.").arg(profile->name))
                  << Qt::endl;
    return Ok;
}

int list(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection list"), QString());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (int code = parse(context, parser, arguments, tr("List saved connections.")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Usage, tr("'connection list' takes no arguments."));

    const auto profiles = context.connections().list();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &profile : profiles) {
            array.append(QJsonObject {
                {QStringLiteral("id"), profile.id},
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("url"), profile.baseUrl.toString(QUrl::RemoveUserInfo)},
                {QStringLiteral("preset"), profile.presetId},
                {QStringLiteral("matchAttribute"), profile.matchAttribute},
                {QStringLiteral("pageSize"),
                 profile.automaticPageSize() ? QJsonValue(QStringLiteral("auto"))
                                             : QJsonValue(profile.pageSize)},
                {QStringLiteral("servedPageSize"),
                 profile.servedPageSize > 0 ? QJsonValue(profile.servedPageSize) : QJsonValue()},
                {QStringLiteral("concurrency"), profile.concurrency},
                {QStringLiteral("protectedAccounts"),
                 QJsonArray::fromStringList(profile.protectedAccounts)},
                {QStringLiteral("deprovisionThreshold"), profile.deprovisionThreshold},
                {QStringLiteral("licenceMode"),
                 ConnectionProfile::licenceModeName(profile.licenceMode)},
                {QStringLiteral("licenceGroups"), licenceGroups(profile)},
                // As the preset says, or (learnt) as an apply saw the service do it.
                {QStringLiteral("deactivationRevokesLicences"),
                 profile.revokesLicencesOnDeactivation()},
                {QStringLiteral("deactivationRevokesLicencesLearnt"),
                 profile.deactivationRevokesLicences.has_value()},
                // Signed in for Lucid's REST API: plans can hand documents over.
                {QStringLiteral("lucidRestSignedIn"), profile.hasRestSignIn()},
            });
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (profiles.isEmpty()) {
        context.out() << tr("No connections yet; add one with 'scimdesk-cli connection add'.")
                      << Qt::endl;
        return Ok;
    }
    qsizetype nameWidth = 4;
    for (const auto &profile : profiles)
        nameWidth = qMax(nameWidth, profile.name.size());
    context.out() << tr("NAME").leftJustified(nameWidth + 2) << tr("PRESET").leftJustified(12)
                  << tr("URL") << Qt::endl;
    for (const auto &profile : profiles) {
        context.out() << profile.name.leftJustified(nameWidth + 2)
                      << profile.presetId.leftJustified(12)
                      << profile.baseUrl.toDisplayString(QUrl::RemoveUserInfo) << Qt::endl;
    }
    return Ok;
}

int test(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection test NAME"), QString());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    context.offerTokenFile(parser);
    if (int code = parse(context, parser, arguments,
                         tr("Check that the service is reachable, the token is accepted, what "
                            "the service supports, and how many users it lists."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one connection NAME."));

    int code = Ok;
    const auto profile = context.connection(parser.positionalArguments().first(), &code);
    if (!profile)
        return code;
    ScimClient *client = context.client(*profile, &code);
    if (!client)
        return code;
    ServiceDiscovery discovery(client, Preset::byId(profile->presetId));
    const ConnectionReport report = discovery.run();
    if (parser.isSet(json)) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("connection"), profile->name);
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        context.out() << profile->name << ": " << report.summary() << Qt::endl;
        for (const QString &note : report.capabilities.notes)
            context.out() << "  " << note << Qt::endl;
    }
    if (!report.ok())
        return ConnectionFailure;
    return Ok;
}

int remove(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection remove NAME"), QString());
    if (int code = parse(context, parser, arguments,
                         tr("Delete a saved connection and its token from the keychain."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one connection NAME."));
    int code = Ok;
    const auto profile = context.connection(parser.positionalArguments().first(), &code);
    if (!profile)
        return code;
    const TokenResult removed = waitFor([&](const QObject *ctx, TokenStore::Callback done) {
        context.tokens().remove(profile->id, ctx, std::move(done));
    });
    const TokenResult removedRest = waitFor([&](const QObject *ctx, TokenStore::Callback done) {
        context.tokens().remove(LucidRestTokens::keyFor(profile->id), ctx, std::move(done));
    });
    context.connections().remove(profile->id);
    if (!removedRest.ok())
        return context.fail(ConnectionFailure,
                            tr("Removed \"%1\", but its sign-in for Lucid's REST API could not be "
                               "deleted from the keychain: %2")
                                .arg(profile->name, removedRest.message()));
    if (!removed.ok())
        return context.fail(ConnectionFailure,
                            tr("Removed \"%1\", but its token could not be deleted from the "
                               "keychain: %2")
                                .arg(profile->name, removed.message()));
    context.out() << tr("Removed connection \"%1\" and its token.").arg(profile->name) << Qt::endl;
    return Ok;
}

// The options of 'connection auth'.
struct AuthOptions
{
    QCommandLineOption lucidRest {QStringLiteral("lucid-rest"),
                                  tr("Sign in for Lucid's REST API (handing documents over).")};
    QCommandLineOption clientId {
        QStringLiteral("client-id"),
        tr("The client id of the OAuth app registered in Lucid's developer portal (remembered)."),
        QStringLiteral("ID")};
    QCommandLineOption secretStdin {
        QStringLiteral("client-secret-stdin"),
        tr("Read the OAuth app's client secret from standard input (otherwise you are asked for "
           "it on a terminal, or the stored one is used). It is kept in the keychain.")};
    QCommandLineOption authorizeUrl {
        QStringLiteral("authorize-url"),
        tr("Lucid's authorisation address (default %1).")
            .arg(ConnectionProfile::LucidRest {}.authorizeUrl.toString()),
        QStringLiteral("URL")};
    QCommandLineOption tokenUrl {QStringLiteral("token-url"),
                                 tr("Lucid's token address (default %1).")
                                     .arg(ConnectionProfile::LucidRest {}.tokenUrl.toString()),
                                 QStringLiteral("URL")};
    QCommandLineOption apiUrl {QStringLiteral("api-url"),
                               tr("Lucid's REST API address (default %1).")
                                   .arg(ConnectionProfile::LucidRest {}.apiUrl.toString()),
                               QStringLiteral("URL")};
    QCommandLineOption timeout {
        QStringLiteral("timeout"),
        tr("Seconds to wait for the browser (default %1).").arg(LucidSignIn::DefaultTimeoutSeconds),
        QStringLiteral("SECONDS")};
};

// Applies the endpoint and client id options of 'connection auth'; empty, or what is wrong.
QString applyAuthOptions(const QCommandLineParser &parser, const AuthOptions &options,
                         ConnectionProfile *profile)
{
    if (parser.isSet(options.clientId))
        profile->lucidRest.clientId = parser.value(options.clientId).trimmed();
    for (auto [option, url] : {std::pair {&options.authorizeUrl, &profile->lucidRest.authorizeUrl},
                               std::pair {&options.tokenUrl, &profile->lucidRest.tokenUrl},
                               std::pair {&options.apiUrl, &profile->lucidRest.apiUrl}}) {
        if (parser.isSet(*option))
            *url = QUrl(parser.value(*option), QUrl::StrictMode);
    }
    if (profile->lucidRest.clientId.isEmpty())
        return tr("Give --client-id ID: the client id of the OAuth app registered for this "
                  "account in Lucid's developer portal (its redirect address must allow "
                  "http://127.0.0.1).");
    return {};
}

// Runs the sign-in: prints the address to open and waits for the browser. Exit code.
int signIn(Context &context, const ConnectionProfile &profile, const QString &secret,
           int timeoutSeconds)
{
    LucidSignIn signIn(&context.tokens());
    QEventLoop loop;
    QString error;
    QObject::connect(&signIn, &LucidSignIn::openUrl, &loop, [&](const QUrl &url) {
        context.out() << tr("Open this address in a browser, sign in as an account admin of "
                            "Lucid and allow access:")
                      << "\n  " << url.toString(QUrl::FullyEncoded) << "\n"
                      << tr("Waiting for the browser (at most %1 s)…").arg(timeoutSeconds)
                      << Qt::endl;
    });
    QObject::connect(&signIn, &LucidSignIn::finished, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    signIn.start(profile, secret, timeoutSeconds);
    loop.exec();
    if (!error.isEmpty())
        return context.fail(ConnectionFailure, error);
    context.out() << tr("Signed in to Lucid's REST API for \"%1\": plans can hand a leaver's "
                        "documents to someone.")
                         .arg(profile.name)
                  << Qt::endl;
    return Ok;
}

int auth(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection auth NAME"), QString());
    const AuthOptions options;
    parser.addOptions({options.lucidRest, options.clientId, options.secretStdin,
                       options.authorizeUrl, options.tokenUrl, options.apiUrl, options.timeout});
    if (int code = parse(context, parser, arguments,
                         tr("Sign a Lucid connection in to Lucid's REST API, so that plans can "
                            "hand a leaver's documents to someone (OAuth 2.0 with PKCE, scope "
                            "account.user.transfercontent). Prints an address to open in a "
                            "browser and waits for Lucid's answer on this computer. The client "
                            "secret and the tokens are kept in the keychain."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one connection NAME."));
    if (!parser.isSet(options.lucidRest))
        return context.fail(Usage, tr("Say what to sign in for: --lucid-rest."));
    int code = Ok;
    std::optional<ConnectionProfile> profile
        = context.connection(parser.positionalArguments().first(), &code);
    if (!profile)
        return code;
    if (profile->presetId != u"lucid")
        return context.fail(Usage,
                            tr("\"%1\" is not a Lucid connection (its preset is %2).")
                                .arg(profile->name, profile->presetId));
    if (const QString why = applyAuthOptions(parser, options, &*profile); !why.isEmpty())
        return context.fail(Usage, why);
    bool ok = true;
    const int timeout = parser.isSet(options.timeout) ? parser.value(options.timeout).toInt(&ok)
                                                      : LucidSignIn::DefaultTimeoutSeconds;
    if (!ok || timeout <= 0)
        return context.fail(Usage, tr("--timeout takes a number of seconds."));
    QString secret;
    if (parser.isSet(options.secretStdin))
        secret = readAllStdin().trimmed();
    else if (stdinIsTerminal())
        secret = promptSecret(tr("Client secret (Enter: the stored one): ")).trimmed();
    if (const QString error = context.connections().save(*profile); !error.isEmpty())
        return context.fail(Usage, error);
    return signIn(context, *profile, secret, timeout);
}

} // namespace

int connectionCommand(Context &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"add")
        return add(context, rest);
    if (sub == u"list")
        return list(context, rest);
    if (sub == u"test")
        return test(context, rest);
    if (sub == u"remove")
        return remove(context, rest);
    if (sub == u"set")
        return set(context, rest);
    if (sub == u"auth")
        return auth(context, rest);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << tr("Usage: scimdesk-cli connection add|list|test|set|auth|remove ... "
                            "(each takes --help)")
                      << Qt::endl;
        return Ok;
    }
    return context.fail(
        Usage, tr("Use 'connection add', 'list', 'test', 'set', 'auth' or 'remove' (see --help)."));
}

} // namespace ScimDesk::Cli
