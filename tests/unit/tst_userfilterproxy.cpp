#include "directory/UserFilterProxy.h"
#include "directory/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ScimDesk;

using LicenceFilter = UserFilterProxy::LicenceFilter;

namespace {

const QString LucidSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

LicenceCatalog catalog(const QStringList &names)
{
    return {LucidSchema, names};
}

LicenceCatalog lucid()
{
    return catalog({QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")});
}

QJsonObject user(const QString &id, bool active, bool chart, bool spark,
                 const QString &department = {})
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(id)},
        {QStringLiteral("active"), active},
        {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
         QJsonObject {{QStringLiteral("department"), department}}},
        {LucidSchema,
         QJsonObject {{QStringLiteral("productLicenses"),
                       QJsonObject {{QStringLiteral("Lucidchart"), chart},
                                    {QStringLiteral("Lucidspark"), spark}}}}},
    };
}

// The ids the proxy shows, in its order.
QStringList shownIds(const UserFilterProxy &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(UserTableModel::IdRole).toString());
    return ids;
}

} // namespace

// The licence filter of the users view: the rows behind a bar of the Licences page.
class tst_UserFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void licenceFilter_showsTheActiveHoldersOrThoseWithout_data();
    void licenceFilter_showsTheActiveHoldersOrThoseWithout();
    void licenceFilter_andQuickSearch_bothApply();
    void licenceFilter_followsRowsThatArriveAndChange();
    void licenceFilter_unknownLicence_changesNothing();
    void licenceFilter_followsTheLicenceAcrossReloads();
    void licenceFilter_at100kSortedUsers_countsHold();
};

void tst_UserFilterProxy::licenceFilter_showsTheActiveHoldersOrThoseWithout_data()
{
    QTest::addColumn<QString>("licence");
    QTest::addColumn<LicenceFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    // 1 chart; 2 nothing; 3 deactivated with chart and spark; 4 chart and spark; 5 spark.
    QTest::newRow("Lucidchart holders")
        << u"Lucidchart"_qs << LicenceFilter::ActiveHolders << QStringList {u"1"_qs, u"4"_qs};
    QTest::newRow("without Lucidchart")
        << u"Lucidchart"_qs << LicenceFilter::ActiveWithout << QStringList {u"2"_qs, u"5"_qs};
    QTest::newRow("Lucidspark holders")
        << u"Lucidspark"_qs << LicenceFilter::ActiveHolders << QStringList {u"4"_qs, u"5"_qs};
    QTest::newRow("without Lucidspark")
        << u"Lucidspark"_qs << LicenceFilter::ActiveWithout << QStringList {u"1"_qs, u"2"_qs};
    QTest::newRow("none") << QString() << LicenceFilter::None
                          << QStringList {u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs};
}

void tst_UserFilterProxy::licenceFilter_showsTheActiveHoldersOrThoseWithout()
{
    QFETCH(QString, licence);
    QFETCH(LicenceFilter, filter);
    QFETCH(QStringList, expected);
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(u"1"_qs, true, true, false), user(u"2"_qs, true, false, false),
                   user(u"3"_qs, false, true, true), user(u"4"_qs, true, true, true),
                   user(u"5"_qs, true, false, true)});
    UserFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &UserFilterProxy::licenceFilterChanged);

    QVERIFY(proxy.setLicenceFilter(licence, filter));
    QCOMPARE(shownIds(proxy), expected);
    QCOMPARE(proxy.licenceFilter(), filter);
    QCOMPARE(proxy.licenceFilterName(), licence);
    QCOMPARE(changed.count(), filter == LicenceFilter::None ? 0 : 1);
    // The holders are as many as the bar counts, and with those without make every active user.
    if (filter == LicenceFilter::ActiveHolders)
        QCOMPARE(proxy.rowCount(),
                 model.activeLicenceCounts().at(model.store().licences().indexOf(licence)));

    proxy.clearLicenceFilter();
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.licenceFilter(), LicenceFilter::None);
    QCOMPARE(proxy.licenceFilterName(), QString());
}

void tst_UserFilterProxy::licenceFilter_andQuickSearch_bothApply()
{
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(u"1"_qs, true, true, false, u"Research"_qs),
                   user(u"2"_qs, true, false, false, u"Research"_qs),
                   user(u"3"_qs, true, true, false, u"Sales"_qs)});
    UserFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setQuickSearch(u"research"_qs);
    QVERIFY(proxy.setLicenceFilter(u"Lucidchart"_qs, LicenceFilter::ActiveHolders));
    QCOMPARE(shownIds(proxy), QStringList {u"1"_qs});
    proxy.setQuickSearch({});
    QCOMPARE(shownIds(proxy), (QStringList {u"1"_qs, u"3"_qs}));
    proxy.clearLicenceFilter();
    QCOMPARE(proxy.rowCount(), 3);
}

void tst_UserFilterProxy::licenceFilter_followsRowsThatArriveAndChange()
{
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(u"1"_qs, true, true, false), user(u"2"_qs, true, false, false)});
    UserFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QVERIFY(proxy.setLicenceFilter(u"Lucidchart"_qs, LicenceFilter::ActiveHolders));
    QCOMPARE(shownIds(proxy), QStringList {u"1"_qs});

    // A page arriving while loading: its holders appear, the others do not.
    proxy.setLoading(true);
    model.addPage({user(u"3"_qs, true, true, false), user(u"4"_qs, true, false, true)});
    QCOMPARE(shownIds(proxy), (QStringList {u"1"_qs, u"3"_qs}));
    proxy.setLoading(false);

    // Revoked, granted, deactivated (an apply's answers): the view follows.
    model.addPage({user(u"1"_qs, true, false, false), user(u"2"_qs, true, true, false),
                   user(u"3"_qs, false, false, false)});
    QCOMPARE(shownIds(proxy), QStringList {u"2"_qs});
    QVERIFY(proxy.setLicenceFilter(u"Lucidchart"_qs, LicenceFilter::ActiveWithout));
    QCOMPARE(shownIds(proxy), (QStringList {u"1"_qs, u"4"_qs}));
}

void tst_UserFilterProxy::licenceFilter_unknownLicence_changesNothing()
{
    UserTableModel model;
    model.reset(lucid());
    model.addPage({user(u"1"_qs, true, true, false), user(u"2"_qs, true, false, false)});
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    QVERIFY(proxy.setLicenceFilter(u"Lucidchart"_qs, LicenceFilter::ActiveWithout));
    QSignalSpy changed(&proxy, &UserFilterProxy::licenceFilterChanged);
    QVERIFY(!proxy.setLicenceFilter(u"LucidscaleCreator"_qs, LicenceFilter::ActiveHolders));
    QVERIFY(!proxy.setLicenceFilter(u"lucidchart"_qs, LicenceFilter::ActiveHolders));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(proxy.licenceFilterName(), u"Lucidchart"_qs);
    QCOMPARE(shownIds(proxy), QStringList {u"2"_qs});
}

void tst_UserFilterProxy::licenceFilter_followsTheLicenceAcrossReloads()
{
    UserTableModel model;
    model.reset(lucid());
    UserFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QVERIFY(proxy.setLicenceFilter(u"Lucidspark"_qs, LicenceFilter::ActiveHolders));
    QSignalSpy changed(&proxy, &UserFilterProxy::licenceFilterChanged);

    // A reload (F5) keeps it, and it applies to the pages as they come.
    model.reset(lucid());
    model.addPage({user(u"1"_qs, true, true, false), user(u"2"_qs, true, false, true)});
    QCOMPARE(shownIds(proxy), QStringList {u"2"_qs});

    // Another service with the licences in another order: the filter follows the name.
    model.reset(catalog({QStringLiteral("Lucidspark"), QStringLiteral("Lucidchart")}));
    QJsonObject chartOnly = user(u"7"_qs, true, true, false);
    model.addPage({chartOnly, user(u"8"_qs, true, false, true)});
    QCOMPARE(shownIds(proxy), QStringList {u"8"_qs});
    QCOMPARE(changed.count(), 0);

    // One without that licence: the filter goes (and says so), rather than filter on another.
    model.reset(catalog({QStringLiteral("Lucidchart")}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.licenceFilter(), LicenceFilter::None);
    model.addPage({user(u"9"_qs, true, false, false)});
    QCOMPARE(shownIds(proxy), QStringList {u"9"_qs});
}

void tst_UserFilterProxy::licenceFilter_at100kSortedUsers_countsHold()
{
    // 100,000 sorted rows narrowed to a scattered third and back (the path that rebuilds the
    // proxy instead of moving rows range by range). No timing threshold here: machines are
    // shared; the time is printed for the record.
    UserTableModel model;
    model.reset(lucid());
    QJsonArray page;
    for (int i = 0; i < 100'000; ++i) {
        page.append(user(QString::number(i), i % 50 != 0, i % 3 == 0, i % 7 == 0));
        if (page.size() == 1000) {
            model.addPage(page);
            page = {};
        }
    }
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(UserTableModel::UserNameColumn);
    QCOMPARE(proxy.rowCount(), 100'000);
    const qint64 holders = model.activeLicenceCounts().at(0);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(proxy.setLicenceFilter(u"Lucidchart"_qs, LicenceFilter::ActiveHolders));
    QCOMPARE(proxy.rowCount(), holders);
    QVERIFY(proxy.setLicenceFilter(u"Lucidchart"_qs, LicenceFilter::ActiveWithout));
    QCOMPARE(proxy.rowCount(), model.activeCount() - holders);
    proxy.clearLicenceFilter();
    QCOMPARE(proxy.rowCount(), 100'000);
    const qint64 elapsed = timer.elapsed();
    qInfo("three licence filters over 100,000 sorted rows: %lld ms", elapsed);
}

QTEST_GUILESS_MAIN(tst_UserFilterProxy)
#include "tst_userfilterproxy.moc"
