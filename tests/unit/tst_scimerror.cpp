#include "scim/ScimError.h"

#include <QNetworkReply>
#include <QTest>

using ScimDesk::ScimError;
using Kind = ScimError::Kind;

class tst_ScimError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_mapsStatusAndBody_data();
    void fromHttp_mapsStatusAndBody();
    void fromNetwork_mapsTransportErrors_data();
    void fromNetwork_mapsTransportErrors();
    void retryAfter_parsesSecondsAndDates_data();
    void retryAfter_parsesSecondsAndDates();
    void unauthorized_saysWhatToDo();
    void scimBody_isShownInMessage();
    void longDetail_isShortened();
};

void tst_ScimError::fromHttp_mapsStatusAndBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("transient");

    const QByteArray scim = "application/scim+json";
    auto err = [](int status, const char *type, const char *detail) -> QByteArray {
        return QByteArray(
                   R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":")")
            + QByteArray::number(status) + R"(","scimType":")" + type + R"(","detail":")" + detail
            + R"("})";
    };
    QTest::newRow("400 invalidFilter")
        << 400 << scim << err(400, "invalidFilter", "bad") << int(Kind::InvalidFilter) << false;
    QTest::newRow("400 other") << 400 << scim << err(400, "invalidValue", "x")
                               << int(Kind::BadRequest) << false;
    QTest::newRow("401") << 401 << scim << QByteArray() << int(Kind::Unauthorized) << false;
    QTest::newRow("403") << 403 << scim << QByteArray() << int(Kind::Forbidden) << false;
    QTest::newRow("404") << 404 << scim << err(404, "", "no user") << int(Kind::NotFound) << false;
    QTest::newRow("409 uniqueness")
        << 409 << scim << err(409, "uniqueness", "taken") << int(Kind::Uniqueness) << false;
    QTest::newRow("409 owner") << 409 << scim << err(409, "", "account owner")
                               << int(Kind::Conflict) << false;
    QTest::newRow("412") << 412 << scim << QByteArray() << int(Kind::PreconditionFailed) << false;
    QTest::newRow("424") << 424 << scim << QByteArray() << int(Kind::FailedDependency) << false;
    QTest::newRow("429") << 429 << scim << QByteArray() << int(Kind::TooManyRequests) << true;
    QTest::newRow("500") << 500 << scim << err(500, "", "boom") << int(Kind::ServerError) << true;
    QTest::newRow("503 html proxy")
        << 503 << QByteArray("text/html") << QByteArray("<html><body>Sign in</body></html>")
        << int(Kind::NotScim) << false;
    QTest::newRow("401 html login page")
        << 401 << QByteArray("text/html; charset=utf-8")
        << QByteArray("<!DOCTYPE html><html>login</html>") << int(Kind::NotScim) << false;
    QTest::newRow("418 unknown") << 418 << QByteArray() << QByteArray() << int(Kind::HttpError)
                                 << false;
}

void tst_ScimError::fromHttp_mapsStatusAndBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(bool, transient);
    const ScimError error = ScimError::fromHttp(status, contentType, body);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.isTransient(), transient);
    QVERIFY(!error.message().isEmpty());
}

void tst_ScimError::fromNetwork_mapsTransportErrors_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("neverArrived");
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << int(Kind::HostNotFound)
                         << true;
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                             << int(Kind::ConnectionRefused) << true;
    QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError)
                           << int(Kind::ConnectionReset) << false;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(Kind::Tls) << true;
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(Kind::Timeout) << false;
    QTest::newRow("other") << int(QNetworkReply::UnknownNetworkError) << int(Kind::Network)
                           << false;
}

void tst_ScimError::fromNetwork_mapsTransportErrors()
{
    QFETCH(int, networkError);
    QFETCH(int, kind);
    QFETCH(bool, neverArrived);
    const ScimError error = ScimError::fromNetwork(QNetworkReply::NetworkError(networkError),
                                                   QStringLiteral("details"));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.requestNeverArrived(), neverArrived);
    QVERIFY(error.isConnectionFailure());
}

void tst_ScimError::retryAfter_parsesSecondsAndDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("absent") << QByteArray() << -1 << -1;
    QTest::newRow("seconds") << QByteArray("7") << 7 << 7;
    QTest::newRow("spaces") << QByteArray(" 3 ") << 3 << 3;
    QTest::newRow("garbage") << QByteArray("soon") << -1 << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1 << -1;
    const QByteArray inTenSeconds = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(10),
                                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                        .toLatin1();
    QTest::newRow("http date") << inTenSeconds << 8 << 10;
}

void tst_ScimError::retryAfter_parsesSecondsAndDates()
{
    QFETCH(QByteArray, value);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const int seconds = ScimError::parseRetryAfter(value);
    QVERIFY2(seconds >= minimum && seconds <= maximum, qPrintable(QString::number(seconds)));
}

void tst_ScimError::unauthorized_saysWhatToDo()
{
    const ScimError error = ScimError::fromHttp(401, "application/scim+json", {});
    QVERIFY(error.message().contains(u"token was rejected"));
    QVERIFY(error.message().contains(u"replace it in the connection settings"));
    QVERIFY(error.isConnectionFailure());
}

void tst_ScimError::scimBody_isShownInMessage()
{
    ScimError error = ScimError::fromHttp(
        409, "application/scim+json",
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness","detail":"userName ada@example.com is taken"})");
    error.setRequest(QStringLiteral("POST /Users"));
    QCOMPARE(error.kind(), Kind::Uniqueness);
    QCOMPARE(error.scimType(), QStringLiteral("uniqueness"));
    const QString message = error.message();
    QVERIFY(message.contains(u"userName ada@example.com is taken"));
    QVERIFY(message.contains(u"uniqueness"));
    QVERIFY(message.contains(u"POST /Users"));
}

void tst_ScimError::longDetail_isShortened()
{
    const QByteArray detail(5000, 'x');
    const ScimError error
        = ScimError::fromHttp(500, "application/json", R"({"detail":")" + detail + R"("})");
    QVERIFY(error.detail().size() <= 301);
}

QTEST_GUILESS_MAIN(tst_ScimError)
#include "tst_scimerror.moc"
