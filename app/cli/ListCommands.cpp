#include "Cli.h"
#include "ListingOutput.h"

#include "scim/JsonView.h"
#include "scim/PagedReader.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QEventLoop>

namespace ScimDesk::Cli {

namespace {

QString primaryEmail(const JsonView &user)
{
    const JsonView emails = user.value(u"emails").toArray();
    QString first;
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const JsonView email = emails.at(i).toObject();
        if (email.value(u"primary").toBool())
            return email.value(u"value").toString();
        if (first.isEmpty())
            first = email.value(u"value").toString();
    }
    return first;
}

QList<Column> userColumns()
{
    return {
        {QStringLiteral("id"),
         [](const JsonView &u) {
             return u.value(u"id").toString();
         }},
        {QStringLiteral("userName"),
         [](const JsonView &u) {
             return u.value(u"userName").toString();
         }},
        {QStringLiteral("displayName"),
         [](const JsonView &u) {
             return u.value(u"displayName").toString();
         }},
        {QStringLiteral("active"),
         [](const JsonView &u) {
             // A missing "active" means active in practice (RFC 7643 leaves it optional).
             return u.value(u"active").toBool(true) ? QStringLiteral("true")
                                                    : QStringLiteral("false");
         }},
        {QStringLiteral("email"), primaryEmail},
        {QStringLiteral("externalId"),
         [](const JsonView &u) {
             return u.value(u"externalId").toString();
         }},
    };
}

QList<Column> groupColumns()
{
    return {
        {QStringLiteral("id"),
         [](const JsonView &g) {
             return g.value(u"id").toString();
         }},
        {QStringLiteral("displayName"),
         [](const JsonView &g) {
             return g.value(u"displayName").toString();
         }},
        {QStringLiteral("members"),
         [](const JsonView &g) {
             return QString::number(g.value(u"members").toArray().size());
         }},
        {QStringLiteral("externalId"),
         [](const JsonView &g) {
             return g.value(u"externalId").toString();
         }},
    };
}

int listResources(Context &context, const QStringList &arguments, bool users)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        users ? QStringLiteral("users list") : QStringLiteral("groups list"), QString());
    const QCommandLineOption connection({QStringLiteral("c"), QStringLiteral("connection")},
                                        tr("The connection to read from."), QStringLiteral("NAME"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    tr("A SCIM filter, e.g. 'userName eq \"ada@example.com\"'. "
                                       "Lucid accepts only 'eq'."),
                                    QStringLiteral("EXPR"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Output format: table, csv or json (default table). json prints one array of the SCIM "
           "resources, each exactly as the service sent it, one a line. Every format is printed "
           "page by page as the pages arrive, in the service's order; the table's columns are "
           "sized to the first page."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(connection);
    if (users)
        parser.addOption(filter);
    parser.addOption(format);
    context.offerTokenFile(parser);
    const QString description = users
        ? tr("List every user the service lists (all pages, as large as the connection's page "
             "size allows). Lucid leaves deactivated users out of lists; look one up with "
             "--filter 'userName eq \"...\"'. Exits 1 when the listing is known to be "
             "incomplete (fewer users than the service counts, duplicate ids, entries without "
             "an id); stderr says what is missing. When reading fails midway, the output stops "
             "there (JSON without its closing bracket, so that it cannot pass for a whole "
             "list) and the exit code says why.")
        : tr("List every group the service lists (all pages). Exits 1 when the listing is "
             "known to be incomplete; stderr says what is missing. When reading fails midway, "
             "the output stops there (JSON without its closing bracket).");
    if (int code = parse(context, parser, arguments, description); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Usage,
                            tr("Unexpected argument \"%1\" (see --help).")
                                .arg(parser.positionalArguments().first()));
    const QString outputFormat = parser.value(format);
    if (outputFormat != u"table" && outputFormat != u"csv" && outputFormat != u"json")
        return context.fail(Usage, tr("--format takes table, csv or json."));
    const ListingOutput::Format form = outputFormat == u"json" ? ListingOutput::Format::Json
        : outputFormat == u"csv"                               ? ListingOutput::Format::Csv
                                                               : ListingOutput::Format::Table;

    int code = Ok;
    const auto profile = context.connection(parser.value(connection), &code);
    if (!profile)
        return code;
    ConnectionReport report;
    ScimClient *client = context.discover(*profile, &report, &code);
    if (!client)
        return code;

    context.out().flush();
    const auto output = ListingOutput::create(form, context.out().device(),
                                              users ? userColumns() : groupColumns());

    PagedReader::Options options;
    options.endpoint
        = (users ? report.capabilities.usersEndpoint : report.capabilities.groupsEndpoint).toUtf8();
    options.filter = users ? parser.value(filter) : QString();
    options.pageSize = profile->pageSizeFor(report.capabilities);
    options.concurrency = profile->concurrency;
    options.form = output->form();
    options.converter = [&output] {
        return output->converter();
    };
    options.ordered = true;
    if (users && options.filter.isEmpty())
        options.expectedTotal = report.userCount;
    PagedReader reader(client, options);
    ScimError error;
    QEventLoop loop;
    QObject::connect(&reader, &PagedReader::pageReceived, &loop, [&](const ListPage &page) {
        if (!output->write(page)) {
            reader.cancel();
            loop.quit();
        }
    });
    QObject::connect(&reader, &PagedReader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&reader, &PagedReader::failed, &loop, [&](const ScimError &failure) {
        error = failure;
        loop.quit();
    });
    reader.start();
    if (reader.isRunning())
        loop.exec();
    context.rememberServedPageSize(*profile, options.pageSize, reader.effectivePageSize());
    if (!output->error().isEmpty())
        return context.fail(Failed, output->error());
    if (error.isError()) {
        const int exit = error.isConnectionFailure()         ? ConnectionFailure
            : error.kind() == ScimError::Kind::InvalidFilter ? Usage
                                                             : Failed;
        return context.fail(exit, error.message());
    }
    if (!output->finish())
        return context.fail(Failed, output->error());
    if (!reader.warning().isEmpty() && !reader.isIncomplete())
        context.err() << "scimdesk-cli: " << reader.warning() << Qt::endl;
    // What arrived is printed, but a listing known to miss resources does not pass for whole.
    if (reader.isIncomplete())
        return context.fail(Failed, tr("The listing is incomplete: %1").arg(reader.warning()));
    return Ok;
}

} // namespace

int usersCommand(Context &context, const QStringList &arguments)
{
    if (arguments.value(0) == u"list")
        return listResources(context, arguments.mid(1), true);
    if (arguments.value(0) == u"--help" || arguments.value(0) == u"-h") {
        context.out() << tr("Usage: scimdesk-cli users list -c NAME [--filter EXPR] "
                            "[--format table|csv|json] (see 'users list --help')")
                      << Qt::endl;
        return Ok;
    }
    return context.fail(Usage, tr("Use 'users list -c NAME' (see --help)."));
}

int groupsCommand(Context &context, const QStringList &arguments)
{
    if (arguments.value(0) == u"list")
        return listResources(context, arguments.mid(1), false);
    if (arguments.value(0) == u"--help" || arguments.value(0) == u"-h") {
        context.out() << tr("Usage: scimdesk-cli groups list -c NAME [--format table|csv|json] "
                            "(see 'groups list --help')")
                      << Qt::endl;
        return Ok;
    }
    return context.fail(Usage, tr("Use 'groups list -c NAME' (see --help)."));
}

} // namespace ScimDesk::Cli
