#include "scim/Filter.h"

#include <QTest>

namespace Filter = ScimDesk::Filter;

class tst_Filter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eq_escapesValues_data();
    void eq_escapesValues();
    void attributePath_isValidated_data();
    void attributePath_isValidated();
    void allOf_joinsWithParentheses();
};

void tst_Filter::eq_escapesValues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("userName") << QStringLiteral("ada@example.com")
                           << QStringLiteral(R"(userName eq "ada@example.com")");
    QTest::newRow("injection closes quote")
        << QStringLiteral("userName") << QStringLiteral(R"(a" or userName pr or ")")
        << QStringLiteral(R"(userName eq "a\" or userName pr or \"")");
    QTest::newRow("backslash then quote")
        << QStringLiteral("userName") << QStringLiteral(R"(x\" or "1"="1)")
        << QStringLiteral(R"(userName eq "x\\\" or \"1\"=\"1")");
    QTest::newRow("trailing backslash") << QStringLiteral("userName") << QStringLiteral("x\\")
                                        << QStringLiteral(R"(userName eq "x\\")");
    QTest::newRow("control characters")
        << QStringLiteral("displayName") << QStringLiteral("a\nb\x01")
        << QStringLiteral(R"(displayName eq "a\nb\u0001")");
    QTest::newRow("unicode kept") << QStringLiteral("name.familyName") << QStringLiteral("Ångström")
                                  << QStringLiteral(R"(name.familyName eq "Ångström")");
    QTest::newRow("extension path")
        << QStringLiteral(
               "urn:ietf:params:scim:schemas:extension:lucid:2.0:User:productLicenses.Lucidchart")
        << QStringLiteral("true")
        << QStringLiteral(
               R"(urn:ietf:params:scim:schemas:extension:lucid:2.0:User:productLicenses.Lucidchart eq "true")");
    QTest::newRow("invalid path gives nothing")
        << QStringLiteral(R"(userName pr or userName)") << QStringLiteral("x") << QString();
}

void tst_Filter::eq_escapesValues()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QTEST(Filter::eq(path, value), "expected");
}

void tst_Filter::attributePath_isValidated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("userName") << true;
    QTest::newRow("sub") << QStringLiteral("name.givenName") << true;
    QTest::newRow("emails.value") << QStringLiteral("emails.value") << true;
    QTest::newRow("urn") << QStringLiteral(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")
                         << true;
    QTest::newRow("space") << QStringLiteral("user Name") << false;
    QTest::newRow("quote") << QStringLiteral("userName\"") << false;
    QTest::newRow("bracket") << QStringLiteral("emails[type eq \"work\"]") << false;
    QTest::newRow("paren") << QStringLiteral("(userName)") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << QStringLiteral("1abc") << false;
}

void tst_Filter::attributePath_isValidated()
{
    QFETCH(QString, path);
    QTEST(Filter::isValidAttributePath(path), "valid");
}

void tst_Filter::allOf_joinsWithParentheses()
{
    QCOMPARE(Filter::allOf({Filter::eq(QStringLiteral("userName"), QStringLiteral("a"))}),
             QStringLiteral(R"(userName eq "a")"));
    QCOMPARE(Filter::allOf({Filter::eq(QStringLiteral("userName"), QStringLiteral("a")), QString(),
                            Filter::compare(QStringLiteral("title"), QStringLiteral("sw"),
                                            QStringLiteral("Dr"))}),
             QStringLiteral(R"((userName eq "a") and (title sw "Dr"))"));
    QCOMPARE(Filter::compare(QStringLiteral("title"), QStringLiteral("or"), QStringLiteral("x")),
             QString());
}

QTEST_GUILESS_MAIN(tst_Filter)
#include "tst_filter.moc"
