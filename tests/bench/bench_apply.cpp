// Applying plans against the SCIM test service: 1,000 PATCH changes with 50 ms added latency at
// concurrency 8 (verification included) against the ideal 1000 x 50 ms / 8, and 200 changes
// under a 20 requests/s server limit against the ideal 10 s.
//
//   bench_apply [--changes 1000] [--latency 50] [--concurrency 8] [--limited 200] [--rps 20]

#include "TestServer.h"
#include "changes/ApplyEngine.h"
#include "changes/PlanBuilder.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "scim/ServiceDiscovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

#include <cstdio>

using namespace ScimDesk;

namespace {

struct Outcome
{
    qint64 ms = 0;
    ApplyEngine::Summary summary;
    int requests = 0;
};

Outcome run(Test::TestServer &server, int changes, int concurrency, const QJsonObject &faults,
            bool verify = true)
{
    server.reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                  {QStringLiteral("users"), changes},
                  {QStringLiteral("groups"), 0}});
    ScimClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(server.token());
    ServiceDiscovery discovery(&client, Preset::byId(QStringLiteral("generic")));
    const ServiceCapabilities caps = discovery.run().capabilities;
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    profile.name = QStringLiteral("bench");
    profile.baseUrl = server.baseUrl();
    PlanBuilder builder(profile, caps);
    for (const QJsonValue &user : server.state().value(u"users").toArray())
        builder.updateUser(user.toObject(),
                           QJsonObject {{QStringLiteral("title"), QStringLiteral("Benchmarked")}});
    const Plan plan = builder.plan();

    server.setFaults(faults);
    server.clearRequests();
    ApplyEngine::Options options;
    options.concurrency = concurrency;
    options.verify = verify;
    ApplyEngine engine(&client, caps, plan, options);
    QEventLoop loop;
    QObject::connect(&engine, &ApplyEngine::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    engine.start();
    if (engine.isRunning()) // an empty plan is done at once
        loop.exec();
    const QJsonArray requests = server.requests();
    Outcome outcome {clock.elapsed(), engine.summary(), int(requests.size())};
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        // Time each request spent at the service (its added latency included): when it is far
        // above the latency, the service was the bottleneck; when not, the client was.
        double total = 0;
        for (const QJsonValue &request : requests)
            total += request.toObject().value(u"durationMs").toDouble();
        std::fprintf(stderr, "  mean time at the service: %.1f ms per request\n",
                     requests.isEmpty() ? 0.0 : total / double(requests.size()));
    }
    server.setFaults({});
    return outcome;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("Changes."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Added latency."),
                                     QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Concurrency."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    const QCommandLineOption limited(QStringLiteral("limited"),
                                     QStringLiteral("Changes under the rate limit."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption rps(QStringLiteral("rps"), QStringLiteral("Server rate limit."),
                                 QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({changes, latency, concurrency, limited, rps});
    parser.process(app);

    Test::OwnedServer owned({QStringLiteral("--users"), QStringLiteral("0")});
    if (!owned.isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(owned.error()));
        return 1;
    }
    Test::TestServer &server = owned.server();

    const int n = parser.value(changes).toInt();
    const int ms = parser.value(latency).toInt();
    const int c = parser.value(concurrency).toInt();
    const Outcome a = run(server, n, c, {{QStringLiteral("latencyMs"), ms}});
    const double ideal = double(n) * ms / c;
    std::printf("%d PATCH changes, %d ms latency, concurrency %d, verification included: %lld ms "
                "(ideal %.0f ms, ratio %.2f); applied %d, failed %d, not applied %d; %d requests\n",
                n, ms, c, a.ms, ideal, a.ms / ideal, a.summary.applied, a.summary.failed,
                a.summary.notApplied, a.requests);

    // The same with the service's own work taken out: every PATCH answered by a scripted reply
    // after the same latency. What is left is the client's share.
    QJsonArray script;
    for (int i = 0; i < n; ++i)
        script.append(QJsonObject {
            {QStringLiteral("match"), QStringLiteral("PATCH /Users")},
            {QStringLiteral("status"), 200},
            {QStringLiteral("latencyMs"), ms},
            {QStringLiteral("body"),
             QJsonObject {
                 {QStringLiteral("schemas"),
                  QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                 {QStringLiteral("title"), QStringLiteral("Benchmarked")}}}});
    const Outcome scripted = run(server, n, c, {{QStringLiteral("script"), script}}, false);
    std::printf("  the same with scripted answers (no work at the service, so no verification): "
                "%lld ms (ratio %.2f); applied %d, failed %d, not applied %d\n",
                scripted.ms, scripted.ms / ideal, scripted.summary.applied, scripted.summary.failed,
                scripted.summary.notApplied);

    // How long the service itself takes for the changes with no added latency: on a small
    // machine shared with the client, its own work (SCIMMY validates every PATCH) adds to the
    // latency above.
    const Outcome bare = run(server, n, c, {});
    std::printf("  the service's own time (no added latency): %lld ms, %.1f ms a change at "
                "concurrency %d\n",
                bare.ms, double(bare.ms) / qMax(1, n), c);

    const int m = parser.value(limited).toInt();
    const int limit = parser.value(rps).toInt();
    const Outcome b = run(server, m, c, {{QStringLiteral("rps"), limit}});
    const double idealLimited = double(m) / limit * 1000.0;
    std::printf("%d changes under a %d requests/s limit, concurrency %d: %lld ms (ideal %.0f ms, "
                "ratio %.2f); "
                "applied %d, failed %d, not applied %d; %d requests\n",
                m, limit, c, b.ms, idealLimited, b.ms / idealLimited, b.summary.applied,
                b.summary.failed, b.summary.notApplied, b.requests);
    return 0;
}
