// Loading whole directories from the SCIM test service: wall time, peak memory, and how close
// a high-latency paged read comes to its ideal (pages / concurrency x latency).
//
//   bench_directoryload [--users 100000] [--page-size 1000] [--concurrency 4]
//                       [--lucid-users 10000] [--latency 50] [--lucid-concurrency 4]

#include "ProcessMemory.h"
#include "TestServer.h"
#include "directory/UserStore.h"
#include "scim/PagedReader.h"
#include "scim/ScimClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

using namespace ScimDesk;

namespace {

struct Load
{
    qint64 ms = 0;
    qint64 users = 0;
    int requests = 0;
    qint64 storeBytes = 0;
    QString error;
};

Load load(const QUrl &url, int pageSize, int concurrency, const LicenceCatalog &licences)
{
    ScimClient client;
    client.setBaseUrl(url);
    client.setToken(QStringLiteral("scimdesk-test-token"));
    UserStore store(licences);
    PagedReader reader(&client, {"/Users", {}, {}, {}, pageSize, concurrency, 2});
    QObject::connect(&reader, &PagedReader::resourcesReceived, &reader,
                     [&store](const QJsonArray &page) { store.addPage(page); });
    QEventLoop loop;
    Load result;
    QObject::connect(&reader, &PagedReader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&reader, &PagedReader::failed, &loop, [&](const ScimError &e) {
        result.error = e.message();
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    reader.start();
    loop.exec();
    result.ms = clock.elapsed();
    result.users = store.size();
    result.requests = reader.requestCount();
    result.storeBytes = store.memoryUsage();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("Users for the big load."), QStringLiteral("N"),
                                   QStringLiteral("100000"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Page size."),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Concurrent pages."), QStringLiteral("N"),
                                         QStringLiteral("4"));
    const QCommandLineOption lucidUsers(QStringLiteral("lucid-users"),
                                        QStringLiteral("Users for the Lucid latency case."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Added latency (ms)."), QStringLiteral("MS"),
                                     QStringLiteral("50"));
    const QCommandLineOption lucidConcurrency(QStringLiteral("lucid-concurrency"),
                                              QStringLiteral("Concurrent pages, Lucid case."),
                                              QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({users, pageSize, concurrency, lucidUsers, latency, lucidConcurrency});
    parser.process(app);

    const LicenceCatalog licences {
        QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"),
        {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark"),
         QStringLiteral("LucidscaleExplorer"), QStringLiteral("LucidscaleCreator")}};

    // 1. A big directory, generic profile.
    auto big = std::make_unique<Test::OwnedServer>(QStringList {
        QStringLiteral("--profile"), QStringLiteral("generic"), QStringLiteral("--users"),
        parser.value(users), QStringLiteral("--groups"), QStringLiteral("0")});
    if (!big->isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(big->error()));
        return 1;
    }
    const qint64 rssBefore = Test::statusKb("VmRSS:");
    const Load a = load(big->server().baseUrl(), parser.value(pageSize).toInt(),
                        parser.value(concurrency).toInt(), licences);
    const qint64 peak = Test::statusKb("VmHWM:");
    const qint64 rssAfter = Test::statusKb("VmRSS:");
    big.reset();
    if (!a.error.isEmpty()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(a.error));
        return 1;
    }
    std::printf("load %lld users, page %d, concurrency %d: %lld ms, %d requests\n", a.users,
                parser.value(pageSize).toInt(), parser.value(concurrency).toInt(), a.ms,
                a.requests);
    std::printf("  peak RSS %.1f MB (RSS %.1f MB before, %.1f MB after); user store %.1f MB (%.0f "
                "bytes/user)\n",
                peak / 1024.0, rssBefore / 1024.0, rssAfter / 1024.0, a.storeBytes / 1048576.0,
                double(a.storeBytes) / qMax<qint64>(1, a.users));

    // 2. Lucid: 100 a page, with added latency.
    Test::OwnedServer lucid({QStringLiteral("--profile"), QStringLiteral("lucid"),
                             QStringLiteral("--users"), parser.value(lucidUsers),
                             QStringLiteral("--groups"), QStringLiteral("0")});
    if (!lucid.isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(lucid.error()));
        return 1;
    }
    lucid.server().setFaults({{QStringLiteral("latencyMs"), parser.value(latency).toInt()}});
    const int c = parser.value(lucidConcurrency).toInt();
    const Load b = load(lucid.server().baseUrl(), 100, c, licences);
    if (!b.error.isEmpty()) {
        std::fprintf(stderr, "lucid load failed: %s\n", qPrintable(b.error));
        return 1;
    }
    // The first page must come alone (it tells the total); the rest go `c` at a time.
    const double pages = double(b.requests);
    const double ideal = (pages / c) * parser.value(latency).toInt();
    std::printf(
        "lucid %lld active users, 100 a page, %d ms latency, concurrency %d: %lld ms, %d requests;"
        " ideal (pages / concurrency x latency) %.0f ms, ratio %.2f\n",
        b.users, parser.value(latency).toInt(), c, b.ms, b.requests, ideal, b.ms / ideal);
    return 0;
}
