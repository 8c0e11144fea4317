#include "ConnectionDialog.h"
#include "LucidSignInPage.h"
#include "TestServer.h"
#include "UiModal.h"
#include "UiTestCase.h"
#include "connections/ConnectionStore.h"
#include "secrets/KeychainTokenStore.h"

#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace ScimDesk;

// The Documents tab of a Lucid connection's settings: sign in for handing documents over,
// against the test service's OAuth server; the test is the browser the console opens.
class tst_LucidSignIn : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The browser: follows Lucid's page to the console's loopback address.
    void follow(const QUrl &url);

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void documentsTab_isForLucidOnly();
    void signIn_opensTheBrowser_andSaysSignedIn();

private:
    QTabWidget *tabs(ConnectionDialog &dialog) const { return dialog.tabs(); }
    static int documentsTab(ConnectionDialog &dialog);

    Test::TestServer m_server;
    KeychainTokenStore m_tokens;
    std::unique_ptr<ConnectionStore> m_store;
    ConnectionProfile m_profile;
    QNetworkAccessManager m_browser;
    int m_followed = 0;
};

void tst_LucidSignIn::follow(const QUrl &url)
{
    ++m_followed;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_browser.get(request);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void tst_LucidSignIn::initTestCase()
{
    if (!Test::startUiTestCase(&m_server, 2, 0))
        return;
    m_store = std::make_unique<ConnectionStore>();
    m_profile = Test::saveOnlyConnection(*m_store, m_tokens, m_server, u"Lucid sign-in"_qs);
    QVERIFY(!m_profile.id.isEmpty());
    QUrl root = m_server.baseUrl();
    root.setPath(QString());
    m_profile.lucidRest.authorizeUrl = root.resolved(QUrl(u"/oauth2/authorizeAccount"_qs));
    m_profile.lucidRest.tokenUrl = root.resolved(QUrl(u"/oauth2/token"_qs));
    m_profile.lucidRest.apiUrl = root;
    QVERIFY(m_store->save(m_profile).isEmpty());
    QDesktopServices::setUrlHandler(u"http"_qs, this, "follow");
}

void tst_LucidSignIn::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_qs);
}

int tst_LucidSignIn::documentsTab(ConnectionDialog &dialog)
{
    return dialog.tabs()->indexOf(dialog.findChild<LucidSignInPage *>());
}

void tst_LucidSignIn::documentsTab_isForLucidOnly()
{
    ConnectionDialog lucid(m_store.get(), &m_tokens, m_profile);
    QVERIFY(documentsTab(lucid) >= 0);
    QVERIFY(lucid.tabs()->isTabEnabled(documentsTab(lucid)));

    ConnectionProfile generic = m_profile;
    generic.presetId = u"generic"_qs;
    ConnectionDialog other(m_store.get(), &m_tokens, generic);
    QVERIFY(!other.tabs()->isTabEnabled(documentsTab(other)));
}

void tst_LucidSignIn::signIn_opensTheBrowser_andSaysSignedIn()
{
    ConnectionDialog dialog(m_store.get(), &m_tokens, m_profile);
    dialog.resize(1024, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(documentsTab(dialog));
    auto *page = dialog.findChild<LucidSignInPage *>();
    QVERIFY(!page->status().contains(u"Signed in"));
    page->findChild<QLineEdit *>(u"lucidClientId"_qs)->setText(u"scimdesk-test-client"_qs);
    page->findChild<QLineEdit *>(u"lucidClientSecret"_qs)->setText(u"scimdesk+test/secret="_qs);
    Test::maybeGrab(dialog, u"lucid-signin-before"_qs);
    QTest::mouseClick(page->signInButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_followed, 1, 30'000);
    QTRY_VERIFY2_WITH_TIMEOUT(page->status().startsWith(u"Signed in"), qPrintable(page->status()),
                              30'000);
    Test::maybeGrab(dialog, u"lucid-signin-after"_qs);
    QVERIFY(page->signInButton()->isEnabled());
    const std::optional<ConnectionProfile> saved = m_store->findById(m_profile.id);
    QVERIFY(saved && saved->hasRestSignIn());
    // The client id typed is what Save keeps too.
    QCOMPARE(dialog.profile().lucidRest.clientId, u"scimdesk-test-client"_qs);
}

QTEST_MAIN(tst_LucidSignIn)
#include "tst_lucidsignin.moc"
