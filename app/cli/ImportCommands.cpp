// scimdesk-cli plan: an HR file to a plan, for review with `show` and `apply`.

#include "Cli.h"
#include "audit/AuditLog.h"
#include "audit/LicenceHistory.h"
#include "changes/ImportSession.h"
#include "csv/ImportMappingModel.h"
#include "directory/Directory.h"
#include "scim/Schemas.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Cli {

namespace {

// The options of `plan`, defined once for the parser and for reading them back.
struct PlanOptions
{
    QCommandLineOption connection {{QStringLiteral("c"), QStringLiteral("connection")},
                                   Cli::tr("The connection the plan is for."),
                                   QStringLiteral("NAME")};
    QCommandLineOption csv {QStringLiteral("csv"), Cli::tr("The CSV file (an HR export)."),
                            QStringLiteral("FILE")};
    QCommandLineOption mode {
        QStringLiteral("mode"),
        Cli::tr(
            "provision: create who is missing, update what differs, reactivate who is listed. "
            "deprovision: deactivate (or delete) everyone listed. sync: provision, and deactivate "
            "every active user the file leaves out."),
        QStringLiteral("MODE")};
    QCommandLineOption map {
        QStringLiteral("map"),
        Cli::tr("Map a column: 'HEADER=ATTRIBUTE', ATTRIBUTE a SCIM path such as name.givenName or "
                "%1:department, or empty to ignore the column (repeatable; applied after automatic "
                "mapping and --mapping).")
            .arg(QString::fromUtf16(Schemas::EnterpriseUser)),
        QStringLiteral("HEADER=ATTRIBUTE")};
    QCommandLineOption mappingTemplate {
        QStringLiteral("mapping"),
        Cli::tr("A mapping template saved for this connection in the console."),
        QStringLiteral("TEMPLATE")};
    QCommandLineOption match {QStringLiteral("match"),
                              Cli::tr("Matching key: userName (default, case-insensitive), "
                                      "externalId or email."),
                              QStringLiteral("KEY"), QStringLiteral("userName")};
    QCommandLineOption action {QStringLiteral("deprovision-action"),
                               Cli::tr("deactivate (default) or delete."), QStringLiteral("ACTION"),
                               QStringLiteral("deactivate")};
    QCommandLineOption revoke {QStringLiteral("revoke-licences"),
                               Cli::tr("deprovision: also revoke every licence.")};
    QCommandLineOption noRestore {
        QStringLiteral("no-restore-licences"),
        Cli::tr("A reactivated user gets back no licences. By default they get back the licences "
                "they held when ScimDesk deactivated them (from the audit log) or, failing that, "
                "those ScimDesk last saw them hold while active, unless the file says otherwise.")};
    QCommandLineOption encoding {
        QStringLiteral("encoding"),
        Cli::tr("utf-8, utf-16le, utf-16be or windows-1252 (default: detected)."),
        QStringLiteral("E")};
    QCommandLineOption delimiter {QStringLiteral("delimiter"),
                                  Cli::tr("',', ';', 'tab' or '|' (default: detected)."),
                                  QStringLiteral("D")};
    QCommandLineOption skipInvalid {QStringLiteral("skip-invalid"),
                                    Cli::tr("Plan the valid rows even when others have errors.")};
    QCommandLineOption output {{QStringLiteral("o"), QStringLiteral("output")},
                               Cli::tr("Where to write the plan."),
                               QStringLiteral("PLAN.json")};
    QCommandLineOption json {QStringLiteral("json"), Cli::tr("Print the outcome as JSON.")};

    QList<QCommandLineOption> all() const
    {
        return {connection, csv,       mode,     map,       mappingTemplate, match,  action,
                revoke,     noRestore, encoding, delimiter, skipInvalid,     output, json};
    }
};

// Reads the planning options; an error message (for exit code 2) when one is wrong.
QString readPlanOptions(const QCommandLineParser &parser, const PlanOptions &o,
                        ImportPlanner::Options *options, CsvReader::Options *read)
{
    if (!parser.isSet(o.csv) || !parser.isSet(o.mode) || !parser.isSet(o.output))
        return tr("--csv, --mode and -o are required (see --help).");
    if (!ImportPlanner::modeFromName(parser.value(o.mode), &options->mode))
        return tr("--mode takes provision, deprovision or sync.");
    if (!UserAttributes::matchFromName(parser.value(o.match), &options->match))
        return tr("--match takes userName, externalId or email.");
    const QString action = parser.value(o.action);
    if (action != u"deactivate" && action != u"delete")
        return tr("--deprovision-action takes deactivate or delete.");
    options->deleteOnDeprovision = action == u"delete";
    options->revokeLicences = parser.isSet(o.revoke);
    if (parser.isSet(o.encoding)
        && !CsvReader::encodingFromName(parser.value(o.encoding), &read->encoding))
        return tr("--encoding takes utf-8, utf-16le, utf-16be or windows-1252.");
    if (parser.isSet(o.delimiter)) {
        const QString value = parser.value(o.delimiter);
        if (value == u"tab" || value == u"\\t")
            read->delimiter = u'\t';
        else if (value.size() == 1 && QStringLiteral(",;|\t").contains(value))
            read->delimiter = value.at(0);
        else
            return tr("--delimiter takes ',', ';', 'tab' or '|'.");
    }
    return {};
}

// --mapping, then each --map; an error message (for exit code 2) when one does not apply.
QString applyMapping(const QCommandLineParser &parser, const PlanOptions &o,
                     const ConnectionProfile &profile, const ServiceCapabilities &caps,
                     ImportSession &session)
{
    if (parser.isSet(o.mappingTemplate) && !session.useTemplate(parser.value(o.mappingTemplate)))
        return tr("No mapping template \"%1\" for \"%2\".")
            .arg(parser.value(o.mappingTemplate), profile.name);
    const QStringList &header = session.table().header;
    for (const QString &entry : parser.values(o.map)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0)
            return tr("--map '%1' needs HEADER=ATTRIBUTE, such as --map 'First "
                      "Name=name.givenName' "
                      "(an empty ATTRIBUTE leaves the column out).")
                .arg(entry);
        const QString name = entry.left(equals).trimmed();
        const int column = int(header.indexOf(name));
        if (column < 0)
            return tr("--map '%1': no column \"%2\" in the file (columns: %3).")
                .arg(entry, name, header.join(u", "));
        const QString path = entry.mid(equals + 1).trimmed();
        const QString attribute = ImportMapping::canonical(path, caps);
        if ((!path.isEmpty() && attribute.isEmpty())
            || !session.mapping()->setAttribute(column, attribute))
            return tr("--map '%1': \"%2\" is not an attribute the importer can fill.")
                .arg(entry, path);
    }
    if (!session.hasMatchKey()) {
        const MatchKey match = session.options().match;
        return match == MatchKey::UserName
            ? tr("No column maps to userName or email: name one with --map 'HEADER=userName'.")
            : tr("No column maps to %1, the matching key: name one with --map 'HEADER=%1'.")
                  .arg(UserAttributes::matchName(match));
    }
    return {};
}

// Loads the directory as the console does; false (with `error` set) when it could not.
bool loadDirectory(Directory &directory, ScimError *error)
{
    const bool complete = directory.loadAndWait();
    *error = directory.error();
    return complete;
}

int failWith(Context &context, const ScimError &error, const QString &message)
{
    return context.fail(error.isConnectionFailure() ? ConnectionFailure : Failed, message);
}

// Plans, looking up first the users the service hides; the exit code of a failure, or Ok.
int planImport(Context &context, ImportSession &session)
{
    session.plan();
    if (session.isLookingUp()) {
        QEventLoop loop;
        QObject::connect(&session, &ImportSession::planned, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (const ScimError error = session.lookupError(); error.isError())
        return failWith(context, error, error.message());
    return Ok;
}

void printOutcome(Context &context, const ImportPlanner::Result &result, const CsvTable &table,
                  bool json, const QString &written)
{
    if (json) {
        QJsonArray errors;
        for (const ImportPlanner::RowError &rowError : std::as_const(result.errors))
            errors.append(QJsonObject {{QStringLiteral("line"), rowError.row},
                                       {QStringLiteral("message"), rowError.message}});
        QJsonObject out {{QStringLiteral("summary"), result.summaryJson()},
                         {QStringLiteral("errors"), errors}};
        if (!result.notes.isEmpty())
            out.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
        context.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        for (const QString &warning : table.warnings)
            context.err() << tr("warning: %1").arg(warning) << '\n';
        for (const ImportPlanner::RowError &rowError : std::as_const(result.errors))
            context.err() << (rowError.row > 0 ? tr("row %1: %2").arg(rowError.row)
                                               : tr("error: %1"))
                                 .arg(rowError.message)
                          << '\n';
        for (const QString &note : std::as_const(result.notes))
            context.out() << note << '\n';
        context.out() << result.summary() << '\n';
        if (!written.isEmpty())
            context.out()
                << tr("Plan written to %1: review it with 'scimdesk-cli show %1'.").arg(written)
                << '\n';
    }
    context.out().flush();
    context.err().flush();
}

} // namespace

int planCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("plan"), QString());
    const PlanOptions o;
    parser.addOptions(o.all());
    context.offerTokenFile(parser);
    if (int code = parse(context, parser, arguments,
                         tr("Turn a CSV file into a plan for review ('show') and 'apply'. Sends "
                            "nothing: it only reads the directory. Exit codes: 0 plan written; 1 "
                            "the directory could not be read as the file needs (the service "
                            "failed, or groups are missing for a groups column); 2 bad input, "
                            "including rows with errors (unless --skip-invalid); 4 connection or "
                            "authentication failure."));
        code >= 0)
        return code;

    ImportPlanner::Options options;
    CsvReader::Options readOptions;
    options.queueOperations = false; // the plan goes to a file, not to the console's queue
    if (const QString problem = readPlanOptions(parser, o, &options, &readOptions);
        !problem.isEmpty())
        return context.fail(Usage, problem);
    CsvTable table = CsvReader::readFile(parser.value(o.csv), readOptions);
    if (!table.ok())
        return context.fail(Usage, table.error);

    int code = Ok;
    const auto profile = context.connection(parser.value(o.connection), &code);
    if (!profile)
        return code;
    ConnectionReport report;
    ScimClient *client = context.discover(*profile, &report, &code);
    if (!client)
        return code;

    // The directory as the console sees it: every user, groups with their members.
    Directory directory;
    ImportSession session(*profile, report.capabilities, &directory);
    session.setPlansOnce(true); // the file's rows are not needed once planned
    session.setTable(std::move(table), QFileInfo(parser.value(o.csv)).fileName());
    if (!parser.isSet(o.noRestore)) {
        QString auditError;
        options.licenceHistory = LicenceHistory(profile->id).read(&auditError);
        if (!auditError.isEmpty())
            return context.fail(Failed,
                                tr("%1 It says which licences reactivated users get "
                                   "back; pass --no-restore-licences to plan without it.")
                                    .arg(auditError));
    }
    session.options() = options;
    if (const QString problem = applyMapping(parser, o, *profile, report.capabilities, session);
        !problem.isEmpty())
        return context.fail(Usage, problem);
    directory.attach(client, report.capabilities, *profile, report.userCount);
    QObject::connect(&directory, &Directory::servedPageSizeLearned, &directory,
                     [&context, &profile](int size) {
                         context.connections().rememberServedPageSize(profile->id, size);
                     });
    if (ScimError error; !loadDirectory(directory, &error))
        return failWith(context, error, error.isError() ? error.message() : directory.statusText());
    // Who holds what now: a later reactivation gives it back even if the service (or an
    // identity provider) deactivates them without ScimDesk.
    if (const QString why = LicenceHistory(profile->id).remember(directory.users()->store());
        !why.isEmpty())
        context.err() << tr("warning: %1").arg(why) << '\n';
    if (session.needsGroups() && directory.groupsError().isError())
        return failWith(context, directory.groupsError(),
                        tr("%1 The file has a groups column: try again, or leave it out "
                           "with --map '%2='.")
                            .arg(directory.groupsStatus(),
                                 session.table().header.value(session.mapping()->mapping().columnOf(
                                     UserAttribute::Groups))));
    if (const int failed = planImport(context, session); failed != Ok)
        return failed;

    const ImportPlanner::Result &result = session.result();
    const bool blocked = result.invalidRows > 0 && !parser.isSet(o.skipInvalid);
    if (!blocked) {
        if (const QString saveError = result.plan.save(parser.value(o.output));
            !saveError.isEmpty())
            return context.fail(Usage, saveError);
    }
    printOutcome(context, result, session.table(), parser.isSet(o.json),
                 blocked ? QString() : parser.value(o.output));
    if (blocked)
        return context.fail(Usage,
                            tr("%Ln row(s) have errors; no plan was written. Fix them, or "
                               "pass --skip-invalid to plan the other rows.",
                               nullptr, result.invalidRows));
    return Ok;
}

} // namespace ScimDesk::Cli
