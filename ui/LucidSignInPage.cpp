#include "LucidSignInPage.h"

#include "connections/ConnectionStore.h"
#include "lucid/LucidSignIn.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ScimDesk {

LucidSignInPage::LucidSignInPage(ConnectionStore *store, TokenStore *tokens,
                                 const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_connectionId(profile.id)
    , m_clientId(new QLineEdit(profile.lucidRest.clientId, this))
    , m_secret(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign in for document &hand-over…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("lucidSignInPage"));
    m_signIn->setObjectName(QStringLiteral("lucidSignIn"));
    m_clientId->setObjectName(QStringLiteral("lucidClientId"));
    m_secret->setObjectName(QStringLiteral("lucidClientSecret"));
    m_status->setObjectName(QStringLiteral("lucidSignInStatus"));
    m_clientId->setPlaceholderText(tr("From the OAuth app registered in Lucid's developer portal"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(profile.hasRestSignIn() ? tr("stored — type to replace")
                                                         : tr("The OAuth app's client secret"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(profile.hasRestSignIn()
                          ? tr("Signed in: plans can hand a leaver's documents to someone.")
                          : tr("Lucid sends a deleted or delicensed user's documents to the "
                               "account's default recipient. Sign in to Lucid's REST API so that "
                               "an offboarding plan can hand them to someone you choose first."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Client &id:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_secret);
    form->addRow(QString(), m_signIn);
    form->addRow(m_status);
    connect(m_signIn, &QPushButton::clicked, this, &LucidSignInPage::signIn);
}

QString LucidSignInPage::clientId() const
{
    return m_clientId->text().trimmed();
}

QString LucidSignInPage::status() const
{
    return m_status->text();
}

void LucidSignInPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

void LucidSignInPage::signIn()
{
    std::optional<ConnectionProfile> saved = m_store->findById(m_connectionId);
    if (!saved) {
        showStatus(tr("Save the connection first, then sign in."));
        return;
    }
    // Only the client id is saved here; the dialog's other fields wait for Save.
    saved->lucidRest.clientId = clientId();
    if (const QString error = m_store->save(*saved); !error.isEmpty()) {
        showStatus(error);
        return;
    }
    delete m_running;
    m_running = new LucidSignIn(m_tokens, this);
    connect(m_running, &LucidSignIn::openUrl, this, [this](const QUrl &url) {
        QDesktopServices::openUrl(url);
        showStatus(tr("Waiting for Lucid in your browser: sign in as an account admin and allow "
                      "access. If no browser opened, open this address: %1")
                       .arg(url.toString(QUrl::FullyEncoded)));
    });
    connect(m_running, &LucidSignIn::finished, this, [this](const QString &error) {
        m_signIn->setEnabled(true);
        m_secret->clear();
        if (error.isEmpty())
            m_secret->setPlaceholderText(tr("stored — type to replace"));
        showStatus(error.isEmpty()
                       ? tr("Signed in: plans can hand a leaver's documents to someone.")
                       : error);
    });
    m_signIn->setEnabled(false);
    showStatus(tr("Starting the sign-in…"));
    m_running->start(*saved, m_secret->text().trimmed());
}

} // namespace ScimDesk
