#include "secrets/KeychainTokenStore.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace ScimDesk;

// Runs against the real Secret Service (tests/support/with-keyring.sh starts one).
class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadReplaceDelete_roundTrip();
    void missingEntry_isNotFound();
    void deletingMissingEntry_succeeds();
    void tokensOfTwoConnections_stayApart();

private:
    TokenResult read(const QString &id);
    TokenResult write(const QString &id, const QString &token);
    TokenResult remove(const QString &id);

    KeychainTokenStore m_store {QStringLiteral("io.github.scimdesk.ScimDesk.tests")};
};

void tst_KeychainTokenStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("SCIMDESK_KEYRING_SESSION"))
        QSKIP("needs the Secret Service: run through ctest (tests/support/with-keyring.sh)");
}

TokenResult tst_KeychainTokenStore::read(const QString &id)
{
    return waitFor([&](const QObject *c, TokenStore::Callback d) { m_store.read(id, c, d); });
}

TokenResult tst_KeychainTokenStore::write(const QString &id, const QString &token)
{
    return waitFor(
        [&](const QObject *c, TokenStore::Callback d) { m_store.write(id, token, c, d); });
}

TokenResult tst_KeychainTokenStore::remove(const QString &id)
{
    return waitFor([&](const QObject *c, TokenStore::Callback d) { m_store.remove(id, c, d); });
}

void tst_KeychainTokenStore::writeReadReplaceDelete_roundTrip()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TokenResult written = write(id, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY2(written.ok(), qPrintable(written.message()));

    TokenResult got = read(id);
    QVERIFY2(got.ok(), qPrintable(got.message()));
    QCOMPARE(got.token, QStringLiteral("0123456789abcdef0123456789abcdef"));

    QVERIFY(write(id, QStringLiteral("replacement-token")).ok());
    got = read(id);
    QVERIFY(got.ok());
    QCOMPARE(got.token, QStringLiteral("replacement-token"));

    QVERIFY(remove(id).ok());
    QCOMPARE(read(id).status, TokenResult::Status::NotFound);
}

void tst_KeychainTokenStore::missingEntry_isNotFound()
{
    const TokenResult got = read(QStringLiteral("no-such-connection"));
    QCOMPARE(got.status, TokenResult::Status::NotFound);
    QVERIFY(got.token.isEmpty());
    QVERIFY(got.message().contains(u"No token is stored"));
}

void tst_KeychainTokenStore::deletingMissingEntry_succeeds()
{
    QVERIFY(remove(QStringLiteral("never-stored")).ok());
}

void tst_KeychainTokenStore::tokensOfTwoConnections_stayApart()
{
    QVERIFY(write(QStringLiteral("conn-a"), QStringLiteral("token-a")).ok());
    QVERIFY(write(QStringLiteral("conn-b"), QStringLiteral("token-b")).ok());
    QCOMPARE(read(QStringLiteral("conn-a")).token, QStringLiteral("token-a"));
    QCOMPARE(read(QStringLiteral("conn-b")).token, QStringLiteral("token-b"));
    QVERIFY(remove(QStringLiteral("conn-a")).ok());
    QCOMPARE(read(QStringLiteral("conn-b")).token, QStringLiteral("token-b"));
    QVERIFY(remove(QStringLiteral("conn-b")).ok());
}

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_keychaintokenstore.moc"
