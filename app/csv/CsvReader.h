#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ScimDesk {

// A CSV file as people send it, read into rows. RFC 4180 quoting (delimiters, doubled quotes
// and line breaks inside quotes), CRLF, LF or CR line ends, the delimiter sniffed from the
// header (comma, semicolon, tab, pipe) and the encoding detected (UTF-8 with or without BOM,
// UTF-16 LE/BE with BOM, Windows-1252), both overridable.
//
// Row numbers are the ones a spreadsheet shows: the header is row 1, and a quoted field
// that spans lines stays one row. Blank lines are skipped but keep their numbers.
struct CsvTable
{
    struct Row
    {
        int number = 0; // as a spreadsheet shows it
        QStringList cells; // as many as the header (padded when the row is short)
    };

    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter;
    QStringList header; // duplicates made unique ("Email", "Email (2)"), never holding a BOM
    QList<Row> rows;
    QStringList warnings; // ragged rows, duplicated headers, an unclosed quote — with row numbers
    QString error; // the file could not be read at all (empty, no header)

    bool ok() const { return error.isEmpty(); }
};

enum class CsvEncoding { Detect, Utf8, Utf16LE, Utf16BE, Windows1252 };

struct CsvReadOptions
{
    CsvEncoding encoding = CsvEncoding::Detect;
    QChar delimiter; // null: sniff
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using Encoding = CsvEncoding;
    using Options = CsvReadOptions;

    // Files past this are refused before they are read whole: far more than an HR export of a
    // 100,000-person company, and as much as planning and review stay quick with.
    static constexpr qint64 MaxFileBytes = 50 * 1000 * 1000;

    static CsvTable read(const QByteArray &bytes, const Options &options = {});
    // Reads a file; an unreadable or too large file is reported in CsvTable::error.
    static CsvTable readFile(const QString &path, const Options &options = {});

    // Text from bytes, with the encoding that was used (BOM removed). `firstBad`, if given, is
    // set to where in the text the first bytes not valid in the tried encoding are (UTF-8 when
    // detecting), or -1.
    static QString decode(const QByteArray &bytes, Encoding encoding, QString *used,
                          qsizetype *firstBad = nullptr);
    // The delimiter the first record most likely uses.
    static QChar sniffDelimiter(QStringView text);
    static bool encodingFromName(const QString &name, Encoding *encoding);
};

} // namespace ScimDesk
