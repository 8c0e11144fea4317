// What the console does with licences each time a directory load completes: keep what every
// active user holds (LicenceHistory::remember, a TSV file rewritten) and read the history back
// (that file and the whole audit log). Until now the UI thread did both; now it only shares the
// users with a worker thread, which does the rest. Prints each part's time, medians of rounds.
//
//   bench_licencehistory [--users 100000] [--audit-records 20000] [--rounds 5]

#include "audit/LicenceHistory.h"
#include "changes/Plan.h"
#include "directory/UserStore.h"
#include "scim/Preset.h"
#include "scim/ServiceCapabilities.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ScimDesk;

namespace {

// This thread's CPU time in ms: what a busy machine does not inflate.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// `count` users, two in three active, holding some of the catalogue's licences.
UserStore makeUsers(const LicenceCatalog &catalog, int count)
{
    UserStore users(catalog);
    QJsonArray page;
    for (int i = 0; i < count; ++i) {
        QJsonObject flags;
        for (int l = 0; l < catalog.names.size(); ++l)
            flags.insert(catalog.names.at(l), (i >> l) % 2 == 0);
        page.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("id-%1").arg(i)},
            {QStringLiteral("userName"), QStringLiteral("user.%1@example.com").arg(i)},
            {QStringLiteral("active"), i % 3 != 0},
            {catalog.schema, QJsonObject {{QStringLiteral("productLicenses"), flags}}}});
        if (page.size() == 1000 || i + 1 == count)
            users.addPage(std::exchange(page, {}));
    }
    return users;
}

// An audit log of `count` deactivations, as applies write them.
void writeAudit(const QString &connectionId, const QString &directory, int count)
{
    AuditLog log(connectionId, directory);
    Plan plan;
    plan.connectionName = QStringLiteral("bench");
    plan.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
    for (int i = 0; i < count; ++i) {
        Change change;
        change.id = QStringLiteral("c%1").arg(i);
        change.kind = Change::Kind::Deactivate;
        change.targetId = QStringLiteral("id-%1").arg(i * 3);
        change.targetName = QStringLiteral("user.%1@example.com").arg(i * 3);
        change.request.method = "PATCH";
        change.request.path = "/Users/" + change.targetId.toUtf8();
        change.setAttributes({{QStringLiteral("active"), true, false}});
        change.licencesHeld = {QStringLiteral("Lucidchart")};
        log.append(plan, change, 200, QStringLiteral("applied"), {});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption auditOption(QStringLiteral("audit-records"),
                                         QStringLiteral("Records in the audit log."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({usersOption, auditOption, roundsOption});
    parser.process(app);
    const int count = parser.value(usersOption).toInt();
    const int records = parser.value(auditOption).toInt();
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    ServiceCapabilities caps;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    const UserStore users = makeUsers({caps.licenceSchema, caps.licenceNames}, count);
    QTemporaryDir dir;
    const QString connection = QStringLiteral("bench");
    writeAudit(connection, dir.path(), records);
    const LicenceHistory history(connection, dir.path());

    QList<double> share, remember, read, rememberCpu, readCpu;
    qsizetype known = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        const UserStore shared = users; // what the UI thread does now
        share.append(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        double cpu = cpuMs();
        if (const QString why = history.remember(shared); !why.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(why));
        remember.append(double(clock.nsecsElapsed()) / 1e6);
        rememberCpu.append(cpuMs() - cpu);
        clock.restart();
        cpu = cpuMs();
        known = history.read().size();
        read.append(double(clock.nsecsElapsed()) / 1e6);
        readCpu.append(cpuMs() - cpu);
    }
    std::printf("%d users, %d audit records, %lld users in the history; medians of %d rounds\n",
                count, records, qint64(known), rounds);
    std::printf("  remember (merge, write the TSV) %8.1f ms (CPU %.1f ms), was on the UI thread\n",
                median(remember), median(rememberCpu));
    std::printf("  read (TSV and audit log)        %8.1f ms (CPU %.1f ms), was on the UI thread\n",
                median(read), median(readCpu));
    std::printf("  UI thread now: share the users  %8.3f ms; the rest on a worker thread\n",
                median(share));
    return 0;
}
