#pragma once

#include <QByteArray>
#include <QHash>
#include <QHashFunctions>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

namespace ScimDesk {

// A resource's id reduced to 128 bits: what a read keeps of every id it has seen, so that
// telling new resources from repeated ones costs a few bytes per resource, not a string.
struct IdKey
{
    quint64 high = 0;
    quint64 low = 0;

    static IdKey of(const QString &id);
    bool operator==(const IdKey &) const = default;
};

inline size_t qHash(const IdKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.high, key.low);
}

// One page of a SCIM list response (RFC 7644 §3.4.2), read once, on a worker thread: its count,
// and each resource with its id. As parsed JSON, for code that looks into the resources; or raw,
// each resource being the bytes the service sent, for output that passes them on unchanged (the
// bytes are checked to be JSON all the same).
class ListPage
{
public:
    enum class Form { Parsed, Raw };

    // Reads `body`; error() says why it is not a list response.
    static ListPage read(const QByteArray &body, Form form);

    QString error() const { return m_error; }
    // Raw form, or a page that could not be read: the body as it came.
    const QByteArray &body() const { return m_body; }
    bool hasTotal() const { return m_hasTotal; }
    bool hasResources() const { return m_hasResources; }
    qint64 totalResults() const { return m_total; }

    qsizetype size() const { return m_ids.size(); }
    // Empty when the resource has none (or is not an object).
    const QString &id(qsizetype i) const { return m_ids.at(i); }
    const IdKey &key(qsizetype i) const { return m_keys.at(i); }
    // Parsed form: the resources.
    const QJsonArray &resources() const { return m_resources; }
    // Raw form: the bytes of resource `i` as the service sent them. A resource that is not
    // strictly JSON (a raw control character in a string, an unknown escape), which
    // QJsonDocument reads all the same, is written out again properly instead.
    QByteArrayView raw(qsizetype i) const
    {
        if (!m_rewritten.isEmpty() && m_rewritten.contains(i))
            return m_rewritten[i];
        return QByteArrayView(m_body).sliced(m_spans.at(i).first, m_spans.at(i).second);
    }

    // Raw form: resource `first` and those after it that lie next to it in the body, nothing but
    // a comma and white space between them, none written out again; `count` gets how many.
    // The bytes from the first's start to the last's end, to pass on in one piece.
    QByteArrayView rawRun(qsizetype first, qsizetype *count) const;

    // Keeps only the resources `keep` says, in order (a read drops those it has seen).
    void keepOnly(const QList<bool> &keep);

private:
    void addId(const QString &id);
    void rewriteNonStandard();

    QByteArray m_body;
    QList<std::pair<qsizetype, qsizetype>> m_spans; // offset, length in m_body
    QSet<qsizetype> m_nonStandard; // resources that are not strictly JSON
    QHash<qsizetype, QByteArray> m_rewritten; // ... written out again
    QJsonArray m_resources;
    QStringList m_ids;
    QList<IdKey> m_keys;
    qint64 m_total = 0;
    bool m_hasTotal = false;
    bool m_hasResources = false;
    QString m_error;

    friend class ListPageScanner;
};

} // namespace ScimDesk
