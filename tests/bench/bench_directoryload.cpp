// Loading whole directories from the SCIM test service: wall time, peak memory, and how close
// a high-latency paged read comes to its ideal (pages / concurrency x latency).
//
//   bench_directoryload [--users 100000] [--page-size 1000] [--concurrency 4]
//                       [--lucid-users 10000] [--latency 50] [--lucid-concurrency 4]
//
// With --convert, instead: what the console does with the pages once they are read, in this
// process and on this thread — each page's body checked and indexed (ListPage::read, Indexed, as
// the load's worker threads do) and UserTableModel::convert() of it, then addPage() of each into
// a model — timed in CPU time and counted in user-space instructions (perf events),
// for perf and callgrind (--toggle-collect=*UserTableModel*convert*). The pages come from the
// service once, or from --pages DIR (written there the first time).
//
//   bench_directoryload --convert [--users 100000] [--page-size 1000] [--pages DIR]
//                       [--repeat 3]

#include "ProcessMemory.h"
#include "TestServer.h"
#include "directory/UserStore.h"
#include "directory/UserTableModel.h"
#include "scim/PagedReader.h"
#include "scim/ScimClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

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
    PagedReader::Options options;
    options.pageSize = pageSize;
    options.concurrency = concurrency;
    PagedReader reader(&client, options);
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

// User-space instructions of this thread, from a perf event; -1 where perf events are not
// allowed (perf_event_paranoid).
class InstructionCounter
{
public:
    InstructionCounter()
    {
        perf_event_attr attr {};
        attr.type = PERF_TYPE_HARDWARE;
        attr.size = sizeof(attr);
        attr.config = PERF_COUNT_HW_INSTRUCTIONS;
        attr.exclude_kernel = 1;
        attr.exclude_hv = 1;
        m_fd = int(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
    }
    ~InstructionCounter()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(InstructionCounter)

    qint64 read() const
    {
        qint64 count = -1;
        if (m_fd < 0 || ::read(m_fd, &count, sizeof(count)) != sizeof(count))
            return -1;
        return count;
    }

private:
    int m_fd = -1;
};

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Every page of a generic service's users, raw, as Directory::load reads them.
QList<ListPage> readPages(int users, int pageSize, QString *error)
{
    Test::OwnedServer owned({QStringLiteral("--profile"), QStringLiteral("generic"),
                             QStringLiteral("--users"), QString::number(users),
                             QStringLiteral("--groups"), QStringLiteral("0")});
    if (!owned.isRunning()) {
        *error = owned.error();
        return {};
    }
    ScimClient client;
    client.setBaseUrl(owned.server().baseUrl());
    client.setToken(QStringLiteral("scimdesk-test-token"));
    PagedReader::Options options;
    options.pageSize = pageSize;
    options.form = ListPage::Form::Raw;
    PagedReader reader(&client, options);
    QList<ListPage> pages;
    QObject::connect(&reader, &PagedReader::pageReceived, &reader,
                     [&pages](const ListPage &page) { pages.append(page); });
    QEventLoop loop;
    QObject::connect(&reader, &PagedReader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&reader, &PagedReader::failed, &loop, [&](const ScimError &e) {
        *error = e.message();
        loop.quit();
    });
    reader.start();
    loop.exec();
    return pages;
}

int convertOnly(int users, int pageSize, const QString &dir, int repeat,
                const LicenceCatalog &licences)
{
    QList<ListPage> pages;
    const QString prefix = dir.isEmpty()
        ? QString()
        : QStringLiteral("%1/users-%2-page-%3-").arg(dir).arg(users).arg(pageSize);
    for (int i = 0; !prefix.isEmpty(); ++i) {
        QFile file(prefix + QString::number(i) + QStringLiteral(".json"));
        if (!file.open(QIODevice::ReadOnly))
            break;
        pages.append(ListPage::read(file.readAll(), ListPage::Form::Raw));
    }
    if (pages.isEmpty()) {
        QString error;
        pages = readPages(users, pageSize, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "read failed: %s\n", qPrintable(error));
            return 1;
        }
        if (!prefix.isEmpty()) {
            QDir().mkpath(dir);
            for (int i = 0; i < pages.size(); ++i) {
                QFile file(prefix + QString::number(i) + QStringLiteral(".json"));
                if (file.open(QIODevice::WriteOnly))
                    file.write(pages.at(i).body());
            }
        }
    }
    qint64 count = 0;
    for (const ListPage &page : std::as_const(pages))
        count += page.size();
    std::printf("%lld users in %lld raw pages of %d\n", count, qint64(pages.size()), pageSize);

    const InstructionCounter counter;
    for (int round = 0; round < repeat; ++round) {
        const qint64 rssBefore = Test::statusKb("VmRSS:");
        double cpu = threadCpuSeconds();
        qint64 instructions = counter.read();
        // As a load does it on its worker threads: the page checked and indexed, each user
        // made as soon as its bytes are.
        std::vector<UserTableModel::Page> converted;
        converted.reserve(size_t(pages.size()));
        const auto reader = std::make_shared<const UserRecord::Reader>(licences);
        for (const ListPage &raw : std::as_const(pages)) {
            const auto converter = std::make_shared<UserTableModel::PageConverter>(reader);
            ListPage::read(raw.body(), ListPage::Form::Indexed, converter);
            converted.push_back(converter->take());
        }
        const double convertCpu = threadCpuSeconds() - cpu;
        const qint64 convertInstructions = counter.read() - instructions;

        cpu = threadCpuSeconds();
        instructions = counter.read();
        UserTableModel model;
        model.reset(licences);
        for (UserTableModel::Page &page : converted)
            model.addPage(std::move(page));
        const double addCpu = threadCpuSeconds() - cpu;
        const qint64 addInstructions = counter.read() - instructions;
        const qint64 rssAfter = Test::statusKb("VmRSS:");
        // A machine without hardware counters (a VM) opens the event and counts nothing.
        const auto perUser = [count](qint64 counted) {
            return counted > 0
                ? QByteArray::number(double(counted) / double(qMax<qint64>(1, count)), 'f', 0)
                : QByteArrayLiteral("n/a");
        };
        std::printf(
            "round %d: read and convert %.3f s CPU, %s instructions a user; addPage %.3f s CPU, "
            "%s instructions a user; %d rows, store %.1f MB, RSS +%.1f MB\n",
            round + 1, convertCpu, perUser(convertInstructions).constData(), addCpu,
            perUser(addInstructions).constData(), model.rowCount(),
            model.store().memoryUsage() / 1048576.0, (rssAfter - rssBefore) / 1024.0);
    }
    return 0;
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
    const QCommandLineOption convert(
        QStringLiteral("convert"),
        QStringLiteral("Only turn raw pages into a model, in this thread: CPU and instructions."));
    const QCommandLineOption pagesDir(QStringLiteral("pages"),
                                      QStringLiteral("With --convert: where the pages are kept."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("With --convert: rounds."), QStringLiteral("N"),
                                    QStringLiteral("3"));
    parser.addOptions({users, pageSize, concurrency, lucidUsers, latency, lucidConcurrency, convert,
                       pagesDir, repeat});
    parser.process(app);

    const LicenceCatalog licences {
        QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"),
        {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark"),
         QStringLiteral("LucidscaleExplorer"), QStringLiteral("LucidscaleCreator")}};
    if (parser.isSet(convert))
        return convertOnly(parser.value(users).toInt(), parser.value(pageSize).toInt(),
                           parser.value(pagesDir), qMax(1, parser.value(repeat).toInt()), licences);

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
