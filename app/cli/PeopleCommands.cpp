// find and offboard: one person (or a leavers file) across every saved connection.
#include "Cli.h"

#include "common/OsUser.h"
#include "csv/CsvReader.h"
#include "people/OffboardPlanner.h"
#include "people/PersonSearch.h"
#include "scim/ServerText.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Cli {

namespace {

// Runs `search` for `people` on `connections` and waits for every answer.
QList<PersonAccount> search(const QList<ConnectionProfile> &connections, const QStringList &people,
                            PersonSearch &search)
{
    QEventLoop loop;
    QObject::connect(&search, &PersonSearch::finished, &loop, &QEventLoop::quit);
    search.start(connections, people);
    if (search.isRunning())
        loop.exec();
    return search.accounts();
}

QString licenceSchemaOf(const PersonSearch &search, const PersonAccount &account)
{
    return search.report(account.profile.id).capabilities.licenceSchema;
}

QJsonObject accountJson(const PersonSearch &search, const PersonAccount &account)
{
    QJsonObject json {{QStringLiteral("name"), account.profile.name},
                      {QStringLiteral("found"), account.state == PersonAccount::State::Found},
                      {QStringLiteral("searched"), account.state != PersonAccount::State::Failed}};
    if (account.state == PersonAccount::State::Failed)
        json.insert(QStringLiteral("error"), account.error);
    if (account.state != PersonAccount::State::Found)
        return json;
    json.insert(QStringLiteral("id"), account.user.value(u"id").toString());
    json.insert(QStringLiteral("userName"), account.userName());
    json.insert(QStringLiteral("displayName"), account.displayName());
    json.insert(QStringLiteral("active"), account.active());
    json.insert(QStringLiteral("licences"),
                QJsonArray::fromStringList(account.licences(licenceSchemaOf(search, account))));
    json.insert(QStringLiteral("groups"), QJsonArray::fromStringList(account.groups()));
    return json;
}

void printAccounts(Context &context, const PersonSearch &search,
                   const QList<PersonAccount> &accounts)
{
    const QStringList header {tr("CONNECTION"), tr("ACCOUNT"), tr("STATE"), tr("LICENCES"),
                              tr("GROUPS")};
    QList<QStringList> rows {header};
    QStringList problems;
    for (const PersonAccount &account : accounts) {
        const bool found = account.state == PersonAccount::State::Found;
        const QString none = QStringLiteral("—");
        const QStringList licences = account.licences(licenceSchemaOf(search, account));
        rows.append({cleanServerText(account.profile.name),
                     found ? cleanServerText(account.userName()) : none, account.stateText(),
                     found && !licences.isEmpty() ? cleanServerText(licences.join(u", ")) : none,
                     found && !account.groups().isEmpty()
                         ? cleanServerText(account.groups().join(u", "))
                         : none});
        if (account.state == PersonAccount::State::Failed)
            problems.append(tr("%1 could not be searched: %2")
                                .arg(account.profile.name, cleanServerText(account.error)));
    }
    context.out() << alignedTable(rows);
    context.out().flush();
    for (const QString &problem : std::as_const(problems))
        context.err() << problem << '\n';
    context.err().flush();
}

bool anyFailed(const QList<PersonAccount> &accounts)
{
    return std::any_of(accounts.cbegin(), accounts.cend(), [](const PersonAccount &a) {
        return a.state == PersonAccount::State::Failed;
    });
}

// The connections named in --connections, or every saved one with --all-connections.
int chooseConnections(Context &context, const QCommandLineParser &parser,
                      const QCommandLineOption &all, const QCommandLineOption &some,
                      QList<ConnectionProfile> *chosen)
{
    if (parser.isSet(all) == parser.isSet(some))
        return context.fail(Usage,
                            tr("Say where to look: --all-connections, or --connections A,B."));
    if (parser.isSet(all)) {
        *chosen = context.connections().list();
        if (chosen->isEmpty())
            return context.fail(Usage,
                                tr("No saved connections — add one with 'scimdesk-cli "
                                   "connection add'."));
        return Ok;
    }
    for (const QString &name : parser.value(some).split(u',', Qt::SkipEmptyParts)) {
        int code = Ok;
        const auto profile = context.connection(name.trimmed(), &code);
        if (!profile)
            return code;
        chosen->append(*profile);
    }
    return Ok;
}

// The people in a leavers file: its email column (or userName, or the first column).
int readLeavers(Context &context, const QString &path, QStringList *people)
{
    const CsvTable table = CsvReader::readFile(path);
    if (!table.error.isEmpty())
        return context.fail(Usage, table.error);
    *people += OffboardPlanner::leaversIn(table);
    people->removeDuplicates();
    if (people->isEmpty())
        return context.fail(Usage,
                            tr("%1 names nobody: give a column \"email\" (or \"userName\") with "
                               "one leaver a row.")
                                .arg(path));
    return Ok;
}

} // namespace

int findCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("find EMAIL_OR_USERNAME"),
                                 tr("The person: an email address or a userName."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the accounts as JSON."));
    parser.addOption(json);
    if (int code = parse(context, parser, arguments,
                         tr("Find one person on every saved connection at once: whether each "
                            "service has an account for them, whether it is active, its "
                            "licences and groups. Looks up the userName, then (for an email "
                            "address) the emails. Sends only reads. Exit codes: 0 every "
                            "connection was searched (found or not); 2 bad input; 4 a "
                            "connection could not be searched (the others are still shown)."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one email address or userName."));
    const QList<ConnectionProfile> connections = context.connections().list();
    if (connections.isEmpty())
        return context.fail(Usage,
                            tr("No saved connections — add one with 'scimdesk-cli connection "
                               "add'."));
    const QString person = parser.positionalArguments().first().trimmed();
    PersonSearch finder(&context.automationTokens());
    const QList<PersonAccount> accounts = search(connections, {person}, finder);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const PersonAccount &account : accounts)
            list.append(accountJson(finder, account));
        context.out() << QJsonDocument(QJsonObject {{QStringLiteral("query"), person},
                                                    {QStringLiteral("connections"), list}})
                             .toJson(QJsonDocument::Indented);
        context.out().flush();
    } else {
        printAccounts(context, finder, accounts);
    }
    return anyFailed(accounts) ? ConnectionFailure : Ok;
}

namespace {

QJsonObject offboardSummary(const PlanFile &file, const QList<ConnectionProfile> &connections)
{
    int deactivate = 0;
    int remove = 0;
    int notFound = 0;
    int transfers = 0;
    QJsonArray perConnection;
    for (const ConnectionProfile &profile : connections) {
        int d = 0;
        int r = 0;
        for (const Plan &plan : file.sections) {
            if (plan.connectionName != profile.name)
                continue;
            const auto counts = plan.countsByKind();
            d = counts.value(Change::Kind::Deactivate);
            r = counts.value(Change::Kind::DeleteUser);
            transfers += counts.value(Change::Kind::TransferDocuments);
        }
        const int missing = int(file.notFound.value(profile.name).size());
        deactivate += d;
        remove += r;
        notFound += missing;
        perConnection.append(QJsonObject {{QStringLiteral("name"), profile.name},
                                          {QStringLiteral("deactivate"), d},
                                          {QStringLiteral("delete"), r},
                                          {QStringLiteral("notFound"), missing}});
    }
    return {{QStringLiteral("summary"),
             QJsonObject {{QStringLiteral("connections"), int(file.sections.size())},
                          {QStringLiteral("deactivate"), deactivate},
                          {QStringLiteral("delete"), remove},
                          {QStringLiteral("notFound"), notFound},
                          {QStringLiteral("documentTransfers"), transfers}}},
            {QStringLiteral("connections"), perConnection}};
}

// Ends an offboarding's output: Ok, or ConnectionFailure when a connection could not be
// searched (the plan, if any, leaves it out).
int finishOffboarding(Context &context, const QList<PersonAccount> &accounts)
{
    context.out().flush();
    if (anyFailed(accounts))
        return context.fail(ConnectionFailure,
                            tr("Not every connection could be searched: the plan leaves them "
                               "out. Fix the connection and plan again, or offboard the person "
                               "there by hand."));
    return Ok;
}

// Finds `people` on `connections`, writes the offboarding plan to `output` and says what it
// holds.
int planOffboarding(Context &context, const QList<ConnectionProfile> &connections,
                    const QStringList &people, const OffboardPlanner::Options &options,
                    const QString &output, bool json)
{
    PersonSearch finder(&context.automationTokens());
    finder.setReadsManagers(options.documentsTo == QStringView(OffboardPlanner::ManagerRecipient));
    const QList<PersonAccount> accounts = search(connections, people, finder);
    QHash<QString, ConnectionReport> reports;
    for (const ConnectionProfile &profile : std::as_const(connections))
        reports.insert(profile.id, finder.report(profile.id));
    QStringList problems;
    const PlanFile file = OffboardPlanner::plan(accounts, reports, options, &problems);
    if (!problems.isEmpty())
        return context.fail(Usage, problems.join(u'\n') + u'\n' + tr("No plan was written."));
    const auto report = [&] {
        if (json) {
            context.out() << QJsonDocument(offboardSummary(file, connections))
                                 .toJson(QJsonDocument::Indented);
            return;
        }
        printAccounts(context, finder, accounts);
        context.out() << '\n' << file.countsText() << '\n';
        for (const QString &note : OffboardPlanner::notes(accounts, options))
            context.out() << note << '\n';
    };
    // Nobody to deactivate or delete anywhere: a plan without sections could be neither shown
    // nor applied, so none is written (and a file already at `output` is left as it was).
    if (file.sections.isEmpty()) {
        report();
        context.err() << tr("Nothing to offboard: no active account to deactivate (or account "
                            "to delete) was found. No plan was written.")
                      << Qt::endl;
        return finishOffboarding(context, accounts);
    }
    if (const QString error = file.save(output); !error.isEmpty())
        return context.fail(Failed, error);
    report();
    if (!json)
        context.out()
            << tr("Plan written to %1 — review it with 'scimdesk-cli show %1'.").arg(output)
            << '\n';
    return finishOffboarding(context, accounts);
}

} // namespace

int offboardCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("offboard [EMAIL...]"),
                                 tr("The leavers: email addresses or userNames."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("A leavers file: its \"email\" (or \"userName\") column."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption all(QStringLiteral("all-connections"),
                                 tr("Look on every saved connection."));
    const QCommandLineOption some(QStringLiteral("connections"),
                                  tr("Look on these connections only (names, comma-separated)."),
                                  QStringLiteral("A,B"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the plan."), QStringLiteral("PLAN.json"));
    const QCommandLineOption action(QStringLiteral("deprovision-action"),
                                    tr("deactivate (the default) or delete."),
                                    QStringLiteral("ACTION"));
    const QCommandLineOption documents(
        QStringLiteral("documents-to"),
        tr("On Lucid connections, hand each leaver's documents first to their manager (the "
           "enterprise manager attribute) or to this address; needs the connection's sign-in for "
           "Lucid's REST API ('connection auth NAME --lucid-rest'). Without it, Lucid gives them "
           "to the account's default recipient."),
        QStringLiteral("manager|EMAIL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the summary as JSON."));
    parser.addOptions({csv, all, some, output, action, documents, json});
    if (int code = parse(
            context, parser, arguments,
            tr("Plan the offboarding of people across services: finds each on every chosen "
               "connection, then writes one plan with a section per connection that knows them "
               "(a deactivation, or a delete where asked), with each service's licence "
               "consequences. Sends only reads; review the plan with 'scimdesk-cli show', then "
               "'scimdesk-cli apply' applies each section to its connection with its own "
               "guards, journal and audit run. Exit codes: 0 planned, or nothing to offboard (then "
               "no plan is written); 2 bad input; 4 a connection could not be searched (the "
               "plan is written for the others and says so)."));
        code >= 0)
        return code;
    QStringList people;
    for (const QString &person : parser.positionalArguments())
        people.append(person.trimmed());
    if (parser.isSet(csv) == !people.isEmpty())
        return context.fail(Usage,
                            tr("Give the leavers either as email addresses or with --csv FILE."));
    if (!parser.isSet(output))
        return context.fail(Usage, tr("Say where to write the plan with -o PLAN.json."));
    OffboardPlanner::Options options;
    const QString actionName = parser.value(action);
    if (actionName == u"delete")
        options.action = OffboardPlanner::Action::Delete;
    else if (!actionName.isEmpty() && actionName != u"deactivate")
        return context.fail(Usage, tr("--deprovision-action takes deactivate or delete."));
    QList<ConnectionProfile> connections;
    if (int code = chooseConnections(context, parser, all, some, &connections); code != Ok)
        return code;
    if (parser.isSet(csv)) {
        if (int code = readLeavers(context, parser.value(csv), &people); code != Ok)
            return code;
        options.source = u"csv:"_qs + QFileInfo(parser.value(csv)).fileName();
    } else {
        options.source = people.join(u", ");
    }
    options.createdBy = osUser();
    options.documentsTo = parser.value(documents).trimmed();
    if (parser.isSet(documents)
        && options.documentsTo != QStringView(OffboardPlanner::ManagerRecipient)
        && !options.documentsTo.contains(u'@'))
        return context.fail(Usage, tr("--documents-to takes manager or an email address."));

    return planOffboarding(context, connections, people, options, parser.value(output),
                           parser.isSet(json));
}

} // namespace ScimDesk::Cli
