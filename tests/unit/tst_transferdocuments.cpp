#include "changes/Guards.h"
#include "changes/PlanBuilder.h"
#include "changes/RequestEffect.h"
#include "connections/ConnectionProfile.h"
#include "scim/Preset.h"

#include <QJsonArray>
#include <QTest>

using namespace ScimDesk;

// A hand-over of a Lucid leaver's documents as a plan holds it: built before the user's
// deprovisioning, which waits for it; described for review; kept through the plan file; judged
// by the guards on what its request sends.
class tst_TransferDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handOver_comesBeforeTheDeprovisioning_data();
    void handOver_comesBeforeTheDeprovisioning();
    void handOver_withoutDeprovisioning_dependsOnNothing();
    void problems_sayWhatToDo_data();
    void problems_sayWhatToDo();
    void planFile_keepsTheHandOver();
    void guards_refuseAnEditedHandOver_data();
    void guards_refuseAnEditedHandOver();

private:
    static ConnectionProfile lucid(bool signedIn = true);
    static ServiceCapabilities capabilities();
    static QJsonObject ada();
};

ConnectionProfile tst_TransferDocuments::lucid(bool signedIn)
{
    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("Lucid");
    profile.baseUrl = QUrl(QStringLiteral("https://users.lucid.app/scim/v2"));
    profile.lucidRest.clientId = QStringLiteral("client");
    profile.lucidRest.signedIn = signedIn;
    return profile;
}

ServiceCapabilities tst_TransferDocuments::capabilities()
{
    ServiceCapabilities caps;
    caps.patch = true;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    return caps;
}

QJsonObject tst_TransferDocuments::ada()
{
    return {{QStringLiteral("id"), QStringLiteral("lucid-1001")},
            {QStringLiteral("userName"), QStringLiteral("ada")},
            {QStringLiteral("displayName"), QStringLiteral("Ada Lovelace")},
            {QStringLiteral("active"), true},
            {QStringLiteral("emails"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("ada@example.com")},
                                      {QStringLiteral("primary"), true}}}}};
}

void tst_TransferDocuments::handOver_comesBeforeTheDeprovisioning_data()
{
    QTest::addColumn<bool>("deleteUser");
    QTest::addColumn<bool>("handOverFirst");
    QTest::addColumn<QString>("intent");
    QTest::newRow("deactivate, asked after")
        << false << false
        << u"Hand Ada Lovelace's documents to grace@example.com before deactivating (manager)"_qs;
    QTest::newRow("deactivate, asked before")
        << false << true
        << u"Hand Ada Lovelace's documents to grace@example.com before deactivating (manager)"_qs;
    QTest::newRow("delete")
        << true << false
        << u"Hand Ada Lovelace's documents to grace@example.com before deleting (manager)"_qs;
}

void tst_TransferDocuments::handOver_comesBeforeTheDeprovisioning()
{
    QFETCH(bool, deleteUser);
    QFETCH(bool, handOverFirst);
    QFETCH(QString, intent);
    PlanBuilder builder(lucid(), capabilities());
    QString transferId;
    if (handOverFirst)
        transferId = builder.transferDocuments(ada(), u"grace@example.com"_qs, u"manager"_qs);
    if (deleteUser)
        builder.deleteUser(ada());
    else
        builder.deactivate(ada());
    if (!handOverFirst)
        transferId = builder.transferDocuments(ada(), u"grace@example.com"_qs, u"manager"_qs);
    QVERIFY(builder.problems().isEmpty());
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 2);
    const Change &transfer = plan.changes.at(0);
    const Change &deprovision = plan.changes.at(1);
    QCOMPARE(transfer.id, transferId);
    QCOMPARE(transfer.kind, Change::Kind::TransferDocuments);
    QCOMPARE(transfer.targetId, u"lucid-1001"_qs);
    QCOMPARE(transfer.transferFrom(), u"ada@example.com"_qs);
    QCOMPARE(transfer.transferTo(), u"grace@example.com"_qs);
    QCOMPARE(transfer.intents, QStringList {intent});
    QCOMPARE(transfer.request.summary(), u"POST /transferUserContent"_qs);
    QVERIFY(deprovision.isDeprovision());
    QCOMPARE(deprovision.dependsOn, QStringList {transferId});
    QCOMPARE(RequestEffect::describe(transfer, capabilities()),
             u"hands the documents of ada@example.com to grace@example.com (Lucid's REST API)"_qs);
}

void tst_TransferDocuments::handOver_withoutDeprovisioning_dependsOnNothing()
{
    PlanBuilder builder(lucid(), capabilities());
    builder.transferDocuments(ada(), u"grace@example.com"_qs);
    const Plan plan = builder.plan();
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().intents,
             QStringList {u"Hand Ada Lovelace's documents to grace@example.com"_qs});
}

void tst_TransferDocuments::problems_sayWhatToDo_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("says");
    QTest::newRow("no sign-in") << u"lucid"_qs << false << u"grace@example.com"_qs
                                << u"run 'scimdesk-cli connection auth \"Lucid\" --lucid-rest'"_qs;
    QTest::newRow("not Lucid") << u"generic"_qs << true << u"grace@example.com"_qs
                               << u"only on Lucid connections"_qs;
    QTest::newRow("to themselves")
        << u"lucid"_qs << true << u"ADA@example.com"_qs << u"give the email of another user"_qs;
    QTest::newRow("not an email") << u"lucid"_qs << true << u"grace"_qs
                                  << u"give the email of another user"_qs;
}

void tst_TransferDocuments::problems_sayWhatToDo()
{
    QFETCH(QString, preset);
    QFETCH(bool, signedIn);
    QFETCH(QString, to);
    QFETCH(QString, says);
    ConnectionProfile profile = lucid(signedIn);
    profile.presetId = preset;
    PlanBuilder builder(profile, capabilities());
    QVERIFY(builder.transferDocuments(ada(), to).isEmpty());
    QCOMPARE(builder.problems().size(), 1);
    QVERIFY2(builder.problems().first().contains(says), qPrintable(builder.problems().first()));
    QVERIFY(builder.plan().changes.isEmpty());
}

void tst_TransferDocuments::planFile_keepsTheHandOver()
{
    PlanBuilder builder(lucid(), capabilities());
    builder.deactivate(ada());
    builder.transferDocuments(ada(), u"grace@example.com"_qs);
    const Plan plan = builder.plan();
    QString error;
    const std::optional<Plan> read = Plan::fromJson(plan.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->changes.first().kind, Change::Kind::TransferDocuments);
    QCOMPARE(read->changes.first().transferTo(), u"grace@example.com"_qs);
    QCOMPARE(read->changes.at(1).dependsOn, plan.changes.at(1).dependsOn);
    QCOMPARE(read->toJson(), plan.toJson());
}

void tst_TransferDocuments::guards_refuseAnEditedHandOver_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("refused");
    QTest::newRow("as planned") << QString() << QJsonValue() << false;
    QTest::newRow("another recipient in the body")
        << u"toUser"_qs << QJsonValue(u"mallory@example.com"_qs) << true;
    QTest::newRow("another leaver in the body")
        << u"fromUser"_qs << QJsonValue(u"grace@example.com"_qs) << true;
    QTest::newRow("another path") << u"path"_qs << QJsonValue(u"/users/1"_qs) << true;
}

void tst_TransferDocuments::guards_refuseAnEditedHandOver()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, refused);
    PlanBuilder builder(lucid(), capabilities());
    builder.transferDocuments(ada(), u"grace@example.com"_qs);
    Plan plan = builder.plan();
    Change &transfer = plan.changes.first();
    if (field == u"path")
        transfer.request.path = value.toString().toUtf8();
    else if (!field.isEmpty()) {
        QJsonObject body = transfer.request.body();
        body.insert(field, value);
        transfer.request.setBody(body);
    }
    const Guards::Verdict verdict = Guards::check(plan, lucid(), 100, capabilities(), {});
    QCOMPARE(verdict.problem != Guards::Problem::None, refused);
    if (refused)
        QCOMPARE(verdict.problem, Guards::Problem::Inconsistent);
}

QTEST_GUILESS_MAIN(tst_TransferDocuments)
#include "tst_transferdocuments.moc"
