#include "changes/Guards.h"
#include "changes/PlanBuilder.h"
#include "changes/RequestEffect.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ScimDesk;

namespace {

const QString Lucid = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

ServiceCapabilities lucidCaps(bool patch)
{
    ServiceCapabilities caps;
    caps.patch = patch;
    caps.etag = true;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    return caps;
}

ConnectionProfile lucidProfile()
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Lucid");
    profile.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
    return profile;
}

QJsonObject user(const QString &id, bool active = true)
{
    return QJsonObject {
        {QStringLiteral("schemas"),
         QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"), Lucid}},
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), QString(id + u"@x")},
        {QStringLiteral("active"), active},
        {Lucid,
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidspark"), false}}}}},
        {QStringLiteral("meta"),
         QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"1\"")}}},
    };
}

// Every kind of change the program itself makes.
Plan everyKind(bool patch)
{
    PlanBuilder builder(lucidProfile(), lucidCaps(patch));
    builder.deactivate(user(QStringLiteral("u1")));
    builder.reactivate(user(QStringLiteral("u2"), false));
    builder.deleteUser(user(QStringLiteral("u3")));
    builder.setLicence(user(QStringLiteral("u4")), QStringLiteral("Lucidspark"), true);
    QJsonObject spark = user(QStringLiteral("u5"));
    spark.insert(Lucid,
                 QJsonObject {{QStringLiteral("productLicenses"),
                               QJsonObject {{QStringLiteral("Lucidspark"), true}}}});
    builder.setLicence(spark, QStringLiteral("Lucidspark"), false);
    builder.updateUser(user(QStringLiteral("u6")),
                       QJsonObject {{QStringLiteral("displayName"), QStringLiteral("Six")}});
    builder.updateUser(user(QStringLiteral("u7"), false),
                       QJsonObject {{QStringLiteral("displayName"), QStringLiteral("Seven")}});
    const QString created = builder.createUser(QJsonObject {
        {QStringLiteral("userName"), QStringLiteral("new@x")}, {QStringLiteral("active"), true}});
    const QJsonObject g {{QStringLiteral("id"), QStringLiteral("g1")},
                         {QStringLiteral("displayName"), QStringLiteral("Team")}};
    builder.addToGroup(g, QStringLiteral("u6"), QStringLiteral("u6@x"));
    builder.addToGroup(g, created, QStringLiteral("new@x"));
    builder.removeFromGroup(g, QStringLiteral("u8"), QStringLiteral("u8@x"));
    builder.createGroup(QStringLiteral("New team"));
    return builder.plan();
}

} // namespace

// What a request does, read from its method, path and body; the guards judge that.
class tst_RequestEffect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data();
    void of();
    void everyChangeThePlanBuilderMakes_isConsistent_data();
    void everyChangeThePlanBuilderMakes_isConsistent();
    void editedChange_isInconsistent_data();
    void editedChange_isInconsistent();
    void guards_countWhatRequestsDo();
    void guards_protectedAccountMatchedById();
    void describe_saysWhatTheRequestDoes();
};

void tst_RequestEffect::of_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("expected"); // flags, see of()

    QTest::newRow("patch active false")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(R"({"Operations":[{"op":"replace","path":"active","value":false}]})")
        << QStringLiteral("User u1 deactivates");
    QTest::newRow("patch Active string False, upper case op")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(R"({"Operations":[{"op":"Replace","path":"Active","value":"False"}]})")
        << QStringLiteral("User u1 deactivates");
    QTest::newRow("patch without path")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(R"({"Operations":[{"op":"replace","value":{"active":false}}]})")
        << QStringLiteral("User u1 deactivates");
    QTest::newRow("patch core urn path")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(
               R"({"Operations":[{"op":"replace","path":"urn:ietf:params:scim:schemas:core:2.0:User:active","value":false}]})")
        << QStringLiteral("User u1 deactivates");
    QTest::newRow("patch remove active")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(R"({"Operations":[{"op":"remove","path":"active"}]})")
        << QStringLiteral("User u1 deactivates");
    QTest::newRow("patch active true")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(R"({"Operations":[{"op":"replace","path":"active","value":true}]})")
        << QStringLiteral("User u1 reactivates");
    QTest::newRow("put active false") << QByteArray("PUT") << QByteArray("/Users/u1")
                                      << json(R"({"id":"u1","userName":"a","active":false})")
                                      << QStringLiteral("User u1 replaces deactivates");
    QTest::newRow("delete") << QByteArray("DELETE") << QByteArray("/Users/u9") << QJsonObject()
                            << QStringLiteral("User u9 deletes");
    QTest::newRow("post user") << QByteArray("POST") << QByteArray("/Users")
                               << json(R"({"userName":"n","active":true})")
                               << QStringLiteral("User  creates");
    QTest::newRow("licence granted")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(
               R"({"Operations":[{"op":"add","path":"urn:ietf:params:scim:schemas:extension:lucid:2.0:User:productLicenses.Lucidspark","value":true}]})")
        << QStringLiteral("User u1 grants:Lucidspark");
    QTest::newRow("licences as an object")
        << QByteArray("PATCH") << QByteArray("/Users/u1")
        << json(
               R"({"Operations":[{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:lucid:2.0:User:productLicenses","value":{"Lucidchart":false}}]})")
        << QStringLiteral("User u1 revokes:Lucidchart");
    QTest::newRow("members added")
        << QByteArray("PATCH") << QByteArray("/Groups/g1")
        << json(
               R"({"Operations":[{"op":"add","path":"members","value":[{"value":"u1"},{"value":"u2"}]}]})")
        << QStringLiteral("Group g1 added:u1,u2");
    QTest::newRow("member removed by filter")
        << QByteArray("PATCH") << QByteArray("/Groups/g1")
        << json(R"({"Operations":[{"op":"remove","path":"members[value eq \"u1\"]"}]})")
        << QStringLiteral("Group g1 removed:u1");
    QTest::newRow("members replaced")
        << QByteArray("PATCH") << QByteArray("/Groups/g1")
        << json(R"({"Operations":[{"op":"replace","path":"members","value":[{"value":"u1"}]}]})")
        << QStringLiteral("Group g1 replacesMembers added:u1");
    QTest::newRow("all members removed")
        << QByteArray("PATCH") << QByteArray("/Groups/g1")
        << json(R"({"Operations":[{"op":"remove","path":"members"}]})")
        << QStringLiteral("Group g1 replacesMembers");
    QTest::newRow("patch without operations")
        << QByteArray("PATCH") << QByteArray("/Users/u1") << json(R"({"active":false})")
        << QStringLiteral("User u1 problem");
    QTest::newRow("delete a collection") << QByteArray("DELETE") << QByteArray("/Users")
                                         << QJsonObject() << QStringLiteral("User  problem");
    QTest::newRow("outside") << QByteArray("DELETE") << QByteArray("/../../admin/secret")
                             << QJsonObject() << QStringLiteral("outside");
}

void tst_RequestEffect::of()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, expected);
    PlannedRequest request;
    request.method = method;
    request.path = path;
    request.setBody(body);
    const RequestEffect effect = RequestEffect::of(request, ServiceCapabilities());
    if (!effect.target.isValid()) {
        QCOMPARE(QStringLiteral("outside"), expected);
        return;
    }
    QStringList flags {effect.resourceType(), effect.targetId()};
    if (!effect.problem.isEmpty())
        flags.append(QStringLiteral("problem"));
    const std::pair<bool, const char *> named[] = {
        {effect.creates, "creates"},         {effect.replaces, "replaces"},
        {effect.deletes, "deletes"},         {effect.deactivates, "deactivates"},
        {effect.reactivates, "reactivates"}, {effect.replacesMembers, "replacesMembers"},
    };
    for (const auto &[set, name] : named) {
        if (set && effect.problem.isEmpty())
            flags.append(QString::fromLatin1(name));
    }
    QStringList granted, revoked;
    for (auto it = effect.licences.cbegin(); it != effect.licences.cend(); ++it)
        (it.value() ? granted : revoked).append(it.key());
    if (!granted.isEmpty())
        flags.append(u"grants:" + granted.join(u','));
    if (!revoked.isEmpty())
        flags.append(u"revokes:" + revoked.join(u','));
    if (!effect.membersAdded.isEmpty())
        flags.append(u"added:" + effect.membersAdded.join(u','));
    if (!effect.membersRemoved.isEmpty())
        flags.append(u"removed:" + effect.membersRemoved.join(u','));
    QCOMPARE(flags.join(u' '), expected);
}

void tst_RequestEffect::everyChangeThePlanBuilderMakes_isConsistent_data()
{
    QTest::addColumn<bool>("patch");
    QTest::newRow("PATCH") << true;
    QTest::newRow("PUT") << false;
}

void tst_RequestEffect::everyChangeThePlanBuilderMakes_isConsistent()
{
    QFETCH(bool, patch);
    const Plan plan = everyKind(patch);
    QVERIFY(plan.changes.size() >= 10);
    for (const Change &change : plan.changes) {
        const RequestEffect effect = RequestEffect::of(change.request, lucidCaps(patch));
        QVERIFY2(RequestEffect::disagreement(change, effect).isEmpty(),
                 qPrintable(RequestEffect::disagreement(change, effect)));
    }
    const Guards::Verdict verdict = Guards::check(plan, lucidProfile(), 1000, lucidCaps(patch));
    QVERIFY2(verdict.refusal.isEmpty(), qPrintable(verdict.refusal));
    // u1 deactivated, u3 deleted; with PUT, u7 (already inactive, updated) counts as well: a
    // PUT that sends active false cannot be told from a deactivation without reading the user.
    QCOMPARE(verdict.deprovisions, patch ? 2 : 3);
    QCOMPARE(verdict.deletes, 1);
}

void tst_RequestEffect::editedChange_isInconsistent_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("deactivation labelled update")
        << QStringLiteral("relabel")
        << QStringLiteral("says \"Update user\", but its request deactivates user u1@x");
    QTest::newRow("licence grant that deletes")
        << QStringLiteral("disguisedDelete")
        << QStringLiteral("says \"Grant licence\", but its request deletes user u4@x");
    QTest::newRow("other id in the path")
        << QStringLiteral("swapPath")
        << QStringLiteral("is for u1@x (id u1), but its request goes to id owner");
    QTest::newRow("review hides an attribute")
        << QStringLiteral("hiddenAttribute")
        << QStringLiteral("sets title, which the review does not show");
    QTest::newRow("review shows another value")
        << QStringLiteral("otherValue")
        << QStringLiteral(
               "shows displayName becoming \"Six\" in review, but its request sets \"Evil\"");
    QTest::newRow("other members")
        << QStringLiteral("otherMember") << QStringLiteral("shows other members in review");
    QTest::newRow("user change sent to a group")
        << QStringLiteral("group")
        << QStringLiteral("is about a User, but its request goes to a Group");
}

void tst_RequestEffect::editedChange_isInconsistent()
{
    QFETCH(QString, edit);
    QFETCH(QString, message);
    Plan plan = everyKind(true);
    const auto find = [&](const QString &target) -> Change & {
        for (Change &change : plan.changes) {
            if (change.targetName == target)
                return change;
        }
        qFatal("no change for the target");
    };
    Change *change = nullptr;
    if (edit == u"relabel") {
        change = &find(QStringLiteral("u1@x"));
        change->kind = Change::Kind::UpdateUser;
    } else if (edit == u"disguisedDelete") {
        change = &find(QStringLiteral("u4@x"));
        change->request.method = "DELETE";
        change->request.setBody({});
    } else if (edit == u"swapPath") {
        change = &find(QStringLiteral("u1@x"));
        change->request.path = "/Users/owner";
    } else if (edit == u"hiddenAttribute" || edit == u"otherValue") {
        change = &find(QStringLiteral("u6@x"));
        QJsonObject body = change->request.body();
        QJsonArray operations = body.value(u"Operations").toArray();
        operations.append(edit == u"hiddenAttribute"
                              ? json(R"({"op":"add","path":"title","value":"x"})")
                              : json(R"({"op":"replace","path":"displayName","value":"Evil"})"));
        body.insert(QStringLiteral("Operations"), operations);
        change->request.setBody(body);
    } else if (edit == u"otherMember") {
        for (Change &c : plan.changes) {
            if (c.kind == Change::Kind::RemoveFromGroup)
                change = &c;
        }
        change->request.setBody(
            json(R"({"Operations":[{"op":"remove","path":"members[value eq \"owner\"]"}]})"));
    } else if (edit == u"group") {
        change = &find(QStringLiteral("u6@x"));
        change->request.path = "/Groups/u6";
    }
    QVERIFY(change);
    const QString why
        = RequestEffect::disagreement(*change, RequestEffect::of(change->request, lucidCaps(true)));
    QVERIFY2(why.contains(message), qPrintable(why));
    const Guards::Verdict verdict = Guards::check(plan, lucidProfile(), 1000, lucidCaps(true));
    QCOMPARE(verdict.problem, Guards::Problem::Inconsistent);
    QVERIFY(verdict.isBadInput());
}

void tst_RequestEffect::guards_countWhatRequestsDo()
{
    // 13 PATCH requests that set active false count as 13 deprovisions, whatever the label.
    PlanBuilder builder(lucidProfile(), lucidCaps(true));
    for (int i = 0; i < 13; ++i)
        builder.deactivate(user(QStringLiteral("u%1").arg(i)));
    Plan plan = builder.plan();
    QCOMPARE(Guards::check(plan, lucidProfile(), 1000, lucidCaps(true)).deprovisions, 13);
    // Relabelled, the plan is refused as inconsistent before any count matters.
    for (Change &change : plan.changes)
        change.kind = Change::Kind::UpdateUser;
    QCOMPARE(Guards::check(plan, lucidProfile(), 1000, lucidCaps(true)).problem,
             Guards::Problem::Inconsistent);
    // A request outside the service is its own refusal.
    plan = builder.plan();
    plan.changes.first().request.path = "/%2e%2e/x";
    const Guards::Verdict outside = Guards::check(plan, lucidProfile(), 1000, lucidCaps(true));
    QCOMPARE(outside.problem, Guards::Problem::OutsideService);
    QVERIFY(outside.refusal.contains(u"outside the service"));
}

void tst_RequestEffect::guards_protectedAccountMatchedById()
{
    ConnectionProfile profile = lucidProfile();
    profile.protectedAccounts = {QStringLiteral("OWNER@x")};
    PlanBuilder builder(profile, lucidCaps(true));
    builder.setLicence(user(QStringLiteral("owner")), QStringLiteral("Lucidspark"), true);
    builder.deactivate(user(QStringLiteral("u1")));
    Plan plan = builder.plan();
    QVERIFY(Guards::check(plan, profile, 1000, lucidCaps(true)).refusal.isEmpty());
    // The deactivation's target id and path both moved to the owner: caught by the id the plan
    // ties to the protected userName.
    for (Change &change : plan.changes) {
        if (change.kind == Change::Kind::Deactivate) {
            change.targetId = QStringLiteral("owner");
            change.request.path = "/Users/owner";
        }
    }
    Guards::Verdict verdict = Guards::check(plan, profile, 1000, lucidCaps(true));
    QCOMPARE(verdict.problem, Guards::Problem::ProtectedAccount);
    QVERIFY2(verdict.refusal.contains(u"u1@x"), qPrintable(verdict.refusal));
    // And by an id the caller knows (the directory's), with no other change naming the owner.
    plan.changes.removeIf([](const Change &c) { return c.kind != Change::Kind::Deactivate; });
    QVERIFY(Guards::check(plan, profile, 1000, lucidCaps(true)).refusal.isEmpty());
    verdict = Guards::check(plan, profile, 1000, lucidCaps(true), {QStringLiteral("owner")});
    QCOMPARE(verdict.problem, Guards::Problem::ProtectedAccount);
}

void tst_RequestEffect::describe_saysWhatTheRequestDoes()
{
    const Plan plan = everyKind(true);
    QStringList described;
    for (const Change &change : plan.changes)
        described.append(
            RequestEffect::of(change.request, lucidCaps(true)).describe(change.targetName));
    QVERIFY2(described.contains(u"deactivates user u1@x"), qPrintable(described.join(u'\n')));
    QVERIFY(described.contains(u"deletes user u3@x"));
    QVERIFY(described.contains(u"grants Lucidspark"));
    QVERIFY(described.contains(u"revokes Lucidspark"));
    QVERIFY(described.contains(u"adds 1 member to group Team"));
    QVERIFY(described.contains(u"removes 1 member from group Team"));
    QVERIFY(described.contains(u"creates user new@x"));

    // A new hire's licences are what they start with: nothing is taken from anyone.
    PlanBuilder builder(lucidProfile(), lucidCaps(true));
    builder.createUser(
        QJsonObject {{QStringLiteral("userName"), QStringLiteral("hire@x")},
                     {Lucid,
                      QJsonObject {{QStringLiteral("productLicenses"),
                                    QJsonObject {{QStringLiteral("Lucidchart"), true},
                                                 {QStringLiteral("Lucidspark"), false}}}}}});
    const Change &create = builder.plan().changes.constLast();
    QCOMPARE(RequestEffect::of(create.request, lucidCaps(true)).describe(create.targetName),
             u"creates user hire@x; with Lucidchart; without Lucidspark"_qs);
}

QTEST_GUILESS_MAIN(tst_RequestEffect)
#include "tst_requesteffect.moc"
