#include "FakeNetwork.h"
#include "changes/ImportSession.h"
#include "csv/CsvTableModel.h"
#include "csv/ImportMappingModel.h"
#include "directory/Directory.h"
#include "directory/UserTableModel.h"
#include "scim/Filter.h"
#include "scim/Preset.h"
#include "scim/Schemas.h"
#include "scim/ScimClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;
using namespace ScimDesk::Test;

namespace {

QJsonObject user(const QString &userName, bool active)
{
    return {{QStringLiteral("id"), QString(u"id-" + userName)},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("active"), active},
            {QStringLiteral("emails"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), userName},
                                      {QStringLiteral("type"), QStringLiteral("work")}}}}};
}

QByteArray list(const QJsonArray &resources)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("schemas"),
                                       QJsonArray {QString::fromUtf16(Schemas::ListResponse)}},
                                      {QStringLiteral("totalResults"), resources.size()},
                                      {QStringLiteral("startIndex"), 1},
                                      {QStringLiteral("itemsPerPage"), resources.size()},
                                      {QStringLiteral("Resources"), resources}})
        .toJson(QJsonDocument::Compact);
}

FakeAnswer ok(const QByteArray &body)
{
    FakeAnswer answer;
    answer.body = body;
    return answer;
}

// Lucid, as far as an import sees it: lists leave out the deactivated cy@x.com, a filter finds
// her.
FakeAnswer lucid(const FakeRequest &request)
{
    const QString filter
        = request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    if (!request.url.path().endsWith(u"/Users"))
        return ok(list({}));
    if (filter.isEmpty())
        return ok(list({user(u"ada@x.com"_qs, true), user(u"bo@x.com"_qs, true)}));
    if (filter.contains(u"cy@x.com"))
        return ok(list({user(u"cy@x.com"_qs, false)}));
    return ok(list({}));
}

// A loaded directory of that service.
struct Service
{
    Service(const ConnectionProfile &profile, const ServiceCapabilities &caps)
        : client(new FakeNetworkAccessManager(&lucid))
    {
        client.setBaseUrl(profile.baseUrl);
        client.setToken(QStringLiteral("t"));
        directory.attach(&client, caps, profile);
        directory.load();
    }
    ScimClient client;
    Directory directory;
};

} // namespace

// One import session for the console and the CLI: for the same file, the dialog's way in
// (readFile, then the mapping model) and the CLI's (a table it read itself) look up the same
// hidden users and give the same notes.
class tst_ImportSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consoleAndCli_sameLookupsAndNotes();
    void noMatchKey_isSaid();
    void savedMapping_consoleUsesItAtOnce_cliWhenTold();

private:
    ConnectionProfile m_profile = [] {
        ConnectionProfile p = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
        p.name = QStringLiteral("Lucid");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2"));
        return p;
    }();
    ServiceCapabilities m_caps;
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_ImportSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_caps.patch = true;
    m_caps.filter = true;
    m_caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    m_path = m_dir.filePath(QStringLiteral("hr.csv"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "Email;First Name;Badge\r\n"
               "ada@x.com;Ada;1\r\n" // listed
               "cy@x.com;;2\r\n" // hidden: deactivated
               "new@x.com;Nu;3\r\n"); // nowhere
}

void tst_ImportSession::consoleAndCli_sameLookupsAndNotes()
{
    // Each with its own directory, as the console and the CLI have.
    Service consoleService(m_profile, m_caps);
    Service cliService(m_profile, m_caps);
    QTRY_COMPARE(consoleService.directory.state(), Directory::State::Complete);
    QTRY_COMPARE(cliService.directory.state(), Directory::State::Complete);
    QCOMPARE(consoleService.directory.users()->rowCount(), 2);

    // The console: the dialog reads the file through the session.
    ImportSession console(m_profile, m_caps, &consoleService.directory);
    QVERIFY(console.readFile(m_path));
    // The CLI: it reads the file first (bad input fails before connecting), then hands it over.
    ImportSession cli(m_profile, m_caps, &cliService.directory);
    cli.setPlansOnce(true); // as scimdesk-cli: the rows are given up to the planner
    cli.setTable(CsvReader::readFile(m_path), QStringLiteral("hr.csv"));

    const QStringList filters {Filter::eq(u"userName"_qs, u"cy@x.com"_qs),
                               Filter::eq(u"userName"_qs, u"new@x.com"_qs)};
    QCOMPARE(console.pendingLookups(), filters);
    QCOMPARE(cli.pendingLookups(), filters);
    QCOMPARE(console.mappingNotes(), cli.mappingNotes());
    QCOMPARE(console.mappingNotes(),
             (QStringList {u"No column maps to userName: the email column (Email) is used as "
                           u"userName."_qs,
                           u"Ignored columns: Badge."_qs}));
    // Deprovisioning a hidden user changes nothing: no look-up.
    console.options().mode = ImportPlanner::Mode::Deprovision;
    QVERIFY(console.pendingLookups().isEmpty());
    console.options().mode = ImportPlanner::Mode::Provision;

    for (ImportSession *session : {&console, &cli}) {
        QSignalSpy lookingUp(session, &ImportSession::lookingUp);
        QSignalSpy planned(session, &ImportSession::planned);
        session->plan();
        QVERIFY(session->isLookingUp());
        QCOMPARE(lookingUp.size(), 1);
        QCOMPARE(lookingUp.first().first().toInt(), 2);
        QVERIFY(planned.wait());
        QVERIFY(!session->lookupError().isError());
        QCOMPARE(session->result().reactivate, 1); // cy, found by looking up
        QCOMPARE(session->result().create, 1);
        QCOMPARE(session->result().plan.source, QStringLiteral("csv:hr.csv"));
        QVERIFY(session->pendingLookups().isEmpty()); // looked up once
    }
    QCOMPARE(console.result().notes, cli.result().notes);
    // The same plan; the CLI's session no longer holds the rows, the header and warnings stay.
    QCOMPARE(cli.result().plan.changes.size(), console.result().plan.changes.size());
    for (qsizetype i = 0; i < cli.result().plan.changes.size(); ++i) {
        const Change &fromCli = cli.result().plan.changes.at(i);
        const Change &fromConsole = console.result().plan.changes.at(i);
        QCOMPARE(fromCli.request, fromConsole.request);
        QCOMPARE(fromCli.attributes(), fromConsole.attributes());
    }
    QCOMPARE(console.table().rows.size(), 3);
    QVERIFY(cli.table().rows.isEmpty());
    QCOMPARE(cli.table().header, console.table().header);
    QCOMPARE(cli.table().warnings, console.table().warnings);
    QVERIFY2(console.result().notes.last().startsWith(u"Found by looking up"),
             qPrintable(console.result().notes.join(u'\n')));
    QVERIFY(console.result().notes.last().contains(u"cy@x.com"));

    // A row left out in the console's grid is left out of its plan.
    console.preview()->setExcluded(4, true); // new@x.com (the header is row 1)
    console.plan();
    QCOMPARE(console.result().create, 0);
}

void tst_ImportSession::noMatchKey_isSaid()
{
    Directory directory;
    ImportSession session(m_profile, m_caps, &directory);
    QVERIFY(session.readFile(m_path));
    QVERIFY(session.hasMatchKey());
    session.options().match = MatchKey::ExternalId;
    QVERIFY(!session.hasMatchKey());
    QVERIFY(session.mapping()->setAttribute(2, u"externalId"_qs));
    QVERIFY(session.hasMatchKey());
    QVERIFY(!session.needsGroups());
}

void tst_ImportSession::savedMapping_consoleUsesItAtOnce_cliWhenTold()
{
    // A mapping saved in the console for these columns: "Badge" is the employee number.
    ConnectionProfile profile = m_profile;
    profile.id = QStringLiteral("saved-mapping-test");
    const QStringList header {u"Email"_qs, u"First Name"_qs, u"Badge"_qs};
    const QString badge
        = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"_qs;
    ImportMapping saved = ImportMapping::automatic(header, m_caps);
    saved.attributes[2] = badge;
    ImportMapping::saveTemplate(profile.id, u"Badges"_qs, saved.toTemplate(header), header);
    Directory directory;
    const auto badgeColumn = [](const ImportSession &session) {
        return session.mapping()
            ->index(2, ImportMappingModel::AttributeColumn)
            .data(ImportMappingModel::AttributePathRole)
            .toString();
    };

    ImportSession console(profile, m_caps, &directory);
    console.setUsesSavedMappings(true);
    QVERIFY(console.readFile(m_path));
    QCOMPARE(console.autoTemplate(), u"Badges"_qs);
    QCOMPARE(badgeColumn(console), badge);
    QVERIFY2(console.mappingNotes().first().contains(u"saved mapping \"Badges\""),
             qPrintable(console.mappingNotes().join(u'\n')));

    // A script's plan does not change with what was saved in the console: only --mapping.
    ImportSession cli(profile, m_caps, &directory);
    cli.setTable(CsvReader::readFile(m_path), QStringLiteral("hr.csv"));
    QVERIFY(cli.autoTemplate().isEmpty());
    QVERIFY(badgeColumn(cli).isEmpty());
    QVERIFY(cli.useTemplate(u"Badges"_qs));
    QCOMPARE(badgeColumn(cli), badge);
}

QTEST_GUILESS_MAIN(tst_ImportSession)
#include "tst_importsession.moc"
