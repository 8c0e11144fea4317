#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ScimDesk {

// One typed error for every way a SCIM exchange can fail, and the one place that turns it into
// text a person can act on (Nextcloud's single errorString()). Never holds the token.
class ScimError
{
    Q_DECLARE_TR_FUNCTIONS(ScimError)

public:
    enum class Kind {
        None,
        InvalidUrl,
        InsecureUrl,
        HostNotFound,
        ConnectionRefused,
        ConnectionReset,
        Tls,
        Timeout,
        Network,
        Cancelled,
        NoToken,
        Unauthorized,
        Forbidden,
        NotFound,
        Uniqueness,
        Conflict,
        PreconditionFailed,
        FailedDependency,
        TooManyRequests,
        InvalidFilter,
        BadRequest,
        ServerError,
        MalformedJson,
        NotScim,
        PagingBroken, // the pages never cover the list: detail says how far it got
        OutsideService, // a request path that would leave the base path: never sent
        TooLarge, // an answer past the client's size bound: detail says the bound
        HttpError,
    };

    ScimError() = default;
    ScimError(Kind kind, QString detail = {});

    // Classify a finished HTTP exchange. `body` is the response body, `contentType` and
    // `retryAfter` the raw header values.
    // `secret` is masked in whatever the server says before it is shortened for display.
    static ScimError fromHttp(int status, const QByteArray &contentType, const QByteArray &body,
                              const QByteArray &retryAfter = {}, const QString &secret = {});
    // Classify a transport-level failure (no usable HTTP answer). `networkError` is a
    // QNetworkReply::NetworkError; taken as an int so that this header does not bring in the
    // network classes that only ScimClient uses.
    static ScimError fromNetwork(int networkError, const QString &errorString);
    // A 2xx answer whose body is not the SCIM JSON it should be.
    static ScimError malformedBody(const QByteArray &contentType, const QByteArray &body,
                                   const QString &parseError);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString scimType() const { return m_scimType; }
    QString detail() const { return m_detail; }
    // Seconds the server asked us to wait (Retry-After), or -1 when it did not say.
    int retryAfterSeconds() const { return m_retryAfter; }
    // The request this error belongs to, e.g. "GET /Users"; set by the client.
    QString request() const { return m_request; }
    void setRequest(const QString &request) { m_request = request; }
    // Removes `secret` from everything the error could show (a server may echo our header).
    void redact(const QString &secret);

    // Whether repeating the same request may succeed (429, 5xx, network trouble).
    bool isTransient() const;
    // Whether the failure happened before the server could have acted on the request.
    bool requestNeverArrived() const;
    // Authentication or reachability: the CLI's exit code 4.
    bool isConnectionFailure() const;

    // Short, stable name for machine output ("unauthorized", "timeout", ...).
    QString code() const;
    // Full sentence for a person: what happened and what to do.
    QString message() const;

    // Parse an RFC 7231 Retry-After value (seconds or HTTP date); -1 when absent or invalid.
    static int parseRetryAfter(const QByteArray &value);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QString m_scimType;
    QString m_detail;
    QString m_request;
};

} // namespace ScimDesk

Q_DECLARE_METATYPE(ScimDesk::ScimError)
