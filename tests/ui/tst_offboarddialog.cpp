// The console's person view: find someone on every connection, review the offboarding plan
// by section, apply it.
#include "OffboardDialog.h"
#include "TestServer.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "connections/ConnectionStore.h"
#include "secrets/KeychainTokenStore.h"

#include <QComboBox>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace ScimDesk;

namespace {

const QString LucidSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User");

QJsonObject user(const QString &email, bool lucid)
{
    QJsonObject resource {{QStringLiteral("userName"), email},
                          {QStringLiteral("displayName"), email.section(u'@', 0, 0)},
                          {QStringLiteral("emails"),
                           QJsonArray {QJsonObject {{QStringLiteral("value"), email},
                                                    {QStringLiteral("primary"), true}}}},
                          {QStringLiteral("active"), true}};
    if (lucid)
        resource.insert(LucidSchema,
                        QJsonObject {{QStringLiteral("productLicenses"),
                                      QJsonObject {{QStringLiteral("Lucidchart"), true}}}});
    return resource;
}

QJsonArray directory(bool withAda, bool lucid)
{
    QJsonArray users;
    if (withAda)
        users.append(user(u"ada@example.com"_qs, lucid));
    for (int i = 0; i < 40; ++i)
        users.append(user(u"stays%1@example.com"_qs.arg(i), lucid));
    return users;
}

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class tst_OffboardDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findReviewApply_acrossTwoConnections();
    void deactivatedAccount_offboardFollowsTheAction();

private:
    Test::TestServer m_server;
    std::unique_ptr<Test::OwnedServer> m_chat;
};

void tst_OffboardDialog::initTestCase()
{
    if (!Test::startUiTestCase(&m_server, 0, 0))
        return;
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 0},
                            {QStringLiteral("groups"), 0},
                            {QStringLiteral("seed"),
                             QJsonObject {{QStringLiteral("users"), directory(true, true)},
                                          {QStringLiteral("groups"), QJsonArray()}}}}));
    m_chat = std::make_unique<Test::OwnedServer>(QStringList {
        QStringLiteral("--profile"), QStringLiteral("generic"), QStringLiteral("--users"),
        QStringLiteral("0"), QStringLiteral("--groups"), QStringLiteral("0")});
    QVERIFY2(m_chat->isRunning(), qPrintable(m_chat->error()));
    QVERIFY(
        m_chat->server().reset({{QStringLiteral("profile"), QStringLiteral("generic")},
                                {QStringLiteral("users"), 0},
                                {QStringLiteral("groups"), 0},
                                {QStringLiteral("seed"),
                                 QJsonObject {{QStringLiteral("users"), directory(false, false)},
                                              {QStringLiteral("groups"), QJsonArray()}}}}));
}

void tst_OffboardDialog::findReviewApply_acrossTwoConnections()
{
    ConnectionStore store;
    KeychainTokenStore tokens;
    QVERIFY(!Test::saveOnlyConnection(store, tokens, m_server, u"Lucid"_qs).id.isEmpty());
    ConnectionProfile chat = ConnectionProfile::fromPreset(QStringLiteral("generic"));
    chat.name = QStringLiteral("Chat");
    chat.baseUrl = m_chat->server().baseUrl();
    store.save(chat);
    QVERIFY(waitFor([&](const QObject *context, TokenStore::Callback done) {
                tokens.write(chat.id, m_chat->server().token(), context, done);
            }).ok());
    QVERIFY(m_chat->server().clearRequests());

    OffboardDialog dialog(&store, &tokens);
    dialog.show();
    QSignalSpy searched(&dialog, &OffboardDialog::searched);
    dialog.search({u"ada@example.com"_qs});
    QVERIFY(searched.wait(60'000));

    // One row per connection: where she has an account, and where not, in words.
    QTreeWidget *accounts = dialog.accountsView();
    QCOMPARE(accounts->topLevelItemCount(), 2);
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < accounts->topLevelItemCount(); ++i)
        rows.insert(accounts->topLevelItem(i)->text(1), accounts->topLevelItem(i));
    QCOMPARE(rows.value(u"Lucid"_qs)->text(3), u"active"_qs);
    QCOMPARE(rows.value(u"Lucid"_qs)->text(4), u"Lucidchart"_qs);
    QCOMPARE(rows.value(u"Chat"_qs)->text(3), u"not found"_qs);
    Test::maybeGrab(dialog, QStringLiteral("offboard-found"));

    QPushButton *offboard = button(&dialog, tr("&Offboard…"));
    QVERIFY(offboard && offboard->isEnabled());
    offboard->click();
    QCOMPARE(dialog.plan().sections.size(), 1);
    QTreeWidget *review = dialog.reviewView();
    QStringList topLevel;
    for (int i = 0; i < review->topLevelItemCount(); ++i)
        topLevel.append(review->topLevelItem(i)->text(0) + u": "_qs
                        + review->topLevelItem(i)->text(2));
    QVERIFY2(topLevel.size() == 2, qPrintable(topLevel.join(u"; ")));
    QVERIFY2(topLevel.first().startsWith(u"Lucid: 1"), qPrintable(topLevel.first()));
    QVERIFY2(topLevel.last().contains(u"not found there"), qPrintable(topLevel.last()));
    // The Lucid section says what the deactivation takes away.
    QTreeWidgetItem *lucid = review->topLevelItem(0);
    QStringList children;
    for (int i = 0; i < lucid->childCount(); ++i)
        children.append(lucid->child(i)->text(2));
    QVERIFY2(children.join(u' ').contains(u"Lucidchart"), qPrintable(children.join(u"; ")));
    // A change's warning, which the column may cut short, reads whole on hover.
    QTreeWidgetItem *change = lucid->child(lucid->childCount() - 1);
    QVERIFY2(change->text(2).contains(u" — "), qPrintable(change->text(2)));
    QCOMPARE(change->toolTip(2), change->text(2));
    Test::maybeGrab(dialog, QStringLiteral("offboard-review"));

    QSignalSpy applied(&dialog, &OffboardDialog::applied);
    Test::onNextModal([](QWidget *modal) { Test::clickButton(modal, tr("Apply")); });
    button(&dialog, tr("&Apply…"))->click();
    QVERIFY(applied.wait(60'000));
    QVERIFY2(lucid->text(2).startsWith(u"applied 1"), qPrintable(lucid->text(2)));
    bool adaActive = true;
    for (const QJsonValue &value : m_server.state().value(u"users").toArray()) {
        if (value.toObject().value(u"userName").toString() == u"ada@example.com")
            adaActive = value.toObject().value(u"active").toBool(true);
    }
    QVERIFY(!adaActive);
    for (const QJsonValue &request : m_chat->server().requests())
        QCOMPARE(request.toObject().value(u"method").toString(), u"GET"_qs);
    Test::maybeGrab(dialog, QStringLiteral("offboard-applied"));
}

void tst_OffboardDialog::deactivatedAccount_offboardFollowsTheAction()
{
    // Found, but already deactivated: nothing to deactivate, something to delete. The action
    // is often chosen after the search, and Offboard… follows it.
    QJsonArray users = directory(false, true);
    QJsonObject grace = user(u"grace@example.com"_qs, true);
    grace.insert(QStringLiteral("active"), false);
    users.append(grace);
    QVERIFY(m_server.reset({{QStringLiteral("profile"), QStringLiteral("lucid")},
                            {QStringLiteral("users"), 0},
                            {QStringLiteral("groups"), 0},
                            {QStringLiteral("seed"),
                             QJsonObject {{QStringLiteral("users"), users},
                                          {QStringLiteral("groups"), QJsonArray()}}}}));
    ConnectionStore store;
    KeychainTokenStore tokens;
    QVERIFY(!Test::saveOnlyConnection(store, tokens, m_server, u"Lucid"_qs).id.isEmpty());

    OffboardDialog dialog(&store, &tokens);
    dialog.show();
    QSignalSpy searched(&dialog, &OffboardDialog::searched);
    dialog.search({u"grace@example.com"_qs});
    QVERIFY(searched.wait(60'000));
    QCOMPARE(dialog.accountsView()->topLevelItemCount(), 1);
    QCOMPARE(dialog.accountsView()->topLevelItem(0)->text(3), u"deactivated"_qs);

    QPushButton *offboard = button(&dialog, tr("&Offboard…"));
    auto *action = dialog.findChild<QComboBox *>(QStringLiteral("offboardAction"));
    QVERIFY(offboard && action);
    QCOMPARE(action->currentIndex(), 0);
    QVERIFY(!offboard->isEnabled()); // nothing to deactivate
    action->setCurrentIndex(1);
    QVERIFY(offboard->isEnabled()); // the account can be deleted
    action->setCurrentIndex(0);
    QVERIFY(!offboard->isEnabled());
}

QTEST_MAIN(tst_OffboardDialog)
#include "tst_offboarddialog.moc"
