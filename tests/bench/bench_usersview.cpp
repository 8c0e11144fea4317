// The users view at directory scale: how long the event loop is blocked while 100,000 users
// arrive page by page into a sorted table, how long a sort takes, and one quick-search keystroke.
//
//   QT_QPA_PLATFORM=offscreen bench_usersview [--users 100000] [--page-size 1000]

#include "TestServer.h"
#include "connections/ConnectionProfile.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ScimDesk;

namespace {

// Times every event the application delivers, so a stall can be traced to what caused it.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = clock.elapsed();
        if (ms > 40 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "  event %d to %s took %lld ms\n", type,
                         receiver->metaObject()->className(), ms);
        return result;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Users."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Page size."),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({users, pageSize});
    parser.process(app);

    Test::OwnedServer server({QStringLiteral("--profile"), QStringLiteral("generic"),
                              QStringLiteral("--users"), parser.value(users),
                              QStringLiteral("--groups"), QStringLiteral("20")});
    if (!server.isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }

    ScimClient client;
    client.setBaseUrl(server.server().baseUrl());
    client.setToken(QStringLiteral("scimdesk-test-token"));
    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("generic")));
    const ConnectionReport report = discovery.run();
    if (!report.ok()) {
        std::fprintf(stderr, "discovery failed: %s\n", qPrintable(report.error.message()));
        return 1;
    }
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.pageSize = parser.value(pageSize).toInt();
    profile.concurrency = 4;

    Directory directory;
    directory.attach(&client, report.capabilities, profile);
    UserFilterProxy proxy;
    proxy.setSourceModel(directory.users());
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(UserTableModel::UserNameColumn, Qt::AscendingOrder); // sorted while loading
    view.resize(1200, 800);
    // As the users page sets it up.
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.show();

    // The lag probe: a 10 ms timer; any gap beyond that is time the loop was blocked.
    QElapsedTimer probeClock;
    qint64 last = 0;
    qint64 worstGap = 0;
    QList<qint64> gaps;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = probeClock.elapsed();
        const qint64 gap = now - last - 10;
        last = now;
        gaps.append(qMax<qint64>(0, gap));
        if (gap > 60 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "gap %lld ms at %d rows\n", gap, directory.users()->rowCount());
        worstGap = qMax(worstGap, gap);
    });

    QEventLoop loop;
    qint64 arrivalWorst = 0;
    qsizetype arrivalSamples = 0;
    qint64 finalSortMs = 0;
    QObject::connect(&directory, &Directory::stateChanged, &loop, [&](Directory::State state) {
        if (state == Directory::State::Loading) {
            proxy.setLoading(true); // as the users page does
            return;
        }
        arrivalWorst = worstGap;
        arrivalSamples = gaps.size();
        QElapsedTimer finalSort;
        finalSort.start();
        proxy.setLoading(false); // the one sort when loading ends
        finalSortMs = finalSort.elapsed();
        loop.quit();
    });
    qint64 insertWorst = 0;
    QElapsedTimer insertClock;
    QObject::connect(directory.users(), &QAbstractItemModel::rowsAboutToBeInserted, &loop,
                     [&] { insertClock.start(); });
    QObject::connect(directory.users(), &QAbstractItemModel::rowsInserted, &loop,
                     [&] { insertWorst = qMax(insertWorst, insertClock.elapsed()); });
    QElapsedTimer loadClock;
    loadClock.start();
    probeClock.start();
    probe.start();
    directory.load();
    loop.exec();
    probe.stop();
    const qint64 loadMs = loadClock.elapsed();
    if (directory.state() != Directory::State::Complete) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(directory.statusText()));
        return 1;
    }
    gaps.resize(arrivalSamples);
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99
        = gaps.isEmpty() ? 0 : gaps.at(qMin<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100));
    std::printf("load %d users into a sorted table view: %lld ms\n", directory.users()->rowCount(),
                loadMs);
    std::printf("  while pages arrive: event loop blocked at most %lld ms (p99 %lld ms)\n",
                arrivalWorst, p99);
    std::printf("  the one sort when loading ends: %lld ms; slowest page insertion (model, proxy, "
                "view): %lld ms\n",
                finalSortMs, insertWorst);

    const auto timeIt = [&](const char *what, const std::function<void()> &action) {
        QElapsedTimer clock;
        clock.start();
        action();
        QCoreApplication::processEvents();
        std::printf("%s: %lld ms\n", what, clock.elapsed());
    };
    timeIt("sort by display name (first time, builds keys)",
           [&] { view.sortByColumn(UserTableModel::DisplayNameColumn, Qt::AscendingOrder); });
    timeIt("sort by user name, descending",
           [&] { view.sortByColumn(UserTableModel::UserNameColumn, Qt::DescendingOrder); });
    timeIt("sort by department",
           [&] { view.sortByColumn(UserTableModel::DepartmentColumn, Qt::AscendingOrder); });
    timeIt("sort by a licence column",
           [&] { view.sortByColumn(directory.users()->licenceColumn(0), Qt::AscendingOrder); });
    QString typed;
    for (const QChar c : QStringLiteral("ada")) {
        typed += c;
        const QByteArray label = "quick search keystroke \"" + typed.toUtf8() + '"';
        timeIt(label.constData(), [&] { proxy.setQuickSearch(typed); });
        std::printf("  rows shown: %d\n", proxy.rowCount());
    }
    timeIt("clear the search", [&] { proxy.setQuickSearch({}); });
    return 0;
}
