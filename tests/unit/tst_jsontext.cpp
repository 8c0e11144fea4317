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
    void unescapeUtf8_isTheDecodedTextsUtf8_data();
    void unescapeUtf8_isTheDecodedTextsUtf8();
    void unescapeUtf8_intoABuffer_cutsWhatIsNotUtf8();
    void sameBytes_findsEveryDifference();
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

void tst_JsonText::unescapeUtf8_isTheDecodedTextsUtf8_data()
{
    // A string's content as it lies in the JSON, between the quotes, and what it says.
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("text");
    QTest::newRow("a version") << QByteArray(R"(W/\"1\")") << u"W/\"1\""_qs;
    QTest::newRow("every short escape")
        << QByteArray(R"(\"\\\/\b\f\n\r\t)") << u"\"\\/\b\f\n\r\t"_qs;
    QTest::newRow("one, two and three bytes")
        << QByteArray(R"(\u0041\u00e9\u65e5 and \u0000 end)")
        << QStringLiteral("A\u00e9\u65e5 and ") + QChar(0) + u" end"_qs;
    QTest::newRow("a surrogate pair") << QByteArray(R"(x\ud83d\ude00y)") << u"x😀y"_qs;
    QTest::newRow("a lone surrogate")
        << QByteArray(R"(x\ud83dy)") << u"x"_qs + QChar(0xd83d) + u"y"_qs;
    QTest::newRow("raw UTF-8 around an escape")
        << QByteArray("Zo\xc3\xab\\n\xe6\x97\xa5") << QStringLiteral("Zo\u00eb\n\u65e5");
    QTest::newRow("no escape") << QByteArray("plain") << u"plain"_qs;
}

void tst_JsonText::unescapeUtf8_isTheDecodedTextsUtf8()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, text);
    QCOMPARE(JsonText::unescape(content), text);
    QCOMPARE(JsonText::unescapeUtf8(content), JsonText::unescape(content).toUtf8());
    // And as QJsonDocument reads the same string.
    const QJsonArray read = QJsonDocument::fromJson("[\"" + content + "\"]").array();
    QCOMPARE(JsonText::unescapeUtf8(content), read.at(0).toString().toUtf8());
    // The same into a buffer of the content's size, with nothing written past it.
    QByteArray buffer(content.size() + 8, '#');
    const qsizetype written = JsonText::unescapeUtf8(content, buffer.data());
    QCOMPARE(QByteArrayView(buffer).first(written), JsonText::unescapeUtf8(content));
    QCOMPARE(QByteArrayView(buffer).sliced(content.size()), QByteArray(8, '#'));
}

void tst_JsonText::unescapeUtf8_intoABuffer_cutsWhatIsNotUtf8()
{
    // Not from JSON that was checked: each byte that is not UTF-8 becomes three. Cut to the
    // buffer, at a character's start, never past it.
    const QByteArray content = "\\q\xff\xff\xff\xff";
    QByteArray buffer(content.size() + 8, '#');
    const qsizetype written = JsonText::unescapeUtf8(content, buffer.data());
    QVERIFY(written <= content.size());
    QCOMPARE(QByteArrayView(buffer).sliced(content.size()), QByteArray(8, '#'));
    QVERIFY(JsonText::unescapeUtf8(content).startsWith(QByteArrayView(buffer).first(written)));
    QCOMPARE(QString::fromUtf8(QByteArrayView(buffer).first(written)).toUtf8(),
             QByteArrayView(buffer).first(written)); // whole characters
}

void tst_JsonText::sameBytes_findsEveryDifference()
{
    // Every length a member name has, a difference at every byte (the first, the last, and
    // those the overlapping eight-byte words both cover or neither does).
    const QByteArray text = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    for (qsizetype length = 0; length <= text.size(); ++length) {
        const QByteArray a = text.first(length);
        QVERIFY(JsonText::sameBytes(a.constData(), text.constData(), size_t(length)));
        for (qsizetype at = 0; at < length; ++at) {
            QByteArray b = a;
            b[at] = char(b[at] ^ 0x20);
            QVERIFY2(!JsonText::sameBytes(a.constData(), b.constData(), size_t(length)),
                     qPrintable(QStringLiteral("length %1, byte %2").arg(length).arg(at)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
