#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <functional>

namespace ScimDesk::Test {

// What a scripted service answers to one request.
struct FakeAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/scim+json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // e.g. a reset
    // Headers (and status) arrive, then the connection breaks with this error.
    QNetworkReply::NetworkError errorAfterHeaders = QNetworkReply::NoError;
    int delayMs = 0;
};

struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QUrlQuery query;
    QByteArray body;
    QNetworkRequest request;
};

// A QNetworkAccessManager whose replies come from a function: for unit tests that need exact
// fault timing and odd servers (short pages, changing totals) no real service shows on demand.
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeAnswer(const FakeRequest &)>;

    explicit FakeNetworkAccessManager(Handler handler, QObject *parent = nullptr);

    QList<FakeRequest> requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

// A list response for resources `first..first+count-1` (1-based) of a directory of `total`.
QByteArray listResponse(qint64 total, qint64 startIndex, const QList<QString> &ids,
                        qint64 itemsPerPage = -1);

} // namespace ScimDesk::Test
