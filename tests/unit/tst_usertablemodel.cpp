#include "csv/TableExport.h"
#include "directory/GroupModels.h"
#include "directory/UserFilterProxy.h"
#include "directory/UserTableModel.h"
#include "scim/ListPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

namespace {

LicenceCatalog lucid()
{
    return {QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"),
            {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")}};
}

QJsonObject user(const QString &id, const QString &userName, bool active, bool chart, bool spark,
                 const QString &department = {})
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("displayName"), userName.section(u'@', 0, 0)},
        {QStringLiteral("active"), active},
        {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
         QJsonObject {{QStringLiteral("department"), department}}},
        {QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"),
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidchart"), chart},
                                    {QStringLiteral("Lucidspark"), spark}}}}},
    };
}

} // namespace

class tst_UserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_insertRowsExactly();
    void licenceColumns_followTheCatalog();
    void licenceCounts_countActiveUsersOnly();
    void quickSearch_matchesAllWordsAnyField();
    void sort_usesRawValues();
    void sort_staysRightAsRowsArriveAndChange();
    void fetchMore_asksOnceThenStops();
    void groups_resolveMembers();
    void export_isSafeCsv();
    void searchText_isTheFoldedTextColumns_data();
    void searchText_isTheFoldedTextColumns();
    void quickSearch_nonAscii_ignoresCase();
    void convert_fromBytes_isTheSameAsFromJson();
    void convert_recordsSharingBlocks_keepTheirOwnText();
    void convert_dropsWhatTheReadDrops();
};

void tst_UserTableModel::pages_insertRowsExactly()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(lucid());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addPage({user(QStringLiteral("1"), QStringLiteral("a@x"), true, true, false),
                   user(QStringLiteral("2"), QStringLiteral("b@x"), true, false, false)});
    model.addPage({user(QStringLiteral("3"), QStringLiteral("c@x"), false, true, true)});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);

    // The same user again is an update, not a new row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.addPage({user(QStringLiteral("2"), QStringLiteral("b-renamed@x"), true, false, false)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, UserTableModel::UserNameColumn).data().toString(),
             QStringLiteral("b-renamed@x"));
    QCOMPARE(model.index(2, UserTableModel::ActiveColumn).data().toString(),
             QStringLiteral("Deactivated"));
    QCOMPARE(model.index(2, UserTableModel::ActiveColumn).data(UserTableModel::SortRole).toBool(),
             false);

    // A new user listed twice on one page is one row, as first listed; the rest still arrive.
    model.addPage({user(QStringLiteral("4"), QStringLiteral("d@x"), true, false, false),
                   user(QStringLiteral("5"), QStringLiteral("e@x"), true, false, false),
                   user(QStringLiteral("4"), QStringLiteral("d-again@x"), true, false, false),
                   user(QStringLiteral("6"), QStringLiteral("f@x"), true, false, false)});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 3);
    QStringList names;
    for (int row = 3; row < 6; ++row)
        names << model.index(row, UserTableModel::UserNameColumn).data().toString();
    QCOMPARE(names, QStringList({u"d@x"_qs, u"e@x"_qs, u"f@x"_qs}));
}

void tst_UserTableModel::licenceColumns_followTheCatalog()
{
    UserTableModel model;
    model.reset(lucid());
    QCOMPARE(model.columnCount(), UserTableModel::FixedColumnCount + 2);
    QCOMPARE(model.headerData(model.licenceColumn(1), Qt::Horizontal).toString(),
             QStringLiteral("Lucidspark"));
    QCOMPARE(model.columnKey(model.licenceColumn(0)), QStringLiteral("licence:Lucidchart"));
    QCOMPARE(model.columnForKey(QStringLiteral("licence:Lucidspark")), model.licenceColumn(1));
    model.addPage({user(QStringLiteral("1"), QStringLiteral("a@x"), true, true, false)});
    QCOMPARE(model.index(0, model.licenceColumn(0)).data().toString(), QStringLiteral("\u2713"));
    QCOMPARE(model.index(0, model.licenceColumn(1)).data().toString(), QString());
    model.reset({});
    QCOMPARE(model.columnCount(), int(UserTableModel::FixedColumnCount));
}

void tst_UserTableModel::licenceCounts_countActiveUsersOnly()
{
    UserTableModel model;
    model.reset(lucid());
    QSignalSpy counts(&model, &UserTableModel::licenceCountsChanged);
    model.addPage({user(QStringLiteral("1"), QStringLiteral("a@x"), true, true, false),
                   user(QStringLiteral("2"), QStringLiteral("b@x"), true, true, true),
                   user(QStringLiteral("3"), QStringLiteral("c@x"), false, true, true)});
    QCOMPARE(model.activeLicenceCounts(), (QList<qint64> {2, 1}));
    QCOMPARE(model.activeCount(), 2);
    model.addPage(
        {user(QStringLiteral("2"), QStringLiteral("b@x"), false, true, true)}); // deactivated
    QCOMPARE(model.activeLicenceCounts(), (QList<qint64> {1, 0}));
    QVERIFY(counts.count() >= 2);
}

void tst_UserTableModel::quickSearch_matchesAllWordsAnyField()
{
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(QStringLiteral("1"), QStringLiteral("ada.lovelace@example.com"), true, true,
                        false, QStringLiteral("Research")),
                   user(QStringLiteral("2"), QStringLiteral("alan.turing@example.com"), true, true,
                        false, QStringLiteral("Research")),
                   user(QStringLiteral("3"), QStringLiteral("grace.hopper@example.com"), true, true,
                        false, QStringLiteral("Navy"))});
    UserFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setQuickSearch(QStringLiteral("research"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setQuickSearch(QStringLiteral("RESEARCH  Ada"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("ada.lovelace@example.com"));
    proxy.setQuickSearch(QStringLiteral("nobody"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuickSearch(QString());
    QCOMPARE(proxy.rowCount(), 3);
    // Rows that arrive later are searched too.
    proxy.setQuickSearch(QStringLiteral("hopper"));
    model.addPage(
        {user(QStringLiteral("4"), QStringLiteral("hopper2@example.com"), true, false, false)});
    QCOMPARE(proxy.rowCount(), 2);
}

void tst_UserTableModel::sort_usesRawValues()
{
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(QStringLiteral("1"), QStringLiteral("bob@x"), true, false, false),
                   user(QStringLiteral("2"), QStringLiteral("Alice@x"), false, true, false),
                   user(QStringLiteral("3"), QStringLiteral("carol@x"), true, true, false)});
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(UserTableModel::UserNameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alice@x")); // case-insensitive
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("carol@x"));
    proxy.sort(model.licenceColumn(0), Qt::DescendingOrder);
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("bob@x"));
    proxy.sort(UserTableModel::ActiveColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alice@x"));
}

void tst_UserTableModel::sort_staysRightAsRowsArriveAndChange()
{
    // A sort ranks the column once; rows that arrive or change later must still land in order
    // (by key, until the next sort ranks again), in both directions.
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(QStringLiteral("1"), QStringLiteral("dora@x"), true, false, false),
                   user(QStringLiteral("2"), QStringLiteral("bob@x"), true, false, false),
                   user(QStringLiteral("3"), QStringLiteral("bob@x"), true, false, false)});
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto names = [&proxy] {
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, UserTableModel::UserNameColumn).data().toString() + u'#'
                         + proxy.index(row, 0).data(UserTableModel::IdRole).toString());
        return shown;
    };
    proxy.sort(UserTableModel::UserNameColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList {u"bob@x#2"_qs, u"bob@x#3"_qs, u"dora@x#1"_qs}));

    model.addPage({user(QStringLiteral("4"), QStringLiteral("Carl@x"), true, false, false),
                   user(QStringLiteral("5"), QStringLiteral("al@x"), true, false, false)});
    QCOMPARE(
        names(),
        (QStringList {u"al@x#5"_qs, u"bob@x#2"_qs, u"bob@x#3"_qs, u"Carl@x#4"_qs, u"dora@x#1"_qs}));
    model.addPage({user(QStringLiteral("1"), QStringLiteral("abe@x"), true, false, false)});
    QCOMPARE(
        names(),
        (QStringList {u"abe@x#1"_qs, u"al@x#5"_qs, u"bob@x#2"_qs, u"bob@x#3"_qs, u"Carl@x#4"_qs}));
    proxy.sort(UserTableModel::UserNameColumn, Qt::DescendingOrder);
    QCOMPARE(
        names(),
        (QStringList {u"Carl@x#4"_qs, u"bob@x#3"_qs, u"bob@x#2"_qs, u"al@x#5"_qs, u"abe@x#1"_qs}));

    // Sorting deferred while loading, then done once with fresh ranks.
    proxy.setLoading(true);
    model.addPage({user(QStringLiteral("6"), QStringLiteral("zed@x"), true, false, false)});
    proxy.setLoading(false);
    QCOMPARE(names().first(), u"zed@x#6"_qs);
}

void tst_UserTableModel::fetchMore_asksOnceThenStops()
{
    UserTableModel model;
    model.reset(lucid());
    int asked = 0;
    model.setFetcher([&] {
        ++asked;
        model.addPage({user(QStringLiteral("1"), QStringLiteral("a@x"), true, true, false)});
    });
    model.setCanFetch(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester calls fetchMore itself when canFetchMore says so.
    QCOMPARE(asked, 1);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 1);
}

void tst_UserTableModel::groups_resolveMembers()
{
    UserTableModel users;
    users.reset(lucid());
    GroupTableModel groups;
    GroupMembersModel members(&groups, &users);
    QAbstractItemModelTester groupTester(&groups,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester memberTester(&members,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    groups.addPage({QJsonObject {
        {QStringLiteral("id"), QStringLiteral("g1")},
        {QStringLiteral("displayName"), QStringLiteral("Engineering")},
        {QStringLiteral("members"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("1")}},
                     QJsonObject {{QStringLiteral("value"), QStringLiteral("9")},
                                  {QStringLiteral("display"), QStringLiteral("Someone Else")}}}}}});
    QCOMPARE(groups.index(0, GroupTableModel::MembersColumn).data().toInt(), 2);
    members.setGroupRow(0);
    QCOMPARE(members.rowCount(), 2);
    QVERIFY(members.index(0, GroupMembersModel::UserNameColumn)
                .data()
                .toString()
                .contains(u"not loaded"));
    users.addPage({user(QStringLiteral("1"), QStringLiteral("ada@x"), true, true, false)});
    QCOMPARE(members.index(0, GroupMembersModel::UserNameColumn).data().toString(),
             QStringLiteral("ada@x"));
    QCOMPARE(members.index(1, GroupMembersModel::NameColumn).data().toString(),
             QStringLiteral("Someone Else"));
    QCOMPARE(groups.groupsOf(QStringLiteral("1")), QStringList {QStringLiteral("Engineering")});
}

void tst_UserTableModel::export_isSafeCsv()
{
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(QStringLiteral("1"), QStringLiteral("=cmd|' /C calc'!A0@x"), true, true,
                        false, QStringLiteral("R&D, \"Labs\"")),
                   user(QStringLiteral("2"), QStringLiteral("zoë@x"), true, false, true)});
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setQuickSearch(QStringLiteral("zoë"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.csv"));
    QCOMPARE(TableExport::write(proxy, path,
                                {{UserTableModel::UserNameColumn, UserTableModel::DepartmentColumn,
                                  model.licenceColumn(0), model.licenceColumn(1)},
                                 true}),
             QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBFUser name,Department,Lucidchart,Lucidspark\r\n"));
    QCOMPARE(text.count("\r\n"), 2); // header + the one row the view shows
    QVERIFY(text.contains(QStringLiteral("zoë@x,,no,yes\r\n").toUtf8()));

    proxy.setQuickSearch(QString());
    QCOMPARE(TableExport::write(
                 proxy, path,
                 {{UserTableModel::UserNameColumn, UserTableModel::DepartmentColumn}, false}),
             QString());
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QByteArray all = again.readAll();
    QVERIFY(!all.startsWith("\xEF\xBB\xBF"));
    QVERIFY(all.contains("'=cmd|' /C calc'!A0@x,\"R&D, \"\"Labs\"\"\""));

    QVERIFY(!TableExport::write(proxy, QStringLiteral("/nonexistent/dir/x.csv"), {}).isEmpty());
}

void tst_UserTableModel::searchText_isTheFoldedTextColumns_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("department");
    QTest::newRow("ASCII") << u"Ada.Lovelace@Example.COM"_qs << u"R&D [Labs] ~@^_`{|}"_qs;
    QTest::newRow("accents") << u"Zo\u00cb.M\u00fcLLER@x"_qs << u"\u00c9TUDES"_qs;
    QTest::newRow("expanding folds") << u"STRA\u00dfE@x"_qs << u"\u0130stanbul \ufb01le"_qs;
    QTest::newRow("folds into ASCII") << u"\u212aelvin@x"_qs << u"\u017fmall"_qs;
    QTest::newRow("Greek final sigma") << u"\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2"_qs
                                       << u"\u039f\u0394\u03a5\u03a3\u03a3\u0395\u0399\u0391"_qs;
    QTest::newRow("outside the BMP") << u"\U0001D400\U00010400@x"_qs << u"\U0001F600"_qs;
    QTest::newRow("empty") << QString() << QString();
    // Folded without QString, from a table: every one of them as QString folds it.
    QString twoBytes;
    for (char16_t c = 0x80; c < 0x800; ++c)
        twoBytes += QChar(c);
    QTest::newRow("every character of two bytes in UTF-8") << twoBytes << twoBytes.toUpper();
    QTest::newRow("two bytes, then three") << u"M\u00dcLLER"_qs << u"\u00c9tudes \u2c65\u023a"_qs;
}

void tst_UserTableModel::searchText_isTheFoldedTextColumns()
{
    // Quick search looks in every text column but the date, folded as QString::toCaseFolded()
    // folds (the words typed are folded the same way), in UTF-8.
    QFETCH(QString, userName);
    QFETCH(QString, department);
    UserTableModel model;
    model.reset(lucid());
    QJsonObject resource = user(u"1"_qs, userName, true, false, false, department);
    resource.insert(u"name"_qs, QJsonObject {{u"givenName"_qs, userName.left(3)}});
    resource.insert(u"emails"_qs, QJsonArray {QJsonObject {{u"value"_qs, userName.toUpper()}}});
    model.addPage({resource});
    QString expected;
    for (int column = 0; column < UserTableModel::FixedColumnCount; ++column) {
        if (column == UserTableModel::ActiveColumn || column == UserTableModel::GroupsColumn
            || column == UserTableModel::LastModifiedColumn)
            continue;
        if (column > 0)
            expected += u'\x1f';
        expected += model.index(0, column).data(UserTableModel::SortRole).toString();
    }
    QCOMPARE(QString::fromUtf8(model.searchText(0)), expected.toCaseFolded());
}

void tst_UserTableModel::quickSearch_nonAscii_ignoresCase()
{
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(u"1"_qs, u"zo\u00eb.m\u00fcller@example.com"_qs, true, false, false,
                        u"\u00c9tudes"_qs),
                   user(u"2"_qs, u"sisyphus@example.com"_qs, true, false, false,
                        u"\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2"_qs),
                   user(u"3"_qs, u"zoe.muller@example.com"_qs, true, false, false, u"Etudes"_qs)});
    UserFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const auto shown = [&proxy] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(UserTableModel::IdRole).toString());
        return ids;
    };
    proxy.setQuickSearch(u"ZO\u00cb M\u00dcLLER"_qs);
    QCOMPARE(shown(), QStringList {u"1"_qs});
    proxy.setQuickSearch(u"\u00e9TUDES"_qs);
    QCOMPARE(shown(), QStringList {u"1"_qs});
    proxy.setQuickSearch(u"etudes"_qs); // accents count
    QCOMPARE(shown(), QStringList {u"3"_qs});
    proxy.setQuickSearch(u"\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3"_qs); // final sigma too
    QCOMPARE(shown(), QStringList {u"2"_qs});
    proxy.setQuickSearch(u"\u00fc"_qs); // a character, not a byte of one
    QCOMPARE(shown(), QStringList {u"1"_qs});
    proxy.setQuickSearch(u"\u00bc"_qs); // U+00FC is C3 BC in UTF-8; U+00BC is C2 BC
    QCOMPARE(shown(), QStringList());
}

void tst_UserTableModel::convert_dropsWhatTheReadDrops()
{
    // A load drops users it has seen already (a page read twice): their rows and their search
    // text go, and the others' search text stays theirs.
    const QJsonArray resources {
        user(u"1"_qs, u"ada@example.com"_qs, true, true, false, u"Research"_qs),
        user(u"2"_qs, u"grace@example.com"_qs, true, false, true, u"Navy"_qs),
        user(u"3"_qs, u"J\u00fcrgen@example.com"_qs, false, false, true, u"\u00c9tudes"_qs),
    };
    const QByteArray body = R"({"Resources":)" + QJsonDocument(resources).toJson() + "}";
    const auto converter = std::make_shared<UserTableModel::PageConverter>(
        std::make_shared<const UserRecord::Reader>(lucid()));
    ListPage page = ListPage::read(body, ListPage::Form::Indexed, converter);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    page.keepOnly({true, false, true});

    UserTableModel model;
    model.reset(lucid());
    model.addPage(converter->take());
    UserTableModel expected;
    expected.reset(lucid());
    expected.addPage(QJsonArray {resources.at(0), resources.at(2)});
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(model.data(model.index(row, 0), UserTableModel::IdRole),
                 expected.data(expected.index(row, 0), UserTableModel::IdRole));
        QCOMPARE(model.searchText(row), expected.searchText(row));
    }
    QVERIFY(QString::fromUtf8(model.searchText(1)).contains(u"\u00e9tudes"_qs));
}

void tst_UserTableModel::convert_fromBytes_isTheSameAsFromJson()
{
    // A load converts pages as the service sent them (JsonView); updates come as QJsonObjects.
    QJsonArray resources {
        user(u"1"_qs, u"Ada.Lovelace@example.com"_qs, true, true, false, u"Research"_qs),
        user(u"2"_qs, u"J\u00fcrgen.\u00c5sa@example.com"_qs, false, false, true,
             u"\u00c9tudes"_qs),
        user(u"3"_qs, u"quote\"back\\slash\ttab@x"_qs, true, true, true),
    };
    QJsonObject full = user(u"4"_qs, u"four@x"_qs, true, true, false);
    full.insert(u"name"_qs,
                QJsonObject {{u"givenName"_qs, u"F\u00d6UR"_qs}, {u"familyName"_qs, u"x"_qs}});
    full.insert(u"emails"_qs,
                QJsonArray {QJsonObject {{u"value"_qs, u"home@x"_qs}},
                            QJsonObject {{u"value"_qs, u"Work@X"_qs}, {u"type"_qs, u"work"_qs}}});
    full.insert(u"meta"_qs, QJsonObject {{u"lastModified"_qs, u"2026-11-01T10:00:00Z"_qs}});
    resources.append(full);
    const QByteArray body = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],)"
                            R"("totalResults":4,"Resources":)"
        + QJsonDocument(resources).toJson(QJsonDocument::Indented) + "}";
    const auto converter = std::make_shared<UserTableModel::PageConverter>(
        std::make_shared<const UserRecord::Reader>(lucid()));
    const ListPage page = ListPage::read(body, ListPage::Form::Indexed, converter);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    QCOMPARE(page.size(), 4);
    QCOMPARE(page.converter<UserTableModel::PageConverter>(), converter.get());

    const UserTableModel::Page fromBytes = converter->take();
    QVERIFY(converter->take().users.empty()); // taken
    const UserTableModel::Page fromJson = UserTableModel::convert(resources, lucid());
    QCOMPARE(fromBytes.users.size(), size_t(4));
    QCOMPARE(fromBytes.searchText, fromJson.searchText);
    QVERIFY(fromBytes.searchEnds == fromJson.searchEnds);
    QCOMPARE(fromBytes.searchEnds.size(), size_t(4));
    for (size_t i = 0; i < fromBytes.users.size(); ++i) {
        for (int field = 0; field < UserRecord::FieldCount; ++field)
            QCOMPARE(fromBytes.users[i].fieldUtf8(UserRecord::Field(field)),
                     fromJson.users[i].fieldUtf8(UserRecord::Field(field)));
        QCOMPARE(fromBytes.users[i].licenceBits(), fromJson.users[i].licenceBits());
        QCOMPARE(fromBytes.users[i].isActive(), fromJson.users[i].isActive());
    }
}

void tst_UserTableModel::convert_recordsSharingBlocks_keepTheirOwnText()
{
    // A page's records keep their text in blocks they share: a thousand users, some of them
    // too large to share one (three 4,000-byte names), read through one converter in two pages.
    // Each keeps its own text after the converter, the other page and most of its neighbours
    // are gone, and a record edited later is a record of its own.
    QJsonArray first;
    QJsonArray second;
    for (int i = 0; i < 1000; ++i) {
        QJsonObject resource = user(QString::number(i), u"user%1@example.com"_qs.arg(i), i % 2,
                                    i % 3 == 0, false, u"Dept %1"_qs.arg(i));
        if (i % 97 == 0) {
            const QString huge = QString(4000, QChar(u'a' + i % 26));
            resource.insert(u"displayName"_qs, huge);
            resource.insert(u"name"_qs,
                            QJsonObject {{u"givenName"_qs, huge}, {u"familyName"_qs, huge}});
        }
        (i < 500 ? first : second).append(resource);
    }
    const auto body = [](const QJsonArray &resources) -> QByteArray {
        return R"({"Resources":)" + QJsonDocument(resources).toJson(QJsonDocument::Compact) + "}";
    };
    auto converter = std::make_shared<UserTableModel::PageConverter>(
        std::make_shared<const UserRecord::Reader>(lucid()));
    QVERIFY(ListPage::read(body(first), ListPage::Form::Indexed, converter).error().isEmpty());
    UserTableModel::Page one = converter->take();
    QVERIFY(ListPage::read(body(second), ListPage::Form::Indexed, converter).error().isEmpty());
    std::vector<UserRecord> kept = std::move(converter->take().users); // the second page goes
    converter.reset();
    for (size_t i = 0; i < one.users.size(); i += 7)
        kept.push_back(one.users[i]);
    one = {};

    const UserTableModel::Page expected = UserTableModel::convert(second, lucid());
    QCOMPARE(kept.size(), size_t(500 + 72));
    for (size_t k = 0; k < kept.size(); ++k) {
        const bool fromSecond = k < 500;
        const UserRecord want = fromSecond
            ? expected.users[k]
            : UserRecord::fromResource(first.at(qsizetype(k - 500) * 7).toObject(), lucid());
        for (int field = 0; field < UserRecord::FieldCount; ++field)
            QCOMPARE(kept[k].fieldUtf8(UserRecord::Field(field)),
                     want.fieldUtf8(UserRecord::Field(field)));
    }
    QCOMPARE(kept[582 - 500].field(UserRecord::DisplayName).size(), 4000); // 582 = 6 x 97

    // A user replaced in the store takes a record of its own; its neighbours keep theirs.
    UserStore store(lucid());
    for (const UserRecord &record : kept)
        store.put(record);
    store.put(UserRecord::fromResource(
        QJsonObject {{u"id"_qs, u"501"_qs}, {u"userName"_qs, u"renamed@example.com"_qs}}, lucid()));
    QCOMPARE(store.at(store.rowOf(u"501"_qs)).userName(), u"renamed@example.com"_qs);
    QCOMPARE(store.at(store.rowOf(u"502"_qs)).userName(), u"user502@example.com"_qs);
    QCOMPARE(store.at(store.rowOf(u"500"_qs)).userName(), u"user500@example.com"_qs);
}

QTEST_GUILESS_MAIN(tst_UserTableModel)
#include "tst_usertablemodel.moc"
