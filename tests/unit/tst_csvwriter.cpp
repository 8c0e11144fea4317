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

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
