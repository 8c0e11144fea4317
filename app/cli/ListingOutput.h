#pragma once

#include "scim/JsonView.h"
#include "scim/ListPage.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace ScimDesk::Cli {

// One column of a users or groups listing.
struct Column
{
    QString header;
    std::function<QString(const JsonView &)> value;
};

// Writes a listing page by page, as the pages arrive, so that what is printed is never held
// whole: JSON passes the resources on as the service sent them, CSV and the table print rows.
class ListingOutput
{
public:
    enum class Format { Table, Csv, Json };

    static std::unique_ptr<ListingOutput> create(Format format, QIODevice *device,
                                                 const QList<Column> &columns);
    virtual ~ListingOutput() = default;

    // The form in which the output needs the pages.
    virtual ListPage::Form form() const = 0;
    // What turns a page's resources into the output's rows as the page is read, on the thread
    // reading it (PagedReader::Options::converter); none for output that passes them on.
    virtual std::shared_ptr<ListPage::Converter> converter() const { return {}; }
    // Writes one page; false when the output cannot be written (error() says why).
    bool write(const ListPage &page);
    // Ends the listing (closes the JSON array; prints the header of an empty table).
    bool finish();
    QString error() const { return m_error; }

protected:
    explicit ListingOutput(QIODevice *device)
        : m_device(device)
    { }
    // Puts what `page` prints with put().
    virtual void format(const ListPage &page) = 0;
    virtual void end() = 0;
    void put(QByteArrayView bytes);

private:
    bool flush();

    QIODevice *m_device;
    QString m_error;
};

} // namespace ScimDesk::Cli
