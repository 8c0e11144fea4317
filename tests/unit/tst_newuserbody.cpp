#include "changes/ImportPlanner.h"
#include "changes/NewUserBody.h"
#include "changes/PlanBuilder.h"
#include "directory/GroupModels.h"
#include "directory/UserStore.h"
#include "scim/Patch.h"
#include "scim/Preset.h"
#include "scim/Schemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <array>

using namespace ScimDesk;

namespace {

const QString Lucid = QString::fromUtf16(Schemas::LucidUser);
const QString Enterprise = QString::fromUtf16(Schemas::EnterpriseUser);
const QString WorkEmail = QString::fromUtf16(Patch::WorkEmailPath);

// One write: a path and a string or a flag.
using Write = std::pair<QString, QJsonValue>;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// What a create sent before NewUserBody, kept here as the reference: ImportPlanner's create()
// built each new user as this QJsonObject.
QJsonObject referenceNewUser(const QString &userName, std::optional<bool> active,
                             const QList<std::pair<QString, QString>> &values,
                             const QList<std::pair<QString, bool>> &licences,
                             const QString &licenceSchema)
{
    QJsonObject resource {{QStringLiteral("userName"), userName},
                          {QStringLiteral("active"), active.value_or(true)}};
    QJsonArray schemas {QString::fromUtf16(Schemas::CoreUser)};
    for (const auto &[attribute, value] : values) {
        UserAttributes::write(resource, attribute, value);
        if (attribute.startsWith(Enterprise) && !schemas.contains(Enterprise))
            schemas.append(Enterprise);
    }
    for (const auto &[path, value] : licences)
        UserAttributes::write(resource, path, value);
    if (!licences.isEmpty())
        schemas.append(licenceSchema);
    if (!resource.contains(u"displayName")) {
        const QJsonObject name = resource.value(u"name").toObject();
        const QString shown = QStringList {name.value(u"givenName").toString(),
                                           name.value(u"familyName").toString()}
                                  .join(u' ')
                                  .trimmed();
        if (!shown.isEmpty())
            resource.insert(QStringLiteral("displayName"), shown);
    }
    resource.insert(QStringLiteral("schemas"), schemas);
    return resource;
}

QByteArray csvCell(const QString &cell)
{
    QString quoted = cell;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

ServiceCapabilities lucidCaps()
{
    ServiceCapabilities caps;
    caps.patch = true;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    return caps;
}

// Names and values that JSON escaping and key order could get wrong.
const QStringList GivenNames {
    u"Ada"_qs,
    QString::fromUtf8("Zoë"),
    QString::fromUtf8("Émilie"),
    QString::fromUtf8("明"),
    QString::fromUtf8("😀 Smiley"),
    u"O\"Quote"_qs,
    u"Back\\slash"_qs,
    u"Tab\there"_qs,
    u"Line\nbreak"_qs,
    u"Cr\r\nlf"_qs,
    u"Slash/ed"_qs,
    QString::fromUtf8("Ünïcödé\u2028sep"),
    u""_qs,
    QString::fromUtf8("Ｆｕｌｌ"),
    QString::fromUtf8("\xef\xbf\xbf end"),
    u"<tag>&amp;"_qs,
};
const QStringList FamilyNames {
    u"Lovelace"_qs, u""_qs,           QString::fromUtf8("Müller"), QString::fromUtf8("山田"),
    u"D'Arcy"_qs,   u"\"Quoted\""_qs, QString::fromUtf8("𝔘𝔫𝔦"),    u"Trailing\\"_qs,
};
const QStringList Departments {u""_qs, u"R&D"_qs, QString::fromUtf8("Vertrieb – Süd"),
                               QString::fromUtf8("営業"), u"Ops \"night\""_qs};
const QStringList Flags {u""_qs, u"yes"_qs, u"no"_qs, u"x"_qs, u"0"_qs};

// A file of new hires with every kind of cell above, `rows` of them.
QByteArray hires(const QStringList &header, int rows)
{
    QByteArray csv;
    for (qsizetype i = 0; i < header.size(); ++i)
        csv += (i > 0 ? "," : "") + csvCell(header.at(i));
    csv += "\r\n";
    for (int i = 0; i < rows; ++i) {
        QStringList cells;
        for (const QString &column : header) {
            if (column == u"Email")
                cells.append(i % 5 == 0 ? QString::fromUtf8("jürgen.%1@exämple.com").arg(i)
                                        : QStringLiteral("hire.%1@example.com").arg(i));
            else if (column == u"User Name")
                cells.append(QStringLiteral("user-%1").arg(i));
            else if (column == u"First Name")
                cells.append(GivenNames.at(i % GivenNames.size()));
            else if (column == u"Last Name")
                cells.append(FamilyNames.at((i / 3) % FamilyNames.size()));
            else if (column == u"Display Name")
                cells.append(i % 4 == 0 ? QString::fromUtf8("Shown “%1”").arg(i) : QString());
            else if (column == u"Department")
                cells.append(Departments.at(i % Departments.size()));
            else if (column == u"Title")
                cells.append(i % 2 ? QStringLiteral("Engineer\\%1").arg(i) : QString());
            else if (column == u"Cost Centre")
                cells.append(i % 3 ? QStringLiteral("CC-%1").arg(i % 7) : QString());
            else if (column == u"Employee Number")
                cells.append(QString::number(100000 + i));
            else if (column == u"External ID")
                cells.append(i % 6 ? QStringLiteral("ext/%1").arg(i) : QString());
            else if (column == u"Lucidchart")
                cells.append(Flags.at(i % Flags.size()));
            else if (column == u"Lucidspark")
                cells.append(Flags.at((i / 2) % Flags.size()));
            else if (column == u"Groups")
                cells.append(i % 7 == 0 ? QStringLiteral("Designers") : QString());
            else if (column == u"Active")
                cells.append(QStringList {u""_qs, u"yes"_qs, u"no"_qs}.at(i % 3));
            else
                cells.append(QStringLiteral("%1 %2").arg(column).arg(i));
        }
        for (qsizetype c = 0; c < cells.size(); ++c)
            csv += (c > 0 ? "," : "") + csvCell(cells.at(c));
        csv += "\r\n";
    }
    return csv;
}

// What ImportPlanner read from a row before it planned it, worked out again from the file.
struct ReferenceRow
{
    QString userName;
    std::optional<bool> active;
    QList<std::pair<QString, QString>> values;
    QList<std::pair<QString, bool>> licences;
};

ReferenceRow referenceRow(const CsvTable::Row &row, const ImportMapping &mapping,
                          const ServiceCapabilities &caps)
{
    ReferenceRow out;
    const QString licencePrefix = caps.licenceSchema + u":productLicenses."_qs;
    for (qsizetype column = 0; column < mapping.attributes.size(); ++column) {
        const QString &attribute = mapping.attributes.at(column);
        const QString cell = row.cells.value(column).trimmed();
        if (attribute.isEmpty() || cell.isEmpty())
            continue;
        bool understood = true;
        if (attribute.startsWith(licencePrefix)) {
            if (const auto flag = ImportPlanner::parseFlag(cell, &understood))
                out.licences.append({attribute, *flag});
        } else if (attribute == u"active") {
            out.active = ImportPlanner::parseFlag(cell, &understood);
        } else if (attribute != u"groups") {
            out.values.append({attribute, cell});
        }
    }
    out.userName = row.cells.value(mapping.userNameColumn()).trimmed();
    if (mapping.userNameFromEmail())
        out.values.append({u"userName"_qs, out.userName});
    return out;
}

} // namespace

class tst_NewUserBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void writes_giveTheBytesOfTheSameQJsonObject_data();
    void writes_giveTheBytesOfTheSameQJsonObject();
    void clear_leavesNothingOfTheLastUser();
    void importedCreates_areTheBytesTheObjectRouteSent_data();
    void importedCreates_areTheBytesTheObjectRouteSent();
};

void tst_NewUserBody::writes_giveTheBytesOfTheSameQJsonObject_data()
{
    QTest::addColumn<QList<Write>>("writes");
    const auto text = [](const char16_t *path, const QString &value) {
        return Write {QString::fromUtf16(path), value};
    };
    const auto flag = [](const QString &path, bool value) {
        return Write {path, value};
    };
    const QString chart = Lucid + u":productLicenses.Lucidchart"_qs;
    const QString spark = Lucid + u":productLicenses.Lucidspark"_qs;

    QTest::newRow("core, written out of order") << QList<Write> {
        text(u"userName", u"ada@x.com"_qs), flag(u"active"_qs, true),
        text(u"title", u"Engineer"_qs),     text(u"name.givenName", u"Ada"_qs),
        text(u"externalId", u"42"_qs),      text(u"name.familyName", u"Lovelace"_qs),
        text(u"displayName", u"Ada L."_qs), text(u"nickName", u"A"_qs)};
    QTest::newRow("enterprise and licences") << QList<Write> {
        text(u"userName", u"b"_qs),
        flag(u"active"_qs, false),
        Write {Enterprise + u":organization"_qs, u"Org"_qs},
        Write {Enterprise + u":department"_qs, u"R&D"_qs},
        Write {Enterprise + u":employeeNumber"_qs, u"7"_qs},
        Write {Enterprise + u":costCenter"_qs, u"CC"_qs},
        Write {Enterprise + u":division"_qs, u"Div"_qs},
        flag(spark, false),
        flag(chart, true),
        Write {u"schemas"_qs,
               QJsonArray {QString::fromUtf16(Schemas::CoreUser), Enterprise, Lucid}}};
    QTest::newRow("work email") << QList<Write> {text(u"userName", u"c"_qs),
                                                 Write {WorkEmail, u"c@x.com"_qs}};
    QTest::newRow("work email twice: changed in place")
        << QList<Write> {Write {WorkEmail, u"one@x.com"_qs}, text(u"title", u"T"_qs),
                         Write {WorkEmail, u"two@x.com"_qs}};
    QTest::newRow("emails as text, then the work email")
        << QList<Write> {text(u"emails", u"plain"_qs), Write {WorkEmail, u"w@x.com"_qs}};
    QTest::newRow("work email, then emails as text")
        << QList<Write> {Write {WorkEmail, u"w@x.com"_qs}, text(u"emails", u"plain"_qs)};
    QTest::newRow("work email, then emails.value")
        << QList<Write> {Write {WorkEmail, u"w@x.com"_qs}, text(u"emails.value", u"v"_qs),
                         Write {WorkEmail, u"again@x.com"_qs}};
    QTest::newRow("work email as a flag") << QList<Write> {flag(WorkEmail, true)};
    QTest::newRow("name as text, then inside it")
        << QList<Write> {text(u"name", u"Whole"_qs), text(u"name.givenName", u"G"_qs),
                         text(u"name.familyName", u"F"_qs)};
    QTest::newRow("inside name, then name as text")
        << QList<Write> {text(u"name.givenName", u"G"_qs), text(u"name", u"Whole"_qs),
                         text(u"name.middleName", u"M"_qs)};
    QTest::newRow("the same path twice")
        << QList<Write> {text(u"title", u"first"_qs), text(u"title", u"second"_qs),
                         text(u"name.givenName", u"a"_qs), text(u"name.givenName", u"b"_qs)};
    QTest::newRow("an extension replaced by text, then written into") << QList<Write> {
        Write {Enterprise + u":department"_qs, u"D"_qs}, Write {Enterprise, u"text"_qs},
        Write {Enterprise + u":manager.value"_qs, u"m"_qs}};
    QTest::newRow("deeper paths and odd URNs")
        << QList<Write> {text(u"a.b.c", u"abc"_qs),
                         text(u"urn:example:custom:1.0:User:badge.colour.shade", u"red"_qs),
                         text(u"urn:x:y.z:w", u"w"_qs),
                         text(u"urn:", u"bare"_qs),
                         text(u"addresses[type eq \"home\"].locality", u"Town"_qs),
                         text(u".lead", u"dot"_qs),
                         text(u"trail.", u"dot"_qs)};
    QTest::newRow("keys beyond ASCII, in UTF-16 order")
        << QList<Write> {text(u"z", u"1"_qs),
                         Write {QString::fromUtf8("ä"), u"2"_qs},
                         Write {QString::fromUtf8("\xee\x80\x80"), u"3"_qs},
                         Write {QString::fromUtf8("😀"), u"4"_qs},
                         Write {QString::fromUtf8("名.名"), u"5"_qs},
                         text(u"B", u"6"_qs),
                         text(u"_", u"7"_qs),
                         text(u"", u"8"_qs),
                         Write {QString::fromUtf8("urn:ü:x"), u"9"_qs}};

    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QTest::newRow("every control character, escaped as Qt escapes them")
        << QList<Write> {Write {u"title"_qs, controls},
                         Write {u"nickName"_qs, QString::fromUtf16(u"del\u007f c1\u0080\u009f")},
                         Write {QString(u"key\x01\"\\"_qs), u"k"_qs}};
    QTest::newRow("quotes, backslashes, slashes")
        << QList<Write> {text(u"title", u"say \"hi\" \\ back/slash \\\\ \\u0041"_qs)};
    QTest::newRow("non-ASCII passed as UTF-8")
        << QList<Write> {text(u"name.givenName", QString::fromUtf8("Zoë Émilie")),
                         text(u"name.familyName", QString::fromUtf8("山田 😀 𝔘")),
                         text(u"title", QString::fromUtf8("\u2028\u2029\ufeff\uffff"))};
    QTest::newRow("lone surrogates")
        << QList<Write> {Write {u"title"_qs, QString(QChar(0xd800))},
                         Write {u"nickName"_qs, QString(QChar(0xdc00)) + u"x"_qs},
                         Write {u"locale"_qs, QString(QChar(0xd83d)) + QChar(0xd83d) + u"y"_qs}};
    QTest::newRow("empty values") << QList<Write> {
        text(u"title", u""_qs), text(u"name.givenName", u""_qs), Write {WorkEmail, u""_qs}};
    QTest::newRow("nothing") << QList<Write> {};
}

void tst_NewUserBody::writes_giveTheBytesOfTheSameQJsonObject()
{
    QFETCH(QList<Write>, writes);
    QJsonObject expected;
    NewUserBody body;
    QList<QStringView> schemas; // views of `writes`
    for (const auto &[path, value] : writes) {
        if (value.isArray()) {
            expected.insert(path, value);
            const QJsonArray array = value.toArray();
            for (qsizetype k = 0; k < array.size(); ++k)
                schemas.append(body.keep(array.at(k).toString()));
            body.setStrings(path, {schemas.constData(), size_t(schemas.size())});
            continue;
        }
        UserAttributes::write(expected, path, value);
        if (value.isBool())
            body.writeFlag(path, value.toBool());
        else
            body.write(path, body.keep(value.toString()));
    }
    QCOMPARE(body.toJson(), compact(expected));
    QCOMPARE(body.toObject(), expected);
}

void tst_NewUserBody::clear_leavesNothingOfTheLastUser()
{
    NewUserBody body;
    body.write(u"title", u"T");
    body.write(WorkEmail, u"a@x.com");
    body.setStrings(u"schemas", std::array {QStringView(u"s")});
    body.clear();
    body.write(u"userName", u"u");
    QCOMPARE(body.toJson(), QByteArray(R"({"userName":"u"})"));
    QVERIFY(!body.contains(u"schemas"));
    QCOMPARE(body.text(u"userName"), u"u");
    QVERIFY(body.text(u"title").isNull());
}

void tst_NewUserBody::importedCreates_areTheBytesTheObjectRouteSent_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("paths"); // the mapping; empty: the automatic one
    QTest::addColumn<bool>("byGroup"); // the connection gives licences by group
    QTest::addColumn<bool>("queued"); // the console's queue is kept

    const QStringList everything {
        u"Email"_qs,      u"First Name"_qs, u"Last Name"_qs,   u"Display Name"_qs,
        u"Department"_qs, u"Title"_qs,      u"Cost Centre"_qs, u"Employee Number"_qs,
        u"Lucidchart"_qs, u"Lucidspark"_qs, u"Groups"_qs,      u"Active"_qs,
    };
    for (const bool queued : {false, true}) {
        const char *const suffix = queued ? ", queued" : "";
        QTest::addRow("every column%s", suffix) << everything << QStringList() << false << queued;
        QTest::addRow("licences by group%s", suffix)
            << everything << QStringList() << true << queued;
    }
    QTest::newRow("user name and external id, licences first")
        << QStringList {u"Lucidspark"_qs, u"Lucidchart"_qs, u"User Name"_qs,  u"External ID"_qs,
                        u"Last Name"_qs,  u"First Name"_qs, u"Department"_qs, u"Email"_qs}
        << QStringList() << false << false;
    QTest::newRow("no names: no display name")
        << QStringList {u"Email"_qs, u"Title"_qs} << QStringList() << false << false;
    QTest::newRow("a mapping of odd paths")
        << QStringList {u"Email"_qs,      u"Whole"_qs, u"First Name"_qs, u"Badge"_qs,  u"Nick"_qs,
                        u"Lucidchart"_qs, u"Again"_qs, u"Emails"_qs,     u"Manager"_qs}
        << QStringList {WorkEmail,
                        u"name"_qs,
                        u"name.givenName"_qs,
                        u"urn:example:custom:1.0:User:badge.colour"_qs,
                        u"nickName"_qs,
                        Lucid + u":productLicenses.Lucidchart"_qs,
                        u"name.givenName"_qs,
                        u"emails.type"_qs,
                        Enterprise + u":manager.value"_qs}
        << false << true;
}

void tst_NewUserBody::importedCreates_areTheBytesTheObjectRouteSent()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, paths);
    QFETCH(bool, byGroup);
    QFETCH(bool, queued);

    const ServiceCapabilities caps = lucidCaps();
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    if (byGroup) {
        profile.licenceMode = ConnectionProfile::LicenceMode::Group;
        for (const QString &licence : caps.licenceNames)
            profile.licenceGroups.insert(licence, u"Designers"_qs);
    }
    const UserStore users {LicenceCatalog {Lucid, caps.licenceNames}};
    const QList<GroupRecord> groups = GroupRecord::fromResources(
        {QJsonObject {{QStringLiteral("id"), QStringLiteral("g1")},
                      {QStringLiteral("displayName"), QStringLiteral("Designers")}}});

    const CsvTable table = CsvReader::read(hires(header, 240));
    ImportMapping mapping = ImportMapping::automatic(table.header, caps);
    if (!paths.isEmpty())
        mapping.attributes = paths;
    ImportPlanner::Options options;
    options.queueOperations = queued;
    const ImportPlanner::Result result
        = ImportPlanner(profile, caps).plan(table, mapping, options, users, groups);
    QCOMPARE(result.invalidRows, 0);
    QCOMPARE(result.create, table.rows.size());

    QList<const Change *> creates;
    for (const Change &change : result.plan.changes) {
        if (change.kind == Change::Kind::CreateUser)
            creates.append(&change);
    }
    QCOMPARE(creates.size(), table.rows.size());
    if (queued)
        QCOMPARE(result.queued.operations.size(), table.rows.size());
    PlanBuilder reference(profile, caps);
    reference.setGroups({groups.first().toResource()});
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const ReferenceRow row = referenceRow(table.rows.at(i), mapping, caps);
        const QJsonObject object = referenceNewUser(row.userName, row.active, row.values,
                                                    row.licences, caps.licenceSchema);
        const Change &change = *creates.at(i);
        QCOMPARE(change.targetName, row.userName);
        if (byGroup) {
            // The builder takes the licence flags out of the body: as it did with the object.
            const QString id = reference.createUser(object);
            QByteArray expected;
            for (const Change &c : reference.plan().changes) {
                if (c.id == id)
                    expected = c.request.bodyJson;
            }
            QCOMPARE(change.request.bodyJson, expected);
        } else {
            QCOMPARE(change.request.bodyJson, compact(object));
        }
        if (queued)
            QCOMPARE(result.queued.operations.at(i).values, object);
    }
}

QTEST_GUILESS_MAIN(tst_NewUserBody)
#include "tst_newuserbody.moc"
