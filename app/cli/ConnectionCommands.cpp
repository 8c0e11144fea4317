#include "Cli.h"

#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"
#include "secrets/KeychainTokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ScimDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int add(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection add NAME"),
                                 tr("A name for the connection, e.g. \"Lucid production\"."));
    const QCommandLineOption url(QStringLiteral("url"),
                                 tr("The SCIM base URL, e.g. https://users.lucid.app/scim/v2."),
                                 QStringLiteral("URL"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        tr("Service preset: %1 (default: generic).").arg(Preset::ids().join(u", ")),
        QStringLiteral("PRESET"), QStringLiteral("generic"));
    const QCommandLineOption tokenStdin(
        QStringLiteral("token-stdin"),
        tr("Read the token from standard input (otherwise you are asked for it, without "
           "echo, on a terminal)."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("Users to ask for per page (default: the preset's)."),
                                      QStringLiteral("N"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Requests in flight at once (default: the preset's)."),
                                         QStringLiteral("N"));
    const QCommandLineOption match(QStringLiteral("match"),
                                   tr("Matching attribute: userName, externalId or email."),
                                   QStringLiteral("ATTRIBUTE"));
    const QCommandLineOption protect(QStringLiteral("protect"),
                                     tr("A userName that may never be deactivated or deleted "
                                        "(repeatable)."),
                                     QStringLiteral("USERNAME"));
    const QCommandLineOption threshold(
        QStringLiteral("deprovision-threshold"),
        tr("Deactivating or deleting more users than N at once needs confirming (default: 10 "
           "users or 5 % of the directory, whichever is smaller)."),
        QStringLiteral("N"));
    parser.addOptions({url, preset, tokenStdin, pageSize, concurrency, match, protect, threshold});
    if (int code = parse(context, parser, arguments,
                         tr("Save a connection to a SCIM service. The token is stored in the OS "
                            "keychain, never in a file."));
        code >= 0)
        return code;

    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return context.fail(Usage, tr("Give exactly one NAME (quote it if it has spaces)."));
    if (!parser.isSet(url))
        return context.fail(Usage, tr("--url URL is required."));
    if (!Preset::exists(parser.value(preset)))
        return context.fail(Usage,
                            tr("Unknown preset \"%1\"; choose one of: %2.")
                                .arg(parser.value(preset), Preset::ids().join(u", ")));
    if (context.connections().findByName(names.first()))
        return context.fail(Usage,
                            tr("A connection named \"%1\" already exists — remove it "
                               "first with 'scimdesk-cli connection remove'.")
                                .arg(names.first()));

    ConnectionProfile profile = ConnectionProfile::fromPreset(parser.value(preset));
    profile.name = names.first();
    profile.baseUrl = QUrl(parser.value(url), QUrl::StrictMode);
    if (const ScimError error = ScimClient::checkBaseUrl(profile.baseUrl); error.isError())
        return context.fail(Usage, error.message());
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
    if (!positive(pageSize, profile.pageSize) || !positive(concurrency, profile.concurrency))
        return context.fail(Usage, tr("--page-size and --concurrency take a positive number."));
    if (parser.isSet(match)) {
        const QString attribute = parser.value(match);
        if (attribute != u"userName" && attribute != u"externalId" && attribute != u"email")
            return context.fail(Usage, tr("--match takes userName, externalId or email."));
        profile.matchAttribute = attribute;
    }
    profile.protectedAccounts = parser.values(protect);
    if (parser.isSet(threshold)) {
        bool ok = false;
        profile.deprovisionThreshold = parser.value(threshold).toInt(&ok);
        if (!ok || profile.deprovisionThreshold < 0)
            return context.fail(Usage, tr("--deprovision-threshold takes a number of users."));
    }

    QString token;
    if (parser.isSet(tokenStdin)) {
        token = readAllStdin().trimmed();
    } else if (stdinIsTerminal()) {
        token = promptSecret(tr("Token for %1: ").arg(profile.name)).trimmed();
    } else {
        return context.fail(Usage,
                            tr("No terminal to ask for the token: pass it on standard "
                               "input with --token-stdin."));
    }
    if (token.isEmpty())
        return context.fail(Usage, tr("The token is empty; nothing was saved."));

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
                {QStringLiteral("url"), profile.baseUrl.toString()},
                {QStringLiteral("preset"), profile.presetId},
                {QStringLiteral("matchAttribute"), profile.matchAttribute},
                {QStringLiteral("pageSize"), profile.pageSize},
                {QStringLiteral("concurrency"), profile.concurrency},
                {QStringLiteral("protectedAccounts"),
                 QJsonArray::fromStringList(profile.protectedAccounts)},
                {QStringLiteral("deprovisionThreshold"), profile.deprovisionThreshold},
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
                      << profile.presetId.leftJustified(12) << profile.baseUrl.toDisplayString()
                      << Qt::endl;
    }
    return Ok;
}

int test(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("connection test NAME"), QString());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
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
    context.connections().remove(profile->id);
    if (!removed.ok())
        return context.fail(ConnectionFailure,
                            tr("Removed \"%1\", but its token could not be deleted from the "
                               "keychain: %2")
                                .arg(profile->name, removed.message()));
    context.out() << tr("Removed connection \"%1\" and its token.").arg(profile->name) << Qt::endl;
    return Ok;
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
    if (sub == u"--help" || sub == u"-h") {
        context.out() << tr("Usage: scimdesk-cli connection add|list|test|remove ... "
                            "(each takes --help)")
                      << Qt::endl;
        return Ok;
    }
    return context.fail(Usage,
                        tr("Use 'connection add', 'list', 'test' or 'remove' (see --help)."));
}

} // namespace ScimDesk::Cli
