#include "scim/JsonPick.h"
#include "scim/ListPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ScimDesk;

namespace {

// What a converter was given: each resource written out again from its view, as QJsonDocument
// would write the resource it parsed.
class Recorder final : public ListPage::Converter
{
public:
    void add(const JsonView &resource) override
    {
        QJsonObject object;
        for (auto it = resource.begin(); it != resource.end(); ++it)
            object.insert(it.key(),
                          it.value().isObject() ? QJsonValue(u"{...}"_qs)
                                                : QJsonValue(it.value().toString()));
        seen.append(object);
    }
    void keepOnly(const QList<bool> &keep) override
    {
        QList<QJsonObject> kept;
        for (qsizetype i = 0; i < keep.size(); ++i) {
            if (keep.at(i))
                kept.append(seen.at(i));
        }
        seen = kept;
    }
    QList<QJsonObject> seen;
};

// What a converter that names its paths picked of each resource: each path's value, undefined
// when the resource has none.
class Picker final : public ListPage::Converter
{
public:
    explicit Picker(QList<QList<QByteArray>> wanted)
        : wanted(std::move(wanted))
    {
        for (const QList<QByteArray> &path : std::as_const(this->wanted)) {
            if (path.size() == 1)
                m_paths.add({path.at(0)});
            else
                m_paths.add({path.at(0), path.at(1)});
        }
    }
    const JsonPaths *paths() const override { return &m_paths; }
    void addPicked(QByteArrayView, const JsonPick *picks, const IdKey &) override
    {
        QList<QJsonValue> values;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const JsonPick &pick = picks[i];
            values.append(
                pick.isUndefined()
                    ? QJsonValue(QJsonValue::Undefined)
                    : QJsonDocument::fromJson('[' + pick.json().toByteArray() + ']').array().at(0));
        }
        seen.append(values);
    }
    void keepOnly(const QList<bool> &) override { }

    const QList<QList<QByteArray>> wanted;
    QList<QList<QJsonValue>> seen;

private:
    JsonPaths m_paths;
};

} // namespace

// A list page read once: as parsed JSON or raw, both forms agree on what the page says, and the
// raw form's bytes are exactly the resources the service sent, checked as JSON.
class tst_ListPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothForms_agree_data();
    void bothForms_agree();
    void notJson_isRefusedInBothForms_data();
    void notJson_isRefusedInBothForms();
    void raw_isTheBytesAsSent();
    void raw_notStrictlyJson_isWrittenOutAgain();
    void keepOnly_dropsResourcesInOrder();
    void idKey_tellsIdsApart();
    void indexed_viewsReadAsTheParsedResources();
    void indexed_rewrittenResourceIsViewedAsWrittenOut();
    void seenIds_tellsNewFromSeenAndRepeated();
    void raw_bytesNotOwnedEndWhereTheySay();
    void converter_getsEachResourceAsTheIndexedFormReadsIt();
    void converter_followsKeepOnlyAndALaterResourcesMember();
    void paths_findEachNameExactly();
    void picked_membersInAnyOrder_asParsed();
};

void tst_ListPage::bothForms_agree_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasTotal");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("plain") << QByteArray(
        R"({"totalResults":2,"Resources":[{"id":"a"},{"id":"b"}]})")
                           << true << qint64(2)
                           << QStringList {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("spaces everywhere")
        << QByteArray(" {\r\n \"Resources\" : [ { \"id\" : \"a\" , \"x\" : [ 1 , 2 ] } ] ,"
                      "\t\"totalResults\" : 7 }\n")
        << true << qint64(7) << QStringList {QStringLiteral("a")};
    QTest::newRow("no total") << QByteArray(R"({"Resources":[{"id":"a"}]})") << false << qint64(0)
                              << QStringList {QStringLiteral("a")};
    QTest::newRow("no resources") << QByteArray(R"({"totalResults":0})") << true << qint64(0)
                                  << QStringList();
    QTest::newRow("empty resources")
        << QByteArray(R"({"totalResults":5,"Resources":[]})") << true << qint64(5) << QStringList();
    QTest::newRow("escaped id") << QByteArray(
        R"({"Resources":[{"id":"a\"b\\c\u00e9\ud83d\ude00"}]})")
                                << false << qint64(0)
                                << QStringList {QStringLiteral("a\"b\\c\u00e9\U0001F600")};
    QTest::newRow("escaped key") << QByteArray(R"({"Resources":[{"\u0069d":"x"}]})") << false
                                 << qint64(0) << QStringList {QStringLiteral("x")};
    QTest::newRow("utf-8 id") << QByteArray(
        "{\"Resources\":[{\"id\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}]}")
                              << false << qint64(0)
                              << QStringList {QStringLiteral("\u00e9\u20ac\U0001F600")};
    QTest::newRow("nested id is not the id")
        << QByteArray(R"({"Resources":[{"meta":{"id":"inner"},"id":"outer"},{"meta":{"id":"x"}}]})")
        << false << qint64(0) << QStringList {QStringLiteral("outer"), QString()};
    QTest::newRow("id not a string")
        << QByteArray(R"({"Resources":[{"id":12},{"id":null},"text",7,[1]]})") << false << qint64(0)
        << QStringList {QString(), QString(), QString(), QString(), QString()};
    QTest::newRow("total not a whole number")
        << QByteArray(R"({"totalResults":2.5,"Resources":[]})") << true << qint64(0)
        << QStringList();
    QTest::newRow("total as exponent") << QByteArray(R"({"totalResults":1e3,"Resources":[]})")
                                       << true << qint64(1000) << QStringList();
    QTest::newRow("total a string") << QByteArray(R"({"totalResults":"3","Resources":[]})") << true
                                    << qint64(0) << QStringList();
    QTest::newRow("resources not an array")
        << QByteArray(R"({"totalResults":1,"Resources":{"id":"a"}})") << true << qint64(1)
        << QStringList();
    QTest::newRow("every kind of value")
        << QByteArray(R"({"Resources":[{"id":"a","t":true,"f":false,"n":null,"num":-0.5e-3,)"
                      R"("o":{"k":[{},[],""]}}]})")
        << false << qint64(0) << QStringList {QStringLiteral("a")};
    QTest::newRow("blank body") << QByteArray(" \n") << false << qint64(0) << QStringList();
}

void tst_ListPage::bothForms_agree()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, hasTotal);
    QFETCH(qint64, total);
    QFETCH(QStringList, ids);
    for (const ListPage::Form form :
         {ListPage::Form::Parsed, ListPage::Form::Raw, ListPage::Form::Indexed}) {
        const ListPage page = ListPage::read(body, form);
        QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
        QCOMPARE(page.hasTotal(), hasTotal);
        QCOMPARE(page.totalResults(), total);
        QCOMPARE(page.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(page.id(i), ids.at(i));
            QCOMPARE(page.hasId(i), !ids.at(i).isEmpty());
            if (!ids.at(i).isEmpty())
                QCOMPARE(page.key(i), IdKey::of(ids.at(i)));
            if (form == ListPage::Form::Indexed && page.view(i).isObject())
                QCOMPARE(page.view(i).value(u"id").toString(), ids.at(i));
        }
    }
}

void tst_ListPage::notJson_isRefusedInBothForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("array") << QByteArray(R"([{"id":"a"}])");
    QTest::newRow("cut off") << QByteArray(R"({"Resources":[{"id":"a"})");
    QTest::newRow("trailing comma") << QByteArray(R"({"Resources":[{"id":"a"},]})");
    QTest::newRow("garbage after") << QByteArray(R"({"Resources":[]} x)");
    QTest::newRow("single quotes") << QByteArray(R"({'Resources':[]})");
    QTest::newRow("short unicode escape") << QByteArray(R"({"Resources":[{"id":"\u00"}]})");
    QTest::newRow("invalid utf-8") << QByteArray("{\"Resources\":[{\"id\":\"\xc3\x28\"}]}");
    QTest::newRow("overlong utf-8") << QByteArray("{\"Resources\":[{\"id\":\"\xc0\xaf\"}]}");
    QTest::newRow("utf-8 surrogate") << QByteArray("{\"Resources\":[{\"id\":\"\xed\xa0\x80\"}]}");
    QTest::newRow("leading zero") << QByteArray(R"({"totalResults":01})");
    QTest::newRow("bare word") << QByteArray(R"({"totalResults":yes})");
    QTest::newRow("missing colon") << QByteArray(R"({"totalResults" 1})");
    QTest::newRow("html") << QByteArray("<html><body>proxy login</body></html>");
    QTest::newRow("deep nesting") << QByteArray(R"({"Resources":[)") + QByteArray(4000, '[')
            + QByteArray(4000, ']') + QByteArray("]}");
}

void tst_ListPage::notJson_isRefusedInBothForms()
{
    QFETCH(QByteArray, body);
    QVERIFY(!ListPage::read(body, ListPage::Form::Parsed).error().isEmpty());
    for (const ListPage::Form form : {ListPage::Form::Raw, ListPage::Form::Indexed}) {
        const ListPage raw = ListPage::read(body, form);
        QVERIFY(!raw.error().isEmpty());
        QVERIFY2(raw.error().contains(u"at byte"), qPrintable(raw.error()));
    }
}

void tst_ListPage::raw_isTheBytesAsSent()
{
    const QByteArray first = R"({"id":"a", "name":{"givenName":"Ada"},  "emails":[]})";
    const QByteArray second = "{\n  \"id\": \"b\"\n}";
    const QByteArray body = "{\"totalResults\":2,\"Resources\":[ " + first + " ,\n" + second
        + "],\"itemsPerPage\":2}";
    const ListPage raw = ListPage::read(body, ListPage::Form::Raw);
    const ListPage parsed = ListPage::read(body, ListPage::Form::Parsed);
    QCOMPARE(raw.size(), 2);
    QCOMPARE(raw.raw(0), first);
    QCOMPARE(raw.raw(1), second);
    for (qsizetype i = 0; i < raw.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(raw.raw(i).toByteArray()).object(),
                 parsed.resources().at(i).toObject());
}

void tst_ListPage::raw_notStrictlyJson_isWrittenOutAgain()
{
    // QJsonDocument takes a raw control character and an unknown escape; JSON does not, and an
    // escape sequence must not reach a terminal as it is. Such a resource is written out again.
    const QByteArray body = "{\"Resources\":[{\"id\":\"a\"},{\"id\":\"b\",\"x\":\"\x1b[2J\\q\"},"
                            "{\"id\":\"c\"}]}";
    ListPage page = ListPage::read(body, ListPage::Form::Raw);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.raw(0), QByteArrayView(R"({"id":"a"})"));
    QCOMPARE(page.raw(1), QByteArrayView(R"({"id":"b","x":"\u001b[2Jq"})"));
    QVERIFY(!page.raw(1).contains('\x1b'));
    page.keepOnly({false, true, true});
    QCOMPARE(page.raw(0), QByteArrayView(R"({"id":"b","x":"\u001b[2Jq"})"));
    QCOMPARE(page.raw(1), QByteArrayView(R"({"id":"c"})"));
    const ListPage parsed = ListPage::read(body, ListPage::Form::Parsed);
    QCOMPARE(parsed.resources().at(1).toObject().value(u"x").toString(),
             QStringLiteral("\x1b[2Jq"));
}

void tst_ListPage::keepOnly_dropsResourcesInOrder()
{
    const QByteArray body = R"({"Resources":[{"id":"a"},{"id":"b"},{"id":"c"}]})";
    for (const ListPage::Form form : {ListPage::Form::Parsed, ListPage::Form::Raw}) {
        ListPage page = ListPage::read(body, form);
        page.keepOnly({true, false, true});
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.id(0), QStringLiteral("a"));
        QCOMPARE(page.id(1), QStringLiteral("c"));
        QCOMPARE(page.key(1), IdKey::of(QStringLiteral("c")));
        if (form == ListPage::Form::Raw)
            QCOMPARE(page.raw(1), QByteArrayView(R"({"id":"c"})"));
        else
            QCOMPARE(page.resources().at(1).toObject().value(u"id").toString(),
                     QStringLiteral("c"));
    }
}

void tst_ListPage::idKey_tellsIdsApart()
{
    QSet<quint64> highs;
    for (int i = 0; i < 20000; ++i) {
        const IdKey key = IdKey::of(QStringLiteral("lucid-%1").arg(i));
        QVERIFY(!highs.contains(key.high));
        highs.insert(key.high);
    }
    QCOMPARE(IdKey::of(QStringLiteral("a")), IdKey::of(QStringLiteral("a")));
    QVERIFY(!(IdKey::of(QStringLiteral("a")) == IdKey::of(QStringLiteral("A"))));
    QVERIFY(!(IdKey::of(QStringLiteral("ab")) == IdKey::of(QStringLiteral("ba"))));
}

// Every value of every resource, through the page's index, reads as the parsed page does.
void tst_ListPage::indexed_viewsReadAsTheParsedResources()
{
    const QByteArray body = R"({"totalResults":3,"Resources":[)"
                            R"({"id":"a","userName":"ada@example.com","active":true,)"
                            R"("name":{"givenName":"Ada","familyName":"L\u00f6vel\"ace"},)"
                            "\"displayName\":\"Z\xc3\xbc"
                            "rich \xf0\x9f\x98\x80\","
                            R"("emails":[{"value":"a@x","primary":true},{"value":"b@x"}],)"
                            R"("n":-1.5e3,"z":null,"f":false,"e":{},"l":[]},)"
                            R"( {"id":"b"} , {"meta":{"id":"inner"},"id":"c"}],"itemsPerPage":3})";
    const ListPage indexed = ListPage::read(body, ListPage::Form::Indexed);
    const ListPage parsed = ListPage::read(body, ListPage::Form::Parsed);
    QVERIFY2(indexed.error().isEmpty(), qPrintable(indexed.error()));
    QCOMPARE(indexed.size(), 3);
    // Walks a view and a QJsonValue side by side.
    std::function<void(const JsonView &, const QJsonValue &)> same
        = [&](const JsonView &view, const QJsonValue &value) {
              if (value.isObject()) {
                  QVERIFY(view.isObject());
                  const QJsonObject object = value.toObject();
                  QCOMPARE(view.size(), object.size());
                  for (auto it = view.begin(); it != view.end(); ++it)
                      same(it.value(), object.value(it.key()));
              } else if (value.isArray()) {
                  QVERIFY(view.isArray());
                  QCOMPARE(view.size(), value.toArray().size());
                  for (qsizetype i = 0; i < view.size(); ++i)
                      same(view.at(i), value.toArray().at(i));
              } else if (value.isString()) {
                  QCOMPARE(view.toString(), value.toString());
              } else if (value.isBool()) {
                  QCOMPARE(view.toBool(!value.toBool()), value.toBool());
              } else {
                  QVERIFY(!view.isUndefined());
                  QVERIFY(!view.isString() && !view.isObject() && !view.isArray());
              }
          };
    for (qsizetype i = 0; i < indexed.size(); ++i)
        same(indexed.view(i), parsed.resources().at(i));
    QCOMPARE(indexed.view(0).value(u"name").value(u"familyName").toString(),
             QStringLiteral("L\u00f6vel\"ace"));
    // Several members in one walk: found where value() finds them, missing ones undefined,
    // an escaped name decoded, the last member of a name counting, nothing in a non-object.
    const ListPage twice
        = ListPage::read(R"({"Resources":[{"a":1,"\u0062":"bee","a":"last","c":{"d":true}}]})",
                         ListPage::Form::Indexed);
    const QByteArrayView names[] = {"b", "a", "missing", "c"};
    JsonView found[std::size(names)];
    twice.view(0).values(names, std::size(names), found);
    QCOMPARE(found[0].toString(), QStringLiteral("bee"));
    QCOMPARE(found[1].toString(), QStringLiteral("last"));
    QCOMPARE(twice.view(0).value(u"a").toString(), QStringLiteral("last")); // one rule for both
    QCOMPARE(twice.view(0).value(u"b").toString(), QStringLiteral("bee"));
    QVERIFY(found[2].isUndefined());
    QVERIFY(found[3].value(QByteArrayView("d")).toBool());
    found[3].value(QByteArrayView("d")).values(names, std::size(names), found);
    QVERIFY(std::all_of(std::begin(found), std::end(found),
                        [](const JsonView &view) { return view.isUndefined(); }));

    // A copy of the page keeps the views; dropping resources keeps the rest in order.
    ListPage copy = indexed;
    copy.keepOnly({false, true, true});
    QCOMPARE(copy.view(1).value(u"id").toString(), QStringLiteral("c"));
    QCOMPARE(copy.view(0).value(u"id").toString(), QStringLiteral("b"));
}

void tst_ListPage::indexed_rewrittenResourceIsViewedAsWrittenOut()
{
    const QByteArray body = "{\"Resources\":[{\"id\":\"a\",\"x\":\"\x1b[2J\\q\"},{\"id\":\"b\"}]}";
    const ListPage page = ListPage::read(body, ListPage::Form::Indexed);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    QCOMPARE(page.view(0).value(u"x").toString(), QStringLiteral("\x1b[2Jq"));
    QCOMPARE(page.view(0).value(u"id").toString(), QStringLiteral("a"));
    QCOMPARE(page.view(1).value(u"id").toString(), QStringLiteral("b"));
}

void tst_ListPage::seenIds_tellsNewFromSeenAndRepeated()
{
    SeenIds seen;
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(seen.see(IdKey::of(QString::number(i)), 1), 0);
    QCOMPARE(seen.size(), 5000);
    QCOMPARE(seen.see(IdKey::of(QStringLiteral("17")), 1), 1); // again in the same pass
    QCOMPARE(seen.see(IdKey::of(QStringLiteral("17")), 2), 1); // a re-read
    QCOMPARE(seen.see(IdKey::of(QStringLiteral("17")), 2), 2);
    QCOMPARE(seen.see(IdKey::of(QStringLiteral("new")), 2), 0);
    QCOMPARE(seen.size(), 5001);
    seen.clear();
    QCOMPARE(seen.size(), 0);
    QCOMPARE(seen.see(IdKey::of(QStringLiteral("17")), 1), 0);
}

// The scanner reads to the 0 that ends every QByteArray's own bytes; bytes it does not own end
// where their size says all the same, whatever follows them in memory.
void tst_ListPage::raw_bytesNotOwnedEndWhereTheySay()
{
    static const char memory[] = R"({"Resources":[{"id":"a"}]}{"Resources":[]})";
    for (const qsizetype cut : {qsizetype(14), qsizetype(21), qsizetype(24), qsizetype(26)}) {
        const QByteArray notOwned = QByteArray::fromRawData(memory, cut);
        const QByteArray owned(memory, cut);
        for (const ListPage::Form form : {ListPage::Form::Raw, ListPage::Form::Indexed}) {
            const ListPage page = ListPage::read(notOwned, form);
            QCOMPARE(page.error().isEmpty(), cut == 26);
            QCOMPARE(page.error(), ListPage::read(owned, form).error());
        }
    }
}

void tst_ListPage::converter_getsEachResourceAsTheIndexedFormReadsIt()
{
    // A resource that is not strictly JSON goes to the converter as it is written out again.
    const QByteArray body
        = "{\"totalResults\":3,\"Resources\":[{\"id\":\"a\",\"name\":{}},"
          "{\"id\":\"b\",\"x\":\"\x1b[2J\\q\"},\n {\"id\":\"c\",\"y\":\"\\u00e9\"}]}";
    const ListPage indexed = ListPage::read(body, ListPage::Form::Indexed);
    QVERIFY2(indexed.error().isEmpty(), qPrintable(indexed.error()));
    const auto recorder = std::make_shared<Recorder>();
    const ListPage page = ListPage::read(body, ListPage::Form::Indexed, recorder);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    QCOMPARE(page.converter<Recorder>(), recorder.get());
    QCOMPARE(recorder->seen.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        Recorder fromIndex;
        fromIndex.add(indexed.view(i));
        QCOMPARE(recorder->seen.at(i), fromIndex.seen.first());
        // The rest of the page is its raw form; its index is gone.
        QCOMPARE(page.raw(i), indexed.raw(i));
        QCOMPARE(page.id(i), indexed.id(i));
        QVERIFY(page.view(i).isUndefined());
    }
    QCOMPARE(recorder->seen.at(1).value(u"x").toString(), QStringLiteral("\x1b[2Jq"));
    QCOMPARE(recorder->seen.at(2).value(u"y").toString(), QStringLiteral("\u00e9"));
    QCOMPARE(page.totalResults(), 3);

    // A page that is not JSON: the error, as without a converter.
    const auto broken = std::make_shared<Recorder>();
    const QByteArray cut = R"({"Resources":[{"id":"a"},{"id":"b",)";
    QCOMPARE(ListPage::read(cut, ListPage::Form::Indexed, broken).error(),
             ListPage::read(cut, ListPage::Form::Indexed).error());
}

void tst_ListPage::converter_followsKeepOnlyAndALaterResourcesMember()
{
    // A read drops resources it has seen: what the converter made of them goes too.
    const QByteArray body = R"({"Resources":[{"id":"a"},{"id":"b"},{"id":"c"}]})";
    const auto recorder = std::make_shared<Recorder>();
    ListPage page = ListPage::read(body, ListPage::Form::Indexed, recorder);
    page.keepOnly({true, false, true});
    QCOMPARE(page.size(), 2);
    QCOMPARE(recorder->seen.size(), 2);
    QCOMPARE(recorder->seen.at(0).value(u"id").toString(), QStringLiteral("a"));
    QCOMPARE(recorder->seen.at(1).value(u"id").toString(), QStringLiteral("c"));

    // A second "Resources" replaces the first, as in QJsonDocument.
    const QByteArray twice = "{\"Resources\":[{\"id\":\"old\"},{\"id\":\"x\",\"x\":\"\x01\"}],"
                             "\"Resources\":[{\"id\":\"new\"}]}";
    const auto again = std::make_shared<Recorder>();
    const ListPage replaced = ListPage::read(twice, ListPage::Form::Indexed, again);
    QVERIFY2(replaced.error().isEmpty(), qPrintable(replaced.error()));
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.raw(0), QByteArrayView(R"({"id":"new"})"));
    QCOMPARE(again->seen.size(), 1);
    QCOMPARE(again->seen.at(0).value(u"id").toString(), QStringLiteral("new"));
    QCOMPARE(ListPage::read(twice, ListPage::Form::Parsed).resources().size(), 1);
    // Without a converter too: the first array's resource that was written out again is gone.
    const ListPage raw = ListPage::read(twice, ListPage::Form::Raw);
    QVERIFY2(raw.error().isEmpty(), qPrintable(raw.error()));
    QCOMPARE(raw.size(), 1);
    QCOMPARE(raw.raw(0), QByteArrayView(R"({"id":"new"})"));
}

// What the scanner asks when a name is not the one it expects: a name is found only when every
// byte and the length match, at its own level, whatever its length; and so in a copy.
void tst_ListPage::paths_findEachNameExactly()
{
    const QByteArray middle(24, 'm');
    QList<QByteArray> names {
        "", "a", "id", "abc", "meta", "title", "schemas", "userName", "givenName",
        "displayName1234", "displayName12345", "displayName123456",
        // the same first and last eight bytes: only the middle differs
        "urn:ietf" + middle + "2.0:User", "urn:ietf" + QByteArray(24, 'n') + "2.0:User",
        // long names, some of one length and differing in their last byte
        QByteArray(30, 'x'), QByteArray(31, 'x'), QByteArray(32, 'x'), QByteArray(128, 'x'),
        QByteArray(200, 'x') + 'y', QByteArray(200, 'x') + 'z'};
    auto paths = std::make_unique<JsonPaths>();
    QList<int> expected;
    for (const QByteArray &name : std::as_const(names))
        expected.append(paths->add({name}));
    const int nested = paths->add({"name", "givenName"}); // "givenName" again, a level down

    const auto check = [&](const JsonPaths &in) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QByteArray &name = names.at(i);
            const JsonPaths::Member *found = in.find(JsonPaths::Root, name);
            QVERIFY2(found && found->slot == expected.at(i), name.left(40).constData());
            QCOMPARE(found->utf8, name);
            // Any one byte different, one more or one fewer: another name, or none.
            for (qsizetype at = 0; at < name.size(); ++at) {
                QByteArray other = name;
                other[at] = char(other.at(at) ^ 0x20);
                const JsonPaths::Member *near = in.find(JsonPaths::Root, other);
                QVERIFY2(!near || near->utf8 == other, other.left(40).constData());
            }
            for (const QByteArray &other :
                 QList<QByteArray> {name + 'x', name.chopped(qMin<qsizetype>(1, name.size()))}) {
                const JsonPaths::Member *near = in.find(JsonPaths::Root, other);
                QVERIFY2(!near || near->utf8 == other, other.left(40).constData());
            }
        }
        const JsonPaths::Member *name = in.find(JsonPaths::Root, "name");
        QVERIFY(name && name->level > JsonPaths::Root);
        const JsonPaths::Member *given = in.find(name->level, "givenName");
        QVERIFY(given && given->slot == nested);
        QVERIFY(!in.find(name->level, "userName"));
    };
    check(*paths);
    const JsonPaths copy = *paths;
    JsonPaths assigned;
    assigned = copy;
    paths.reset();
    check(copy);
    check(assigned);
}

// The scanner expects each resource's members in the order the one before had them: whatever
// order, gaps, extra members, repeats and spellings come, the values picked are those a
// QJsonDocument reads at each path.
void tst_ListPage::picked_membersInAnyOrder_asParsed()
{
    const QByteArray e = "\xc3\xa9"; // "é" in UTF-8
    const QList<QByteArray> resources {
        R"({"id":"1","userName":"a","name":{"givenName":"A","familyName":"Aa"},"title":"t1","active":true})",
        // the same order: every name as expected
        R"({"id":"2","userName":"b","name":{"givenName":"B","familyName":"Bb"},"title":"t2","active":false})",
        // members missing, one further on than a resource may lack, and an object's own
        R"({"id":"3","active":true,"name":{"familyName":"Cc"}})",
        // another order, members nobody wants, space around the colons
        R"({"title" : "t4","meta":{"x":1},"userName"  :"d","id":"4","name":{"familyName":"Dd","givenName":"D"}})",
        // a name as a longer or shorter one, or only its start
        R"({"id":"5","userNam":"no","userNames":"no","user":"no","x":"x5","xy":"xy5","titl":"no"})",
        R"({"id":"6","xy":"xy6","x":"x6"})",
        // escapes in a name that is expected bare; and twice: the last counts
        R"({"id":"7","user\u004eame":"g","title":"t7","title":"t7b","name":{"given\u004eame":"G"}})",
        // a name not ASCII, then the same bytes again
        "{\"id\":\"8\",\"" + e + "\":\"e8\",\"userName\":\"h\"}",
        "{\"id\":\"9\",\"" + e + "\":\"e9\",\"" + e + "x\":\"no\"}",
        // a control character in a name: written out again, then picked as usual
        "{\"id\":\"10\",\"us\001er\":1,\"userName\":\"j\",\"title\":null}",
        R"({"id":"11","userName":"k","name":"not an object","title":["t",11],"active":null})",
        R"({"id":"12","name":{},"userName":"l"})",
        "{\"id\":\"13\",\"us\001er\":2,\"userName\":\"m\"}",
    };
    QByteArray body = R"({"Resources":[)";
    for (qsizetype i = 0; i < resources.size(); ++i)
        body += (i ? "," : "") + resources.at(i);
    body += "]}";
    // Wanted: members at the root and a level down, one named in UTF-8; "meta" and the rest not.
    const auto picker = std::make_shared<Picker>(QList<QList<QByteArray>> {{"userName"},
                                                                           {"title"},
                                                                           {"active"},
                                                                           {"x"},
                                                                           {"xy"},
                                                                           {e},
                                                                           {"name", "givenName"},
                                                                           {"name", "familyName"}});
    const ListPage page = ListPage::read(body, ListPage::Form::Indexed, picker);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    QCOMPARE(picker->seen.size(), resources.size());
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QJsonObject parsed = QJsonDocument::fromJson(resources.at(i)).object();
        QVERIFY2(!parsed.isEmpty(), resources.at(i).constData());
        for (qsizetype p = 0; p < picker->wanted.size(); ++p) {
            const QList<QByteArray> &path = picker->wanted.at(p);
            QJsonValue expected = parsed.value(QString::fromUtf8(path.at(0)));
            if (path.size() > 1)
                expected = expected.toObject().value(QString::fromUtf8(path.at(1)));
            const QByteArray where
                = "resource " + QByteArray::number(i + 1) + ", " + path.join('.');
            QVERIFY2(picker->seen.at(i).at(p) == expected, where.constData());
        }
    }
    // Checked and passed on as they came: each resource's bytes, but the two whose name holds
    // a control character, written out again (as picking read them).
    const ListPage raw = ListPage::read(body, ListPage::Form::Raw);
    QVERIFY2(raw.error().isEmpty(), qPrintable(raw.error()));
    QCOMPARE(raw.size(), resources.size());
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QByteArray &bytes = resources.at(i);
        const bool control
            = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x20; });
        QVERIFY2((raw.raw(i) == QByteArrayView(bytes)) != control, bytes.constData());
        QCOMPARE(page.raw(i), raw.raw(i));
        QCOMPARE(QJsonDocument::fromJson(raw.raw(i).toByteArray()), QJsonDocument::fromJson(bytes));
    }
}

QTEST_GUILESS_MAIN(tst_ListPage)
#include "tst_listpage.moc"
