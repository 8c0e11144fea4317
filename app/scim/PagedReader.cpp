#include "PagedReader.h"

#include "ScimClient.h"
#include "ServerText.h"
#include "common/Background.h"
#include "common/Logging.h"

#include <QEventLoop>
#include <QJsonObject>

namespace ScimDesk {

PagedReader::PagedReader(ScimClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_pageSize(qMax(1, m_options.pageSize))
{
    m_options.concurrency = qMax(1, m_options.concurrency);
}

PagedReader::~PagedReader() = default;

void PagedReader::start()
{
    ++m_generation;
    m_running = true;
    m_haveTotal = false;
    m_directoryChanged = false;
    m_total = 0;
    m_listEnd = -1;
    m_pass = 1;
    m_requests = 0;
    m_requestBudget = 0;
    m_covered.clear();
    m_inFlight.clear();
    m_parsing = 0;
    m_held.clear();
    m_seen.clear();
    m_duplicates.clear();
    m_withoutId = 0;
    m_incomplete = false;
    m_warning.clear();
    if (m_options.expectedTotal > m_pageSize) {
        // Read as far as the hint says from the start; the first answer sets the real count,
        // and the page size the service serves, as it does without one.
        m_total = m_options.expectedTotal;
        m_requestBudget = firstPassBudget();
        pump();
        return;
    }
    request(1, m_pageSize);
}

void PagedReader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    abortRequests();
}

void PagedReader::abortRequests()
{
    ++m_generation; // answers still on their way, or being read, are ignored
    m_inFlight.clear();
    m_parsing = 0;
    m_held.clear();
    const auto ids = std::exchange(m_requestIds, {});
    for (quint64 id : ids)
        m_client->cancel(id);
}

void PagedReader::request(qint64 startIndex, int count)
{
    ++m_requests;
    m_inFlight.insert(startIndex, startIndex + count - 1);

    ScimRequest req;
    req.path = m_options.endpoint;
    req.parseJson = false; // read below, once, off the main thread when it is large
    req.query.addQueryItem(QStringLiteral("startIndex"), QString::number(startIndex));
    req.query.addQueryItem(QStringLiteral("count"), QString::number(count));
    if (!m_options.filter.isEmpty())
        req.query.addQueryItem(QStringLiteral("filter"),
                               QString::fromLatin1(QUrl::toPercentEncoding(m_options.filter)));
    if (!m_options.attributes.isEmpty())
        req.query.addQueryItem(QStringLiteral("attributes"), m_options.attributes.join(u','));
    if (!m_options.excludedAttributes.isEmpty())
        req.query.addQueryItem(QStringLiteral("excludedAttributes"),
                               m_options.excludedAttributes.join(u','));

    const quint64 generation = m_generation;
    auto id = std::make_shared<quint64>(0);
    *id = m_client->send(
        req, this, [this, generation, id, startIndex, count](const ScimResponse &response) {
            m_requestIds.remove(*id);
            if (generation != m_generation || !m_running)
                return;
            if (!response.ok()) {
                m_inFlight.remove(startIndex);
                fail(response.error);
                return;
            }
            const ListPage::Form form = m_options.form;
            std::shared_ptr<ListPage::Converter> converter
                = m_options.converter ? m_options.converter() : nullptr;
            if (response.body.size() < OffThreadBytes) {
                pageRead(generation, startIndex, count, response.contentType,
                         ListPage::read(response.body, form, std::move(converter)));
                return;
            }
            // A page of a thousand users is a megabyte of JSON: it is read (and converted) on
            // a worker thread while the next pages download.
            ++m_parsing;
            runInBackground(
                this,
                [body = response.body, form, converter = std::move(converter)] {
                    return ListPage::read(body, form, converter);
                },
                [this, generation, startIndex, count,
                 contentType = response.contentType](const ListPage &page) {
                    if (generation != m_generation)
                        return;
                    --m_parsing;
                    pageRead(generation, startIndex, count, contentType, page);
                });
        });
    m_requestIds.insert(*id);
}

void PagedReader::pageRead(quint64 generation, qint64 startIndex, int count,
                           const QByteArray &contentType, const ListPage &page)
{
    if (generation != m_generation || !m_running)
        return;
    m_inFlight.remove(startIndex);
    if (!page.error().isEmpty()) {
        ScimError error = ScimError::malformedBody(contentType, page.body(), page.error());
        error.setRequest(QString::fromLatin1("GET " + m_options.endpoint));
        fail(error);
        return;
    }
    handlePage(startIndex, count, page);
}

void PagedReader::handlePage(qint64 startIndex, int count, ListPage page)
{
    if (!page.hasTotal() && !page.hasResources()) {
        ScimError error = ScimError::malformedBody("application/json", {},
                                                   tr("a list response without totalResults"));
        error.setRequest(QString::fromLatin1("GET " + m_options.endpoint));
        fail(error);
        return;
    }
    const qint64 received = page.size();
    // Some services omit totalResults on the last page or get it wrong; never let it shrink
    // below what we can see.
    qint64 total = page.hasTotal() ? page.totalResults() : startIndex + received - 1;
    if (received > 0)
        total = qMax(total, startIndex + received - 1);

    if (!m_haveTotal) {
        m_haveTotal = true;
        // The service may serve fewer than asked even though more exist: that is its page size.
        if (received > 0 && received < count && startIndex + received - 1 < total)
            m_pageSize = int(received);
        m_total = total;
        m_requestBudget = firstPassBudget();
        m_seen.reserve(qMin<qint64>(total, 1'000'000)); // a count from the service: bounded
    } else if (total != m_total) {
        m_directoryChanged = true;
        // Answers arrive out of order: keep budget in step with the directory's size.
        m_requestBudget
            += int(qMin<qint64>(INT_MAX / 8, 2 * (qAbs(total - m_total) / m_pageSize) + 10));
        qCDebug(lcDirectory) << "totalResults changed mid-read from" << m_total << "to" << total;
    }
    m_total = total;

    if (received > 0) {
        const qint64 last = startIndex + received - 1;
        cover(startIndex, last);
        if (m_listEnd >= 0 && last > m_listEnd)
            m_listEnd = last; // an earlier empty page was a stumble, not the end
    } else if (startIndex <= m_total) {
        // Nothing where the count says something should be: the directory shrank, the service
        // stumbled, or its count is wrong. The list ends before this index for now; count the
        // asked-for range as read and re-read once at the end.
        cover(startIndex, qMin<qint64>(m_total, startIndex + count - 1));
        m_listEnd = m_listEnd < 0 ? startIndex - 1 : qMin(m_listEnd, startIndex - 1);
        m_directoryChanged = true;
    }

    if (m_options.ordered) {
        m_held.insert(startIndex, std::move(page));
        deliverHeld(false);
    } else {
        deliver(std::move(page));
    }
    if (m_running)
        pump();
}

void PagedReader::deliverHeld(bool all)
{
    while (!m_held.isEmpty() && m_running) {
        // Everything before the first held page must have been read: the covered intervals
        // are merged, so that is the first one reaching from index 1 up to it.
        const qint64 first = m_held.firstKey();
        const bool ready = first == 1
            || (!m_covered.isEmpty() && m_covered.firstKey() == 1
                && m_covered.first() >= first - 1);
        if (!ready && !all)
            return;
        deliver(m_held.take(first));
    }
}

void PagedReader::deliver(ListPage page)
{
    QList<bool> fresh(page.size(), false);
    constexpr qsizetype Ahead = 8;
    for (qsizetype i = 0; i < qMin(Ahead, page.size()); ++i)
        m_seen.prefetch(page.key(i));
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i + Ahead < page.size())
            m_seen.prefetch(page.key(i + Ahead));
        if (!page.hasId(i)) {
            m_withoutId += m_pass == 1 ? 1 : 0; // a re-read sees the same entries again
            continue;
        }
        const int before = m_seen.see(page.key(i), m_pass);
        if (before == 0)
            fresh[i] = true;
        else if (before == m_pass)
            m_duplicates.insert(page.id(i));
    }
    page.keepOnly(fresh);
    if (page.size() > 0) {
        Q_EMIT pageReceived(page);
        if (m_running && m_options.form == ListPage::Form::Parsed)
            Q_EMIT resourcesReceived(page.resources());
    }
    if (m_running)
        Q_EMIT progress(m_seen.size(), m_total);
}

int PagedReader::firstPassBudget() const
{
    // Room for short pages, re-asked ranges and retries, bounded whatever the count says.
    const qint64 pages = (m_total + m_pageSize - 1) / m_pageSize;
    return int(qMin<qint64>(INT_MAX / 4, 4 * pages + 100));
}

void PagedReader::releasePage()
{
    Q_ASSERT(m_consumerHeld > 0);
    m_consumerHeld = qMax(0, m_consumerHeld - 1);
    if (m_running)
        pump();
}

bool PagedReader::mayRequest(qint64 startIndex) const
{
    if (m_inFlight.size() - m_parsing >= m_options.concurrency)
        return false;
    // Pages parsed or held count too, so that a slow page or slow parsing does not let pages
    // pile up; but the page that the held ones wait for may always be asked for.
    if (m_parsing + m_held.size() + m_consumerHeld < m_options.concurrency)
        return true;
    return !m_held.isEmpty() && startIndex < m_held.firstKey();
}

void PagedReader::cover(qint64 first, qint64 last)
{
    // Merge [first, last] into the sorted, disjoint interval map.
    auto it = m_covered.upperBound(first);
    if (it != m_covered.begin()) {
        auto previous = std::prev(it);
        if (previous.value() + 1 >= first) {
            first = previous.key();
            last = qMax(last, previous.value());
            it = m_covered.erase(previous);
        }
    }
    while (it != m_covered.end() && it.key() <= last + 1) {
        last = qMax(last, it.value());
        it = m_covered.erase(it);
    }
    m_covered.insert(first, last);
}

qint64 PagedReader::nextGap(qint64 *gapEnd) const
{
    const qint64 limit = m_listEnd >= 0 ? qMin(m_total, m_listEnd) : m_total;
    qint64 candidate = 1;
    // Walk covered and in-flight intervals in order; both maps are sorted by first index.
    auto covered = m_covered.cbegin();
    auto flying = m_inFlight.cbegin();
    while (candidate <= limit) {
        bool moved = false;
        while (covered != m_covered.cend() && covered.value() < candidate)
            ++covered;
        while (flying != m_inFlight.cend() && flying.value() < candidate)
            ++flying;
        if (covered != m_covered.cend() && covered.key() <= candidate) {
            candidate = covered.value() + 1;
            moved = true;
        }
        if (flying != m_inFlight.cend() && flying.key() <= candidate) {
            candidate = qMax(candidate, flying.value() + 1);
            moved = true;
        }
        if (!moved)
            break;
    }
    if (candidate > limit)
        return 0;
    qint64 end = limit;
    if (covered != m_covered.cend())
        end = qMin(end, covered.key() - 1);
    if (flying != m_inFlight.cend())
        end = qMin(end, flying.key() - 1);
    *gapEnd = end;
    return candidate;
}

void PagedReader::pump()
{
    for (;;) {
        qint64 gapEnd = 0;
        const qint64 start = nextGap(&gapEnd);
        if (start == 0)
            break;
        if (!mayRequest(start)) {
            if (!m_inFlight.isEmpty() || m_consumerHeld > 0)
                return; // an answer, or a page the consumer is done with, will pump again
            // Held pages waiting with nothing on its way would wait forever: hand them on.
            deliverHeld(true);
            if (!m_running)
                return;
            continue;
        }
        if (m_requests >= m_requestBudget) {
            fail(ScimError(ScimError::Kind::PagingBroken,
                           tr("%1 requests for %2 resources").arg(m_requests).arg(m_total)));
            return;
        }
        request(start, int(qMin<qint64>(m_pageSize, gapEnd - start + 1)));
    }
    if (m_inFlight.isEmpty())
        complete();
}

void PagedReader::complete()
{
    deliverHeld(true); // nothing is left to wait for
    if (!m_running)
        return;
    if (m_directoryChanged && m_pass < m_options.maxPasses) {
        // The directory changed while we read. A deletion shifts later offsets left, so a
        // user can slip past between two pages even when the counts add up (we also saw the
        // deleted ones). Read the range once more; ids already seen are skipped, so nothing
        // arrives twice.
        ++m_pass;
        m_directoryChanged = false;
        m_listEnd = -1;
        m_covered.clear();
        m_requestBudget += int(qMin<qint64>(INT_MAX / 4, 2 * (m_total / m_pageSize) + 100));
        qCDebug(lcDirectory) << "re-reading, pass" << m_pass;
        pump();
        return;
    }
    m_incomplete = m_seen.size() < m_total || m_withoutId > 0;
    if (m_seen.size() != m_total || m_withoutId > 0) {
        m_warning = tr("The service reported %L1 but %L2 arrived").arg(m_total).arg(m_seen.size());
        if (m_seen.size() < m_total)
            m_warning += u' ' + tr("(%L1 missing)").arg(m_total - m_seen.size());
        if (m_withoutId > 0)
            m_warning
                += u"; " + tr("%Ln entries had no id and were left out", nullptr, m_withoutId);
        if (!m_duplicates.isEmpty()) {
            QStringList ids(m_duplicates.cbegin(), m_duplicates.cend());
            ids.sort();
            const qsizetype shown = qMin<qsizetype>(ids.size(), 10);
            m_warning += u"; "
                + tr("%Ln ids came more than once: %1%2", nullptr, int(ids.size()))
                      .arg(cleanServerText(ids.mid(0, shown).join(u", ")),
                           ids.size() > shown ? QStringLiteral(", …") : QString());
        }
        if (m_listEnd >= 0 && m_listEnd < m_total) {
            // Read twice, and both times the list ended well before the count.
            m_warning += u"; "
                + tr("its list ends after %L1 entries, so its count cannot be true and this "
                     "listing may be incomplete. Report this to the service's vendor.")
                      .arg(m_listEnd);
        } else {
            m_warning += u"; "
                + (m_duplicates.isEmpty() && m_withoutId == 0
                       ? tr("the directory changed while it was read — refresh to be sure.")
                       : tr("the service's list is inconsistent, so this listing is "
                            "incomplete."));
        }
    }
    m_running = false;
    Q_EMIT finished();
}

void PagedReader::fail(const ScimError &error)
{
    m_running = false;
    abortRequests();
    Q_EMIT failed(error);
}

ScimError PagedReader::runAndCollect(QJsonArray *resources)
{
    QEventLoop loop;
    ScimError outcome;
    const auto collect
        = connect(this, &PagedReader::resourcesReceived, this, [resources](const QJsonArray &page) {
              for (const QJsonValue &value : page)
                  resources->append(value);
          });
    connect(this, &PagedReader::finished, &loop, &QEventLoop::quit);
    connect(this, &PagedReader::failed, &loop, [&](const ScimError &error) {
        outcome = error;
        loop.quit();
    });
    start();
    if (m_running)
        loop.exec();
    disconnect(collect);
    return outcome;
}

} // namespace ScimDesk
