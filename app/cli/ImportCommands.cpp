// scimdesk-cli plan: an HR file to a plan, for review with `show` and `apply`.

#include "Cli.h"
#include "changes/ImportPlanner.h"
#include "directory/Directory.h"
#include "directory/GroupModels.h"
#include "directory/UserStore.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Loads the directory as the console does; false (with `error` set) when it could not.
bool loadDirectory(Directory &directory, ScimError *error)
{
    QEventLoop loop;
    QObject::connect(&directory, &Directory::stateChanged, &loop, [&loop](Directory::State state) {
        if (state != Directory::State::Loading)
            loop.quit();
    });
    directory.load();
    if (directory.state() == Directory::State::Loading)
        loop.exec();
    *error = directory.error();
    return directory.state() == Directory::State::Complete;
}

} // namespace

int planCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("plan"), QString());
    const QCommandLineOption connection({QStringLiteral("c"), QStringLiteral("connection")},
                                        tr("The connection the plan is for."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("The CSV file (an HR export)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        tr("provision: create who is missing, update what differs, reactivate who is listed. "
           "deprovision: deactivate (or delete) everyone listed. sync: provision, and deactivate "
           "every active user the file leaves out."),
        QStringLiteral("MODE"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Map a column: 'HEADER=ATTRIBUTE', ATTRIBUTE a SCIM path such "
                                    "as name.givenName or "
                                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
                                    "department, or empty to ignore the column (repeatable; "
                                    "applied after automatic mapping and --mapping)."),
                                 QStringLiteral("HEADER=ATTRIBUTE"));
    const QCommandLineOption mappingTemplate(
        QStringLiteral("mapping"),
        tr("A mapping template saved for this connection in the console."),
        QStringLiteral("TEMPLATE"));
    const QCommandLineOption match(QStringLiteral("match"),
                                   tr("Matching key: userName (default, case-insensitive), "
                                      "externalId or email."),
                                   QStringLiteral("KEY"), QStringLiteral("userName"));
    const QCommandLineOption action(QStringLiteral("deprovision-action"),
                                    tr("deactivate (default) or delete."), QStringLiteral("ACTION"),
                                    QStringLiteral("deactivate"));
    const QCommandLineOption revoke(QStringLiteral("revoke-licences"),
                                    tr("deprovision: also revoke every licence."));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("utf-8, utf-16le, utf-16be or windows-1252 (default: detected)."), QStringLiteral("E"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       tr("',', ';', 'tab' or '|' (default: detected)."),
                                       QStringLiteral("D"));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         tr("Plan the valid rows even when others have errors."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the plan."), QStringLiteral("PLAN.json"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the outcome as JSON."));
    parser.addOptions({connection, csv, mode, map, mappingTemplate, match, action, revoke, encoding,
                       delimiter, skipInvalid, output, json});
    if (int code = parse(context, parser, arguments,
                         tr("Turn a CSV file into a plan for review ('show') and 'apply'. Sends "
                            "nothing: it only reads the directory. Exit codes: 0 plan written; 1 "
                            "the directory could not be read as the file needs (the service "
                            "failed, or groups are missing for a groups column); 2 bad input, "
                            "including rows with errors (unless --skip-invalid); 4 connection or "
                            "authentication failure."));
        code >= 0)
        return code;

    if (!parser.isSet(csv) || !parser.isSet(mode) || !parser.isSet(output))
        return context.fail(Usage, tr("--csv, --mode and -o are required (see --help)."));
    ImportPlanner::Options options;
    if (!ImportPlanner::modeFromName(parser.value(mode), &options.mode))
        return context.fail(Usage, tr("--mode takes provision, deprovision or sync."));
    if (!ImportPlanner::matchFromName(parser.value(match), &options.match))
        return context.fail(Usage, tr("--match takes userName, externalId or email."));
    if (parser.value(action) != u"deactivate" && parser.value(action) != u"delete")
        return context.fail(Usage, tr("--deprovision-action takes deactivate or delete."));
    options.deleteOnDeprovision = parser.value(action) == u"delete";
    options.revokeLicences = parser.isSet(revoke);
    options.source = QStringLiteral("csv:") + QFileInfo(parser.value(csv)).fileName();

    CsvReader::Options readOptions;
    if (parser.isSet(encoding)
        && !CsvReader::encodingFromName(parser.value(encoding), &readOptions.encoding))
        return context.fail(Usage,
                            tr("--encoding takes utf-8, utf-16le, utf-16be or "
                               "windows-1252."));
    if (parser.isSet(delimiter)) {
        const QString value = parser.value(delimiter);
        if (value == u"tab" || value == u"\\t")
            readOptions.delimiter = u'\t';
        else if (value.size() == 1 && QStringLiteral(",;|\t").contains(value))
            readOptions.delimiter = value.at(0);
        else
            return context.fail(Usage, tr("--delimiter takes ',', ';', 'tab' or '|'."));
    }
    const CsvTable table = CsvReader::readFile(parser.value(csv), readOptions);
    if (!table.ok())
        return context.fail(Usage, table.error);

    int code = Ok;
    const auto profile = context.connection(parser.value(connection), &code);
    if (!profile)
        return code;
    ConnectionReport report;
    ScimClient *client = context.discover(*profile, &report, &code);
    if (!client)
        return code;
    const ServiceCapabilities &caps = report.capabilities;

    ImportMapping mapping = ImportMapping::automatic(table.header, caps);
    if (parser.isSet(mappingTemplate)) {
        const auto saved = ImportMapping::loadTemplate(profile->id, parser.value(mappingTemplate));
        if (!saved)
            return context.fail(Usage,
                                tr("No mapping template \"%1\" for \"%2\".")
                                    .arg(parser.value(mappingTemplate), profile->name));
        mapping = ImportMapping::fromTemplate(*saved, table.header, caps);
    }
    for (const QString &entry : parser.values(map)) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString header = entry.left(equals).trimmed();
        const int column = int(table.header.indexOf(header));
        if (equals < 0 || column < 0)
            return context.fail(Usage,
                                tr("--map '%1': no column \"%2\" in the file (columns: %3).")
                                    .arg(entry, header, table.header.join(u", ")));
        const QString path = entry.mid(equals + 1).trimmed();
        const QString attribute = ImportMapping::canonical(path, caps);
        if (!path.isEmpty() && attribute.isEmpty())
            return context.fail(Usage,
                                tr("--map '%1': \"%2\" is not an attribute the importer "
                                   "can fill.")
                                    .arg(entry, path));
        mapping.attributes[column] = attribute;
    }
    if (mapping.userNameColumn() < 0 && options.match == ImportPlanner::MatchKey::UserName)
        return context.fail(Usage,
                            tr("No column maps to userName or email: name one with --map "
                               "'HEADER=userName'."));

    // The directory as the console sees it: every user, groups with their members.
    Directory directory;
    directory.attach(client, caps, *profile);
    if (ScimError error; !loadDirectory(directory, &error))
        return context.fail(error.isConnectionFailure() ? ConnectionFailure : Failed,
                            error.isError() ? error.message() : directory.statusText());
    if (const int groupsColumn = mapping.columnOf(QString::fromUtf16(ImportMapping::Groups));
        groupsColumn >= 0 && directory.groupsError().isError()) {
        const ScimError groupsError = directory.groupsError();
        return context.fail(groupsError.isConnectionFailure() ? ConnectionFailure : Failed,
                            tr("%1 The file has a groups column: try again, or leave it out "
                               "with --map '%2='.")
                                .arg(directory.groupsStatus(), table.header.value(groupsColumn)));
    }

    ImportPlanner planner(*profile, caps);
    QStringList lookedUp;
    if (directory.hidesDeactivatedUsers() && options.mode != ImportPlanner::Mode::Deprovision) {
        // Lucid leaves deactivated users out of lists: a listed user missing from them may
        // exist. Look each up, so a reactivation is not planned as a create.
        QStringList filters;
        for (const QString &key :
             planner.unmatchedKeys(table, mapping, options, directory.users()->store()))
            filters.append(planner.lookupFilter(key, options.match));
        if (!filters.isEmpty()) {
            QEventLoop loop;
            ScimError error;
            bool finished = false;
            directory.lookUpUsers(filters, &loop,
                                  [&](const QStringList &found, const ScimError &lookupError) {
                                      lookedUp = found;
                                      error = lookupError;
                                      finished = true;
                                      loop.quit();
                                  });
            if (!finished)
                loop.exec();
            if (error.isError())
                return context.fail(error.isConnectionFailure() ? ConnectionFailure : Failed,
                                    error.message());
        }
    }

    ImportPlanner::Result result = planner.plan(table, mapping, options, directory.users()->store(),
                                                directory.groups()->all());
    if (!lookedUp.isEmpty())
        result.notes.append(
            tr("Found by looking up (not listed by the service): %1.").arg(lookedUp.join(u", ")));
    const bool blocked = result.invalidRows > 0 && !parser.isSet(skipInvalid);
    if (!blocked) {
        if (const QString saveError = result.plan.save(parser.value(output)); !saveError.isEmpty())
            return context.fail(Usage, saveError);
    }

    if (parser.isSet(json)) {
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
            context.err() << tr("row %1: %2").arg(rowError.row).arg(rowError.message) << '\n';
        for (const QString &note : std::as_const(result.notes))
            context.out() << note << '\n';
        context.out() << result.summary() << '\n';
        if (!blocked)
            context.out() << tr("Plan written to %1: review it with 'scimdesk-cli show %1'.")
                                 .arg(parser.value(output))
                          << '\n';
    }
    context.out().flush();
    context.err().flush();
    if (blocked)
        return context.fail(Usage,
                            tr("%1 row(s) have errors; no plan was written. Fix them, or "
                               "pass --skip-invalid to plan the other rows.")
                                .arg(result.invalidRows));
    return Ok;
}

} // namespace ScimDesk::Cli
