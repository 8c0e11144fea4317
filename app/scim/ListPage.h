#pragma once

#include "JsonPick.h"
#include "JsonView.h"

#include <QByteArray>
#include <QHash>
#include <QHashFunctions>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace ScimDesk {

// A resource's id reduced to 128 bits: what a read keeps of every id it has seen, so that
// telling new resources from repeated ones costs a few bytes per resource, not a string.
struct IdKey
{
    quint64 high = 0;
    quint64 low = 0;

    static IdKey of(const QString &id);
    // The same from the id's UTF-8.
    static IdKey ofUtf8(QByteArrayView id);
    // Its high half alone, for an id that is not empty (never changed, unlike the low one):
    // what a table of ids can hash by, with the key at hand for most of them.
    static quint64 highOf(QByteArrayView id);
    bool operator==(const IdKey &) const = default;
};

inline size_t qHash(const IdKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.high, key.low);
}

// Every id a read has seen, and the pass that saw it last: one flat table, as a read looks up
// each resource in it on the UI thread, a hundred thousand of them for a large directory.
class SeenIds
{
public:
    void clear();
    // Room for `count` ids without growing.
    void reserve(qsizetype count);
    qsizetype size() const { return m_size; }
    // Records that `pass` (from 1) saw `key` (not IdKey()); returns the pass that saw it
    // before, or 0 when it is new.
    int see(const IdKey &key, int pass);
    // Asks for the memory where `key` goes before see() needs it: the table is megabytes, and
    // each look-up is otherwise a cache miss.
    void prefetch(const IdKey &key) const
    {
#if defined(__GNUC__)
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[size_t(key.low) & (m_slots.size() - 1)]);
#else
        Q_UNUSED(key);
#endif
    }

private:
    struct Slot
    {
        IdKey key;
        int pass = 0; // 0: empty
    };
    void rehash(size_t capacity);

    std::vector<Slot> m_slots; // a power of two, at most half full
    qsizetype m_size = 0;
};

// One page of a SCIM list response (RFC 7644 §3.4.2), read once, on a worker thread: its count,
// and each resource with its id. As parsed JSON, for code that looks into the resources; raw,
// each resource being the bytes the service sent, for output that passes them on unchanged (the
// bytes are checked to be JSON all the same); or indexed: raw, with an index of every value
// built in the same pass, for code that reads a few attributes of many resources.
class ListPage
{
public:
    enum class Form { Parsed, Raw, Indexed };

    // What a read makes of a page's resources as it reads them, for code that keeps records of
    // its own: each resource is checked and handed to it at once, while its bytes are still in
    // the processor's cache. Either indexed, to add(), its index dropped after; or, when the
    // converter names the members it wants (paths()), with only those picked out in the same
    // pass, to addPicked(): no index at all. Made by that code, it travels with the page
    // (converter()).
    class Converter
    {
    public:
        virtual ~Converter();
        // The members each resource's picks are made for; nullptr: resources are indexed.
        virtual const JsonPaths *paths() const { return nullptr; }
        // Resource after resource, in order, on the thread reading the page; what it is given
        // is valid during the call only. Without paths():
        virtual void add(const JsonView &resource);
        // ... with paths(): the resource's bytes, picks[i] the value of paths() slot i (the
        // last member of its name, as in a QJsonObject) or undefined, and the key of its id
        // (key()), which spares hashing the id again.
        virtual void addPicked(QByteArrayView resource, const JsonPick *picks, const IdKey &id);
        // The page keeps only the resources `keep` says (keepOnly()): so must what was made.
        virtual void keepOnly(const QList<bool> &keep) = 0;
    };

    // Reads `body`; error() says why it is not a list response. With a `converter` (Indexed form
    // only) the resources go to it as they are read, and the page keeps no index: view() is
    // undefined, and the page is otherwise its raw form.
    static ListPage read(const QByteArray &body, Form form,
                         std::shared_ptr<Converter> converter = {});
    // The converter the page was read with, if it is a T: what it made of the resources the
    // page holds (all of them, in order, when the page has no error).
    template<class T> T *converter() const { return dynamic_cast<T *>(m_converter.get()); }

    QString error() const { return m_error; }
    // Raw form, or a page that could not be read: the body as it came.
    const QByteArray &body() const { return m_body; }
    bool hasTotal() const { return m_hasTotal; }
    bool hasResources() const { return m_hasResources; }
    qint64 totalResults() const { return m_total; }

    qsizetype size() const { return m_keys.size(); }
    // Whether resource `i` has an id (a string; an empty one counts as none).
    bool hasId(qsizetype i) const { return !(m_keys.at(i) == IdKey()); }
    // Empty when the resource has none (or is not an object). Raw forms decode it when asked.
    QString id(qsizetype i) const;
    const IdKey &key(qsizetype i) const { return m_keys.at(i); }
    // Parsed form: the resources.
    const QJsonArray &resources() const { return m_resources; }
    // Raw forms: the bytes of resource `i` as the service sent them. A resource that is not
    // strictly JSON (a raw control character in a string, an unknown escape), which
    // QJsonDocument reads all the same, is written out again properly instead.
    QByteArrayView raw(qsizetype i) const
    {
        if (!m_rewritten.isEmpty() && m_rewritten.contains(i))
            return m_rewritten[i].bytes;
        return QByteArrayView(m_body).sliced(m_spans.at(i).offset, m_spans.at(i).length);
    }
    // Indexed form: resource `i`, valid while this page (or a copy of it) is.
    JsonView view(qsizetype i) const;

    // Raw forms: resource `first` and those after it that lie next to it in the body, nothing
    // but a comma and white space between them, none written out again; `count` gets how many.
    // The bytes from the first's start to the last's end, to pass on in one piece.
    QByteArrayView rawRun(qsizetype first, qsizetype *count) const;

    // Keeps only the resources `keep` says, in order (a read drops those it has seen).
    void keepOnly(const QList<bool> &keep);

private:
    // Where a resource lies in the body, where its id does (idLength < 0: none), and its value
    // in the page's index.
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        qsizetype idOffset = 0;
        qsizetype idLength = -1;
        quint32 entry = 0;
        bool idEscaped = false;
    };
    // A resource written out again, and its own index.
    struct Rewritten
    {
        QByteArray bytes;
        std::shared_ptr<const JsonIndex> index;
        QString id; // as QJsonDocument reads it
    };

    void addId(const QString &id);
    void rewriteNonStandard();
    // Resource `i`, not strictly JSON, written out again (with its own index when `indexed`);
    // false, with error() set, if it is not JSON at all.
    bool rewrite(qsizetype i, bool indexed);

    QByteArray m_body;
    QList<Span> m_spans;
    std::shared_ptr<const JsonIndex> m_index; // Indexed: every value in m_body's resources
    std::shared_ptr<Converter> m_converter;
    QSet<qsizetype> m_nonStandard; // resources that are not strictly JSON
    QHash<qsizetype, Rewritten> m_rewritten; // ... written out again
    QJsonArray m_resources;
    QStringList m_ids; // Parsed
    QList<IdKey> m_keys;
    qint64 m_total = 0;
    bool m_hasTotal = false;
    bool m_hasResources = false;
    QString m_error;

    template<ListPageScan> friend class ListPageScanner;
};

} // namespace ScimDesk
