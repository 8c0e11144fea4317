#include "OffboardDialog.h"

#include "FileChooser.h"
#include "changes/ApplyEstimate.h"
#include "scim/Preset.h"

#include "WindowSize.h"
#include "common/OsUser.h"
#include "connections/ConnectionStore.h"
#include "csv/CsvReader.h"
#include "people/OffboardPlanner.h"
#include "people/PersonSearch.h"
#include "people/SectionedApply.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ScimDesk {

OffboardDialog::OffboardDialog(ConnectionStore *connections, TokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_tokens(tokens)
{
    setWindowTitle(tr("Find a person everywhere"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createSearchPage());
    m_pages->addWidget(createReviewPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resizeOnScreen(this, QSize(960, 560));
}

OffboardDialog::~OffboardDialog() = default;

QWidget *OffboardDialog::createSearchPage()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Email or userName:"), page);
    m_query = new QLineEdit(page);
    m_query->setPlaceholderText(tr("ada@example.com"));
    m_query->setClearButtonEnabled(true);
    label->setBuddy(m_query);
    m_find = new QPushButton(tr("&Search all connections"), page);
    m_find->setDefault(true);
    auto *file = new QPushButton(tr("&Leavers file…"), page);
    file->setToolTip(tr("Look for everyone in a CSV file's email (or userName) column"));
    row->addWidget(label);
    row->addWidget(m_query, 1);
    row->addWidget(m_find);
    row->addWidget(file);
    connect(m_find, &QPushButton::clicked, this, &OffboardDialog::searchFromField);
    connect(m_query, &QLineEdit::returnPressed, this, &OffboardDialog::searchFromField);
    connect(file, &QPushButton::clicked, this, &OffboardDialog::chooseLeaversFile);

    m_status = new QLabel(tr("Searches every saved connection at once; sends only reads."), page);
    m_status->setWordWrap(true);
    m_accounts = new QTreeWidget(page);
    m_accounts->setObjectName(QStringLiteral("personAccounts"));
    m_accounts->setAccessibleName(tr("Accounts found"));
    m_accounts->setRootIsDecorated(false);
    m_accounts->setHeaderLabels({tr("Person"), tr("Connection"), tr("Account"), tr("State"),
                                 tr("Licences"), tr("Groups or problem")});
    m_accounts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accounts->header()->setStretchLastSection(true);

    auto *bottom = new QHBoxLayout;
    auto *actionLabel = new QLabel(tr("Offboarding &does:"), page);
    m_action = new QComboBox(page);
    m_action->setObjectName(QStringLiteral("offboardAction"));
    m_action->addItem(tr("Deactivate the accounts"));
    m_action->addItem(tr("Delete the accounts"));
    actionLabel->setBuddy(m_action);
    connect(m_action, &QComboBox::currentIndexChanged, this, &OffboardDialog::enableOffboard);
    auto *documentsLabel = new QLabel(tr("Lucid doc&uments:"), page);
    m_documents = new QComboBox(page);
    m_documents->addItem(tr("go to the account's default recipient"));
    m_documents->addItem(tr("go to the person's manager"));
    m_documents->addItem(tr("go to this address:"));
    m_documents->setToolTip(tr("Handing documents over needs the connection's sign-in for "
                               "Lucid's REST API (Connection settings > Documents)"));
    documentsLabel->setBuddy(m_documents);
    m_recipient = new QLineEdit(page);
    m_recipient->setAccessibleName(tr("Address that gets the documents"));
    m_recipient->setPlaceholderText(tr("grace@example.com"));
    m_recipient->setEnabled(false);
    // Room for an address, not just the start of one.
    m_recipient->setMinimumWidth(
        m_recipient->fontMetrics().horizontalAdvance(u"grace.hopper@example.com"_qs));
    connect(m_documents, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_recipient->setEnabled(index == 2); });
    m_offboard = new QPushButton(tr("&Offboard…"), page);
    m_offboard->setEnabled(false);
    m_offboard->setToolTip(tr("Make one plan with a section per connection that knows them, and "
                              "review it before anything is sent"));
    auto *close = new QPushButton(tr("Close"), page);
    connect(m_offboard, &QPushButton::clicked, this, &OffboardDialog::offboard);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // What offboarding does, then the buttons on a row of their own, so that the longer German
    // texts still fit a 1024-pixel screen.
    bottom->addWidget(actionLabel);
    bottom->addWidget(m_action);
    bottom->addSpacing(12);
    bottom->addWidget(documentsLabel);
    bottom->addWidget(m_documents);
    bottom->addWidget(m_recipient);
    bottom->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_offboard);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_accounts, 1);
    layout->addLayout(bottom);
    layout->addLayout(buttons);
    return page;
}

QWidget *OffboardDialog::createReviewPage()
{
    auto *page = new QWidget(this);
    m_reviewSummary = new QLabel(page);
    m_reviewSummary->setWordWrap(true);
    m_reviewSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review = new QTreeWidget(page);
    m_review->setObjectName(QStringLiteral("offboardReview"));
    m_review->setAccessibleName(tr("Offboarding plan, by connection"));
    m_review->setHeaderLabels({tr("Change"), tr("Account"), tr("What it does")});
    m_review->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_review->header()->setStretchLastSection(true);
    m_back = new QPushButton(tr("&Back"), page);
    m_save = new QPushButton(tr("&Save plan…"), page);
    m_save->setToolTip(tr("Keep the plan as a file, for 'scimdesk-cli show' and 'apply'"));
    m_applyButton = new QPushButton(tr("&Apply…"), page);
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_save, &QPushButton::clicked, this, &OffboardDialog::savePlan);
    connect(m_applyButton, &QPushButton::clicked, this, &OffboardDialog::applyPlan);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_applyButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reviewSummary);
    layout->addWidget(m_review, 1);
    layout->addLayout(buttons);
    return page;
}

void OffboardDialog::searchFromField()
{
    const QString person = m_query->text().trimmed();
    if (person.isEmpty()) {
        m_status->setText(tr("Type an email address or a userName first."));
        return;
    }
    m_source = person;
    search({person});
}

void OffboardDialog::chooseLeaversFile()
{
    const QString path
        = chooseFileToOpen(this, tr("Leavers file"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const CsvTable table = CsvReader::readFile(path);
    const QStringList people = OffboardPlanner::leaversIn(table);
    if (!table.error.isEmpty() || people.isEmpty()) {
        m_status->setText(table.error.isEmpty()
                              ? tr("%1 names nobody: it needs a column \"email\" (or \"userName\") "
                                   "with one leaver a row.")
                                    .arg(QFileInfo(path).fileName())
                              : table.error);
        return;
    }
    m_source = u"csv:"_qs + QFileInfo(path).fileName();
    search(people);
}

void OffboardDialog::search(const QStringList &people)
{
    if (m_source.isEmpty())
        m_source = people.join(u", ");
    const QList<ConnectionProfile> connections = m_connections->list();
    if (connections.isEmpty()) {
        m_status->setText(tr("No saved connections: add one with Connection > New connection."));
        return;
    }
    m_search = std::make_unique<PersonSearch>(m_tokens);
    m_search->setReadsManagers(true); // whichever way the documents go, chosen afterwards
    connect(m_search.get(), &PersonSearch::progress, this, [this](int done, int total) {
        m_status->setText(tr("Searching… %1 of %2 answered.").arg(done).arg(total));
    });
    connect(m_search.get(), &PersonSearch::finished, this, [this] {
        showAccounts();
        Q_EMIT searched();
    });
    m_find->setEnabled(false);
    m_activeFound = -1;
    enableOffboard();
    m_accounts->clear();
    m_status->setText(tr("Searching %n connection(s)…", nullptr, int(connections.size())));
    m_search->start(connections, people);
}

void OffboardDialog::showAccounts()
{
    m_find->setEnabled(true);
    m_accounts->clear();
    int found = 0;
    int failed = 0;
    const QString none = QStringLiteral("—");
    for (const PersonAccount &account : m_search->accounts()) {
        const bool isFound = account.state == PersonAccount::State::Found;
        const QString schema = m_search->report(account.profile.id).capabilities.licenceSchema;
        const QStringList licences = isFound ? account.licences(schema) : QStringList();
        const QString last = account.state == PersonAccount::State::Failed
            ? account.error
            : (account.groups().isEmpty() ? none : account.groups().join(u", "));
        auto *item = new QTreeWidgetItem(m_accounts,
                                         {account.person, account.profile.name,
                                          isFound ? account.userName() : none, account.stateText(),
                                          licences.isEmpty() ? none : licences.join(u", "), last});
        if (account.state == PersonAccount::State::Failed) {
            ++failed;
            item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(5, account.error);
        } else if (!isFound) {
            item->setForeground(3, palette().brush(QPalette::PlaceholderText));
        }
        found += isFound && account.active();
    }
    QString text = tr("Found %n active account(s).", nullptr, found);
    if (failed > 0)
        text += u' '
            + tr("%n connection(s) could not be searched: the person may have an account "
                 "there.",
                 nullptr, failed);
    m_status->setText(text);
    m_activeFound = found;
    enableOffboard();
}

void OffboardDialog::enableOffboard()
{
    m_offboard->setEnabled(m_activeFound > 0
                           || (m_activeFound == 0 && m_action->currentIndex() == 1));
}

void OffboardDialog::offboard()
{
    OffboardPlanner::Options options;
    options.action = m_action->currentIndex() == 1 ? OffboardPlanner::Action::Delete
                                                   : OffboardPlanner::Action::Deactivate;
    options.source = m_source;
    options.createdBy = osUser();
    options.documentsTo = documentsTo();
    if (m_documents->currentIndex() == 2 && !options.documentsTo.contains(u'@')) {
        m_status->setText(tr("Type the address that gets the documents."));
        m_recipient->setFocus();
        return;
    }
    QHash<QString, ConnectionReport> reports;
    const QList<PersonAccount> accounts = m_search->accounts();
    for (const PersonAccount &account : accounts)
        reports.insert(account.profile.id, m_search->report(account.profile.id));
    QStringList problems;
    m_plan = OffboardPlanner::plan(accounts, reports, options, &problems);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("The offboarding cannot be planned"), problems.join(u"\n\n"));
        return;
    }
    m_apply.reset();
    showReview();
    const QStringList notes = OffboardPlanner::notes(accounts, options);
    if (!notes.isEmpty())
        m_reviewSummary->setText(m_reviewSummary->text() + u'\n' + notes.join(u'\n'));
    m_pages->setCurrentIndex(1);
}

QString OffboardDialog::documentsTo() const
{
    switch (m_documents->currentIndex()) {
    case 1:
        return QString::fromUtf16(OffboardPlanner::ManagerRecipient);
    case 2:
        return m_recipient->text().trimmed();
    default:
        return {};
    }
}

void OffboardDialog::showPlan(const PlanFile &file)
{
    m_plan = file;
    m_apply.reset();
    showReview();
    m_pages->setCurrentIndex(1);
}

void OffboardDialog::showReview()
{
    m_review->clear();
    QStringList summary {m_plan.sections.isEmpty() ? tr("Nothing to do: no connection has an "
                                                        "active account to offboard.")
                                                   : m_plan.countsText()};
    if (!m_plan.sections.isEmpty())
        summary.prepend(m_plan.sections.first().originText());
    m_reviewSummary->setText(summary.join(u'\n'));
    QFont bold = font();
    bold.setBold(true);
    for (const Plan &section : std::as_const(m_plan.sections)) {
        auto *top = new QTreeWidgetItem(m_review,
                                        {section.connectionName, QString(), section.countsText()});
        top->setFont(0, bold);
        top->setFirstColumnSpanned(false);
        if (const QString losses = section.licenceLossText(); !losses.isEmpty())
            new QTreeWidgetItem(top, {tr("Licences"), QString(), losses});
        const auto profile = m_connections->findForService(section.connectionName, section.baseUrl);
        if (const QString estimate = ApplyEstimate::textFor(
                section, section.presetId,
                profile ? profile->concurrency : Preset::byId(section.presetId).concurrency);
            !estimate.isEmpty())
            new QTreeWidgetItem(top, {tr("Time"), QString(), estimate});
        for (const Change &change : section.changes) {
            QString what = change.intents.join(u", ");
            if (!change.warning.isEmpty())
                what += u" — "_qs + change.warning;
            auto *item = new QTreeWidgetItem(top, {change.label(), change.targetName, what});
            item->setToolTip(2, what); // whole, where the column cuts a warning short
            if (!change.warning.isEmpty())
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    for (auto it = m_plan.notFound.cbegin(); it != m_plan.notFound.cend(); ++it)
        new QTreeWidgetItem(
            m_review, {it.key(), it.value().join(u", "), tr("not found there: nothing is sent")});
    for (auto it = m_plan.notSearched.cbegin(); it != m_plan.notSearched.cend(); ++it) {
        auto *item = new QTreeWidgetItem(
            m_review,
            {it.key(), QString(), tr("not searched, not in this plan: %1").arg(it.value())});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_review->expandAll();
    m_save->setEnabled(!m_plan.sections.isEmpty());
    m_applyButton->setEnabled(!m_plan.sections.isEmpty());
}

void OffboardDialog::savePlan()
{
    const QString path = chooseFileToSave(this, tr("Save the offboarding plan"),
                                          tr("offboarding.json"), tr("Plans (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = m_plan.save(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Not saved"), error);
}

void OffboardDialog::applyPlan()
{
    m_apply = std::make_unique<SectionedApply>(m_plan, m_connections, m_tokens);
    m_applyButton->setEnabled(false);
    m_back->setEnabled(false);
    m_reviewSummary->setText(
        tr("Connecting to %n service(s)…", nullptr, int(m_plan.sections.size())));
    connect(m_apply.get(), &SectionedApply::opened, this, [this] {
        if (!confirmApply()) {
            showReview();
            m_back->setEnabled(true);
            return;
        }
        m_reviewSummary->setText(tr("Applying… each connection on its own. This window stays "
                                    "open until every one has finished."));
        m_apply->start([](const SectionedApply::Section &section) {
            // Confirmed in confirmApply(): the number of users the section deprovisions.
            return section.check.deprovisions;
        });
    });
    connect(m_apply.get(), &SectionedApply::finished, this, [this] {
        showOutcome();
        Q_EMIT applied();
    });
    m_apply->open();
}

bool OffboardDialog::confirmApply()
{
    QStringList lines;
    int ready = 0;
    int mass = 0;
    for (const auto &section : m_apply->sections()) {
        lines.append(tr("%1: %2").arg(section->plan.connectionName, section->outcomeText()));
        if (section->state != SectionedApply::Section::State::Ready)
            continue;
        ++ready;
        if (section->check.needsMassConfirmation())
            mass += section->check.deprovisions;
    }
    if (ready == 0) {
        QMessageBox::information(this, tr("Nothing can be applied"), lines.join(u'\n'));
        return false;
    }
    if (mass > 0) {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Confirm mass deprovisioning"),
            lines.join(u'\n') + u"\n\n"_qs
                + tr("Some connections deprovision more users than their limit. Type %1 to "
                     "confirm deprovisioning them.")
                      .arg(mass),
            QLineEdit::Normal, QString(), &ok);
        return ok && typed.trimmed() == QString::number(mass);
    }
    QMessageBox box(QMessageBox::Question, tr("Apply the offboarding"),
                    tr("Apply %n change(s)? Each connection keeps its own guards, journal and "
                       "audit record.",
                       nullptr, m_plan.includedCount()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *apply = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == apply;
}

bool OffboardDialog::isApplying() const
{
    if (!m_apply)
        return false;
    return std::any_of(m_apply->sections().cbegin(), m_apply->sections().cend(),
                       [](const auto &section) {
                           return section->state == SectionedApply::Section::State::Applying;
                       });
}

void OffboardDialog::reject()
{
    if (isApplying())
        return; // the summary line says it stays open until every section has ended
    QDialog::reject();
}

void OffboardDialog::showOutcome()
{
    int done = 0;
    for (int i = 0; i < m_review->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_review->topLevelItem(i);
        for (const auto &section : m_apply->sections()) {
            if (section->plan.connectionName != item->text(0))
                continue;
            item->setText(2, section->outcomeText());
            const bool ok = section->allApplied();
            done += ok;
            item->setIcon(0,
                          style()->standardIcon(ok ? QStyle::SP_DialogApplyButton
                                                   : QStyle::SP_MessageBoxWarning));
        }
    }
    m_reviewSummary->setText(tr("Applied everything on %1 of %n connection(s). Each "
                                "connection's audit log has the run; Changes > Audit log "
                                "reverts it.",
                                nullptr, int(m_apply->sections().size()))
                                 .arg(done));
    m_back->setEnabled(true);
}

} // namespace ScimDesk
