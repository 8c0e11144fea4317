#include "ListingOutput.h"

#include "Cli.h"

#include "csv/CsvWriter.h"
#include "scim/ServerText.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <type_traits>

namespace ScimDesk::Cli {

namespace {

// The resources in one JSON array, passed on as the service sent them: the resources of a page
// that lie next to each other go out as one piece of the page, separators and all.
class JsonOutput final : public ListingOutput
{
public:
    explicit JsonOutput(QIODevice *device)
        : ListingOutput(device)
    { }
    ListPage::Form form() const override { return ListPage::Form::Raw; }

protected:
    void format(const ListPage &page) override
    {
        for (qsizetype i = 0; i < page.size();) {
            qsizetype count = 0;
            const QByteArrayView run = page.rawRun(i, &count);
            put(m_started ? QByteArrayView(",\n") : QByteArrayView("[\n"));
            put(run);
            m_started = true;
            i += count;
        }
    }
    void end() override { put(m_started ? QByteArrayView("\n]\n") : QByteArrayView("[]\n")); }

private:
    bool m_started = false;
};

// Each resource's row, made on the thread reading the page: the columns' values, cleaned of
// what must not reach a file or a terminal. Its rows are one item each, `T` being a CSV record
// (its UTF-8) or a table's cells.
template<typename T> class RowConverter final : public ListPage::Converter
{
public:
    RowConverter(const QList<Column> &columns, TextUse use)
        : m_columns(columns)
        , m_use(use)
    { }
    void add(const JsonView &resource) override
    {
        QStringList row;
        row.reserve(m_columns.size());
        for (const Column &column : m_columns)
            row.append(cleanServerText(column.value(resource), m_use));
        if constexpr (std::is_same_v<T, QByteArray>)
            rows.append(Csv::record(row).toUtf8());
        else
            rows.append(row);
    }
    void keepOnly(const QList<bool> &keep) override
    {
        QList<T> kept;
        for (qsizetype i = 0; i < keep.size(); ++i) {
            if (keep.at(i))
                kept.append(std::move(rows[i]));
        }
        rows = std::move(kept);
    }
    QList<T> rows;

private:
    const QList<Column> m_columns;
    const TextUse m_use;
};
using CsvRecords = RowConverter<QByteArray>;
using TableRows = RowConverter<QStringList>;

class CsvOutput final : public ListingOutput
{
public:
    CsvOutput(QIODevice *device, const QList<Column> &columns)
        : ListingOutput(device)
        , m_columns(columns)
    { }
    ListPage::Form form() const override { return ListPage::Form::Indexed; }
    std::shared_ptr<ListPage::Converter> converter() const override
    {
        return std::make_shared<CsvRecords>(m_columns, TextUse::File);
    }

protected:
    void format(const ListPage &page) override
    {
        if (!m_started) {
            QStringList header;
            for (const Column &column : std::as_const(m_columns))
                header.append(column.header);
            put(Csv::record(header).toUtf8());
            m_started = true;
        }
        if (const CsvRecords *records = page.converter<CsvRecords>()) {
            QByteArray text;
            qsizetype size = 0;
            for (const QByteArray &record : std::as_const(records->rows))
                size += record.size();
            text.reserve(size);
            for (const QByteArray &record : std::as_const(records->rows))
                text += record;
            put(text);
        }
    }
    void end() override
    {
        if (!m_started)
            format(ListPage());
    }

private:
    QList<Column> m_columns;
    bool m_started = false;
};

// Columns sized to the header and the first page: a later, longer cell widens its column from
// its row on, as a listing that is printed while it is read cannot look ahead.
class TableOutput final : public ListingOutput
{
public:
    TableOutput(QIODevice *device, const QList<Column> &columns)
        : ListingOutput(device)
        , m_columns(columns)
    {
        for (const Column &column : columns)
            m_widths.append(column.header.size());
    }
    ListPage::Form form() const override { return ListPage::Form::Indexed; }
    std::shared_ptr<ListPage::Converter> converter() const override
    {
        // Server text on a terminal: one clean, bounded line.
        return std::make_shared<TableRows>(m_columns, TextUse::Line);
    }

protected:
    void format(const ListPage &page) override
    {
        const TableRows *converted = page.converter<TableRows>();
        const QList<QStringList> rows = converted ? converted->rows : QList<QStringList>();
        QString text;
        if (!m_started) {
            for (const QStringList &row : rows) {
                for (qsizetype i = 0; i < row.size(); ++i)
                    m_widths[i] = qMax(m_widths.at(i), row.at(i).size());
            }
            QStringList header;
            for (const Column &column : std::as_const(m_columns))
                header.append(column.header.toUpper());
            line(header, &text);
            m_started = true;
        }
        for (const QStringList &row : std::as_const(rows))
            line(row, &text);
        put(text.toUtf8());
    }
    void end() override
    {
        if (!m_started)
            format(ListPage());
    }

private:
    void line(const QStringList &row, QString *text)
    {
        for (qsizetype i = 0; i < row.size(); ++i) {
            m_widths[i] = qMax(m_widths.at(i), row.at(i).size());
            *text += i + 1 < row.size() ? row.at(i).leftJustified(m_widths.at(i) + 2) : row.at(i);
        }
        *text += u'\n';
    }

    QList<Column> m_columns;
    QList<qsizetype> m_widths;
    bool m_started = false;
};

} // namespace

std::unique_ptr<ListingOutput> ListingOutput::create(Format format, QIODevice *device,
                                                     const QList<Column> &columns)
{
    switch (format) {
    case Format::Json:
        return std::make_unique<JsonOutput>(device);
    case Format::Csv:
        return std::make_unique<CsvOutput>(device, columns);
    case Format::Table:
        break;
    }
    return std::make_unique<TableOutput>(device, columns);
}

bool ListingOutput::write(const ListPage &page)
{
    format(page);
    return flush();
}

bool ListingOutput::finish()
{
    end();
    return flush();
}

void ListingOutput::put(QByteArrayView bytes)
{
    if (m_error.isEmpty() && !bytes.isEmpty()
        && m_device->write(bytes.data(), bytes.size()) != bytes.size())
        m_error = Cli::tr("Cannot write the output: %1").arg(m_device->errorString());
}

bool ListingOutput::flush()
{
    // Each page goes out at once: a script reading the output sees it as it is read, and
    // nothing waits in a buffer.
    auto *file = qobject_cast<QFileDevice *>(m_device);
    if (m_error.isEmpty() && file && !file->flush())
        m_error = Cli::tr("Cannot write the output: %1").arg(m_device->errorString());
    return m_error.isEmpty();
}

} // namespace ScimDesk::Cli
