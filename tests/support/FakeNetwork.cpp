#include "FakeNetwork.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ScimDesk::Test {

namespace {

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, const QByteArray &method, const FakeAnswer &answer,
              QObject *parent)
        : QNetworkReply(parent)
        , m_answer(answer)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(answer.delayMs, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_aborted = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override
    {
        return m_answer.body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_answer.body.size()) - m_offset);
        if (n <= 0)
            return m_delivered ? -1 : 0;
        memcpy(data, m_answer.body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (m_aborted)
            return;
        m_delivered = true;
        if (m_answer.networkError != NoError) {
            m_answer.body.clear();
            setError(m_answer.networkError, QStringLiteral("fake network error"));
            setFinished(true);
            Q_EMIT errorOccurred(m_answer.networkError);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        if (!m_answer.contentType.isEmpty())
            setHeader(QNetworkRequest::ContentTypeHeader, m_answer.contentType);
        for (const auto &[name, value] : std::as_const(m_answer.headers))
            setRawHeader(name, value);
        if (m_answer.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_answer.status));
        if (m_answer.errorAfterHeaders != NoError)
            setError(m_answer.errorAfterHeaders, QStringLiteral("connection closed mid-body"));
        Q_EMIT metaDataChanged();
        if (m_aborted) // the client stopped reading once it saw the headers
            return;
        Q_EMIT readyRead();
        if (m_aborted)
            return;
        setFinished(true);
        Q_EMIT finished();
    }

    FakeAnswer m_answer;
    qint64 m_offset = 0;
    bool m_aborted = false;
    bool m_delivered = false;
};

} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(Handler handler, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_handler(std::move(handler))
{ }

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    FakeRequest fake;
    fake.method = op == CustomOperation
        ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
        : op == GetOperation  ? QByteArray("GET")
        : op == PostOperation ? QByteArray("POST")
        : op == PutOperation  ? QByteArray("PUT")
                              : QByteArray("DELETE");
    fake.url = request.url();
    fake.query = QUrlQuery(request.url());
    fake.request = request;
    if (outgoingData)
        fake.body = outgoingData->readAll();
    m_requests.append(fake);
    return new FakeReply(request, fake.method, m_handler(fake), this);
}

QByteArray listResponse(qint64 total, qint64 startIndex, const QList<QString> &ids,
                        qint64 itemsPerPage)
{
    QJsonArray resources;
    for (const QString &id : ids)
        resources.append(QJsonObject {{QStringLiteral("id"), id},
                                      {QStringLiteral("userName"), QString(id + u"@example.com")}});
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("schemas"),
                              QJsonArray {QStringLiteral(
                                  "urn:ietf:params:scim:api:messages:2.0:ListResponse")}},
                             {QStringLiteral("totalResults"), total},
                             {QStringLiteral("startIndex"), startIndex},
                             {QStringLiteral("itemsPerPage"),
                              itemsPerPage >= 0 ? itemsPerPage : qint64(ids.size())},
                             {QStringLiteral("Resources"), resources},
                         })
        .toJson(QJsonDocument::Compact);
}

} // namespace ScimDesk::Test
