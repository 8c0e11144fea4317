#include "csv/CsvWriter.h"

#include <QTest>

namespace Csv = ScimDesk::Csv;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_quotesAndNeutralises_data();
    void field_quotesAndNeutralises();
    void record_endsWithCrLf();
    void field_neutralisesAfterTheExportsDelimiter();
};

void tst_CsvWriter::field_quotesAndNeutralises_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("ada") << QStringLiteral("ada");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("formula -") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("formula @") << QStringLiteral("@SUM") << QStringLiteral("'@SUM");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula after spaces") << QStringLiteral("  =1+1") << QStringLiteral("'  =1+1");
    QTest::newRow("full-width =") << QStringLiteral("\uFF1DSUM(A1)")
                                  << QStringLiteral("'\uFF1DSUM(A1)");
    QTest::newRow("full-width space then @")
        << QStringLiteral("\u3000@cmd") << QStringLiteral("'\u3000@cmd");
    QTest::newRow("delimiter then =") << QStringLiteral("Ada,=cmd|' /C calc'!A0")
                                      << QStringLiteral("\"'Ada,=cmd|' /C calc'!A0\"");
    QTest::newRow("delimiter, space, +") << QStringLiteral("x, +1") << QStringLiteral("\"'x, +1\"");
    QTest::newRow("hyphen inside")
        << QStringLiteral("Smith-Jones") << QStringLiteral("Smith-Jones");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("unicode") << QStringLiteral("Zoë Ångström") << QStringLiteral("Zoë Ångström");
}

void tst_CsvWriter::field_quotesAndNeutralises()
{
    QFETCH(QString, value);
    QTEST(Csv::field(value), "expected");
}

void tst_CsvWriter::record_endsWithCrLf()
{
    QCOMPARE(Csv::record({QStringLiteral("a"), QStringLiteral("b,c")}),
             QStringLiteral("a,\"b,c\"\r\n"));
}

void tst_CsvWriter::field_neutralisesAfterTheExportsDelimiter()
{
    // A semicolon export: a comma followed by = is harmless there, a semicolon is not.
    QCOMPARE(Csv::field(QStringLiteral("a;=1"), true, u';'), QStringLiteral("\"'a;=1\""));
    QCOMPARE(Csv::field(QStringLiteral("a,=1"), true, u';'), QStringLiteral("a,=1"));
    QCOMPARE(Csv::field(QStringLiteral("a;=1"), false, u';'), QStringLiteral("\"a;=1\""));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
