#include "csv/CsvReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

} // namespace

// The files people actually send, read as a spreadsheet would show them.
class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data();
    void files();
    void rowNumbers_areTheSpreadsheets();
    void blankRowsFirst_countInEveryMessage();
    void raggedRows_areReported();
    void overrides_winOverDetection();
    void brokenInput_saysWhy();
    void notUtf8_saysSoWithTheFirstBadRow();
    void oversizedFile_isRefusedBeforeItIsRead();
};

void tst_CsvReader::files_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("lastRow");

    const QStringList header {QStringLiteral("Email"), QStringLiteral("First Name"),
                              QStringLiteral("Department")};
    QTest::newRow("Excel UTF-8 with BOM, CRLF")
        << QByteArray("\xEF\xBB\xBF"
                      "Email,First Name,Department\r\n"
                      "ada@example.com,Ada,R&D\r\n"
                      "zoe@example.com,Zo\xC3\xAB,Sales\r\n")
        << QStringLiteral("UTF-8 with BOM") << QStringLiteral(",") << header
        << QStringList {QStringLiteral("zoe@example.com"), QStringLiteral("Zoë"),
                        QStringLiteral("Sales")};
    QTest::newRow("European Excel: semicolons, decimal commas")
        << QByteArray("Email;First Name;Department\n"
                      "ada@example.com;Ada;\"Finance, Controlling\"\n"
                      "bo@example.com;Bo;\"1,5 FTE\"\n")
        << QStringLiteral("UTF-8") << QStringLiteral(";") << header
        << QStringList {QStringLiteral("bo@example.com"), QStringLiteral("Bo"),
                        QStringLiteral("1,5 FTE")};
    QTest::newRow("quoted newlines and doubled quotes")
        << QByteArray(
               "Email,First Name,Department\n"
               "ada@example.com,\"Ada \"\"The Countess\"\"\",\"Research\nand Development\"\n")
        << QStringLiteral("UTF-8") << QStringLiteral(",") << header
        << QStringList {QStringLiteral("ada@example.com"), QStringLiteral("Ada \"The Countess\""),
                        QStringLiteral("Research\nand Development")};
    QTest::newRow("Excel Unicode text: UTF-16LE with BOM, tabs")
        << utf16(QStringLiteral("Email\tFirst Name\tDepartment\r\nz@example.com\tŻaneta\tHR\r\n"),
                 true)
        << QStringLiteral("UTF-16LE") << QStringLiteral("\t") << header
        << QStringList {QStringLiteral("z@example.com"), QStringLiteral("Żaneta"),
                        QStringLiteral("HR")};
    QTest::newRow("UTF-16BE with BOM")
        << utf16(QStringLiteral("Email|First Name|Department\nq@example.com|Qi|Ops\n"), false)
        << QStringLiteral("UTF-16BE") << QStringLiteral("|") << header
        << QStringList {QStringLiteral("q@example.com"), QStringLiteral("Qi"),
                        QStringLiteral("Ops")};
    QTest::newRow("Windows-1252 accents and euro")
        << QByteArray("Email,First Name,Department\r\n"
                      "jose@example.com,Jos\xE9,Cr\xE8me \x80 Br\xFBl\xE9\x65\r\n")
        << QStringLiteral("Windows-1252") << QStringLiteral(",") << header
        << QStringList {QStringLiteral("jose@example.com"), QStringLiteral("José"),
                        QStringLiteral("Crème € Brûlée")};
    QTest::newRow("trailing delimiters, old Mac CR line ends")
        << QByteArray("Email,First Name,Department,\rada@example.com,Ada,R&D,\r"
                      "bo@example.com,Bo,Ops,\r")
        << QStringLiteral("UTF-8") << QStringLiteral(",") << header
        << QStringList {QStringLiteral("bo@example.com"), QStringLiteral("Bo"),
                        QStringLiteral("Ops")};
    QTest::newRow("duplicated headers")
        << QByteArray("Email,First Name,Email\nada@example.com,Ada,ada@home.example\n")
        << QStringLiteral("UTF-8") << QStringLiteral(",")
        << QStringList {QStringLiteral("Email"), QStringLiteral("First Name"),
                        QStringLiteral("Email (2)")}
        << QStringList {QStringLiteral("ada@example.com"), QStringLiteral("Ada"),
                        QStringLiteral("ada@home.example")};
    QTest::newRow("no final line end, empty cells")
        << QByteArray("Email,First Name,Department\nada@example.com,,") << QStringLiteral("UTF-8")
        << QStringLiteral(",") << header
        << QStringList {QStringLiteral("ada@example.com"), QString(), QString()};
}

void tst_CsvReader::files()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, lastRow);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(QString(table.delimiter), delimiter);
    QCOMPARE(table.header, header);
    QVERIFY(!table.header.first().startsWith(QChar(0xFEFF))); // the BOM is never a header
    QVERIFY(!table.rows.isEmpty());
    QCOMPARE(table.rows.last().cells, lastRow);
}

void tst_CsvReader::rowNumbers_areTheSpreadsheets()
{
    // Row 1 header; row 2 spans three lines; row 3 blank (skipped, still counted); row 4.
    const CsvTable table = CsvReader::read("userName,Note\n"
                                           "a@x,\"one\ntwo\nthree\"\n"
                                           "\n"
                                           "b@x,plain\n");
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).number, 2);
    QCOMPARE(table.rows.at(1).number, 4);
    QVERIFY(table.warnings.isEmpty());
}

void tst_CsvReader::blankRowsFirst_countInEveryMessage()
{
    // Two blank rows above the header: a spreadsheet shows the header on row 3, and so do the
    // messages.
    const CsvTable table = CsvReader::read("\n\nEmail,Email\nada@x,ada@home\n");
    QCOMPARE(table.header, (QStringList {QStringLiteral("Email"), QStringLiteral("Email (2)")}));
    QCOMPARE(table.rows.first().number, 4);
    QCOMPARE(table.warnings.size(), 1);
    QVERIFY2(
        table.warnings.first().startsWith(u"Row 3: the header \"Email\" appears more than once"),
        qPrintable(table.warnings.first()));
}

void tst_CsvReader::raggedRows_areReported()
{
    const CsvTable table = CsvReader::read("a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n");
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(0).cells, (QStringList {u"1"_qs, u"2"_qs, QString()}));
    QCOMPARE(table.rows.at(1).cells.size(), 3);
    QCOMPARE(table.warnings.size(), 2); // row 4's trailing empty cells are not worth a warning
    QVERIFY(table.warnings.at(0).startsWith(u"Row 2 has 2 cells"));
    QVERIFY(table.warnings.at(1).startsWith(u"Row 3 has 4 cells"));
}

void tst_CsvReader::overrides_winOverDetection()
{
    // A semicolon-separated file whose names hold commas, read with the delimiter given.
    const QByteArray bytes("Name;Email\nDoe, Jane;jane@x\n");
    CsvReader::Options options;
    options.delimiter = u';';
    QCOMPARE(CsvReader::read(bytes, options).rows.first().cells.first(), u"Doe, Jane"_qs);
    // Latin text that happens to be valid UTF-8 is still read as Windows-1252 when asked.
    options.encoding = CsvReader::Encoding::Windows1252;
    QCOMPARE(CsvReader::read("a\n\xC3\xA9\n", options).rows.first().cells.first(),
             QString::fromUtf8("\xC3\x83\xC2\xA9"));
    CsvReader::Encoding encoding;
    QVERIFY(CsvReader::encodingFromName(u"utf-16be"_qs, &encoding));
    QCOMPARE(encoding, CsvReader::Encoding::Utf16BE);
    QVERIFY(!CsvReader::encodingFromName(u"ebcdic"_qs, &encoding));
}

void tst_CsvReader::brokenInput_saysWhy()
{
    QVERIFY(!CsvReader::read({}).ok());
    QVERIFY(!CsvReader::read("\n\n\r\n").ok());
    const CsvTable unclosed = CsvReader::read("a,b\n1,\"never closed\n2,3\n");
    QVERIFY(unclosed.ok());
    QCOMPARE(unclosed.rows.size(), 1);
    QVERIFY(unclosed.warnings.first().contains(u"never closed"));
    QVERIFY(!CsvReader::readFile(u"/nonexistent/hr.csv"_qs).ok());
}

void tst_CsvReader::notUtf8_saysSoWithTheFirstBadRow()
{
    // Rows 2 and 3 are UTF-8; row 4 holds a Windows-1252 é (0xE9), which UTF-8 cannot read.
    const QByteArray bytes("Name,Email\nZo\xC3\xAB,zoe@x\nAda,ada@x\n\"Ren\xE9\nB\",rene@x\n");
    const CsvTable detected = CsvReader::read(bytes);
    QCOMPARE(detected.encoding, u"Windows-1252"_qs);
    QVERIFY(!detected.warnings.isEmpty());
    QVERIFY2(detected.warnings.first().startsWith(u"Row 4 is not valid UTF-8"),
             qPrintable(detected.warnings.first()));
    QVERIFY(detected.warnings.first().contains(u"choose the file's encoding"));

    CsvReader::Options utf8;
    utf8.encoding = CsvReader::Encoding::Utf8;
    const CsvTable forced = CsvReader::read(bytes, utf8);
    QCOMPARE(forced.encoding, u"UTF-8"_qs);
    QVERIFY(forced.warnings.first().startsWith(u"Row 4 is not valid UTF-8"));

    QVERIFY(CsvReader::read("Name\nZo\xC3\xAB\n").warnings.isEmpty()); // valid: nothing to say
}

void tst_CsvReader::oversizedFile_isRefusedBeforeItIsRead()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.csv"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("Name,Email\n"));
    QVERIFY(file.resize(CsvReader::MaxFileBytes + 1)); // sparse: no disk is used
    file.close();
    const CsvTable table = CsvReader::readFile(file.fileName());
    QVERIFY(!table.ok());
    QVERIFY2(table.error.contains(u"larger than 50"), qPrintable(table.error));
    QVERIFY(table.error.contains(u"Split it"));
    QVERIFY(table.rows.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
