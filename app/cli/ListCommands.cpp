#include "Cli.h"

#include "csv/CsvWriter.h"
#include "scim/PagedReader.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServerText.h"
#include "scim/ServiceDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ScimDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

struct Column
{
    QString header;
    std::function<QString(const QJsonObject &)> value;
};

QString primaryEmail(const QJsonObject &user)
{
    const QJsonArray emails = user.value(u"emails").toArray();
    QString first;
    for (const QJsonValue &value : emails) {
        const QJsonObject email = value.toObject();
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
         [](const QJsonObject &u) {
             return u.value(u"id").toString();
         }},
        {QStringLiteral("userName"),
         [](const QJsonObject &u) {
             return u.value(u"userName").toString();
         }},
        {QStringLiteral("displayName"),
         [](const QJsonObject &u) {
             return u.value(u"displayName").toString();
         }},
        {QStringLiteral("active"),
         [](const QJsonObject &u) {
             // A missing "active" means active in practice (RFC 7643 leaves it optional).
             return u.value(u"active").toBool(true) ? QStringLiteral("true")
                                                    : QStringLiteral("false");
         }},
        {QStringLiteral("email"), primaryEmail},
        {QStringLiteral("externalId"),
         [](const QJsonObject &u) {
             return u.value(u"externalId").toString();
         }},
    };
}

QList<Column> groupColumns()
{
    return {
        {QStringLiteral("id"),
         [](const QJsonObject &g) {
             return g.value(u"id").toString();
         }},
        {QStringLiteral("displayName"),
         [](const QJsonObject &g) {
             return g.value(u"displayName").toString();
         }},
        {QStringLiteral("members"),
         [](const QJsonObject &g) {
             return QString::number(g.value(u"members").toArray().size());
         }},
        {QStringLiteral("externalId"),
         [](const QJsonObject &g) {
             return g.value(u"externalId").toString();
         }},
    };
}

void printTable(QTextStream &out, const QList<Column> &columns, const QJsonArray &resources)
{
    QList<qsizetype> widths;
    for (const Column &column : columns)
        widths.append(column.header.size());
    QList<QStringList> rows;
    rows.reserve(resources.size());
    for (const QJsonValue &value : resources) {
        QStringList row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            // Server text on a terminal: one clean, bounded line.
            const QString cell = cleanServerText(columns.at(i).value(value.toObject()));
            widths[i] = qMax(widths[i], cell.size());
            row.append(cell);
        }
        rows.append(row);
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << '\n';
    };
    QStringList header;
    for (const Column &column : columns)
        header.append(column.header.toUpper());
    printRow(header);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);
    out.flush();
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
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: table, csv or json (default table). json "
                                       "prints the SCIM resources as the service returned them."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(connection);
    if (users)
        parser.addOption(filter);
    parser.addOption(format);
    const QString description = users
        ? tr("List every user the service lists (all pages). Lucid leaves deactivated users "
             "out of lists; look one up with --filter 'userName eq \"...\"'. Exits 1 when the "
             "listing is known to be incomplete (fewer users than the service counts, "
             "duplicate ids, entries without an id); stderr says what is missing.")
        : tr("List every group the service lists (all pages). Exits 1 when the listing is "
             "known to be incomplete; stderr says what is missing.");
    if (int code = parse(context, parser, arguments, description); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Usage,
                            tr("Unexpected argument \"%1\" (see --help).")
                                .arg(parser.positionalArguments().first()));
    const QString outputFormat = parser.value(format);
    if (outputFormat != u"table" && outputFormat != u"csv" && outputFormat != u"json")
        return context.fail(Usage, tr("--format takes table, csv or json."));

    int code = Ok;
    const auto profile = context.connection(parser.value(connection), &code);
    if (!profile)
        return code;
    ConnectionReport report;
    ScimClient *client = context.discover(*profile, &report, &code);
    if (!client)
        return code;

    PagedReader::Options options;
    options.endpoint
        = (users ? report.capabilities.usersEndpoint : report.capabilities.groupsEndpoint).toUtf8();
    options.filter = users ? parser.value(filter) : QString();
    options.pageSize = report.capabilities.effectivePageSize(profile->pageSize);
    options.concurrency = profile->concurrency;
    PagedReader reader(client, options);
    QJsonArray resources;
    const ScimError error = reader.runAndCollect(&resources);
    if (error.isError()) {
        const int exit = error.isConnectionFailure()         ? ConnectionFailure
            : error.kind() == ScimError::Kind::InvalidFilter ? Usage
                                                             : Failed;
        return context.fail(exit, error.message());
    }
    if (!reader.warning().isEmpty() && !reader.isIncomplete())
        context.err() << "scimdesk-cli: " << reader.warning() << Qt::endl;

    QTextStream &out = context.out();
    const QList<Column> columns = users ? userColumns() : groupColumns();
    if (outputFormat == u"json") {
        out << QJsonDocument(resources).toJson(QJsonDocument::Indented);
    } else if (outputFormat == u"csv") {
        QStringList header;
        for (const Column &column : columns)
            header.append(column.header);
        out << Csv::record(header);
        for (const QJsonValue &value : std::as_const(resources)) {
            QStringList row;
            for (const Column &column : columns)
                row.append(cleanServerText(column.value(value.toObject()), TextUse::File));
            out << Csv::record(row);
        }
    } else {
        printTable(out, columns, resources);
    }
    out.flush();
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
