#include "ConnectionDialog.h"

#include "connections/ConnectionStore.h"
#include "connections/ConnectionTester.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "secrets/TokenStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace ScimDesk {

ConnectionDialog::ConnectionDialog(ConnectionStore *store, TokenStore *tokens,
                                   const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_profile(profile)
    , m_isNew(profile.id.isEmpty())
    , m_tester(new ConnectionTester(tokens, this))
    , m_name(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_presetNote(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_pageSize(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_match(new QComboBox(this))
    , m_protected(new QPlainTextEdit(this))
    , m_threshold(new QSpinBox(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(m_isNew ? tr("New connection")
                           : tr("Connection settings — %1").arg(profile.name));
    if (m_isNew)
        m_profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));

    m_test->setObjectName(QStringLiteral("testButton"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QLayout *service = buildServiceForm();
    QWidget *advanced = buildAdvancedBox();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ConnectionDialog::presetChanged);
    connect(m_tester, &ConnectionTester::finished, this,
            [this](const ConnectionReport &report) { setBusy(false, report.summary()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(service);
    layout->addWidget(advanced);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    presetChanged();
    resize(620, sizeHint().height());
}

QLayout *ConnectionDialog::buildServiceForm()
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(m_profile.name);
    m_name->setPlaceholderText(tr("e.g. Lucid production"));
    for (const Preset &preset : Preset::all())
        m_preset->addItem(preset.displayName, preset.id);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(m_profile.presetId)));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setText(m_profile.baseUrl.toString());
    m_presetNote->setWordWrap(true);
    m_presetNote->setObjectName(QStringLiteral("presetNote"));

    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_isNew ? tr("Paste the SCIM bearer token")
                                        : tr("Token stored in the keychain — type to replace"));
    m_token->setToolTip(tr("The token is kept only in the OS keychain. It is never shown again."));
    m_token->setAccessibleName(tr("SCIM token"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Service:"), m_preset);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(QString(), m_presetNote);
    form->addRow(tr("&Token:"), m_token);
    return form;
}

QWidget *ConnectionDialog::buildAdvancedBox()
{
    m_pageSize->setRange(1, 10'000);
    m_pageSize->setValue(m_profile.pageSize);
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(m_profile.concurrency);
    m_match->addItem(tr("User name"), QStringLiteral("userName"));
    m_match->addItem(tr("External ID"), QStringLiteral("externalId"));
    m_match->addItem(tr("Email"), QStringLiteral("email"));
    m_match->setCurrentIndex(qMax(0, m_match->findData(m_profile.matchAttribute)));
    m_protected->setPlainText(m_profile.protectedAccounts.join(u'\n'));
    m_protected->setPlaceholderText(
        tr("One user name per line: accounts that may never be deactivated or deleted"));
    m_protected->setMaximumHeight(80);
    m_threshold->setObjectName(QStringLiteral("deprovisionThreshold"));
    m_threshold->setRange(-1, 1'000'000);
    m_threshold->setSpecialValueText(tr("10 users or 5 % of the directory, whichever is smaller"));
    m_threshold->setValue(m_profile.deprovisionThreshold);
    m_threshold->setToolTip(tr("Deactivating or deleting more users than this at once needs a "
                               "typed confirmation."));

    auto *advanced = new QGroupBox(tr("Advanced"), this);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("Users per page:"), m_pageSize);
    advancedForm->addRow(tr("Requests at once:"), m_concurrency);
    advancedForm->addRow(tr("Match users by:"), m_match);
    advancedForm->addRow(tr("Protected accounts:"), m_protected);
    advancedForm->addRow(tr("Confirm deprovisioning above:"), m_threshold);
    return advanced;
}

void ConnectionDialog::presetChanged()
{
    const Preset &preset = Preset::byId(m_preset->currentData().toString());
    m_presetNote->setText(preset.note);
    // Offer the preset's URL when the field is empty or still shows another preset's.
    bool fromPreset = m_url->text().isEmpty();
    for (const Preset &other : Preset::all())
        fromPreset
            = fromPreset || (!other.urlTemplate.isEmpty() && m_url->text() == other.urlTemplate);
    if (fromPreset)
        m_url->setText(preset.urlTemplate);
    if (m_isNew) {
        m_pageSize->setValue(preset.pageSize);
        m_concurrency->setValue(preset.concurrency);
    }
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile = m_profile;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    profile.presetId = m_preset->currentData().toString();
    profile.pageSize = m_pageSize->value();
    profile.concurrency = m_concurrency->value();
    profile.matchAttribute = m_match->currentData().toString();
    profile.deprovisionThreshold = m_threshold->value();
    profile.protectedAccounts = m_protected->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &account : profile.protectedAccounts)
        account = account.trimmed();
    return profile;
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::setBusy(bool busy, const QString &text)
{
    m_test->setEnabled(!busy);
    m_result->setText(text);
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile candidate = profile();
    if (const QString why = ConnectionProfile::urlError(candidate.baseUrl); !why.isEmpty()) {
        m_result->setText(why);
        return;
    }
    if (const ScimError error = ScimClient::checkBaseUrl(candidate.baseUrl); error.isError()) {
        m_result->setText(error.message());
        return;
    }
    if (m_isNew && m_token->text().trimmed().isEmpty()) {
        m_result->setText(tr("Paste the token first."));
        return;
    }
    setBusy(true, tr("Testing…"));
    m_tester->test(candidate, m_token->text());
}

void ConnectionDialog::accept()
{
    if (m_saving)
        return; // the keychain is still answering the first click
    const ConnectionProfile candidate = profile();
    if (candidate.name.isEmpty()) {
        m_result->setText(tr("Give the connection a name."));
        return;
    }
    if (const auto other = m_store->findByName(candidate.name);
        other && other->id != candidate.id) {
        m_result->setText(tr("A connection named \"%1\" already exists — choose another name.")
                              .arg(candidate.name));
        return;
    }
    if (const QString why = ConnectionProfile::urlError(candidate.baseUrl); !why.isEmpty()) {
        m_result->setText(why);
        return;
    }
    if (const ScimError error = ScimClient::checkBaseUrl(candidate.baseUrl); error.isError()) {
        m_result->setText(error.message());
        return;
    }
    if (m_isNew && m_token->text().trimmed().isEmpty()) {
        m_result->setText(tr("Paste the token: a connection needs one."));
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        if (const QString error = m_store->save(candidate); !error.isEmpty()) {
            m_result->setText(error);
            return;
        }
        m_profile = candidate;
        QDialog::accept();
        return;
    }
    // Settings first, then the token; if the keychain refuses, a new connection is taken back
    // so that no profile is left without its token (and no token without a profile).
    if (const QString error = m_store->save(candidate); !error.isEmpty()) {
        m_result->setText(error);
        return;
    }
    m_saving = true;
    setBusy(true, tr("Storing the token in the keychain…"));
    m_tokens->write(candidate.id, token, this, [this, candidate](const TokenResult &result) {
        m_saving = false;
        setBusy(false, result.ok() ? QString() : result.message());
        if (!result.ok()) {
            if (m_isNew)
                m_store->remove(candidate.id);
            return;
        }
        m_token->clear();
        m_profile = candidate;
        QDialog::accept();
    });
}

} // namespace ScimDesk
