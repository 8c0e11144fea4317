#include "changes/ApplySession.h"
#include "changes/ChangeQueue.h"
#include "changes/PlanBuilder.h"
#include "changes/PlanModel.h"
#include "directory/Directory.h"
#include "scim/Preset.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
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

} // namespace

class tst_ChangeQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    const QJsonArray operations = deactivate->request.body.value(u"Operations").toArray();
    QCOMPARE(operations.size(), 1);
    QCOMPARE(deactivate->attributes.size(), 1);
    QCOMPARE(deactivate->attributes.first().path, QStringLiteral("active"));
    QCOMPARE(deactivate->attributes.first().before, QJsonValue(true));
    QCOMPARE(deactivate->attributes.first().after, QJsonValue(false));
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
    QCOMPARE(plan.changes.first().attributes.size(), 2);

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
    const QByteArray body = QJsonDocument(membership.request.body).toJson(QJsonDocument::Compact);
    QVERIFY2(body.contains("\"value\":\"lucid-77\""), body.constData());
    QVERIFY(!body.contains("${created"));
    QVERIFY(membership.included);
    // Whatever a service's ids hold, the request stays valid JSON.
    const QByteArray odd = PlanBuilder::withCreatedId(
        R"({"value":"${created:c1}"})", QStringLiteral("c1"), QStringLiteral("a\"b\\c"));
    QCOMPARE(QJsonDocument::fromJson(odd).object().value(u"value").toString(),
             QStringLiteral("a\"b\\c"));
}

void tst_ChangeQueue::replacement_saysWhereItCameFrom()
{
    // An import's plan is not a plan file: what stops a new operation says which it is.
    Fixture f;
    QVERIFY(f.queue.whyNoOperations().isEmpty());
    f.add({op(Kind::Deactivate, QStringLiteral("u1"))});
    const Plan plan = f.queue.plan();
    f.queue.setState(f.queue.withReplacement(plan, Origin::Import, QStringLiteral("hr.csv")));
    QVERIFY(!f.queue.acceptsOperations());
    QVERIFY2(f.queue.whyNoOperations().contains(u"the import of hr.csv"),
             qPrintable(f.queue.whyNoOperations()));
    f.queue.setState(f.queue.withReplacement(plan, Origin::PlanFile, QStringLiteral("p.json")));
    QVERIFY2(f.queue.whyNoOperations().contains(u"the plan file p.json"),
             qPrintable(f.queue.whyNoOperations()));
}

QTEST_GUILESS_MAIN(tst_ChangeQueue)
#include "tst_changequeue.moc"
