#include "audit/AuditLog.h"
#include "changes/ChangeResult.h"
#include "changes/Plan.h"
#include "scim/ScimError.h"
#include "scim/ServerText.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ScimDesk;

// Server text is data: bounded and without control characters wherever it is shown or kept.
class tst_ServerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void visibleControls_showEveryControlWhole();
    void megabyteScimType_isBoundedAndClean();
    void auditLog_keepsCleanBoundedText();
};

void tst_ServerText::clean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("file");
    QTest::addColumn<QString>("expected");
    const QString esc(QChar(0x1B));
    QTest::newRow("plain") << QStringLiteral("Ada Lovelace") << false
                           << QStringLiteral("Ada Lovelace");
    QTest::newRow("csi colour") << esc + QStringLiteral("[31mred") + esc + QStringLiteral("[0m")
                                << false << QStringLiteral("red");
    QTest::newRow("osc title") << esc + QStringLiteral("]0;owned") + QChar(7) + QStringLiteral("ok")
                               << false << QStringLiteral("ok");
    QTest::newRow("c0 and del") << QStringLiteral("a\x01\x08") + QChar(0x7F) + u'b' << false
                                << QStringLiteral("ab");
    QTest::newRow("c1") << QStringLiteral("a") + QChar(0x9B) + QStringLiteral("2Jb") << false
                        << QStringLiteral("a2Jb");
    QTest::newRow("newline on a line")
        << QStringLiteral("a\n\tb\r\nc") << false << QStringLiteral("a b c");
    QTest::newRow("tab in a file") << QStringLiteral("a\tb\nc") << true << QStringLiteral("a\tb c");
    QTest::newRow("bidi override") << QStringLiteral("a") + QChar(0x202E) + QStringLiteral("b")
                                   << false << QStringLiteral("ab");
}

void tst_ServerText::clean()
{
    QFETCH(QString, text);
    QFETCH(bool, file);
    QFETCH(QString, expected);
    QCOMPARE(cleanServerText(text, file ? TextUse::File : TextUse::Line), expected);
}

void tst_ServerText::visibleControls_showEveryControlWhole()
{
    QCOMPARE(visibleControls(u"Ada Lovelace, Zoë 美"_qs), u"Ada Lovelace, Zoë 美"_qs);
    QCOMPARE(visibleControls(u"a\x1b[31mb\tc\nd"_qs), u"a\\u001b[31mb\\u0009c\\u000ad"_qs);
    QCOMPARE(visibleControls(u"\x7f\u0085\u009b\u202a\u2069"_qs),
             u"\\u007f\\u0085\\u009b\\u202a\\u2069"_qs);
    // Nothing is cut, however long.
    const QString longText = QString(5000, u'x') + QChar(0x1B);
    QCOMPARE(visibleControls(longText), QString(5000, u'x') + u"\\u001b"_qs);
}

void tst_ServerText::megabyteScimType_isBoundedAndClean()
{
    const QByteArray huge = QByteArray("\x1b[2J") + QByteArray(1024 * 1024, 'x');
    const QByteArray body = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],)"
                            R"("status":"400","scimType":")"
        + huge + R"(","detail":"bad\u001b]0;title\u0007 value"})";
    const ScimError error = ScimError::fromHttp(400, "application/scim+json", body, {}, {});
    QVERIFY(error.scimType().size() <= MaxServerTextLength + 1);
    QVERIFY(error.scimType().endsWith(QChar(0x2026)));
    const QString message = error.message();
    QVERIFY2(message.size() < 2000, qPrintable(QString::number(message.size())));
    for (const QChar c : message)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F, qPrintable(message));
    QVERIFY(message.contains(u"bad value"));
}

void tst_ServerText::auditLog_keepsCleanBoundedText()
{
    QTemporaryDir dir;
    AuditLog log(QStringLiteral("c1"), dir.path());
    Plan plan;
    Change change;
    change.id = QStringLiteral("c");
    change.targetName = QStringLiteral("evil\x1b[31m@example.com");
    ChangeResult result;
    result.outcome = ChangeResult::Outcome::Failed;
    result.message = QStringLiteral("refused\x1b]0;x\x07 ") + QString(100'000, u'y');
    QVERIFY(log.record(plan, change, result).isEmpty());
    const QList<QJsonObject> records = log.records();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().value(u"target").toString(), QStringLiteral("evil@example.com"));
    const QString message = records.first().value(u"message").toString();
    QVERIFY(message.startsWith(u"refused y"));
    QCOMPARE(message.size(), MaxServerTextLength + 1);
}

QTEST_GUILESS_MAIN(tst_ServerText)
#include "tst_servertext.moc"
