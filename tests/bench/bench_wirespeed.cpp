// Reading a whole directory against the wire: the test service serves pre-serialised pages
// (--page-cache), a plain download of the same pages sets the floor, and in the same run
// `scimdesk-cli users list` (json, csv, table) and the console core's directory load are timed
// against it, each in a process of its own so that its peak memory is its own (read through
// GNU time, /usr/bin/time; curl is used when installed).
//
// Then `scimdesk-cli plan --mode provision` of a CSV of new hires (as many rows as users) against
// a 1,000-user service: its time, peak memory and the plan file's size.
//
//   bench_wirespeed [--users 10000,100000] [--rounds 3] [--concurrency 4] [--cli PATH]
//                   [--no-plan] [--plan-only]
//
// Prints, per directory size, the median over the rounds of each figure and of each ratio to
// the floor (the faster of curl and a QNetworkAccessManager download). No thresholds.

#include "TestServer.h"
#include "common/Memory.h"
#include "connections/ConnectionStore.h"
#include "directory/Directory.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace ScimDesk;

namespace {

const QString Token = QStringLiteral("scimdesk-test-token");
constexpr int PageSize = 1000; // the generic profile's maxResults: what the CLI asks for

struct Figure
{
    double seconds = 0;
    double peakMb = 0;
    double cpuSeconds = 0; // user + system: what a busy machine does not inflate
    int exitCode = -1;
};

// What execve takes: the strings' data, then a null.
std::vector<char *> pointers(QList<QByteArray> &strings)
{
    std::vector<char *> list;
    for (QByteArray &string : strings)
        list.push_back(string.data());
    list.push_back(nullptr);
    return list;
}

// Where GNU time writes the peak RSS of what it runs.
QString peakFile()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("peak"));
}

// Runs `program` with `arguments` (stdout to /dev/null, or to `output`; stderr to /dev/null, or
// to `errors`), extra environment `env`: wall time and the program's own peak RSS. The peak comes
// from GNU time, which runs the program: a process this one starts directly would report this one's
// peak as its own, as exec records the peak of the address space it replaces.
Figure runChild(const QString &program, const QStringList &arguments, const QStringList &env = {},
                const QString &output = {}, const QString &errors = {})
{
    static const QString time
        = QStandardPaths::findExecutable(QStringLiteral("time"), {QStringLiteral("/usr/bin")});
    QList<QByteArray> storage;
    if (!time.isEmpty())
        storage << time.toLocal8Bit() << "-f"
                << "%M %U %S"
                << "-o" << peakFile().toLocal8Bit();
    storage.append(program.toLocal8Bit());
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char *> argv = pointers(storage);
    QList<QByteArray> envStorage;
    for (char **e = environ; *e; ++e)
        envStorage.append(QByteArray(*e));
    for (const QString &entry : env)
        envStorage.append(entry.toLocal8Bit());
    std::vector<char *> envp = pointers(envStorage);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = output.isEmpty() ? QByteArray("/dev/null") : output.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const QByteArray err = errors.isEmpty() ? QByteArray("/dev/null") : errors.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    Figure figure;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data()) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return figure;
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    figure.seconds = clock.nsecsElapsed() / 1e9;
    QFile peak(peakFile());
    const QList<QByteArray> measured = !time.isEmpty() && peak.open(QIODevice::ReadOnly)
        ? peak.readAll().trimmed().split('\n').last().split(' ')
        : QList<QByteArray>();
    // Without GNU time: at least this program's peak, and the child's own CPU time.
    figure.peakMb
        = measured.size() == 3 ? measured.at(0).toDouble() / 1024.0 : usage.ru_maxrss / 1024.0;
    figure.cpuSeconds = measured.size() == 3 ? measured.at(1).toDouble() + measured.at(2).toDouble()
                                             : double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    figure.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return figure;
}

// The pages the CLI asks for, as (startIndex, count).
QList<std::pair<qint64, int>> pages(qint64 users)
{
    QList<std::pair<qint64, int>> list;
    for (qint64 start = 1; start <= qMax<qint64>(1, users); start += PageSize)
        list.append({start, int(qMin<qint64>(PageSize, users - start + 1))});
    return list;
}

// Child: downloads every page with one QNetworkAccessManager, `concurrency` at a time, and
// throws the bytes away. The floor for a Qt program.
int childDownload(const QUrl &base, qint64 users, int concurrency)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    const auto list = pages(users);
    qsizetype next = 0;
    int inFlight = 0;
    qint64 bytes = 0;
    bool failed = false;
    QEventLoop loop;
    std::function<void()> pump = [&] {
        while (inFlight < concurrency && next < list.size()) {
            const auto [start, count] = list.at(next++);
            QNetworkRequest request(
                QUrl(base.toString()
                     + QStringLiteral("/Users?startIndex=%1&count=%2").arg(start).arg(count)));
            request.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
            QNetworkReply *reply = nam.get(request);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::readyRead, reply,
                             [reply, &bytes] { bytes += reply->readAll().size(); });
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                bytes += reply->readAll().size();
                failed = failed || reply->error() != QNetworkReply::NoError;
                reply->deleteLater();
                --inFlight;
                pump();
            });
        }
        if (inFlight == 0)
            loop.quit();
    };
    pump();
    if (inFlight > 0)
        loop.exec();
    std::printf("%lld\n", bytes);
    return failed ? 1 : 0;
}

// Child: the console core's load of the directory (users and groups into their models), as
// the console does it once connected. Discovery comes first; the timing, from start to exit as
// for every row, includes it (some 10-30 ms here). Standard error gets the two phases.
int childLoad(const QUrl &base)
{
    QElapsedTimer phase;
    phase.start();
    recycleLargeBuffers(); // as the console's main does
    ScimClient client;
    client.setBaseUrl(base);
    client.setToken(Token);
    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("generic")));
    const ConnectionReport report = discovery.run();
    if (!report.ok())
        return 4;
    const qint64 discovered = phase.nsecsElapsed();
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    Directory directory;
    directory.attach(&client, report.capabilities, profile, report.userCount);
    const bool complete = directory.loadAndWait();
    const qint64 loaded = phase.nsecsElapsed();
    std::printf("%d\n", directory.users()->rowCount());
    std::fprintf(stderr, "discovery %.3f s, load %.3f s\n", discovered / 1e9,
                 (loaded - discovered) / 1e9);
    return complete ? 0 : 1;
}

// A CSV of `rows` new hires, none of whom the test service holds.
void writeHires(const QString &path, qint64 rows)
{
    static const char *const Departments[]
        = {"Engineering", "Sales", "Finance", "Marketing", "Support"};
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray csv = "Email,First Name,Last Name,Department,Title\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        csv += "hire." + QByteArray::number(i) + "@example.com,Given" + QByteArray::number(i)
            + ",Family" + QByteArray::number(i) + ',' + Departments[i % 5] + ",Engineer\r\n";
        if (csv.size() > 1 << 20)
            file.write(std::exchange(csv, {}));
    }
    file.write(csv);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Row
{
    QList<double> seconds;
    QList<double> peakMb;
    QList<double> cpu;
    QList<double> ratio;
    void add(const Figure &figure, double floor)
    {
        seconds.append(figure.seconds);
        peakMb.append(figure.peakMb);
        cpu.append(figure.cpuSeconds);
        ratio.append(figure.seconds / floor);
    }
    void print(const char *what) const
    {
        std::printf("  %-48s %7.3f s  %7.1f MB  %5.2f x the floor  (CPU %.3f s)\n", what,
                    median(seconds), median(peakMb), median(ratio), median(cpu));
    }
};

// `scimdesk-cli plan --mode provision` of `rows` new hires against a 1,000-user service.
void benchPlan(const QTemporaryDir &home, const QString &config, const QString &cli, qint64 rows,
               int rounds)
{
    Test::OwnedServer owned({QStringLiteral("--profile"), QStringLiteral("generic"),
                             QStringLiteral("--users"), QStringLiteral("1000"),
                             QStringLiteral("--groups"), QStringLiteral("0"),
                             QStringLiteral("--token"), Token});
    if (!owned.isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(owned.error()));
        return;
    }
    {
        ConnectionStore store(config + QStringLiteral("/ScimDesk/ScimDesk.conf"));
        ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
        profile.name = QStringLiteral("hires");
        profile.baseUrl = owned.server().baseUrl();
        store.save(profile);
    }
    const QStringList env {QStringLiteral("XDG_CONFIG_HOME=") + config,
                           QStringLiteral("XDG_DATA_HOME=") + home.filePath(QStringLiteral("data")),
                           QStringLiteral("SCIMDESK_TOKEN=") + Token,
                           QStringLiteral("SCIMDESK_CONNECTION=hires")};
    const QString csv = home.filePath(QStringLiteral("hires.csv"));
    const QString plan = home.filePath(QStringLiteral("hires.plan.json"));
    writeHires(csv, rows);
    Row row;
    int exitCode = 0;
    for (int round = 0; round < rounds; ++round) {
        const Figure figure
            = runChild(cli,
                       {QStringLiteral("plan"), QStringLiteral("-c"), QStringLiteral("hires"),
                        QStringLiteral("--csv"), csv, QStringLiteral("--mode"),
                        QStringLiteral("provision"), QStringLiteral("-o"), plan},
                       env);
        exitCode = qMax(exitCode, figure.exitCode);
        row.add(figure, 1.0);
    }
    std::printf("  %-48s %7.3f s  %7.1f MB  (CPU %.3f s)  plan file %.1f MB (%.0f bytes a "
                "create), exit %d\n",
                qPrintable(QStringLiteral("plan: %L1 new hires, 1,000 users").arg(rows)),
                median(row.seconds), median(row.peakMb), median(row.cpu),
                QFileInfo(plan).size() / 1e6,
                double(QFileInfo(plan).size()) / double(qMax<qint64>(1, rows)), exitCode);
    QFile::remove(csv);
    QFile::remove(plan);
}

} // namespace

int main(int argc, char *argv[])
{
    // Children first: they are this program started again with --child.
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        const QStringList args = app.arguments();
        if (args.value(2) == u"download")
            return childDownload(QUrl(args.value(3)), args.value(4).toLongLong(),
                                 args.value(5).toInt());
        if (args.value(2) == u"load")
            return childLoad(QUrl(args.value(3)));
        return 2;
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QStringLiteral("Directory sizes, comma-separated."),
                                         QStringLiteral("N,..."), QStringLiteral("10000,100000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds; medians are printed."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Pages at once, everywhere."),
                                               QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("scimdesk-cli."),
                                       QStringLiteral("PATH"), QStringLiteral(SCIMDESK_CLI_PATH));
    const QCommandLineOption noPlanOption(QStringLiteral("no-plan"),
                                          QStringLiteral("Leave out the plan of new hires."));
    const QCommandLineOption planOnlyOption(QStringLiteral("plan-only"),
                                            QStringLiteral("Only the plan of new hires."));
    parser.addOptions(
        {usersOption, roundsOption, concurrencyOption, cliOption, noPlanOption, planOnlyOption});
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const int concurrency = qMax(1, parser.value(concurrencyOption).toInt());
    const QString cli = parser.value(cliOption);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString self = QCoreApplication::applicationFilePath();

    // The CLI's connection: automatic page size, the token from the environment.
    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("config"));
    QDir().mkpath(config + QStringLiteral("/ScimDesk"));

    std::printf("concurrency %d everywhere, %d round(s), medians; page size %d (the service's "
                "maximum); floor: the faster plain download%s\n",
                concurrency, rounds, PageSize, curl.isEmpty() ? " (no curl found)" : "");
    for (const QString &size : parser.value(usersOption).split(u',')) {
        const qint64 users = size.toLongLong();
        if (parser.isSet(planOnlyOption)) {
            { // The last size's connection names a service that is gone.
                ConnectionStore store(config + QStringLiteral("/ScimDesk/ScimDesk.conf"));
                for (const ConnectionProfile &old : store.list())
                    store.remove(old.id);
            }
            benchPlan(home, config, cli, users, rounds);
            continue;
        }
        Test::OwnedServer owned({QStringLiteral("--profile"), QStringLiteral("generic"),
                                 QStringLiteral("--users"), QString::number(users),
                                 QStringLiteral("--groups"), QStringLiteral("0"),
                                 QStringLiteral("--page-cache"), QStringLiteral("--token"), Token});
        if (!owned.isRunning()) {
            std::fprintf(stderr, "%s\n", qPrintable(owned.error()));
            return 1;
        }
        const QUrl base = owned.server().baseUrl();
        {
            ConnectionStore store(config + QStringLiteral("/ScimDesk/ScimDesk.conf"));
            for (const ConnectionProfile &old : store.list())
                store.remove(old.id);
            ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
            profile.name = QStringLiteral("bench");
            profile.baseUrl = base;
            profile.concurrency = concurrency;
            store.save(profile);
        }
        const QStringList env {QStringLiteral("XDG_CONFIG_HOME=") + config,
                               QStringLiteral("SCIMDESK_TOKEN=") + Token,
                               QStringLiteral("SCIMDESK_CONNECTION=bench")};

        // curl: one process, keep-alive, `concurrency` transfers at once, bytes discarded.
        const QString curlConfig = home.filePath(QStringLiteral("curl.conf"));
        {
            QFile file(curlConfig);
            file.open(QIODevice::WriteOnly);
            file.write("silent\nfail\nparallel\nparallel-max = " + QByteArray::number(concurrency)
                       + "\nheader = \"Authorization: Bearer " + Token.toUtf8() + "\"\n");
            for (const auto &[start, count] : pages(users))
                file.write("url = \"" + base.toEncoded() + "/Users?startIndex="
                           + QByteArray::number(start) + "&count=" + QByteArray::number(count)
                           + "\"\noutput = \"/dev/null\"\n");
        }
        const QStringList download {QStringLiteral("--child"), QStringLiteral("download"),
                                    base.toString(), QString::number(users),
                                    QString::number(concurrency)};
        // Fills the service's page cache: every later read gets pre-serialised pages.
        runChild(self, download);

        // Is the export what the service holds? Checked once, outside the timing.
        const QString exported = home.filePath(QStringLiteral("users.json"));
        const Figure check = runChild(cli,
                                      {QStringLiteral("users"), QStringLiteral("list"),
                                       QStringLiteral("-c"), QStringLiteral("bench"),
                                       QStringLiteral("--format"), QStringLiteral("json")},
                                      env, exported);
        QFile file(exported);
        file.open(QIODevice::ReadOnly);
        const qint64 exportedBytes = file.size();
        const qsizetype exportedUsers = QJsonDocument::fromJson(file.readAll()).array().size();
        file.close();
        file.remove();

        Row curlRow, namRow, jsonRow, csvRow, tableRow, loadRow;
        QList<double> discovery, loadAlone; // the load's phases, the second as a ratio
        for (int round = 0; round < rounds; ++round) {
            const Figure viaCurl = curl.isEmpty()
                ? Figure {}
                : runChild(curl, {QStringLiteral("--config"), curlConfig});
            const Figure viaNam = runChild(self, download);
            const double floor = curl.isEmpty() || viaCurl.exitCode != 0
                ? viaNam.seconds
                : qMin(viaCurl.seconds, viaNam.seconds);
            if (!curl.isEmpty())
                curlRow.add(viaCurl, floor);
            namRow.add(viaNam, floor);
            const auto list = [&](const QString &format) {
                return runChild(cli,
                                {QStringLiteral("users"), QStringLiteral("list"),
                                 QStringLiteral("-c"), QStringLiteral("bench"),
                                 QStringLiteral("--format"), format},
                                env);
            };
            jsonRow.add(list(QStringLiteral("json")), floor);
            csvRow.add(list(QStringLiteral("csv")), floor);
            tableRow.add(list(QStringLiteral("table")), floor);
            const QString phases = home.filePath(QStringLiteral("phases"));
            const Figure loaded = runChild(
                self, {QStringLiteral("--child"), QStringLiteral("load"), base.toString()}, {}, {},
                phases);
            loadRow.add(loaded, floor);
            // Its stderr: "discovery X s, load Y s".
            QFile said(phases);
            const QList<QByteArray> words = said.open(QIODevice::ReadOnly)
                ? said.readAll().simplified().split(' ')
                : QList<QByteArray>();
            if (words.size() >= 6) {
                discovery.append(words.at(1).toDouble());
                loadAlone.append(words.at(4).toDouble() / floor);
            }
        }

        std::printf("\n%lld users, %.1f MB of JSON in %lld pages (export check: exit %d, %lld "
                    "users, %.1f MB written)\n",
                    users, exportedBytes / 1e6, qint64(pages(users).size()), check.exitCode,
                    qint64(exportedUsers), exportedBytes / 1e6);
        if (!curl.isEmpty())
            curlRow.print("floor: curl --parallel");
        namRow.print("floor: QNetworkAccessManager download");
        jsonRow.print("scimdesk-cli users list --format json");
        csvRow.print("scimdesk-cli users list --format csv");
        tableRow.print("scimdesk-cli users list (table)");
        loadRow.print("console core, whole process: connect + load");
        std::printf("    console core's load, Directory::load (users + groups) alone: %.2f x the "
                    "floor; before it, discovery (connecting) %.3f s\n",
                    median(loadAlone), median(discovery));
        if (!parser.isSet(noPlanOption))
            benchPlan(home, config, cli, users, rounds);
    }
    return 0;
}
