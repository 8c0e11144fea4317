#pragma once

#include "ListPage.h"
#include "ScimError.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace ScimDesk {

class ScimClient;

// Reads every resource of a list endpoint (RFC 7644 §3.4.2.4, 1-based). The first page gives
// totalResults; the rest is fetched concurrently up to a limit. Coverage of the index range is
// tracked as intervals, so short pages, an itemsPerPage that does not match what came back, and
// totalResults changing mid-read leave no gaps; resources are de-duplicated by id. Pages are read
// on a worker thread while the next ones download, and only a few are held at a time: pages
// parsed or waiting for an earlier one count against the concurrency, so a reader never holds
// more than about twice that many pages, whatever the directory's size.
class PagedReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedReader)

public:
    struct Options
    {
        QByteArray endpoint = "/Users";
        QString filter;
        QStringList attributes;
        QStringList excludedAttributes;
        int pageSize = 100; // already capped by the service's maxResults
        int concurrency = 4;
        int maxPasses = 2; // re-reads when the directory changed under us
        // Parsed: resources as JSON (resourcesReceived). Raw: as the service sent them, for
        // output that passes them on; Indexed: the same, with each resource's JsonView
        // (pageReceived only).
        ListPage::Form form = ListPage::Form::Parsed;
        // Indexed form: makes, for each page, what turns its resources into the consumer's own
        // records as the page is read, on the thread reading it (see ListPage::Converter);
        // pageReceived() hands it on with the page, which then keeps no index.
        std::function<std::shared_ptr<ListPage::Converter>()> converter = {};
        // Pages are handed on in the order of their index, as the service lists them, rather
        // than as they arrive; resources of a second pass come after.
        bool ordered = false;
        // How many resources the list held when last seen (discovery's count, a previous
        // read's), or -1: the first `concurrency` pages are then asked for at once instead of
        // after the first answer. Only a hint: what the service answers decides.
        qint64 expectedTotal = -1;
    };

    PagedReader(ScimClient *client, Options options, QObject *parent = nullptr);
    ~PagedReader() override;

    void start();
    // Stops new requests and aborts those in flight; emits nothing more.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 totalResults() const { return m_total; }
    qint64 receivedCount() const { return m_seen.size(); }
    int requestCount() const { return m_requests; }
    // The page size the service actually serves (it may cap what we ask for).
    int effectivePageSize() const { return m_pageSize; }
    // Set when the read finished but the service's count and what arrived still disagree; says
    // what is missing (how many, which ids came twice, entries without an id).
    QString warning() const { return m_warning; }
    // The read finished knowing that resources are missing: fewer arrived than the service
    // counted, or some came without an id. A listing must not pass for complete then.
    bool isIncomplete() const { return m_incomplete; }

    // A consumer that keeps working on pages after they are handed on (turning them into records
    // on a worker thread, say) says when it takes one and when it is done with it: such pages
    // count against the concurrency as pages being parsed do, so that a slow consumer slows the
    // reading down instead of letting pages pile up in memory.
    void holdPage() { ++m_consumerHeld; }
    void releasePage();

    // Reads everything and waits, collecting resources; for the CLI, tests and benchmarks.
    // Returns the error if the read failed.
    ScimError runAndCollect(QJsonArray *resources);

Q_SIGNALS:
    // Resources not seen before in this read, in the order the service returned them (Parsed).
    void resourcesReceived(const QJsonArray &resources);
    // A page with only the resources not seen before in this read (either form).
    void pageReceived(const ScimDesk::ListPage &page);
    void progress(qint64 received, qint64 total);
    void finished();
    void failed(const ScimDesk::ScimError &error);

private:
    void pump();
    void request(qint64 startIndex, int count);
    void pageRead(quint64 generation, qint64 startIndex, int count, const QByteArray &contentType,
                  const ListPage &page);
    void handlePage(qint64 startIndex, int count, ListPage page);
    // Hands on held pages once every index before them is read (ordered), or all of them.
    void deliverHeld(bool all);
    void deliver(ListPage page);
    // Whether another request may start now at `startIndex`, pages held and parsing counted.
    bool mayRequest(qint64 startIndex) const;
    // How many requests a first pass over m_total resources may take.
    int firstPassBudget() const;
    void cover(qint64 first, qint64 last);
    // The lowest index in [1, total], and before the list's end if one was seen, that is neither
    // covered nor in flight, or 0.
    qint64 nextGap(qint64 *gapEnd) const;
    void fail(const ScimError &error);
    void abortRequests();
    void complete();

    // Smaller pages are read at once: a worker thread would cost more than it saves.
    static constexpr qsizetype OffThreadBytes = 64 * 1024;

    ScimClient *m_client;
    Options m_options;
    int m_pageSize;
    bool m_running = false;
    bool m_haveTotal = false;
    bool m_directoryChanged = false;
    qint64 m_total = 0;
    // Where this pass found the list to end (an empty page), or -1. Nothing past it is asked
    // for, whatever totalResults says: a count that cannot be true must not keep a read going.
    qint64 m_listEnd = -1;
    int m_pass = 1;
    int m_requests = 0;
    int m_requestBudget = 0;
    QMap<qint64, qint64> m_covered; // first index -> last index, merged
    QMap<qint64, qint64> m_inFlight; // first index -> last index requested (or being parsed)
    int m_parsing = 0; // of m_inFlight, answered and being read on a worker thread
    int m_consumerHeld = 0; // pages handed on that the consumer still works on
    QMap<qint64, ListPage> m_held; // first index -> a page waiting for earlier ones (ordered)
    // Every id seen in this read, and the pass that saw it last: a second sighting in one pass is
    // a duplicate, not a re-read.
    SeenIds m_seen;
    QSet<QString> m_duplicates;
    qint64 m_withoutId = 0;
    bool m_incomplete = false;
    QSet<quint64> m_requestIds;
    QString m_warning;
    quint64 m_generation = 0;
};

} // namespace ScimDesk
