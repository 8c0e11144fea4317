#include "Cli.h"

#include "audit/AuditLog.h"
#include "audit/AuditModel.h"
#include "changes/ApplyEngine.h"
#include "changes/Guards.h"
#include "changes/Plan.h"
#include "scim/Preset.h"
#include "csv/CsvWriter.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>

#include <iostream>
#include <string>

#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int showCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show PLAN.json"), tr("A plan file."));
    if (int code = parse(context, parser, arguments,
                         tr("Show what a plan will do: counts, then for each change the attributes "
                            "before and after and the exact request. Sends nothing. Exit codes: 0 "
                            "shown; 2 the plan cannot be read."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one PLAN.json."));
    QString error;
    const auto plan = Plan::load(parser.positionalArguments().first(), &error);
    if (!plan)
        return context.fail(Usage, error);

    QTextStream &out = context.out();
    out << tr("Plan for \"%1\" (%2)").arg(plan->connectionName, plan->baseUrl.toDisplayString())
        << "\n";
    if (const QString origin = plan->originText(); !origin.isEmpty())
        out << origin << "\n";
    out << plan->countsText() << "\n\n";

    for (const Change &change : plan->changes) {
        out << (change.included ? "" : "[excluded] ") << '[' << change.id << "] "
            << Change::kindLabel(change.kind) << ' ' << change.targetName;
        if (!change.intents.isEmpty())
            out << " (" << change.intents.join(u", ") << ')';
        out << '\n';
        for (const AttributeChange &attribute : change.attributes)
            out << "    " << attribute.path << ": " << Change::valueText(attribute.before) << " -> "
                << Change::valueText(attribute.after) << '\n';
        out << "    " << change.request.summary();
        if (!change.request.ifMatch.isEmpty())
            out << "  If-Match: " << QString::fromUtf8(change.request.ifMatch);
        out << '\n';
        if (!change.request.body.isEmpty())
            out << "    "
                << QString::fromUtf8(
                       QJsonDocument(change.request.body).toJson(QJsonDocument::Compact))
                << '\n';
        if (!change.dependsOn.isEmpty())
            out << "    " << tr("after: %1").arg(change.dependsOn.join(u", ")) << '\n';
        if (!change.warning.isEmpty())
            out << "    " << tr("warning: %1").arg(change.warning) << '\n';
    }
    out.flush();
    return Ok;
}

} // namespace ScimDesk::Cli

namespace ScimDesk::Cli {

namespace {

QString trc(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

std::optional<ConnectionProfile> connectionForPlan(Context &context, const Plan &plan, int *code)
{
    if (auto profile = context.connections().findForService(plan.connectionName, plan.baseUrl))
        return profile;
    *code = context.fail(Usage,
                         trc("No saved connection for this plan (\"%1\", %2) — add it with "
                             "'scimdesk-cli connection add'.")
                             .arg(plan.connectionName, plan.baseUrl.toDisplayString()));
    return std::nullopt;
}

int runEngine(Context &context, ApplyEngine &engine, bool json)
{
    QEventLoop loop;
    QObject::connect(&engine, &ApplyEngine::finished, &loop, &QEventLoop::quit);
    if (!json) {
        QObject::connect(&engine, &ApplyEngine::progress, &loop, [&](int done, int total) {
            const int eta = engine.etaSeconds();
            context.err() << '\r' << trc("%1 of %2 done").arg(done).arg(total)
                          << (eta >= 0 ? trc(", about %1 s left   ").arg(eta)
                                       : QStringLiteral("   "));
            context.err().flush();
        });
    }
    engine.start();
    if (engine.isRunning())
        loop.exec();
    const ApplyEngine::Summary summary = engine.summary();
    const QList<ChangeResult> results = engine.results();
    const Plan &plan = engine.plan();
    if (json) {
        QJsonArray changes;
        for (const ChangeResult &result : results)
            changes.append(result.toJson());
        context.out() << QJsonDocument(QJsonObject {{QStringLiteral("summary"), summary.toJson()},
                                                    {QStringLiteral("changes"), changes}})
                             .toJson(QJsonDocument::Indented);
    } else {
        context.err() << '\n';
        for (int i = 0; i < results.size(); ++i) {
            const ChangeResult &result = results.at(i);
            if (result.outcome == ChangeResult::Outcome::Applied)
                continue;
            const Change &change = plan.changes.at(i);
            context.out() << ChangeResult::outcomeKey(result.outcome) << ": [" << change.id << "] "
                          << Change::kindLabel(change.kind) << ' ' << change.targetName << " — "
                          << result.message << '\n';
        }
        context.out() << trc("Applied %1, failed %2, not applied by the service %3, skipped %4.")
                             .arg(summary.applied)
                             .arg(summary.failed)
                             .arg(summary.notApplied)
                             .arg(summary.skipped)
                      << Qt::endl;
    }
    return summary.failed + summary.notApplied > 0 ? Failed : Ok;
}

} // namespace

int applyCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("apply PLAN.json"), trc("A plan file."));
    const QCommandLineOption yes(QStringLiteral("yes"), trc("Apply without asking (scripts)."));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        trc("Requests in flight at once (default: the connection's)."), QStringLiteral("N"));
    const QCommandLineOption allowMass(
        QStringLiteral("allow-mass-deprovision"),
        trc("Allow deactivating or deleting up to N users (needed above 10 users "
            "or 5 % of the directory, whichever is smaller)."),
        QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print the outcome as JSON."));
    parser.addOptions({yes, concurrency, allowMass, json});
    if (int code
        = parse(context, parser, arguments,
                trc("Apply a plan: send its changes, read them back to verify, and record each "
                    "in the audit log. Exit codes: 0 all applied and verified; 1 some failed or "
                    "were not applied; 2 bad input or plan; 3 refused by a guard (nothing sent); "
                    "4 connection or authentication failure."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, trc("Give exactly one PLAN.json."));
    QString error;
    const auto plan = Plan::load(parser.positionalArguments().first(), &error);
    if (!plan)
        return context.fail(Usage, error);
    int code = Ok;
    const auto profile = connectionForPlan(context, *plan, &code);
    if (!profile)
        return code;
    int limit = profile->concurrency;
    if (parser.isSet(concurrency)) {
        bool ok = false;
        limit = parser.value(concurrency).toInt(&ok);
        if (!ok || limit < 1)
            return context.fail(Usage, trc("--concurrency takes a positive number."));
    }
    int allowed = 0;
    if (parser.isSet(allowMass)) {
        bool ok = false;
        allowed = parser.value(allowMass).toInt(&ok);
        if (!ok || allowed < 0)
            return context.fail(Usage, trc("--allow-mass-deprovision takes a number of users."));
    }

    ConnectionReport report;
    ScimClient *client = context.discover(*profile, &report, &code);
    if (!client)
        return code;

    const Guards::Verdict verdict = Guards::check(*plan, *profile, report.userCount);
    if (!verdict.refusal.isEmpty())
        return context.fail(verdict.wrongService ? Usage : Refused, verdict.refusal);
    if (verdict.needsConfirmation() && allowed < verdict.deprovisions)
        return context.fail(
            Refused,
            trc("The plan deactivates or deletes %1 users, more than %2 (10 users or 5 % of "
                "the directory). Review it, then pass --allow-mass-deprovision %1 to "
                "confirm. Nothing was sent.")
                .arg(verdict.deprovisions)
                .arg(verdict.threshold));
    if (plan->includedCount() == 0) {
        context.out() << trc("The plan has no changes to send.") << Qt::endl;
        return Ok;
    }
    if (!parser.isSet(yes)) {
        if (!stdinIsTerminal())
            return context.fail(
                Refused,
                trc("Not applying without confirmation: run it on a terminal, or pass --yes "
                    "after reviewing the plan with 'scimdesk-cli show'. Nothing was sent."));
        showCommand(context, {parser.positionalArguments().first()});
        context.err() << trc("Apply %1 change(s) to \"%2\"? [y/N] ")
                             .arg(plan->includedCount())
                             .arg(profile->name);
        context.err().flush();
        std::string answer;
        std::getline(std::cin, answer);
        if (answer != "y" && answer != "Y" && answer != "yes")
            return context.fail(Refused, trc("Not applied; nothing was sent."));
    }

    const QString journalPath = ApplyJournal::pathFor(profile->id);
    if (ApplyJournal::isInUse(journalPath))
        return context.fail(Refused,
                            trc("Another scimdesk-cli or console window is applying "
                                "changes to \"%1\"; wait for it. Nothing was sent.")
                                .arg(profile->name));
    QString journalError;
    if (ApplyJournal::read(journalPath, &journalError))
        return context.fail(Refused,
                            trc("An earlier apply to \"%1\" was interrupted — finish it with "
                                "'scimdesk-cli resume' first. Nothing was sent.")
                                .arg(profile->name));
    if (!journalError.isEmpty()) // never throw away a journal that could not be read
        return context.fail(Usage, journalError + u' ' + trc("Nothing was sent."));
    ApplyJournal::removeFinished(journalPath); // the previous apply finished: start afresh
    AuditLog audit(profile->id);
    ApplyEngine::Options options;
    options.concurrency = limit;
    options.audit = &audit;
    options.journalPath = journalPath;
    ApplyEngine engine(client, report.capabilities, *plan, options);
    return runEngine(context, engine, parser.isSet(json));
}

int resumeCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("resume"), QString());
    const QCommandLineOption yes(QStringLiteral("yes"), trc("Continue without asking."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print the outcome as JSON."));
    parser.addOptions({yes, json});
    if (int code
        = parse(context, parser, arguments,
                trc("Finish an apply that was interrupted (a crash, a kill, a lost connection): "
                    "changes that were in flight are read back from the service and sent again "
                    "only if they did not happen; nothing is applied twice. Exit codes: 0 all "
                    "applied and verified, or nothing to resume; 1 some failed or were not "
                    "applied; 3 not confirmed; 4 connection or authentication failure."));
        code >= 0)
        return code;
    for (const ConnectionProfile &profile : context.connections().list()) {
        if (ApplyJournal::isInUse(ApplyJournal::pathFor(profile.id))) {
            context.err() << trc("An apply to \"%1\" is running now (not interrupted): left "
                                 "alone.")
                                 .arg(profile.name)
                          << Qt::endl;
            continue;
        }
        QString error;
        const auto interrupted = ApplyJournal::read(ApplyJournal::pathFor(profile.id), &error);
        if (!error.isEmpty())
            return context.fail(Usage, error);
        if (!interrupted)
            continue;
        int applied = 0;
        for (const ChangeResult &result : interrupted->settled)
            applied += result.outcome == ChangeResult::Outcome::Applied ? 1 : 0;
        context.err() << trc("Interrupted apply to \"%1\": %2 of %3 changes done, %4 in flight "
                             "when it stopped.")
                             .arg(profile.name)
                             .arg(applied)
                             .arg(interrupted->plan.includedCount())
                             .arg(interrupted->inFlight.size())
                      << Qt::endl;
        if (!parser.isSet(yes)) {
            if (!stdinIsTerminal())
                return context.fail(Refused,
                                    trc("Not continuing without confirmation: pass --yes."));
            context.err() << trc("Continue? [y/N] ");
            context.err().flush();
            std::string answer;
            std::getline(std::cin, answer);
            if (answer != "y" && answer != "Y" && answer != "yes")
                return context.fail(Refused, trc("Not continued; nothing was sent."));
        }
        int code = Ok;
        ConnectionReport report;
        ScimClient *client = context.discover(profile, &report, &code);
        if (!client)
            return code;
        AuditLog audit(profile.id);
        ApplyEngine::Options options;
        options.concurrency = profile.concurrency;
        options.audit = &audit;
        options.journalPath = ApplyJournal::pathFor(profile.id);
        ApplyEngine engine(client, report.capabilities, interrupted->plan, options);
        engine.resume(*interrupted);
        return runEngine(context, engine, parser.isSet(json));
    }
    context.out() << trc("Nothing to resume: every apply finished.") << Qt::endl;
    return Ok;
}

int auditCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("audit"), QString());
    const QCommandLineOption connection({QStringLiteral("c"), QStringLiteral("connection")},
                                        trc("The connection."), QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), trc("csv or json (default csv)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({connection, format});
    if (int code = parse(context, parser, arguments,
                         trc("Print the audit log of a connection: every applied change. Exit "
                             "codes: 0 printed; 1 the log cannot be read; 2 bad input."));
        code >= 0)
        return code;
    if (parser.value(format) != u"csv" && parser.value(format) != u"json")
        return context.fail(Usage, trc("--format takes csv or json."));
    int code = Ok;
    const auto profile = context.connection(parser.value(connection), &code);
    if (!profile)
        return code;
    QString error;
    const QList<QJsonObject> records = AuditLog(profile->id).records(&error);
    if (!error.isEmpty())
        return context.fail(Failed, error);
    if (parser.value(format) == u"json") {
        QJsonArray array;
        for (const QJsonObject &record : records)
            array.append(record);
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    context.out() << Csv::record(AuditModel::keys());
    for (const QJsonObject &record : records) {
        QStringList row;
        for (const QString &key : AuditModel::keys())
            row.append(AuditModel::text(record, key));
        context.out() << Csv::record(row);
    }
    context.out().flush();
    return Ok;
}

} // namespace ScimDesk::Cli
