#include "CsvReader.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

namespace ScimDesk {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromCp1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++
            = byte >= 0x80 && byte < 0xA0 ? QChar(Cp1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

// Decodes, and says where the first invalid bytes were: the decoder shows them as U+FFFD.
QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, qsizetype *firstBad)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *firstBad = decoder.hasError() ? text.indexOf(QChar::ReplacementCharacter) : -1;
    return text;
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Where an unquoted field (or what follows a closing quote) ends: at the delimiter, a line end
// or the end of the text.
const QChar *fieldEnd(const QChar *p, const QChar *end, QChar delimiter)
{
    while (p < end && *p != delimiter && *p != u'\n' && *p != u'\r')
        ++p;
    return p;
}

// Reads the quoted field at `*p` (on its opening quote) into `field` and moves `*p` past it.
// False when the quote is never closed: the rest of the text is the field then.
bool readQuotedField(const QChar **p, const QChar *end, QChar delimiter, QString *field)
{
    const QChar *at = *p + 1;
    const QChar *chunk = at;
    bool closed = false;
    while (at < end) {
        if (*at == u'"') {
            field->append(chunk, at - chunk);
            if (at + 1 < end && at[1] == u'"') {
                field->append(u'"');
                at += 2;
                chunk = at;
                continue;
            }
            ++at;
            closed = true;
            break;
        }
        ++at;
    }
    if (!closed)
        field->append(chunk, at - chunk);
    // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
    const QChar *rest = at;
    at = fieldEnd(at, end, delimiter);
    field->append(rest, at - rest);
    *p = at;
    return closed;
}

// The column names from the header record (row `number`): trimmed, without a BOM, named when
// blank and made unique, each duplicate said in `warnings`.
QStringList headerFrom(QStringList cells, int number, QStringList *warnings)
{
    // Trailing delimiters leave nameless columns at the end: not columns at all.
    while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
        cells.removeLast();
    QStringList header;
    QHash<QString, int> seen;
    for (int i = 0; i < cells.size(); ++i) {
        QString name = cells.at(i).trimmed();
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1); // a second BOM, or one a tool put inside the text
        if (name.isEmpty())
            name = CsvReader::tr("Column %1").arg(i + 1);
        const int count = ++seen[name.toCaseFolded()];
        if (count > 1) {
            warnings->append(CsvReader::tr("Row %4: the header \"%1\" appears more than once; "
                                           "column %2 is called \"%1 (%3)\".")
                                 .arg(name)
                                 .arg(i + 1)
                                 .arg(count)
                                 .arg(number)); // 1, unless blank rows come first
            name = QStringLiteral("%1 (%2)").arg(name).arg(count);
        }
        header.append(name);
    }
    return header;
}

// Makes row `number` as wide as the header, saying in `warnings` what was cut or padded.
void fitToHeader(QStringList *cells, qsizetype columns, int number, QStringList *warnings)
{
    if (cells->size() > columns) {
        bool extraEmpty = true;
        for (qsizetype i = columns; i < cells->size() && extraEmpty; ++i)
            extraEmpty = cells->at(i).trimmed().isEmpty();
        if (!extraEmpty)
            warnings->append(CsvReader::tr("Row %1 has %2 cells but the header has %3: the cells "
                                           "beyond column %3 are ignored.")
                                 .arg(number)
                                 .arg(cells->size())
                                 .arg(columns));
        cells->resize(columns);
    } else if (cells->size() < columns) {
        warnings->append(CsvReader::tr("Row %1 has %2 cells but the header has %3: the missing "
                                       "cells count as empty.")
                             .arg(number)
                             .arg(cells->size())
                             .arg(columns));
        cells->resize(columns);
    }
}

} // namespace

bool CsvReader::encodingFromName(const QString &name, Encoding *encoding)
{
    const QString key = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (key.isEmpty() || key == u"detect" || key == u"auto")
        *encoding = Encoding::Detect;
    else if (key == u"utf8")
        *encoding = Encoding::Utf8;
    else if (key == u"utf16le" || key == u"utf16")
        *encoding = Encoding::Utf16LE;
    else if (key == u"utf16be")
        *encoding = Encoding::Utf16BE;
    else if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591")
        *encoding = Encoding::Windows1252;
    else
        return false;
    return true;
}

QString CsvReader::decode(const QByteArray &bytes, Encoding encoding, QString *used,
                          qsizetype *firstBad)
{
    qsizetype ignored = -1;
    qsizetype &bad = firstBad ? *firstBad : ignored;
    bad = -1;
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool le = bytes.startsWith("\xFF\xFE");
    const bool be = bytes.startsWith("\xFE\xFF");
    if (encoding == Encoding::Detect) {
        if (utf8Bom)
            encoding = Encoding::Utf8;
        else if (le)
            encoding = Encoding::Utf16LE;
        else if (be)
            encoding = Encoding::Utf16BE;
    }
    switch (encoding) {
    case Encoding::Utf16LE:
        *used = QStringLiteral("UTF-16LE");
        return decodeWith(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(le ? 2 : 0),
                          &bad);
    case Encoding::Utf16BE:
        *used = QStringLiteral("UTF-16BE");
        return decodeWith(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(be ? 2 : 0),
                          &bad);
    case Encoding::Windows1252:
        *used = QStringLiteral("Windows-1252");
        return fromCp1252(bytes);
    case Encoding::Utf8:
    case Encoding::Detect:
        break;
    }
    const QByteArrayView body = QByteArrayView(bytes).sliced(utf8Bom ? 3 : 0);
    QString text = decodeWith(QStringConverter::Utf8, body, &bad);
    if (encoding == Encoding::Detect && bad >= 0) {
        // Not UTF-8: what Excel on Windows writes as "CSV" is Windows-1252, one character per
        // byte, so the first invalid byte's offset is its place in the text.
        *used = QStringLiteral("Windows-1252");
        bad = text.first(bad).toUtf8().size();
        return fromCp1252(body);
    }
    *used = utf8Bom ? QCoreApplication::translate("CsvReader", "UTF-8 with BOM")
                    : QStringLiteral("UTF-8");
    return text;
}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    // Count candidates outside quotes in the first record; the most frequent wins, ties going
    // to the usual order.
    static constexpr char16_t Candidates[] = {u',', u';', u'\t', u'|'};
    int counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            for (int i = 0; i < 4; ++i)
                counts[i] += c == QChar(Candidates[i]) ? 1 : 0;
        }
    }
    int best = 0;
    for (int i = 1; i < 4; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return QChar(Candidates[best]);
}

CsvTable CsvReader::readFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return table;
    }
    // One byte past the limit is enough to know; a pipe or device has no size to ask first. A
    // file's size is asked, so that its bytes are not read into a buffer of the limit's size.
    const qint64 expected
        = file.isSequential() || file.size() == 0 ? MaxFileBytes : qMin(file.size(), MaxFileBytes);
    return read(file.read(expected + 1), options);
}

CsvTable CsvReader::read(const QByteArray &bytes, const Options &options)
{
    CsvTable table;
    if (bytes.size() > MaxFileBytes) {
        table.error
            = tr("The file is larger than %1, the most ScimDesk imports at once. Split "
                 "it into smaller files, or leave out the rows and columns the import "
                 "does not need.")
                  .arg(QLocale().formattedDataSize(MaxFileBytes, 0, QLocale::DataSizeSIFormat));
        return table;
    }
    qsizetype firstBad = -1;
    const QString text = decode(bytes, options.encoding, &table.encoding, &firstBad);
    int badRow = 0; // the row holding firstBad
    // Skip leading blank lines before sniffing, so the header decides.
    qsizetype begin = 0;
    while (begin < text.size() && (text.at(begin) == u'\r' || text.at(begin) == u'\n'))
        ++begin;
    table.delimiter = options.delimiter.isNull() ? sniffDelimiter(QStringView(text).sliced(begin))
                                                 : options.delimiter;
    const QChar delimiter = table.delimiter;

    const QChar *p = text.constData();
    const QChar *const end = p + text.size();
    int number = 0; // the current record's row number
    QStringList cells;
    bool haveHeader = false;

    const auto endRecord = [&] {
        ++number;
        if (firstBad >= 0 && badRow == 0 && p - text.constData() > firstBad)
            badRow = number;
        if (isBlank(cells)) {
            cells.clear();
        } else if (!haveHeader) {
            haveHeader = true;
            table.header = headerFrom(std::move(cells), number, &table.warnings);
            cells = QStringList();
        } else {
            const qsizetype columns = table.header.size();
            fitToHeader(&cells, columns, number, &table.warnings);
            table.rows.append({number, std::move(cells)});
            cells = QStringList();
            cells.reserve(columns);
        }
    };

    while (p < end) {
        // One field.
        QString field;
        if (*p == u'"') {
            if (!readQuotedField(&p, end, delimiter, &field))
                table.warnings.append(tr("Row %1: a quote is never closed; the rest of the file "
                                         "was read into one cell.")
                                          .arg(number + 1));
        } else {
            const QChar *start = p;
            p = fieldEnd(p, end, delimiter);
            field = QString(start, p - start);
        }
        cells.append(std::move(field));
        if (p >= end) {
            endRecord();
            break;
        }
        if (*p == delimiter) {
            ++p;
            if (p >= end) { // a trailing delimiter on the last line
                cells.append(QString());
                endRecord();
            }
            continue;
        }
        // A line end: CRLF, LF or CR.
        if (*p == u'\r' && p + 1 < end && p[1] == u'\n')
            ++p;
        ++p;
        endRecord();
    }

    if (!haveHeader)
        table.error = tr("The file has no header row: it is empty, or not a CSV file.");
    if (badRow > 0 && table.encoding == u"Windows-1252" && options.encoding == Encoding::Detect)
        table.warnings.prepend(tr("Row %1 is not valid UTF-8, so the file was read as "
                                  "Windows-1252, as Excel on Windows saves it. If names look "
                                  "wrong, choose the file's encoding.")
                                   .arg(badRow));
    else if (badRow > 0)
        table.warnings.prepend(tr("Row %1 is not valid %2: what cannot be read shows as \uFFFD. "
                                  "Choose the file's encoding, or fix the row.")
                                   .arg(badRow)
                                   .arg(table.encoding));
    return table;
}

} // namespace ScimDesk
