#include "ListingOutput.h"

#include "Cli.h"

#include "csv/CsvWriter.h"
#include "scim/ServerText.h"

#include <QCoreApplication>
#include <QFileDevice>

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

class CsvOutput final : public ListingOutput
{
public:
    CsvOutput(QIODevice *device, const QList<Column> &columns)
        : ListingOutput(device)
        , m_columns(columns)
    { }
    ListPage::Form form() const override { return ListPage::Form::Indexed; }

protected:
    void format(const ListPage &page) override
    {
        QString text;
        if (!m_started) {
            QStringList header;
            for (const Column &column : std::as_const(m_columns))
                header.append(column.header);
            text += Csv::record(header);
            m_started = true;
        }
        for (qsizetype i = 0; i < page.size(); ++i) {
            const JsonView resource = page.view(i);
            QStringList row;
            for (const Column &column : std::as_const(m_columns))
                row.append(cleanServerText(column.value(resource), TextUse::File));
            text += Csv::record(row);
        }
        put(text.toUtf8());
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

protected:
    void format(const ListPage &page) override
    {
        QList<QStringList> rows;
        rows.reserve(page.size());
        for (qsizetype r = 0; r < page.size(); ++r) {
            const JsonView resource = page.view(r);
            QStringList row;
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                // Server text on a terminal: one clean, bounded line.
                const QString cell = cleanServerText(m_columns.at(i).value(resource));
                if (!m_started)
                    m_widths[i] = qMax(m_widths.at(i), cell.size());
                row.append(cell);
            }
            rows.append(row);
        }
        QString text;
        if (!m_started) {
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
