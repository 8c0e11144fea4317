#include "scim/Patch.h"

#include <QJsonDocument>
#include <QTest>

using namespace ScimDesk;
using Op = Patch::Operation::Op;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
const char Lucid[] = "urn:ietf:params:scim:schemas:extension:lucid:2.0:User";
} // namespace

class tst_Patch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_buildsOperations_data();
    void diff_buildsOperations();
    void message_isPatchOp();
    void apply_reproducesAfterState();
};

void tst_Patch::diff_buildsOperations_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("expected"); // "op path value"

    QTest::newRow("no change") << QByteArray(R"({"id":"1","userName":"a","active":true})")
                               << QByteArray(R"({"id":"1","userName":"a","active":true})")
                               << QStringList();
    QTest::newRow("deactivate") << QByteArray(R"({"id":"1","active":true})")
                                << QByteArray(R"({"id":"1","active":false})")
                                << QStringList {QStringLiteral("replace active false")};
    QTest::newRow("sub-attribute")
        << QByteArray(R"({"name":{"givenName":"Ada","familyName":"L"}})")
        << QByteArray(R"({"name":{"givenName":"Augusta","familyName":"L"}})")
        << QStringList {QStringLiteral("replace name.givenName \"Augusta\"")};
    QTest::newRow("licence grant on missing extension")
        << QByteArray(R"({"userName":"a"})")
        << QByteArray(
               R"({"userName":"a","urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":{"Lucidspark":true}}})")
        << QStringList {QStringLiteral("add ") + QLatin1String(Lucid)
                        + QStringLiteral(":productLicenses.Lucidspark true")};
    QTest::newRow("licence revoke")
        << QByteArray(
               R"({"urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":{"Lucidchart":true,"Lucidspark":true}}})")
        << QByteArray(
               R"({"urn:ietf:params:scim:schemas:extension:lucid:2.0:User":{"productLicenses":{"Lucidchart":true,"Lucidspark":false}}})")
        << QStringList {QStringLiteral("replace ") + QLatin1String(Lucid)
                        + QStringLiteral(":productLicenses.Lucidspark false")};
    QTest::newRow("enterprise department")
        << QByteArray(
               R"({"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales"}})")
        << QByteArray(
               R"({"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Finance"}})")
        << QStringList {QStringLiteral(
               "replace urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department "
               "\"Finance\"")};
    QTest::newRow("multi-valued replaced whole")
        << QByteArray(R"({"emails":[{"value":"a@x","primary":true}]})")
        << QByteArray(R"({"emails":[{"value":"b@x","primary":true}]})")
        << QStringList {QStringLiteral("replace emails [{\"primary\":true,\"value\":\"b@x\"}]")};
    QTest::newRow("work email by its value path")
        << QByteArray(
               R"({"emails":[{"value":"a@x","type":"work","primary":true},{"value":"h@x","type":"home"}]})")
        << QByteArray(
               R"({"emails":[{"value":"b@x","type":"work","primary":true},{"value":"h@x","type":"home"}]})")
        << QStringList {QStringLiteral("replace emails[type eq \"work\"].value \"b@x\"")};
    QTest::newRow("work email and more: whole")
        << QByteArray(R"({"emails":[{"value":"a@x","type":"work","primary":true}]})")
        << QByteArray(R"({"emails":[{"value":"b@x","type":"work","primary":false}]})")
        << QStringList {QStringLiteral(
               "replace emails [{\"primary\":false,\"type\":\"work\",\"value\":\"b@x\"}]")};
    QTest::newRow("two work emails: whole")
        << QByteArray(R"({"emails":[{"value":"a@x","type":"work"},{"value":"c@x","type":"work"}]})")
        << QByteArray(R"({"emails":[{"value":"b@x","type":"work"},{"value":"c@x","type":"work"}]})")
        << QStringList {QStringLiteral(
               "replace emails [{\"type\":\"work\",\"value\":\"b@x\"},{\"type\":\"work\","
               "\"value\":\"c@x\"}]")};
    QTest::newRow("removed attribute")
        << QByteArray(R"({"title":"CTO","userName":"a"})") << QByteArray(R"({"userName":"a"})")
        << QStringList {QStringLiteral("remove title")};
    QTest::newRow("meta and id ignored")
        << QByteArray(R"({"id":"1","meta":{"version":"W/\"1\""},"schemas":["x"]})")
        << QByteArray(R"({"id":"2","meta":{"version":"W/\"9\""},"schemas":["y"]})")
        << QStringList();
}

void tst_Patch::diff_buildsOperations()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, expected);
    const auto operations = Patch::diff(QJsonDocument::fromJson(before).object(),
                                        QJsonDocument::fromJson(after).object());
    QStringList got;
    for (const auto &operation : operations) {
        const QJsonObject op = operation.toJson();
        QString text = op.value(u"op").toString() + u' ' + op.value(u"path").toString();
        if (op.contains(u"value")) {
            const QJsonValue v = op.value(u"value");
            text += u' '
                + (v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false")
                       : v.isString()
                       ? u'"' + v.toString() + u'"'
                       : QString::fromUtf8(
                           QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
        }
        got.append(text);
    }
    QCOMPARE(got, expected);
}

void tst_Patch::message_isPatchOp()
{
    const QJsonObject message = Patch::message({{Op::Replace, QStringLiteral("active"), false}});
    QCOMPARE(message.value(u"schemas").toArray().first().toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp"));
    const QJsonObject op = message.value(u"Operations").toArray().first().toObject();
    QCOMPARE(op.value(u"op").toString(), QStringLiteral("replace"));
    QCOMPARE(op.value(u"path").toString(), QStringLiteral("active"));
    QCOMPARE(op.value(u"value"), QJsonValue(false));
    const QJsonObject remove = Patch::Operation {Op::Remove, QStringLiteral("title"), {}}.toJson();
    QVERIFY(!remove.contains(u"value"));
}

void tst_Patch::apply_reproducesAfterState()
{
    const QJsonObject before
        = json(R"({"id":"1","userName":"a","title":"CTO","name":{"givenName":"Ada"},
        "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"]})");
    QJsonObject after = before;
    after.insert(QStringLiteral("name"), json(R"({"givenName":"Augusta","familyName":"King"})"));
    after.remove(QStringLiteral("title"));
    after.insert(QString::fromLatin1(Lucid), json(R"({"productLicenses":{"Lucidchart":true}})"));
    QJsonArray schemas = after.value(u"schemas").toArray();
    schemas.append(QString::fromLatin1(Lucid));
    after.insert(QStringLiteral("schemas"), schemas);

    const auto operations = Patch::diff(before, after);
    QCOMPARE(Patch::apply(before, operations), after);

    // The work email's value path: the other addresses stay, and it reads back by that path.
    const QJsonObject withHome = json(
        R"({"emails":[{"value":"a@x","type":"work","primary":true},{"value":"h@x","type":"home"}]})");
    const QJsonObject moved = json(
        R"({"emails":[{"value":"b@x","type":"work","primary":true},{"value":"h@x","type":"home"}]})");
    QCOMPARE(Patch::apply(withHome, Patch::diff(withHome, moved)), moved);
    const QString path = QString::fromUtf16(Patch::WorkEmailPath);
    QCOMPARE(Patch::valueAt(moved, path), QJsonValue(QStringLiteral("b@x")));
    QVERIFY(
        Patch::valueAt(json(R"({"emails":[{"value":"h@x","type":"home"}]})"), path).isUndefined());
    QCOMPARE(Patch::valueAt(after, QStringLiteral("name.familyName")),
             QJsonValue(QStringLiteral("King")));
}

QTEST_GUILESS_MAIN(tst_Patch)
#include "tst_patch.moc"
