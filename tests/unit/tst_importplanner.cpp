#include "changes/ImportPlanner.h"
#include "directory/GroupModels.h"
#include "directory/UserStore.h"
#include "scim/Patch.h"
#include "scim/Preset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace ScimDesk;

namespace {

const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");
const QString Enterprise
    = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

ServiceCapabilities lucidCaps()
{
    ServiceCapabilities caps;
    caps.patch = true;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    return caps;
}

QJsonObject user(const QString &userName, bool active, bool chart, const QString &department)
{
    return {
        {QStringLiteral("id"), QString(u"id-" + userName)},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("emails"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), userName},
                                  {QStringLiteral("type"), QStringLiteral("work")}}}},
        {QStringLiteral("active"), active},
        {QStringLiteral("name"), QJsonObject {{QStringLiteral("givenName"), QStringLiteral("G")}}},
        {Enterprise, QJsonObject {{QStringLiteral("department"), department}}},
        {Lucid,
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidchart"), chart}}}}},
        {QStringLiteral("meta"),
         QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"1\"")}}}};
}

struct Fixture
{
    ServiceCapabilities caps = lucidCaps();
    ConnectionProfile profile = [] {
        ConnectionProfile p = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
        p.name = QStringLiteral("Lucid");
        p.protectedAccounts = {QStringLiteral("admin@x.com")};
        return p;
    }();
    UserStore users {LicenceCatalog {Lucid, caps.licenceNames}};
    QList<GroupRecord> groups;

    Fixture()
    {
        users.addPage({user(QStringLiteral("ada@x.com"), true, true, QStringLiteral("R&D")),
                       user(QStringLiteral("bo@x.com"), true, false, QStringLiteral("Ops")),
                       user(QStringLiteral("cy@x.com"), false, false, QStringLiteral("Ops")),
                       user(QStringLiteral("admin@x.com"), true, true, QStringLiteral("IT"))});
        groups = GroupRecord::fromResources(
            {QJsonObject {{QStringLiteral("id"), QStringLiteral("g1")},
                          {QStringLiteral("displayName"), QStringLiteral("Designers")}}});
    }

    ImportPlanner::Result plan(const QByteArray &csv, ImportPlanner::Options options = {})
    {
        const CsvTable table = CsvReader::read(csv);
        const ImportMapping mapping = ImportMapping::automatic(table.header, caps);
        return ImportPlanner(profile, caps).plan(table, mapping, options, users, groups);
    }
};

} // namespace

class tst_ImportPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void automaticMapping_knowsCommonHeaders();
    void automaticMapping_knowsEuropeanHeaders_data();
    void automaticMapping_knowsEuropeanHeaders();
    void automaticMapping_knowsTheConsolesNamesInEveryLanguage();
    void templates_savedForTheSameHeader_areFound();
    void create_getsADisplayNameFromItsNames();
    void templates_roundTrip();
    void flags_areUnderstood();
    void emptyCells_leaveAttributesAlone();
    void validation_rowByRow();
    void deprovision_revokesAndSkipsProtected();
    void sync_deactivatesWhoIsMissing();
    void noPatch_neverPutsPartialUsers();
    void sharedKey_matchesNobody();
    void workEmail_isTheWorkAddressNotTheShownOne();
    void withoutQueue_thePlanIsTheSame();
};

void tst_ImportPlanner::automaticMapping_knowsCommonHeaders()
{
    const ServiceCapabilities caps = lucidCaps();
    const QStringList header {u"E-mail"_qs, u"Given Name"_qs,  u"Surname"_qs,
                              u"Dept."_qs,  u"Cost Centre"_qs, u"Lucidchart"_qs,
                              u"Groups"_qs, u"Notes"_qs,       u"Work Email"_qs};
    const ImportMapping mapping = ImportMapping::automatic(header, caps);
    QCOMPARE(mapping.attributes.at(0), QString::fromUtf16(ImportMapping::WorkEmail));
    QCOMPARE(mapping.attributes.at(1), u"name.givenName"_qs);
    QCOMPARE(mapping.attributes.at(2), u"name.familyName"_qs);
    QCOMPARE(mapping.attributes.at(3), Enterprise + u":department"_qs);
    QCOMPARE(mapping.attributes.at(4), Enterprise + u":costCenter"_qs);
    QCOMPARE(mapping.attributes.at(5), Lucid + u":productLicenses.Lucidchart"_qs);
    QCOMPARE(mapping.attributes.at(6), u"groups"_qs);
    QVERIFY(mapping.attributes.at(8).isEmpty()); // the email is already taken by column 0
    QCOMPARE(mapping.unmapped(header), (QStringList {u"Notes"_qs, u"Work Email"_qs}));
    QVERIFY(mapping.userNameFromEmail());
    QCOMPARE(mapping.userNameColumn(), 0);
    QCOMPARE(ImportMapping::canonical(u"urn:ietf:params:scim:schemas:extension:lucid:1.0:User:"
                                      u"productLicenses.lucidspark"_qs,
                                      caps),
             Lucid + u":productLicenses.Lucidspark"_qs);
    QVERIFY(ImportMapping::canonical(u"password"_qs, caps).isEmpty());
}

void tst_ImportPlanner::automaticMapping_knowsEuropeanHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("path");
    const QString email = QString::fromUtf16(ImportMapping::WorkEmail);
    const struct
    {
        const char *header;
        QString path;
    } rows[] = {
        {"E-Mail-Adresse", email},
        {"Courriel", email},
        {"Adresse électronique", email},
        {"Correo electrónico", email},
        {"E-mailadres", email},
        {"Vorname", u"name.givenName"_qs},
        {"Prénom", u"name.givenName"_qs},
        {"Nombre", u"name.givenName"_qs},
        {"Voornaam", u"name.givenName"_qs},
        {"Nachname", u"name.familyName"_qs},
        {"Nom", u"name.familyName"_qs},
        {"Apellidos", u"name.familyName"_qs},
        {"Achternaam", u"name.familyName"_qs},
        {"Abteilung", Enterprise + u":department"_qs},
        {"Département", Enterprise + u":department"_qs},
        {"Departamento", Enterprise + u":department"_qs},
        {"Afdeling", Enterprise + u":department"_qs},
        {"Kostenstelle", Enterprise + u":costCenter"_qs},
        {"Personalnummer", Enterprise + u":employeeNumber"_qs},
        {"Benutzername", u"userName"_qs},
        {"Gruppen", u"groups"_qs},
    };
    for (const auto &row : rows)
        QTest::newRow(row.header) << QString::fromUtf8(row.header) << row.path;
}

void tst_ImportPlanner::automaticMapping_knowsEuropeanHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, path);
    // Alone in the file, so that no other column takes the attribute first.
    const ImportMapping mapping = ImportMapping::automatic({header}, lucidCaps());
    QCOMPARE(mapping.attributes.value(0), path);
}

// A column named as the console names an attribute, in English or in any language it ships
// (a German admin's "Titel", "Externe ID"), is that attribute, whatever language the program
// speaks while it reads the file (this test runs untranslated).
void tst_ImportPlanner::automaticMapping_knowsTheConsolesNamesInEveryLanguage()
{
    const QDir translations(QStringLiteral(SCIMDESK_TRANSLATIONS_DIR));
    const QStringList files = translations.entryList({QStringLiteral("scimdesk_*.ts")});
    QVERIFY(!files.isEmpty());
    int checked = 0;
    for (const QString &name : files) {
        QFile file(translations.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation" && context == u"UserAttributes") {
                const QString translated = xml.readElementText();
                const auto attribute
                    = std::find_if(UserAttributes::all().cbegin(), UserAttributes::all().cend(),
                                   [&source](const UserAttribute &a) {
                                       return source == QLatin1StringView(a.titleText)
                                           || source == QLatin1StringView(a.choiceText);
                                   });
                QVERIFY2(attribute != UserAttributes::all().cend(), qPrintable(source));
                if (!attribute->importable)
                    continue;
                for (const QString &header : {source, translated}) {
                    if (header.isEmpty())
                        continue; // English: plural forms only
                    const ImportMapping mapping = ImportMapping::automatic({header}, lucidCaps());
                    QVERIFY2(mapping.attributes.value(0) == attribute->path,
                             qPrintable(QStringLiteral("%1 (%2): %3, not %4")
                                            .arg(header, name, mapping.attributes.value(0),
                                                 attribute->path)));
                    ++checked;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
    QVERIFY(checked > 20);
}

void tst_ImportPlanner::templates_savedForTheSameHeader_areFound()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString connection = QStringLiteral("template-test");
    QSettings().remove(u"importMappings/"_qs + connection);
    QSettings().remove(u"importMappingHeaders/"_qs + connection);
    const QStringList header {u"Mail"_qs, u"Abt"_qs, u"Notes"_qs};
    ImportMapping mapping = ImportMapping::automatic(header, lucidCaps());
    mapping.attributes[1] = Enterprise + u":department"_qs; // "Abt": the admin's choice
    ImportMapping::saveTemplate(connection, u"HR monthly"_qs, mapping.toTemplate(header), header);
    // The same columns, in another order and case: found. Others: not.
    QCOMPARE(ImportMapping::templateFor(connection, {u"abt"_qs, u"NOTES"_qs, u"mail"_qs}),
             u"HR monthly"_qs);
    QVERIFY(ImportMapping::templateFor(connection, {u"Mail"_qs, u"Abt"_qs}).isEmpty());
    // Saved without its header (as before): never applied by itself.
    ImportMapping::saveTemplate(connection, u"Old"_qs, mapping.toTemplate(header));
    QCOMPARE(ImportMapping::templateFor(connection, header), u"HR monthly"_qs);
    // Two for the same columns: the admin chooses.
    ImportMapping::saveTemplate(connection, u"Twin"_qs, mapping.toTemplate(header), header);
    QVERIFY(ImportMapping::templateFor(connection, header).isEmpty());
}

void tst_ImportPlanner::create_getsADisplayNameFromItsNames()
{
    Fixture f;
    const ImportPlanner::Result result = f.plan("Email,First name,Last name,Display name\n"
                                                "new@x.com,Grace,Hopper,\n"
                                                "other@x.com,Alan,Turing,Dr Turing\n"
                                                "third@x.com,,,\n");
    QCOMPARE(result.create, 3);
    QStringList shown;
    for (const Change &change : result.plan.changes)
        shown.append(change.request.body().value(u"displayName").toString());
    QCOMPARE(shown, (QStringList {u"Grace Hopper"_qs, u"Dr Turing"_qs, QString()}));
}

void tst_ImportPlanner::templates_roundTrip()
{
    const ServiceCapabilities caps = lucidCaps();
    ImportMapping mapping;
    mapping.attributes = {u"userName"_qs, QString(), u"title"_qs};
    const QJsonObject json = mapping.toTemplate({u"Login"_qs, u"X"_qs, u"Role"_qs});
    // Another export with the columns in another order and case.
    const ImportMapping again
        = ImportMapping::fromTemplate(json, {u"role"_qs, u"login"_qs, u"Y"_qs}, caps);
    QCOMPARE(again.attributes, (QStringList {u"title"_qs, u"userName"_qs, QString()}));
}

void tst_ImportPlanner::flags_areUnderstood()
{
    bool understood = false;
    for (const char *yes : {"yes", "Y", "TRUE", "1", "x", "Ja", "oui", "s\xc3\xad", "si"}) {
        QCOMPARE(ImportPlanner::parseFlag(QString::fromUtf8(yes), &understood), true);
        QVERIFY(understood);
    }
    for (const char *no : {"no", "false", "0", " N ", "nein", "Non", "nee"})
        QCOMPARE(ImportPlanner::parseFlag(QString::fromLatin1(no), &understood), false);
    QVERIFY(!ImportPlanner::parseFlag(QString(), &understood).has_value());
    QVERIFY(understood); // empty: leave as is
    ImportPlanner::parseFlag(u"maybe"_qs, &understood);
    QVERIFY(!understood);
}

void tst_ImportPlanner::emptyCells_leaveAttributesAlone()
{
    Fixture f;
    // ada: department empty (kept), licence empty (kept); bo: granted Lucidchart.
    const ImportPlanner::Result result
        = f.plan("Email,Department,Lucidchart\nADA@x.com,,\nbo@x.com,Ops,yes\n");
    QCOMPARE(result.unchanged, 1); // ada, matched case-insensitively
    QCOMPARE(result.update, 1);
    QCOMPARE(result.plan.changes.size(), 1);
    const Change &change = result.plan.changes.first();
    QCOMPARE(change.kind, Change::Kind::GrantLicence);
    QCOMPARE(change.attributes().size(), 1); // department unchanged: not sent
}

void tst_ImportPlanner::validation_rowByRow()
{
    Fixture f;
    const ImportPlanner::Result result
        = f.plan("Email,Lucidchart,Groups,Title\n"
                 "bo@x.com,maybe,,\n" // row 2: licence value
                 "new@x.com,,Designers;Nope,\n" // row 3: unknown group
                 "ok@x.com,,Designers,"
                 + QByteArray(1100, 'a') + "\n" // row 4: too long
                 + "\n" // row 5: blank
                 + "@broken,,,\n" // row 6: invalid email
                 + "fine@x.com,,Designers,Engineer\n" // row 7: created, joins Designers
                 + QByteArray("ada@x.com\0evil.com,,,\n", 22) // row 8: a NUL inside the email
                 + "eve@x.com,,,Boss\x1B[2J\n"); // row 9: an escape sequence in the title
    QList<int> rows;
    for (const ImportPlanner::RowError &error : result.errors)
        rows.append(error.row);
    QCOMPARE(rows, (QList<int> {2, 3, 4, 6, 8, 9}));
    QCOMPARE(result.invalidRows, 6);
    QVERIFY2(result.errors.at(4).message.contains(u"control character (U+0000) at position 10"),
             qPrintable(result.errors.at(4).message));
    QVERIFY(result.errors.at(5).message.contains(
        u"Title holds an invisible control character (U+001B)"));
    QCOMPARE(result.create, 1);
    QCOMPARE(result.plan.changes.size(), 2); // the create and its membership, after it
    QCOMPARE(result.plan.changes.at(1).kind, Change::Kind::AddToGroup);
    QCOMPARE(result.plan.changes.at(1).dependsOn, QStringList {result.plan.changes.at(0).id});
    QVERIFY(result.errors.first().message.contains(u"maybe"));
}

void tst_ImportPlanner::deprovision_revokesAndSkipsProtected()
{
    Fixture f;
    ImportPlanner::Options options;
    options.mode = ImportPlanner::Mode::Deprovision;
    options.revokeLicences = true;
    const ImportPlanner::Result result
        = f.plan("Email\nada@x.com\ncy@x.com\nadmin@x.com\nnobody@x.com\n", options);
    QCOMPARE(result.deactivate, 1); // ada
    QCOMPARE(result.unchanged, 3); // cy already inactive, admin protected, nobody unknown
    QCOMPARE(result.plan.changes.size(), 1);
    QCOMPARE(result.plan.changes.first().attributes().size(), 2); // active and Lucidchart
    QVERIFY(result.notes.join(u'\n').contains(u"admin@x.com is a protected account"));

    options.deleteOnDeprovision = true;
    const ImportPlanner::Result deletes = f.plan("Email\nada@x.com\n", options);
    QCOMPARE(deletes.remove, 1);
    QCOMPARE(deletes.plan.changes.first().kind, Change::Kind::DeleteUser);
}

void tst_ImportPlanner::sync_deactivatesWhoIsMissing()
{
    Fixture f;
    ImportPlanner::Options options;
    options.mode = ImportPlanner::Mode::Sync;
    // bo is listed (on an invalid row — still in the file); cy is listed and reactivated.
    const ImportPlanner::Result result
        = f.plan("Email,Lucidchart\nbo@x.com,perhaps\ncy@x.com,\n", options);
    QCOMPARE(result.reactivate, 1);
    QCOMPARE(result.deactivate, 1); // ada; admin is protected, bo is in the file
    QCOMPARE(result.invalidRows, 1);
    bool ada = false;
    for (const Change &change : result.plan.changes) {
        if (change.targetName == u"ada@x.com") {
            ada = true;
            QCOMPARE(change.intents, QStringList {u"deactivate (not in the file)"_qs});
        }
        QVERIFY(change.targetName != u"admin@x.com");
        QVERIFY(change.targetName != u"bo@x.com");
    }
    QVERIFY(ada);

    // A row left out is still someone the file names: never deprovisioned by sync.
    options.excludedRows = {2};
    const ImportPlanner::Result excluded
        = f.plan("Email\nada@x.com\nbo@x.com\ncy@x.com\n", options);
    QCOMPARE(excluded.deactivate, 0);
}

void tst_ImportPlanner::noPatch_neverPutsPartialUsers()
{
    // Without PATCH an update would PUT the few attributes kept here and wipe the rest.
    Fixture f;
    f.caps.patch = false;
    const ImportPlanner::Result result
        = f.plan("Email,Department\nbo@x.com,Finance\nnew@x.com,Ops\n");
    QCOMPARE(result.create, 1); // a create sends the whole new user: fine
    QCOMPARE(result.invalidRows, 1);
    QVERIFY(result.errors.first().message.contains(u"PATCH"));
    for (const Change &change : result.plan.changes)
        QVERIFY(change.request.method != "PUT");

    ImportPlanner::Options options;
    options.mode = ImportPlanner::Mode::Deprovision;
    const ImportPlanner::Result leavers = f.plan("Email\nbo@x.com\n", options);
    QVERIFY(leavers.plan.changes.isEmpty());
    QVERIFY(leavers.notes.join(u' ').contains(u"PATCH"));
}

void tst_ImportPlanner::sharedKey_matchesNobody()
{
    // Two accounts on the service with one email (a contractor's second account, say). Matched
    // by email, a row naming it cannot tell them apart: it is an error, neither is changed,
    // and a sync deprovisions neither — the file names them.
    Fixture f;
    QJsonObject second = user(QStringLiteral("ada.contractor@x.com"), true, false, {});
    second.insert(QStringLiteral("emails"),
                  QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("ADA@x.com")},
                                           {QStringLiteral("type"), QStringLiteral("work")}}});
    f.users.addPage({second});
    ImportPlanner::Options options;
    options.match = ImportPlanner::MatchKey::Email;
    options.mode = ImportPlanner::Mode::Sync;
    const ImportPlanner::Result result
        = f.plan("Email,Department\nada@x.com,Sales\nbo@x.com,Ops\n", options);
    QCOMPARE(result.invalidRows, 1);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().row, 2);
    QVERIFY2(result.errors.first().message.contains(u"ada@x.com, ada.contractor@x.com"),
             qPrintable(result.errors.first().message));
    QCOMPARE(result.update, 0);
    for (const Change &change : result.plan.changes)
        QVERIFY2(!change.targetName.startsWith(u"ada"), qPrintable(change.targetName));
    QCOMPARE(result.deactivate, 0); // admin is protected; cy is already inactive

    options.mode = ImportPlanner::Mode::Deprovision;
    const ImportPlanner::Result deprovision = f.plan("Email\nada@x.com\n", options);
    QCOMPARE(deprovision.invalidRows, 1);
    QVERIFY(deprovision.plan.changes.isEmpty());
}

void tst_ImportPlanner::workEmail_isTheWorkAddressNotTheShownOne()
{
    // The service shows a primary home address; the work address is another, not primary. The
    // file's Work Email is compared with the work address, and a new one changes only it.
    Fixture f;
    QJsonObject dee = user(QStringLiteral("dee@x.com"), true, false, QStringLiteral("Ops"));
    dee.insert(QStringLiteral("emails"),
               QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("dee@home.net")},
                                        {QStringLiteral("type"), QStringLiteral("home")},
                                        {QStringLiteral("primary"), true}},
                           QJsonObject {{QStringLiteral("value"), QStringLiteral("dee@x.com")},
                                        {QStringLiteral("type"), QStringLiteral("work")}}});
    f.users.addPage({dee});

    const ImportPlanner::Result same = f.plan("userName,Work Email\ndee@x.com,DEE@x.com\n");
    QCOMPARE(same.unchanged, 1);
    QVERIFY(same.plan.changes.isEmpty());

    const ImportPlanner::Result moved = f.plan("userName,Work Email\ndee@x.com,dee@new.x.com\n");
    QCOMPARE(moved.update, 1);
    const Change &change = moved.plan.changes.first();
    QCOMPARE(change.attributes().size(), 1);
    QCOMPARE(change.attributes().first().path, QString::fromUtf16(Patch::WorkEmailPath));
    QCOMPARE(change.attributes().first().before, QJsonValue(QStringLiteral("dee@x.com")));
    QCOMPARE(change.attributes().first().after, QJsonValue(QStringLiteral("dee@new.x.com")));
    // The review says which row of the file asked for it.
    QCOMPARE(change.intents, QStringList {QStringLiteral("update (row 2)")});
}

void tst_ImportPlanner::withoutQueue_thePlanIsTheSame()
{
    // scimdesk-cli writes the plan to a file: the console queue's operations are left out,
    // and nothing else changes.
    Fixture f;
    const QByteArray csv = "Email,First Name,Department,Lucidchart,Active\n"
                           "ada@x.com,Ada,Sales,no,\n"
                           "cy@x.com,,,,yes\n"
                           "new@x.com,New,Ops,yes,\n"
                           "bo@x.com,,,,no\n";
    ImportPlanner::Options options;
    options.mode = ImportPlanner::Mode::Sync;
    const ImportPlanner::Result queued = f.plan(csv, options);
    options.queueOperations = false;
    const ImportPlanner::Result unqueued = f.plan(csv, options);
    QVERIFY(queued.queued.operations.size() >= 4);
    QVERIFY(unqueued.queued.operations.isEmpty());
    QCOMPARE(unqueued.summaryJson(), queued.summaryJson());
    QCOMPARE(unqueued.notes, queued.notes);
    QCOMPARE(unqueued.plan.changes.size(), queued.plan.changes.size());
    for (qsizetype i = 0; i < queued.plan.changes.size(); ++i)
        QCOMPARE(unqueued.plan.changes.at(i).toJson(), queued.plan.changes.at(i).toJson());
}

QTEST_GUILESS_MAIN(tst_ImportPlanner)
#include "tst_importplanner.moc"
