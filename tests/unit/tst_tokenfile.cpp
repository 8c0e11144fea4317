#include "secrets/TokenFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

namespace {

const QByteArray Token = "s3cr3t-Token_value.42";

constexpr QFileDevice::Permissions Owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

// A token for unattended runs read from a file: only a file nobody else can read, holding the
// token alone, and the token never in a message.
class tst_TokenFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void missingOrFolder_saysWhatToGive();
};

void tst_TokenFile::read_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QFileDevice::Permissions>("mode");
    QTest::addColumn<bool>("inCredentials"); // in $CREDENTIALS_DIRECTORY, as systemd passes it
    QTest::addColumn<QString>("error"); // a part of the message; empty: the token is read

    const auto groupRead = QFileDevice::ReadOwner | QFileDevice::ReadGroup;
    QTest::newRow("0600, newline at the end") << Token + "\n" << Owner << false << QString();
    QTest::newRow("0400, CRLF and spaces")
        << "  " + Token + "\r\n"
        << QFileDevice::Permissions(QFileDevice::ReadOwner) << false << QString();
    QTest::newRow("0640") << Token << (Owner | QFileDevice::ReadGroup) << false
                          << QStringLiteral("can be read by other users: make it readable by "
                                            "its owner only (chmod 600");
    QTest::newRow("0604") << Token << (Owner | QFileDevice::ReadOther) << false
                          << QStringLiteral("can be read by other users");
    // systemd's access list for the service's user shows as the group bit: accepted there only.
    QTest::newRow("credential 0440") << Token << groupRead << true << QString();
    QTest::newRow("credential 0444") << Token << (groupRead | QFileDevice::ReadOther) << true
                                     << QStringLiteral("can be read by other users");
    QTest::newRow("empty") << QByteArray("\n") << Owner << false << QStringLiteral("is empty");
    QTest::newRow("two lines") << Token + "\n" + Token << Owner << false
                               << QStringLiteral("must hold the token alone");
    QTest::newRow("a space inside")
        << "Bearer " + Token << Owner << false << QStringLiteral("must hold the token alone");
}

void tst_TokenFile::read()
{
    QFETCH(QByteArray, content);
    QFETCH(QFileDevice::Permissions, mode);
    QFETCH(bool, inCredentials);
    QFETCH(QString, error);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("credentials")));
    const QString folder = dir.filePath(inCredentials ? QStringLiteral("credentials") : QString());
    const QString path = QDir(folder).filePath(QStringLiteral("scimdesk-token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(QFile::setPermissions(path, mode));
    qputenv("CREDENTIALS_DIRECTORY", dir.filePath(QStringLiteral("credentials")).toLocal8Bit());

    QString message;
    const QString token = TokenFile::read(path, &message);
    if (error.isEmpty()) {
        QCOMPARE(message, QString());
        QCOMPARE(token, QString::fromUtf8(Token));
    } else {
        QCOMPARE(token, QString());
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(!message.contains(QString::fromUtf8(Token)));
    }
    qunsetenv("CREDENTIALS_DIRECTORY");
}

void tst_TokenFile::missingOrFolder_saysWhatToGive()
{
    QTemporaryDir dir;
    QString message;
    QCOMPARE(TokenFile::read(dir.filePath(QStringLiteral("nothing-here")), &message), QString());
    QVERIFY2(message.contains(u"does not exist"), qPrintable(message));
    QCOMPARE(TokenFile::read(dir.path(), &message), QString());
    QVERIFY2(message.contains(u"is not a token file"), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_TokenFile)
#include "tst_tokenfile.moc"
