#include "changes/ApplySession.h"
#include "changes/ChangeQueue.h"
#include "changes/ImportPlanner.h"
#include "changes/PlanBuilder.h"
#include "changes/PlanModel.h"
#include "directory/Directory.h"
#include "scim/Preset.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ScimDesk;

namespace {

using Op = ChangeQueue::Operation;
using Kind = ChangeQueue::Operation::Kind;
using Origin = ChangeQueue::Replacement::Origin;

const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

ServiceCapabilities lucidCaps()
{
    ServiceCapabilities caps;
    caps.patch = true;
    caps.etag = true;
    caps.filter = true;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    return caps;
}

QJsonObject user(const QString &id, bool active = true, bool spark = false)
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), QString(id + QStringLiteral("@example.com"))},
        {QStringLiteral("displayName"), QString(QStringLiteral("User ") + id)},
        {QStringLiteral("active"), active},
        {QStringLiteral("title"), QStringLiteral("Engineer")},
        {Lucid,
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidchart"), true},
                                    {QStringLiteral("Lucidspark"), spark}}}}},
        {QStringLiteral("meta"),
         QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"3\"")}}},
    };
}

Op op(Kind kind, const QString &userId, const QString &detail = {})
{
    Op operation;
    operation.kind = kind;
    operation.userId = userId;
    operation.userName = userId + QStringLiteral("@example.com");
    if (kind == Kind::GrantLicence || kind == Kind::RevokeLicence)
        operation.licence = detail;
    else
        operation.groupId = detail;
    return operation;
}

// A directory with users u1..u4 (u4 deactivated) and group g1 holding u1.
struct Fixture
{
    Directory directory;
    ChangeQueue queue {&directory};

    Fixture()
    {
        const ServiceCapabilities caps = lucidCaps();
        directory.users()->reset({caps.licenceSchema, caps.licenceNames});
        directory.users()->addPage({user(QStringLiteral("u1")), user(QStringLiteral("u2")),
                                    user(QStringLiteral("u3"), true, true),
                                    user(QStringLiteral("u4"), false)});
        directory.groups()->addPage({QJsonObject {
            {QStringLiteral("id"), QStringLiteral("g1")},
            {QStringLiteral("displayName"), QStringLiteral("Designers")},
            {QStringLiteral("members"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("u1")}}}}}});
        ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
        profile.name = QStringLiteral("Lucid");
        profile.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
        queue.setConnection(profile, caps);
    }

    void add(const QList<Op> &operations) { queue.setState(queue.withOperations(operations)); }
};

// Plans a new user and its joining a group; returns the create.
Change createAndJoin(PlanBuilder &builder)
{
    const QString created = builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")}});
    builder.addToGroup(QJsonObject {{QStringLiteral("id"), QStringLiteral("g1")},
                                    {QStringLiteral("displayName"), QStringLiteral("Designers")}},
                       created, QStringLiteral("new@example.com"));
    const Plan plan = builder.plan();
    return *plan.find(created);
}

// An import's operations, as ImportPlanner makes them, from rows of a file.
Op fileOp(Kind kind, const QString &userId, int row)
{
    Op operation = op(kind, userId);
    operation.why = QStringLiteral("row %1").arg(row);
    operation.source = QStringLiteral("hr.csv");
    return operation;
}

Op fileUpdate(const QString &userId, int row, const QJsonObject &values)
{
    Op operation = fileOp(Kind::Update, userId, row);
    operation.values = values;
    return operation;
}

ImportedOperations fileOf(const QList<Op> &operations, const QHash<QString, KeptUser> &kept = {})
{
    return {QStringLiteral("hr.csv"), operations, kept, lucidCaps().licenceNames};
}

// What a plan sends, change by change, whatever the change ids are.
QStringList requests(const Plan &plan)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\$\{created:[^}]*\})"));
    QStringList sent;
    for (const Change &change : plan.changes) {
        sent.append(Change::kindKey(change.kind) + u' ' + change.targetName + u' '
                    + change.request.summary() + u' '
                    + QString::fromUtf8(change.request.bodyJson)
                          .replace(placeholder, QStringLiteral("${created}"))
                    + u' ' + QString::fromUtf8(change.request.ifMatch));
    }
    sent.sort();
    return sent;
}

} // namespace

class tst_ChangeQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wouldChangePlan_onlyWhenTheRequestsDiffer();
    void operations_becomeExactRequests();
    void sameUserTwice_mergesIntoOneChange();
    void nothingToChange_leavesNothingToSend();
    void exclusions_surviveOtherEdits();
    void afterApply_keepsWhatDidNotApply();
    void filePlan_afterApplyNamesTheCreatedUser();
    void missingUser_isReportedNotSilentlyDropped();
    void filePlan_replacesOperations();
    void deletedUsers_leaveTheTable();
    void planModel_groupsByKindAndAsksToInclude();
    void noPatch_refusesRatherThanPutPartialUsers();
    void filePlan_dropsChangesThatNeedARemovedOne();
    void replacement_saysWhereItCameFrom();
    void import_joinsWhatIsPending();
    void import_sameUserMergesIntoOneChange();
    void import_conflict_keepPendingOrUseTheFile();
    void import_pendingDeactivationOfSomeoneTheFileKeeps_isAConflict();
    void import_sameFileTwice_addsNothing();
    void import_planIsThePlannersOwn();
    void import_createdUserJoinsItsGroupsAfterAPartialApply();
};

void tst_ChangeQueue::operations_becomeExactRequests()
{
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u2")),
           op(Kind::GrantLicence, QStringLiteral("u1"), QStringLiteral("Lucidspark"))});
    const Plan &plan = f.queue.plan();
    QCOMPARE(plan.connectionName, QStringLiteral("Lucid"));
    QCOMPARE(plan.source, QStringLiteral("gui"));
    QCOMPARE(plan.changes.size(), 2);
    const Change *deactivate = nullptr;
    for (const Change &change : plan.changes) {
        if (change.kind == Change::Kind::Deactivate)
            deactivate = &change;
    }
    QVERIFY(deactivate);
    QCOMPARE(deactivate->targetName, QStringLiteral("u2@example.com"));
    QCOMPARE(deactivate->request.method, QByteArray("PATCH"));
    QCOMPARE(deactivate->request.path, QByteArray("/Users/u2"));
    QCOMPARE(deactivate->request.ifMatch, QByteArray("W/\"3\""));
    // Only what changes is sent: one operation on `active`, nothing about title or licences.
    const QJsonArray operations = deactivate->request.body().value(u"Operations").toArray();
    QCOMPARE(operations.size(), 1);
    QCOMPARE(deactivate->attributes().size(), 1);
    QCOMPARE(deactivate->attributes().first().path, QStringLiteral("active"));
    QCOMPARE(deactivate->attributes().first().before, QJsonValue(true));
    QCOMPARE(deactivate->attributes().first().after, QJsonValue(false));
}

void tst_ChangeQueue::sameUserTwice_mergesIntoOneChange()
{
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u1"))});
    f.add({op(Kind::RevokeLicence, QStringLiteral("u1"), QStringLiteral("Lucidchart"))});
    f.add({op(Kind::Deactivate, QStringLiteral("u1"))}); // again: nothing new
    QCOMPARE(f.queue.state().operations.size(), 2);
    const Plan &plan = f.queue.plan();
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().kind, Change::Kind::Deactivate);
    QCOMPARE(plan.changes.first().attributes().size(), 2);

    // Delete supersedes the rest, and is its own kind.
    f.add({op(Kind::DeleteUser, QStringLiteral("u1"))});
    QCOMPARE(f.queue.plan().changes.size(), 1);
    QCOMPARE(f.queue.plan().changes.first().kind, Change::Kind::DeleteUser);
    QCOMPARE(f.queue.plan().changes.first().request.method, QByteArray("DELETE"));
}

void tst_ChangeQueue::nothingToChange_leavesNothingToSend()
{
    Fixture f;
    // u4 is already deactivated; u3 already holds Lucidspark; u1 is already in g1.
    f.add({op(Kind::Deactivate, QStringLiteral("u4")),
           op(Kind::GrantLicence, QStringLiteral("u3"), QStringLiteral("Lucidspark")),
           op(Kind::AddToGroup, QStringLiteral("u1"), QStringLiteral("g1"))});
    QVERIFY(f.queue.plan().changes.isEmpty());

    // Add then remove the same membership: both go.
    f.add({op(Kind::AddToGroup, QStringLiteral("u2"), QStringLiteral("g1"))});
    QCOMPARE(f.queue.plan().changes.size(), 1);
    QCOMPARE(f.queue.plan().changes.first().kind, Change::Kind::AddToGroup);
    f.add({op(Kind::RemoveFromGroup, QStringLiteral("u2"), QStringLiteral("g1"))});
    QCOMPARE(f.queue.state().operations.size(), 3);
    QVERIFY(f.queue.plan().changes.isEmpty());

    // Grant then revoke: the user's change disappears.
    f.add({op(Kind::GrantLicence, QStringLiteral("u2"), QStringLiteral("Lucidspark"))});
    QCOMPARE(f.queue.plan().changes.size(), 1);
    f.add({op(Kind::RevokeLicence, QStringLiteral("u2"), QStringLiteral("Lucidspark"))});
    QVERIFY(f.queue.plan().changes.isEmpty());
}

void tst_ChangeQueue::exclusions_surviveOtherEdits()
{
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u1")), op(Kind::Deactivate, QStringLiteral("u2"))});
    const QString key = ChangeQueue::keyOf(op(Kind::Deactivate, QStringLiteral("u2")));
    f.queue.setState(f.queue.withIncluded({key}, false));
    QCOMPARE(f.queue.plan().includedCount(), 1);
    QCOMPARE(f.queue.plan().deprovisionCount(), 1);

    f.add({op(Kind::RemoveFromGroup, QStringLiteral("u1"), QStringLiteral("g1"))});
    QCOMPARE(f.queue.plan().changes.size(), 3);
    QCOMPARE(f.queue.plan().includedCount(), 2);
    for (const Change &change : f.queue.plan().changes)
        QCOMPARE(change.included, ChangeQueue::keyOf(change) != key);

    f.queue.setState(f.queue.withIncluded({key}, true));
    QCOMPARE(f.queue.plan().includedCount(), 3);
}

void tst_ChangeQueue::afterApply_keepsWhatDidNotApply()
{
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u1")), op(Kind::Deactivate, QStringLiteral("u2")),
           op(Kind::AddToGroup, QStringLiteral("u3"), QStringLiteral("g1"))});
    QCOMPARE(f.queue.plan().changes.size(), 3);
    QSet<QString> applied;
    for (const Change &change : f.queue.plan().changes) {
        if (change.targetId != u"u2") // u2's change met a conflict
            applied.insert(ChangeQueue::keyOf(change));
    }
    f.queue.setState(f.queue.afterApply(applied));
    QCOMPARE(f.queue.state().operations, QList<Op> {op(Kind::Deactivate, QStringLiteral("u2"))});
    QCOMPARE(f.queue.plan().changes.size(), 1);
}

void tst_ChangeQueue::missingUser_isReportedNotSilentlyDropped()
{
    Fixture f;
    Op ghost = op(Kind::Deactivate, QStringLiteral("gone"));
    f.add({ghost, op(Kind::Deactivate, QStringLiteral("u1"))});
    QCOMPARE(f.queue.plan().changes.size(), 1);
    QCOMPARE(f.queue.problems().size(), 1);
    QVERIFY(f.queue.problems().first().contains(u"gone@example.com"));
}

void tst_ChangeQueue::filePlan_replacesOperations()
{
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u1"))});
    Plan file = f.queue.plan();
    file.source = QStringLiteral("cli");
    file.changes.first().included = false;
    QSignalSpy changed(&f.queue, &ChangeQueue::changed);
    f.queue.setState(f.queue.withReplacement(file, Origin::PlanFile, QStringLiteral("plan.json")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!f.queue.acceptsOperations());
    QCOMPARE(f.queue.plan().source, QStringLiteral("cli"));
    QCOMPARE(f.queue.plan().includedCount(), 0);
    f.queue.setState(f.queue.withIncluded({ChangeQueue::keyOf(file.changes.first())}, true));
    QCOMPARE(f.queue.plan().includedCount(), 1);
    // Applied, the file plan is done with and the queue takes operations again.
    f.queue.setState(f.queue.afterApply({ChangeQueue::keyOf(file.changes.first())}));
    QVERIFY(f.queue.state().isEmpty());
    QVERIFY(f.queue.acceptsOperations());
}

void tst_ChangeQueue::deletedUsers_leaveTheTable()
{
    Fixture f;
    UserTableModel *users = f.directory.users();
    QAbstractItemModelTester tester(users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.add({op(Kind::DeleteUser, QStringLiteral("u2"))});
    Plan plan = f.queue.plan();
    ChangeResult result;
    result.changeId = plan.changes.first().id;
    result.outcome = ChangeResult::Outcome::Applied;
    f.directory.takeIn(ApplySession::directoryUpdate(plan, {result}));
    QCOMPARE(users->rowCount(), 3);
    QCOMPARE(users->store().rowOf(QStringLiteral("u2")), -1);
    QCOMPARE(users->store().rowOf(QStringLiteral("u3")), 1);
    // The queued delete has nothing left to act on: it says so.
    QCOMPARE(f.queue.plan().changes.size(), 0);
    QCOMPARE(f.queue.problems().size(), 1);
}

void tst_ChangeQueue::planModel_groupsByKindAndAsksToInclude()
{
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u1")), op(Kind::Deactivate, QStringLiteral("u2")),
           op(Kind::GrantLicence, QStringLiteral("u3"), QStringLiteral("Lucidscale"))});
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(f.queue.plan());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex deactivations = model.index(0, 0);
    QCOMPARE(deactivations.data().toString(), QStringLiteral("Deactivate — 2"));
    QCOMPARE(model.rowCount(deactivations), 2);
    QCOMPARE(model.index(0, PlanModel::RequestColumn, deactivations).data().toString(),
             QStringLiteral("PATCH /Users/u1"));

    QSignalSpy asked(&model, &PlanModel::includeRequested);
    QVERIFY(model.setData(deactivations, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toStringList().size(), 2);
    QCOMPARE(asked.first().at(1).toBool(), false);
    f.queue.setState(f.queue.withIncluded(asked.first().at(0).toStringList(), false));
    model.setPlan(f.queue.plan());
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Deactivate — 0 of 2 included"));
}

void tst_ChangeQueue::noPatch_refusesRatherThanPutPartialUsers()
{
    Fixture f;
    ServiceCapabilities caps = lucidCaps();
    caps.patch = false;
    f.queue.setConnection(ConnectionProfile::fromPreset(QStringLiteral("generic")), caps);
    f.add({op(Kind::Deactivate, QStringLiteral("u1"))});
    QVERIFY(f.queue.plan().changes.isEmpty());
    QCOMPARE(f.queue.problems().size(), 1);
    QVERIFY(f.queue.problems().first().contains(u"PATCH"));
}

void tst_ChangeQueue::filePlan_dropsChangesThatNeedARemovedOne()
{
    // A plan that creates a user and adds it to a group: once the create is out of the queue,
    // the membership would name a user the plan no longer makes, so it goes too.
    Fixture f;
    PlanBuilder builder(ConnectionProfile::fromPreset(QStringLiteral("lucid")), lucidCaps());
    const QString createKey = ChangeQueue::keyOf(createAndJoin(builder));
    builder.deactivate(user(QStringLiteral("u2")));
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 3);
    f.queue.setState(f.queue.withReplacement(plan, Origin::PlanFile, QStringLiteral("plan.json")));
    f.queue.setState(f.queue.withoutChanges({createKey}));
    QCOMPARE(f.queue.plan().changes.size(), 1);
    QCOMPARE(f.queue.plan().changes.first().kind, Change::Kind::Deactivate);
}

void tst_ChangeQueue::filePlan_afterApplyNamesTheCreatedUser()
{
    // The create was applied but the membership failed (say the group was busy): what stays
    // for another try names the new user by its id, and is no longer waiting for the create.
    Fixture f;
    PlanBuilder builder(ConnectionProfile::fromPreset(QStringLiteral("lucid")), lucidCaps());
    const Change create = createAndJoin(builder);
    const QString created = create.id;
    const QString createKey = ChangeQueue::keyOf(create);
    f.queue.setState(
        f.queue.withReplacement(builder.plan(), Origin::PlanFile, QStringLiteral("plan.json")));
    f.queue.setState(f.queue.afterApply({createKey}, {{created, QStringLiteral("lucid-77")}}));
    QCOMPARE(f.queue.plan().changes.size(), 1);
    const Change &membership = f.queue.plan().changes.first();
    QCOMPARE(membership.kind, Change::Kind::AddToGroup);
    QVERIFY(membership.dependsOn.isEmpty());
    const QByteArray body = membership.request.bodyJson;
    QVERIFY2(body.contains("\"value\":\"lucid-77\""), body.constData());
    QVERIFY(!body.contains("${created"));
    QVERIFY(membership.included);

    // Both applied: nothing stays to be sent a second time, the membership named by the
    // placeholder as the applied plan had it.
    Fixture g;
    PlanBuilder again(ConnectionProfile::fromPreset(QStringLiteral("lucid")), lucidCaps());
    const Change secondCreate = createAndJoin(again);
    const Plan both = again.plan();
    g.queue.setState(g.queue.withReplacement(both, Origin::PlanFile, QStringLiteral("plan.json")));
    QSet<QString> applied;
    for (const Change &change : both.changes) {
        for (const QString &key : ChangeQueue::settledKeys(change))
            applied.insert(key);
    }
    g.queue.setState(g.queue.afterApply(applied, {{secondCreate.id, QStringLiteral("lucid-78")}}));
    QVERIFY2(g.queue.plan().changes.isEmpty(),
             qPrintable(g.queue.plan().changes.value(0).request.summary()));

    // Whatever a service's ids hold, the request stays valid JSON.
    const QByteArray odd = PlanBuilder::withCreatedId(
        R"({"value":"${created:c1}"})", QStringLiteral("c1"), QStringLiteral("a\"b\\c"));
    QCOMPARE(QJsonDocument::fromJson(odd).object().value(u"value").toString(),
             QStringLiteral("a\"b\\c"));
}

void tst_ChangeQueue::replacement_saysWhereItCameFrom()
{
    // A plan file stops new operations, and what stops them names the file.
    Fixture f;
    QVERIFY(f.queue.whyNoOperations().isEmpty());
    f.add({op(Kind::Deactivate, QStringLiteral("u1"))});
    const Plan plan = f.queue.plan();
    f.queue.setState(f.queue.withReplacement(plan, Origin::PlanFile, QStringLiteral("p.json")));
    QVERIFY(!f.queue.acceptsOperations());
    QVERIFY2(f.queue.whyNoOperations().contains(u"the plan file p.json"),
             qPrintable(f.queue.whyNoOperations()));
}

void tst_ChangeQueue::import_joinsWhatIsPending()
{
    // Three changes by hand, then a file about other users: all of them are pending.
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u1")),
           op(Kind::GrantLicence, QStringLiteral("u2"), QStringLiteral("Lucidspark"))});
    Op create = fileOp(Kind::Create, {}, 3);
    create.userName = QStringLiteral("new@example.com");
    create.values = QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")},
                                 {QStringLiteral("active"), true}};
    create.groupIds = {QStringLiteral("g1")};
    const ImportedOperations file = fileOf(
        {fileUpdate(QStringLiteral("u3"), 2, {{QStringLiteral("title"), u"Chef"_qs}}), create});
    QVERIFY(f.queue.conflictsWith(file).isEmpty());
    f.queue.setState(f.queue.withImport(file, {}));
    const Plan &plan = f.queue.plan();
    QCOMPARE(plan.changes.size(), 5); // deactivate, grant, update, create, join
    QCOMPARE(plan.countsByKind().value(Change::Kind::Deactivate), 1);
    QCOMPARE(plan.countsByKind().value(Change::Kind::CreateUser), 1);
    QCOMPARE(plan.countsByKind().value(Change::Kind::AddToGroup), 1);
    QCOMPARE(plan.source, QStringLiteral("gui")); // by hand and from a file
    for (const Change &change : plan.changes) {
        if (change.targetId == u"u3") {
            QCOMPARE(change.attributes().size(), 1);
            QCOMPARE(change.attributes().first().after, QJsonValue(u"Chef"_qs));
            QVERIFY2(change.intents.join(u';').contains(u"hr.csv, row 2"),
                     qPrintable(change.intents.join(u';')));
        }
    }
    // Only the file: the plan says it was made from it.
    f.queue.setState({});
    f.queue.setState(f.queue.withImport(file, {}));
    QCOMPARE(f.queue.plan().source, QStringLiteral("csv:hr.csv"));
}

void tst_ChangeQueue::import_sameUserMergesIntoOneChange()
{
    // Deactivated by hand, a new title from the file: one change does both.
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u1"))});
    const ImportedOperations file
        = fileOf({fileUpdate(QStringLiteral("u1"), 2, {{QStringLiteral("title"), u"Chef"_qs}})});
    QVERIFY(f.queue.conflictsWith(file).isEmpty());
    f.queue.setState(f.queue.withImport(file, {}));
    QCOMPARE(f.queue.plan().changes.size(), 1);
    const Change &change = f.queue.plan().changes.first();
    QCOMPARE(change.kind, Change::Kind::Deactivate);
    QStringList paths;
    for (const AttributeChange &attribute : change.attributes())
        paths.append(attribute.path);
    paths.sort();
    QCOMPARE(paths, (QStringList {u"active"_qs, u"title"_qs}));
}

void tst_ChangeQueue::import_conflict_keepPendingOrUseTheFile()
{
    // Lucidchart revoked by hand; the file grants it: the admin says which stays.
    Fixture f;
    f.add({op(Kind::RevokeLicence, QStringLiteral("u1"), QStringLiteral("Lucidchart")),
           op(Kind::Deactivate, QStringLiteral("u2"))});
    Op grant = fileOp(Kind::GrantLicence, QStringLiteral("u1"), 4);
    grant.licence = QStringLiteral("Lucidchart");
    Op spark = fileOp(Kind::GrantLicence, QStringLiteral("u3"), 5);
    spark.licence = QStringLiteral("Lucidscale");
    const ImportedOperations file = fileOf({grant, spark});
    const QList<ImportMerge::Conflict> conflicts = f.queue.conflictsWith(file);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().userKey, QStringLiteral("User:u1"));
    QCOMPARE(conflicts.first().userName, QStringLiteral("u1@example.com"));
    QCOMPARE(conflicts.first().pending, QStringList {u"revoke Lucidchart"_qs});
    QCOMPARE(conflicts.first().file, QStringList {u"grant Lucidchart (row 4)"_qs});

    // Kept: the revoke stays, the file's other user joins.
    f.queue.setState(f.queue.withImport(file, {}));
    QCOMPARE(f.queue.plan().changes.size(), 3);
    for (const Change &change : f.queue.plan().changes) {
        if (change.targetId == u"u1")
            QCOMPARE(change.kind, Change::Kind::RevokeLicence);
    }
    // The file's instead: u1 keeps Lucidchart (nothing to send), u2 is still deactivated.
    f.queue.setState({});
    f.add({op(Kind::RevokeLicence, QStringLiteral("u1"), QStringLiteral("Lucidchart")),
           op(Kind::Deactivate, QStringLiteral("u2"))});
    f.queue.setState(
        f.queue.withImport(file, {{QStringLiteral("User:u1"), ImportMerge::Choice::UseFile}}));
    QStringList targets;
    for (const Change &change : f.queue.plan().changes)
        targets.append(change.targetId);
    targets.sort();
    QCOMPARE(targets, (QStringList {u"u2"_qs, u"u3"_qs}));
}

void tst_ChangeQueue::import_pendingDeactivationOfSomeoneTheFileKeeps_isAConflict()
{
    // Deactivated by hand, still listed by HR with nothing else to change: the file keeps them.
    Fixture f;
    f.add({op(Kind::Deactivate, QStringLiteral("u2"))});
    const ImportedOperations file = fileOf({}, {{QStringLiteral("u2"), KeptUser {9}}});
    const QList<ImportMerge::Conflict> conflicts = f.queue.conflictsWith(file);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().pending, QStringList {u"deactivate"_qs});
    QCOMPARE(conflicts.first().file, QStringList {u"keep them: row 9 lists them"_qs});
    f.queue.setState(
        f.queue.withImport(file, {{QStringLiteral("User:u2"), ImportMerge::Choice::UseFile}}));
    QVERIFY(f.queue.state().operations.isEmpty());
    QVERIFY(f.queue.plan().changes.isEmpty());

    // Lucidchart revoked by hand; the file's cell says u1 holds it, as u1 does now: the file
    // changes nothing, yet it contradicts what is pending.
    f.add({op(Kind::RevokeLicence, QStringLiteral("u1"), QStringLiteral("Lucidchart"))});
    const int chart = int(lucidCaps().licenceNames.indexOf(u"Lucidchart"_qs));
    const ImportedOperations cells
        = fileOf({}, {{QStringLiteral("u1"), KeptUser {4, 1u << chart, 1u << chart}}});
    const QList<ImportMerge::Conflict> licence = f.queue.conflictsWith(cells);
    QCOMPARE(licence.size(), 1);
    QCOMPARE(licence.first().file,
             QStringList {u"keep them, holds Lucidchart: row 4 lists them"_qs});
    // A cell that agrees is no conflict.
    const ImportedOperations agrees
        = fileOf({}, {{QStringLiteral("u1"), KeptUser {4, 1u << chart, 0}}});
    QVERIFY(f.queue.conflictsWith(agrees).isEmpty());
}

void tst_ChangeQueue::import_sameFileTwice_addsNothing()
{
    Fixture f;
    const ImportedOperations file
        = fileOf({fileUpdate(QStringLiteral("u3"), 2, {{QStringLiteral("title"), u"Chef"_qs}}),
                  fileOp(Kind::Deactivate, QStringLiteral("u1"), 3)});
    f.queue.setState(f.queue.withImport(file, {}));
    const ChangeQueue::State once = f.queue.state();
    QVERIFY(f.queue.conflictsWith(file).isEmpty());
    QCOMPARE(f.queue.withImport(file, {}), once);
}

void tst_ChangeQueue::import_planIsThePlannersOwn()
{
    // The console plans an import from its operations; scimdesk-cli plans it directly. For
    // the same file and directory, both send the same requests.
    Fixture f;
    const QHash<QString, QStringList> history {{QStringLiteral("u4"), {u"Lucidspark"_qs}}};
    f.queue.setLicenceHistory(history);
    const CsvTable table = CsvReader::read("userName,Title,Lucidspark,Groups\n"
                                           "u1@example.com,Chef,yes,Designers\n"
                                           "u2@example.com,,no,Designers\n"
                                           "u4@example.com,Pilot,,\n"
                                           "new@example.com,Cook,yes,Designers\n");
    const ServiceCapabilities caps = lucidCaps();
    const ImportMapping mapping = ImportMapping::automatic(table.header, caps);
    ImportPlanner::Options options;
    options.mode = ImportPlanner::Mode::Sync; // u3 is left out: deactivated
    options.source = QStringLiteral("csv:hr.csv");
    options.licenceHistory = history;
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Lucid");
    profile.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
    const ImportPlanner::Result result
        = ImportPlanner(profile, caps)
              .plan(table, mapping, options, f.directory.users()->store(),
                    f.directory.groups()->all());
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.queued.fileName, QStringLiteral("hr.csv"));
    QCOMPARE(result.queued.kept.value(QStringLiteral("u1")).row, 2);
    f.queue.setState(f.queue.withImport(result.queued, {}));
    QVERIFY2(f.queue.problems().isEmpty(), qPrintable(f.queue.problems().join(u'\n')));
    // A create and its joining, an update with a licence, a join, a deactivation, a
    // reactivation and the licences it gives back.
    QVERIFY2(result.plan.changes.size() >= 7, qPrintable(requests(result.plan).join(u'\n')));
    QCOMPARE(requests(f.queue.plan()), requests(result.plan));
    QCOMPARE(f.queue.plan().changes.size(), result.plan.changes.size());
    QCOMPARE(f.queue.plan().source, QStringLiteral("csv:hr.csv"));
}

void tst_ChangeQueue::import_createdUserJoinsItsGroupsAfterAPartialApply()
{
    // The create was applied, its membership failed: the membership stays pending, by the new
    // user's id.
    Fixture f;
    Op create = fileOp(Kind::Create, {}, 3);
    create.userName = QStringLiteral("new@example.com");
    create.values = QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")},
                                 {QStringLiteral("active"), true}};
    create.groupIds = {QStringLiteral("g1")};
    f.queue.setState(f.queue.withImport(fileOf({create}), {}));
    QCOMPARE(f.queue.plan().changes.size(), 2);
    const Change *created = nullptr;
    for (const Change &change : f.queue.plan().changes) {
        if (change.kind == Change::Kind::CreateUser)
            created = &change;
    }
    QVERIFY(created);
    f.directory.users()->addPage({user(QStringLiteral("lucid-77"))});
    f.queue.setState(
        f.queue.afterApply({ChangeQueue::keyOf(*created)}, {{created->id, u"lucid-77"_qs}}));
    QCOMPARE(f.queue.state().operations.size(), 1);
    QCOMPARE(f.queue.state().operations.first().kind, Kind::AddToGroup);
    QCOMPARE(f.queue.state().operations.first().userId, QStringLiteral("lucid-77"));
    QCOMPARE(f.queue.plan().changes.size(), 1);
    QCOMPARE(f.queue.plan().changes.first().kind, Change::Kind::AddToGroup);
}

void tst_ChangeQueue::wouldChangePlan_onlyWhenTheRequestsDiffer()
{
    // What the console asks before queuing: an operation that sends nothing (reactivating an
    // active user, granting a licence held, asking again) is not worth an undo step.
    Fixture f;
    QVERIFY(!f.queue.wouldChangePlan(f.queue.state()));
    QVERIFY(!f.queue.wouldChangePlan(f.queue.withOperations({op(Kind::Reactivate, u"u1"_qs)})));
    QVERIFY(!f.queue.wouldChangePlan(
        f.queue.withOperations({op(Kind::GrantLicence, u"u1"_qs, u"Lucidchart"_qs)})));
    QVERIFY(f.queue.wouldChangePlan(f.queue.withOperations({op(Kind::Reactivate, u"u4"_qs)})));
    f.add({op(Kind::Deactivate, u"u2"_qs)});
    QVERIFY(!f.queue.wouldChangePlan(f.queue.withOperations({op(Kind::Deactivate, u"u2"_qs)})));
    QVERIFY(f.queue.wouldChangePlan(
        f.queue.withOperations({op(Kind::GrantLicence, u"u2"_qs, u"Lucidspark"_qs)})));
    QVERIFY(f.queue.wouldChangePlan(
        f.queue.withIncluded({ChangeQueue::keyOf(f.queue.plan().changes.first())}, false)));
}

QTEST_GUILESS_MAIN(tst_ChangeQueue)
#include "tst_changequeue.moc"
