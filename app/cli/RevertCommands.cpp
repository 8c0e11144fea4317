#include "Cli.h"
#include "audit/AuditLog.h"
#include "audit/RevertPlanner.h"
#include "common/Translations.h"
#include "scim/ServerText.h"
#include "scim/ServiceDiscovery.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Cli {

namespace {

QString valueText(const QJsonValue &value)
{
    return cleanServerText(Change::valueText(value));
}

// What a revert made: its conflicts, notes and counts, and where the plan went; or all of it as
// JSON.
void printRevert(Context &context, const RevertPlanner::Result &result, const AuditLog::Run &run,
                 bool json, bool includeConflicts, const QString &output)
{
    if (json) {
        QJsonArray conflicts;
        for (const RevertPlanner::Conflict &conflict : result.conflicts)
            conflicts.append(QJsonObject {{QStringLiteral("userName"), conflict.userName},
                                          {QStringLiteral("attribute"), conflict.attribute},
                                          {QStringLiteral("expected"), conflict.expected},
                                          {QStringLiteral("found"), conflict.found}});
        QJsonObject out {{QStringLiteral("summary"), result.summary()},
                         {QStringLiteral("conflicts"), conflicts}};
        if (!result.notes.isEmpty())
            out.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
        context.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return;
    }
    for (const RevertPlanner::Conflict &conflict : result.conflicts)
        context.err() << tr("conflict: %1: %2 is %3 now; the run left %4 (%5)")
                             .arg(cleanServerText(conflict.userName), conflict.attribute,
                                  valueText(conflict.found), valueText(conflict.expected),
                                  includeConflicts
                                      ? tr("included: it will be overwritten")
                                      : tr("left out; --include-conflicts overwrites it"))
                      << '\n';
    for (const QString &note : result.notes)
        context.out() << cleanServerText(note) << '\n';
    const QJsonObject summary = result.summary();
    context.out() << tr("Revert of run %1 (%2, %3): %4 to create, %5 to update, %6 to reactivate, "
                        "%7 to deactivate, %8 to delete, %9 already as before the run")
                         .arg(run.id, displayTime(run.started), run.sourceText())
                         .arg(summary.value(u"create").toInt())
                         .arg(summary.value(u"update").toInt())
                         .arg(summary.value(u"reactivate").toInt())
                         .arg(summary.value(u"deactivate").toInt())
                         .arg(summary.value(u"delete").toInt())
                         .arg(summary.value(u"unchanged").toInt())
                  << (result.conflicts.isEmpty()
                          ? QString()
                          : tr(", %Ln conflict(s)", nullptr, int(result.conflicts.size())))
                  << ".\n"
                  << tr("Plan written to %1: review it with 'scimdesk-cli show %1'.").arg(output)
                  << '\n';
    context.out().flush();
    context.err().flush();
}

} // namespace

int revertCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("revert"), QString());
    const QCommandLineOption connection({QStringLiteral("c"), QStringLiteral("connection")},
                                        tr("The connection."), QStringLiteral("NAME"));
    const QCommandLineOption run(QStringLiteral("run"),
                                 tr("The run to revert (its id, from 'audit --runs')."),
                                 QStringLiteral("RUN_ID"));
    const QCommandLineOption last(QStringLiteral("last"), tr("Revert the newest run."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the plan."), QStringLiteral("PLAN.json"));
    const QCommandLineOption deleteCreated(
        QStringLiteral("delete-created"),
        tr("Delete the users the run created (by default they are deactivated)."));
    const QCommandLineOption includeConflicts(
        QStringLiteral("include-conflicts"),
        tr("Also revert what was changed on the service since the run, overwriting it (by "
           "default such changes are listed and left out of the plan)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the outcome as JSON."));
    parser.addOptions({connection, run, last, output, deleteCreated, includeConflicts, json});
    context.offerTokenFile(parser);
    if (int code = parse(context, parser, arguments,
                         tr("Turn an applied run back into a plan for review ('show') and "
                            "'apply': deactivations become reactivations with the licences the "
                            "users held, updates go back to the previous values, licence and "
                            "membership changes are reversed, created users are deactivated and "
                            "deleted users created again (as new accounts). What was changed on "
                            "the service since the run is a conflict: listed and left out. "
                            "Sends nothing: it only reads the service. Exit codes: 0 plan "
                            "written; 1 the service could not be read; 2 bad input (an unknown "
                            "run); 4 connection or authentication failure."));
        code >= 0)
        return code;
    if (parser.isSet(run) == parser.isSet(last))
        return context.fail(Usage,
                            tr("Name the run: --run RUN_ID (see 'scimdesk-cli audit -c "
                               "NAME --runs'), or --last."));
    if (!parser.isSet(output))
        return context.fail(Usage, tr("Say where to write the plan: -o PLAN.json."));

    int code = Ok;
    const auto profile = context.connection(parser.value(connection), &code);
    if (!profile)
        return code;
    QString error;
    const QList<AuditLog::Run> runs = AuditLog::runs(AuditLog(profile->id).records(&error));
    if (!error.isEmpty())
        return context.fail(Failed, error);
    const auto chosen = std::find_if(runs.cbegin(), runs.cend(), [&](const AuditLog::Run &r) {
        return parser.isSet(last) || r.id == parser.value(run);
    });
    if (chosen == runs.cend())
        return context.fail(
            Usage,
            runs.isEmpty()
                ? tr("The audit log of \"%1\" holds no runs to revert.").arg(profile->name)
                : tr("The audit log of \"%1\" has no run \"%2\": list them with "
                     "'scimdesk-cli audit -c \"%1\" --runs'.")
                      .arg(profile->name, parser.value(run)));

    ConnectionReport report;
    ScimClient *client = context.discover(*profile, &report, &code);
    if (!client)
        return code;
    RevertPlanner planner(client, *profile, report.capabilities);
    RevertPlanner::Options options;
    options.deleteCreated = parser.isSet(deleteCreated);
    options.includeConflicts = parser.isSet(includeConflicts);
    QEventLoop loop;
    QObject::connect(&planner, &RevertPlanner::finished, &loop, &QEventLoop::quit);
    planner.start(*chosen, options);
    loop.exec();
    const RevertPlanner::Result &result = planner.result();
    if (result.error.isError())
        return context.fail(result.error.isConnectionFailure() ? ConnectionFailure : Failed,
                            result.error.message());
    if (!result.problems.isEmpty())
        return context.fail(Usage, result.problems.join(u'\n'));
    if (const QString saveError = result.plan.save(parser.value(output)); !saveError.isEmpty())
        return context.fail(Usage, saveError);

    printRevert(context, result, *chosen, parser.isSet(json), options.includeConflicts,
                parser.value(output));
    return Ok;
}

} // namespace ScimDesk::Cli
