#include "CliRunner.h"
#include "TestServer.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

// scimdesk-cli follows the system locale for people (LANG=de_DE.UTF-8: German words, German
// numbers) and never for programs: JSON and CSV are the same bytes in every language.
class tst_CliTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionTest_speaksTheLocalesLanguageAndNumbers();
    void machineOutput_isTheSameInEveryLanguage_data();
    void machineOutput_isTheSameInEveryLanguage();
    void errors_areTranslated();
    void help_isGermanUnderGerman_andEnglishUnderC();

private:
    // Runs the CLI in `locale` ("de_DE.UTF-8", "en_US.UTF-8" or "C"), as a shell with only
    // LANG set would.
    Test::CliResult cli(const QString &locale, const QStringList &arguments,
                        const QByteArray &input = {});

    Test::TestServer m_server;
    QString m_binary;
    QTemporaryDir m_config;
};

Test::CliResult tst_CliTranslation::cli(const QString &locale, const QStringList &arguments,
                                        const QByteArray &input)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), locale);
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LANGUAGE"})
        env.insert(QString::fromLatin1(name), QString()); // empty counts as unset
    return Test::runCli(m_binary, m_config.path(), arguments, input, env);
}

void tst_CliTranslation::initTestCase()
{
    m_binary = QStringLiteral(SCIMDESK_CLI_PATH);
    if (const QString why = Test::cliPrerequisites(&m_server, m_binary); !why.isEmpty())
        QSKIP(qPrintable(why));
    // More than a thousand users, so that the count has a thousands separator.
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 1234},
                            {QStringLiteral("groups"), 5}}));
    const Test::CliResult added
        = cli(QStringLiteral("en_US.UTF-8"),
              {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Übersetzt"),
               QStringLiteral("--url"), m_server.baseUrl().toString(), QStringLiteral("--preset"),
               QStringLiteral("lucid"), QStringLiteral("--token-stdin")},
              m_server.token().toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void tst_CliTranslation::connectionTest_speaksTheLocalesLanguageAndNumbers()
{
    const QStringList test {QStringLiteral("connection"), QStringLiteral("test"),
                            QStringLiteral("Übersetzt")};
    // The service lists its active users: over a thousand, so the count has a separator.
    const Test::CliResult english = cli(QStringLiteral("en_US.UTF-8"), test);
    QCOMPARE(english.exitCode, 0);
    const QRegularExpressionMatch en
        = QRegularExpression(QStringLiteral("Users listed: 1,(\\d{3})\\."))
              .match(QString::fromUtf8(english.out));
    QVERIFY2(english.out.contains("Connected.") && en.hasMatch(), english.out.constData());

    const Test::CliResult german = cli(QStringLiteral("de_DE.UTF-8"), test);
    QCOMPARE(german.exitCode, 0);
    const QString out = QString::fromUtf8(german.out);
    QVERIFY2(out.contains(u"Verbunden.")
                 && out.contains(u"Aufgelistete Benutzer: 1." + en.captured(1) + u'.'),
             german.out.constData());
    QVERIFY2(!out.contains(u"Connected") && !out.contains(u"Users listed"), german.out.constData());
}

void tst_CliTranslation::machineOutput_isTheSameInEveryLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString name = QStringLiteral("Übersetzt");
    for (const char *format : {"json", "csv"}) {
        QTest::addRow("users list --format %s", format) << QStringList {
            QStringLiteral("users"),    QStringLiteral("list"),     QStringLiteral("-c"), name,
            QStringLiteral("--format"), QString::fromLatin1(format)};
        QTest::addRow("groups list --format %s", format) << QStringList {
            QStringLiteral("groups"),   QStringLiteral("list"),     QStringLiteral("-c"), name,
            QStringLiteral("--format"), QString::fromLatin1(format)};
    }
    QTest::newRow("connection list --json") << QStringList {
        QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")};
}

void tst_CliTranslation::machineOutput_isTheSameInEveryLanguage()
{
    QFETCH(QStringList, arguments);
    const Test::CliResult english = cli(QStringLiteral("en_US.UTF-8"), arguments);
    const Test::CliResult german = cli(QStringLiteral("de_DE.UTF-8"), arguments);
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(german.exitCode, 0);
    QVERIFY(english.out.size() > 100);
    QVERIFY2(german.out == english.out, german.out.left(400).constData());
}

void tst_CliTranslation::errors_areTranslated()
{
    const QStringList arguments {QStringLiteral("users"), QStringLiteral("list"),
                                 QStringLiteral("-c"), QStringLiteral("Gibt es nicht")};
    const Test::CliResult english = cli(QStringLiteral("en_US.UTF-8"), arguments);
    const Test::CliResult german = cli(QStringLiteral("de_DE.UTF-8"), arguments);
    QCOMPARE(german.exitCode, english.exitCode); // exit codes are for scripts: the same
    QVERIFY2(english.err.contains("No connection named \"Gibt es nicht\""),
             english.err.constData());
    QVERIFY2(QString::fromUtf8(german.err).contains(u"Keine Verbindung namens „Gibt es nicht“"),
             german.err.constData());
}

void tst_CliTranslation::help_isGermanUnderGerman_andEnglishUnderC()
{
    // The man pages are made from --help in the C locale (packaging/man-page.sh): English.
    const Test::CliResult c = cli(QStringLiteral("C"), {QStringLiteral("--help")});
    QVERIFY2(c.out.startsWith("Usage: scimdesk-cli COMMAND"), c.out.constData());
    const Test::CliResult german = cli(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--help")});
    QVERIFY2(german.out.startsWith("Aufruf: scimdesk-cli BEFEHL"), german.out.constData());

    const QStringList applyHelp {QStringLiteral("apply"), QStringLiteral("--help")};
    QVERIFY(cli(QStringLiteral("C"), applyHelp).out.contains("Apply a plan: send its changes"));
    QVERIFY(QString::fromUtf8(cli(QStringLiteral("de_DE.UTF-8"), applyHelp).out)
                .contains(u"Einen Plan anwenden: seine Änderungen senden"));
}

QTEST_GUILESS_MAIN(tst_CliTranslation)
#include "tst_clitranslation.moc"
