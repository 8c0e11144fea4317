#include "ConnectionDialog.h"

#include "LucidSignInPage.h"
#include "WindowSize.h"
#include "connections/ConnectionStore.h"
#include "connections/ConnectionTester.h"
#include "directory/Directory.h"
#include "directory/LicenceGroupProposal.h"
#include "scim/Preset.h"
#include "scim/ScimClient.h"
#include "secrets/TokenStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
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
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QLayout *service = buildServiceForm();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings"));
    m_tabs->addTab(buildLicencesPage(), tr("&Licences"));
    m_tabs->addTab(buildAdvancedPage(), tr("Ad&vanced"));
    m_documentsPage = new LucidSignInPage(store, tokens, m_profile, this);
    m_tabs->addTab(m_documentsPage, tr("&Documents"));

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
    layout->addWidget(m_tabs);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    presetChanged();
    orderFocus();
    resizeOnScreen(this, QSize(620, sizeHint().height()));
}

QLayout *ConnectionDialog::buildServiceForm()
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(m_profile.name);
    m_name->setPlaceholderText(tr("e.g. Lucid production"));
    for (const Preset &preset : Preset::all())
        m_preset->addItem(preset.displayName, preset.id);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->setAccessibleName(tr("Service"));
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
    form->addRow(tr("S&ervice:"), m_preset);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(QString(), m_presetNote);
    form->addRow(tr("To&ken:"), m_token);
    return form;
}

QWidget *ConnectionDialog::buildAdvancedPage()
{
    m_pageSize->setRange(0, 10'000);
    m_pageSize->setSpecialValueText(tr("Automatic: the largest the service allows"));
    m_pageSize->setValue(m_profile.pageSize);
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(m_profile.concurrency);
    m_match->addItem(tr("User name"), QStringLiteral("userName"));
    m_match->addItem(tr("External ID"), QStringLiteral("externalId"));
    m_match->addItem(tr("Email"), QStringLiteral("email"));
    m_match->setCurrentIndex(qMax(0, m_match->findData(m_profile.matchAttribute)));
    m_match->setAccessibleName(tr("Match users by"));
    m_protected->setPlainText(m_profile.protectedAccounts.join(u'\n'));
    m_protected->setPlaceholderText(
        tr("One user name per line: accounts that may never be deactivated or deleted"));
    m_protected->setMaximumHeight(80);
    m_protected->setTabChangesFocus(true); // a user name holds no tab: Tab moves on
    m_protected->setAccessibleName(tr("Protected accounts"));
    m_threshold->setObjectName(QStringLiteral("deprovisionThreshold"));
    m_threshold->setRange(-1, 1'000'000);
    m_threshold->setSpecialValueText(tr("10 users or 5 % of the directory, whichever is smaller"));
    m_threshold->setValue(m_profile.deprovisionThreshold);
    m_threshold->setToolTip(tr("Deactivating or deleting more users than this at once needs a "
                               "typed confirmation."));

    auto *advanced = new QWidget(this);
    advanced->setObjectName(QStringLiteral("advancedPage"));
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("Users per &page:"), m_pageSize);
    advancedForm->addRow(tr("&Requests at once:"), m_concurrency);
    advancedForm->addRow(tr("&Match users by:"), m_match);
    advancedForm->addRow(tr("Pr&otected accounts:"), m_protected);
    advancedForm->addRow(tr("Confirm deprovisioning a&bove:"), m_threshold);
    return advanced;
}

QWidget *ConnectionDialog::buildLicencesPage()
{
    m_licencesPage = new QWidget(this);
    m_licencesPage->setObjectName(QStringLiteral("licencesPage"));
    m_byAttribute
        = new QRadioButton(tr("By &attribute (the user's licence settings)"), m_licencesPage);
    m_byAttribute->setObjectName(QStringLiteral("licencesByAttribute"));
    m_byGroup = new QRadioButton(tr("By &group (membership in a group grants the licence)"),
                                 m_licencesPage);
    m_byGroup->setObjectName(QStringLiteral("licencesByGroup"));
    auto *mode = new QButtonGroup(m_licencesPage);
    mode->addButton(m_byAttribute);
    mode->addButton(m_byGroup);
    (m_profile.licencesByGroup() ? m_byGroup : m_byAttribute)->setChecked(true);
    m_licenceGroups = m_profile.licenceGroups;

    m_licenceForm = new QFormLayout;
    m_licenceForm->setContentsMargins(24, 0, 0, 0); // under "By group", which it belongs to
    m_propose = new QPushButton(tr("&Propose from the directory"), m_licencesPage);
    m_propose->setObjectName(QStringLiteral("proposeLicenceGroups"));
    m_licenceNote = new QLabel(m_licencesPage);
    m_licenceNote->setObjectName(QStringLiteral("licenceNote"));
    m_licenceNote->setAccessibleName(tr("About the licence groups"));
    m_licenceNote->setWordWrap(true);
    m_licenceNote->setTextFormat(Qt::PlainText); // it shows group names from the service
    m_licenceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *proposeRow = new QHBoxLayout;
    proposeRow->setContentsMargins(24, 0, 0, 0);
    proposeRow->addWidget(m_propose);
    proposeRow->addStretch();

    connect(m_byGroup, &QRadioButton::toggled, this, &ConnectionDialog::updateLicenceControls);
    connect(m_propose, &QPushButton::clicked, this, &ConnectionDialog::proposeLicenceGroups);

    // What deactivating does to licences here: what previews of deactivations rest on.
    auto *deactivation = new QLabel(m_licencesPage);
    deactivation->setObjectName(QStringLiteral("deactivationLicences"));
    deactivation->setWordWrap(true);
    if (m_profile.deactivationRevokesLicences)
        deactivation->setText(
            *m_profile.deactivationRevokesLicences
                ? tr("Deactivating a user takes their licences away on this service, as its "
                     "answers to an earlier apply showed. Previews of deactivations list the "
                     "licences each user loses.")
                : tr("Deactivating a user leaves their licences as they are on this service, as "
                     "its answers to an earlier apply showed."));
    else if (Preset::byId(m_profile.presetId).deactivationRevokesLicences)
        deactivation->setText(tr("Deactivating a user takes their licences away (as the service "
                                 "documents). Previews of deactivations list the licences each "
                                 "user loses; ScimDesk checks this against what the service "
                                 "answers."));
    else
        deactivation->setText(tr("Whether deactivating a user takes their licences away here "
                                 "is not known yet: ScimDesk learns it from the first "
                                 "deactivation of a user with licences that it applies."));

    auto *layout = new QVBoxLayout(m_licencesPage);
    layout->addWidget(m_byAttribute);
    layout->addWidget(m_byGroup);
    layout->addLayout(m_licenceForm);
    layout->addLayout(proposeRow);
    layout->addWidget(m_licenceNote);
    layout->addSpacing(12);
    layout->addWidget(deactivation);
    layout->addStretch();
    return m_licencesPage;
}

void ConnectionDialog::orderFocus()
{
    // The tabs right after the token, and each page's fields after its tab: the fields were
    // made before the tabs that hold them.
    QWidget *previous = m_token;
    const auto next = [&previous](QWidget *widget) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    };
    next(m_tabs);
    next(m_byAttribute);
    next(m_byGroup);
    // The licence rows in the order they are shown.
    for (int row = 0; row < m_licenceForm->rowCount(); ++row) {
        if (QLayoutItem *field = m_licenceForm->itemAt(row, QFormLayout::FieldRole))
            next(field->widget());
    }
    next(m_propose);
    for (QWidget *field : std::initializer_list<QWidget *> {m_pageSize, m_concurrency, m_match,
                                                            m_protected, m_threshold})
        next(field);
}

QStringList ConnectionDialog::licenceNames() const
{
    const QString presetId = m_preset->currentData().toString();
    QStringList names = Preset::byId(presetId).licenceNames;
    if (m_directory && presetId == m_profile.presetId
        && !m_directory->capabilities().licenceNames.isEmpty())
        names = m_directory->capabilities().licenceNames;
    if (names.isEmpty())
        return names; // a service without licences: nothing to give by group
    // A licence given a group that the service no longer names stays visible while it has one.
    for (auto it = m_licenceGroups.cbegin(); it != m_licenceGroups.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    return names;
}

QMap<QString, QString> ConnectionDialog::licenceGroups() const
{
    QMap<QString, QString> groups = m_licenceGroups;
    for (auto it = m_licenceGroupBoxes.cbegin(); it != m_licenceGroupBoxes.cend(); ++it) {
        const QString group = it.value()->currentText().trimmed();
        if (group.isEmpty())
            groups.remove(it.key());
        else
            groups.insert(it.key(), group);
    }
    return groups;
}

void ConnectionDialog::rebuildLicenceRows()
{
    m_licenceGroups = licenceGroups();
    while (m_licenceForm->rowCount() > 0)
        m_licenceForm->removeRow(0);
    m_licenceGroupBoxes.clear();
    const QStringList names = licenceNames();
    for (const QString &licence : std::as_const(names)) {
        auto *box = new QComboBox(m_licencesPage);
        box->setObjectName(QStringLiteral("licenceGroup:") + licence);
        box->setEditable(true); // the group may not be loaded, or not exist yet
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setMinimumContentsLength(24);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->lineEdit()->setPlaceholderText(tr("No group"));
        box->setAccessibleName(tr("Group granting %1").arg(licence));
        box->lineEdit()->setAccessibleName(box->accessibleName());
        box->setToolTip(tr("The displayName of the group whose members get %1, exactly as the "
                           "service spells it")
                            .arg(licence));
        m_licenceForm->addRow(tr("%1:").arg(licence), box);
        m_licenceGroupBoxes.insert(licence, box);
    }
    fillGroupChoices();
    for (auto it = m_licenceGroupBoxes.cbegin(); it != m_licenceGroupBoxes.cend(); ++it)
        it.value()->setCurrentText(m_licenceGroups.value(it.key()));
    const int index = m_tabs ? m_tabs->indexOf(m_licencesPage) : -1;
    if (index >= 0)
        m_tabs->setTabVisible(index, !names.isEmpty());
    updateLicenceControls();
    if (m_tabs)
        orderFocus();
}

QWidget *ConnectionDialog::firstGroupBox() const
{
    QLayoutItem *first = m_licenceForm->itemAt(0, QFormLayout::FieldRole);
    return first ? first->widget() : nullptr;
}

void ConnectionDialog::fillGroupChoices()
{
    QStringList names;
    if (m_directory) {
        for (const GroupRecord &group : m_directory->groups()->all())
            names.append(group.displayName);
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    for (QComboBox *box : std::as_const(m_licenceGroupBoxes)) {
        const QString typed = box->currentText();
        box->clear();
        box->addItem(QString()); // no group
        box->addItems(names);
        box->setCurrentText(typed);
    }
}

void ConnectionDialog::updateLicenceControls()
{
    const bool byGroup = m_byGroup->isChecked();
    for (QComboBox *box : std::as_const(m_licenceGroupBoxes))
        box->setEnabled(byGroup);
    for (int row = 0; row < m_licenceForm->rowCount(); ++row) {
        if (QLayoutItem *label = m_licenceForm->itemAt(row, QFormLayout::LabelRole))
            label->widget()->setEnabled(byGroup);
    }
    const bool loaded = m_directory && m_directory->users()->rowCount() > 0;
    m_propose->setEnabled(byGroup && loaded);
    m_propose->setToolTip(loaded ? tr("For each licence, choose the group whose members are "
                                      "exactly the active users holding it")
                                 : tr("Open this connection and let its users load: the groups "
                                      "are proposed from them"));
}

void ConnectionDialog::setDirectory(const Directory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory) {
        // Groups still loading join the choices as they arrive.
        connect(m_directory, &Directory::stateChanged, this, [this] {
            fillGroupChoices();
            updateLicenceControls();
        });
    }
    m_licenceNote->clear();
    rebuildLicenceRows();
    orderFocus();
}

void ConnectionDialog::proposeLicenceGroups()
{
    if (!m_directory)
        return;
    const LicenceGroupProposal proposal = LicenceGroupProposal::fromDirectory(
        m_directory->users()->store(), m_directory->groups()->all());
    const QMap<QString, QString> groups = proposal.groups();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (QComboBox *box = m_licenceGroupBoxes.value(it.key()))
            box->setCurrentText(it.value());
    }
    QString note = proposal.text();
    if (m_directory->state() != Directory::State::Complete || !m_directory->groupsComplete())
        note += u' '
            + tr("Only part of the directory is loaded (%L1 users, %L2 groups): check the "
                 "proposal.")
                  .arg(m_directory->users()->rowCount())
                  .arg(m_directory->groups()->rowCount());
    if (!groups.isEmpty())
        note += u' ' + tr("Check the groups, then Save: nothing changes until you do.");
    showNote(note);
}

void ConnectionDialog::showLicenceProposal(const LicenceGroupProposal &proposal)
{
    m_byGroup->setChecked(true);
    const QMap<QString, QString> groups = proposal.groups();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (QComboBox *box = m_licenceGroupBoxes.value(it.key()))
            box->setCurrentText(it.value());
    }
    showNote(groups.isEmpty()
                 ? tr("%1 Choose the group that grants each licence (as set in the service's admin "
                      "panel), then Save.")
                       .arg(proposal.text())
                 : tr("%1 Check the groups, then Save: nothing changes until you do.")
                       .arg(proposal.text()));
    m_tabs->setCurrentWidget(m_licencesPage);
    if (QWidget *first = firstGroupBox())
        first->setFocus(Qt::OtherFocusReason);
}

void ConnectionDialog::presetChanged()
{
    const Preset &preset = Preset::byId(m_preset->currentData().toString());
    m_presetNote->setText(preset.note);
    // Handing documents over is Lucid's REST API.
    m_tabs->setTabEnabled(m_tabs->indexOf(m_documentsPage), preset.id == u"lucid");
    if (m_licenceForm)
        rebuildLicenceRows();
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
    profile.licenceMode = m_byGroup->isChecked() ? ConnectionProfile::LicenceMode::Group
                                                 : ConnectionProfile::LicenceMode::Attribute;
    profile.licenceGroups = licenceGroups();
    profile.lucidRest.clientId = m_documentsPage->clientId();
    return profile;
}

void ConnectionDialog::showResult(const QString &text)
{
    m_result->setText(text);
    growToFit();
}

void ConnectionDialog::showNote(const QString &text)
{
    m_licenceNote->setText(text);
    growToFit();
}

void ConnectionDialog::growToFit()
{
    // A longer message wraps onto more lines: the dialog grows rather than squeezing the fields
    // or cutting the message off. It never shrinks under the admin.
    QLayout *top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalSizeHint().height();
    if (needed > height())
        resizeOnScreen(this, QSize(width(), needed));
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::setBusy(bool busy, const QString &text)
{
    m_test->setEnabled(!busy);
    showResult(text);
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile candidate = profile();
    if (const QString why = ConnectionProfile::urlError(candidate.baseUrl); !why.isEmpty()) {
        showResult(why);
        return;
    }
    if (const ScimError error = ScimClient::checkBaseUrl(candidate.baseUrl); error.isError()) {
        showResult(error.message());
        return;
    }
    if (m_isNew && m_token->text().trimmed().isEmpty()) {
        showResult(tr("Paste the token first."));
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
        showResult(tr("Give the connection a name."));
        return;
    }
    if (const auto other = m_store->findByName(candidate.name);
        other && other->id != candidate.id) {
        showResult(tr("A connection named \"%1\" already exists — choose another name.")
                       .arg(candidate.name));
        return;
    }
    if (const QString why = ConnectionProfile::urlError(candidate.baseUrl); !why.isEmpty()) {
        showResult(why);
        return;
    }
    if (const ScimError error = ScimClient::checkBaseUrl(candidate.baseUrl); error.isError()) {
        showResult(error.message());
        return;
    }
    if (m_isNew && m_token->text().trimmed().isEmpty()) {
        showResult(tr("Paste the token: a connection needs one."));
        return;
    }
    if (candidate.licencesByGroup() && !m_licenceGroupBoxes.isEmpty()) {
        bool anyGroup = false;
        for (auto it = m_licenceGroupBoxes.cbegin(); it != m_licenceGroupBoxes.cend(); ++it)
            anyGroup = anyGroup || candidate.licenceGroups.contains(it.key());
        if (!anyGroup) {
            showResult(tr("Licences by group need a group for at least one licence: "
                          "choose or type the group that grants it (Licences tab), or "
                          "choose By attribute."));
            m_tabs->setCurrentWidget(m_licencesPage);
            firstGroupBox()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        if (const QString error = m_store->save(candidate); !error.isEmpty()) {
            showResult(error);
            return;
        }
        m_profile = candidate;
        QDialog::accept();
        return;
    }
    // Settings first, then the token; if the keychain refuses, a new connection is taken back
    // so that no profile is left without its token (and no token without a profile).
    if (const QString error = m_store->save(candidate); !error.isEmpty()) {
        showResult(error);
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

void ConnectionDialog::reject()
{
    if (m_saving)
        return; // the keychain is answering the save; it says how this ends
    QDialog::reject();
}

} // namespace ScimDesk
