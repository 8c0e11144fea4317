#include "connections/ConnectionProfile.h"
#include "directory/GroupModels.h"
#include "directory/LicenceStanding.h"
#include "directory/UserTableModel.h"

#include <QTest>

using namespace ScimDesk;

using Grant = LicenceStanding::Grant;

namespace {

const QString LucidSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

QJsonObject user(const QString &id, bool active, bool chart, bool spark)
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(id)},
        {QStringLiteral("active"), active},
        {LucidSchema,
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidchart"), chart},
                                    {QStringLiteral("Lucidspark"), spark}}}}},
    };
}

QJsonObject group(const QString &id, const QString &name, int members)
{
    QJsonArray list;
    for (int i = 0; i < members; ++i)
        list.append(QJsonObject {{QStringLiteral("value"), QString::number(i + 1)}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("members"), list}};
}

} // namespace

// What the Licences page says about each licence: holders, those without, the granting group.
class tst_LicenceStanding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts_areActiveHoldersAndActiveWithout();
    void byAttribute_namesNoGroup();
    void byGroup_saysWhetherTheGroupIsThere_data();
    void byGroup_saysWhetherTheGroupIsThere();

private:
    UserTableModel m_users;
    GroupTableModel m_groups;
};

void tst_LicenceStanding::initTestCase()
{
    m_users.reset({LucidSchema, {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")}});
    m_users.addPage({user(u"1"_qs, true, true, false), user(u"2"_qs, true, true, true),
                     user(u"3"_qs, true, false, false), user(u"4"_qs, false, true, true)});
    m_groups.addPage(
        {group(u"g1"_qs, u"Lucidchart users"_qs, 2), group(u"g2"_qs, u"Sales EMEA"_qs, 1)});
}

void tst_LicenceStanding::counts_areActiveHoldersAndActiveWithout()
{
    const auto standings = LicenceStanding::of(m_users, m_groups, true, {});
    QCOMPARE(standings.size(), 2);
    QCOMPARE(standings.at(0).licence, u"Lucidchart"_qs);
    QCOMPARE(standings.at(0).holders, 2); // the deactivated holder is not counted
    QCOMPARE(standings.at(0).without, 1);
    QCOMPARE(standings.at(1).licence, u"Lucidspark"_qs);
    QCOMPARE(standings.at(1).holders, 1);
    QCOMPARE(standings.at(1).without, 2);
}

void tst_LicenceStanding::byAttribute_namesNoGroup()
{
    ConnectionProfile profile;
    profile.licenceGroups.insert(u"Lucidchart"_qs, u"Lucidchart users"_qs); // kept, not in use
    for (const LicenceStanding &standing : LicenceStanding::of(m_users, m_groups, true, profile)) {
        QCOMPARE(standing.grant, Grant::ByAttribute);
        QCOMPARE(standing.group, QString());
    }
}

void tst_LicenceStanding::byGroup_saysWhetherTheGroupIsThere_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("groupsComplete");
    QTest::addColumn<Grant>("grant");
    QTest::addColumn<int>("members");
    QTest::addColumn<QString>("nearMiss");
    QTest::newRow("found") << u"Lucidchart users"_qs << true << Grant::GroupFound << 2 << QString();
    QTest::newRow("found while groups load")
        << u"Lucidchart users"_qs << false << Grant::GroupFound << 2 << QString();
    QTest::newRow("missing") << u"Chart people"_qs << true << Grant::GroupMissing << 0 << QString();
    QTest::newRow("not known while groups load")
        << u"Chart people"_qs << false << Grant::Unchecked << 0 << QString();
    // The service matches names exactly: a name that differs in case is missing, and named.
    QTest::newRow("case differs") << u"LUCIDCHART USERS "_qs << true << Grant::GroupMissing << 0
                                  << u"Lucidchart users"_qs;
    QTest::newRow("none set") << QString() << true << Grant::NoGroupSet << 0 << QString();
}

void tst_LicenceStanding::byGroup_saysWhetherTheGroupIsThere()
{
    QFETCH(QString, group);
    QFETCH(bool, groupsComplete);
    QFETCH(Grant, grant);
    QFETCH(int, members);
    QFETCH(QString, nearMiss);
    ConnectionProfile profile;
    profile.licenceMode = ConnectionProfile::LicenceMode::Group;
    if (!group.isEmpty())
        profile.licenceGroups.insert(u"Lucidchart"_qs, group);
    const auto standings = LicenceStanding::of(m_users, m_groups, groupsComplete, profile);
    QCOMPARE(standings.at(0).grant, grant);
    QCOMPARE(standings.at(0).group, group);
    QCOMPARE(standings.at(0).groupMembers, members);
    QCOMPARE(standings.at(0).nearMiss, nearMiss);
    // Lucidspark has no group in this profile.
    QCOMPARE(standings.at(1).grant, Grant::NoGroupSet);
}

QTEST_GUILESS_MAIN(tst_LicenceStanding)
#include "tst_licencestanding.moc"
