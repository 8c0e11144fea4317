#include "csv/CsvReader.h"
#include "csv/ImportMappingModel.h"
#include "scim/Preset.h"
#include "scim/ServiceCapabilities.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ScimDesk;

class tst_ImportMappingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reset_showsColumnsSamplesAndGuesses();
    void setData_choosesAnAttribute_data();
    void setData_choosesAnAttribute();
    void setMapping_dropsUnknownPaths();

private:
    static ServiceCapabilities lucid()
    {
        ServiceCapabilities caps;
        caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
        return caps;
    }
    static CsvTable table()
    {
        return CsvReader::read("Email,First Name,Badge\n"
                               "ada@x.com,Ada,1\n"
                               ",Bo,2\n"
                               "cy@x.com,,3\n"
                               "dee@x.com,Dee,4\n");
    }
};

void tst_ImportMappingModel::reset_showsColumnsSamplesAndGuesses()
{
    ImportMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ServiceCapabilities caps = lucid();
    const CsvTable file = table();
    model.reset(file, ImportMapping::choices(caps), ImportMapping::automatic(file.header, caps));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImportMappingModel::ColumnCount));
    QCOMPARE(model.index(1, ImportMappingModel::HeaderColumn).data().toString(),
             QStringLiteral("First Name"));
    // The first three values that are not empty.
    QCOMPARE(model.index(0, ImportMappingModel::SamplesColumn).data().toString(),
             QStringLiteral("ada@x.com · cy@x.com · dee@x.com"));
    const QModelIndex email = model.index(0, ImportMappingModel::AttributeColumn);
    QCOMPARE(email.data(ImportMappingModel::AttributePathRole).toString(),
             QString::fromUtf16(ImportMapping::WorkEmail));
    QCOMPARE(email.data().toString(), QStringLiteral("Work email"));
    QVERIFY(email.flags().testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.index(0, ImportMappingModel::HeaderColumn).flags().testFlag(Qt::ItemIsEditable));
    const QModelIndex badge = model.index(2, ImportMappingModel::AttributeColumn);
    QCOMPARE(badge.data(ImportMappingModel::AttributePathRole).toString(), QString());
    QCOMPARE(badge.data().toString(), QStringLiteral("(ignore)"));
    const QStringList paths = badge.data(ImportMappingModel::ChoicePathsRole).toStringList();
    const QStringList labels = badge.data(ImportMappingModel::ChoiceLabelsRole).toStringList();
    QCOMPARE(paths.size(), labels.size());
    QCOMPARE(paths.first(), QString());
    QVERIFY(labels.contains(u"Licence: Lucidchart (yes/no)"));
    QCOMPARE(model.mapping().unmapped(file.header), QStringList {u"Badge"_qs});
}

void tst_ImportMappingModel::setData_choosesAnAttribute_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("an attribute") << u"title"_qs << true;
    QTest::newRow("ignore") << QString() << true;
    QTest::newRow("not a choice") << u"password"_qs << false;
}

void tst_ImportMappingModel::setData_choosesAnAttribute()
{
    QFETCH(QString, path);
    QFETCH(bool, accepted);
    ImportMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ServiceCapabilities caps = lucid();
    const CsvTable file = table();
    model.reset(file, ImportMapping::choices(caps), ImportMapping::automatic(file.header, caps));
    QSignalSpy changed(&model, &ImportMappingModel::mappingChanged);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex badge = model.index(2, ImportMappingModel::AttributeColumn);
    QCOMPARE(model.setData(badge, path), accepted);
    QCOMPARE(model.mapping().attributes.at(2), accepted ? path : QString());
    // Ignored to ignored changes nothing.
    const int expected = accepted && !path.isEmpty() ? 1 : 0;
    QCOMPARE(changed.size(), expected);
    QCOMPARE(dataChanged.size(), expected);
    QVERIFY(!model.setData(model.index(2, ImportMappingModel::HeaderColumn), u"x"_qs));
}

void tst_ImportMappingModel::setMapping_dropsUnknownPaths()
{
    ImportMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ServiceCapabilities caps = lucid();
    const CsvTable file = table();
    model.reset(file, ImportMapping::choices(caps), ImportMapping::automatic(file.header, caps));
    ImportMapping other;
    other.attributes = {u"userName"_qs, u"password"_qs, u"title"_qs};
    QSignalSpy changed(&model, &ImportMappingModel::mappingChanged);
    model.setMapping(other);
    QCOMPARE(model.mapping().attributes, (QStringList {u"userName"_qs, QString(), u"title"_qs}));
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ImportMappingModel)
#include "tst_importmappingmodel.moc"
