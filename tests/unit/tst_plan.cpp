#include "changes/Guards.h"
#include "changes/PlanBuilder.h"
#include "changes/PlanDiffModel.h"
#include "changes/PlanFile.h"
#include "changes/PlanModel.h"
#include "changes/RequestEffect.h"
#include "connections/ConnectionProfile.h"
#include "scim/Patch.h"
#include "scim/Preset.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ScimDesk;

namespace {

const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

ConnectionProfile lucidProfile()
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Lucid production");
    return profile;
}

ServiceCapabilities lucidCaps(bool patch = true)
{
    ServiceCapabilities caps;
    caps.patch = patch;
    caps.etag = true;
    caps.filter = true;
    caps.filterMaxResults = 100;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    return caps;
}

QJsonObject user(const QString &id, const QString &userName, bool active = true, bool spark = true)
{
    return QJsonObject {
        {QStringLiteral("schemas"),
         QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"), Lucid}},
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("active"), active},
        {Lucid,
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidchart"), true},
                                    {QStringLiteral("Lucidspark"), spark}}}}},
        {QStringLiteral("meta"),
         QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"7\"")}}},
    };
}

QJsonObject group(const QString &id, const QString &name, const QStringList &members = {})
{
    QJsonArray list;
    for (const QString &member : members)
        list.append(QJsonObject {{QStringLiteral("value"), member}});
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("displayName"), name},
                        {QStringLiteral("members"), list}};
}

ConnectionProfile byGroupProfile()
{
    ConnectionProfile profile = lucidProfile();
    profile.licenceMode = ConnectionProfile::LicenceMode::Group;
    profile.licenceGroups = {{QStringLiteral("Lucidspark"), QStringLiteral("Spark users")},
                             {QStringLiteral("Lucidchart"), QStringLiteral("Chart users")}};
    return profile;
}

// The licence groups as the service has them: u1 and u2 already in Spark users.
QList<QJsonObject> licenceGroups()
{
    return {group(QStringLiteral("g-spark"), QStringLiteral("Spark users"),
                  {QStringLiteral("u1"), QStringLiteral("u2")}),
            group(QStringLiteral("g-chart"), QStringLiteral("Chart users"))};
}

QStringList memberValues(const QJsonValue &shown)
{
    QStringList values;
    for (const QJsonValue &member : shown.toArray())
        values.append(member.toObject().value(u"value").toString());
    return values;
}

} // namespace

class tst_Plan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deactivate_buildsTheExactRequest();
    void plan_saysWhoMadeIt();
    void sameUserTwice_mergesIntoOneChange();
    void alreadyTrue_plansNothing();
    void delete_supersedesOtherChanges();
    void noPatch_fallsBackToPut();
    void order_respectsDependencies();
    void removeFromGroup_escapesTheMemberFilter();
    void jsonRoundTrip_isLossless();
    void load_refusesBrokenPlans_data();
    void load_refusesBrokenPlans();
    void guards_thresholdAndProtectedAccounts();
    void licencesByGroup_becomeMembershipChangesOfTheLicenceGroup();
    void licencesByGroup_batchedAndOnlyWhatChanges();
    void licencesByGroup_unknownGroupIsAProblemAndSendsNothing();
    void licencesByGroup_newUserJoinsOnceCreated();
    void deactivation_saysWhichLicencesTheUserLoses();
    void reactivation_givesBackTheLicencesTheDeactivationTook();
    void formatTwo_oneChangeALine_createsWithoutTheirAttributes();
    void formatOne_isStillRead();
    void create_attributesNotFromItsBody_areKept();
    void largePlan_isWrittenInOrder();
    void appendJson_isTheCompactJsonOfToJson();
    void attributesAreBodys_onlyWhenExactlyTheBodys();
    void createdAttributes_areWhatFlattenGives_data();
    void createdAttributes_areWhatFlattenGives();
    void createdUser_roundTrip_showsAndSendsTheExactBody();
    void createdUser_review_showsWhatItsBodySets();
    void planFile_sectionsRoundTrip_andPlainPlansReadAsBefore();
    void planFile_refusesTwoSectionsForOneService();
};

void tst_Plan::deactivate_buildsTheExactRequest()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.deactivate(user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com")));
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 1);
    const Change &change = plan.changes.first();
    QCOMPARE(change.kind, Change::Kind::Deactivate);
    QCOMPARE(change.targetName, QStringLiteral("ada@example.com"));
    QCOMPARE(change.attributes().size(), 1);
    QCOMPARE(change.attributes().first().path, QStringLiteral("active"));
    QCOMPARE(change.attributes().first().before, QJsonValue(true));
    QCOMPARE(change.attributes().first().after, QJsonValue(false));
    QCOMPARE(change.request.method, QByteArray("PATCH"));
    QCOMPARE(change.request.path, QByteArray("/Users/lucid-1"));
    QCOMPARE(change.request.ifMatch, QByteArray("W/\"7\""));
    const QJsonObject op = change.request.body().value(u"Operations").toArray().first().toObject();
    QCOMPARE(op.value(u"op").toString(), QStringLiteral("replace"));
    QCOMPARE(op.value(u"path").toString(), QStringLiteral("active"));
    QCOMPARE(op.value(u"value"), QJsonValue(false));
    QCOMPARE(plan.deprovisionCount(), 1);
    QCOMPARE(plan.connectionName, QStringLiteral("Lucid production"));
}

void tst_Plan::plan_saysWhoMadeIt()
{
    // The review and the audit say who made a plan, also where the environment does not (a
    // service, a cron job, a container).
    const QByteArray oldUser = qgetenv("USER");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.deactivate(user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com")));
    const QString createdBy = builder.plan().createdBy;
    QVERIFY(!createdBy.isEmpty());
    qputenv("USER", "alice.admin");
    QCOMPARE(builder.plan().createdBy, QStringLiteral("alice.admin"));
    if (oldUser.isEmpty())
        qunsetenv("USER");
    else
        qputenv("USER", oldUser);
}

void tst_Plan::sameUserTwice_mergesIntoOneChange()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    const QJsonObject ada = user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com"));
    builder.deactivate(ada);
    builder.setLicence(ada, QStringLiteral("Lucidspark"), false);
    builder.deactivate(ada); // again: no second change, no second intent
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 1);
    const Change &change = plan.changes.first();
    QCOMPARE(change.kind, Change::Kind::Deactivate);
    QCOMPARE(change.intents,
             (QStringList {QStringLiteral("deactivate"), QStringLiteral("revoke Lucidspark")}));
    QCOMPARE(change.attributes().size(), 2);
    QCOMPARE(change.request.body().value(u"Operations").toArray().size(), 2);
    QVERIFY(change.warning.contains(u"organisational groups"));
}

void tst_Plan::alreadyTrue_plansNothing()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.setLicence(user(QStringLiteral("lucid-1"), QStringLiteral("a@x"), true, true),
                       QStringLiteral("Lucidspark"), true);
    builder.reactivate(user(QStringLiteral("lucid-2"), QStringLiteral("b@x"), true));
    QVERIFY(builder.plan().changes.isEmpty());

    // Granting then revoking in the same plan cancels out.
    const QJsonObject c = user(QStringLiteral("lucid-3"), QStringLiteral("c@x"), true, false);
    builder.setLicence(c, QStringLiteral("Lucidspark"), true);
    QCOMPARE(builder.plan().changes.size(), 1);
    QCOMPARE(builder.plan().changes.first().kind, Change::Kind::GrantLicence);
    builder.setLicence(c, QStringLiteral("Lucidspark"), false);
    QVERIFY(builder.plan().changes.isEmpty());
}

void tst_Plan::delete_supersedesOtherChanges()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    const QJsonObject ada = user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com"));
    builder.setLicence(ada, QStringLiteral("Lucidspark"), false);
    builder.deleteUser(ada);
    builder.deactivate(ada); // after a delete: ignored
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().kind, Change::Kind::DeleteUser);
    QCOMPARE(plan.changes.first().request.method, QByteArray("DELETE"));
    QCOMPARE(plan.changes.first().request.ifMatch, QByteArray("W/\"7\""));
    QVERIFY(!plan.changes.first().request.hasBody());
    QVERIFY(plan.changes.first().request.bodyJson.isEmpty());
}

void tst_Plan::noPatch_fallsBackToPut()
{
    PlanBuilder builder(lucidProfile(), lucidCaps(false));
    builder.deactivate(user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com")));
    const Change change = builder.plan().changes.first();
    QCOMPARE(change.request.method, QByteArray("PUT"));
    QCOMPARE(change.request.body().value(u"active"), QJsonValue(false));
    QCOMPARE(change.request.body().value(u"userName").toString(),
             QStringLiteral("ada@example.com"));
    QVERIFY(!change.request.body().contains(u"meta"));
}

void tst_Plan::order_respectsDependencies()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    const QJsonObject old = user(QStringLiteral("lucid-9"), QStringLiteral("leaver@example.com"));
    builder.deactivate(old);
    builder.removeFromGroup(group(QStringLiteral("g1"), QStringLiteral("Sales")),
                            QStringLiteral("lucid-9"), QStringLiteral("leaver@example.com"));
    const QString groupId = builder.createGroup(QStringLiteral("New team"));
    const QString created = builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")}});
    builder.addToGroup(group(QStringLiteral("g1"), QStringLiteral("Sales")), created,
                       QStringLiteral("new@example.com"));
    const Plan plan = builder.plan();
    QStringList kinds;
    for (const Change &change : plan.changes)
        kinds.append(Change::kindKey(change.kind));
    QCOMPARE(kinds,
             (QStringList {QStringLiteral("createGroup"), QStringLiteral("createUser"),
                           QStringLiteral("addToGroup"), QStringLiteral("removeFromGroup"),
                           QStringLiteral("deactivate")}));
    const Change &add = plan.changes.at(2);
    QCOMPARE(add.dependsOn, QStringList {created});
    const QJsonObject op = add.request.body().value(u"Operations").toArray().first().toObject();
    QCOMPARE(op.value(u"value").toArray().first().toObject().value(u"value").toString(),
             PlanBuilder::placeholderFor(created));
    QVERIFY(!groupId.isEmpty());
}

void tst_Plan::removeFromGroup_escapesTheMemberFilter()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.removeFromGroup(group(QStringLiteral("g 1"), QStringLiteral("Sales")),
                            QStringLiteral("x\" or \"1"), QStringLiteral("x"));
    const Change change = builder.plan().changes.first();
    QCOMPARE(change.request.path, QByteArray("/Groups/g%201"));
    const QJsonObject op = change.request.body().value(u"Operations").toArray().first().toObject();
    QCOMPARE(op.value(u"path").toString(), QStringLiteral("members[value eq \"x\\\" or \\\"1\"]"));
}

void tst_Plan::jsonRoundTrip_isLossless()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    const QJsonObject ada = user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com"));
    builder.deactivate(ada);
    builder.setLicence(user(QStringLiteral("lucid-2"), QStringLiteral("b@x")),
                       QStringLiteral("LucidscaleCreator"), true);
    builder.deleteUser(user(QStringLiteral("lucid-3"), QStringLiteral("c@x")));
    const QString created = builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")}});
    builder.addToGroup(group(QStringLiteral("g1"), QStringLiteral("Sales")), created,
                       QStringLiteral("new@example.com"));
    Plan plan = builder.plan();
    plan.createdBy = QStringLiteral("admin");
    plan.source = QStringLiteral("gui");
    plan.changes[1].included = false;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QCOMPARE(plan.save(path), QString());
    QString error;
    const auto loaded = Plan::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), plan.toJson());
    QCOMPARE(loaded->changes.size(), plan.changes.size());
    QVERIFY(!loaded->changes.at(1).included);
    QCOMPARE(loaded->changes.first().request, plan.changes.first().request);
    QCOMPARE(loaded->changes.first().attributes(), plan.changes.first().attributes());
    QCOMPARE(loaded->baseUrl, QUrl(QStringLiteral("https://users.lucid.app/scim/v2")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(!text.contains("authorization"));
    QVERIFY(!text.contains("bearer"));
}

void tst_Plan::load_refusesBrokenPlans_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
    QTest::newRow("not a plan") << QByteArray(R"({"users":[]})")
                                << QStringLiteral("not a ScimDesk plan");
    QTest::newRow("future version") << QByteArray(
        R"({"format":"scimdesk-plan","version":99,"connection":{"url":"https://x/v2"}})")
                                    << QStringLiteral("update ScimDesk");
    QTest::newRow("no service") << QByteArray(
        R"({"format":"scimdesk-plan","version":1,"connection":{}})")
                                << QStringLiteral("which service");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"format":"scimdesk-plan","version":1,"connection":{"url":"https://x/v2"},
        "changes":[{"id":"c1","kind":"explode","request":{"method":"PATCH","path":"/Users/1"}}]})")
                                  << QStringLiteral("unknown kind");
    QTest::newRow("bad method") << QByteArray(
        R"({"format":"scimdesk-plan","version":1,"connection":{"url":"https://x/v2"},
        "changes":[{"id":"c1","kind":"deactivate","request":{"method":"GET","path":"/Users/1"}}]})")
                                << QStringLiteral("no valid request");
    QTest::newRow("duplicate id") << QByteArray(
        R"({"format":"scimdesk-plan","version":1,"connection":{"url":"https://x/v2"},
        "changes":[{"id":"c1","kind":"deactivate","request":{"method":"PATCH","path":"/Users/1"}},
                   {"id":"c1","kind":"deactivate","request":{"method":"PATCH","path":"/Users/2"}}]})")
                                  << QStringLiteral("two changes with the id");
    QTest::newRow("dangling dependency")
        << QByteArray(R"({"format":"scimdesk-plan","version":1,"connection":{"url":"https://x/v2"},
        "changes":[{"id":"c1","kind":"addToGroup","dependsOn":["c9"],"request":{"method":"PATCH","path":"/Groups/1"}}]})")
        << QStringLiteral("not in the plan");
    QTest::newRow("self dependency")
        << QByteArray(R"({"format":"scimdesk-plan","version":1,"connection":{"url":"https://x/v2"},
        "changes":[{"id":"c1","kind":"addToGroup","dependsOn":["c1"],"request":{"method":"PATCH","path":"/Groups/1"}}]})")
        << QStringLiteral("Change c1 depends on itself");
    QTest::newRow("dependency cycle")
        << QByteArray(R"({"format":"scimdesk-plan","version":1,"connection":{"url":"https://x/v2"},
        "changes":[{"id":"c0","kind":"addToGroup","request":{"method":"PATCH","path":"/Groups/0"}},
                   {"id":"c1","kind":"addToGroup","dependsOn":["c0","c3"],"request":{"method":"PATCH","path":"/Groups/1"}},
                   {"id":"c2","kind":"addToGroup","dependsOn":["c1"],"request":{"method":"PATCH","path":"/Groups/2"}},
                   {"id":"c3","kind":"addToGroup","dependsOn":["c2"],"request":{"method":"PATCH","path":"/Groups/3"}}]})")
        << QStringLiteral("cycle (c1 → c3 → c2 → c1)");
}

void tst_Plan::load_refusesBrokenPlans()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QString error;
    QVERIFY(!Plan::load(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_Plan::guards_thresholdAndProtectedAccounts()
{
    ConnectionProfile profile = lucidProfile();
    profile.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
    // Default: more than 10 users, or more than 5 % of the directory, whichever is smaller.
    QCOMPARE(Guards::threshold(profile, 100'000), 10);
    QCOMPARE(Guards::threshold(profile, 100), 5);
    QCOMPARE(Guards::threshold(profile, 10), 0);
    profile.deprovisionThreshold = 50; // set for this connection
    QCOMPARE(Guards::threshold(profile, 100'000), 50);
    QCOMPARE(Guards::threshold(profile, 100), 50);

    PlanBuilder builder(profile, lucidCaps());
    for (int i = 0; i < 6; ++i)
        builder.deactivate(user(QStringLiteral("u%1").arg(i), QStringLiteral("u%1@x").arg(i)));
    builder.deleteUser(user(QStringLiteral("admin"), QStringLiteral("Admin@x")));
    Plan plan = builder.plan();
    profile.deprovisionThreshold = -1;
    Guards::Verdict verdict = Guards::check(plan, profile, 100);
    QVERIFY(verdict.refusal.isEmpty());
    QCOMPARE(verdict.deprovisions, 7);
    QVERIFY(verdict.needsConfirmation()); // 7 > 5
    QVERIFY(!Guards::check(plan, profile, 1000).needsConfirmation()); // 7 <= 10

    profile.protectedAccounts = {QStringLiteral("admin@x")};
    verdict = Guards::check(plan, profile, 1000);
    QVERIFY(verdict.refusal.contains(u"Admin@x"));
    // Excluded, the protected account's change is no longer a problem.
    for (Change &change : plan.changes)
        change.included = change.targetName != u"Admin@x";
    QVERIFY(Guards::check(plan, profile, 1000).refusal.isEmpty());

    plan.baseUrl = QUrl(QStringLiteral("https://other.example.com/scim/v2"));
    verdict = Guards::check(plan, profile, 1000);
    QVERIFY(verdict.wrongService);
}

void tst_Plan::licencesByGroup_becomeMembershipChangesOfTheLicenceGroup()
{
    PlanBuilder builder(byGroupProfile(), lucidCaps());
    builder.setGroups(licenceGroups());
    // Grant Lucidspark to u3 and u4 (not members), revoke it from u1 (a member); a title
    // change for u4 stays a user change.
    builder.setLicence(user(QStringLiteral("u3"), QStringLiteral("c@x"), true, false),
                       QStringLiteral("Lucidspark"), true);
    const QJsonObject u4 = user(QStringLiteral("u4"), QStringLiteral("d@x"), true, false);
    QJsonObject u4After = u4;
    u4After.insert(QStringLiteral("title"), QStringLiteral("Engineer"));
    QJsonObject licences = u4After.value(Lucid).toObject();
    licences.insert(
        QStringLiteral("productLicenses"),
        QJsonObject {{QStringLiteral("Lucidchart"), true}, {QStringLiteral("Lucidspark"), true}});
    u4After.insert(Lucid, licences);
    builder.updateUser(u4, u4After); // as an import does
    builder.setLicence(user(QStringLiteral("u1"), QStringLiteral("a@x")),
                       QStringLiteral("Lucidspark"), false);
    QVERIFY(builder.problems().isEmpty());

    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 3);
    const Change &update = plan.changes.at(0);
    QCOMPARE(update.kind, Change::Kind::UpdateUser);
    QCOMPARE(update.attributes().size(), 1); // the title only: the licence is the group's
    QCOMPARE(update.attributes().first().path, u"title"_qs);

    const Change &grant = plan.changes.at(1);
    QCOMPARE(grant.kind, Change::Kind::AddToGroup);
    QCOMPARE(grant.licence, u"Lucidspark"_qs);
    QCOMPARE(grant.label(), u"Grant Lucidspark — add to group"_qs);
    QCOMPARE(grant.targetId, u"g-spark"_qs);
    QCOMPARE(grant.targetName, u"Spark users"_qs);
    QCOMPARE(grant.request.method, QByteArray("PATCH"));
    QCOMPARE(grant.request.path, QByteArray("/Groups/g-spark"));
    const QJsonArray operations = grant.request.body().value(u"Operations").toArray();
    QCOMPARE(operations.size(), 1); // one request for both members
    QCOMPARE(memberValues(operations.first().toObject().value(u"value")),
             (QStringList {QStringLiteral("u3"), QStringLiteral("u4")}));
    QCOMPARE(grant.intents,
             (QStringList {QStringLiteral("grant Lucidspark to c@x"),
                           QStringLiteral("grant Lucidspark to d@x")}));

    const Change &revoke = plan.changes.at(2);
    QCOMPARE(revoke.kind, Change::Kind::RemoveFromGroup);
    QCOMPARE(revoke.label(), u"Revoke Lucidspark — remove from group"_qs);
    QCOMPARE(memberValues(revoke.attributes().first().before), QStringList {QStringLiteral("u1")});

    // Reviewed as what they do to the licence, with the group's request under that heading.
    QCOMPARE(plan.countsText(),
             u"3 changes to send: 1 update user, 1 grant Lucidspark (by group), 1 revoke "
             "Lucidspark (by group)"_qs);
    PlanModel model;
    model.setPlan(plan);
    QStringList headings;
    for (int row = 0; row < model.rowCount(); ++row)
        headings.append(model.index(row, PlanModel::ChangeColumn).data().toString());
    QVERIFY2(headings.contains(u"Grant Lucidspark — add to group \"Spark users\" — 1"_qs),
             qPrintable(headings.join(u" | ")));
    QVERIFY2(headings.contains(u"Revoke Lucidspark — remove from group \"Spark users\" — 1"_qs),
             qPrintable(headings.join(u" | ")));

    // The guards judge the requests: each agrees with what its change says.
    for (const Change &change : plan.changes)
        QCOMPARE(
            RequestEffect::disagreement(change, RequestEffect::of(change.request, lucidCaps())),
            QString());
    // A saved plan keeps which licence a membership change is for.
    QString error;
    const auto reread = Plan::fromJson(plan.toJson(), &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->changes.at(1).licence, u"Lucidspark"_qs);
}

void tst_Plan::licencesByGroup_batchedAndOnlyWhatChanges()
{
    PlanBuilder builder(byGroupProfile(), lucidCaps());
    builder.setGroups(licenceGroups());
    // u2 is already in Spark users: granting it changes nothing. 250 new holders: three requests.
    builder.setLicence(user(QStringLiteral("u2"), QStringLiteral("b@x")),
                       QStringLiteral("Lucidspark"), true);
    for (int i = 0; i < 250; ++i)
        builder.setLicence(
            user(QStringLiteral("n%1").arg(i), QStringLiteral("n%1@x").arg(i), true, false),
            QStringLiteral("Lucidspark"), true);
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 3);
    QList<qsizetype> sizes;
    QSet<QString> ids;
    for (const Change &change : plan.changes) {
        sizes.append(change.attributes().first().after.toArray().size());
        ids.insert(change.id);
    }
    QCOMPARE(sizes, (QList<qsizetype> {100, 100, 50}));
    QCOMPARE(ids.size(), 3);

    // Revoking from someone not in the group cannot work: said, not sent.
    PlanBuilder outside(byGroupProfile(), lucidCaps());
    outside.setGroups(licenceGroups());
    outside.setLicence(user(QStringLiteral("u9"), QStringLiteral("z@x")),
                       QStringLiteral("Lucidspark"), false);
    QVERIFY(outside.plan().changes.isEmpty());
    QCOMPARE(outside.notes().size(), 1);
    QVERIFY2(outside.notes().first().contains(u"z@x holds Lucidspark but is not in the group"),
             qPrintable(outside.notes().first()));
}

void tst_Plan::licencesByGroup_unknownGroupIsAProblemAndSendsNothing()
{
    ConnectionProfile profile = byGroupProfile();
    profile.licenceGroups.insert(QStringLiteral("Lucidspark"), QStringLiteral("Spark Users"));
    PlanBuilder builder(profile, lucidCaps());
    builder.setGroups(licenceGroups()); // "Spark users": the case differs, as Lucid's names do
    builder.setLicence(user(QStringLiteral("u3"), QStringLiteral("c@x"), true, false),
                       QStringLiteral("Lucidspark"), true);
    builder.setLicence(user(QStringLiteral("u3"), QStringLiteral("c@x"), true, false),
                       QStringLiteral("LucidscaleCreator"), true); // no group grants it
    QVERIFY(builder.plan().changes.isEmpty());
    QCOMPARE(builder.problems().size(), 2);
    QVERIFY2(builder.problems().at(0).contains(u"The group \"Spark Users\" that grants Lucidspark "
                                               u"is not on the service"),
             qPrintable(builder.problems().at(0)));
    QVERIFY(builder.problems().at(1).contains(u"no group grants LucidscaleCreator"));
    QVERIFY(builder.problems().at(1).contains(u"--licence-group"));
}

void tst_Plan::licencesByGroup_newUserJoinsOnceCreated()
{
    PlanBuilder builder(byGroupProfile(), lucidCaps());
    builder.setGroups(licenceGroups());
    const QString created = builder.createUser(QJsonObject {
        {QStringLiteral("userName"), QStringLiteral("new@x")},
        {QStringLiteral("schemas"),
         QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"), Lucid}},
        {Lucid,
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidchart"), true},
                                    {QStringLiteral("Lucidspark"), false}}}}}});
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 2);
    const Change &create = plan.changes.at(0);
    QCOMPARE(create.kind, Change::Kind::CreateUser);
    QVERIFY(!create.request.body().contains(Lucid)); // the licence comes with the group
    QVERIFY(!create.request.body().value(u"schemas").toArray().contains(Lucid));
    const Change &join = plan.changes.at(1);
    QCOMPARE(join.kind, Change::Kind::AddToGroup);
    QCOMPARE(join.targetName, u"Chart users"_qs);
    QCOMPARE(join.dependsOn, QStringList {created});
    QCOMPARE(memberValues(join.attributes().first().after),
             QStringList {PlanBuilder::placeholderFor(created)});
}

void tst_Plan::deactivation_saysWhichLicencesTheUserLoses()
{
    for (const ConnectionProfile &profile : {lucidProfile(), byGroupProfile()}) {
        PlanBuilder builder(profile, lucidCaps());
        builder.setGroups(licenceGroups());
        builder.deactivate(user(QStringLiteral("u1"), QStringLiteral("a@x")));
        const Plan plan = builder.plan();
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.first().warning,
                 u"Deactivating takes away the user's licences: Lucidchart, Lucidspark."_qs);
    }
    // A service that keeps licences says nothing of them, but the plan still knows what the
    // user held (for a reactivation, and to learn from what the service answers).
    ConnectionProfile generic = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    PlanBuilder builder(generic, lucidCaps());
    builder.deactivate(user(QStringLiteral("u1"), QStringLiteral("a@x")));
    Change deactivation = builder.plan().changes.first();
    QVERIFY(deactivation.warning.isEmpty());
    QVERIFY(deactivation.licencesLost.isEmpty());
    QCOMPARE(deactivation.licencesHeld, QStringList({u"Lucidchart"_qs, u"Lucidspark"_qs}));
    // Once an apply has shown that this service takes them away, its plans say so.
    generic.deactivationRevokesLicences = true;
    PlanBuilder learnt(generic, lucidCaps());
    learnt.deactivate(user(QStringLiteral("u1"), QStringLiteral("a@x")));
    deactivation = learnt.plan().changes.first();
    QCOMPARE(deactivation.licencesLost, QStringList({u"Lucidchart"_qs, u"Lucidspark"_qs}));
    QVERIFY(deactivation.warning.startsWith(u"Deactivating takes away"));
    // And the other way round: a Lucid account seen keeping them.
    ConnectionProfile keeps = lucidProfile();
    keeps.deactivationRevokesLicences = false;
    PlanBuilder kept(keeps, lucidCaps());
    kept.deactivate(user(QStringLiteral("u1"), QStringLiteral("a@x")));
    QVERIFY(kept.plan().changes.first().licencesLost.isEmpty());
}

void tst_Plan::reactivation_givesBackTheLicencesTheDeactivationTook()
{
    const QHash<QString, QStringList> history {
        {QStringLiteral("u1"), {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")}}};
    // Deactivated users hold no licences on Lucid.
    QJsonObject u1 = user(QStringLiteral("u1"), QStringLiteral("a@x"), false, false);
    u1.insert(Lucid,
              QJsonObject {{QStringLiteral("productLicenses"),
                            QJsonObject {{QStringLiteral("Lucidchart"), false},
                                         {QStringLiteral("Lucidspark"), false}}}});
    QJsonObject u2 = u1;
    u2.insert(QStringLiteral("id"), QStringLiteral("u2"));
    u2.insert(QStringLiteral("userName"), QStringLiteral("b@x"));

    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.setLicenceHistory(history);
    builder.reactivate(u1);
    builder.reactivate(u2); // no record
    Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 3);
    const Change &reactivated = plan.changes.at(0);
    QCOMPARE(reactivated.kind, Change::Kind::Reactivate);
    QCOMPARE(reactivated.request.body().value(u"Operations").toArray().size(), 1);
    QVERIFY(reactivated.warning.isEmpty());
    // The licences come back in a change of their own, after the reactivation, that the admin
    // can leave out.
    const Change &restored = plan.changes.at(1);
    QCOMPARE(restored.kind, Change::Kind::GrantLicence);
    QCOMPARE(restored.targetId, u"u1"_qs);
    QCOMPARE(restored.dependsOn, QStringList {reactivated.id});
    QCOMPARE(restored.intents,
             QStringList {u"restore Lucidchart, Lucidspark (held before the deactivation)"_qs});
    QCOMPARE(restored.request.body().value(u"Operations").toArray().size(), 2);
    QVERIFY(restored.request.ifMatch.isEmpty()); // the reactivation changes the version
    QVERIFY2(plan.changes.at(2).warning.contains(u"no record of the licences"),
             qPrintable(plan.changes.at(2).warning));
    QVERIFY(plan.dependencyCycle().isEmpty());
    for (const Change &change : plan.changes)
        QCOMPARE(
            RequestEffect::disagreement(change, RequestEffect::of(change.request, lucidCaps())),
            QString());

    // Without the history (--no-restore-licences), a reactivation is only that.
    PlanBuilder plain(lucidProfile(), lucidCaps());
    plain.reactivate(u1);
    QCOMPARE(plain.plan().changes.first().intents, QStringList {QStringLiteral("reactivate")});

    // By group: a user who left the licence group joins it again; one still in it (Lucid keeps
    // memberships) needs nothing, the service gives the group's licences back itself.
    PlanBuilder byGroup(byGroupProfile(), lucidCaps());
    byGroup.setGroups(licenceGroups()); // u1 is in Spark users, not in Chart users
    QJsonObject u3 = u1; // not in either group
    u3.insert(QStringLiteral("id"), QStringLiteral("u3"));
    u3.insert(QStringLiteral("userName"), QStringLiteral("c@x"));
    byGroup.setLicenceHistory({{QStringLiteral("u1"), history.value(QStringLiteral("u1"))},
                               {QStringLiteral("u3"), {QStringLiteral("Lucidchart")}}});
    byGroup.reactivate(u1);
    byGroup.reactivate(u3);
    plan = byGroup.plan();
    QCOMPARE(plan.changes.size(), 4);
    QCOMPARE(plan.changes.at(0).kind, Change::Kind::Reactivate);
    QCOMPARE(plan.changes.at(0).request.body().value(u"Operations").toArray().size(), 1);
    QVERIFY2(plan.changes.at(0).intents.contains(
                 u"Lucidspark comes back with the group \"Spark users\""_qs),
             qPrintable(plan.changes.at(0).intents.join(u"; ")));
    // Each user's restoration is a change of its own, after that user's reactivation, so the
    // admin can leave out one without the other.
    for (const int i : {2, 3}) {
        const Change &restoring = plan.changes.at(i);
        QCOMPARE(restoring.kind, Change::Kind::AddToGroup);
        QCOMPARE(restoring.licence, u"Lucidchart"_qs);
        QCOMPARE(restoring.targetName, u"Chart users"_qs);
        const QString who = i == 2 ? u"u1"_qs : u"u3"_qs;
        QCOMPARE(memberValues(restoring.attributes().first().after), QStringList {who});
        const auto reactivation
            = std::find_if(plan.changes.cbegin(), plan.changes.cend(), [&](const Change &c) {
                  return c.targetId == who && c.kind == Change::Kind::Reactivate;
              });
        QCOMPARE(restoring.dependsOn, QStringList {reactivation->id});
        QCOMPARE(restoring.label(), u"Grant Lucidchart — add to group"_qs);
        QCOMPARE(RequestEffect::disagreement(restoring,
                                             RequestEffect::of(restoring.request, lucidCaps())),
                 QString());
    }
    QCOMPARE(plan.changes.at(2).intents,
             QStringList {u"restore Lucidchart to a@x (held before the deactivation)"_qs});

    // Asked for in so many words (revoke after the reactivation): that wins over restoring.
    byGroup.setLicence(u3, QStringLiteral("Lucidchart"), false);
    plan = byGroup.plan();
    QCOMPARE(plan.changes.size(), 3);
    QVERIFY(std::none_of(plan.changes.cbegin(), plan.changes.cend(), [](const Change &c) {
        return c.kind == Change::Kind::AddToGroup
            && c.attributes().first().after.toArray().contains(
                QJsonObject {{QStringLiteral("value"), QStringLiteral("u3")},
                             {QStringLiteral("display"), QStringLiteral("c@x")}});
    }));
}

void tst_Plan::formatTwo_oneChangeALine_createsWithoutTheirAttributes()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.deactivate(user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com")));
    builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("new@example.com")},
                     {QStringLiteral("name"),
                      QJsonObject {{QStringLiteral("givenName"), QStringLiteral("New")}}},
                     {Lucid,
                      QJsonObject {{QStringLiteral("productLicenses"),
                                    QJsonObject {{QStringLiteral("Lucidchart"), true}}}}}});
    builder.createGroup(QStringLiteral("Sales"));
    const Plan plan = builder.plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QCOMPARE(plan.save(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    // The header, a line for each change, the end.
    QCOMPARE(lines.size(), 2 + plan.changes.size());
    QVERIFY(lines.first().contains("\"version\":2"));
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        const Change &change = plan.changes.at(i);
        QVERIFY(lines.at(i + 1).contains(QStringLiteral("\"id\":\"%1\"").arg(change.id).toUtf8()));
        // A create's attributes are its body's: not written twice.
        QCOMPARE(lines.at(i + 1).contains("\"attributes\""), !change.isCreate());
    }
    QString error;
    const auto loaded = Plan::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    for (qsizetype i = 0; i < plan.changes.size(); ++i)
        QCOMPARE(loaded->changes.at(i).attributes(), plan.changes.at(i).attributes());
    for (const Change &change : loaded->changes)
        QCOMPARE(
            RequestEffect::disagreement(change, RequestEffect::of(change.request, lucidCaps())),
            QString());
}

void tst_Plan::formatOne_isStillRead()
{
    // As version 1 wrote it: indented, every change with its attributes.
    const QByteArray text = R"plan({
    "changes": [
        {
            "attributes": [
                {"after": "old@example.com", "path": "userName"}
            ],
            "id": "c0001", "included": true, "intents": ["create (row 2)"], "kind": "createUser",
            "request": {"body": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                 "userName": "old@example.com"},
                        "method": "POST", "path": "/Users"},
            "resourceType": "User", "targetName": "old@example.com"
        },
        {
            "attributes": [{"after": false, "before": true, "path": "active"}],
            "id": "c0002", "included": true, "intents": ["deactivate"], "kind": "deactivate",
            "request": {"body": {"Operations": [{"op": "replace", "path": "active", "value": false}],
                                 "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"]},
                        "ifMatch": "W/\"7\"", "method": "PATCH", "path": "/Users/lucid-1"},
            "resourceType": "User", "targetId": "lucid-1", "targetName": "ada@example.com"
        }
    ],
    "connection": {"name": "Lucid production", "preset": "lucid", "url": "https://users.lucid.app/scim/v2"},
    "created": "2026-11-01T10:00:00Z", "createdBy": "admin", "format": "scimdesk-plan",
    "source": "gui", "version": 1
})plan";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QString error;
    const auto loaded = Plan::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->changes.size(), 2);
    QCOMPARE(loaded->changes.at(0).attributes().size(), 1);
    QCOMPARE(loaded->changes.at(0).attributes().first().path, QStringLiteral("userName"));
    QCOMPARE(loaded->changes.at(1).attributes().first().after, QJsonValue(false));
    // Saved again, it is format 2 and reads back the same.
    const QString again = dir.filePath(QStringLiteral("v2.json"));
    QCOMPARE(loaded->save(again), QString());
    const auto reloaded = Plan::load(again, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->toJson(), loaded->toJson());
}

void tst_Plan::create_attributesNotFromItsBody_areKept()
{
    // Whatever made them, attributes that are not the body's are written, so that a guard can
    // still find an edited plan inconsistent.
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.createUser(QJsonObject {{QStringLiteral("userName"), QStringLiteral("n@x")}});
    Plan plan = builder.plan();
    plan.changes[0].addAttribute(
        {QStringLiteral("title"), QJsonValue(QJsonValue::Undefined), QStringLiteral("CEO")});
    QCOMPARE(plan.changes[0].attributes().size(), 2);
    QString error;
    const auto read = Plan::fromJson(
        QJsonDocument::fromJson(QJsonDocument(plan.toJson()).toJson()).object(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->changes.first().attributes(), plan.changes.first().attributes());
    const Change &edited = read->changes.first();
    QVERIFY(!RequestEffect::disagreement(edited, RequestEffect::of(edited.request, lucidCaps()))
                 .isEmpty());
}

void tst_Plan::largePlan_isWrittenInOrder()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    for (int i = 0; i < 5'003; ++i)
        builder.createUser(
            QJsonObject {{QStringLiteral("userName"), QStringLiteral("u%1@example.com").arg(i)}});
    const Plan plan = builder.plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QCOMPARE(plan.save(path), QString());
    QString error;
    const auto loaded = Plan::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->changes.size(), plan.changes.size());
    for (qsizetype i = 0; i < plan.changes.size(); ++i)
        QCOMPARE(loaded->changes.at(i).targetName, plan.changes.at(i).targetName);
}

void tst_Plan::appendJson_isTheCompactJsonOfToJson()
{
    // Every kind of member a change may have, escapes too: a plan file is written with
    // appendJson() and must say what toJson() says.
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.deactivate(user(QStringLiteral("lucid-1"), QStringLiteral("ada@example.com")),
                       QStringLiteral("not in the file"));
    builder.setLicence(user(QStringLiteral("lucid-2"), QStringLiteral("b@x")),
                       QStringLiteral("LucidscaleCreator"), true);
    builder.deleteUser(user(QStringLiteral("lucid-3"), QStringLiteral("c@x")), QString(),
                       user(QStringLiteral("lucid-3"), QStringLiteral("c@x")));
    const QString created = builder.createUser(QJsonObject {
        {QStringLiteral("userName"), QStringLiteral("n\u00e9w \"quoted\"\\\t@example.com")},
        {QStringLiteral("name"),
         QJsonObject {{QStringLiteral("givenName"), QStringLiteral("N\u00e9w")},
                      {QStringLiteral("familyName"), QStringLiteral("\u2603")}}},
        {QStringLiteral("emails"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("n@example.com")},
                                  {QStringLiteral("primary"), true}}}},
        {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
         QJsonObject {{QStringLiteral("department"), QStringLiteral("R&D")},
                      {QStringLiteral("manager"),
                       QJsonObject {{QStringLiteral("value"), QStringLiteral("m1")}}}}},
        {QStringLiteral("x-count"), 3},
        {QStringLiteral("x-ratio"), 0.5}});
    builder.addToGroup(group(QStringLiteral("g1"), QStringLiteral("Sales")), created,
                       QStringLiteral("new@example.com"));
    builder.createGroup(QStringLiteral("Caf\u00e9 \"Team\""));
    Plan plan = builder.plan();
    plan.changes[0].included = false;
    plan.changes[0].warning = QStringLiteral("a \"warning\"\n");
    plan.changes[0].licence = QStringLiteral("Lucidspark");
    plan.changes[0].licencesLost = {QStringLiteral("Lucidchart")};
    plan.changes[0].licencesHeld = {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")};
    QVERIFY(plan.changes.size() >= 6);
    for (const Change &change : std::as_const(plan.changes)) {
        QByteArray written;
        change.appendJson(written);
        QCOMPARE(written, QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact));
    }
}

void tst_Plan::attributesAreBodys_onlyWhenExactlyTheBodys()
{
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("n@x")},
                     {QStringLiteral("name"),
                      QJsonObject {{QStringLiteral("givenName"), QStringLiteral("N")},
                                   {QStringLiteral("familyName"), QStringLiteral("X")}}},
                     {Lucid,
                      QJsonObject {{QStringLiteral("productLicenses"),
                                    QJsonObject {{QStringLiteral("Lucidchart"), true}}}}}});
    const Change created = builder.plan().changes.first();
    QVERIFY(created.attributes().size() >= 4);
    QVERIFY(created.attributesAreBodys());

    // Each edit makes the attributes differ from the body's; asked without building them.
    const QList<std::function<void(QList<AttributeChange> &)>> edits {
        [](auto &a) { a.removeLast(); },
        [](auto &a) { a.append(a.last()); },
        [](auto &a) { a.swapItemsAt(0, 1); },
        [](auto &a) { a[1].after = QStringLiteral("other"); },
        [](auto &a) { a[1].before = QStringLiteral("was"); },
        [](auto &a) { a[1].path += u'x'; },
        [](auto &a) {
            a.append({QStringLiteral("zzz"), QJsonValue(QJsonValue::Undefined), true});
        },
    };
    for (const auto &edit : edits) {
        Change change = created;
        QList<AttributeChange> attributes = change.attributes();
        edit(attributes);
        change.setAttributes(attributes);
        QVERIFY(change.attributes() != Change::createdAttributes(change.request.body()));
        QVERIFY(!change.attributesAreBodys());
    }
}

void tst_Plan::createdAttributes_areWhatFlattenGives_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("reserved keys")
        << QByteArray(R"({"id":"1","meta":{"version":"W/\"1\""},"schemas":["s"],"userName":"u"})");
    QTest::newRow("nested and extension") << QByteArray(
        R"({"name":{"givenName":"G","familyName":"F"},"emails":[{"value":"a@b"}],)"
        R"("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":)"
        R"({"department":"D","manager":{"value":"m","displayName":"M"}},"active":true})");
    QTest::newRow("keys out of path order") << QByteArray(
        R"({"a":{"x":1,"b-c":2},"a-b":3,"a!":4,"a.0":5,"URN:X:User":{"k":{"z":1,"y":2}},)"
        R"("urn:X:User:a":6})");
    QTest::newRow("a path twice") << QByteArray(R"({"name":{"x":"nested"},"name.x":"flat"})");
    QTest::newRow("deeper objects stay whole")
        << QByteArray(R"({"a":{"b":{"c":1}},"urn:e:User":{"x":{"y":{"z":2}}},"urn:f":3})");
}

void tst_Plan::createdAttributes_areWhatFlattenGives()
{
    QFETCH(QByteArray, body);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QList<AttributeChange> expected;
    const QMap<QString, QJsonValue> flat = Patch::flatten(object);
    for (auto it = flat.cbegin(); it != flat.cend(); ++it)
        expected.append({it.key(), QJsonValue(QJsonValue::Undefined), it.value()});
    QCOMPARE(Change::createdAttributes(object), expected);
    QCOMPARE(Change::createdAttributes(object), expected); // nothing left over from the last
    Change change;
    change.kind = Change::Kind::CreateUser;
    change.request.setBody(object);
    change.setAttributes(expected);
    QCOMPARE(change.attributesAreBodys(), QTest::currentDataTag() != QByteArray("a path twice"));
    change.setAttributesFromBody();
    QVERIFY(change.attributesAreBodys());
    QCOMPARE(change.attributes(), expected);
}

void tst_Plan::createdUser_roundTrip_showsAndSendsTheExactBody()
{
    // What the review shows of a new user (its attributes) and what apply sends (its body)
    // come back from the file exactly as planned.
    const QJsonObject resource {
        {QStringLiteral("userName"), QStringLiteral("hire.1@example.com")},
        {QStringLiteral("active"), true},
        {QStringLiteral("displayName"), QStringLiteral("Given1 Family1")},
        {QStringLiteral("emails"),
         QJsonArray {
             QJsonObject {{QStringLiteral("primary"), true},
                          {QStringLiteral("type"), QStringLiteral("work")},
                          {QStringLiteral("value"), QStringLiteral("hire.1@example.com")}}}},
        {QStringLiteral("name"),
         QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Given1")},
                      {QStringLiteral("familyName"), QStringLiteral("Family1")}}},
        {QStringLiteral("schemas"),
         QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"),
                     QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")}},
        {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
         QJsonObject {{QStringLiteral("department"), QStringLiteral("Sales")}}}};
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.createUser(resource, QStringLiteral("row 2"));
    const Plan plan = builder.plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hires.json"));
    QCOMPARE(plan.save(path), QString());
    QString error;
    const auto loaded = Plan::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->changes.size(), 1);
    const Change &change = loaded->changes.first();
    QCOMPARE(change.request.body(), resource);
    // What apply sends: the body's compact JSON text, byte for byte.
    QCOMPARE(change.request.bodyJson, QJsonDocument(resource).toJson(QJsonDocument::Compact));
    QCOMPARE(change.request, plan.changes.first().request);
    QCOMPARE(change.request.method, QByteArray("POST"));
    QCOMPARE(change.request.path, QByteArray("/Users"));
    QCOMPARE(change.attributes(), plan.changes.first().attributes());
    QCOMPARE(change.attributes(), Change::createdAttributes(resource));
    QCOMPARE(change.intents, QStringList {QStringLiteral("create (row 2)")});
    QCOMPARE(RequestEffect::disagreement(change, RequestEffect::of(change.request, lucidCaps())),
             QString());
}

void tst_Plan::createdUser_review_showsWhatItsBodySets()
{
    // A new user's rows in the review, from the plan as made and as read back from its file:
    // each attribute its body sets, absent before, with the value it is given.
    PlanBuilder builder(lucidProfile(), lucidCaps());
    builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("n@x")},
                     {QStringLiteral("title"), QStringLiteral("Engineer")},
                     {QStringLiteral("name"),
                      QJsonObject {{QStringLiteral("givenName"), QStringLiteral("N")},
                                   {QStringLiteral("familyName"), QStringLiteral("X")}}}},
        QStringLiteral("row 2"));
    const Plan made = builder.plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QCOMPARE(made.save(path), QString());
    QString error;
    const auto loaded = Plan::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    const QStringList shown {u"familyName"_qs, u"givenName"_qs, u"title"_qs, u"userName"_qs};
    for (const Plan &plan : {made, *loaded}) {
        PlanDiffModel model;
        QAbstractItemModelTester tester(&model);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex create = model.index(0, 0);
        QCOMPARE(model.index(0, PlanDiffModel::AfterColumn).data().toString(), u"4 attributes"_qs);
        QCOMPARE(model.rowCount(create), 4);
        for (int row = 0; row < 4; ++row) {
            const AttributeChange attribute = plan.changes.first().attributes().at(row);
            QVERIFY2(attribute.path.endsWith(shown.at(row)), qPrintable(attribute.path));
            QCOMPARE(model.index(row, PlanDiffModel::ChangeColumn, create).data().toString(),
                     PlanDiffModel::attributeTitle(attribute.path));
            QCOMPARE(model.index(row, PlanDiffModel::BeforeColumn, create).data().toString(),
                     Change::valueText(QJsonValue(QJsonValue::Undefined)));
            QCOMPARE(model.index(row, PlanDiffModel::AfterColumn, create).data().toString(),
                     Change::valueText(attribute.after));
        }
        QCOMPARE(model.index(3, PlanDiffModel::AfterColumn, create).data().toString(),
                 u"\"n@x\""_qs);
    }
}

void tst_Plan::planFile_sectionsRoundTrip_andPlainPlansReadAsBefore()
{
    QTemporaryDir dir;
    // A plain plan: version 2 on disk, one section, not sectioned.
    PlanBuilder lucid(lucidProfile(), lucidCaps());
    lucid.deactivate(user(QStringLiteral("u1"), QStringLiteral("ada@example.com")),
                     QStringLiteral("offboarding ada@example.com"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.json"));
    QCOMPARE(lucid.plan().save(plainPath), QString());
    QString error;
    const auto plain = PlanFile::load(plainPath, &error);
    QVERIFY2(plain, qPrintable(error));
    QVERIFY(!plain->sectioned);
    QCOMPARE(plain->sections.size(), 1);
    QCOMPARE(plain->sections.first().changes.size(), 1);

    // Two sections, who was not found where, and a connection not searched.
    ConnectionProfile wiki = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    wiki.name = QStringLiteral("Wiki");
    wiki.baseUrl = QUrl(QStringLiteral("https://wiki.example.com/scim/v2"));
    PlanBuilder generic(wiki, ServiceCapabilities());
    generic.deleteUser(user(QStringLiteral("w1"), QStringLiteral("ada.wiki")));
    PlanFile file;
    file.sectioned = true;
    file.source = QStringLiteral("offboard:ada@example.com");
    file.sections = {lucid.plan(), generic.plan()};
    file.notFound.insert(QStringLiteral("Chat"), {QStringLiteral("ada@example.com")});
    file.notSearched.insert(QStringLiteral("Slack"), QStringLiteral("The token was rejected"));
    const QString path = dir.filePath(QStringLiteral("sections.json"));
    QCOMPARE(file.save(path), QString());
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(raw.readAll()).object().value(u"version").toInt(), 3);
    const auto read = PlanFile::load(path, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->sectioned);
    QCOMPARE(read->sections.size(), 2);
    QCOMPARE(read->sections.at(1).connectionName, QStringLiteral("Wiki"));
    QCOMPARE(read->sections.at(1).changes.first().kind, Change::Kind::DeleteUser);
    QCOMPARE(read->notFound.value(QStringLiteral("Chat")), QStringList {u"ada@example.com"_qs});
    QVERIFY(read->notSearched.value(QStringLiteral("Slack")).contains(u"rejected"));
    QCOMPARE(read->deprovisionCount(), 2);
    QVERIFY2(read->countsText().contains(u"Wiki: 1 change"), qPrintable(read->countsText()));
    // The single-plan reader does not take a sectioned file for one plan.
    QVERIFY(!Plan::load(path, &error));
}

void tst_Plan::planFile_refusesTwoSectionsForOneService()
{
    PlanBuilder first(lucidProfile(), lucidCaps());
    first.deactivate(user(QStringLiteral("u1"), QStringLiteral("ada@example.com")));
    PlanBuilder second(lucidProfile(), lucidCaps());
    second.deactivate(user(QStringLiteral("u2"), QStringLiteral("grace@example.com")));
    PlanFile file;
    file.sectioned = true;
    file.sections = {first.plan(), second.plan()};
    QString error;
    QVERIFY(!PlanFile::fromJson(file.toJson(), &error));
    QVERIFY2(error.contains(u"same service"), qPrintable(error));
    QJsonObject empty = file.toJson();
    empty.insert(QStringLiteral("sections"), QJsonArray());
    QVERIFY(!PlanFile::fromJson(empty, &error));
    QVERIFY2(error.contains(u"no sections"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
