#include "UiTestCase.h"

#include "TestServer.h"
#include "connections/ConnectionStore.h"
#include "secrets/KeychainTokenStore.h"

#include <QStandardPaths>
#include <QTest>

namespace ScimDesk::Test {

bool startUiTestCase(TestServer *server, int users, int groups)
{
    // QSKIP and QVERIFY return from the function they are in; this one tells its caller instead.
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("SCIMDESK_KEYRING_SESSION")) {
        QTest::qSkip("needs the Secret Service: run through ctest", __FILE__, __LINE__);
        return false;
    }
    QString error;
    *server = TestServer::fromEnvironment(&error);
    if (!error.isEmpty()) {
        QTest::qSkip(qPrintable(error), __FILE__, __LINE__);
        return false;
    }
    const bool reset = server->reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                                      {QStringLiteral("users"), users},
                                      {QStringLiteral("groups"), groups}});
    return QTest::qVerify(reset, "server->reset(...)", "", __FILE__, __LINE__);
}

ConnectionProfile saveOnlyConnection(ConnectionStore &store, TokenStore &tokens,
                                     const TestServer &server, const QString &name)
{
    for (const auto &profile : store.list())
        store.remove(profile.id);
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = name;
    profile.baseUrl = server.baseUrl();
    store.save(profile);
    const TokenResult written = waitFor([&](const QObject *context, TokenStore::Callback done) {
        tokens.write(profile.id, server.token(), context, done);
    });
    if (!QTest::qVerify(written.ok(), "written.ok()", qPrintable(written.message()), __FILE__,
                        __LINE__))
        profile.id.clear();
    return profile;
}

} // namespace ScimDesk::Test
