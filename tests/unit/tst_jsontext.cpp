#include "scim/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ScimDesk;

// What the plan writer writes for a change must be what QJsonDocument wrote before, byte for
// byte: a plan file of one version reads the same as one of the last.
class tst_JsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendCompact_writesWhatQJsonDocumentWrites_data();
    void appendCompact_writesWhatQJsonDocumentWrites();
    void appendCompact_appendsToWhatIsThere();
};

void tst_JsonText::appendCompact_writesWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QJsonValue>("value");
    const QString controls = QStringLiteral("a\x01"
                                            "b\x1f"
                                            "c\tq\"s\\/\b\f\n\r\x7f"
                                            "d");
    const QChar lone[] = {QChar(0xd800), u'x', QChar(0xdc00), QChar(0xd83d)}; // unpaired
    QTest::newRow("plain") << QJsonValue(QJsonObject {{u"userName"_qs, u"ada@example.com"_qs}});
    QTest::newRow("escapes and control characters")
        << QJsonValue(QJsonObject {{controls, controls}});
    QTest::newRow("non-ASCII") << QJsonValue(QJsonObject {
        {u"name"_qs, QStringLiteral("Zoë Ünal — 日本 😀")}, {u"é"_qs, QJsonArray {u"ß"_qs}}});
    QTest::newRow("lone surrogates") << QJsonValue(QJsonArray {QString(lone, 4), QString(lone, 1)});
    QTest::newRow("numbers") << QJsonValue(QJsonArray {0, -1, 42, 1.5, -0.25, 1e20, 100.0,
                                                       qint64(1) << 60, 3.0, 1e-7, 123456789012.0});
    QTest::newRow("literals and empties") << QJsonValue(QJsonObject {{u"t"_qs, true},
                                                                     {u"f"_qs, false},
                                                                     {u"n"_qs, QJsonValue()},
                                                                     {u"o"_qs, QJsonObject()},
                                                                     {u"a"_qs, QJsonArray()},
                                                                     {u"s"_qs, QString()}});
    QTest::newRow("nested, keys in order") << QJsonValue(QJsonObject {
        {u"schemas"_qs, QJsonArray {u"urn:ietf:params:scim:schemas:core:2.0:User"_qs}},
        {u"name"_qs, QJsonObject {{u"givenName"_qs, u"Ada"_qs}, {u"familyName"_qs, u"L"_qs}}},
        {u"emails"_qs, QJsonArray {QJsonObject {{u"value"_qs, u"a@x"_qs}, {u"primary"_qs, true}}}},
        {u"Operations"_qs, QJsonArray {QJsonArray {1, u"x"_qs, QJsonObject()}}}});
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
}

void tst_JsonText::appendCompact_writesWhatQJsonDocumentWrites()
{
    QFETCH(QJsonValue, value);
    const QByteArray expected = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    QByteArray written;
    JsonText::appendCompact(written, value);
    QCOMPARE(written, expected);
}

void tst_JsonText::appendCompact_appendsToWhatIsThere()
{
    QByteArray written = "[";
    JsonText::appendCompact(written, QJsonValue(u"x"_qs));
    written += ',';
    JsonText::appendCompact(written, QJsonValue(true));
    written += ',';
    JsonText::appendCompact(written, QJsonValue(QJsonValue::Null));
    written += ']';
    QCOMPARE(written, QByteArray(R"(["x",true,null])"));
    QCOMPARE(QJsonDocument::fromJson(written).array().size(), 3);
}

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
