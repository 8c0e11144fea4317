#include "directory/GroupModels.h"
#include "directory/LicenceGroupProposal.h"
#include "directory/UserStore.h"

#include <QTest>

using namespace ScimDesk;

namespace {

const QString LucidSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

// "id:flags": c holds Lucidchart, s holds Lucidspark, x is deactivated.
UserStore users(const QStringList &specs)
{
    UserStore store({LucidSchema, {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")}});
    QJsonArray page;
    for (const QString &spec : specs) {
        const QString id = spec.section(u':', 0, 0);
        const QString flags = spec.section(u':', 1);
        page.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("userName"), QString(id + QStringLiteral("@example.com"))},
            {QStringLiteral("active"), !flags.contains(u'x')},
            {LucidSchema,
             QJsonObject {{QStringLiteral("productLicenses"),
                           QJsonObject {{QStringLiteral("Lucidchart"), flags.contains(u'c')},
                                        {QStringLiteral("Lucidspark"), flags.contains(u's')}}}}},
        });
    }
    store.addPage(page);
    return store;
}

// "Name=id,id,…"
QList<GroupRecord> groups(const QStringList &specs)
{
    QList<GroupRecord> records;
    for (const QString &spec : specs) {
        GroupRecord group;
        group.displayName = spec.section(u'=', 0, 0);
        group.id = QString(QStringLiteral("g-") + group.displayName);
        group.memberIds = spec.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        records.append(group);
    }
    return records;
}

} // namespace

// The group proposed for each licence: the one whose active members are exactly the licence's
// active holders, and no other.
class tst_LicenceGroupProposal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDirectory_proposesOnlyTheOneExactMatch_data();
    void fromDirectory_proposesOnlyTheOneExactMatch();
    void text_saysWhatWasFoundAndWhatWasNot();
};

void tst_LicenceGroupProposal::fromDirectory_proposesOnlyTheOneExactMatch_data()
{
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("chart"); // the group proposed for Lucidchart
    QTest::addColumn<QStringList>("chartTies");
    QTest::addColumn<QString>("spark");

    const QStringList some {u"1:c"_qs, u"2:cs"_qs, u"3:c"_qs, u"4:"_qs};
    QTest::newRow("exact match") << some << QStringList {u"Chart=3,1,2"_qs, u"Spark=2"_qs}
                                 << u"Chart"_qs << QStringList() << u"Spark"_qs;
    QTest::newRow("no group at all")
        << some << QStringList() << QString() << QStringList() << QString();
    QTest::newRow("a holder missing is no match")
        << some << QStringList {u"Chart=1,2"_qs} << QString() << QStringList() << QString();
    QTest::newRow("one more member is no match")
        << some << QStringList {u"Everyone=1,2,3,4"_qs} << QString() << QStringList() << QString();
    QTest::newRow("two candidates: none")
        << some << QStringList {u"Chart=1,2,3"_qs, u"Chart too=3,2,1"_qs, u"Spark=2"_qs}
        << QString() << QStringList {u"Chart"_qs, u"Chart too"_qs} << u"Spark"_qs;
    // Nobody holds Lucidspark: an empty group has "exactly" its holders, and is still no answer.
    QTest::newRow("empty group") << QStringList {u"1:c"_qs, u"2:c"_qs}
                                 << QStringList {u"Empty="_qs, u"Chart=1,2"_qs} << u"Chart"_qs
                                 << QStringList() << QString();
    QTest::newRow("group of deactivated members only")
        << QStringList {u"1:c"_qs, u"2:x"_qs} << QStringList {u"Leavers=2"_qs, u"Chart=1"_qs}
        << u"Chart"_qs << QStringList() << QString();
    // A deactivated user still flagged with the licence, and one still in the group: neither
    // counts, as the service gives deactivated users no licence.
    QTest::newRow("deactivated users ignored")
        << QStringList {u"1:c"_qs, u"2:cs"_qs, u"3:cx"_qs, u"4:sx"_qs}
        << QStringList {u"Chart=1,2"_qs, u"Spark=2,4"_qs} << u"Chart"_qs << QStringList()
        << u"Spark"_qs;
    // Lucid lists no deactivated users: a member the directory has not loaded is one of them.
    QTest::newRow("member not loaded ignored") << some << QStringList {u"Chart=1,2,3,lucid-9999"_qs}
                                               << u"Chart"_qs << QStringList() << QString();
}

void tst_LicenceGroupProposal::fromDirectory_proposesOnlyTheOneExactMatch()
{
    QFETCH(QStringList, users);
    QFETCH(QStringList, groups);
    QFETCH(QString, chart);
    QFETCH(QStringList, chartTies);
    QFETCH(QString, spark);

    const LicenceGroupProposal proposal
        = LicenceGroupProposal::fromDirectory(::users(users), ::groups(groups));
    QCOMPARE(proposal.entries.size(), 2);
    QCOMPARE(proposal.entries.at(0).licence, u"Lucidchart"_qs);
    QCOMPARE(proposal.entries.at(0).group, chart);
    QCOMPARE(proposal.entries.at(0).ties, chartTies);
    QCOMPARE(proposal.entries.at(1).licence, u"Lucidspark"_qs);
    QCOMPARE(proposal.entries.at(1).group, spark);

    QMap<QString, QString> expected;
    if (!chart.isEmpty())
        expected.insert(u"Lucidchart"_qs, chart);
    if (!spark.isEmpty())
        expected.insert(u"Lucidspark"_qs, spark);
    QCOMPARE(proposal.groups(), expected);
    QCOMPARE(proposal.isEmpty(), expected.isEmpty());
    QCOMPARE(proposal.unmatched().size(), 2 - expected.size());
}

void tst_LicenceGroupProposal::text_saysWhatWasFoundAndWhatWasNot()
{
    const UserStore store = users({u"1:c"_qs, u"2:cs"_qs});
    QCOMPARE(LicenceGroupProposal::fromDirectory(store, groups({u"Chart=1,2"_qs})).text(),
             u"Proposed from the directory: “Chart” for Lucidchart. No group has exactly the "
             u"active holders of Lucidspark."_qs);
    QCOMPARE(LicenceGroupProposal::fromDirectory(store, groups({u"A=2"_qs, u"B=2"_qs})).text(),
             u"Several groups have exactly the holders of Lucidspark (A, B): choose one. No "
             u"group has exactly the active holders of Lucidchart."_qs);
    QCOMPARE(LicenceGroupProposal::fromDirectory(store, {}).text(),
             u"No group has exactly the active holders of Lucidchart, Lucidspark."_qs);
}

QTEST_GUILESS_MAIN(tst_LicenceGroupProposal)
#include "tst_licencegroupproposal.moc"
