#include "Cli.h"

#include "audit/AuditLog.h"
#include "audit/AuditModel.h"
#include "changes/ApplyEstimate.h"
#include "changes/ApplySession.h"
#include "changes/PlanFile.h"
#include "changes/RequestEffect.h"
#include "common/Translations.h"
#include "csv/CsvWriter.h"
#include "people/SectionedApply.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServerText.h"
#include "scim/ServiceDiscovery.h"

#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>

#include <iostream>
#include <string>

#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Cli {

namespace { } // namespace

// One plan (or one section of a plan file): counts, how long applying takes at the service's
// published limits, then every change with its request.
void printPlan(Context &context, const Plan &plan, int concurrency)
{
    QTextStream &out = context.out();
    // A plan file is untrusted input, holding the service's text: shown whole, each control
    // character visible rather than passed to the terminal.
    const auto shown = [](const QString &text) {
        return visibleControls(text);
    };
    const ServiceCapabilities capabilities; // the standard /Users and /Groups endpoints
    out << shown(
        tr("Plan for \"%1\" (%2)").arg(plan.connectionName, plan.baseUrl.toDisplayString()))
        << "\n";
    if (const QString origin = plan.originText(); !origin.isEmpty())
        out << shown(origin) << "\n";
    out << plan.countsText() << '\n';
    if (const QString estimate = ApplyEstimate::textFor(plan, plan.presetId, concurrency);
        !estimate.isEmpty())
        out << estimate << '\n';
    if (const QString losses = plan.licenceLossText(); !losses.isEmpty())
        out << shown(losses) << '\n';
    out << '\n';

    for (const Change &change : plan.changes) {
        out << (change.included ? "" : "[excluded] ") << '[' << shown(change.id) << "] "
            << change.label() << ' ' << shown(change.targetName);
        if (!change.intents.isEmpty())
            out << " (" << shown(change.intents.join(u", ")) << ')';
        out << '\n';
        for (const AttributeChange &attribute : change.attributes())
            out << "    " << shown(attribute.path) << ": "
                << shown(Change::valueText(attribute.before)) << " -> "
                << shown(Change::valueText(attribute.after)) << '\n';
        // What the request does, read from it (the kind above is only what the plan claims).
        out << "    " << shown(tr("request: %1").arg(RequestEffect::describe(change, capabilities)))
            << '\n';
        out << "    " << shown(change.request.summary());
        if (!change.request.ifMatch.isEmpty())
            out << "  If-Match: " << shown(QString::fromUtf8(change.request.ifMatch));
        out << '\n';
        if (change.request.hasBody())
            out << "    " << shown(QString::fromUtf8(change.request.bodyJson)) << '\n';
        if (!change.dependsOn.isEmpty())
            out << "    " << shown(tr("after: %1").arg(change.dependsOn.join(u", "))) << '\n';
        if (!change.warning.isEmpty())
            out << "    " << shown(tr("warning: %1").arg(change.warning)) << '\n';
    }
}

// A plan file with a section per connection: what it is for, who was not found where, then
// each section.
namespace {

// The requests in flight at once an apply of `plan` would use: its connection's, else its
// preset's.
int concurrencyFor(Context &context, const Plan &plan)
{
    const auto profile = context.connections().findForService(plan.connectionName, plan.baseUrl);
    return profile ? profile->concurrency : Preset::byId(plan.presetId).concurrency;
}

void printSections(Context &context, const PlanFile &file)
{
    QTextStream &out = context.out();
    if (const QString origin = file.sections.first().originText(); !origin.isEmpty())
        out << visibleControls(origin) << '\n';
    out << file.countsText() << '\n';
    for (auto it = file.notFound.cbegin(); it != file.notFound.cend(); ++it)
        out << visibleControls(
            tr("Not on %1 (nothing sent there): %2").arg(it.key(), it.value().join(u", ")))
            << '\n';
    for (auto it = file.notSearched.cbegin(); it != file.notSearched.cend(); ++it)
        out << visibleControls(
            tr("Not searched, so not in this plan: %1 (%2)").arg(it.key(), it.value()))
            << '\n';
    for (qsizetype i = 0; i < file.sections.size(); ++i) {
        out << '\n' << tr("== Section %1 of %2 ==").arg(i + 1).arg(file.sections.size()) << '\n';
        printPlan(context, file.sections.at(i), concurrencyFor(context, file.sections.at(i)));
    }
}

} // namespace

int showCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show PLAN.json"), tr("A plan file."));
    if (int code = parse(context, parser, arguments,
                         tr("Show what a plan will do: counts, how long applying takes at the "
                            "service's published rate limits (for services that publish them), "
                            "then for each change the attributes "
                            "before and after, what its request does (read from the request "
                            "itself, not from the change's label) and the exact request. A plan "
                            "with sections (an offboarding) shows each connection's section. "
                            "Sends nothing. Exit codes: 0 shown; 2 the plan cannot be read (not "
                            "a plan, a newer format, or changes that depend on each other in a "
                            "cycle)."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one PLAN.json."));
    QString error;
    const auto file = PlanFile::load(parser.positionalArguments().first(), &error);
    if (!file)
        return context.fail(Usage, error);
    if (file->sectioned)
        printSections(context, *file);
    else
        printPlan(context, file->sections.first(), concurrencyFor(context, file->sections.first()));
    context.out().flush();
    return Ok;
}

} // namespace ScimDesk::Cli

namespace ScimDesk::Cli {

namespace {

std::optional<ConnectionProfile> connectionForPlan(Context &context, const Plan &plan, int *code)
{
    if (auto profile = context.connections().findForService(plan.connectionName, plan.baseUrl))
        return profile;
    *code = context.fail(Usage,
                         tr("No saved connection for this plan (\"%1\", %2) — add it with "
                            "'scimdesk-cli connection add'.")
                             .arg(plan.connectionName, plan.baseUrl.toDisplayString()));
    return std::nullopt;
}

// Asks on the terminal; true for y/yes.
bool askYes(Context &context, const QString &question)
{
    context.err() << question << ' ';
    context.err().flush();
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

int refuse(Context &context, const ApplySession::Check &check)
{
    if (check.refusal == ApplySession::Refusal::NothingToSend) {
        context.out() << check.message << Qt::endl;
        return Ok;
    }
    // Not a guard's refusal: the apply's record cannot be kept, which `apply --help` (and
    // resume, for the same journal) calls a failure.
    if (check.refusal == ApplySession::Refusal::RecordUnavailable)
        return context.fail(Failed, check.message);
    return context.fail(check.isBadInput() ? Usage : Refused, check.message);
}

// What `apply --json` prints: the summary and each change's outcome.
QJsonObject outcomeJson(const ApplyEngine &engine)
{
    QJsonArray changes;
    for (const ChangeResult &result : engine.results())
        changes.append(result.toJson());
    return {{QStringLiteral("summary"), engine.summary().toJson()},
            {QStringLiteral("changes"), changes}};
}

void printOutcome(Context &context, const ApplyEngine &engine, bool json)
{
    const ApplyEngine::Summary summary = engine.summary();
    const QList<ChangeResult> results = engine.results();
    if (json) {
        context.out() << QJsonDocument(outcomeJson(engine)).toJson(QJsonDocument::Indented);
        return;
    }
    context.err() << '\n';
    for (int i = 0; i < results.size(); ++i) {
        const ChangeResult &result = results.at(i);
        if (result.outcome == ChangeResult::Outcome::Applied)
            continue;
        const Change &change = engine.plan().changes.at(i);
        context.out() << ChangeResult::outcomeKey(result.outcome) << ": [" << change.id << "] "
                      << change.label() << ' ' << cleanServerText(change.targetName) << " — "
                      << cleanServerText(result.message) << '\n';
    }
    context.out() << tr("Applied %1, failed %2, not applied by the service %3, skipped %4.")
                         .arg(summary.applied)
                         .arg(summary.failed)
                         .arg(summary.notApplied)
                         .arg(summary.skipped)
                  << Qt::endl;
}

// Starts the session with `begin` (a new apply or a resumed one) and waits for it to finish.
// With `collected`, the JSON outcome goes there (a document of several) instead of out.
int runSession(Context &context, ApplySession &session,
               const std::function<ApplySession::Check(ApplySession &)> &begin, bool json,
               QJsonObject *collected = nullptr)
{
    QEventLoop loop;
    QObject::connect(&session, &ApplySession::finished, &loop, &QEventLoop::quit);
    if (!json) {
        QObject::connect(&session, &ApplySession::progress, &loop, [&](int done, int total) {
            const int eta = session.engine()->etaSeconds();
            const int wait = session.engine()->waitingSeconds();
            context.err() << '\r' << tr("%L1 of %L2 done").arg(done).arg(total)
                          << (eta >= 0 ? tr(", about %1 s left").arg(eta) : QString())
                          << (wait > 0 ? tr(", waiting %1 s as the service asked").arg(wait)
                                  : session.engine()->pacedByLimits()
                                  ? tr(", paced to the service's published limits")
                                  : QString())
                          << QStringLiteral("   ");
            context.err().flush();
        });
    }
    if (const ApplySession::Check check = begin(session); !check.allowed())
        return refuse(context, check);
    loop.exec();
    if (json && collected)
        *collected = outcomeJson(*session.engine());
    else
        printOutcome(context, *session.engine(), json);
    if (const QString lost = session.engine()->recordError(); !lost.isEmpty())
        return context.fail(Failed, lost);
    const ApplyEngine::Summary summary = session.engine()->summary();
    return summary.failed + summary.notApplied > 0 ? Failed : Ok;
}

int positiveOption(Context &context, const QCommandLineParser &parser,
                   const QCommandLineOption &option, int minimum, int *value)
{
    if (!parser.isSet(option))
        return Ok;
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (ok && *value >= minimum)
        return Ok;
    return context.fail(Usage,
                        minimum > 0
                            ? tr("--%1 takes a positive number.").arg(option.names().first())
                            : tr("--%1 takes a number of users.").arg(option.names().first()));
}

// The confirmation step of an apply the session allowed: the mass-deprovisioning number the
// admin passed, then --yes or a question on the terminal.
int confirmApply(Context &context, const ApplySession::Check &check, const Plan &plan,
                 const ConnectionProfile &profile, int concurrency, int allowed, bool yes)
{
    if (const QString why = check.unconfirmed(allowed); !why.isEmpty())
        return context.fail(Refused,
                            why + u' '
                                + tr("Review the plan, then pass "
                                     "--allow-mass-deprovision %1 to confirm.")
                                      .arg(check.deprovisions));
    if (yes) {
        // Said before it starts: how long the service's limits make this take.
        if (const QString estimate = ApplyEstimate::textFor(plan, profile.presetId, concurrency);
            !estimate.isEmpty())
            context.err() << estimate << Qt::endl;
        return Ok;
    }
    if (!stdinIsTerminal())
        return context.fail(
            Refused,
            tr("Not applying without confirmation: run it on a terminal, or pass --yes "
               "after reviewing the plan with 'scimdesk-cli show'. Nothing was sent."));
    printPlan(context, plan, concurrency);
    if (!askYes(context,
                tr("Apply %Ln change(s) to \"%1\"? [y/N]", nullptr, plan.includedCount())
                    .arg(profile.name)))
        return context.fail(Refused, tr("Not applied; nothing was sent."));
    return Ok;
}

// What the CLI exits with for a section that sent nothing.
int sectionExitCode(const SectionedApply::Section &section)
{
    if (section.state == SectionedApply::Section::State::Unavailable)
        return section.profile ? ConnectionFailure : Usage;
    if (section.state == SectionedApply::Section::State::Refused)
        return section.check.isBadInput() ? Usage : Refused;
    return Ok;
}

void printSectionOutcomes(Context &context, const SectionedApply &apply, bool json)
{
    if (json) {
        context.out() << QJsonDocument(apply.toJson()).toJson(QJsonDocument::Indented);
        context.out().flush();
        return;
    }
    for (const auto &section : apply.sections()) {
        context.out() << section->plan.connectionName << ": " << section->outcomeText() << '\n';
        if (section->state == SectionedApply::Section::State::Refused
            && section->check.needsMassConfirmation())
            context.out() << "    "
                          << tr("Review its section, then pass --allow-mass-deprovision %1 to "
                                "confirm.")
                                 .arg(section->check.deprovisions)
                          << '\n';
        if (!section->sentSomething())
            continue;
        const ApplyEngine *engine = section->session->engine();
        const QList<ChangeResult> results = engine->results();
        for (int i = 0; i < results.size(); ++i) {
            if (results.at(i).outcome == ChangeResult::Outcome::Applied)
                continue;
            const Change &change = engine->plan().changes.at(i);
            context.out() << "    " << ChangeResult::outcomeKey(results.at(i).outcome) << ": ["
                          << change.id << "] " << change.label() << ' '
                          << cleanServerText(change.targetName) << " — "
                          << cleanServerText(results.at(i).message) << '\n';
        }
    }
    context.out().flush();
}

// A plan with a section per connection: each section opens its own connection and goes
// through its own session; one refusing or failing leaves the others to finish.
int applySections(Context &context, const PlanFile &file, int allowed, int concurrency, bool yes,
                  bool json)
{
    SectionedApply apply(file, &context.connections(), &context.automationTokens());
    apply.setConcurrency(concurrency);
    QEventLoop loop;
    QObject::connect(&apply, &SectionedApply::opened, &loop, &QEventLoop::quit);
    QObject::connect(&apply, &SectionedApply::finished, &loop, &QEventLoop::quit);
    apply.open();
    loop.exec();
    int ready = 0;
    int readyChanges = 0; // what the question counts: the sections that can be sent
    for (const auto &section : apply.sections()) {
        if (section->state == SectionedApply::Section::State::Ready) {
            ++ready;
            readyChanges += section->plan.includedCount();
        } else if (!json)
            context.err() << section->plan.connectionName << ": " << section->outcomeText()
                          << Qt::endl;
    }
    if (ready > 0 && !yes) {
        if (!stdinIsTerminal())
            return context.fail(
                Refused,
                tr("Not applying without confirmation: run it on a terminal, or pass --yes "
                   "after reviewing the plan with 'scimdesk-cli show'. Nothing was sent."));
        printSections(context, file);
        if (!askYes(context,
                    tr("Apply %Ln change(s) to the sections ready (%1 connections)? [y/N]", nullptr,
                       readyChanges)
                        .arg(ready)))
            return context.fail(Refused, tr("Not applied; nothing was sent."));
    }
    apply.start([allowed](const SectionedApply::Section &) { return allowed; });
    loop.exec();
    printSectionOutcomes(context, apply, json);
    if (apply.allApplied())
        return Ok;
    if (apply.anySent())
        return Failed;
    for (const auto &section : apply.sections()) {
        if (const int code = sectionExitCode(*section); code != Ok)
            return code;
    }
    return Failed;
}

} // namespace

int applyCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("apply PLAN.json"), tr("A plan file."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Apply without asking (scripts)."));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("Requests in flight at once on each connection (default: the connection's own)."),
        QStringLiteral("N"));
    const QCommandLineOption allowMass(
        QStringLiteral("allow-mass-deprovision"),
        tr("Allow deactivating or deleting up to N users (needed above 10 users "
           "or 5 % of the directory, whichever is smaller)."),
        QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the outcome as JSON."));
    parser.addOptions({yes, concurrency, allowMass, json});
    context.offerTokenFile(parser);
    if (int code
        = parse(context, parser, arguments,
                tr("Apply a plan: send its changes, read them back to verify, and record each "
                   "in the audit log. Checked in this order, nothing sent when one refuses: no "
                   "other apply is running or unfinished; the plan is for this service; every "
                   "request stays inside the service's base path on its Users or Groups "
                   "endpoint; every request does what its change claims (kind, target id, the "
                   "attributes shown); the guards, judged on what the requests do, spare "
                   "protected accounts (by userName and id); mass deprovisioning is confirmed; "
                   "then --yes or your answer (after the plan and how long the service's "
                   "published rate limits make applying take). Every request waits for room "
                   "within those limits before it is sent. The apply stops sending (or sends "
                   "nothing) when "
                   "its journal or audit log cannot be written. Exit codes: 0 all applied and "
                   "verified; 1 some failed or were not applied, or the apply's record could "
                   "not be kept; 2 bad input or plan (including requests outside the service, "
                   "inconsistent or cyclic plans); 3 refused by a guard (nothing sent); 4 "
                   "connection or authentication failure. A plan with a section per connection "
                   "(from 'offboard') applies the sections in parallel, each to its own "
                   "connection with its own checks, journal and audit run; one refusing or "
                   "failing does not stop the others, --allow-mass-deprovision counts per "
                   "connection, and the exit code is 1 when any section sent something and not "
                   "everything was applied."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one PLAN.json."));
    const QString planPath = parser.positionalArguments().first();
    QString error;
    auto file = PlanFile::load(planPath, &error);
    if (!file)
        return context.fail(Usage, error);
    int code = Ok;
    int allowed = 0;
    if ((code = positiveOption(context, parser, allowMass, 0, &allowed)) != Ok)
        return code;
    int limit = 0; // the connection's (each section's) unless given
    if ((code = positiveOption(context, parser, concurrency, 1, &limit)) != Ok)
        return code;
    if (file->sectioned) {
        if (context.hasTokenFile())
            return context.fail(Usage,
                                tr("--token-file holds one connection's token, and this plan "
                                   "has a section per connection: each section uses its own "
                                   "connection's token from the keychain (or SCIMDESK_TOKEN "
                                   "with SCIMDESK_CONNECTION naming that connection)."));
        return applySections(context, *file, allowed, limit, parser.isSet(yes), parser.isSet(json));
    }
    const std::optional<Plan> plan = std::move(file->sections.first());
    const auto profile = connectionForPlan(context, *plan, &code);
    if (!profile)
        return code;
    if (limit == 0)
        limit = profile->concurrency;

    ConnectionReport report;
    ScimClient *client = context.discover(*profile, &report, &code);
    if (!client)
        return code;
    ApplySession session(client, *profile, report, std::make_unique<AuditLog>(profile->id));
    session.setConcurrency(limit);
    const ApplySession::Check check = session.check(*plan);
    if (!check.allowed())
        return refuse(context, check);
    code = confirmApply(context, check, *plan, *profile, limit, allowed, parser.isSet(yes));
    if (code != Ok)
        return code;
    return runSession(
        context, session, [&](ApplySession &s) { return s.start(*plan, allowed); },
        parser.isSet(json));
}

// Gives up on the interrupted apply of one connection: its journal is kept under another name.
int setAsideJournal(Context &context, const ConnectionProfile &profile, bool confirmed)
{
    const ApplySession::Unfinished unfinished = ApplySession::unfinished(profile);
    if (unfinished.refusal == ApplySession::Refusal::Busy)
        return context.fail(Refused, unfinished.message);
    if (unfinished.refusal == ApplySession::Refusal::RecordUnavailable)
        return context.fail(Failed, unfinished.message);
    if (!unfinished.interrupted && unfinished.refusal == ApplySession::Refusal::None) {
        context.out()
            << tr("Nothing to set aside: every apply to \"%1\" finished.").arg(profile.name)
            << Qt::endl;
        return Ok;
    }
    if (unfinished.interrupted)
        context.err() << tr("The interrupted apply to \"%1\" will not be finished: %2 of %3 "
                            "changes were done and %4 were in flight when it stopped, and "
                            "those are not checked on the service.")
                             .arg(profile.name)
                             .arg(unfinished.applied())
                             .arg(unfinished.interrupted->plan.includedCount())
                             .arg(unfinished.interrupted->inFlight.size())
                      << Qt::endl;
    else
        context.err() << unfinished.message << Qt::endl;
    if (!confirmed) {
        if (!stdinIsTerminal())
            return context.fail(Refused,
                                tr("Not setting it aside without confirmation: pass "
                                   "--yes."));
        if (!askYes(context, tr("Set its journal aside? [y/N]")))
            return context.fail(Refused, tr("Left as it was."));
    }
    QString aside;
    if (const QString why = ApplySession::setAside(profile, &aside); !why.isEmpty())
        return context.fail(Failed, why);
    context.out() << tr("The journal was set aside as %1. \"%2\" is free for the next apply; "
                        "list its users to see what the interrupted apply changed.")
                         .arg(aside, profile.name)
                  << Qt::endl;
    return Ok;
}

int resumeCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("resume"), QString());
    const QCommandLineOption connection({QStringLiteral("c"), QStringLiteral("connection")},
                                        tr("Only this connection (default: every one)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption setAside(
        QStringLiteral("set-aside"),
        tr("Do not finish the interrupted apply of --connection: keep its journal under "
           "another name and free the connection. For an apply that cannot be finished (its "
           "journal cannot be read, or its plan is refused); sends nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Continue without asking."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print the outcome as JSON: with -c as apply --json does; without, one document "
           "for every connection resumed, as a plan with sections is applied."));
    parser.addOptions({connection, setAside, yes, json});
    context.offerTokenFile(parser);
    if (int code
        = parse(context, parser, arguments,
                tr("Finish applies that were interrupted (a crash, a kill, a lost connection), on "
                   "every connection that has one unless -c names one: "
                   "changes that were in flight are read back from the service and sent again "
                   "only if they did not happen; nothing is applied twice. Exit codes: 0 all "
                   "applied and verified, nothing to resume, or set aside; 1 some failed or "
                   "were not applied, or the apply's record could not be kept; 2 a journal "
                   "cannot be read (it is kept: --set-aside frees the connection), or its plan "
                   "fails the same checks as apply (outside the service, inconsistent); 3 not "
                   "confirmed, a protected account, or another program is applying or finished "
                   "it meanwhile (nothing sent); 4 connection or authentication failure."));
        code >= 0)
        return code;
    QList<ConnectionProfile> profiles;
    if (parser.isSet(connection)) {
        int code = Ok;
        const auto profile = context.connection(parser.value(connection), &code);
        if (!profile)
            return code;
        profiles.append(*profile);
    } else if (parser.isSet(setAside)) {
        return context.fail(Usage,
                            tr("--set-aside needs --connection: the connection whose "
                               "interrupted apply is to be given up."));
    } else if (context.hasTokenFile()) {
        // A token belongs to one service: never offered to every connection with work left.
        return context.fail(Usage,
                            tr("--token-file needs --connection: the connection whose "
                               "token the file holds."));
    } else {
        profiles = context.connections().list();
    }
    if (parser.isSet(setAside))
        return setAsideJournal(context, profiles.first(), parser.isSet(yes));
    const QString setAsideHint
        = tr("If it cannot be finished, 'scimdesk-cli resume -c \"%1\" --set-aside' keeps the "
             "journal aside and frees the connection.");
    // Every connection with an interrupted apply is finished in turn (an offboarding leaves one
    // per section); the first failure's exit code is kept.
    int result = Ok;
    bool anyResumed = false;
    // Without -c, --json prints one document for every connection resumed, shaped as a
    // sectioned apply's: {"summary": totals, "connections": [{"name", "summary", "changes"}]}.
    const bool everyJson = parser.isSet(json) && !parser.isSet(connection);
    QJsonArray resumedJson;
    ApplyEngine::Summary total;
    const auto keep = [&result](int code) {
        if (result == Ok)
            result = code;
    };
    for (const ConnectionProfile &profile : std::as_const(profiles)) {
        // The journal is read before connecting: only a connection with work left is contacted.
        const ApplySession::Unfinished unfinished = ApplySession::unfinished(profile);
        if (unfinished.refusal == ApplySession::Refusal::Busy) {
            context.err() << unfinished.message << u' ' << tr("Left alone.") << Qt::endl;
            keep(Refused);
            continue;
        }
        if (unfinished.refusal == ApplySession::Refusal::JournalUnreadable) {
            keep(context.fail(Usage, unfinished.message + u' ' + setAsideHint.arg(profile.name)));
            continue;
        }
        if (unfinished.refusal == ApplySession::Refusal::RecordUnavailable) {
            keep(context.fail(Failed, unfinished.message));
            continue;
        }
        if (!unfinished.interrupted)
            continue;
        context.err() << tr("Interrupted apply to \"%1\": %2 of %3 changes done, %4 in flight "
                            "when it stopped.")
                             .arg(profile.name)
                             .arg(unfinished.applied())
                             .arg(unfinished.interrupted->plan.includedCount())
                             .arg(unfinished.interrupted->inFlight.size())
                      << Qt::endl;
        if (!parser.isSet(yes)) {
            if (!stdinIsTerminal())
                return context.fail(Refused,
                                    tr("Not continuing without confirmation: pass --yes."));
            if (!askYes(context, tr("Continue? [y/N]")))
                return context.fail(Refused, tr("Not continued; nothing was sent."));
        }
        int code = Ok;
        ConnectionReport report;
        ScimClient *client = context.discover(profile, &report, &code);
        if (!client) {
            keep(code);
            continue;
        }
        ApplySession resumed(client, profile, report, std::make_unique<AuditLog>(profile.id));
        bool cannotBeFinished = false;
        const auto resume = [&, interrupted = *unfinished.interrupted](ApplySession &s) {
            const ApplySession::Check check = s.resume(interrupted);
            cannotBeFinished = check.cannotBeFinished();
            return check;
        };
        QJsonObject outcome;
        code = runSession(context, resumed, resume, parser.isSet(json),
                          everyJson ? &outcome : nullptr);
        if (everyJson && !outcome.isEmpty()) {
            total += resumed.engine()->summary();
            outcome.insert(QStringLiteral("name"), profile.name);
            resumedJson.append(outcome);
        }
        if (cannotBeFinished)
            context.err() << setAsideHint.arg(profile.name) << Qt::endl;
        keep(code);
        anyResumed = true;
    }
    if (everyJson) {
        QJsonObject summary = total.toJson();
        summary.insert(QStringLiteral("connections"), int(resumedJson.size()));
        context.out() << QJsonDocument(QJsonObject {{QStringLiteral("summary"), summary},
                                                    {QStringLiteral("connections"), resumedJson}})
                             .toJson(QJsonDocument::Indented);
    } else if (!anyResumed && result == Ok) {
        context.out() << tr("Nothing to resume: every apply finished.") << Qt::endl;
    }
    return result;
}

namespace {

int printRuns(Context &context, const QList<AuditLog::Run> &runs, const QString &format)
{
    const QStringList outcomes {u"applied"_qs, u"notApplied"_qs, u"failed"_qs, u"conflict"_qs,
                                u"skipped"_qs};
    if (format == u"json") {
        QJsonArray array;
        for (const AuditLog::Run &run : runs) {
            QJsonObject counts;
            for (const QString &outcome : outcomes)
                counts.insert(outcome, run.count(outcome));
            array.append(
                QJsonObject {{QStringLiteral("id"), run.id},
                             {QStringLiteral("started"), run.started.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("ended"), run.ended.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("osUser"), run.osUser},
                             {QStringLiteral("plan"), run.planSource},
                             {QStringLiteral("changes"), int(run.records.size())},
                             {QStringLiteral("counts"), counts}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (format == u"csv") {
        // For programs: the same in any language, named as the JSON names it, the counts last.
        context.out() << Csv::record(QStringList {u"id"_qs, u"started"_qs, u"ended"_qs,
                                                  u"osUser"_qs, u"plan"_qs, u"changes"_qs}
                                     + outcomes);
        for (const AuditLog::Run &run : runs) {
            QStringList cells {run.id,
                               run.started.toString(Qt::ISODateWithMs),
                               run.ended.toString(Qt::ISODateWithMs),
                               run.osUser,
                               run.planSource,
                               QString::number(run.records.size())};
            for (const QString &outcome : outcomes)
                cells.append(QString::number(run.count(outcome)));
            for (QString &cell : cells)
                cell = cleanServerText(cell, TextUse::File);
            context.out() << Csv::record(cells);
        }
        context.out().flush();
        return Ok;
    }
    const QStringList header {tr("RUN"),  tr("STARTED"), tr("USER"),
                              tr("PLAN"), tr("CHANGES"), tr("OUTCOME")};
    QList<QStringList> rows;
    for (const AuditLog::Run &run : runs)
        rows.append({run.id, displayTime(run.started), cleanServerText(run.osUser),
                     cleanServerText(run.sourceText()), QLocale().toString(run.records.size()),
                     run.countsText()});
    if (rows.isEmpty())
        context.out() << tr("No runs yet: every apply from now on is one.") << '\n';
    else
        context.out() << alignedTable(QList<QStringList> {header} + rows);
    context.out().flush();
    return Ok;
}

} // namespace

int auditCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("audit"), QString());
    const QCommandLineOption connection({QStringLiteral("c"), QStringLiteral("connection")},
                                        tr("The connection."), QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv or json; with --runs also table (the default there)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  tr("List the runs (one per apply; a resumed apply continues "
                                     "its run) instead of every change."));
    parser.addOptions({connection, format, runs});
    if (int code = parse(context, parser, arguments,
                         tr("Print the audit log of a connection: every applied change. Exit "
                            "codes: 0 printed; 1 the log cannot be read; 2 bad input."));
        code >= 0)
        return code;
    const QString shape = parser.value(format).isEmpty()
        ? (parser.isSet(runs) ? u"table"_qs : u"csv"_qs)
        : parser.value(format);
    if (shape != u"csv" && shape != u"json" && (shape != u"table" || !parser.isSet(runs)))
        return context.fail(Usage,
                            parser.isSet(runs) ? tr("--format takes table, csv or json.")
                                               : tr("--format takes csv or json."));
    int code = Ok;
    const auto profile = context.connection(parser.value(connection), &code);
    if (!profile)
        return code;
    if (parser.isSet(runs)) {
        QString error;
        const QList<QJsonObject> records = AuditLog(profile->id).records(&error);
        if (!error.isEmpty())
            return context.fail(Failed, error);
        return printRuns(context, AuditLog::runs(records), shape);
    }
    // Printed record by record as the log is read: a long log is never held whole.
    const bool json = shape == u"json";
    bool first = true;
    const auto start = [&] {
        if (json)
            context.out() << (first ? "[\n" : ",\n");
        else if (first)
            context.out() << Csv::record(AuditModel::keys());
    };
    const QString error = AuditLog(profile->id).forEachRecord([&](const QJsonObject &record) {
        start();
        if (json) {
            context.out() << QString::fromUtf8(
                QJsonDocument(record).toJson(QJsonDocument::Compact));
        } else {
            QStringList row;
            for (const QString &key : AuditModel::keys())
                row.append(cleanServerText(AuditModel::text(record, key), TextUse::File));
            context.out() << Csv::record(row);
        }
        first = false;
        return true;
    });
    if (!error.isEmpty())
        return context.fail(Failed, error);
    if (json)
        context.out() << (first ? "[]\n" : "\n]\n");
    else if (first)
        start();
    context.out().flush();
    return Ok;
}

} // namespace ScimDesk::Cli
