#include "ScimError.h"

#include "ServerText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>

namespace ScimDesk {

namespace {

constexpr qsizetype MaxDetailLength = 300;

// Server text goes into messages people read; keep it short and on one line.
QString tidy(QString text)
{
    // Whatever a server echoes, a bearer credential never reaches a message.
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)\\S+"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, QStringLiteral("\\1[redacted]"));
    return cleanServerText(text, TextUse::Line, MaxDetailLength);
}

// Each kind's stable code and, where it needs no figures from the error, its message.
struct KindText
{
    ScimError::Kind kind;
    const char *code;
    const char *message; // null: message() words it with the error's figures
};

using Kind = ScimError::Kind;

const KindText KindTexts[] = {
    {Kind::None, "ok", nullptr},
    {Kind::OutsideService, "outsideService",
     QT_TRANSLATE_NOOP("ScimError", "Not sent: the request would leave the service's base path.")},
    {Kind::InvalidUrl, "invalidUrl",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service URL is not valid — check the base URL in the "
                       "connection settings.")},
    {Kind::InsecureUrl, "insecureUrl",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service URL must use https:// (plain http is allowed only for this "
                       "computer, e.g. http://127.0.0.1) — correct the base URL in the connection "
                       "settings.")},
    {Kind::HostNotFound, "hostNotFound",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service's host name could not be found — check the base "
                       "URL and your network or DNS settings.")},
    {Kind::ConnectionRefused, "connectionRefused",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service refused the connection — check the base URL and "
                       "port, and that the service is up.")},
    {Kind::ConnectionReset, "connectionReset",
     QT_TRANSLATE_NOOP("ScimError",
                       "The connection to the service was closed before it answered "
                       "— try again; if it keeps happening, check your network or "
                       "proxy.")},
    {Kind::Tls, "tls",
     QT_TRANSLATE_NOOP("ScimError",
                       "The secure connection could not be established "
                       "(TLS/certificate error) — check the URL, the system time and "
                       "any proxy that inspects HTTPS.")},
    {Kind::Timeout, "timeout",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service did not answer in time — try again later, or "
                       "lower the concurrency in the connection settings.")},
    {Kind::Network, "network",
     QT_TRANSLATE_NOOP("ScimError",
                       "A network error occurred — check your connection and proxy settings.")},
    {Kind::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ScimError", "The request was cancelled.")},
    {Kind::NoToken, "noToken",
     QT_TRANSLATE_NOOP("ScimError",
                       "No token is stored for this connection — add one in the "
                       "connection settings (or set SCIMDESK_TOKEN for the command "
                       "line).")},
    {Kind::Unauthorized, "unauthorized",
     QT_TRANSLATE_NOOP("ScimError",
                       "The token was rejected (401) — replace it in the connection settings.")},
    {Kind::Forbidden, "forbidden",
     QT_TRANSLATE_NOOP("ScimError",
                       "The token was rejected (403): it lacks permission for this — "
                       "replace it in the connection settings with an admin token "
                       "for this SCIM integration.")},
    {Kind::NotFound, "notFound",
     QT_TRANSLATE_NOOP("ScimError",
                       "Not found (404) — the resource no longer exists, or the base "
                       "URL is wrong.")},
    {Kind::Uniqueness, "uniqueness",
     QT_TRANSLATE_NOOP("ScimError",
                       "Already exists (409): the service has a resource with this unique value.")},
    {Kind::Conflict, "conflict",
     QT_TRANSLATE_NOOP("ScimError", "The service refused the change because of a conflict (409).")},
    {Kind::PreconditionFailed, "preconditionFailed",
     QT_TRANSLATE_NOOP("ScimError",
                       "Changed since it was read (412) — reload and review the change again.")},
    {Kind::FailedDependency, "failedDependency",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service refused the change (424): an add-on licence needs "
                       "an active base licence — grant the base licence first.")},
    {Kind::TooManyRequests, "tooManyRequests", nullptr},
    {Kind::InvalidFilter, "invalidFilter",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service does not accept this filter (400 invalidFilter) — "
                       "this service may support only simple 'attribute eq value' "
                       "filters.")},
    {Kind::BadRequest, "badRequest",
     QT_TRANSLATE_NOOP("ScimError", "The service rejected the request as invalid (400).")},
    {Kind::ServerError, "serverError", nullptr},
    {Kind::MalformedJson, "malformedJson",
     QT_TRANSLATE_NOOP("ScimError",
                       "The service's answer is not valid JSON — check the base URL; "
                       "it may not point at a SCIM endpoint.")},
    {Kind::NotScim, "notScim",
     QT_TRANSLATE_NOOP("ScimError",
                       "The answer is a web page, not SCIM data — a proxy or login "
                       "page may be in the way, or the base URL is wrong.")},
    {Kind::PagingBroken, "pagingBroken", nullptr},
    {Kind::TooLarge, "tooLarge", nullptr},
    {Kind::HttpError, "httpError", nullptr},
};

const KindText *textsOf(Kind kind)
{
    for (const KindText &entry : KindTexts) {
        if (entry.kind == kind)
            return &entry;
    }
    return nullptr;
}

ScimError::Kind kindForStatus(int status, const QString &scimType)
{
    switch (status) {
    case 400:
        return scimType.compare(u"invalidFilter", Qt::CaseInsensitive) == 0
            ? ScimError::Kind::InvalidFilter
            : ScimError::Kind::BadRequest;
    case 401:
        return ScimError::Kind::Unauthorized;
    case 403:
        return ScimError::Kind::Forbidden;
    case 404:
        return ScimError::Kind::NotFound;
    case 409:
        return scimType.compare(u"uniqueness", Qt::CaseInsensitive) == 0
            ? ScimError::Kind::Uniqueness
            : ScimError::Kind::Conflict;
    case 412:
        return ScimError::Kind::PreconditionFailed;
    case 424:
        return ScimError::Kind::FailedDependency;
    case 429:
        return ScimError::Kind::TooManyRequests;
    default:
        break;
    }
    if (status >= 500)
        return ScimError::Kind::ServerError;
    return ScimError::Kind::HttpError;
}

} // namespace

ScimError::ScimError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

int ScimError::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return int(qBound<qint64>(0, delta, qint64(24 * 3600)));
}

ScimError ScimError::fromHttp(int status, const QByteArray &contentType, const QByteArray &body,
                              const QByteArray &retryAfter, const QString &secret)
{
    QString scimType;
    QString detail;
    bool scimBody = false;
    if (!body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonObject obj = doc.object();
            scimType = obj.value(u"scimType").toString();
            detail = obj.value(u"detail").toString();
            scimBody
                = obj.contains(u"schemas") || obj.contains(u"detail") || obj.contains(u"scimType");
            if (detail.isEmpty())
                detail = obj.value(u"message").toString(); // common non-SCIM JSON error shape
        }
    }

    if (!secret.isEmpty()) {
        detail.replace(secret, QStringLiteral("[redacted]"));
        scimType.replace(secret, QStringLiteral("[redacted]")); // before cutting, never half
    }
    ScimError error(kindForStatus(status, scimType), tidy(detail));
    error.m_httpStatus = status;
    error.m_scimType = cleanServerText(scimType); // printed, stored in audit and journal
    error.m_retryAfter = parseRetryAfter(retryAfter);

    // A proxy or SSO login page answering in the service's place: say so, whatever the status.
    const bool html = contentType.toLower().contains("html")
        || body.trimmed().left(15).toLower().startsWith("<!doctype html")
        || body.trimmed().left(6).toLower().startsWith("<html");
    if (!scimBody && html && error.m_kind != Kind::TooManyRequests)
        error.m_kind = Kind::NotScim;
    return error;
}

ScimError ScimError::fromNetwork(int networkError, const QString &errorString)
{
    Kind kind = Kind::Network;
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::HostNotFoundError:
        kind = Kind::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
        kind = Kind::ConnectionRefused;
        break;
    case QNetworkReply::RemoteHostClosedError:
        kind = Kind::ConnectionReset;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        kind = Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
        kind = Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        kind = Kind::Cancelled;
        break;
    default:
        break;
    }
    return ScimError(kind, tidy(errorString));
}

ScimError ScimError::malformedBody(const QByteArray &contentType, const QByteArray &body,
                                   const QString &parseError)
{
    const bool html = contentType.toLower().contains("html") || body.trimmed().startsWith('<');
    ScimError error(html ? Kind::NotScim : Kind::MalformedJson, tidy(parseError));
    error.m_httpStatus = 200;
    return error;
}

void ScimError::redact(const QString &secret)
{
    if (secret.isEmpty())
        return;
    const QString mask = QStringLiteral("[redacted]");
    m_detail.replace(secret, mask);
    m_scimType.replace(secret, mask);
}

bool ScimError::isTransient() const
{
    switch (m_kind) {
    case Kind::TooManyRequests:
    case Kind::ServerError:
    case Kind::Timeout:
    case Kind::ConnectionReset:
    case Kind::ConnectionRefused:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

bool ScimError::requestNeverArrived() const
{
    switch (m_kind) {
    case Kind::OutsideService:
    case Kind::InvalidUrl:
    case Kind::InsecureUrl:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Tls:
    case Kind::NoToken:
        return true;
    default:
        return false;
    }
}

bool ScimError::isConnectionFailure() const
{
    switch (m_kind) {
    case Kind::InvalidUrl:
    case Kind::InsecureUrl:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionReset:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::NoToken:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotScim:
        return true;
    default:
        return false;
    }
}

QString ScimError::code() const
{
    if (const KindText *entry = textsOf(m_kind))
        return QString::fromLatin1(entry->code);
    return QStringLiteral("unknown");
}

QString ScimError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::TooManyRequests:
        text = m_retryAfter >= 0
            ? tr("The service is rate limiting requests (429); it asked to wait %1 s.")
                  .arg(m_retryAfter)
            : tr("The service is rate limiting requests (429) — wait, or lower the concurrency.");
        break;
    case Kind::ServerError:
        text = tr("The service had an internal error (%1) — try again later.").arg(m_httpStatus);
        break;
    case Kind::HttpError:
        text = tr("The service answered with HTTP status %1.").arg(m_httpStatus);
        break;
    case Kind::PagingBroken:
        text = tr("The service's pages do not add up to its list (%1) — try a smaller page "
                  "size in the connection settings, or a server-side filter.")
                   .arg(m_detail);
        break;
    case Kind::TooLarge:
        text = tr("The service's answer is larger than %1, more than any SCIM page or resource "
                  "should be, so ScimDesk stopped reading it — try a smaller page size in the "
                  "connection settings.")
                   .arg(m_detail);
        break;
    default:
        if (const KindText *entry = textsOf(m_kind); entry && entry->message)
            text = tr(entry->message);
        break;
    }
    if (m_kind == Kind::OutsideService && !m_detail.isEmpty())
        text += u' ' + tr("(%1)").arg(m_detail);
    else if (!m_detail.isEmpty() && m_kind != Kind::NotScim && m_kind != Kind::PagingBroken
             && m_kind != Kind::TooLarge)
        text += u' ' + tr("Service said: %1").arg(m_detail);
    if (!m_scimType.isEmpty())
        text += u' ' + tr("[scimType: %1]").arg(m_scimType);
    if (!m_request.isEmpty())
        text += u' ' + tr("(%1)").arg(m_request);
    return text;
}

} // namespace ScimDesk
